// Language identification (CLD2) and the choice of a document's language.
#pragma once

#include <string>
#include <string_view>

namespace concord {

// ISO 639-1 code of the text's language ("en", "ru", "es", "ko", ...), or ""
// when CLD2 cannot tell (too little text, unknown language). Only the first
// kLanguageSampleBytes are looked at.
std::string DetectLanguage(std::string_view utf8_text);

// CLD2 needs about a kilobyte to be sure; more costs time (CLD2 reads about
// 10 MB/s) and on the KCNA stories decides nothing more.
inline constexpr size_t kLanguageSampleBytes = 1024;

// A language label as found in metadata, reduced to ISO 639-1 when concord
// knows it: "EN", "en-US", "en_GB", "English", "eng" -> "en"; "spa",
// "Español", "es-419" -> "es"; "rus", "Русский" -> "ru"; "kor", "한국어" ->
// "ko". Other two-letter codes are lower-cased and kept; anything else -> "".
std::string NormalizeLanguageCode(std::string_view label);

// The language a document is analysed (stemmed) and labelled as. The
// declared label (metadata; may be "") is trusted unless CLD2, on a sample of
// title and body, names another language concord analyses (en, es, ru, ko)
// and either calls its answer reliable or does not see the declared language
// at all among its top three. Without a label, CLD2's answer is used as is.
// Why: about 4% of the KCNA stories labelled "en" are Spanish, while CLD2
// alone calls some English stories about Kuwait or Lesotho Malay or Sesotho
// (docs/analysis.md has the numbers).
std::string DocumentLanguage(std::string_view declared, std::string_view title,
                             std::string_view body);

}  // namespace concord
