#include "indexer/index_status.h"

#include <concord/schema.h>
#include <xapian.h>

#include <filesystem>

#include "common/error.h"

namespace concord {

namespace fs = std::filesystem;

Status IndexStatus(const std::string& path, nlohmann::json* out) {
  return Guard([&] {
    std::error_code ec;
    if (!fs::exists(path, ec)) return Status::NotFound("no index at " + path);
    Xapian::Database db(path);
    fs::path resolved = fs::canonical(path, ec);
    uint64_t size = 0;
    if (fs::is_directory(resolved, ec)) {
      for (const auto& entry : fs::directory_iterator(resolved, ec)) {
        if (entry.is_regular_file(ec)) size += entry.file_size(ec);
      }
    }
    auto meta = [&](std::string_view key) { return db.get_metadata(std::string(key)); };
    nlohmann::json summary = nullptr;
    if (std::string s = meta(schema::kMetaLastRunSummary); !s.empty()) {
      summary = nlohmann::json::parse(s, nullptr, /*allow_exceptions=*/false);
    }
    *out = {{"path", path},
            {"resolved_path", resolved.string()},
            {"documents", db.get_doccount()},
            {"schema", meta(schema::kMetaSchemaVersion)},
            {"last_run", meta(schema::kMetaLastRun)},
            {"last_commit", meta(schema::kMetaLastCommit)},
            {"last_run_summary", summary},
            {"size_bytes", size},
            {"revision", db.get_revision()}};
    return Status::Ok();
  });
}

}  // namespace concord
