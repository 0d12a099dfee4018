// Black-box tests of ingest through the index: the built concord-index on
// the sample corpus and on a folder of bad input, checked with concord-search.
#include <catch2/catch.hpp>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "indexer/readers/reader_testing.h"
#include "tests/cli_helpers.h"
#include "tests/test_support.h"

using concord::test::BinaryPath;
using concord::test::Search;
using concord::test::Run;
using concord::test::SourceDir;
using concord::test::TempDir;
using concord::test::WriteFile;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

int Total(const std::string& db, const std::string& query) {
  return Search(db, {query})["total"].get<int>();
}

}  // namespace

TEST_CASE("index: the corpus's comment boilerplate and unpublished posts are not searchable",
          "[ingest][index]") {
  TempDir tmp;
  std::string db = tmp / "index";
  auto r =
      Run(BinaryPath("concord-index"), {"--db", db, "--quiet", (SourceDir() / "corpus").string()});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  for (const char* boilerplate :
       {"Akismet", "\"truly inspiring\"", "\"commenting using\"", "\"Leave a Reply\"",
        "\"House Rules\"", "\"Bookmark the permalink\"", "\"appeared first on\"", "Gazprom",
        "\"dacha roof\""}) {
    INFO(boilerplate);
    CHECK(Total(db, boilerplate) == 0);
  }
  // The draft, the scheduled and the trashed post of the export.
  CHECK(Total(db, "gauge") == 0);
  CHECK(Total(db, "Scorecard") == 0);
  CHECK(Total(db, "placeholder") == 0);
  // What the articles say is found.
  CHECK(Total(db, "\"friend in need\"") >= 1);
  CHECK(Total(db, "Rubles") >= 1);
}

TEST_CASE("index: a WordPress export's authors by display name in the author facet",
          "[ingest][index]") {
  TempDir tmp;
  std::string db = tmp / "index";
  auto r =
      Run(BinaryPath("concord-index"),
          {"--db", db, "--quiet",
           (SourceDir() / "corpus/wordpress/peninsulawatch.wordpress.2015-06-20.xml").string()});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  json j = Search(db, {"--all", "--facets", "author,year", "--limit", "10"});
  CHECK(j["total"] == 5);
  std::map<std::string, int> authors;
  for (const auto& v : j["facets"]["author"]) authors[v["value"]] = v["count"];
  CHECK(authors == std::map<std::string, int>{{"Elena Morozova", 2},
                                              {"Daniel Park", 1},
                                              {"Hannah Whitfield", 1},
                                              {"Editorial Desk", 1}});
  std::set<std::string> ids;
  for (const auto& hit : j["results"]) ids.insert(hit["id"]);
  CHECK(ids.count("peninsulawatch.example/101"));
  CHECK(ids.count("peninsulawatch.example/110"));  // the page
  json filtered = Search(db, {"--author", "Elena Morozova", "--all"});
  CHECK(filtered["total"] == 2);
  CHECK(Total(db, "Scorecard") == 0);  // the scheduled post

  auto all =
      Run(BinaryPath("concord-index"),
          {"--db", tmp / "all", "--quiet", "--include-unpublished",
           (SourceDir() / "corpus/wordpress/peninsulawatch.wordpress.2015-06-20.xml").string()});
  INFO(all.err);
  REQUIRE(all.exit_code == 0);
  CHECK(Search(tmp / "all", {"--all", "--limit", "0"})["total"] == 9);
  CHECK(Total(tmp / "all", "Scorecard") == 1);
}

TEST_CASE("index: bad input is reported, good documents are indexed, nothing is lost",
          "[ingest][index]") {
  TempDir tmp;
  std::string db = tmp / "index";
  auto seeded = Run(BinaryPath("concord-index"),
                    {"--db", db, "--quiet", (SourceDir() / "corpus/seeds").string()});
  REQUIRE(seeded.exit_code == 0);

  // The teammate's bad samples, plus an export cut in the middle of a post.
  fs::path bad = tmp.path() / "bad";
  fs::create_directories(bad);
  for (const auto& entry : fs::directory_iterator(SourceDir() / "tests/data/bad")) {
    fs::copy_file(entry.path(), bad / entry.path().filename());
  }
  std::string wxr = concord::test::ReadFileText(
      SourceDir() / "corpus/wordpress/peninsulawatch.wordpress.2015-06-20.xml");
  WriteFile(bad / "cut-export.xml", wxr.substr(0, wxr.find("Third, what was missing.")));

  auto r = Run(BinaryPath("concord-index"), {"--db", db, "--quiet", bad.string()});
  INFO(r.err);
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("binary.bin") != std::string::npos);
  CHECK(r.err.find("empty.txt") != std::string::npos);
  CHECK(r.err.find("invalid-utf8.txt: invalid UTF-8") != std::string::npos);
  CHECK(r.err.find("broken-line.jsonl:3: not valid JSON") != std::string::npos);
  CHECK(r.err.find("broken-line.jsonl:5:") != std::string::npos);
  size_t cut = r.err.find("cut-export.xml:");
  REQUIRE(cut != std::string::npos);
  CHECK(r.err.find("byte", cut) != std::string::npos);

  CHECK(Total(db, "\"after the broken line\"") == 1);         // JSONL line 4
  CHECK(Total(db, "\"Khasan-Rajin railway\"") >= 1);          // JSONL line 2
  CHECK(Total(db, "Pohang") >= 1);                            // the repaired UTF-8 file
  CHECK(Total(db, "\"Paying in Rubles\"") == 1);              // a post before the cut
  CHECK(Total(db, "\"What the Communiqué Left Out\"") == 0);  // the post cut in two
  // Every good document was added, and the seeds indexed before are still there.
  size_t added_at = r.err.find(" added");
  REQUIRE(added_at != std::string::npos);
  int added = std::stoi(r.err.substr(r.err.rfind(' ', added_at - 1) + 1));
  CHECK(added >= 3 + 1 + 3);  // JSONL lines, the repaired file, posts before the cut
  CHECK(Search(db, {"--all", "--limit", "0"})["total"].get<int>() == 5 + added);
  CHECK(Total(db, "\"friend in need\"") == 1);
  CHECK(Total(db, "\"North Korea's New Diplomacy\"") == 1);
}
