// The parallel pipeline through the library: every document ends up in the
// shard its id routes to, exactly once, whatever the number of threads, and
// a document the index refuses fails alone.
#include "indexer/shard_pipeline.h"

#include <concord/schema.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

#include "indexer/file_stamps.h"
#include "indexer/index_run.h"
#include "indexer/shard_layout.h"
#include "tests/test_support.h"

using namespace concord;
using concord::test::SharedDataDir;
using concord::test::TempDir;
namespace fs = std::filesystem;

namespace {

// The first n KCNA 2012 stories in files of 100 lines; returns their ids.
std::set<std::string> WriteStories(const std::string& folder, size_t n) {
  std::ifstream in(SharedDataDir() / "kcna/kcna-2012.jsonl");
  REQUIRE(in);
  fs::create_directories(folder);
  std::set<std::string> ids;
  std::ofstream out;
  std::string line;
  while (ids.size() < n && std::getline(in, line)) {
    if (ids.size() % 100 == 0)
      out = std::ofstream(folder + "/part-" + std::to_string(ids.size()) + ".jsonl");
    ids.insert(nlohmann::json::parse(line)["id"].get<std::string>());
    out << line << "\n";
  }
  return ids;
}

// Id -> shard, read back from the shard databases; fails on a duplicate.
std::map<std::string, size_t> IdsByShard(const std::string& dir) {
  std::map<std::string, size_t> where;
  const std::vector<std::string> shards = ShardPaths(dir);
  for (size_t i = 0; i < shards.size(); ++i) {
    Xapian::Database db(shards[i]);
    const std::string prefix(schema::kIdPrefix);
    for (auto t = db.allterms_begin(prefix); t != db.allterms_end(prefix); ++t) {
      INFO(*t);
      CHECK(where.emplace((*t).substr(prefix.size()), i).second);
    }
  }
  return where;
}

IndexRunStats Index(const std::string& dir, const std::string& data, int threads,
                    int commit_every) {
  std::unique_ptr<IndexWriter> writer;
  WriterOptions options;
  options.commit_every = commit_every;
  REQUIRE(IndexWriter::Open(dir, options, &writer).ok());
  IndexRunOptions run;
  run.paths = {data};
  run.quiet = true;
  run.threads = threads;
  IndexRunStats stats;
  Status s = RunIndex(*writer, run, &stats);
  INFO(s.ToString());
  CHECK((s.ok() || s.code() == Status::Code::kPartial));
  return stats;
}

}  // namespace

TEST_CASE("pipeline: each document in the shard its id routes to, once", "[shards][pipeline]") {
  TempDir tmp;
  const std::string data = tmp / "data";
  const std::set<std::string> ids = WriteStories(data, 400);
  for (int threads : {1, 3}) {  // the reading thread alone; a worker per shard
    INFO(threads << " threads");
    const std::string dir = tmp / ("index-" + std::to_string(threads));
    CreateShardedIndex(dir, 3);
    const IndexRunStats stats = Index(dir, data, threads, 50);
    CHECK(stats.added == ids.size());
    const auto where = IdsByShard(dir);
    REQUIRE(where.size() == ids.size());
    for (const auto& [id, shard] : where) CHECK(shard == ShardOf(id, 3));
    // Every file is stamped in the primary, none elsewhere.
    const std::vector<std::string> shards = ShardPaths(dir);
    for (const auto& file : fs::directory_iterator(data)) {
      const std::string path = fs::canonical(file.path()).string();
      CHECK(StoredFileStamp(Xapian::Database(shards[0]), path) == FileStamp(path));
      CHECK(StoredFileStamp(Xapian::Database(shards[1]), path).empty());
    }
    // A second run finds everything unchanged without reading a file.
    const IndexRunStats again = Index(dir, data, threads, 50);
    CHECK(again.unchanged == ids.size());
    CHECK(again.files_unchanged == 4);
    CHECK(again.added + again.replaced == 0);
  }
}

TEST_CASE("pipeline: a document the index refuses fails alone, its file keeps no stamp",
          "[shards][pipeline]") {
  TempDir tmp;
  const std::string data = tmp / "data";
  fs::create_directories(data);
  {
    std::ofstream out(data + "/mixed.jsonl");
    for (int i = 0; i < 40; ++i) {
      nlohmann::json doc = {{"id", "doc-" + std::to_string(i)},
                            {"title", "Story " + std::to_string(i)},
                            {"body", "Freight trains cross the Tumen bridge."}};
      if (i == 17) doc["id"] = std::string(300, 'x');  // longer than an id term may be
      out << doc.dump() << "\n";
    }
  }
  const std::string dir = tmp / "index";
  CreateShardedIndex(dir, 2);
  const IndexRunStats stats = Index(dir, data, 2, 0);
  CHECK(stats.added == 39);
  CHECK(stats.failed == 1);
  REQUIRE(stats.problems.size() == 1);
  CHECK_THAT(stats.problems[0], Catch::Contains("document id longer than"));
  const std::string file = fs::canonical(data + "/mixed.jsonl").string();
  CHECK(StoredFileStamp(Xapian::Database(ShardPaths(dir)[0]), file).empty());
  CHECK(IdsByShard(dir).size() == 39);
}
