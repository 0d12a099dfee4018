#include "analysis/korean_syllables.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <utility>

namespace concord {
namespace {

constexpr char32_t kFirstHangulSyllable = 0xAC00;
constexpr int kHangulSyllableCount = 11172;
constexpr std::size_t kMaxSyllableLength = 8;  // "tch" + "wae" + "ng"

using FoldEntry = std::pair<std::string_view, std::string_view>;

// Marks r, l and n: their key depends on the vowel (the initial sound law).
constexpr std::string_view kLiquid = "*";

// Initial consonant spellings -> key. Covers ICU's Hangul-Latin spellings and the
// McCune-Reischauer / DPRK ones named in docs/names.md (apostrophes already stripped).
constexpr FoldEntry kInitialFold[] = {
    {"", ""},    {"ch", "c"}, {"j", "c"},     {"tch", "c"},   {"jj", "c"},
    {"k", "k"},  {"g", "k"},  {"kh", "k"},    {"kk", "k"},    {"t", "t"},
    {"d", "t"},  {"th", "t"}, {"tt", "t"},    {"p", "p"},     {"b", "p"},
    {"ph", "p"}, {"pp", "p"}, {"s", "s"},     {"ss", "s"},    {"sh", "s"},
    {"m", "m"},  {"h", "h"},  {"r", kLiquid}, {"l", kLiquid}, {"n", kLiquid},
};

// Vowel spellings -> key. yae/ye, wa, wo and wi are not named in docs/names.md; they keep
// their own keys, with yae joining ye as ae joins e. yoo and you (Yoon, Young) are the
// y-forms of the free spellings oo and ou.
constexpr FoldEntry kVowelFold[] = {
    {"a", "a"},   {"ae", "e"},   {"ai", "e"},   {"e", "e"},    {"ya", "ya"}, {"yae", "ye"},
    {"ye", "ye"}, {"eo", "o"},   {"o", "o"},    {"ou", "o"},   {"oo", "o"},  {"u", "o"},
    {"eu", "o"},  {"yeo", "yo"}, {"yo", "yo"},  {"yu", "yo"},  {"wa", "wa"}, {"oe", "we"},
    {"oi", "we"}, {"we", "we"},  {"wae", "we"}, {"wo", "wo"},  {"wi", "wi"}, {"ui", "i"},
    {"ee", "i"},  {"i", "i"},    {"yoo", "yo"}, {"you", "yo"},
};

// Final consonant spellings of Hangul-Latin (a letter per jamo) -> the coda as pronounced,
// which is how Revised, McCune-Reischauer and DPRK romanizations spell it: 택 "taeg" -> k.
// Entries whose spelling equals their key are the finals accepted in Latin text.
constexpr FoldEntry kFinalFold[] = {
    {"", ""},     {"g", "k"},  {"kk", "k"}, {"gs", "k"}, {"n", "n"},  {"nj", "n"}, {"nh", "n"},
    {"d", "t"},   {"l", "l"},  {"lg", "k"}, {"lm", "m"}, {"lb", "l"}, {"ls", "l"}, {"lt", "l"},
    {"lp", "p"},  {"lh", "l"}, {"m", "m"},  {"b", "p"},  {"bs", "p"}, {"s", "t"},  {"ss", "t"},
    {"ng", "ng"}, {"j", "t"},  {"ch", "t"}, {"k", "k"},  {"t", "t"},  {"p", "p"},  {"h", "t"},
};

template <std::size_t N>
std::optional<std::string_view> Lookup(const FoldEntry (&table)[N], std::string_view spelling) {
  for (const auto& [from, to] : table) {
    if (from == spelling) return to;
  }
  return std::nullopt;
}

bool IsPlainVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// Letters that can appear in a vowel spelling; initials and finals use only the others.
bool IsVowelSpellingLetter(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'w' || c == 'y';
}

// Key of the syllable spelled initial + vowel + final; nullopt when a part is unknown.
std::optional<std::string> FoldSyllable(std::string_view initial, std::string_view vowel,
                                        std::string_view final_consonant) {
  const auto vowel_key = Lookup(kVowelFold, vowel);
  const auto initial_key = Lookup(kInitialFold, initial);
  const auto final_key = Lookup(kFinalFold, final_consonant);
  if (!vowel_key || !initial_key || !final_key) return std::nullopt;
  std::string key;
  if (*initial_key == kLiquid) {
    const char v = vowel_key->front();
    if (v != 'i' && v != 'y') key = "n";
  } else {
    key = *initial_key;
  }
  key.append(*vowel_key).append(*final_key);
  return key;
}

// Splits a romanized syllable into its consonant-vowel-consonant letter runs.
bool SplitSpelling(std::string_view s, std::string_view* initial, std::string_view* vowel,
                   std::string_view* final_consonant) {
  std::size_t i = 0;
  while (i < s.size() && !IsVowelSpellingLetter(s[i])) ++i;
  std::size_t j = i;
  while (j < s.size() && IsVowelSpellingLetter(s[j])) ++j;
  if (i == j) return false;
  for (std::size_t k = j; k < s.size(); ++k) {
    if (IsVowelSpellingLetter(s[k])) return false;
  }
  *initial = s.substr(0, i);
  *vowel = s.substr(i, j - i);
  *final_consonant = s.substr(j);
  return true;
}

// A syllable of at most kMaxSyllableLength lowercase letters as one integer key.
std::uint64_t Pack(std::string_view s) {
  std::uint64_t packed = 0;
  for (char c : s) packed = (packed << 8) | static_cast<unsigned char>(c);
  return packed;
}

struct LatinSyllable {
  std::string key;
  bool free_spelling = false;
};

struct Inventory {
  std::array<std::string, kHangulSyllableCount> hangul_keys;
  std::unordered_map<std::uint64_t, LatinSyllable> latin_syllables;  // by Pack(spelling)
};

// Romanizes every Hangul syllable with ICU Hangul-Latin and folds it; the initial and vowel
// spellings ICU uses, together with the variant spellings of the fold tables, make the
// inventory of syllables recognised in Latin text.
std::unique_ptr<const Inventory> BuildInventory() {
  auto inventory = std::make_unique<Inventory>();
  std::set<std::string, std::less<>> initials;
  std::set<std::string, std::less<>> vowels;

  UErrorCode status = U_ZERO_ERROR;
  UParseError parse_error;
  std::unique_ptr<icu::Transliterator> romanizer(
      icu::Transliterator::createInstance("Hangul-Latin", UTRANS_FORWARD, parse_error, status));
  if (U_SUCCESS(status) && romanizer != nullptr) {
    std::string latin;
    for (int i = 0; i < kHangulSyllableCount; ++i) {
      icu::UnicodeString text(static_cast<UChar32>(kFirstHangulSyllable + i));
      romanizer->transliterate(text);
      latin.clear();
      text.toUTF8String(latin);
      std::string_view initial, vowel, final_consonant;
      if (!SplitSpelling(latin, &initial, &vowel, &final_consonant)) continue;
      if (auto key = FoldSyllable(initial, vowel, final_consonant)) {
        inventory->hangul_keys[i] = std::move(*key);
        initials.emplace(initial);
        vowels.emplace(vowel);
      }
    }
  }
  const std::set<std::string, std::less<>> systematic_vowels = vowels;
  for (const auto& [spelling, key] : kInitialFold) initials.emplace(spelling);
  for (const auto& [spelling, key] : kVowelFold) vowels.emplace(spelling);

  // Hangul-Latin's letter-per-jamo finals (g, d, b, s, j, ...) never occur in Latin text and
  // would mis-split run-together words ("nodong" -> nod|ong), so only pronounced codas count.
  for (const auto& [final_consonant, final_key] : kFinalFold) {
    if (final_consonant != final_key) continue;
    for (const auto& initial : initials) {
      for (const auto& vowel : vowels) {
        std::string spelling = initial + vowel + std::string(final_consonant);
        if (spelling.size() > kMaxSyllableLength) continue;
        if (auto key = FoldSyllable(initial, vowel, final_consonant)) {
          inventory->latin_syllables.emplace(
              Pack(spelling), LatinSyllable{std::move(*key), !systematic_vowels.contains(vowel)});
        }
      }
    }
  }
  return inventory;
}

const Inventory& GetInventory() {
  static const std::unique_ptr<const Inventory> inventory = BuildInventory();
  return *inventory;
}

}  // namespace

std::string_view HangulSyllableKey(char32_t c) {
  if (c < kFirstHangulSyllable || c >= kFirstHangulSyllable + kHangulSyllableCount) return {};
  return GetInventory().hangul_keys[c - kFirstHangulSyllable];
}

bool SplitKoreanSyllables(std::string_view word, std::vector<KoreanSyllable>* out) {
  out->clear();
  const std::size_t n = word.size();
  if (n == 0 || n > kMaxKoreanWordLength) return false;
  const auto& syllables = GetInventory().latin_syllables;
  auto find = [&](std::size_t begin, std::size_t length) -> const LatinSyllable* {
    const auto it = syllables.find(Pack(word.substr(begin, length)));
    if (it == syllables.end() || (it->second.free_spelling && length != n)) return nullptr;
    return &it->second;
  };
  // A syllable may start at `i` unless the hiatus or liaison rule forbids it.
  auto boundary_allowed = [&](std::size_t i) {
    if (i == 0 || i == n || !IsPlainVowel(word[i])) return true;
    const char before = word[i - 1];
    return !IsPlainVowel(before) && before != 'k' && before != 't' && before != 'p' &&
           before != 'l';
  };

  // completes[i]: word[i..] splits into syllables. Filled right to left so that the greedy
  // left-to-right pass below never takes a syllable it cannot finish from.
  std::array<bool, kMaxKoreanWordLength + 1> completes{};
  completes[n] = true;
  for (std::size_t i = n; i-- > 0;) {
    if (!boundary_allowed(i)) continue;
    const std::size_t longest = std::min(kMaxSyllableLength, n - i);
    for (std::size_t length = 1; length <= longest && !completes[i]; ++length) {
      completes[i] = completes[i + length] && find(i, length) != nullptr;
    }
  }
  if (!completes[0]) return false;

  for (std::size_t i = 0; i < n;) {
    for (std::size_t length = std::min(kMaxSyllableLength, n - i); length > 0; --length) {
      if (!completes[i + length]) continue;
      if (const LatinSyllable* syllable = find(i, length)) {
        out->push_back({i, length, syllable->key});
        i += length;
        break;
      }
    }
  }
  return true;
}

std::string_view KoreanSurnameKey(std::string_view word) {
  // The first four groups are docs/names.md's; the rest are the Seoul press's h-spellings.
  static constexpr FoldEntry kSurnames[] = {
      {"park", "pak"},  {"pak", "pak"},    {"bak", "pak"},    {"lee", "i"},     {"rhee", "i"},
      {"yi", "i"},      {"i", "i"},        {"ri", "i"},       {"choi", "cwe"},  {"choe", "cwe"},
      {"jung", "cong"}, {"chung", "cong"}, {"jeong", "cong"}, {"jong", "cong"}, {"roh", "no"},
      {"noh", "no"},    {"oh", "o"},       {"ahn", "an"},     {"suh", "so"},    {"huh", "ho"},
      {"koh", "ko"},    {"woo", "o"},
  };
  return Lookup(kSurnames, word).value_or(std::string_view());
}

}  // namespace concord
