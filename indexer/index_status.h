// `concord-index status`: what an index holds and when it last changed.
#pragma once

#include <concord/status.h>

#include <nlohmann/json.hpp>
#include <string>

namespace concord {

// {"path", "resolved_path", "documents", "schema", "last_run", "last_commit",
//  "last_run_summary": {...}, "size_bytes", "revision"}, and for a sharded
// index or a stub "shards": [{"entry", "path", "documents", "revision",
// "size_bytes"} or {"entry", "error"}] in stub order; documents and size are
// their sums, the rest comes from the first shard (the primary). kNotFound
// when there is no index at path.
Status IndexStatus(const std::string& path, nlohmann::json* out);

}  // namespace concord
