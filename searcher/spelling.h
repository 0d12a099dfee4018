// Spelling suggestions from the index's own vocabulary, through Xapian's
// spelling table. The writer adds each document's words once (so a word's
// spelling frequency is the number of documents that use it) and removes a
// replaced or deleted document's words again.
//
// Which words: those of the body and title made only of letters, Latin or
// Cyrillic, 4 to 32 letters long. Shorter words have too many neighbours to
// correct usefully; numbers, codes and Hangul are left out (Hangul search
// does not go through single words).
#pragma once

#include <xapian.h>

#include <optional>
#include <set>
#include <string>
#include <unordered_map>

#include "searcher/query_parser.h"

namespace concord {

// The spelling words of an indexed document, from its term list.
std::set<std::string> SpellingWords(const Xapian::Document& doc);

// Spelling-table changes of the documents stored or removed since the last
// commit, summed per word. Written by ApplyTo just before the commit: one
// Xapian call per distinct word of the batch instead of one per word of every
// document (a third of the table's share of indexing time, and the same table
// in the end: +1 and -1 of a replaced document cancel either way).
class SpellingChanges {
 public:
  void Add(const Xapian::Document& doc);
  void Remove(const Xapian::Document& doc);
  // Writes the sums to db's spelling table and forgets them.
  void ApplyTo(Xapian::WritableDatabase& db);
  bool empty() const { return delta_.empty(); }
  // Distinct words held: memory grows with it (about 64 bytes a word).
  size_t size() const { return delta_.size(); }

 private:
  std::unordered_map<std::string, int> delta_;
};

// Makes db's spelling table exactly what the writer would have recorded for
// the documents it holds: each spelling word with the number of documents
// using it, which is the word's term frequency. O(vocabulary); used to repair
// a table whose deferred changes were lost (a run killed before its end).
void RebuildSpellingTable(Xapian::WritableDatabase& db);

// The query text with each searched word that has a more frequent spelling
// within two edits replaced by it ("Pyongyng" -> "Pyongyang"), keeping the
// reader's capitalisation; nullopt when no word changes. The caller decides
// whether the suggestion is worth showing (concord shows it when the query
// found few results and the suggestion finds more).
std::optional<std::string> SuggestSpelling(const Xapian::Database& db, const ParsedQuery& parsed);

}  // namespace concord
