#include "indexer/rebuild.h"

#include <fcntl.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <vector>

#include "common/error.h"
#include "indexer/shard_compact.h"
#include "indexer/shard_layout.h"

namespace concord {

namespace fs = std::filesystem;

namespace {

std::string Timestamp() {
  std::time_t t = std::time(nullptr);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y%m%dT%H%M%S", std::gmtime(&t));
  return buf;
}

fs::path WithoutTrailingSlash(fs::path p) {
  while (!p.empty() && p.filename().empty()) p = p.parent_path();  // "dir/" -> "dir"
  return p;
}

// The shard count of the rebuilt index: asked for, or the live index's, or
// one per thread.
int RebuiltShards(const IndexCommandOptions& o, const fs::path& live) {
  if (o.shards > 0) return o.shards;
  std::error_code ec;
  if (fs::exists(live, ec)) {
    const size_t live_shards = ShardPaths(live.string()).size();
    if (live_shards > 0) return static_cast<int>(live_shards);
  }
  return o.run.threads;
}

}  // namespace

void RemoveGenerationLeftovers(const std::string& live_path) {
  const fs::path live = WithoutTrailingSlash(live_path);
  std::error_code ec;
  fs::path current;
  if (fs::is_symlink(fs::symlink_status(live, ec))) current = fs::read_symlink(live, ec).filename();
  const std::string base = live.filename().string();
  std::vector<fs::path> leftovers;
  for (const auto& entry :
       fs::directory_iterator(live.parent_path().empty() ? "." : live.parent_path(), ec)) {
    const std::string name = entry.path().filename().string();
    const bool ours = name.rfind(base + ".gen-", 0) == 0 || name.rfind(base + ".old-", 0) == 0 ||
                      name.rfind(base + ".switch-", 0) == 0;
    if (ours && name != current.string()) leftovers.push_back(entry.path());
  }
  for (const fs::path& p : leftovers) fs::remove_all(p, ec);
}

std::string NewGenerationPath(const std::string& live) {
  const std::string base = WithoutTrailingSlash(live).string() + ".gen-" + Timestamp();
  std::string fresh = base;
  std::error_code ec;
  for (int n = 2; fs::exists(fs::symlink_status(fresh, ec)); ++n)
    fresh = base + "-" + std::to_string(n);
  return fresh;
}

std::string SwitchToGeneration(const std::string& live_path, const std::string& generation) {
  const fs::path live = WithoutTrailingSlash(live_path);
  std::error_code ec;
  const fs::file_status status = fs::symlink_status(live, ec);
  fs::path old;
  if (fs::is_symlink(status)) old = live.parent_path() / fs::read_symlink(live);
  const fs::path tmp = live.string() + ".switch-" + Timestamp();
  fs::remove(tmp, ec);
  fs::create_directory_symlink(fs::path(generation).filename(), tmp);
  if (fs::exists(status) && !fs::is_symlink(status)) {
    // A plain directory: exchange it with the symlink in one step; tmp then
    // names the old directory.
    old = live.string() + ".old-" + Timestamp();
    if (renameat2(AT_FDCWD, tmp.c_str(), AT_FDCWD, live.c_str(), RENAME_EXCHANGE) == 0) {
      fs::rename(tmp, old);
      return old.string();
    }
    // No exchange on this filesystem: move aside, then link (a moment without DIR).
    fs::rename(live, old);
  }
  fs::rename(tmp, live, ec);
  if (ec) {
    fs::remove(tmp);
    throw Error(Status::Code::kIOError,
                "cannot switch " + live.string() + " to " + generation + ": " + ec.message());
  }
  return old.string();
}

Status RebuildIndex(const IndexCommandOptions& o, IndexRunStats* stats, std::string* new_dir_out) {
  return Guard([&]() -> Status {
    const fs::path live = WithoutTrailingSlash(o.db);
    std::error_code ec;
    const bool exists = fs::exists(fs::symlink_status(live, ec));

    // Hold the live index's locks for the whole rebuild.
    std::unique_ptr<IndexWriter> live_lock;
    if (exists) {
      WriterOptions lock_options = o.writer;
      lock_options.create_if_missing = false;
      Status s = IndexWriter::Open(live.string(), lock_options, &live_lock);
      if (!s.ok()) return s;
    }
    RemoveGenerationLeftovers(live.string());

    std::string fresh = NewGenerationPath(live.string());
    Status s;
    try {
      const int shards = RebuiltShards(o, live);
      if (shards > 1) CreateShardedIndex(fresh, shards);
      {
        std::unique_ptr<IndexWriter> writer;
        s = IndexWriter::Open(fresh, o.writer, &writer);
        if (s.ok()) s = RunIndex(*writer, o.run, stats);
        if (s.ok() || s.code() == Status::Code::kPartial) {
          Status c = writer->Commit();
          if (!c.ok()) s = c;
        }
      }
      if ((s.ok() || s.code() == Status::Code::kPartial) && o.compact) {
        const std::string compacted = NewGenerationPath(live.string());
        CompactInto(fresh, compacted);
        fs::remove_all(fresh, ec);
        fresh = compacted;
      }
    } catch (...) {
      fs::remove_all(fresh, ec);
      throw;
    }
    *new_dir_out = fresh;
    if (!s.ok() && s.code() != Status::Code::kPartial) {
      fs::remove_all(fresh, ec);
      return s;  // the live index is untouched
    }
    const std::string old = SwitchToGeneration(live.string(), fresh);
    live_lock.reset();
    if (!old.empty()) fs::remove_all(old, ec);
    return s;
  });
}

}  // namespace concord
