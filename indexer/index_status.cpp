#include "indexer/index_status.h"

#include <concord/schema.h>
#include <xapian.h>

#include <filesystem>

#include "common/error.h"
#include "indexer/entity_extractor.h"
#include "indexer/shard_open.h"
#include "indexer/shard_stub.h"

namespace concord {

namespace fs = std::filesystem;

namespace {

uint64_t FolderBytes(const fs::path& folder) {
  std::error_code ec;
  uint64_t size = 0;
  if (!fs::is_directory(folder, ec)) return 0;
  for (const auto& entry : fs::directory_iterator(folder, ec)) {
    if (entry.is_regular_file(ec)) size += entry.file_size(ec);
  }
  return size;
}

// One line of a stub: where it is, and its documents or why it cannot be read.
nlohmann::json ShardStatus(const StubEntry& entry, Xapian::Database* opened) {
  nlohmann::json shard = {{"entry", entry.text}};
  if (entry.kind == StubEntry::Kind::kLocal) shard["path"] = entry.path;
  try {
    *opened = OpenStubEntry(entry);
    shard["documents"] = opened->get_doccount();
    shard["revision"] = opened->get_revision();
    if (entry.kind == StubEntry::Kind::kLocal) shard["size_bytes"] = FolderBytes(entry.path);
  } catch (const Xapian::Error& e) {
    shard["error"] = e.get_msg();
  }
  return shard;
}

}  // namespace

Status IndexStatus(const std::string& path, nlohmann::json* out) {
  return Guard([&] {
    std::error_code ec;
    if (!fs::exists(path, ec)) return Status::NotFound("no index at " + path);
    fs::path resolved = fs::canonical(path, ec);
    const std::string stub = StubFileOf(path);
    Xapian::Database db;  // the database whose metadata describes the index
    uint64_t documents = 0;
    uint64_t size = 0;
    nlohmann::json shards = nlohmann::json::array();
    if (stub.empty()) {
      db = Xapian::Database(path);
      documents = db.get_doccount();
      size = FolderBytes(resolved);
    } else {
      // The metadata lives in the first shard listed: the primary.
      for (const StubEntry& entry : ReadStub(stub)) {
        Xapian::Database shard_db;
        shards.push_back(ShardStatus(entry, &shard_db));
        if (shards.size() == 1) db = shard_db;
        documents += shards.back().value("documents", uint64_t{0});
        size += shards.back().value("size_bytes", uint64_t{0});
      }
      if (shards.empty()) return Status::Corruption(stub + " lists no shards");
      if (shards.front().contains("error")) {
        return Status::IOError("the first shard of " + stub + " (" +
                               shards.front()["entry"].get<std::string>() +
                               ") cannot be read: " + shards.front()["error"].get<std::string>());
      }
    }
    auto meta = [&](std::string_view key) { return db.get_metadata(std::string(key)); };
    nlohmann::json summary = nullptr;
    if (std::string s = meta(schema::kMetaLastRunSummary); !s.empty()) {
      summary = nlohmann::json::parse(s, nullptr, /*allow_exceptions=*/false);
    }
    const std::string extraction = meta(schema::kMetaExtraction);
    *out = {{"path", path},
            {"resolved_path", resolved.string()},
            {"documents", documents},
            {"schema", meta(schema::kMetaSchemaVersion)},
            {"last_run", meta(schema::kMetaLastRun)},
            {"last_commit", meta(schema::kMetaLastCommit)},
            {"last_run_summary", summary},
            {"entity_extraction", extraction},
            {"entity_extraction_current", extraction == DefaultEntityExtractor().fingerprint()},
            {"size_bytes", size},
            {"revision", db.get_revision()}};
    if (!stub.empty()) (*out)["shards"] = shards;
    return Status::Ok();
  });
}

}  // namespace concord
