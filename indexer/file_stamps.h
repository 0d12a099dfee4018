// File stamps: what an incremental run remembers about each source file so an
// unchanged file is skipped without being read. Stored as Xapian user metadata
// in the same transaction as the file's documents, so a crash never leaves a
// stamp for documents that were not committed.
#pragma once

#include <xapian.h>

#include <string>

namespace concord {

// "size:mtime_ns" of the file, or "" when it cannot be stat'ed.
std::string FileStamp(const std::string& path);

// The stamp recorded for path in db, or "" when none.
std::string StoredFileStamp(const Xapian::Database& db, const std::string& path);

// Records stamp for path (empty stamp: forget the path).
void StoreFileStamp(Xapian::WritableDatabase& db, const std::string& path, const std::string& stamp);

}  // namespace concord
