// Sharded indexes through the real binaries: concord-index --threads N writes
// N shards in parallel, and everything the nightly run relies on works as for
// one database: incremental runs, --prune, kill -9 and a rerun, the writer
// lock, --rebuild, status. --compact merges the shards into one database.
#include <signal.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <fstream>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <thread>

#include "tests/cli_helpers.h"
#include "tests/test_support.h"

namespace fs = std::filesystem;
using concord::test::Article;
using concord::test::BinaryPath;
using concord::test::Index;
using concord::test::Poll;
using concord::test::Search;
using concord::test::Status;
using concord::test::WriteKcnaSample;
using concord::test::Run;
using concord::test::SharedDataDir;
using concord::test::Spawn;
using concord::test::TempDir;
using concord::test::Wait;
using concord::test::WriteFile;
using nlohmann::json;

namespace {

// The first n stories of KCNA 2011 in files of per_file lines; returns their ids.
std::set<std::string> WriteKcna(const std::string& folder, size_t n, size_t per_file) {
  std::ifstream in(SharedDataDir() / "kcna/kcna-2011.jsonl");
  REQUIRE(in);
  fs::create_directories(folder);
  std::set<std::string> ids;
  std::ofstream out;
  std::string line;
  while (ids.size() < n && std::getline(in, line)) {
    if (ids.size() % per_file == 0) {
      out = std::ofstream(folder + "/part-" + std::to_string(ids.size() / per_file) + ".jsonl");
    }
    ids.insert(json::parse(line)["id"].get<std::string>());
    out << line << "\n";
  }
  return ids;
}

std::set<std::string> Ids(const json& result) {
  std::set<std::string> ids;
  for (const json& hit : result["results"]) ids.insert(hit["id"].get<std::string>());
  return ids;
}

}  // namespace

TEST_CASE("two threads: two shards, found like one database, and a re-run reads nothing",
          "[shards][cli]") {
  TempDir tmp;
  const std::string data = tmp / "kcna", one = tmp / "one", sharded = tmp / "sharded";
  const auto ids = WriteKcna(data, 800, 200);
  REQUIRE(Index({"--db", one, data}).exit_code == 0);
  auto first = Index({"--db", sharded, "--threads", "2", data});
  INFO(first.err);
  REQUIRE(first.exit_code == 0);

  const json status = Status(sharded);
  CHECK(status["documents"] == ids.size());
  REQUIRE(status["shards"].size() == 2);
  for (const json& shard : status["shards"])
    CHECK(shard["documents"].get<size_t>() > ids.size() / 3);
  CHECK(status["last_run_summary"]["added"] == ids.size());
  CHECK(status["last_run_summary"]["threads"] == 2);
  for (const char* query : {"Kim Jong Il", "\"Workers' Party\"", "Cuba"}) {
    INFO(query);
    CHECK(Ids(Search(sharded, {"--limit", "1000", query})) ==
          Ids(Search(one, {"--limit", "1000", query})));
  }

  auto again = Index({"--db", sharded, "--threads", "2", data});
  REQUIRE(again.exit_code == 0);
  CHECK(again.err.find("0 added, 0 replaced, " + std::to_string(ids.size()) + " unchanged") !=
        std::string::npos);
  CHECK(Status(sharded)["last_run_summary"]["files_unchanged"] == 4);
  // One thread on the sharded index, and --force: every story read, none changed.
  auto forced = Index({"--db", sharded, "--force", data});
  REQUIRE(forced.exit_code == 0);
  CHECK(forced.err.find("0 added, 0 replaced, " + std::to_string(ids.size()) + " unchanged") !=
        std::string::npos);
}

TEST_CASE("sharded: edits, additions and deletions with --prune", "[shards][cli]") {
  TempDir tmp;
  const std::string root = tmp / "archive", db = tmp / "db";
  WriteFile(root + "/a.txt",
            Article("Rason port expansion", "Cranes arrive at the pier in Rajin."));
  WriteFile(root + "/b.txt", Article("Khasan railway", "Freight trains cross the Tumen bridge."));
  WriteFile(root + "/sub/c.txt",
            Article("Vladivostok forum", "Delegations meet on Russky Island."));
  WriteFile(root + "/sub/e.txt", Article("Hasan station", "A new platform opens."));
  REQUIRE(Index({"--db", db, "--threads", "2", "--prune", root}).exit_code == 0);
  REQUIRE(Status(db)["documents"] == 4);

  std::this_thread::sleep_for(std::chrono::milliseconds(20));  // a distinct mtime
  WriteFile(root + "/a.txt",
            Article("Rason port expansion", "Cranes arrive in Rajin. Coal exports resume."));
  fs::remove(root + "/b.txt");
  fs::remove(root + "/sub/e.txt");
  WriteFile(root + "/d.txt", Article("Tumen delta", "Wetlands along the river mouth."));
  auto r = Index({"--db", db, "--threads", "2", "--prune", root});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(r.err.find("1 added, 1 replaced, 1 unchanged, 2 deleted") != std::string::npos);
  CHECK(Status(db)["documents"] == 3);
  CHECK(Search(db, {"coal"})["total"] == 1);
  CHECK(Search(db, {"freight"})["total"] == 0);
  CHECK(Search(db, {"platform"})["total"] == 0);
  CHECK(Search(db, {"wetlands"})["total"] == 1);
}

TEST_CASE("sharded: kill -9 in the middle of a run, then a rerun: every document once",
          "[shards][cli]") {
  TempDir tmp;
  const std::string data = tmp / "kcna", db = tmp / "db";
  // Many files: stamps are committed along the way, so a stamp committed
  // ahead of its documents in another shard would lose them on the rerun.
  const auto ids = WriteKcna(data, 2400, 120);
  int pid = Spawn(BinaryPath("concord-index"),
                  {"--db", db, "--quiet", "--threads", "2", "--commit-every", "200", data});
  for (int i = 0; i < 600; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    auto s = Run(BinaryPath("concord-index"), {"status", "--db", db, "--json"});
    if (s.exit_code == 0 && json::parse(s.out)["documents"].get<size_t>() > 400) break;
  }
  kill(pid, SIGKILL);
  Wait(pid);
  const size_t partial = Status(db)["documents"];
  INFO("documents after the kill: " << partial);
  CHECK(partial < ids.size());

  auto rerun = Index({"--db", db, "--threads", "2", data});
  INFO(rerun.err);
  REQUIRE(rerun.exit_code == 0);
  CHECK(Status(db)["documents"] == ids.size());
  CHECK(Search(db, {"--all", "--limit", "0"})["total"] == ids.size());
}

TEST_CASE("sharded: one writer at a time", "[shards][cli]") {
  TempDir tmp;
  const std::string data = tmp / "kcna", db = tmp / "db";
  WriteKcna(data, 1200, 300);
  REQUIRE(Index({"--db", db, "--threads", "2", data}).exit_code == 0);
  WriteFile(tmp / "doc/x.txt", Article("Second writer", "Text."));
  int pid = Spawn(BinaryPath("concord-index"),
                  {"--db", db, "--quiet", "--threads", "2", "--force", data});
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  auto second = Index({"--db", db, tmp / "doc"});
  std::optional<int> first = Poll(pid);
  if (!first) {
    CHECK(second.exit_code == 3);
    CHECK(second.err.find("another concord-index") != std::string::npos);
    CHECK(Index({"--db", db, "--wait-lock", "120", tmp / "doc"}).exit_code == 0);
  } else {
    WARN("the first writer finished before the second started; lock not exercised");
  }
  if (!first) first = Wait(pid);
  CHECK(*first == 0);
  CHECK(Search(db, {"\"Second writer\""})["total"] == 1);
}

TEST_CASE("the shard count stays, rebuild may change it, compact makes one database",
          "[shards][cli]") {
  TempDir tmp;
  const std::string data = tmp / "kcna", db = tmp / "db", plain = tmp / "plain";
  const auto ids = WriteKcna(data, 300, 300);
  REQUIRE(Index({"--db", db, "--threads", "2", data}).exit_code == 0);
  const json before = Search(db, {"--limit", "1000", "--facets", "month", "Korea"});

  auto mismatch = Index({"--db", db, "--shards", "3", data});
  CHECK(mismatch.exit_code == 2);
  CHECK(mismatch.err.find("has 2 shards and keeps them") != std::string::npos);
  auto more_threads = Index({"--db", db, "--threads", "4", data});  // 2 shards, 2 threads
  CHECK(more_threads.exit_code == 0);
  CHECK(Status(db)["shards"].size() == 2);

  REQUIRE(Index({"--db", plain, data}).exit_code == 0);
  auto r = Run(BinaryPath("concord-index"), {"--db", plain, "--threads", "2", data});
  CHECK(r.exit_code == 0);
  CHECK(r.err.find("is one database, written by one thread") != std::string::npos);
  CHECK(!Status(plain).contains("shards"));

  // What a rebuild killed midway leaves beside the index goes with the next one.
  fs::create_directories(tmp / "db.gen-19991231T235959/shard-00");
  REQUIRE(Index({"--db", db, "--rebuild", data}).exit_code == 0);
  CHECK(Status(db)["shards"].size() == 2);
  CHECK(!fs::exists(tmp / "db.gen-19991231T235959"));
  REQUIRE(Index({"--db", db, "--rebuild", "--shards", "3", "--threads", "2", data}).exit_code == 0);
  CHECK(Status(db)["shards"].size() == 3);
  CHECK(Ids(Search(db, {"--limit", "1000", "Korea"})) == Ids(before));

  auto compact = Index({"--db", db, "--compact", data});
  INFO(compact.err);
  REQUIRE(compact.exit_code == 0);
  CHECK(fs::is_symlink(db));
  const json merged = Status(db);
  CHECK(!merged.contains("shards"));
  CHECK(merged["documents"] == ids.size());
  const json after = Search(db, {"--limit", "1000", "--facets", "month", "Korea"});
  CHECK(after["facets"] == before["facets"]);
  CHECK(Ids(after) == Ids(before));
  // Exactly one generation beside the link; the next run updates the compact database.
  int generations = 0;
  for (const auto& e : fs::directory_iterator(tmp.path())) {
    if (e.path().filename().string().rfind("db.", 0) == 0) ++generations;
  }
  CHECK(generations == 1);
  WriteFile(tmp / "more/y.txt", Article("After compaction", "Still indexed."));
  REQUIRE(Index({"--db", db, tmp / "more"}).exit_code == 0);
  CHECK(Search(db, {"\"After compaction\""})["total"] == 1);
}
