// Text normalisation shared by indexing and querying.
#pragma once

#include <string>
#include <string_view>

namespace concord {

// The matching form of a word: NFKC, case-folded, Latin diacritics removed
// (Nadège -> nadege, relación -> relacion), typographic apostrophes unified to
// "'" and dashes to "-". Cyrillic letters keep their marks (й stays й) except ё -> е.
// Invalid UTF-8 sequences become U+FFFD. Thread-safe.
std::string NormalizeForMatch(std::string_view text);

// Replaces invalid UTF-8 sequences with U+FFFD; returns true when the input was valid.
bool RepairUtf8(std::string_view in, std::string* out);

}  // namespace concord
