// The inside of IndexWriter, shared with the indexing pipeline (index_run.cpp,
// shard_pipeline.cpp), which needs the raw databases for incremental scans,
// pruning and writing shards in parallel.
#pragma once

#include <concord/index_writer.h>
#include <xapian.h>

#include <atomic>
#include <memory>
#include <string>
#include <vector>

#include "searcher/index_aids.h"

namespace concord {

// One Xapian database that concord writes: the whole index, or one shard of
// a sharded index (shard_layout.h). Not thread-safe: the pipeline hands each
// shard to one thread at a time.
struct WriterShard {
  Xapian::WritableDatabase db;
  std::string path;
  size_t index = 0;             // position in the layout; 0 is the primary
  std::atomic<int> pending{0};  // changes since the last commit (read by other threads)
  SearchAids aids;              // of the changes not yet in the search aids

  // The docid holding this document id, or 0.
  Xapian::docid Find(const std::string& id);
  // Stores doc (replacing an older version, skipping an unchanged one). When
  // source_path is not empty it is recorded for pruning. Unless unchanged,
  // doc is completed in place as indexed (language, entities). *docid (if
  // given) receives the document's docid whatever the result.
  PutResult Put(Document& doc, const std::string& source_path, Xapian::docid* docid);
  // Deletes a stored document (its search aids too).
  void Delete(Xapian::docid docid);
  // Commits; the primary also records the time (schema::kMetaLastCommit).
  // A final commit (the end of a run, a write through the API) also writes
  // the search aids held back by intermediate ones (index_aids.h).
  enum class CommitKind { kIntermediate, kFinal };
  void Commit(CommitKind kind);
};

struct IndexWriter::Impl {
  WriterOptions options;
  std::string path;
  // One shard for a plain database; the layout's shards in order otherwise.
  std::vector<std::unique_ptr<WriterShard>> shards;

  bool extraction_recorded = false;

  // Holds the run metadata, the file stamps and every entity name.
  WriterShard& primary() { return *shards.front(); }
  // Before the first document is written: records in the primary which
  // entity extraction the entity terms come from (schema::kMetaExtraction).
  // An empty index takes this process's, an index holding documents from
  // another becomes mixed. Committed at once, so that no document of this
  // writer is committed under the old record. Single-threaded; runs once.
  void RecordExtraction();
  WriterShard& ShardFor(const std::string& id);
  int Pending() const;
  // Documents in every shard, as last read or written by this writer.
  uint64_t DocumentCount() const;
  // After a change through the single-threaded API: commits every shard when
  // options.commit_every changes are pending.
  void Changed();
  // Commits shards 1..N-1, then the primary, so that the primary's metadata
  // (file stamps, last run) never describes documents another shard has not
  // committed.
  void CommitAll(WriterShard::CommitKind kind);
};

}  // namespace concord
