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

#include "searcher/query_parser.h"

namespace concord {

// The spelling words of an indexed document, from its term list.
std::set<std::string> SpellingWords(const Xapian::Document& doc);

void AddSpellings(Xapian::WritableDatabase& db, const Xapian::Document& doc);
void RemoveSpellings(Xapian::WritableDatabase& db, const Xapian::Document& doc);

// The query text with each searched word that has a more frequent spelling
// within two edits replaced by it ("Pyongyng" -> "Pyongyang"), keeping the
// reader's capitalisation; nullopt when no word changes. The caller decides
// whether the suggestion is worth showing (concord shows it when the query
// found few results and the suggestion finds more).
std::optional<std::string> SuggestSpelling(const Xapian::Database& db, const ParsedQuery& parsed);

}  // namespace concord
