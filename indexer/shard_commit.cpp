#include "indexer/shard_commit.h"

#include <algorithm>

#include "indexer/file_stamps.h"
#include "searcher/entity_names.h"

namespace concord {

namespace {

// One entry per entity id (the last seen wins), so a commit writes each once.
std::vector<Entity> Distinct(std::vector<Entity> entities) {
  std::stable_sort(entities.begin(), entities.end(),
                   [](const Entity& a, const Entity& b) { return a.id < b.id; });
  std::vector<Entity> out;
  for (Entity& e : entities) {
    if (!out.empty() && out.back().id == e.id) {
      out.back() = std::move(e);
    } else {
      out.push_back(std::move(e));
    }
  }
  return out;
}

}  // namespace

void ShardCommitter::FileRead(std::shared_ptr<FileTicket> file, std::string stamp) {
  read_.push_back({std::move(file), std::move(stamp)});
}

void ShardCommitter::MaybeCommit() {
  const int every = writer_.options.commit_every;
  if (every > 0 && writer_.Pending() >= every) Commit();
}

void ShardCommitter::Commit() {
  Settle();
  RecordEntities();
  if (writer_.shards.size() == 1) {
    StoreStamps(&read_);
    writer_.primary().Commit(WriterShard::CommitKind::kIntermediate);
    return;
  }
  StoreStamps(&committed_);
  pipeline_.CommitShards();
  committed_ = std::move(read_);
  read_.clear();
}

void ShardCommitter::Settle() {
  pipeline_.Drain();
  for (const Stamp& s : read_) {
    if (s.file->failures > 0) failed_files_.insert(s.file->path);
  }
}

void ShardCommitter::StoreRemaining() {
  if (writer_.shards.size() > 1) Commit();
  Settle();
  RecordEntities();
  StoreStamps(&committed_);
  StoreStamps(&read_);
}

void ShardCommitter::RecordEntities() {
  RecordEntityNames(writer_.primary().db, Distinct(pipeline_.TakeEntities()));
}

void ShardCommitter::StoreStamps(std::vector<Stamp>* stamps) {
  for (const Stamp& s : *stamps) {
    StoreFileStamp(writer_.primary().db, s.file->path, s.file->failures == 0 ? s.stamp : "");
  }
  stamps->clear();
}

}  // namespace concord
