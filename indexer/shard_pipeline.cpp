#include "indexer/shard_pipeline.h"

#include <concord/schema.h>

#include <algorithm>
#include <exception>
#include <latch>
#include <mutex>
#include <thread>

#include "common/error.h"
#include "indexer/shard_layout.h"
#include "indexer/shard_queue.h"

namespace concord {

namespace {

// Documents waiting per worker: enough to keep it busy while the reader
// parses the next file, few enough that memory stays flat on any corpus.
// (At each commit the threads wait for the slowest to empty its queue.)
constexpr size_t kQueueDocuments = 16;

}  // namespace

struct ShardPipeline::Item {
  enum class Kind { kDocument, kSync, kCommit, kStop };
  Kind kind = Kind::kDocument;
  Document doc;
  size_t shard = 0;
  std::shared_ptr<FileTicket> file;
  std::latch* done = nullptr;  // counted down by kSync and kCommit
};

struct ShardPipeline::Worker {
  BoundedQueue<Item> queue{kQueueDocuments};
  std::vector<size_t> shards;    // the shards this worker owns
  std::vector<Entity> entities;  // of documents analysed since the last TakeEntities()
  std::exception_ptr failure;    // the failure that stopped this worker, if any
  std::thread thread;
};

ShardPipeline::ShardPipeline(IndexWriter::Impl& writer, int threads, PipelineProblemSink problems)
    : writer_(writer), problems_(std::move(problems)) {
  const size_t shards = writer_.shards.size();
  for (const auto& shard : writer_.shards) {
    seen_.emplace_back(static_cast<size_t>(shard->db.get_lastdocid()) + 1, false);
  }
  if (threads <= 1 || shards <= 1) return;
  const size_t count = std::min(static_cast<size_t>(threads), shards);
  for (size_t w = 0; w < count; ++w) workers_.push_back(std::make_unique<Worker>());
  for (size_t s = 0; s < shards; ++s) workers_[s % count]->shards.push_back(s);
  for (auto& worker : workers_) {
    worker->thread = std::thread([this, w = worker.get()] { WorkerLoop(*w); });
  }
}

ShardPipeline::~ShardPipeline() {
  for (auto& worker : workers_) {
    Item stop;
    stop.kind = Item::Kind::kStop;
    worker->queue.Push(std::move(stop));
  }
  for (auto& worker : workers_) worker->thread.join();
}

void ShardPipeline::Store(Document& doc, size_t shard, FileTicket& file,
                          std::vector<Entity>* entities) {
  Xapian::docid docid = 0;
  PutResult result;
  try {
    result = writer_.shards[shard]->Put(doc, file.path, &docid);
  } catch (const Error& e) {
    // The index or the disk failed (or a bug): stop the run. Anything else is
    // this document's problem.
    if (e.code() == Status::Code::kIOError || e.code() == Status::Code::kInternal) throw;
    ++file.failures;
    problems_(file.path + " (" + doc.id + ")", e.what());
    return;
  }
  if (docid < seen_[shard].size()) seen_[shard][docid] = true;
  switch (result) {
    case PutResult::kAdded:
      ++added_;
      break;
    case PutResult::kReplaced:
      ++replaced_;
      break;
    case PutResult::kUnchanged:
      ++unchanged_;
      return;
  }
  entities->insert(entities->end(), doc.entities.begin(), doc.entities.end());
}

void ShardPipeline::WorkerLoop(Worker& worker) {
  for (;;) {
    Item item = worker.queue.Pop();
    if (item.kind == Item::Kind::kStop) return;
    // After a failure the worker keeps emptying its queue, so the reader never
    // blocks on it, but stores nothing more.
    if (!worker.failure) {
      try {
        if (item.kind == Item::Kind::kDocument) {
          Store(item.doc, item.shard, *item.file, &worker.entities);
        } else if (item.kind == Item::Kind::kCommit) {
          for (size_t s : worker.shards) {
            writer_.shards[s]->Commit(WriterShard::CommitKind::kIntermediate);
          }
        }
      } catch (...) {
        worker.failure = std::current_exception();
        failed_ = true;
      }
    }
    if (item.done) item.done->count_down();
  }
}

void ShardPipeline::Put(Document&& doc, const std::shared_ptr<FileTicket>& file) {
  const size_t shard = ShardOf(doc.id, writer_.shards.size());
  if (workers_.empty()) {
    Store(doc, shard, *file, &entities_);
    return;
  }
  if (failed_) Drain();  // throws the failure
  Item item;
  item.doc = std::move(doc);
  item.shard = shard;
  item.file = file;
  workers_[shard % workers_.size()]->queue.Push(std::move(item));
}

void ShardPipeline::Broadcast(bool commit) {
  std::latch done(static_cast<std::ptrdiff_t>(workers_.size()));
  for (auto& worker : workers_) {
    Item marker;
    marker.kind = commit ? Item::Kind::kCommit : Item::Kind::kSync;
    marker.done = &done;
    worker->queue.Push(std::move(marker));
  }
  done.wait();
  for (auto& worker : workers_) {
    if (worker->failure) std::rethrow_exception(worker->failure);
  }
}

void ShardPipeline::Drain() {
  if (!workers_.empty()) Broadcast(/*commit=*/false);
}

void ShardPipeline::CommitShards() {
  if (workers_.empty()) {
    for (auto& shard : writer_.shards) shard->Commit(WriterShard::CommitKind::kIntermediate);
    return;
  }
  Broadcast(/*commit=*/true);
}

bool ShardPipeline::Seen(size_t shard, Xapian::docid docid) const {
  return shard < seen_.size() && docid < seen_[shard].size() && seen_[shard][docid];
}

std::vector<Entity> ShardPipeline::TakeEntities() {
  std::vector<Entity> all = std::move(entities_);
  entities_.clear();
  for (auto& worker : workers_) {
    all.insert(all.end(), worker->entities.begin(), worker->entities.end());
    worker->entities.clear();
  }
  return all;
}

}  // namespace concord
