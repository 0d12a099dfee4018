// A full rebuild without downtime: build a fresh index beside the live one,
// then switch the --db path to it atomically and remove the old one.
//
// Layout: after the first rebuild, DIR is a symlink to a sibling directory
// DIR.gen-<timestamp>; a switch is one rename(2) of a new symlink over DIR, so
// a reader opening DIR sees either the old index or the new one, never none.
// Readers that hold the old index open keep reading it (its files stay until
// they close them) and move on when they reopen by path.
#pragma once

#include <concord/status.h>

#include <string>

#include "indexer/index_run.h"
#include "indexer/index_commands.h"

namespace concord {

// Rebuilds options.db from options.run.paths. While it runs it holds the live
// index's write lock, so no other writer can change what is about to be
// replaced. On failure the live index is untouched and the new one removed.
Status RebuildIndex(const IndexCommandOptions& options, IndexRunStats* stats, std::string* new_dir);

}  // namespace concord
