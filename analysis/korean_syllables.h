// Romanized Korean syllables and their folded keys (docs/names.md, rules 1, 2 and 4).
// Internal to analysis/: name_key.cpp is the only user.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace concord {

// Longest lowercase Latin word that SplitKoreanSyllables tries; longer ones are not Korean
// names (eight syllables of five letters).
inline constexpr std::size_t kMaxKoreanWordLength = 40;

// One syllable of a split word: where it lies in the word and its folded key.
struct KoreanSyllable {
  std::size_t begin = 0;
  std::size_t length = 0;
  std::string_view key;  // points into the process-wide inventory; never dangles
};

// Folded key of a precomposed Hangul syllable U+AC00..U+D7A3 (최 -> "cwe", 룡 -> "yong"),
// computed from ICU's Hangul-Latin romanization. Empty for any other code point.
std::string_view HangulSyllableKey(char32_t c);

// Splits `word` (lowercase ASCII letters only) into romanized Korean syllables the way the
// romanizations write them:
//  - no vowel-initial syllable after an open one (hiatus: "iurii", "seoul");
//  - no final k, t, p or l before a vowel-initial syllable, which romanizations spell as the
//    next syllable's initial (liaison: 국어 "gugeo", 설악 "seorak"), so "putin" is pu|tin;
//  - the free spellings oi, ai, ee, oo, ou (Choi, Lee, Joong), which neither ICU nor
//    McCune-Reischauer uses, only as a whole word.
// Of the allowed splits the one with the longest syllables from the left wins ("sunan" ->
// sun|an, "sinuiju" -> sin|ui|ju). Returns false, leaving `out` empty, when no split is
// allowed or the word is longer than kMaxKoreanWordLength.
bool SplitKoreanSyllables(std::string_view word, std::vector<KoreanSyllable>* out);

// Key from the surname table for spellings that do not fold systematically
// ("park" -> "pak", "rhee" -> "i", "yi" -> "i"); empty when `word` (lowercase) is not in it.
std::string_view KoreanSurnameKey(std::string_view word);

}  // namespace concord
