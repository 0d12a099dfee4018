// Black-box tests: the built concord-index and concord-search, run as
// processes on the sample corpus, checked through their JSON and exit codes.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "tests/test_support.h"

using concord::test::BinaryPath;
using concord::test::Run;
using concord::test::SourceDir;
using concord::test::TempDir;
using nlohmann::json;

namespace {

std::string IndexCorpus(const TempDir& tmp) {
  std::string db = tmp / "index";
  auto r = Run(BinaryPath("concord-index"), {"--db", db, "--quiet", (SourceDir() / "corpus/seeds").string()});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  return db;
}

json SearchJson(const std::string& db, std::vector<std::string> args) {
  args.insert(args.begin(), {"--db", db, "--json"});
  auto r = Run(BinaryPath("concord-search"), args);
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  return json::parse(r.out);
}

}  // namespace

TEST_CASE("seed corpus: Choe Ryong-hae finds the Choe article first", "[cli]") {
  TempDir tmp;
  std::string db = IndexCorpus(tmp);
  json j = SearchJson(db, {"Choe Ryong-hae"});
  REQUIRE(j["results"].size() >= 1);
  CHECK(j["results"][0]["title"] == "Friends in Need: Choe Swoops in on DPRK-Russia Relations");
  CHECK(j["total"].get<int>() >= 1);
  CHECK(j.contains("took_ms"));
  CHECK(j["offset"] == 0);
  CHECK(j["limit"] == 10);
  std::string snippet = j["results"][0]["snippet"];
  CHECK(snippet.find("<b>") != std::string::npos);
}

TEST_CASE("seed corpus: pages do not overlap", "[cli]") {
  TempDir tmp;
  std::string db = IndexCorpus(tmp);
  json all = SearchJson(db, {"--limit", "10", "Russia"});
  json p1 = SearchJson(db, {"--limit", "2", "Russia"});
  json p2 = SearchJson(db, {"--limit", "2", "--offset", "2", "Russia"});
  REQUIRE(all["results"].size() == 5);
  REQUIRE(p1["results"].size() == 2);
  REQUIRE(p2["results"].size() == 2);
  CHECK(p1["results"][0]["id"] == all["results"][0]["id"]);
  CHECK(p1["results"][1]["id"] == all["results"][1]["id"]);
  CHECK(p2["results"][0]["id"] == all["results"][2]["id"]);
  CHECK(p2["results"][1]["id"] == all["results"][3]["id"]);
}

TEST_CASE("re-indexing the same corpus adds nothing", "[cli]") {
  TempDir tmp;
  std::string db = IndexCorpus(tmp);
  auto r = Run(BinaryPath("concord-index"), {"--db", db, (SourceDir() / "corpus/seeds").string()});
  REQUIRE(r.exit_code == 0);
  CHECK(r.err.find("0 added, 0 replaced, 5 unchanged") != std::string::npos);
}

TEST_CASE("bad invocations give one line and exit code 2", "[cli]") {
  TempDir tmp;
  SECTION("missing --db") {
    auto r = Run(BinaryPath("concord-search"), {"Russia"});
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("missing --db") != std::string::npos);
    auto i = Run(BinaryPath("concord-index"), {"corpus"});
    CHECK(i.exit_code == 2);
    CHECK(i.err.find("missing --db") != std::string::npos);
  }
  SECTION("missing index") {
    auto r = Run(BinaryPath("concord-search"), {"--db", tmp / "nope", "Russia"});
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("concord-index --db") != std::string::npos);
    CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
  }
  SECTION("non-existent path") {
    auto r = Run(BinaryPath("concord-index"), {"--db", tmp / "db", "--quiet", tmp / "no-such-folder"});
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("no such file or directory") != std::string::npos);
    CHECK(!std::filesystem::exists(tmp / "db"));  // nothing created for a failed call
  }
  SECTION("empty query") {
    std::string db = IndexCorpus(tmp);
    auto r = Run(BinaryPath("concord-search"), {"--db", db});
    CHECK(r.exit_code == 2);
    auto r2 = Run(BinaryPath("concord-search"), {"--db", db, "  "});
    CHECK(r2.exit_code == 2);
    CHECK(r2.err.find("no query") != std::string::npos);
  }
  SECTION("unknown option") {
    auto r = Run(BinaryPath("concord-search"), {"--db", tmp / "x", "--bogus", "q"});
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("--help") != std::string::npos);
  }
}
