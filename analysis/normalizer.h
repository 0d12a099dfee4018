// Text normalisation shared by indexing and querying.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace concord {

// The matching form of a word or short text: typographic apostrophes unified
// to "'" (Korea’s -> korea's) and dashes to "-" (DPRK–Russia -> dprk-russia),
// then NFKC with full case folding (ß -> ss), then combining marks removed
// from every letter that is not Cyrillic or Hangul (Nadège -> nadege,
// relación -> relacion). Cyrillic keeps its marks (й stays й) except that
// ё becomes е, as the Russian stop list and everyday Russian writing expect.
// A few Latin letters without a decomposition are folded too (ł -> l, ø -> o).
// Invalid UTF-8 sequences become U+FFFD. Thread-safe.
std::string NormalizeForMatch(std::string_view text);

// The same, into *out (its capacity is reused: no allocation for short words
// once out has grown). out must not alias text.
void NormalizeForMatch(std::string_view text, std::string* out);

// What RepairUtf8 found in its input.
struct Utf8Problems {
  size_t bad_sequences = 0;                 // ill-formed sequences replaced
  size_t first_offset = std::string::npos;  // byte offset of the first one
  // "invalid UTF-8 at byte 1234 (3 bad sequences)", or "" when there were none.
  std::string Describe() const;
};

// Copies in to *out, replacing each ill-formed UTF-8 sequence with U+FFFD;
// returns true when the input was valid. problems, when given, says where.
bool RepairUtf8(std::string_view in, std::string* out, Utf8Problems* problems = nullptr);

// Byte offset of the first ill-formed UTF-8 sequence, or npos when text is valid.
size_t FindInvalidUtf8(std::string_view text);

// True when c is a dash that joins the parts of a compound written without
// spaces (Ryong-hae, DPRK–Russia): hyphen-minus, hyphen, non-breaking hyphen,
// figure dash, en dash, small and full-width hyphen-minus. The em dash is
// punctuation between clauses, not a joiner.
bool IsJoiningDash(char32_t c);

}  // namespace concord
