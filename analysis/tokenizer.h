// Word tokenising with ICU's word-break rules (UAX #29, with ICU's
// dictionaries for Chinese, Japanese and Thai).
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace concord {

enum class Script { kLatin, kCyrillic, kHangul, kHan, kKana, kNumber, kOther };

struct Token {
  std::string text;                // the matching form (NormalizeForMatch), at most kMaxWordBytes
  size_t begin = 0;                // byte offset of the word in the input
  size_t end = 0;                  // byte offset one past the word
  Script script = Script::kOther;  // of the word's first character
  bool capitalized = false;        // first letter upper-case in the input (name-like)
  // True for a token that continues a compound: it follows the previous
  // token after exactly one joining dash ("hae" in "Ryong-hae", "Russia" in
  // "DPRK–Russia"; see IsJoiningDash).
  bool joined_to_previous = false;
};

// Words longer than this are cut to it (at a character boundary), at index and
// query time alike, so a cut word still matches itself. Xapian's own limit for
// a term is 245 bytes; 64 is TermGenerator's default word limit.
inline constexpr size_t kMaxWordBytes = 64;

// Calls fn for each word of text, in order. Punctuation and spaces are
// dropped; numbers (3,000 2.4) and dotted abbreviations (U.S. -> "u.s") are
// one token each; a hyphenated form gives its parts, marked joined_to_previous.
// ICU splits Hangul from adjacent digits and Latin letters (1946년 -> 1946, 년).
// Ill-formed UTF-8 never ends up in a token. Memory stays bounded whatever the
// input: the text is broken in slices of at most 64 KB (at whitespace when
// there is any), and a "word" longer than a slice yields one token, its start.
// The Token passed to fn is reused between calls: copy what you keep.
void ForEachToken(std::string_view text, const std::function<void(const Token&)>& fn);

// The words of text, in order (ForEachToken collected).
std::vector<Token> Tokenize(std::string_view text);

// The script concord assigns to a code point (digits are kNumber).
Script ScriptOf(char32_t c);

}  // namespace concord
