#include "analysis/language.h"

#include <cld2/public/compact_lang_det.h>

namespace concord {

std::string DetectLanguage(std::string_view text) {
  // CLD2 needs no more than a few kilobytes to decide; more only costs time.
  constexpr size_t kSample = 16 * 1024;
  if (text.size() > kSample) {
    size_t cut = kSample;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    text = text.substr(0, cut);
  }
  bool reliable = false;
  CLD2::Language lang = CLD2::DetectLanguage(text.data(), static_cast<int>(text.size()),
                                             /*is_plain_text=*/true, &reliable);
  if (lang == CLD2::UNKNOWN_LANGUAGE) return "";
  std::string code = CLD2::LanguageCode(lang);
  if (code == "un" || code == "xxx") return "";
  return code;
}

}  // namespace concord
