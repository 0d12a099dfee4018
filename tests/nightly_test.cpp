// Nightly reindexing, black-box: the real concord-index and concord-search as
// processes on real KCNA stories. Incremental runs, pruning, kill -9, readers
// during a reindex, the writer lock, --rebuild, and failures that must leave
// the index intact.
#include <catch2/catch.hpp>

#include <signal.h>
#include <sys/mount.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <sstream>
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

TEST_CASE("an unchanged re-run changes nothing and reads no file", "[nightly]") {
  TempDir tmp;
  const std::string data = tmp / "kcna.jsonl", db = tmp / "db";
  auto ids = WriteKcnaSample(data, 1500);
  auto first = Index({"--db", db, data});
  INFO(first.err);
  REQUIRE(first.exit_code == 0);
  const json before = Status(db);
  CHECK(before["documents"] == ids.size());

  auto second = Index({"--db", db, data});
  REQUIRE(second.exit_code == 0);
  CHECK(second.err.find("0 added, 0 replaced, " + std::to_string(ids.size()) + " unchanged, 0 deleted") !=
        std::string::npos);
  const json after = Status(db);
  CHECK(after["documents"] == before["documents"]);
  CHECK(after["last_run_summary"]["files_unchanged"] == 1);
  CHECK(after["last_run_summary"]["bytes"] == 0);  // skipped by size + mtime, not read

  // --force reads the file again; the content hashes still say unchanged.
  auto forced = Index({"--db", db, "--force", data});
  REQUIRE(forced.exit_code == 0);
  CHECK(forced.err.find("0 added, 0 replaced, " + std::to_string(ids.size()) + " unchanged") != std::string::npos);
}

TEST_CASE("edits, additions and deletions give exactly the expected index", "[nightly]") {
  TempDir tmp;
  const std::string root = tmp / "archive", db = tmp / "db";
  WriteFile(root + "/a.txt", Article("Rason port expansion", "Cranes arrive at the pier in Rajin."));
  WriteFile(root + "/b.txt", Article("Khasan railway", "Freight trains cross the Tumen bridge."));
  WriteFile(root + "/sub/c.txt", Article("Vladivostok forum", "Delegations meet on Russky Island."));
  REQUIRE(Index({"--db", db, "--prune", root}).exit_code == 0);
  REQUIRE(Status(db)["documents"] == 3);

  // Edit a, delete b, add d; keep c.
  std::this_thread::sleep_for(std::chrono::milliseconds(20));  // a distinct mtime
  WriteFile(root + "/a.txt", Article("Rason port expansion", "Cranes arrive at the pier in Rajin. Coal exports resume."));
  fs::remove(root + "/b.txt");
  WriteFile(root + "/d.txt", Article("Tumen delta", "Wetlands along the river mouth."));
  auto r = Index({"--db", db, "--prune", root});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(r.err.find("1 added, 1 replaced, 1 unchanged, 1 deleted") != std::string::npos);
  CHECK(Status(db)["documents"] == 3);
  CHECK(Search(db, {"coal"})["total"] == 1);
  CHECK(Search(db, {"freight"})["total"] == 0);
  CHECK(Search(db, {"wetlands"})["total"] == 1);
  CHECK(Search(db, {"Russky"})["total"] == 1);

  // Without --prune nothing is deleted.
  fs::remove(root + "/d.txt");
  REQUIRE(Index({"--db", db, root}).exit_code == 0);
  CHECK(Status(db)["documents"] == 3);
  REQUIRE(Index({"--db", db, "--prune", root}).exit_code == 0);
  CHECK(Status(db)["documents"] == 2);
}

TEST_CASE("kill -9 in the middle of a run, then a rerun: every document once", "[nightly]") {
  TempDir tmp;
  const std::string data = tmp / "kcna.jsonl", db = tmp / "db";
  auto ids = WriteKcnaSample(data, 4000);
  int pid = Spawn(BinaryPath("concord-index"), {"--db", db, "--quiet", "--commit-every", "200", data});
  // Wait until at least one commit has happened, then kill without warning.
  for (int i = 0; i < 600; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    auto s = Run(BinaryPath("concord-index"), {"status", "--db", db, "--json"});
    if (s.exit_code == 0 && json::parse(s.out)["documents"].get<size_t>() > 0) break;
  }
  kill(pid, SIGKILL);
  Wait(pid);
  const size_t partial = Status(db)["documents"];
  INFO("documents after the kill: " << partial);
  CHECK(partial < ids.size());  // the kill really interrupted the run

  auto rerun = Index({"--db", db, data});
  INFO(rerun.err);
  REQUIRE(rerun.exit_code == 0);
  CHECK(Status(db)["documents"] == ids.size());
  // No duplicates: the number of documents equals the number of distinct ids,
  // and a search for an id's phrase-unique title finds it once.
  auto r = Search(db, {"--all", "--limit", "1000", "--facets", "year", "--facet-limit", "5"});
  CHECK(r["total"] == ids.size());
}

TEST_CASE("searches in a loop during a reindex never fail", "[nightly]") {
  TempDir tmp;
  const std::string data = tmp / "kcna.jsonl", db = tmp / "db";
  WriteKcnaSample(data, 300);
  REQUIRE(Index({"--db", db, data}).exit_code == 0);
  const std::string more = tmp / "more.jsonl";
  WriteKcnaSample(more, 3000);
  int pid = Spawn(BinaryPath("concord-index"), {"--db", db, "--quiet", "--commit-every", "100", more});
  int searches = 0, failures = 0;
  std::optional<int> indexer;
  while (!indexer) {
    auto r = Run(BinaryPath("concord-search"), {"--db", db, "--json", "--facets", "year", "Korea"});
    ++searches;
    if (r.exit_code != 0) {
      ++failures;
      UNSCOPED_INFO("search failed: " << r.err);
    }
    indexer = Poll(pid);
  }
  INFO(searches << " searches");
  CHECK(*indexer == 0);
  CHECK(searches > 1);
  CHECK(failures == 0);
  CHECK(Status(db)["documents"] == 3000);
}

TEST_CASE("one writer at a time: a second writer fails at once or waits", "[nightly]") {
  TempDir tmp;
  const std::string data = tmp / "kcna.jsonl", db = tmp / "db";
  WriteKcnaSample(data, 3000);
  REQUIRE(Index({"--db", db, tmp / "kcna.jsonl"}).exit_code == 0);
  WriteFile(tmp / "doc/x.txt", Article("Second writer", "Text."));
  // A slow writer: --force re-analyses every story.
  int pid = Spawn(BinaryPath("concord-index"), {"--db", db, "--quiet", "--force", data});
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  auto second = Index({"--db", db, tmp / "doc"});
  std::optional<int> first = Poll(pid);
  if (!first) {
    CHECK(second.exit_code == 3);
    CHECK(second.err.find("another concord-index") != std::string::npos);
    auto waiting = Index({"--db", db, "--wait-lock", "120", tmp / "doc"});
    CHECK(waiting.exit_code == 0);
  } else {
    WARN("the first writer finished before the second started; lock not exercised");
  }
  if (!first) first = Wait(pid);
  CHECK(*first == 0);
  CHECK(Search(db, {"\"Second writer\""})["total"] == 1);
}

TEST_CASE("rebuild switches atomically while readers search", "[nightly]") {
  TempDir tmp;
  const std::string root = tmp / "archive", db = tmp / "db";
  WriteFile(root + "/a.txt", Article("Old edition", "The pier at Rajin."));
  REQUIRE(Index({"--db", db, root}).exit_code == 0);
  WriteFile(root + "/b.txt", Article("New edition", "The bridge at Khasan."));
  fs::remove(root + "/a.txt");
  int pid = Spawn(BinaryPath("concord-index"), {"--db", db, "--quiet", "--rebuild", root});
  int failures = 0;
  std::optional<int> rebuild;
  while (!(rebuild = Poll(pid))) {
    if (Run(BinaryPath("concord-search"), {"--db", db, "--json", "edition"}).exit_code != 0) ++failures;
  }
  CHECK(*rebuild == 0);
  CHECK(failures == 0);
  CHECK(fs::is_symlink(db));
  CHECK(Search(db, {"edition"})["total"] == 1);
  CHECK(Search(db, {"Khasan"})["total"] == 1);
  // Exactly one generation directory is left beside the link.
  int generations = 0;
  for (const auto& e : fs::directory_iterator(tmp.path())) {
    if (e.path().filename().string().rfind("db.", 0) == 0) ++generations;
  }
  CHECK(generations == 1);
  // A second rebuild replaces the generation again.
  REQUIRE(Index({"--db", db, "--rebuild", root}).exit_code == 0);
  CHECK(Search(db, {"Khasan"})["total"] == 1);
}

TEST_CASE("bad index folders: clear errors, nothing damaged", "[nightly]") {
  TempDir tmp;
  WriteFile(tmp / "docs/a.txt", Article("A title", "Some words."));
  SECTION("a folder that is not a concord index") {
    WriteFile(tmp / "notindex/photo.jpg", "not an index");
    auto r = Index({"--db", tmp / "notindex", tmp / "docs"});
    CHECK(r.exit_code == 4);
    CHECK(r.err.find("not a concord index") != std::string::npos);
    CHECK(fs::exists(tmp / "notindex/photo.jpg"));
    CHECK(!fs::exists(tmp / "notindex/iamglass"));
  }
  SECTION("a full disk") {
    fs::create_directories(tmp / "small");
    if (mount("tmpfs", (tmp / "small").c_str(), "tmpfs", 0, "size=600k") != 0) {
      WARN("cannot mount a tmpfs here (not root?); full-disk case not run");
      return;
    }
    const std::string db = tmp / "small/db";
    auto ok = Index({"--db", db, tmp / "docs"});
    REQUIRE(ok.exit_code == 0);
    const std::string data = tmp / "kcna.jsonl";
    WriteKcnaSample(data, 3000);  // far more than 600 KB of index
    auto full = Index({"--db", db, data});
    CHECK(full.exit_code == 4);
    CHECK(full.err.find("last committed state") != std::string::npos);
    // The index still opens and still holds what it had.
    CHECK(Search(db, {"\"A title\""})["total"] == 1);
    umount2((tmp / "small").c_str(), MNT_DETACH);
  }
}

TEST_CASE("a changed gazetteer: the next run marks the index, --rebuild makes it current",
          "[nightly][names]") {
  TempDir tmp;
  const std::string data = tmp / "kcna.jsonl", more = tmp / "more.jsonl", db = tmp / "db";
  WriteKcnaSample(data, 300);
  WriteFile(more, R"({"id":"extra-1","title":"Choi Ryonghae in Moscow","body":"Choi Ryonghae met )"
                  R"(officials at Rajin."})" "\n");
  REQUIRE(Index({"--db", db, data}).exit_code == 0);
  CHECK(Status(db)["entity_extraction_current"] == true);

  // An editor adds an entity; the nightly run indexes one new file with it.
  std::ifstream shipped(concord::test::SourceDir() / "gazetteer" / "entities.tsv");
  std::stringstream edited;
  edited << shipped.rdbuf() << "new-port\tplace\tSonbong Harbour\tSonbong Port\n";
  const std::string gazetteer = tmp / "entities.tsv";
  WriteFile(gazetteer, edited.str());
  std::filesystem::copy(concord::test::SourceDir() / "gazetteer" / "korean-surnames.txt",
                        tmp / "korean-surnames.txt");
  setenv("CONCORD_GAZETTEER", gazetteer.c_str(), 1);
  auto run = Index({"--db", db, data, more});
  REQUIRE(run.exit_code == 0);
  const json mixed = Status(db);
  CHECK(mixed["entity_extraction"] == "mixed");
  CHECK(mixed["entity_extraction_current"] == false);
  auto text = Run(BinaryPath("concord-index"), {"status", "--db", db});
  CHECK(text.out.find("rebuild with --rebuild") != std::string::npos);
  // Names are still found, by key phrase.
  auto found = Run(BinaryPath("concord-search"), {"--db", db, "--json", "Choe Ryong Hae"});
  REQUIRE(found.exit_code == 0);
  CHECK(found.out.find("\"extra-1\"") != std::string::npos);

  REQUIRE(Index({"--db", db, "--rebuild", data, more}).exit_code == 0);
  CHECK(Status(db)["entity_extraction_current"] == true);
  unsetenv("CONCORD_GAZETTEER");
  // Read with the shipped gazetteer again, the index is from another one.
  CHECK(Status(db)["entity_extraction_current"] == false);
}

TEST_CASE("scripts/nightly-reindex: two threads over a sharded index, a log, exit codes",
          "[nightly]") {
  TempDir tmp;
  const std::string data = tmp / "kcna.jsonl", more = tmp / "more.jsonl", db = tmp / "db",
                    log = tmp / "nightly.log";
  const auto ids = WriteKcnaSample(data, 400);
  REQUIRE(Index({"--db", db, "--threads", "2", data}).exit_code == 0);
  REQUIRE(Status(db)["shards"].size() == 2);
  WriteFile(more, R"({"id":"late-1","title":"A late story","body":"It came in the night."})" "\n");

  const std::string script = (concord::test::SourceDir() / "scripts" / "nightly-reindex").string();
  auto run = Run(script, {"--db", db, "--threads", "2", "--bin", BinaryPath("concord-index"),
                          "--log", log, data, more});
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  std::ifstream in(log);
  const std::string written((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  CHECK(written.find("start: --prune --threads 2 --db " + db) != std::string::npos);
  CHECK(written.find("index up to date (exit 0)") != std::string::npos);
  CHECK(Status(db)["documents"] == ids.size() + 1);
  CHECK(Status(db)["shards"].size() == 2);

  auto bad = Run(script, {"--db", db, "--threads", "two", data});
  CHECK(bad.exit_code == 2);
  CHECK(bad.err.find("--threads needs a number") != std::string::npos);
}
