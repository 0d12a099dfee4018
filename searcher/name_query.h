// Name-key expansion of query words (docs/names.md, step 7): a name-like run
// of words matches (exact words) OR (name-key phrase), the exact spelling
// weighted higher.
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

#include "indexer/gazetteer.h"
#include "searcher/highlight.h"
#include "searcher/text_query.h"

namespace concord {

// Weight factor of the name-key branch (OP_SCALE_WEIGHT): a document that
// writes the name as typed scores on both branches and ranks first.
inline constexpr double kNameKeyWeight = 0.5;

// A maximal stretch of name-like words of one script in a run
// ("Choi Ryong-hae" in "Choi Ryong-hae Moscow visit": all three capitalised
// words of Latin script form one stretch, so the key phrase spans them).
struct NameStretch {
  size_t first = 0;  // index of its first word in the run
  size_t count = 0;
  // Key-part sequences it is looked up as: its own key, then the keys of
  // the gazetteer entity it names, if any (so that Чхве Рён Хэ, which does
  // not fold through Latin, finds Choe Ryong Hae).
  std::vector<std::vector<std::string>> keys;
  // The gazetteer entity its own key names, if any.
  const GazetteerEntry* entity = nullptr;
};

// The name stretches of a run. A word is name-like when its first token is
// (analysis/name_terms.h: capitalised Latin or Cyrillic, or Hangul) and is
// not a stopword.
std::vector<NameStretch> NameStretches(const std::vector<QueryWord>& run,
                                       const std::vector<std::string>& langs);

// exact OR (the run with its name stretches as key phrases, scaled by
// kNameKeyWeight); exact itself when the run has no name stretch. Each key
// is added to highlight (when not null) so that snippets mark the variants.
//
// by_entity: the index's entity terms come from this process's extractor
// (IndexMatchesExtractor). A stretch that names a gazetteer entity then
// matches without positions: its key terms, all present, in a document that
// mentions the entity or one whose name holds it (GazetteerEntry::containers).
// A key phrase is weighed as the sum of its terms, so a document weighs the
// same either way; the phrase, checked in every candidate document, reads
// the position table, which was most of the time of a name query at 1M
// documents (bench/notes.md). The results differ only where extraction and
// the key phrase disagree (docs/names.md, "Matching names by entity").
Xapian::Query WithNameKeys(const Xapian::Query& exact, const std::vector<QueryWord>& run,
                           const std::vector<std::string>& langs, bool by_entity,
                           Highlighter* highlight);

// True when db records (schema::kMetaExtraction) that every document's entity
// terms come from DefaultEntityExtractor(). Metadata is read from the first shard.
bool IndexMatchesExtractor(const Xapian::Database& db);

}  // namespace concord
