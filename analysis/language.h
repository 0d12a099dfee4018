// Language identification (CLD2).
#pragma once

#include <string>
#include <string_view>

namespace concord {

// ISO 639-1 code of the text's language ("en", "ru", "es", "ko", ...), or ""
// when CLD2 cannot tell (too little text, unknown language).
std::string DetectLanguage(std::string_view utf8_text);

}  // namespace concord
