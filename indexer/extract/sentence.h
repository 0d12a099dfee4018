// The first sentence of a text, for titles that a source does not give.
#pragma once

#include <string>
#include <string_view>

namespace concord {

// The first sentence of text (ICU sentence boundaries), trimmed; when longer
// than max_chars code points it is cut at the last word boundary before the
// limit and ends with "…". text must be valid UTF-8.
std::string FirstSentence(std::string_view text, size_t max_chars = 150);

}  // namespace concord
