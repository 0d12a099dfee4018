#include "analysis/name_key.h"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <memory>
#include <mutex>
#include <unordered_map>

#include "analysis/korean_syllables.h"
#include "analysis/russian_name_fold.h"

namespace concord {
namespace {

// Words longer than this are not names (and their keys would exceed Xapian's term length).
constexpr std::size_t kMaxWordBytes = 256;

bool IsHangulSyllable(UChar32 c) { return c >= 0xAC00 && c <= 0xD7A3; }

bool IsAsciiLetter(UChar32 c) { return c >= 'a' && c <= 'z'; }

// Marks dropped inside a word: apostrophes (Ch'oe), the primes and the middle dot that
// Russian-Latin/BGN writes for ь, ъ and ambiguous letter pairs, and combining marks.
bool IsJoiner(UChar32 c) {
  switch (c) {
    case '\'':
    case '"':
    case '`':
    case 0x00B4:
    case 0x00B7:
    case 0x02B9:
    case 0x02BA:
    case 0x02BB:
    case 0x02BC:
    case 0x02BD:
    case 0x2018:
    case 0x2019:
    case 0x201B:
    case 0x2032:
      return true;
    default:
      return u_charType(c) == U_NON_SPACING_MARK;
  }
}

bool IsValidUtf8(std::string_view text) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) return false;
  }
  return true;
}

// Russian-Latin/BGN then Latin-ASCII (which also strips breves and other diacritics). ICU
// transliterators are not safe for concurrent use, so each thread gets its own clone of one
// prototype. Null if ICU cannot build it.
icu::Transliterator* ThreadTransliterator() {
  static const std::unique_ptr<icu::Transliterator> prototype = [] {
    UErrorCode status = U_ZERO_ERROR;
    UParseError parse_error;
    std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(
        "Russian-Latin/BGN; Latin-ASCII", UTRANS_FORWARD, parse_error, status));
    return U_SUCCESS(status) ? std::move(t) : nullptr;
  }();
  static std::mutex clone_mutex;
  thread_local const std::unique_ptr<icu::Transliterator> instance = [] {
    std::lock_guard<std::mutex> lock(clone_mutex);
    return std::unique_ptr<icu::Transliterator>(prototype ? prototype->clone() : nullptr);
  }();
  return instance.get();
}

// NFKC + case fold, then everything but Hangul syllables to Latin/ASCII. ASCII-only words,
// the common case at index time, skip ICU.
std::string NormaliseWord(std::string_view word) {
  bool ascii = true;
  for (char c : word) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  if (ascii) {
    std::string out(word);
    for (char& c : out) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    return out;
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc_cf = icu::Normalizer2::getNFKCCasefoldInstance(status);
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(word);
  if (U_SUCCESS(status)) text = nfkc_cf->normalize(text, status);
  if (U_FAILURE(status)) return {};
  bool needs_transliteration = false;
  for (int32_t i = 0; i < text.length() && !needs_transliteration;) {
    const UChar32 c = text.char32At(i);
    needs_transliteration = c >= 0x80 && !IsHangulSyllable(c);
    i += U16_LENGTH(c);
  }
  if (needs_transliteration) {
    if (icu::Transliterator* t = ThreadTransliterator()) t->transliterate(text);
  }
  std::string out;
  text.toUTF8String(out);
  return out;
}

// What the words of a text turned out to be, for IsKoreanRomanization.
struct WordKinds {
  int korean_latin = 0;  // Latin runs keyed as Korean syllables
  int other = 0;         // Latin runs keyed as Russian/generic, Hangul, other scripts
};

// A run of lowercase ASCII letters is Korean when it splits into romanized Korean syllables
// and is not one of the Russian names that also split (docs/names.md, "Korean or not").
bool IsPlausiblyKorean(std::string_view run, const std::vector<KoreanSyllable>& syllables) {
  if (run.starts_with("kh")) return false;  // BGN's х: Khasan, Khabarovsk
  // -i as in Yuri, Nikolai, Gennadi, whose other spellings (-iy, -y, -ii) are not Korean.
  return syllables.size() < 2 || run.back() != 'i' || run.ends_with("ui");
}

void AppendLatinRun(std::string_view run, std::vector<std::string>* parts, WordKinds* kinds) {
  if (std::string_view surname = KoreanSurnameKey(run); !surname.empty()) {
    parts->emplace_back(surname);
    ++kinds->korean_latin;
    return;
  }
  std::vector<KoreanSyllable> syllables;
  if (SplitKoreanSyllables(run, &syllables) && IsPlausiblyKorean(run, syllables)) {
    for (const KoreanSyllable& s : syllables) parts->emplace_back(s.key);
    ++kinds->korean_latin;
    return;
  }
  parts->push_back(FoldRussianName(run));
  ++kinds->other;
}

// Appends the key parts of one whitespace-free word. Runs of ASCII letters (after
// normalisation) are keyed as Korean or Russian; each Hangul syllable is one part; a run of
// letters of any other script is one part as normalised. Anything else separates runs.
void AppendWordParts(std::string_view word, std::vector<std::string>* parts, WordKinds* kinds) {
  if (word.size() > kMaxWordBytes) return;
  const std::string text = NormaliseWord(word);
  std::string latin_run;
  std::string other_run;
  auto flush = [&] {
    if (!latin_run.empty()) AppendLatinRun(latin_run, parts, kinds);
    if (!other_run.empty()) {
      parts->push_back(other_run);
      ++kinds->other;
    }
    latin_run.clear();
    other_run.clear();
  };
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < length;) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (IsAsciiLetter(c)) {
      if (!other_run.empty()) flush();
      latin_run += static_cast<char>(c);
    } else if (IsJoiner(c)) {
      // A possessive 's ends the word: Kim's -> kim.
      const bool possessive = (c == '\'' || c == 0x2019) && !latin_run.empty() && i < length &&
                              text[i] == 's' && (i + 1 == length || !IsAsciiLetter(text[i + 1]));
      if (possessive) ++i;
    } else if (IsHangulSyllable(c)) {
      flush();
      if (std::string_view key = HangulSyllableKey(c); !key.empty()) parts->emplace_back(key);
      ++kinds->other;
    } else if (u_isalpha(c)) {
      if (!latin_run.empty()) flush();
      other_run.append(text, start, i - start);
    } else {
      flush();
    }
  }
  flush();
}

// Splits `text` at white space and keys each word. False on invalid UTF-8.
bool AppendTextParts(std::string_view text, std::vector<std::string>* parts, WordKinds* kinds) {
  if (!IsValidUtf8(text)) return false;
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  int32_t word_start = 0;
  for (int32_t i = 0; i < length;) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (u_isUWhiteSpace(c)) {
      if (start > word_start)
        AppendWordParts(text.substr(word_start, start - word_start), parts, kinds);
      word_start = i;
    }
  }
  if (length > word_start) AppendWordParts(text.substr(word_start), parts, kinds);
  return true;
}

}  // namespace

std::vector<std::string> NameKeyParts(std::string_view word) {
  std::vector<std::string> parts;
  WordKinds kinds;
  if (!AppendTextParts(word, &parts, &kinds)) parts.clear();
  return parts;
}

const std::vector<std::string>& CachedNameKeyParts(const std::string& word) {
  // Cleared when full, which keeps memory bounded on any input.
  constexpr size_t kEntries = 1 << 14;
  thread_local std::unordered_map<std::string, std::vector<std::string>> cache;
  if (auto it = cache.find(word); it != cache.end()) return it->second;
  if (cache.size() >= kEntries) cache.clear();
  return cache.emplace(word, NameKeyParts(word)).first->second;
}

std::string NameKey(std::string_view name) {
  std::string key;
  for (const std::string& part : NameKeyParts(name)) {
    if (!key.empty()) key += ' ';
    key += part;
  }
  return key;
}

bool IsKoreanRomanization(std::string_view word) {
  if (!IsValidUtf8(word)) return false;
  const auto* bytes = reinterpret_cast<const uint8_t*>(word.data());
  const auto length = static_cast<int32_t>(word.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    UErrorCode status = U_ZERO_ERROR;
    if (u_isalpha(c) && uscript_getScript(c, &status) != USCRIPT_LATIN) return false;
  }
  std::vector<std::string> parts;
  WordKinds kinds;
  return AppendTextParts(word, &parts, &kinds) && kinds.korean_latin > 0 && kinds.other == 0;
}

}  // namespace concord
