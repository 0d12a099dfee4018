#include "searcher/spelling.h"

#include <catch2/catch.hpp>

#include "indexer/document_builder.h"
#include "tests/search_fixture.h"

using namespace concord;
using namespace concord::test;

namespace {

// The spelling frequency of word (documents using it), 0 when absent.
Xapian::doccount SpellingFrequency(const std::string& path, const std::string& word) {
  Xapian::Database db(path);
  for (auto it = db.spellings_begin(); it != db.spellings_end(); ++it) {
    if (*it == word) return it.get_termfreq();
  }
  return 0;
}

std::vector<Document> Stories() {
  return {
      MakeDoc("a", "Talks in Pyongyang", "Delegates met in Pyongyang for talks.", "2012-01-02"),
      MakeDoc("b", "Pyongyang rally", "A rally was held in Pyongyang.", "2012-01-03"),
      MakeDoc("c", "Typo", "A story that spells it Pyongyng once.", "2012-01-04"),
      MakeDoc("d", "Khabarovsk visit", "The envoy went to Khabarovsk.", "2012-01-05"),
  };
}

std::optional<std::string> Suggest(const std::string& path, const std::string& query) {
  Xapian::Database db(path);
  return SuggestSpelling(db, ParseQuery(query, db));
}

}  // namespace

TEST_CASE("spelling: words of 4 to 32 Latin or Cyrillic letters go in", "[spelling]") {
  Document doc =
      MakeDoc("x", "Title Words", "Pyongyang 2012 talks Пхеньян 평양 a bb ccc dddd B52s", "");
  std::set<std::string> words = SpellingWords(BuildXapianDocument(doc, "hash"));
  for (const char* in : {"pyongyang", "talks", "пхеньян", "dddd", "title", "words"}) {
    CHECK(words.count(in) == 1);
  }
  for (const char* out : {"2012", "평양", "a", "bb", "ccc", "b52s"}) CHECK(words.count(out) == 0);
  for (const std::string& w : words) CHECK(w[0] != 'Z');  // no stems or other prefixed terms
}

TEST_CASE("spelling: Pyongyng -> Pyongyang, as the reader typed it", "[spelling]") {
  TempDir tmp;
  WriteIndex(tmp / "index", Stories());
  CHECK(Suggest(tmp / "index", "Pyongyng") == "Pyongyang");
  CHECK(Suggest(tmp / "index", "pyongyng") == "pyongyang");
  CHECK(Suggest(tmp / "index", "PYONGYNG") == "PYONGYANG");
  CHECK(Suggest(tmp / "index", "talks in Pyongyng -Khabarovks") ==
        "talks in Pyongyang -Khabarovks");
  CHECK(Suggest(tmp / "index", "title:(Khabarovks OR \"rally Pyongyng\")") ==
        "title:(Khabarovsk OR \"rally Pyongyang\")");
  CHECK(Suggest(tmp / "index", "Pyongyang talks") == std::nullopt);
}

TEST_CASE("spelling: the searcher suggests only when few results and the fix finds more",
          "[spelling]") {
  TempDir tmp;
  WriteIndex(tmp / "index", Stories());
  auto searcher = OpenSearcher(tmp / "index");
  SearchResponse none = MustSearch(*searcher, Query("Pyongyng rally"));
  CHECK(none.total == 0);
  CHECK(none.spelling == "Pyongyang rally");
  // "Pyongyng" alone finds the story with the typo, but the fix finds more.
  SearchResponse typo = MustSearch(*searcher, Query("Pyongyng"));
  CHECK(typo.total == 1);
  CHECK(typo.spelling == "Pyongyang");
  CHECK_FALSE(MustSearch(*searcher, Query("Pyongyang")).spelling);
  // The fix would find nothing more under the filter: no suggestion.
  SearchRequest filtered = Query("Pyongyng");
  filtered.from = filtered.to = "2012-01-05";
  CHECK_FALSE(MustSearch(*searcher, filtered).spelling);
}

TEST_CASE("spelling: replaced and deleted documents take their words back", "[spelling]") {
  TempDir tmp;
  const std::string path = tmp / "index";
  WriteIndex(path, Stories());
  CHECK(SpellingFrequency(path, "pyongyang") == 2);
  CHECK(SpellingFrequency(path, "khabarovsk") == 1);
  {
    std::unique_ptr<IndexWriter> writer;
    REQUIRE(IndexWriter::Open(path, WriterOptions(), &writer).ok());
    REQUIRE(
        writer->Put(MakeDoc("d", "Vladivostok visit", "The envoy went on.", "2012-01-05")).ok());
    REQUIRE(writer->Delete("b").ok());
    REQUIRE(writer->Commit().ok());
  }
  CHECK(SpellingFrequency(path, "khabarovsk") == 0);
  CHECK(SpellingFrequency(path, "vladivostok") == 1);
  CHECK(SpellingFrequency(path, "pyongyang") == 1);
  CHECK(SpellingFrequency(path, "envoy") == 1);
}
