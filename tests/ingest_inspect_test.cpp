// Black-box tests of `concord-index inspect`: the built binary on the seed
// articles and the sample export, checked through its JSON and exit code.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>

#include "tests/test_support.h"

using concord::test::BinaryPath;
using concord::test::Run;
using concord::test::SourceDir;
using nlohmann::json;

namespace {

std::vector<json> JsonLines(const std::string& out) {
  std::vector<json> docs;
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) docs.push_back(json::parse(line));
  }
  return docs;
}

json InspectOne(const std::string& relative) {
  auto r = Run(BinaryPath("concord-index"), {"inspect", (SourceDir() / relative).string()});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  auto docs = JsonLines(r.out);
  REQUIRE(docs.size() == 1);
  return docs[0];
}

}  // namespace

TEST_CASE("inspect: every seed's title, author and date", "[ingest][inspect]") {
  struct Expected {
    const char* file;
    const char* title;
    std::vector<std::string> authors;
    const char* date;
  };
  const Expected seeds[] = {
      {"000_f7ef6ce3d6a6b41b.txt",
       "Friends in Need: Choe Swoops in on DPRK-Russia Relations",
       {"Anthony Rinna"},
       "2014-11-15"},
      {"001_ce52869b641abe91.txt", "North Korea’s Pivot to Russia", {"John Grisafi"}, ""},
      {"002_d4cca7653ec9e00a.txt",
       "Slow and Steady Wins the Race: pulse of the current DPRK-Russia relationship",
       {"Gerard Clare"},
       ""},
      {"003_ec52d7dd00dd1787.txt", "North Korea's New Diplomacy", {"Nadège Rolland"}, "2015-04-30"},
      {"004_ede90baec550d5f1.txt", "Is Russia-North Korea Cooperation at a New Stage?", {}, ""},
  };
  for (const Expected& e : seeds) {
    INFO(e.file);
    json doc = InspectOne(std::string("corpus/seeds/") + e.file);
    CHECK(doc["title"] == e.title);
    CHECK(doc["authors"].get<std::vector<std::string>>() == e.authors);
    CHECK(doc["date"] == e.date);
    CHECK(doc["id"] == e.file);
    CHECK(doc["format"] == "text");
    CHECK(doc["lang"] == "en");
    CHECK(doc["body_length"].get<int>() > 1000);
    CHECK(doc.contains("entities"));
    CHECK(doc["body_end"].get<std::string>().find("Comment") == std::string::npos);
  }
}

TEST_CASE("inspect: a WordPress export, its skipped items on stderr", "[ingest][inspect]") {
  std::string wxr =
      (SourceDir() / "corpus/wordpress/peninsulawatch.wordpress.2015-06-20.xml").string();
  auto r = Run(BinaryPath("concord-index"), {"inspect", wxr});
  INFO(r.err);
  CHECK(r.exit_code == 0);
  auto docs = JsonLines(r.out);
  REQUIRE(docs.size() == 5);
  std::vector<std::string> authors;
  for (const json& d : docs) {
    CHECK(d["format"] == "wxr");
    for (const auto& a : d["authors"]) authors.push_back(a);
  }
  CHECK(authors == std::vector<std::string>{"Elena Morozova", "Daniel Park", "Hannah Whitfield",
                                            "Elena Morozova", "Editorial Desk"});
  CHECK(r.err.find("1 draft") != std::string::npos);
  CHECK(r.err.find("1 attachment") != std::string::npos);
  CHECK(r.err.find("--include-unpublished") != std::string::npos);

  auto all = Run(BinaryPath("concord-index"), {"inspect", "--include-unpublished", wxr});
  CHECK(all.exit_code == 0);
  CHECK(JsonLines(all.out).size() == 9);
}

TEST_CASE("inspect: problems go to stderr with file and line, exit codes say so",
          "[ingest][inspect]") {
  std::string jsonl = (SourceDir() / "tests/data/bad/broken-line.jsonl").string();
  auto r = Run(BinaryPath("concord-index"), {"inspect", jsonl});
  CHECK(r.exit_code == 1);
  CHECK(JsonLines(r.out).size() == 3);
  CHECK(r.err.find(jsonl + ":3: not valid JSON") != std::string::npos);
  CHECK(r.err.find(jsonl + ":5: ") != std::string::npos);

  auto missing =
      Run(BinaryPath("concord-index"), {"inspect", (SourceDir() / "no-such.txt").string()});
  CHECK(missing.exit_code == 2);
  CHECK(missing.err.find("no-such.txt") != std::string::npos);

  auto no_files = Run(BinaryPath("concord-index"), {"inspect", "--include-unpublished"});
  CHECK(no_files.exit_code == 2);
  CHECK(no_files.err.find("Usage: concord-index inspect") != std::string::npos);
  auto bogus = Run(BinaryPath("concord-index"), {"inspect", "--bogus", jsonl});
  CHECK(bogus.exit_code == 2);
  CHECK(bogus.out.empty());

  auto binary = Run(BinaryPath("concord-index"),
                    {"inspect", (SourceDir() / "tests/data/bad/binary.bin").string()});
  CHECK(binary.exit_code == 1);
  CHECK(binary.out.empty());
}
