// Hangul words as overlapping syllable n-grams.
//
// Korean writes particles onto the word (통일 + 을 -> 통일을) and North Korean
// orthography writes compounds as one word (조국통일, 인민경제). A search for
// 통일 must find both, so a Hangul word is indexed as its syllable bigrams
// (조국통일을 -> 조국 국통 통일 일을), one position each, plus its single
// syllables, so that any run of syllables inside a word can be found: two
// syllables as one term, three or more as a phrase of bigrams, one syllable
// as itself. docs/analysis.md compares this with particle stripping and
// with Xapian's own CJK n-grams on the 73 New Year speeches.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace concord {

// A term and its position offset from the first position of the word it comes from.
struct PlacedTerm {
  std::string text;
  uint32_t offset = 0;
};

// The terms of a normalised Hangul word (a Token of Script::kHangul):
//   *sequence  the terms that take consecutive positions: the bigrams in
//              order; a one-syllable word gives the syllable alone.
//   *syllables each syllable at the offset of the bigram it starts (the last
//              syllable shares the last bigram's offset); empty for a
//              one-syllable word, whose sequence is the syllable already.
// A "syllable" is any code point, so a word mixing in other characters
// still yields consistent terms. Both vectors are cleared first.
void HangulGrams(std::string_view word, std::vector<std::string>* sequence,
                 std::vector<PlacedTerm>* syllables);

// The number of code points of word (its syllables, for Hangul).
size_t CodePointCount(std::string_view word);

}  // namespace concord
