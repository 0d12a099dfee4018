// Name keys: one function, used at index and query time, that makes the
// spellings of a name meet (rules in docs/names.md):
//   "Choi Ryong-hae", "Ch'oe Ryong Hae", "최룡해"  -> "cwe yong he"
//   "Yuri Trutnev", "Юрий Трутнев"              -> "yuri trutnev"
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace concord {

// Key parts of ONE word (no spaces; hyphens allowed) of a name, UTF-8, any case.
// A romanized Korean word yields one part per syllable ("Ryong-hae" ->
// {"yong", "he"}, "Ryonghae" -> {"yong", "he"}); a Hangul word one part per
// syllable ("최룡해" -> {"cwe", "yong", "he"}); any other Latin or Cyrillic word
// one folded part ("Трутнев" -> {"trutnev"}). Empty when the word has no letters or is
// longer than 256 bytes (not a name). Never throws; invalid UTF-8 yields an empty result.
std::vector<std::string> NameKeyParts(std::string_view word);

// NameKeyParts through a per-thread memo of recent words (names repeat far
// more than words do; the indexer asks for every capitalised word twice).
// The reference stays valid until this thread's next call.
const std::vector<std::string>& CachedNameKeyParts(const std::string& word);

// The key of a whole name: its words' parts in order, joined by single spaces.
// "Choi Ryong-hae" -> "cwe yong he". Empty when the name has no letters.
std::string NameKey(std::string_view name);

// True when the word (Latin letters, hyphens, apostrophes) syllabifies entirely
// into romanized Korean syllables: "Ryonghae" yes, "Moscow" no.
bool IsKoreanRomanization(std::string_view word);

}  // namespace concord
