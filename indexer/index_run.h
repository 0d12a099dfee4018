// One indexing run: walk the given paths, read every file with the reader
// that fits, and put the documents into the index.
#pragma once

#include <concord/index_writer.h>

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace concord {

struct IndexRunOptions {
  std::vector<std::string> paths;          // files or folders
  bool prune = false;                      // delete documents of these roots that are gone
  bool quiet = false;                      // no progress lines on stderr
  uint64_t max_file_bytes = 256ull << 20;  // larger files are skipped with an error
  // Documents whose title and body are larger are skipped with an error: a
  // real article is far smaller, and one of 21 MB gave 1,220 entities (most
  // of them false) and took over half a second per snippet.
  uint64_t max_document_bytes = 16ull << 20;
  bool include_unpublished = false;        // WXR: drafts, private, scheduled, trashed too
  bool force = false;                      // re-read files even when their size and mtime match
  // Threads that analyse and store documents, each owning some shards of a
  // sharded index (shard_pipeline.h). 1, or an index of one database: the
  // reading thread does everything.
  int threads = 1;
};

struct IndexRunStats {
  uint64_t files = 0;
  uint64_t bytes = 0;
  uint64_t added = 0;
  uint64_t replaced = 0;
  uint64_t unchanged = 0;        // documents found unchanged (read, or in skipped files)
  uint64_t files_unchanged = 0;  // files skipped by size + mtime, not read
  uint64_t deleted = 0;
  uint64_t failed = 0;   // documents or files that could not be indexed
  uint64_t skipped = 0;  // documents left out on purpose (e.g. WXR drafts)
  double seconds = 0;
  std::vector<std::string> problems;  // "where: reason", one per failure
};

// Runs the whole pipeline. Problems with single files or documents are
// recorded in stats and the run goes on; the return is kPartial when any
// occurred, another error when the run itself could not proceed.
//
// Commits (every writer.options.commit_every changes, and at the end) store
// a file's stamp (in the primary shard) only with or after its documents in
// every shard, so a crash never leaves a stamp for documents that were not
// committed: the next run reads such a file again.
Status RunIndex(IndexWriter& writer, const IndexRunOptions& options, IndexRunStats* stats);

}  // namespace concord
