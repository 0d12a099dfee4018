#include "searcher/spelling.h"

#include <catch2/catch.hpp>
#include <concord/schema.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <map>

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

namespace {

// Every spelling word of the database with its frequency.
std::map<std::string, Xapian::doccount> SpellingTable(const std::string& path) {
  Xapian::Database db(path);
  std::map<std::string, Xapian::doccount> table;
  for (auto it = db.spellings_begin(); it != db.spellings_end(); ++it) table[*it] = it.get_termfreq();
  return table;
}

// What the table must hold: each unprefixed index term of 4+ ASCII letters
// with the number of documents that use it (the stories here are English).
std::map<std::string, Xapian::doccount> ExpectedTable(const std::string& path) {
  Xapian::Database db(path);
  std::map<std::string, Xapian::doccount> table;
  for (auto t = db.allterms_begin(); t != db.allterms_end(); ++t) {
    const std::string term = *t;
    if (term.size() >= 4 && term.size() <= 32 &&
        std::all_of(term.begin(), term.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
      table[term] = t.get_termfreq();
    }
  }
  return table;
}

std::string Behind(const std::string& path) {
  return Xapian::Database(path).get_metadata(std::string(schema::kMetaSearchAidsBehind));
}

}  // namespace

TEST_CASE("spelling: words held back by intermediate commits are all written at the end",
          "[spelling]") {
  TempDir tmp;
  const std::string path = tmp / "index";
  {
    std::unique_ptr<IndexWriter> writer;
    WriterOptions options;
    options.commit_every = 2;  // intermediate commits hold the words back
    REQUIRE(IndexWriter::Open(path, options, &writer).ok());
    for (const Document& d : Stories()) REQUIRE(writer->Put(d).ok());
    CHECK(Behind(path) == "1");  // committed documents, words not yet written
    REQUIRE(writer->Put(MakeDoc("d", "Vladivostok visit", "The envoy went on.", "")).ok());
    REQUIRE(writer->Delete("b").ok());
    REQUIRE(writer->Commit().ok());
  }
  CHECK(Behind(path).empty());
  const auto table = SpellingTable(path);
  CHECK(table.count("vladivostok") == 1);
  CHECK(table.count("khabarovsk") == 0);
  CHECK(table == ExpectedTable(path));
}

TEST_CASE("spelling: a run killed before its last commit leaves a table the next writer rebuilds",
          "[spelling]") {
  TempDir tmp;
  const std::string path = tmp / "index";
  WriteIndex(path, {MakeDoc("old", "Old story", "Khabarovsk envoy", "")});
  // A child process commits documents with their words held back, then dies.
  const pid_t child = fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    std::unique_ptr<IndexWriter> writer;
    WriterOptions options;
    options.commit_every = 2;
    if (!IndexWriter::Open(path, options, &writer).ok()) _exit(1);
    for (const Document& d : Stories()) {
      if (!writer->Put(d).ok()) _exit(1);
    }
    _exit(0);  // no final commit, no destructors: as if killed
  }
  int status = 0;
  REQUIRE(waitpid(child, &status, 0) == child);
  REQUIRE((WIFEXITED(status) && WEXITSTATUS(status) == 0));
  REQUIRE(Behind(path) == "1");
  CHECK(SpellingTable(path) != ExpectedTable(path));  // "pyongyang" is missing
  {
    std::unique_ptr<IndexWriter> writer;
    REQUIRE(IndexWriter::Open(path, WriterOptions(), &writer).ok());
  }
  CHECK(Behind(path).empty());
  const auto table = SpellingTable(path);
  CHECK(table.at("pyongyang") == 2);
  CHECK(table.at("khabarovsk") == 2);
  CHECK(table == ExpectedTable(path));
}
