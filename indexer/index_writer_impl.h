// The inside of IndexWriter, shared with the indexing pipeline (index_run.cpp)
// which needs the raw database for incremental scans and pruning.
#pragma once

#include <concord/index_writer.h>

#include <xapian.h>

#include <string>

namespace concord {

struct IndexWriter::Impl {
  Xapian::WritableDatabase db;
  WriterOptions options;
  std::string path;
  int pending = 0;  // changes since the last commit

  // The docid holding this document id, or 0.
  Xapian::docid Find(const std::string& id);
  // Stores doc (replacing an older version, skipping an unchanged one). When
  // source_path is not empty it is recorded for pruning. *docid (if given)
  // receives the document's docid whatever the result.
  PutResult Put(const Document& doc, const std::string& source_path, Xapian::docid* docid);
  // Counts a change and commits when options.commit_every is reached.
  void Changed();
  void CommitNow();
};

}  // namespace concord
