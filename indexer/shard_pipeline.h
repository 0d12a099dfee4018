// Analysis and writing in parallel. Each document goes to the worker thread
// that owns its shard (shard_layout.h, ShardOf) through a bounded queue; the
// worker analyses it (BuildXapianDocument, the expensive part) and stores it
// in the shard. Worker w owns the shards s with s % workers == w, so each
// Xapian database is only ever used by one thread. With no workers the
// caller's thread does the work at once, exactly like a single writer.
//
// Between Drain() and the next Put(), no worker touches a database: the
// caller may then read and write any shard (pruning, file stamps, commits).
#pragma once

#include <concord/document.h>
#include <xapian.h>

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "indexer/index_writer_impl.h"

namespace concord {

// The source file of documents, shared by them on their way through workers.
struct FileTicket {
  explicit FileTicket(std::string file_path) : path(std::move(file_path)) {}
  const std::string path;
  std::atomic<int> failures{0};  // documents or parts of the file that could not be indexed
};

// Told where and why a document could not be indexed (e.g. an id too long).
// Called from the worker threads: must be thread-safe.
using PipelineProblemSink =
    std::function<void(const std::string& where, const std::string& reason)>;

class ShardPipeline {
 public:
  // threads: how many workers to start (at most one per shard; 1 or less, or
  // an index of one shard: none).
  ShardPipeline(IndexWriter::Impl& writer, int threads, PipelineProblemSink problems);
  ~ShardPipeline();
  ShardPipeline(const ShardPipeline&) = delete;
  ShardPipeline& operator=(const ShardPipeline&) = delete;

  size_t workers() const { return workers_.size(); }

  // Stores doc from file in its shard, now (no workers) or soon (a worker).
  // Blocks while the worker's queue is full. A document the index refuses
  // (an Error other than kIOError or kInternal, e.g. an id too long) counts
  // as a failure of file and the run goes on; any other failure (Xapian's, a
  // full disk) stops the run: it is thrown here or by Drain().
  void Put(Document&& doc, const std::shared_ptr<FileTicket>& file);
  // Returns when every document handed over has been stored; throws the
  // first failure of a worker.
  void Drain();
  // Drains, then commits every shard, each worker its shards at the same time.
  void CommitShards();

  // After Drain(): whether this run stored (or found unchanged) the document
  // docid of shard, for docids that existed when the pipeline started.
  bool Seen(size_t shard, Xapian::docid docid) const;
  // After Drain(): entities of the documents analysed since the last call.
  std::vector<Entity> TakeEntities();

  // Documents by result so far (exact after Drain()).
  uint64_t added() const { return added_; }
  uint64_t replaced() const { return replaced_; }
  uint64_t unchanged() const { return unchanged_; }

 private:
  struct Item;
  struct Worker;
  // Stores one document; runs in the thread that owns its shard.
  void Store(Document& doc, size_t shard, FileTicket& file, std::vector<Entity>* entities);
  void WorkerLoop(Worker& worker);
  // Sends a sync or commit marker to every worker and waits for all of them.
  void Broadcast(bool commit);

  IndexWriter::Impl& writer_;
  PipelineProblemSink problems_;
  std::vector<std::unique_ptr<Worker>> workers_;
  std::vector<std::vector<bool>> seen_;  // per shard, by docid; written by its owner only
  std::vector<Entity> entities_;         // of documents stored without workers
  std::atomic<bool> failed_{false};
  std::atomic<uint64_t> added_{0}, replaced_{0}, unchanged_{0};
};

}  // namespace concord
