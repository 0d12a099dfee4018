// The on-disk layout of a sharded concord index:
//
//   DIR/XAPIANDB    Xapian stub listing the shards in order ("auto shard-00", ...)
//   DIR/shard-00    the primary shard: documents, plus the run metadata and
//                   file stamps (schema.h kMeta*) and every entity name
//   DIR/shard-01 ... more documents
//
// Xapian opens DIR as one database through the stub, and metadata reads go
// to the first database listed, the primary. A document lives in shard
// ShardOf(id, count); the count is fixed when the index is created (a
// different count means a rebuild), so every run finds a document where an
// earlier run put it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace concord {

inline constexpr int kMaxShards = 256;

// The shard of a document: 64-bit FNV-1a of the id's bytes, modulo count.
// Part of the index format: changing it strands every document of every
// sharded index in the wrong shard.
size_t ShardOf(std::string_view id, size_t count);

// "shard-00", "shard-01", ...: the folder name of shard i inside DIR.
std::string ShardName(size_t i);

// The shard folders (absolute) of the sharded index at dir, in order; empty
// when dir is not a sharded index (a plain database, or nothing yet). Throws
// Error(kInvalidArgument) when dir's stub lists anything but its own local
// shards (remote shards are written where they live, not through a stub).
std::vector<std::string> ShardPaths(const std::string& dir);

// Makes dir an empty sharded index of count shards (2..kMaxShards): each
// shard an empty concord database, then the stub, written last so that an
// interrupted creation leaves no stub naming missing shards. dir must be
// missing, empty, or hold only shard folders left by an interrupted creation.
void CreateShardedIndex(const std::string& dir, int count);

// What a run with `shards` wanted (0: no preference) can do with the index at
// dir. Creates the layout for a new index when more than one shard is
// wanted; otherwise keeps the index as it is. Returns the index's shard count
// (1 for a plain database). Throws Error(kInvalidArgument) when shards was
// asked for explicitly and the existing index has another count.
int PrepareShardLayout(const std::string& dir, int shards, bool shards_explicit);

}  // namespace concord
