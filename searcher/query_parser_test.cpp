// The query language end to end: queries parsed and run on a small real index.
#include "searcher/query_parser.h"

#include <algorithm>
#include <catch2/catch.hpp>

#include "common/error.h"
#include "tests/search_fixture.h"

using namespace concord;
using namespace concord::test;

namespace {

std::vector<Document> Articles() {
  std::vector<Document> docs{
      MakeDoc("choe", "Choe Ryong-hae visits Moscow",
              "Choe Ryong-hae met Sergey Lavrov in Moscow. The envoy visits Khabarovsk next.",
              "2014-11-17", {"Anthony Rinna"}),
      MakeDoc("rajin", "Rajin port opens to Russian coal",
              "The port of Rajin ships Russian coal from Khasan. Seoul watches.", "2015-04-02",
              {"Nadège Rolland", "John Grisafi"}),
      MakeDoc("kim", "Kim Jong Un in Pyongyang",
              "A presidential delegation arrived in Pyongyang for talks.", "2015-06-20",
              {"John Grisafi"}),
      MakeDoc("es", "Relaciones entre Rusia y Corea", "Las relaciones económicas con Rusia.",
              "2013-01-05", {}, "es"),
      MakeDoc("undated", "Undated notes on Moscow", "Moscow presidium notes.", ""),
  };
  docs[0].entities = {{"choe-ryong-hae", "Choe Ryong-hae", "person"}};
  docs[1].entities = {{"rajin", "Rajin", "place"}};
  return docs;
}

struct Index {
  TempDir tmp;
  std::string path = tmp / "index";
  std::unique_ptr<Searcher> searcher;
  Index() {
    WriteIndex(path, Articles());
    searcher = OpenSearcher(path);
  }
  // Ids found, sorted (order is tested elsewhere).
  std::vector<std::string> Find(const std::string& query) {
    std::vector<std::string> ids = AllIds(*searcher, Query(query));
    std::sort(ids.begin(), ids.end());
    return ids;
  }
  std::string ErrorOf(const std::string& query) {
    SearchResponse r;
    Status s = searcher->Search(Query(query), &r);
    CHECK(s.code() == Status::Code::kInvalidArgument);
    return s.message();
  }
};

using Ids = std::vector<std::string>;

}  // namespace

TEST_CASE("parser: adjacent words are all required, OR offers alternatives", "[query]") {
  Index index;
  CHECK(index.Find("Moscow Lavrov") == Ids{"choe"});
  CHECK(index.Find("Moscow AND Lavrov") == Ids{"choe"});
  CHECK(index.Find("Rajin OR Pyongyang") == Ids{"kim", "rajin"});
  CHECK(index.Find("coal Rajin OR Pyongyang") == Ids{"kim", "rajin"});  // AND binds tighter
  CHECK(index.Find("(Rajin OR Pyongyang) coal") == Ids{"rajin"});
}

TEST_CASE("parser: NOT and - exclude, + requires", "[query]") {
  Index index;
  CHECK(index.Find("Moscow -Lavrov") == Ids{"undated"});
  CHECK(index.Find("Moscow NOT Lavrov") == Ids{"undated"});
  CHECK(index.Find("Moscow -(Lavrov OR presidium)").empty());
  CHECK(index.Find("+Moscow +Lavrov") == Ids{"choe"});
  // Only exclusions: everything else.
  CHECK(index.Find("-Moscow") == Ids{"es", "kim", "rajin"});
  CHECK(index.Find("NOT Moscow NOT Rusia") == Ids{"kim", "rajin"});
}

TEST_CASE("parser: phrases keep word order, hyphenated words are phrases", "[query]") {
  Index index;
  CHECK(index.Find("\"port of Rajin\"") == Ids{"rajin"});
  CHECK(index.Find("\"Rajin of port\"").empty());
  CHECK(index.Find("Ryong-hae") == Ids{"choe"});
  CHECK(index.Find("-\"Russian coal\" Rajin OR Moscow") == Ids{"choe", "undated"});
}

TEST_CASE("parser: words match their stems", "[query]") {
  Index index;
  CHECK(index.Find("visit") == Ids{"choe"});   // visits
  CHECK(index.Find("relación") == Ids{"es"});  // relaciones (Spanish stem)
}

TEST_CASE("parser: title: searches titles, alone or over a group", "[query]") {
  Index index;
  CHECK(index.Find("title:Moscow") == Ids{"choe", "undated"});
  CHECK(index.Find("title:Khabarovsk").empty());  // only in a body
  CHECK(index.Find("title:\"Kim Jong Un\"") == Ids{"kim"});
  CHECK(index.Find("title:(Rajin OR Pyongyang)") == Ids{"kim", "rajin"});
  CHECK(index.Find("Moscow -title:Moscow").empty());
}

TEST_CASE("parser: author: matches the whole name or words of it", "[query]") {
  Index index;
  CHECK(index.Find("author:Rolland") == Ids{"rajin"});
  CHECK(index.Find("author:\"nadege rolland\"") == Ids{"rajin"});  // folded like AuthorKey
  CHECK(index.Find("author:\"John Grisafi\"") == Ids{"kim", "rajin"});
  CHECK(index.Find("author:\"Grisafi John\"").empty());
  CHECK(index.Find("coal author:Grisafi") == Ids{"rajin"});
  CHECK(index.Find("author:Rinna OR author:Rolland") == Ids{"choe", "rajin"});
}

TEST_CASE("parser: entity: takes an id or a recorded display name", "[query]") {
  Index index;
  CHECK(index.Find("entity:choe-ryong-hae") == Ids{"choe"});
  CHECK(index.Find("entity:\"Choe Ryong-hae\"") == Ids{"choe"});
  CHECK(index.Find("entity:RAJIN") == Ids{"rajin"});
  // Any alias in any spelling, through name keys and the gazetteer (docs/names.md).
  CHECK(index.Find("entity:\"Choi Ryong-hae\"") == Ids{"choe"});
  CHECK(index.Find("entity:최룡해") == Ids{"choe"});
  CHECK(index.Find("entity:Najin") == Ids{"rajin"});
  CHECK_THAT(index.ErrorOf("entity:nobody"), Catch::Contains("unknown entity 'nobody'"));
}

TEST_CASE("parser: a name matches in other spellings, the exact one first", "[query][names]") {
  Index index;
  CHECK(index.Find("Choi Ryong-hae") == Ids{"choe"});
  CHECK(index.Find("최룡해") == Ids{"choe"});
  CHECK(index.Find("Najin") == Ids{"rajin"});
  CHECK(index.Find("Kim Jung-eun") == Ids{"kim"});
  CHECK(index.Find("Kim Jong-il").empty());
  CHECK_THAT(index.ErrorOf("!!!"), Catch::Contains("no words to search for"));
}

TEST_CASE("parser: lang: filters by language code", "[query]") {
  Index index;
  CHECK(index.Find("lang:es") == Ids{"es"});
  CHECK(index.Find("lang:EN Rajin") == Ids{"rajin"});
  CHECK_THAT(index.ErrorOf("lang:english!"), Catch::Contains("not a language code"));
}

TEST_CASE("parser: date: at year, month or day precision, with open ends", "[query]") {
  Index index;
  CHECK(index.Find("date:2015") == Ids{"kim", "rajin"});
  CHECK(index.Find("date:2015-04") == Ids{"rajin"});
  CHECK(index.Find("date:2015-04-02") == Ids{"rajin"});
  CHECK(index.Find("date:2015-04-03").empty());
  CHECK(index.Find("date:2014-11..2015-04") == Ids{"choe", "rajin"});
  CHECK(index.Find("date:2015..") == Ids{"kim", "rajin"});
  CHECK(index.Find("date:..2014") == Ids{"choe", "es"});  // never the undated one
  CHECK(index.Find("Moscow date:2014") == Ids{"choe"});
}

TEST_CASE("parser: impossible dates and backward ranges are errors", "[query]") {
  Index index;
  CHECK_THAT(index.ErrorOf("date:2015-02-29"), Catch::Contains("'2015-02-29' is not a real date"));
  CHECK_THAT(index.ErrorOf("date:2014-13"), Catch::Contains("not a real date"));
  CHECK_THAT(index.ErrorOf("date:yesterday"), Catch::Contains("not a real date"));
  CHECK_THAT(index.ErrorOf("date:2015..2014"), Catch::Contains("ends before it starts"));
  CHECK_THAT(index.ErrorOf("date:.."), Catch::Contains("neither a start nor an end"));
  CHECK(index.Find("date:2016-02-29").empty());  // a leap day is a real date
}

TEST_CASE("parser: a trailing * matches words that start so", "[query]") {
  Index index;
  CHECK(index.Find("presid*") == Ids{"kim", "undated"});
  CHECK(index.Find("title:Pyong*") == Ids{"kim"});
  CHECK(index.Find("Khabar* OR Khas*") == Ids{"choe", "rajin"});
  CHECK_THAT(index.ErrorOf("k*"), Catch::Contains("at least two letters"));
}

TEST_CASE("parser: malformed queries are errors that say where and what to do", "[query]") {
  Index index;
  CHECK_THAT(index.ErrorOf("\"special envoy"), Catch::Contains("unbalanced quote"));
  CHECK_THAT(index.ErrorOf("(Moscow OR Seoul"),
             Catch::Contains("'(' is never closed") && Catch::Contains("character 1"));
  CHECK_THAT(index.ErrorOf("Moscow) Seoul"),
             Catch::Contains("')' closes nothing") && Catch::Contains("character 7"));
  CHECK_THAT(index.ErrorOf("Moscow ()"), Catch::Contains("empty parentheses"));
  CHECK_THAT(index.ErrorOf("place:Rajin"),
             Catch::Contains("unknown field 'place:'") && Catch::Contains("title:, author:"));
  CHECK_THAT(index.ErrorOf("AND Moscow"), Catch::Contains("AND needs something"));
  CHECK_THAT(index.ErrorOf("Moscow OR"), Catch::Contains("OR needs something"));
  CHECK_THAT(index.ErrorOf("Moscow OR OR Seoul"), Catch::Contains("OR needs something"));
  CHECK_THAT(index.ErrorOf("Moscow NOT"), Catch::Contains("NOT needs something"));
  CHECK_THAT(index.ErrorOf("author:(a OR b)"), Catch::Contains("author: takes one value"));
  CHECK_THAT(index.ErrorOf("author:Roll*"), Catch::Contains("not in author:"));
}

TEST_CASE("parser: queries over the limits are refused, not cut", "[query]") {
  Index index;
  CHECK_THAT(index.ErrorOf(std::string(kMaxQueryBytes + 1, 'a')),
             Catch::Contains("4097 bytes long") && Catch::Contains("limit is 4096"));
  std::string many;
  for (size_t i = 0; i <= kMaxQueryTerms; ++i) many += "w" + std::to_string(i) + " ";
  CHECK_THAT(index.ErrorOf(many), Catch::Contains("more than 64 words"));
  std::string deep =
      std::string(kMaxQueryDepth + 1, '(') + "Moscow" + std::string(kMaxQueryDepth + 1, ')');
  CHECK_THAT(index.ErrorOf(deep), Catch::Contains("nested deeper than 16"));
  std::string deep_enough =
      std::string(kMaxQueryDepth, '(') + "Moscow" + std::string(kMaxQueryDepth, ')');
  CHECK(index.Find(deep_enough) == Ids{"choe", "undated"});
}

TEST_CASE("parser: invalid UTF-8 in a query is repaired, not fatal", "[query]") {
  Index index;
  CHECK(index.Find("Moscow \xFF\xFE Lavrov") == Ids{"choe"});
}

TEST_CASE("parser: what snippets mark and spelling may correct", "[query]") {
  Index index;
  Xapian::Database db(index.path);
  ParsedQuery p = ParseQuery("the Pyongyng -Lavrov \"port of Rajin\" date:2015", db);
  CHECK(p.ranked);
  std::vector<std::string> forms;
  for (const TypedWord& w : p.words) {
    forms.push_back(w.form);
    CHECK(p.text.substr(w.offset, w.length).size() == w.length);
  }
  // Not the excluded word, not the stopword of a run with other words.
  CHECK(forms == std::vector<std::string>{"pyongyng", "port", "of", "rajin"});
  CHECK(p.text.substr(p.words[0].offset, p.words[0].length) == "Pyongyng");
  auto tokens = Tokenize("Lavrov saw the port of Rajin");
  CHECK(p.highlight.MatchLength(tokens, 0, "en") == 0);  // Lavrov: excluded
  CHECK(p.highlight.MatchLength(tokens, 2, "en") == 0);  // the
  CHECK(p.highlight.MatchLength(tokens, 3, "en") == 3);  // port of Rajin
}

TEST_CASE("parser: filters alone or exclusions alone do not rank", "[query]") {
  Index index;
  Xapian::Database db(index.path);
  CHECK_FALSE(ParseQuery("", db).ranked);
  CHECK_FALSE(ParseQuery("lang:en date:2015", db).ranked);
  CHECK_FALSE(ParseQuery("-Moscow", db).ranked);
  CHECK(ParseQuery("title:Moscow", db).ranked);
  CHECK(ParseQuery("presid*", db).ranked);
}

TEST_CASE("parser: an empty query lists everything, newest first, undated last", "[query]") {
  Index index;
  CHECK(AllIds(*index.searcher, Query("")) == Ids{"kim", "rajin", "choe", "es", "undated"});
  SearchRequest by_date = Query("Moscow");
  by_date.sort = SearchRequest::Sort::kDate;
  CHECK(AllIds(*index.searcher, by_date) == Ids{"choe", "undated"});
}
