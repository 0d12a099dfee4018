#include "indexer/readers/html_charrefs.h"

#include <algorithm>
#include <cstdint>

namespace concord {

namespace {

// The value of c as a digit of the base, or -1.
int DigitValue(char c, bool hex) {
  if (c >= '0' && c <= '9') return c - '0';
  if (!hex) return -1;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

constexpr uint32_t kPastUnicode = 0x110000;

}  // namespace

bool ClampCharacterReferences(std::string_view html, std::string* out) {
  bool changed = false;
  size_t copied = 0;  // html before this is in *out already
  for (size_t i = html.find("&#"); i != std::string_view::npos; i = html.find("&#", i)) {
    size_t j = i + 2;
    const bool hex = j < html.size() && (html[j] == 'x' || html[j] == 'X');
    if (hex) ++j;
    const size_t digits = j;
    uint32_t value = 0;  // saturates just past Unicode: never overflows
    for (int d; j < html.size() && (d = DigitValue(html[j], hex)) >= 0; ++j) {
      value = std::min<uint32_t>(value * (hex ? 16 : 10) + static_cast<uint32_t>(d), kPastUnicode);
    }
    if (value >= kPastUnicode) {
      if (!changed) out->clear();
      changed = true;
      out->append(html.substr(copied, digits - copied));
      out->append(hex ? "FFFD" : "65533");
      copied = j;
    }
    i = j;
  }
  if (changed) out->append(html.substr(copied));
  return changed;
}

}  // namespace concord
