// Word tokenising with ICU's word-break rules (UAX #29).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace concord {

enum class Script { kLatin, kCyrillic, kHangul, kHan, kKana, kNumber, kOther };

struct Token {
  std::string text;      // the matching form (NormalizeForMatch)
  size_t begin = 0;      // byte offset of the word in the input
  size_t end = 0;        // byte offset one past the word
  Script script = Script::kOther;
  bool capitalized = false;  // first letter upper-case in the input (name-like)
  // True for a token that continues a hyphenated compound ("hae" in "Ryong-hae").
  bool joined_to_previous = false;
};

// The words of text, in order. Punctuation and spaces are dropped; numbers and
// abbreviations (U.S., 2.4%) are kept as one token; hyphenated forms give their
// parts (the joining is the analyzer's business). Words longer than
// kMaxWordBytes are cut there. Input must be valid UTF-8 (see RepairUtf8).
std::vector<Token> Tokenize(std::string_view text);

inline constexpr size_t kMaxWordBytes = 64;

}  // namespace concord
