#include "analysis/normalizer.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <memory>

#include "common/error.h"

namespace concord {

namespace {

// ICU transliterators are not safe for concurrent use: one per thread.
icu::Transliterator& MatchTransliterator() {
  thread_local std::unique_ptr<icu::Transliterator> t = [] {
    UErrorCode status = U_ZERO_ERROR;
    UParseError perr;
    // Apostrophes and dashes first, then compatibility form and case folding,
    // then decompose non-Cyrillic letters and drop their combining marks.
    const icu::UnicodeString rules = icu::UnicodeString::fromUTF8(
        "[\\u2018\\u2019\\u02BC\\u02BB\\u0060\\u00B4] > \\u0027;"
        "[\\u2010-\\u2015\\u2212\\uFE58\\uFE63\\uFF0D] > \\u002D;"
        "\\u0451 > \\u0435; \\u0401 > \\u0435;");
    std::unique_ptr<icu::Transliterator> punct(icu::Transliterator::createFromRules(
        "concord-punct", rules, UTRANS_FORWARD, perr, status));
    if (U_FAILURE(status)) throw Error(Status::Code::kInternal, "ICU rules failed to compile");
    icu::Transliterator::registerInstance(punct.release());
    std::unique_ptr<icu::Transliterator> chain(icu::Transliterator::createInstance(
        "NFKC; Any-Lower; concord-punct; [^[:Cyrillic:][:Hangul:]] NFD; "
        "[:Nonspacing Mark:] Remove; NFC",
        UTRANS_FORWARD, status));
    if (U_FAILURE(status)) throw Error(Status::Code::kInternal, "ICU transliterator unavailable");
    return chain;
  }();
  return *t;
}

}  // namespace

bool RepairUtf8(std::string_view in, std::string* out) {
  out->clear();
  out->reserve(in.size());
  bool valid = true;
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(in.size());
  const auto* s = reinterpret_cast<const uint8_t*>(in.data());
  while (i < n) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) {
      valid = false;
      out->append("\xEF\xBF\xBD");
    } else {
      out->append(in.substr(start, i - start));
    }
  }
  return valid;
}

std::string NormalizeForMatch(std::string_view text) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  MatchTransliterator().transliterate(u);
  u.foldCase();  // full case folding beyond Any-Lower (ß -> ss)
  std::string out;
  u.toUTF8String(out);
  return out;
}

}  // namespace concord
