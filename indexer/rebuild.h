// A full rebuild without downtime: build a fresh index beside the live one,
// then switch the --db path to it atomically and remove the old one.
//
// Layout: after the first rebuild, DIR is a symlink to a sibling directory
// DIR.gen-<timestamp>; a switch is one rename(2) of a new symlink over DIR, so
// a reader opening DIR sees either the old index or the new one, never none.
// The first switch of a plain directory exchanges it with the symlink in one
// renameat2(RENAME_EXCHANGE) where the filesystem allows. Readers that hold
// the old index open keep reading it (its files stay until they close them)
// and move on when they reopen by path. The fresh index may be sharded
// (shard_layout.h) or compacted into one database (--compact).
#pragma once

#include <concord/status.h>

#include <string>

#include "indexer/index_commands.h"
#include "indexer/index_run.h"

namespace concord {

// Rebuilds options.db from options.run.paths with options.shards shards (0:
// as many as the live index has, or --threads for a new one), compacted into
// one database with options.compact. While it runs it holds the live index's
// write locks, so no other writer can change what is about to be replaced.
// On failure the live index is untouched and the new one removed.
Status RebuildIndex(const IndexCommandOptions& options, IndexRunStats* stats, std::string* new_dir);

// Removes what a rebuild or --compact killed midway left beside live: a
// generation live does not point at, a directory moved aside, a switch link.
// Call with live's write locks held, so no other rebuild is making them.
void RemoveGenerationLeftovers(const std::string& live);

// A sibling of live, "live.gen-<timestamp>[-n]", that does not exist yet.
std::string NewGenerationPath(const std::string& live);

// Points live at generation (a sibling directory) atomically. Returns what
// live was before (the old generation, or the old directory moved aside), ""
// when nothing was there; the caller removes it once its locks are released.
std::string SwitchToGeneration(const std::string& live, const std::string& generation);

}  // namespace concord
