#include "indexer/shard_open.h"

#include <sys/stat.h>

#include <filesystem>

#include "common/error.h"

namespace concord {

namespace fs = std::filesystem;

namespace {

// How long a search waits for a remote shard to connect and to answer.
constexpr unsigned kRemoteTimeoutMs = 10000;
// A shard left out is tried again after this long (on the next search).
constexpr auto kRetryLeftOut = std::chrono::seconds(30);

std::string Why(const StubEntry& entry, const Xapian::Error& e) {
  const std::string msg =
      e.get_msg() + (e.get_error_string() ? std::string(" (") + e.get_error_string() + ")" : "");
  if (entry.kind == StubEntry::Kind::kLocal) {
    return "cannot be opened: " + msg + "; check that " + entry.path +
           " exists and holds a concord index, or fix the stub";
  }
  return "did not answer: " + msg + "; start its xapian-tcpsrv (docs/scaling.md) or fix the stub";
}

}  // namespace

Xapian::Database OpenStubEntry(const StubEntry& entry) {
  switch (entry.kind) {
    case StubEntry::Kind::kRemoteTcp:
      return Xapian::Remote::open(entry.host, entry.port, kRemoteTimeoutMs, kRemoteTimeoutMs);
    case StubEntry::Kind::kRemoteProgram:
      return Xapian::Remote::open(entry.program, entry.args, kRemoteTimeoutMs);
    case StubEntry::Kind::kLocal:
      break;
  }
  return Xapian::Database(entry.path);
}

SearchShards::SearchShards(std::string path) : path_(std::move(path)) { OpenAll(); }

void SearchShards::OpenAll() {
  opened_at_ = std::chrono::steady_clock::now();
  std::error_code ec;
  resolved_ = fs::canonical(path_, ec).string();
  const std::string stub = StubFileOf(path_);
  if (stub.empty()) {
    db_ = Xapian::Database(path_);
    stub_.clear();
    remote_.assign(db_.size(), false);
    missing_.clear();
    shard_count_ = db_.size();
    return;
  }
  struct stat st;
  if (stat(stub.c_str(), &st) == 0) {
    stub_inode_ = st.st_ino;
    stub_mtime_ = st.st_mtime;
  }
  const std::vector<StubEntry> entries = ReadStub(stub);
  if (entries.empty()) {
    throw Error(Status::Code::kNotFound,
                stub +
                    " lists no shards; add 'auto PATH' or 'remote HOST:PORT' lines "
                    "(docs/scaling.md)");
  }
  Xapian::Database all;
  std::vector<bool> remote;
  std::vector<Missing> missing;
  for (size_t i = 0; i < entries.size(); ++i) {
    try {
      const Xapian::Database shard = OpenStubEntry(entries[i]);
      all.add_database(shard);
      remote.insert(remote.end(), shard.size(), entries[i].kind != StubEntry::Kind::kLocal);
    } catch (const Xapian::Error& e) {
      missing.push_back(
          {DescribeEntry(stub, entries[i], i, entries.size()) + " " + Why(entries[i], e),
           entries[i].kind != StubEntry::Kind::kLocal});
    }
  }
  if (missing.size() == entries.size()) {
    std::string message = "no shard of " + stub + " can be searched:";
    for (const Missing& m : missing) message += "\n  " + m.message;
    throw Error(missing.front().remote ? Status::Code::kIOError : Status::Code::kNotFound, message);
  }
  db_ = all;
  stub_ = stub;
  remote_ = std::move(remote);
  missing_ = std::move(missing);
  shard_count_ = entries.size();
}

bool SearchShards::LayoutChanged() const {
  // A rebuild or --compact switched the path to another generation, or the stub was edited.
  std::error_code ec;
  const std::string resolved = fs::canonical(path_, ec).string();
  if (ec) return false;  // a switch in progress: keep what we have
  if (resolved != resolved_ || StubFileOf(path_) != stub_) return true;
  if (stub_.empty()) return false;
  struct stat st;
  if (stat(stub_.c_str(), &st) != 0) return false;
  return st.st_ino != stub_inode_ || st.st_mtime != stub_mtime_;
}

void SearchShards::Reopen() {
  if (LayoutChanged() ||
      (!missing_.empty() && std::chrono::steady_clock::now() - opened_at_ >= kRetryLeftOut)) {
    return OpenAll();
  }
  try {
    db_.reopen();
  } catch (const Xapian::NetworkError&) {
    if (stub_.empty()) throw;
    OpenAll();
  }
}

bool SearchShards::Recover() {
  if (stub_.empty()) return false;
  OpenAll();
  return true;
}

void SearchShards::Check(bool allow_partial, std::vector<std::string>* warnings) const {
  if (missing_.empty()) return;
  const std::string answering =
      std::to_string(shard_count_ - missing_.size()) + " of " + std::to_string(shard_count_);
  if (!allow_partial) {
    std::string message = missing_.front().message;
    if (missing_.size() > 1) {
      message += " (and " + std::to_string(missing_.size() - 1) + " more shards)";
    }
    message += "; or pass --allow-partial to search the " + answering + " shards that answer";
    throw Error(missing_.front().remote ? Status::Code::kIOError : Status::Code::kNotFound,
                message);
  }
  for (const Missing& m : missing_) {
    warnings->push_back("left out " + m.message + "; results come from the " + answering +
                        " shards that answered");
  }
}

}  // namespace concord
