// --compact: the shards of an index merged into one database with Xapian's
// compactor (what xapian-compact does), which also packs the B-trees full.
// A compact database is smaller and quicker to search than the same
// documents in shards; later runs update it as one database.
#pragma once

#include <concord/status.h>

#include <string>

namespace concord {

// Writes one compact database at target (which must not exist) holding
// every document, spelling entry and metadata key of the index at source: a
// sharded index or one database. Metadata keys found in several shards keep
// the primary's value (the first database), which is where run metadata and
// file stamps live. Throws on failure, leaving no target behind.
void CompactInto(const std::string& source, const std::string& target);

// Compacts the index at db into a new generation beside it and switches db
// to it atomically (rebuild.h). The caller holds the index's write locks and
// has committed. *old receives what db was before: remove it once the locks
// are released.
Status CompactIndex(const std::string& db, std::string* generation, std::string* old);

}  // namespace concord
