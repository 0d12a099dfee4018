// What the searcher needs the index writer to record beside each document:
// its words in the spelling table (spelling.h). Each shard of the writer
// keeps one SearchAids and tells it about every change; the shard writes
// what was gathered when it commits (WriterShard::Commit).
//
// A bulk run defers the writing to its last commit: Xapian rewrites and
// recompresses a spelling-table entry every time a commit touches it, and
// with a commit every 1000 documents that was a fifth of the indexing time.
// While words are held back, the database's metadata says so
// (schema::kMetaSearchAidsBehind, committed with the documents); if the run
// dies before its end, the next writer rebuilds the table from the index
// (Repair), so nothing is lost to a crash.
//
// Entity display names are recorded separately, once per index, in the
// primary shard (RecordEntityNames, entity_names.h): Xapian reads metadata
// from the first database of a multi-shard index only.
#pragma once

#include <concord/document.h>
#include <xapian.h>

#include "searcher/spelling.h"

namespace concord {

class SearchAids {
 public:
  // Reads whether db's table is behind its documents (a run died) and, if
  // so, rebuilds it and commits. Call once, on opening db for writing.
  void Repair(Xapian::WritableDatabase& db);
  // After building `added` from doc, before storing it.
  void Record(const Document& doc, const Xapian::Document& added);
  // Before replacing or deleting a stored document: takes its words back.
  void Forget(const Xapian::Document& stored);
  // Before db.commit(): writes what was recorded when `final` (or when too
  // much is held), and records in db whether anything is still held back.
  void BeforeCommit(Xapian::WritableDatabase& db, bool final);
  // True while changes are recorded but not written.
  bool held() const { return !spelling_.empty(); }

 private:
  // Distinct words held back at most (about 16 MB) before they are written anyway.
  static constexpr size_t kMaxHeldWords = 1u << 18;

  SpellingChanges spelling_;
  bool behind_ = false;  // what db's metadata says
};

}  // namespace concord
