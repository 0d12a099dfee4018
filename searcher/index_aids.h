// What the searcher needs the index writer to record beside each document:
// its words in the spelling table (spelling.h). IndexWriter calls these
// around every change, on the shard that holds the document.
//
// Entity display names are recorded separately, once per index, in the
// primary shard (RecordEntityNames, entity_names.h): Xapian reads metadata
// from the first database of a multi-shard index only.
#pragma once

#include <concord/document.h>
#include <xapian.h>

namespace concord {

// After building `added` from doc, before storing it.
void RecordSearchAids(Xapian::WritableDatabase& db, const Document& doc,
                      const Xapian::Document& added);

// Before replacing or deleting a stored document: takes its spelling words back.
void ForgetSearchAids(Xapian::WritableDatabase& db, const Xapian::Document& stored);

}  // namespace concord
