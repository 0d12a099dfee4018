// Writing an index: add, replace and delete documents, commit.
#pragma once

#include <concord/document.h>
#include <concord/status.h>

#include <memory>
#include <string>

namespace concord {

struct WriterOptions {
  // Create the index directory when it does not exist.
  bool create_if_missing = true;
  // Commit automatically after this many changed documents (0: only on Commit()).
  int commit_every = 1000;
  // Seconds to wait for another writer's lock before failing (0: fail at once).
  int wait_lock_seconds = 0;
};

// What Put() did with a document.
enum class PutResult { kAdded, kReplaced, kUnchanged };

// The single writer of an index. Holds Xapian's write lock while open; the
// destructor commits pending changes (call Commit() to see its Status).
class IndexWriter {
 public:
  static Status Open(const std::string& path, const WriterOptions& options,
                     std::unique_ptr<IndexWriter>* out);
  ~IndexWriter();
  IndexWriter(const IndexWriter&) = delete;
  IndexWriter& operator=(const IndexWriter&) = delete;

  // Analyses and stores the document under its id, replacing an older version.
  // A document whose content hash equals the stored one is left alone.
  Status Put(const Document& document, PutResult* result = nullptr);
  // Deletes the document with this id; kNotFound when there is none.
  Status Delete(const std::string& id);
  Status Commit();
  uint64_t DocumentCount();

  // Internal access for the indexer pipeline (incremental scans, pruning).
  struct Impl;
  Impl* impl() { return impl_.get(); }

 private:
  explicit IndexWriter(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace concord
