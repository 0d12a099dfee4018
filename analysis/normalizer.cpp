#include "analysis/normalizer.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include "common/error.h"

namespace concord {

namespace {

constexpr char32_t kReplacement = 0xFFFD;

// Apostrophe look-alikes (typographic quotes, modifier letters, primes, the
// grave and acute accents typed in place of an apostrophe) and dashes. Mapped
// before NFKC, which would turn the acute accent into a space and a mark.
char32_t UnifyPunctuation(char32_t c) {
  switch (c) {
    case 0x0060:
    case 0x00B4:
    case 0x02BB:
    case 0x02BC:
    case 0x2018:
    case 0x2019:
    case 0x201B:
    case 0x2032:
    case 0xFF07:
      return U'\'';
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
    case 0xFE58:
    case 0xFE63:
    case 0xFF0D:
      return U'-';
    default:
      return c;
  }
}

// Latin letters that carry a mark but have no canonical decomposition.
const char* FoldUndecomposable(char32_t c) {
  switch (c) {
    case 0x00E6:
      return "ae";  // æ
    case 0x00F8:
      return "o";  // ø
    case 0x0111:
      return "d";  // đ
    case 0x0127:
      return "h";  // ħ
    case 0x0131:
      return "i";  // dotless ı
    case 0x0142:
      return "l";  // ł
    case 0x0153:
      return "oe";  // œ
    default:
      return nullptr;
  }
}

void AppendUtf8(std::string* out, UChar32 c) {
  char buf[4];
  int32_t len = 0;
  U8_APPEND_UNSAFE(buf, len, c);
  out->append(buf, static_cast<size_t>(len));
}

const icu::Normalizer2& Nfkc() {
  static const icu::Normalizer2* n = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* p = icu::Normalizer2::getNFKCCasefoldInstance(status);
    if (U_FAILURE(status)) throw Error(Status::Code::kInternal, "ICU NFKC_Casefold data missing");
    return p;
  }();
  return *n;
}

const icu::Normalizer2& Nfd() {
  static const icu::Normalizer2* n = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* p = icu::Normalizer2::getNFDInstance(status);
    if (U_FAILURE(status)) throw Error(Status::Code::kInternal, "ICU NFD data missing");
    return p;
  }();
  return *n;
}

bool IsAscii(std::string_view text) {
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

// Appends the folded form of a code point that NFKC_Casefold produced.
// keep_marks says whether the last base letter keeps its combining marks.
void AppendFolded(UChar32 c, bool* keep_marks, icu::UnicodeString* scratch, std::string* out) {
  if (c < 0x80) {
    *keep_marks = false;
    out->push_back(static_cast<char>(c));
    return;
  }
  if (u_charType(c) == U_NON_SPACING_MARK) {
    if (*keep_marks) AppendUtf8(out, c);
    return;
  }
  UErrorCode status = U_ZERO_ERROR;
  UScriptCode script = uscript_getScript(c, &status);
  if (script == USCRIPT_CYRILLIC || script == USCRIPT_HANGUL) {
    *keep_marks = true;
    AppendUtf8(out, c == 0x0451 ? 0x0435 : c);  // ё -> е
    return;
  }
  *keep_marks = false;
  if (const char* folded = FoldUndecomposable(static_cast<char32_t>(c))) {
    out->append(folded);
    return;
  }
  if (!Nfd().getDecomposition(c, *scratch)) {
    AppendUtf8(out, c);
    return;
  }
  for (int32_t k = 0; k < scratch->length();) {
    UChar32 d = scratch->char32At(k);
    k += U16_LENGTH(d);
    if (u_charType(d) != U_NON_SPACING_MARK) AppendUtf8(out, d);
  }
}

}  // namespace

bool IsJoiningDash(char32_t c) {
  switch (c) {
    case U'-':
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0xFE63:
    case 0xFF0D:
      return true;
    default:
      return false;
  }
}

void NormalizeForMatch(std::string_view text, std::string* out) {
  out->clear();
  if (IsAscii(text)) {
    // NFKC_Casefold of ASCII is lower-casing; only the backtick needs mapping.
    out->resize(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
      char c = text[i];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if (c == '`') c = '\'';
      (*out)[i] = c;
    }
    return;
  }
  thread_local icu::UnicodeString raw, folded, scratch;
  raw.remove();
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t n = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(s, i, n, c);
    raw.append(static_cast<UChar32>(UnifyPunctuation(c < 0 ? kReplacement : c)));
  }
  UErrorCode status = U_ZERO_ERROR;
  Nfkc().normalize(raw, folded, status);
  if (U_FAILURE(status)) throw Error(Status::Code::kInternal, "ICU normalisation failed");
  out->reserve(static_cast<size_t>(folded.length()) * 2);
  bool keep_marks = false;
  for (int32_t k = 0; k < folded.length();) {
    UChar32 c = folded.char32At(k);
    k += U16_LENGTH(c);
    AppendFolded(c, &keep_marks, &scratch, out);
  }
}

std::string NormalizeForMatch(std::string_view text) {
  std::string out;
  NormalizeForMatch(text, &out);
  return out;
}

std::string Utf8Problems::Describe() const {
  if (bad_sequences == 0) return "";
  return "invalid UTF-8 at byte " + std::to_string(first_offset) + " (" +
         std::to_string(bad_sequences) + (bad_sequences == 1 ? " bad sequence" : " bad sequences") +
         ")";
}

bool RepairUtf8(std::string_view in, std::string* out, Utf8Problems* problems) {
  Utf8Problems found;
  out->clear();
  out->reserve(in.size());
  const auto* s = reinterpret_cast<const uint8_t*>(in.data());
  const int32_t n = static_cast<int32_t>(in.size());
  int32_t run_start = 0;  // start of the current run of valid bytes
  for (int32_t i = 0; i < n;) {
    if (s[i] < 0x80) {
      ++i;
      continue;
    }
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c >= 0) continue;
    out->append(in.substr(run_start, start - run_start));
    out->append("\xEF\xBF\xBD");
    if (found.bad_sequences++ == 0) found.first_offset = static_cast<size_t>(start);
    run_start = i;
  }
  out->append(in.substr(run_start));
  if (problems) *problems = found;
  return found.bad_sequences == 0;
}

size_t FindInvalidUtf8(std::string_view text) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t n = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < n;) {
    if (s[i] < 0x80) {
      ++i;
      continue;
    }
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) return static_cast<size_t>(start);
  }
  return std::string::npos;
}

}  // namespace concord
