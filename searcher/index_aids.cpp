#include "searcher/index_aids.h"

#include <concord/schema.h>

#include <string>

namespace concord {

namespace {

const std::string kBehindKey(schema::kMetaSearchAidsBehind);

}  // namespace

void SearchAids::Repair(Xapian::WritableDatabase& db) {
  behind_ = !db.get_metadata(kBehindKey).empty();
  if (!behind_) return;
  RebuildSpellingTable(db);
  db.set_metadata(kBehindKey, "");
  db.commit();
  behind_ = false;
}

void SearchAids::Record(const Document&, const Xapian::Document& added) { spelling_.Add(added); }

void SearchAids::Forget(const Xapian::Document& stored) { spelling_.Remove(stored); }

void SearchAids::BeforeCommit(Xapian::WritableDatabase& db, bool final) {
  if (final || spelling_.size() > kMaxHeldWords) spelling_.ApplyTo(db);
  const bool behind = !spelling_.empty();
  if (behind != behind_) {
    db.set_metadata(kBehindKey, behind ? "1" : "");
    behind_ = behind;
  }
}

}  // namespace concord
