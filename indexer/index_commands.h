// The commands of concord-index, callable from its main and from tests.
#pragma once

#include <concord/index_writer.h>

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

#include "indexer/index_run.h"

namespace concord {

struct IndexCommandOptions {
  std::string db;
  WriterOptions writer;
  IndexRunOptions run;
  uint64_t max_file_mb = 256;
  uint64_t max_doc_mb = 16;
  bool rebuild = false;  // build a fresh index beside the live one and switch (rebuild.h)
  // Shards of a new (or rebuilt) index; 0: as many as run.threads for a new
  // index, as the live index has for a rebuild. An existing index keeps its
  // count (shard_layout.h).
  int shards = 0;
  bool compact = false;  // merge the shards into one compact database after the run
};

// `concord-index --db DIR PATH...`: returns the process exit code; progress,
// problems and the summary line go to stderr.
int RunIndexCommand(IndexCommandOptions options);

// `concord-index status --db DIR [--json]`: documents, last run, last commit, size.
int RunStatus(const std::string& db, bool json, std::ostream& out);

// `concord-index inspect FILE...`: one JSON object per document to out, exactly
// as it would be indexed (after language detection and entity extraction).
int RunInspect(const std::vector<std::string>& files, std::ostream& out);

}  // namespace concord
