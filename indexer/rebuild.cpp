#include "indexer/rebuild.h"

#include <cstdio>
#include <ctime>
#include <filesystem>

#include "common/error.h"

namespace concord {

namespace fs = std::filesystem;

namespace {

std::string Timestamp() {
  std::time_t t = std::time(nullptr);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y%m%dT%H%M%S", std::gmtime(&t));
  return buf;
}

// Points link at target (a sibling name) atomically: a new symlink renamed over it.
void SwitchLink(const fs::path& link, const fs::path& target) {
  fs::path tmp = link.string() + ".switch-" + Timestamp();
  fs::create_directory_symlink(target.filename(), tmp);
  std::error_code ec;
  fs::rename(tmp, link, ec);
  if (ec) {
    fs::remove(tmp);
    throw Error(Status::Code::kIOError, "cannot switch " + link.string() + " to " + target.string() + ": " + ec.message());
  }
}

}  // namespace

Status RebuildIndex(const IndexCommandOptions& o, IndexRunStats* stats, std::string* new_dir_out) {
  return Guard([&]() -> Status {
    fs::path live(o.db);
    while (!live.empty() && live.filename().empty()) live = live.parent_path();  // "dir/" -> "dir"
    std::error_code ec;
    const bool exists = fs::exists(fs::symlink_status(live, ec));
    const bool is_link = fs::is_symlink(fs::symlink_status(live, ec));

    // Hold the live index's lock for the whole rebuild (created if missing).
    std::unique_ptr<IndexWriter> live_lock;
    if (exists) {
      WriterOptions lock_options = o.writer;
      lock_options.create_if_missing = false;
      Status s = IndexWriter::Open(live.string(), lock_options, &live_lock);
      if (!s.ok()) return s;
    }

    fs::path fresh = live.string() + ".gen-" + Timestamp();
    for (int n = 2; fs::exists(fresh, ec); ++n) fresh = live.string() + ".gen-" + Timestamp() + "-" + std::to_string(n);
    *new_dir_out = fresh.string();
    Status s;
    {
      std::unique_ptr<IndexWriter> writer;
      s = IndexWriter::Open(fresh.string(), o.writer, &writer);
      if (s.ok()) s = RunIndex(*writer, o.run, stats);
      if (s.ok() || s.code() == Status::Code::kPartial) {
        Status c = writer->Commit();
        if (!c.ok()) s = c;
      }
    }
    if (!s.ok() && s.code() != Status::Code::kPartial) {
      fs::remove_all(fresh, ec);
      return s;  // the live index is untouched
    }

    fs::path old_target;
    if (is_link) {
      old_target = live.parent_path() / fs::read_symlink(live);
    } else if (exists) {
      // First rebuild of a plain directory: move it aside, then link.
      old_target = live.string() + ".old-" + Timestamp();
      live_lock.reset();
      fs::rename(live, old_target);
    }
    SwitchLink(live, fresh);
    live_lock.reset();
    if (!old_target.empty()) fs::remove_all(old_target, ec);
    return s;
  });
}

}  // namespace concord
