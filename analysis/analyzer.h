// The one analyzer: the same code turns document text into index terms and
// query text into Xapian queries, so that whatever is indexed can be found
// (docs/analysis.md; analysis_roundtrip_test.cpp proves it on real text).
//
// Terms of a field with prefix P (schema.h), for each word at position p:
//   P<word>       the matching form (NormalizeForMatch), at p
//   P<gram>       for a Hangul word: its syllable bigrams at p, p+1, ... and
//                 its syllables, so that parts of words are found (hangul.h)
//   P<alias>      a second spelling at p: "choe" for ch'oe, "korea" for
//                 korea's, "3000" for 3,000, "us" for u.s (word_forms.h)
//   P<joined>     a hyphenated compound joined, at its first part's position:
//                 Choe Ryong-hae -> choe@1 ryong@2 hae@3 ryonghae@2, so the
//                 phrases "Choe Ryong-hae" and "Choe Ryonghae" both match
//   ZP<stem>      the Snowball stem (stemming.h), no position
// Body text (prefix "") also gets name-key terms XN<part> for its name-like
// words, in a position space of their own (analysis/name_terms.h).
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>
#include <vector>

#include "analysis/stemming.h"
#include "analysis/tokenizer.h"

namespace concord {

// Adds the terms of text to doc under prefix, stemming for the document's
// language lang (IndexStemLanguage). Positions continue from *pos (so several
// fields or paragraphs can share one position space) and *pos is left past
// the last word plus a gap, so phrases never span two calls. Any bytes are
// accepted: ill-formed UTF-8 never becomes part of a term.
void IndexText(std::string_view text, std::string_view lang, std::string_view prefix,
               Xapian::Document& doc, Xapian::termpos* pos);

// IndexText of text already tokenised (tokens == Tokenize(text)), for a caller
// that needs the words for more than the index: the document builder hands the
// same tokens to entity extraction instead of breaking the text twice.
void IndexTokens(const std::vector<Token>& tokens, std::string_view lang, std::string_view prefix,
                 Xapian::Document& doc, Xapian::termpos* pos);

// The query for one query word (already tokenised): the exact word (a Hangul
// word: its syllable n-grams) OR its second spelling OR its stems in each of
// langs (QueryStemLanguages). Stopwords are not special here: see TextQuery
// and IsQueryStopword.
Xapian::Query WordQuery(const Token& word, std::string_view prefix,
                        const std::vector<std::string>& langs);

// The query for a phrase: its words in order, adjacent; no stemming, since
// quoting means "this spelling". A hyphenated compound matches written with
// the hyphen or joined; a one-word phrase is that word alone. Stopwords stay:
// "Friends in Need" matches only that phrase.
Xapian::Query PhraseQuery(std::string_view text, std::string_view prefix);

// The query for unquoted text (one or several words, as typed): each word
// by WordQuery, a hyphenated compound as its joined form OR its parts as a
// phrase, all required, except that stopwords (IsQueryStopword) are optional
// and weigh kStopwordWeight when there are other words: "Lavrov in
// Pyongyang" ranks by Lavrov and Pyongyang. Text of only stopwords requires
// them all. An empty Query when text has no words.
Xapian::Query TextQuery(std::string_view text, std::string_view prefix,
                        const std::vector<std::string>& langs);

// True when a query word is a stopword of one of langs, or of Russian for a
// Cyrillic word, or of Korean for a Hangul word (stopwords.h).
bool IsQueryStopword(const Token& word, const std::vector<std::string>& langs);

// Weight factor of an optional stopword in a query (OP_SCALE_WEIGHT).
inline constexpr double kStopwordWeight = 0.25;

}  // namespace concord
