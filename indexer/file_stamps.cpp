#include "indexer/file_stamps.h"

#include <concord/schema.h>
#include <sys/stat.h>

#include "common/fnv_hash.h"

namespace concord {

namespace {

// Metadata keys are limited in length, so the key is a hash of the path and
// the value repeats the path to rule out collisions.
std::string Key(const std::string& path) {
  return std::string(schema::kMetaFileStampPrefix) + FnvHash().Bytes(path).Hex();
}

}  // namespace

std::string FileStamp(const std::string& path) {
  struct stat st;
  if (stat(path.c_str(), &st) != 0) return "";
  long long mtime_ns = static_cast<long long>(st.st_mtim.tv_sec) * 1000000000LL + st.st_mtim.tv_nsec;
  return std::to_string(static_cast<long long>(st.st_size)) + ":" + std::to_string(mtime_ns);
}

std::string StoredFileStamp(const Xapian::Database& db, const std::string& path) {
  std::string value = db.get_metadata(Key(path));
  size_t tab = value.find('\t');
  if (tab == std::string::npos || value.compare(tab + 1, std::string::npos, path) != 0) return "";
  return value.substr(0, tab);
}

void StoreFileStamp(Xapian::WritableDatabase& db, const std::string& path, const std::string& stamp) {
  db.set_metadata(Key(path), stamp.empty() ? "" : stamp + "\t" + path);
}

}  // namespace concord
