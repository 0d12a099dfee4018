// Personal names in bylines and author fields: their shape, and lists of them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace concord {

// Shape test for a personal name: one to five words, each capitalised (or a
// lower-case particle such as "de" or "van", or an initial "J."), no digits,
// at most 60 characters. Hangul names of two to five syllables also pass.
bool LooksLikePersonName(std::string_view name);

// "A, B and C", "A & B", "A и B", "A y B" -> names that look like names;
// affiliations in parentheses ("Nadège Rolland (NBR)") are dropped. The list
// ends at the first part that is not a name, and a lone word after the first
// name is a role ("John Smith, Director"), not a second author.
std::vector<std::string> SplitAuthors(std::string_view names);

// The names of a structured author field ("Ryan Osei, Min-ji Seo", "A and
// B", "A; B"), split without judging their shape: a publication may well be
// credited as "Asia Pacific Notes editors". URLs and e-mail addresses are dropped.
std::vector<std::string> SplitNameList(std::string_view names);

enum class WordShape { kCapitalised, kAllCaps, kInitial, kHangul, kOther };

// The shape of one word of a name: "Rinna" capitalised, "DPRK" all capitals,
// "F." an initial, "박서연" Hangul, anything else other.
WordShape ShapeOfWord(std::string_view word);

// The words of single-spaced text.
std::vector<std::string_view> SplitWords(std::string_view text);

// s without surrounding punctuation (",;:|/-") and trailing connecting words
// (" on", " at", " updated"): "Gerard Clare, " -> "Gerard Clare".
std::string_view TrimNameFiller(std::string_view s);

}  // namespace concord
