// The one analyzer: the same code turns document text into index terms and
// query text into Xapian queries, so that whatever is indexed can be found.
//
// Terms of a field with prefix P (schema.h):
//   P<word>        the matching form of each word, with positions (phrases)
//   ZP<stem>       the Snowball stem for the text's language, no positions
// Later stages add name keys (XN) and Hangul handling (see docs/analysis.md).
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>
#include <vector>

#include "analysis/tokenizer.h"

namespace concord {

// Languages with a Snowball stemmer in concord: "en", "ru", "es".
bool HasStemmer(std::string_view lang);

// The stem of a matching-form word in lang; the word itself when lang has no stemmer.
std::string Stem(std::string_view lang, const std::string& word);

// Adds the terms of text to doc under prefix. Positions continue from *pos
// (so several fields or paragraphs can share one position space) and *pos is
// left past the last word plus a gap, so phrases never span two calls.
void IndexText(std::string_view text, std::string_view lang, std::string_view prefix,
               Xapian::Document& doc, Xapian::termpos* pos);

// The query for one query word (already tokenised): the exact word OR its stems
// in each of langs. Stopwords are not special here (the parser decides).
Xapian::Query WordQuery(const Token& word, std::string_view prefix,
                        const std::vector<std::string>& langs);

// The query for a phrase: its words in order, adjacent. A one-word phrase is
// the exact word alone (no stemming): quoting means "this spelling".
Xapian::Query PhraseQuery(std::string_view text, std::string_view prefix);

}  // namespace concord
