// Opening an index for searching, shard by shard. A database folder opens as
// itself. A stub (a sharded index's DIR/XAPIANDB, or a stub file listing
// local and remote shards, shard_stub.h) is opened one entry at a time, so a
// failure names the shard that failed, and a search may go on without it
// when the reader allows it (SearchRequest::allow_partial).
//
// Xapian merges the shards: term statistics are global (BM25 weighs a match
// the same as in one database holding every document), metadata comes from
// the first shard listed (list the primary shard first), and xapian-tcpsrv
// runs only Xapian's own match spies (searcher/facet_spy.h is built on one).
#pragma once

#include <sys/types.h>
#include <xapian.h>

#include <chrono>
#include <string>
#include <vector>

#include "indexer/shard_stub.h"

namespace concord {

// One database of a stub, opened on its own. Throws Xapian's errors.
Xapian::Database OpenStubEntry(const StubEntry& entry);

class SearchShards {
 public:
  // Opens path. A plain database that cannot be opened throws Xapian's
  // error; a stub throws Error naming every shard when none of them opens.
  // Shards that fail while others open are left out (see Check()).
  explicit SearchShards(std::string path);

  // The database to search: every shard that answered.
  Xapian::Database& db() { return db_; }
  // For each subdatabase of db() (Database::size()), whether it is remote.
  const std::vector<bool>& remote() const { return remote_; }

  // Moves to the latest committed state. Opens everything again when the
  // path now leads elsewhere (a rebuild or --compact switched it) or the stub
  // changed, and, at most every 30 seconds, when shards are left out; a
  // shard that stopped answering is left out.
  void Reopen();
  // After a search failed with Xapian::NetworkError: opens the stub again,
  // leaving out the shards that fail. False for a plain database (nothing
  // to leave out).
  bool Recover();

  // When shards are left out: throws Error naming them and what to do,
  // unless allow_partial, which appends one warning per shard instead.
  void Check(bool allow_partial, std::vector<std::string>* warnings) const;

 private:
  struct Missing {
    std::string message;
    bool remote = false;
  };
  void OpenAll();
  bool LayoutChanged() const;

  std::string path_;
  std::string resolved_;  // path_ with symlinks resolved, when opened
  std::string stub_;      // "" for a plain database
  Xapian::Database db_;
  std::vector<bool> remote_;
  std::vector<Missing> missing_;
  size_t shard_count_ = 0;
  ino_t stub_inode_ = 0;
  time_t stub_mtime_ = 0;
  std::chrono::steady_clock::time_point opened_at_;
};

}  // namespace concord
