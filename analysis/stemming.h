// Snowball stemming (Xapian::Stem) for the languages concord stems, and the
// choice of stemmer for a word at index and at query time.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "analysis/tokenizer.h"

namespace concord {

// Stems are indexed as kStemPrefix + field prefix + stem (Xapian's
// convention: "Zvisit" for a body word, "ZSvisit" for a title word).
inline constexpr std::string_view kStemPrefix = "Z";

// Languages with a Snowball stemmer in concord: "en", "ru", "es".
bool HasStemmer(std::string_view lang);

// The stem of a matching-form word in lang; the word itself when lang has no
// stemmer. Russian words are stemmed to a fixed point (stem of the stem ...),
// because one Snowball pass stems Трутнев to трутн but Трутнева to трутнев.
// Stemmers are per thread (Xapian::Stem is not thread-safe).
std::string Stem(std::string_view lang, const std::string& word);

// The same, without a copy: the reference stays valid until the next call on
// this thread (or is word itself). Stems are memoised per thread, at most
// 16,384 per language.
const std::string& CachedStem(std::string_view lang, const std::string& word);

// The stemmer for a word of script in a document of doc_lang, or "" for none.
// Latin words follow an English or Spanish document; in a Russian or Korean
// document, or one whose language is unknown, they are taken as English
// (quoted names, agencies, acronyms). Cyrillic words are Russian in documents
// of those languages too. Documents of other languages are not stemmed.
std::string_view IndexStemLanguage(Script script, std::string_view doc_lang);

// The stemmers to try for a query word of script: those of langs that stem
// this script (en, es for Latin), and Russian for any Cyrillic word, so that
// Трутнева finds Трутнев even when language detection fails on a short query.
std::vector<std::string_view> QueryStemLanguages(Script script,
                                                 const std::vector<std::string>& langs);

}  // namespace concord
