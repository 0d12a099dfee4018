// The commits of an indexing run, coordinated across shards so that a crash
// never leaves a file stamp (what lets the next run skip an unchanged file)
// for documents that were not committed:
//
//   one database   a file's documents and its stamp commit together;
//   several shards every shard commits at once, each in its worker thread,
//                  and the primary's commit carries only the stamps of files
//                  whose documents the previous commit stored in every shard.
//
// Entity names of the analysed documents are recorded in the primary, where
// searches read them.
#pragma once

#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

#include "indexer/index_writer_impl.h"
#include "indexer/shard_pipeline.h"

namespace concord {

class ShardCommitter {
 public:
  ShardCommitter(IndexWriter::Impl& writer, ShardPipeline& pipeline)
      : writer_(writer), pipeline_(pipeline) {}

  // file has been read to its end; stamp is its FileStamp from before.
  // Its stamp is stored once its documents are committed; a file with
  // failures gets no stamp, so the next run reads it again.
  void FileRead(std::shared_ptr<FileTicket> file, std::string stamp);

  // Commits when writer.options.commit_every changes are pending.
  void MaybeCommit();
  void Commit();

  // Waits until the workers have stored every document handed over; the
  // files with failed documents are then in failed_files().
  void Settle();
  const std::unordered_set<std::string>& failed_files() const { return failed_files_; }

  // The end of the run: commits every shard's documents, then writes every
  // remaining stamp into the primary, which the caller commits.
  void StoreRemaining();

 private:
  struct Stamp {
    std::shared_ptr<FileTicket> file;
    std::string stamp;
  };
  void RecordEntities();
  void StoreStamps(std::vector<Stamp>* stamps);

  IndexWriter::Impl& writer_;
  ShardPipeline& pipeline_;
  std::vector<Stamp> read_;       // files read since the last commit
  std::vector<Stamp> committed_;  // files whose documents every shard has committed
  std::unordered_set<std::string> failed_files_;
};

}  // namespace concord
