#include "indexer/shard_compact.h"

#include <xapian.h>

#include <filesystem>

#include "common/error.h"
#include "indexer/rebuild.h"
#include "indexer/shard_layout.h"

namespace concord {

namespace fs = std::filesystem;

void CompactInto(const std::string& source, const std::string& target) {
  std::vector<std::string> parts = ShardPaths(source);
  if (parts.empty()) parts.push_back(source);
  Xapian::Database all;
  for (const std::string& part : parts) all.add_database(Xapian::Database(part));
  try {
    all.compact(target, Xapian::DBCOMPACT_MULTIPASS);
  } catch (...) {
    std::error_code ec;
    fs::remove_all(target, ec);
    throw;
  }
}

Status CompactIndex(const std::string& db, std::string* generation, std::string* old) {
  return Guard([&] {
    RemoveGenerationLeftovers(db);
    *generation = NewGenerationPath(db);
    CompactInto(db, *generation);
    *old = SwitchToGeneration(db, *generation);
    return Status::Ok();
  });
}

}  // namespace concord
