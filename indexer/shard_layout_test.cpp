#include "indexer/shard_layout.h"

#include <concord/schema.h>
#include <xapian.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <functional>
#include <nlohmann/json.hpp>

#include "common/error.h"
#include "indexer/shard_stub.h"
#include "tests/test_support.h"

using namespace concord;
using concord::test::SharedDataDir;
using concord::test::TempDir;
using concord::test::WriteFile;
namespace fs = std::filesystem;

namespace {

std::string ErrorOf(const std::function<void()>& fn) {
  try {
    fn();
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("shard routing: FNV-1a of the id, pinned (it is part of the index format)",
          "[shards][layout]") {
  // 64-bit FNV-1a: "kcna-2012-01-01-001" -> 5250998846521585690, "a" -> 12638187200555641996.
  CHECK(ShardOf("kcna-2012-01-01-001", 4) == 2);
  CHECK(ShardOf("kcna-2012-01-01-001", 7) == 1);
  CHECK(ShardOf("a", 7) == 5);
  CHECK(ShardOf("", 2) == 1);
  CHECK(ShardOf("anything", 1) == 0);
  CHECK(ShardName(0) == "shard-00");
  CHECK(ShardName(13) == "shard-13");
}

TEST_CASE("shard routing spreads the real KCNA ids evenly", "[shards][layout]") {
  std::ifstream in(SharedDataDir() / "kcna/kcna-2011.jsonl");
  REQUIRE(in);
  std::vector<size_t> per_shard(4);
  std::string line;
  size_t n = 0;
  while (std::getline(in, line)) {
    ++per_shard[ShardOf(nlohmann::json::parse(line)["id"].get<std::string>(), 4)];
    ++n;
  }
  for (size_t count : per_shard) {
    CHECK(count > n / 4 * 9 / 10);  // within 10% of an even share
    CHECK(count < n / 4 * 11 / 10);
  }
}

TEST_CASE("a new sharded index: shard databases first, then the stub", "[shards][layout]") {
  TempDir tmp;
  const std::string dir = tmp / "index";
  CreateShardedIndex(dir, 3);
  const std::vector<std::string> shards = ShardPaths(dir);
  REQUIRE(shards.size() == 3);
  for (size_t i = 0; i < 3; ++i) {
    CHECK(shards[i] == (fs::absolute(dir) / ShardName(i)).string());
    Xapian::Database db(shards[i]);
    CHECK(db.get_metadata(std::string(schema::kMetaSchemaVersion)) == schema::kSchemaVersion);
  }
  CHECK(Xapian::Database(dir).get_doccount() == 0);  // Xapian opens the folder through its stub
  CHECK_THAT(ErrorOf([&] { CreateShardedIndex(dir, 2); }), Catch::Contains("is not empty"));
  CHECK_THAT(ErrorOf([&] { CreateShardedIndex(tmp / "one", 1); }), Catch::Contains("2 to 256"));
}

TEST_CASE("an interrupted creation (shards, no stub) can be created again", "[shards][layout]") {
  TempDir tmp;
  const std::string dir = tmp / "index";
  CreateShardedIndex(dir, 4);
  fs::remove(fs::path(dir) / "XAPIANDB");
  CHECK(PrepareShardLayout(dir, 2, true) == 2);
  CHECK(ShardPaths(dir).size() == 2);
  CHECK(!fs::exists(fs::path(dir) / "shard-03"));
}

TEST_CASE("the shard count of an index is fixed", "[shards][layout]") {
  TempDir tmp;
  const std::string sharded = tmp / "sharded";
  CHECK(PrepareShardLayout(sharded, 2, false) == 2);  // new: created
  CHECK(PrepareShardLayout(sharded, 4, false) == 2);  // --threads 4: keeps 2 shards
  CHECK(PrepareShardLayout(sharded, 2, true) == 2);
  CHECK_THAT(ErrorOf([&] { PrepareShardLayout(sharded, 3, true); }),
             Catch::Contains("has 2 shards and keeps them; --shards 3 needs a new index"));

  const std::string plain = tmp / "plain";
  Xapian::WritableDatabase(plain, Xapian::DB_CREATE_OR_OPEN).commit();
  CHECK(PrepareShardLayout(plain, 4, false) == 1);  // stays one database
  CHECK_THAT(ErrorOf([&] { PrepareShardLayout(plain, 4, true); }),
             Catch::Contains("is one database, not sharded"));
  CHECK(PrepareShardLayout(tmp / "new-plain", 1, false) == 1);
  CHECK(!fs::exists(tmp / "new-plain"));  // created later by the writer
}

TEST_CASE("a writer's stub lists only the index's own shard folders", "[shards][layout]") {
  TempDir tmp;
  const std::string dir = tmp / "index";
  CreateShardedIndex(dir, 2);
  WriteFile(fs::path(dir) / "XAPIANDB", "auto shard-00\nremote 10.0.0.7:9001\n");
  CHECK_THAT(ErrorOf([&] { ShardPaths(dir); }),
             Catch::Contains("is not one of the index's own shard folders"));
  WriteFile(fs::path(dir) / "XAPIANDB", "auto ../elsewhere/shard-01\n");
  CHECK_THAT(ErrorOf([&] { ShardPaths(dir); }), Catch::Contains("line 1"));
}
