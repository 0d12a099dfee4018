// Numeric character references out of Unicode's range, made harmless before
// gumbo sees them. gumbo 0.10 (Debian 12) accumulates the digits of "&#...;"
// in an int that overflows: "&#82111111111111111111111;" comes out as a lone
// byte such as 0xC7, invalid UTF-8 in text and attribute values (found by
// wxr_reader_fuzz). HTML maps every reference above U+10FFFF to U+FFFD, so
// writing it as that changes nothing a browser would show.
#pragma once

#include <string>
#include <string_view>

namespace concord {

// When html holds a numeric reference (decimal or hex, with or without ';')
// whose value is above U+10FFFF, sets *out to html with each such reference's
// digits replaced by those of U+FFFD and returns true; otherwise returns false
// and leaves *out alone (most pages: no copy).
bool ClampCharacterReferences(std::string_view html, std::string* out);

}  // namespace concord
