#include "searcher/index_aids.h"

#include "searcher/spelling.h"

namespace concord {

void RecordSearchAids(Xapian::WritableDatabase& db, const Document&,
                      const Xapian::Document& added) {
  AddSpellings(db, added);
}

void ForgetSearchAids(Xapian::WritableDatabase& db, const Xapian::Document& stored) {
  RemoveSpellings(db, stored);
}

}  // namespace concord
