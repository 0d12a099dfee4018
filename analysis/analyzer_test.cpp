#include "analysis/analyzer.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "analysis/normalizer.h"
#include "tests/test_support.h"

using concord::IndexText;
using concord::IndexTokens;
using concord::PhraseQuery;
using concord::TextQuery;
using concord::test::TempDir;

namespace {

using Ids = std::set<Xapian::docid>;

// A real on-disk Xapian database fed through IndexText.
class TestIndex {
 public:
  explicit TestIndex(const TempDir& dir) : db_(dir / "db", Xapian::DB_CREATE_OR_OPEN) {}

  Xapian::docid Add(std::string_view text, std::string_view lang = "en") {
    Xapian::Document doc;
    Xapian::termpos pos = 0;
    IndexText(text, lang, "", doc, &pos);
    return db_.add_document(doc);
  }

  Ids Find(const Xapian::Query& query) {
    Xapian::Enquire enquire(db_);
    enquire.set_query(query);
    Ids ids;
    for (Xapian::MSetIterator it = enquire.get_mset(0, 1000).begin(); it != Xapian::MSetIterator();
         ++it) {
      ids.insert(*it);
    }
    return ids;
  }
  Ids Words(std::string_view text, std::vector<std::string> langs = {"en"}) {
    return Find(TextQuery(text, "", langs));
  }
  Ids Phrase(std::string_view text) { return Find(PhraseQuery(text, "")); }

  // term -> positions in document id.
  std::vector<Xapian::termpos> Positions(Xapian::docid id, const std::string& term) {
    return {db_.positionlist_begin(id, term), db_.positionlist_end(id, term)};
  }

  Xapian::WritableDatabase& db() { return db_; }

 private:
  Xapian::WritableDatabase db_;
};

using Positions = std::vector<Xapian::termpos>;

}  // namespace

TEST_CASE("hyphenated names match with and without the hyphen", "[analyzer]") {
  TempDir tmp;
  TestIndex index(tmp);
  const auto hyphen = index.Add("Choe Ryong-hae arrived in Moscow.");
  const auto joined = index.Add("Choe Ryonghae arrived in Moscow.");
  const auto spaced = index.Add("Choe Ryong Hae arrived in Moscow.");

  CHECK(index.Positions(hyphen, "choe") == Positions{1});
  CHECK(index.Positions(hyphen, "ryong") == Positions{2});
  CHECK(index.Positions(hyphen, "hae") == Positions{3});
  CHECK(index.Positions(hyphen, "ryonghae") == Positions{2});

  CHECK(index.Phrase("Choe Ryong-hae") == Ids{hyphen, joined, spaced});
  CHECK(index.Phrase("Choe Ryonghae") == Ids{hyphen, joined});
  CHECK(index.Phrase("Choe Ryong Hae") == Ids{hyphen, spaced});
  CHECK(index.Phrase("Ryong-hae arrived") == Ids{hyphen, joined, spaced});
  CHECK(index.Words("Ryong-hae") == Ids{hyphen, joined, spaced});
  CHECK(index.Words("ryonghae") == Ids{hyphen, joined});
  CHECK(index.Words("hae") == Ids{hyphen, spaced});
}

TEST_CASE("typographic apostrophes and dashes match the plain ones", "[analyzer]") {
  TempDir tmp;
  TestIndex index(tmp);
  const auto curly = index.Add("Korea’s nuclear test and DPRK–Russia ties");
  const auto plain = index.Add("Korea's nuclear test and DPRK-Russia ties");
  const auto bare = index.Add("Korea nuclear test");
  CHECK(index.Phrase("Korea's nuclear") == Ids{curly, plain, bare});
  CHECK(index.Phrase("Korea’s nuclear") == Ids{curly, plain, bare});
  CHECK(index.Phrase("Korea nuclear") == Ids{curly, plain, bare});
  CHECK(index.Words("Korea’s") == Ids{curly, plain, bare});
  CHECK(index.Phrase("DPRK-Russia ties") == Ids{curly, plain});
  CHECK(index.Phrase("DPRK–Russia") == Ids{curly, plain});
  CHECK(index.Words("dprkrussia") == Ids{curly, plain});
}

TEST_CASE("apostrophes in romanized names are optional", "[analyzer]") {
  TempDir tmp;
  TestIndex index(tmp);
  const auto mr = index.Add("Ch'oe Ryong-hae");
  const auto plain = index.Add("Choe Ryong-hae");
  CHECK(index.Words("Choe") == Ids{mr, plain});
  CHECK(index.Words("Ch’oe") == Ids{mr, plain});
  CHECK(index.Phrase("Ch'oe Ryong-hae") == Ids{mr, plain});
}

TEST_CASE("diacritics fold both ways", "[analyzer]") {
  TempDir tmp;
  TestIndex index(tmp);
  const auto accented = index.Add("Nadège Rolland on la relación bilateral", "es");
  const auto plain = index.Add("Nadege Rolland on la relacion bilateral", "es");
  CHECK(index.Words("Nadege") == Ids{accented, plain});
  CHECK(index.Words("NADÈGE") == Ids{accented, plain});
  CHECK(index.Phrase("relación bilateral") == Ids{accented, plain});
  CHECK(index.Words("relaciones", {"en", "es"}) == Ids{accented, plain});
}

TEST_CASE("abbreviations: US finds U.S., U.S. stays exact", "[analyzer]") {
  TempDir tmp;
  TestIndex index(tmp);
  const auto dotted = index.Add("U.S. forces and the D.P.R.K. army");
  const auto caps = index.Add("US forces and the DPRK army");
  const auto pronoun = index.Add("let us talk");
  CHECK(index.Words("U.S.") == Ids{dotted});
  CHECK(index.Words("US") == Ids{dotted, caps, pronoun});
  CHECK(index.Words("DPRK") == Ids{dotted, caps});
  CHECK(index.Phrase("U.S. forces") == Ids{dotted});
  CHECK(index.Phrase("US forces") == Ids{dotted, caps});
}

TEST_CASE("numbers with thousands separators", "[analyzer]") {
  TempDir tmp;
  TestIndex index(tmp);
  const auto comma = index.Add("some 3,000 tons of rice");
  const auto bare = index.Add("some 3000 tons of rice");
  CHECK(index.Words("3,000") == Ids{comma, bare});
  CHECK(index.Words("3000") == Ids{comma, bare});
}

TEST_CASE("stems per document language and query language", "[analyzer]") {
  TempDir tmp;
  TestIndex index(tmp);
  const auto ru = index.Add("Юрий Трутнев посетил Пхеньян и провёл переговоры.", "ru");
  const auto es = index.Add("Las relaciones entre los dos países mejoran.", "es");
  const auto en = index.Add("The minister visited the port of Rajin.", "en");
  CHECK(index.Words("Трутнева") == Ids{ru});  // Cyrillic: Russian stems always
  CHECK(index.Words("посетили") == Ids{ru});
  CHECK(index.Words("переговорах") == Ids{ru});
  CHECK(index.Words("relación", {"en", "es"}) == Ids{es});
  CHECK(index.Words("visits") == Ids{en});
  CHECK(index.Phrase("visits").empty());  // a phrase is exact
  CHECK(index.Phrase("visited") == Ids{en});
}

TEST_CASE("stopwords rank but are never dropped", "[analyzer]") {
  TempDir tmp;
  TestIndex index(tmp);
  const auto title = index.Add("Friends in Need: Choe Swoops in on DPRK-Russia Relations");
  const auto other = index.Add("Friends need allies in Moscow");
  const auto lavrov = index.Add("Lavrov arrives, Pyongyang waits");
  CHECK(index.Phrase("Friends in Need") == Ids{title});
  CHECK(index.Words("Friends in Need") == Ids{title, other});
  CHECK(index.Words("Lavrov in Pyongyang") == Ids{lavrov});  // "in" is optional
  CHECK(index.Words("in") == Ids{title, other});             // stopwords alone still search
  CHECK(concord::IsQueryStopword(concord::Tokenize("the").front(), {"en"}));
  CHECK(concord::IsQueryStopword(concord::Tokenize("было").front(), {"en"}));
  CHECK(concord::IsQueryStopword(concord::Tokenize("및").front(), {"en"}));
  CHECK_FALSE(concord::IsQueryStopword(concord::Tokenize("Lavrov").front(), {"en"}));
}

TEST_CASE("Hangul: words are found inside compounds and with particles", "[analyzer]") {
  TempDir tmp;
  TestIndex index(tmp);
  const auto compound = index.Add("조국통일을 위하여 투쟁하자", "ko");
  const auto genitive = index.Add("통일의 길", "ko");
  const auto apart = index.Add("조국의 통일", "ko");
  const auto party = index.Add("당의 령도", "ko");
  CHECK(index.Words("통일") == Ids{compound, genitive, apart});
  CHECK(index.Words("조국통일") == Ids{compound});  // bigrams in a row, not apart
  CHECK(index.Words("조국통일을") == Ids{compound});
  CHECK(index.Words("당") == Ids{party});  // one syllable: its unigram
  CHECK(index.Phrase("조국통일을 위하여") == Ids{compound});
  CHECK(index.Phrase("통일을 위하여") == Ids{compound});  // a word's tail, then the next word
  CHECK(index.Phrase("조국 통일").empty());
  CHECK(index.Positions(compound, "통일") == Positions{3});
  CHECK(index.Positions(compound, "위하") == Positions{5});
}

TEST_CASE("phrases never span two IndexText calls", "[analyzer]") {
  TempDir tmp;
  TestIndex index(tmp);
  Xapian::Document doc;
  Xapian::termpos pos = 0;
  IndexText("Kim Jong", "en", "", doc, &pos);
  IndexText("Un visited", "en", "", doc, &pos);
  IndexText("Title words", "en", "S", doc, &pos);
  const auto id = index.db().add_document(doc);
  CHECK(index.Phrase("Kim Jong").count(id));
  CHECK(index.Phrase("Jong Un").empty());
  CHECK(index.Find(PhraseQuery("title words", "S")) == Ids{id});
  CHECK(index.Find(TextQuery("word", "S", {"en"})) == Ids{id});  // ZS stems
}

TEST_CASE("ill-formed UTF-8 is indexed around, never into a term", "[analyzer]") {
  TempDir tmp;
  TestIndex index(tmp);
  const auto id = index.Add("Kim\xFF Jong \xC3 Un \xED\xA0\x80visited");
  for (Xapian::TermIterator t = index.db().termlist_begin(id); t != index.db().termlist_end(id);
       ++t) {
    CHECK(concord::FindInvalidUtf8(*t) == std::string::npos);
  }
  CHECK(index.Phrase("Kim Jong Un") == Ids{id});
  CHECK(index.Words("visited") == Ids{id});
}

TEST_CASE("a 10 MB single word indexes as one cut term", "[analyzer]") {
  TempDir tmp;
  TestIndex index(tmp);
  const auto id = index.Add("start " + std::string(10 << 20, 'q') + " end");
  size_t words = 0;
  for (Xapian::TermIterator t = index.db().termlist_begin(id); t != index.db().termlist_end(id);
       ++t) {
    if ((*t)[0] != 'Z') ++words;
  }
  CHECK(words == 3);
  CHECK(index.Words(std::string(200, 'q')) == Ids{id});  // the query word is cut the same way
  CHECK(index.Phrase("start " + std::string(100, 'q') + " end") == Ids{id});
}

namespace {

// Every term of doc with its wdf and positions.
std::map<std::string, std::pair<Xapian::termcount, std::vector<Xapian::termpos>>> TermsOf(
    const Xapian::Document& doc) {
  std::map<std::string, std::pair<Xapian::termcount, std::vector<Xapian::termpos>>> out;
  for (Xapian::TermIterator t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
    out[*t] = {t.get_wdf(), {t.positionlist_begin(), t.positionlist_end()}};
  }
  return out;
}

// The document IndexText makes of text under prefix, twice in one position
// space (as the builder indexes title then body), and the one IndexTokens makes.
std::pair<Xapian::Document, Xapian::Document> BothWays(const std::string& text,
                                                       std::string_view lang,
                                                       std::string_view prefix) {
  Xapian::Document streamed, tokenised;
  Xapian::termpos pos = 0;
  IndexText(text, lang, prefix, streamed, &pos);
  IndexText(text, lang, prefix, streamed, &pos);
  pos = 0;
  const std::vector<concord::Token> words = concord::Tokenize(text);
  IndexTokens(words, lang, prefix, tokenised, &pos);
  IndexTokens(words, lang, prefix, tokenised, &pos);
  return {streamed, tokenised};
}

}  // namespace

TEST_CASE("IndexTokens makes IndexText's terms and positions on real text", "[analyzer]") {
  std::vector<std::pair<std::string, std::string>> texts;  // text, language
  std::ifstream kcna(concord::test::SharedDataDir() / "kcna" / "kcna-2012.jsonl");
  std::string line;
  for (int i = 0; i < 300 && std::getline(kcna, line); ++i) {
    const nlohmann::json story = nlohmann::json::parse(line);
    texts.emplace_back(story.value("title", "") + "\n" + story.value("body", ""),
                       story.value("lang", "en"));
  }
  for (const char* year : {"1946.txt", "1990.txt", "2019.txt"}) {
    std::ifstream in(concord::test::SharedDataDir() / "ko-new-year" / year);
    std::stringstream text;
    text << in.rdbuf();
    if (!text.str().empty()) texts.emplace_back(text.str(), "ko");
  }
  texts.emplace_back("Чхве Рён Хэ посетил Пхеньян; Choe Ryong-hae, U.S. 3,000 최룡해는", "ru");
  REQUIRE(texts.size() > 300);
  for (const auto& [text, lang] : texts) {
    for (std::string_view prefix : {"", "S"}) {
      const auto [streamed, tokenised] = BothWays(text, lang, prefix);
      INFO(text.substr(0, 80) << " prefix " << prefix);
      REQUIRE(streamed.termlist_count() > 0);
      CHECK(TermsOf(streamed) == TermsOf(tokenised));
    }
  }
}
