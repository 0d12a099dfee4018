// The one place where the free text of a query (words, phrases, wildcards)
// becomes Xapian queries, through the analyzer that also indexes
// (analysis/analyzer.h).
//
// Name-key expansion (docs/names.md) plugs in here and nowhere else: a run of
// words or a phrase that looks like a name becomes
// (exact words) OR (name-key phrase), with the exact spelling weighted higher.
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>
#include <vector>

#include "analysis/tokenizer.h"

namespace concord {

// One space-separated word of a query as typed, with its analysed tokens.
// "Ryong-hae" is one QueryWord of two tokens.
struct QueryWord {
  std::string text;           // as typed
  size_t offset = 0;          // byte offset in the query
  std::vector<Token> tokens;  // Tokenize(text): offsets relative to text
};

// Languages whose stems a query word is matched by: English always, plus the
// language detected in the query text when concord stems it (the analyzer
// adds Russian for Cyrillic words itself).
std::vector<std::string> QueryLanguages(std::string_view query_text);

// A run of adjacent words with no operator between them (the parser passes
// "Choi Ryong-hae Moscow" as one run), matched as the analyzer's TextQuery
// matches typed text: every word required (exact form, second spelling or
// stem), a hyphenated compound as a phrase or joined, stopwords optional and
// light when there are other words. Empty Query when the run has no words.
Xapian::Query WordRunQuery(const std::vector<QueryWord>& run, std::string_view prefix,
                           const std::vector<std::string>& langs);

// "quoted words": the exact forms in order, adjacent.
Xapian::Query PhraseTextQuery(std::string_view phrase, std::string_view prefix);

// Most terms a trailing-* wildcard expands to; the most frequent are kept.
inline constexpr Xapian::termcount kMaxWildcardTerms = 100;

// presid* -> the terms under prefix that start with the matching form of
// "presid" (at most kMaxWildcardTerms). Throws Error(kInvalidArgument) when
// the stem has fewer than two letters.
Xapian::Query WildcardQuery(std::string_view stem, std::string_view prefix);

// The matching form of a wildcard's stem, as WildcardQuery uses it.
std::string WildcardStem(std::string_view stem);

// True when snippets should mark the run's word at index: not a stopword of
// a run that has other words (those are optional, and marking every "the"
// helps nobody).
bool MarksWord(const std::vector<QueryWord>& run, size_t index,
               const std::vector<std::string>& langs);

}  // namespace concord
