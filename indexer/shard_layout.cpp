#include "indexer/shard_layout.h"

#include <concord/schema.h>
#include <xapian.h>

#include <cstdio>
#include <filesystem>

#include "common/error.h"
#include "common/fnv_hash.h"
#include "indexer/shard_stub.h"

namespace concord {

namespace fs = std::filesystem;

namespace {

constexpr const char* kStubComment =
    "concord sharded index: written by concord-index; the shard count is fixed (docs/scaling.md)";

bool IsShardFolderName(const std::string& name) {
  return name.size() == 8 && name.rfind("shard-", 0) == 0 &&
         name.find_first_not_of("0123456789", 6) == std::string::npos;
}

// True when dir holds nothing but shard folders with empty databases (or
// nothing at all): what an interrupted CreateShardedIndex leaves behind.
bool OnlyEmptyShards(const fs::path& dir) {
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    const std::string name = entry.path().filename().string();
    if (!IsShardFolderName(name) || !entry.is_directory(ec)) return false;
    if (fs::is_empty(entry.path(), ec)) continue;
    try {
      if (Xapian::Database(entry.path().string()).get_doccount() != 0) return false;
    } catch (const Xapian::Error&) {
      return false;
    }
  }
  return !ec;
}

void CreateEmptyShard(const std::string& path) {
  Xapian::WritableDatabase db(path, Xapian::DB_CREATE_OR_OPEN);
  db.set_metadata(std::string(schema::kMetaSchemaVersion), std::string(schema::kSchemaVersion));
  db.commit();
}

}  // namespace

size_t ShardOf(std::string_view id, size_t count) {
  return count <= 1 ? 0 : static_cast<size_t>(FnvHash().Bytes(id).value() % count);
}

std::string ShardName(size_t i) {
  char name[16];
  std::snprintf(name, sizeof name, "shard-%02zu", i);
  return name;
}

std::vector<std::string> ShardPaths(const std::string& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return {};
  const std::string stub = StubFileOf(dir);
  if (stub.empty()) return {};
  const fs::path folder = fs::absolute(dir).lexically_normal();
  std::vector<std::string> paths;
  for (const StubEntry& entry : ReadStub(stub)) {
    const fs::path p(entry.path);
    if (entry.kind != StubEntry::Kind::kLocal || p.parent_path() != folder ||
        !IsShardFolderName(p.filename().string())) {
      throw Error(Status::Code::kInvalidArgument,
                  stub + " line " + std::to_string(entry.line) + " ('" + entry.text +
                      "') is not one of the index's own shard folders: concord-index writes "
                      "only a folder of local shards; write remote shards where they live "
                      "and list them in a separate stub for searching (docs/scaling.md)");
    }
    paths.push_back(p.string());
  }
  if (paths.empty()) {
    throw Error(Status::Code::kCorruption, stub + " lists no shards; restore it (docs/scaling.md)");
  }
  return paths;
}

void CreateShardedIndex(const std::string& dir, int count) {
  if (count < 2 || count > kMaxShards) {
    throw Error(Status::Code::kInvalidArgument, "a sharded index has 2 to " +
                                                    std::to_string(kMaxShards) + " shards, not " +
                                                    std::to_string(count));
  }
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) throw Error(Status::Code::kIOError, "cannot create " + dir + ": " + ec.message());
  if (!StubFileOf(dir).empty() || !OnlyEmptyShards(dir)) {
    throw Error(Status::Code::kInvalidArgument,
                dir + " is not empty; a new sharded index needs an empty or new folder");
  }
  // Shards of an interrupted creation with a larger count go: they are empty.
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    const std::string name = entry.path().filename().string();
    if (std::stoi(name.substr(6)) >= count) fs::remove_all(entry.path(), ec);
  }
  std::vector<std::string> names;
  for (int i = 0; i < count; ++i) {
    names.push_back(ShardName(static_cast<size_t>(i)));
    CreateEmptyShard((fs::path(dir) / names.back()).string());
  }
  WriteLocalStub((fs::path(dir) / "XAPIANDB").string(), names, kStubComment);
}

int PrepareShardLayout(const std::string& dir, int shards, bool shards_explicit) {
  const std::vector<std::string> existing = ShardPaths(dir);
  if (!existing.empty()) {
    const int count = static_cast<int>(existing.size());
    if (shards_explicit && shards != count) {
      throw Error(Status::Code::kInvalidArgument,
                  dir + " has " + std::to_string(count) + " shards and keeps them; --shards " +
                      std::to_string(shards) + " needs a new index: concord-index --rebuild " +
                      "--shards " + std::to_string(shards) + " --db " + dir + " PATH...");
    }
    return count;
  }
  std::error_code ec;
  const bool fresh = !fs::exists(dir, ec) || (fs::is_directory(dir, ec) && OnlyEmptyShards(dir));
  if (fresh) {
    if (shards > 1) CreateShardedIndex(dir, shards);
    return shards > 1 ? shards : 1;
  }
  if (shards_explicit && shards > 1) {
    throw Error(Status::Code::kInvalidArgument,
                dir +
                    " is one database, not sharded; --shards sets the layout of a new index: "
                    "concord-index --rebuild --shards " +
                    std::to_string(shards) + " --db " + dir + " PATH...");
  }
  return 1;
}

}  // namespace concord
