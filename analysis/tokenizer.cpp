#include "analysis/tokenizer.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <memory>

#include "analysis/normalizer.h"
#include "common/error.h"

namespace concord {

namespace {

icu::BreakIterator& WordBreaker() {
  thread_local std::unique_ptr<icu::BreakIterator> it = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> b(
        icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status)) throw Error(Status::Code::kInternal, "ICU word break unavailable");
    return b;
  }();
  return *it;
}

Script ScriptOf(UChar32 c) {
  if (u_isdigit(c)) return Script::kNumber;
  UErrorCode status = U_ZERO_ERROR;
  switch (uscript_getScript(c, &status)) {
    case USCRIPT_LATIN: return Script::kLatin;
    case USCRIPT_CYRILLIC: return Script::kCyrillic;
    case USCRIPT_HANGUL: return Script::kHangul;
    case USCRIPT_HAN: return Script::kHan;
    case USCRIPT_HIRAGANA:
    case USCRIPT_KATAKANA: return Script::kKana;
    default: return Script::kOther;
  }
}

// Cuts s to at most max bytes without splitting a UTF-8 sequence.
size_t Utf8Cut(std::string_view s, size_t max) {
  if (s.size() <= max) return s.size();
  size_t cut = max;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return cut;
}

}  // namespace

std::vector<Token> Tokenize(std::string_view text) {
  std::vector<Token> tokens;
  if (text.empty()) return tokens;
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  if (U_FAILURE(status)) throw Error(Status::Code::kInternal, "ICU could not open text");
  icu::BreakIterator& bi = WordBreaker();
  bi.setText(ut, status);
  int32_t start = bi.first();
  size_t previous_end = std::string_view::npos;
  for (int32_t end = bi.next(); end != icu::BreakIterator::DONE; start = end, end = bi.next()) {
    if (bi.getRuleStatus() == UBRK_WORD_NONE) continue;
    std::string_view word = text.substr(start, end - start);
    UChar32 first;
    int32_t i = 0;
    U8_NEXT(reinterpret_cast<const uint8_t*>(word.data()), i, static_cast<int32_t>(word.size()),
            first);
    if (first < 0) continue;
    Token t;
    t.begin = static_cast<size_t>(start);
    t.end = static_cast<size_t>(end);
    t.script = ScriptOf(first);
    t.capitalized = u_isupper(first) || u_istitle(first);
    t.joined_to_previous = previous_end != std::string_view::npos && t.begin == previous_end + 1 &&
                           text[previous_end] == '-';
    t.text = NormalizeForMatch(word.substr(0, Utf8Cut(word, kMaxWordBytes)));
    // Abbreviations keep their inner dots ("u.s"); a trailing dot is dropped by ICU.
    if (!t.text.empty()) tokens.push_back(std::move(t));
    previous_end = static_cast<size_t>(end);
  }
  utext_close(ut);
  return tokens;
}

}  // namespace concord
