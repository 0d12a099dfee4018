#include "indexer/extract/charset.h"

#include <unicode/ucnv.h>

#include <memory>

#include "indexer/extract/text_clean.h"

namespace concord {

namespace {

// The value after `key` in lower-cased text, up to a quote, space, ';' or '>'.
std::string ValueAfter(const std::string& lower, std::string_view key) {
  size_t pos = lower.find(key);
  if (pos == std::string::npos) return "";
  pos += key.size();
  while (pos < lower.size() && (lower[pos] == ' ' || lower[pos] == '"' || lower[pos] == '\''))
    ++pos;
  size_t end = lower.find_first_of("\"' ;>?/", pos);
  if (end == std::string::npos) end = lower.size();
  return lower.substr(pos, end - pos);
}

}  // namespace

std::string DeclaredCharset(std::string_view head) {
  std::string lower = AsciiLower(head.substr(0, std::min<size_t>(head.size(), 4096)));
  if (lower.starts_with("<?xml")) {
    size_t end = lower.find("?>");
    std::string decl = lower.substr(0, end);
    std::string enc = ValueAfter(decl, "encoding=");
    if (!enc.empty()) return enc;
  }
  return ValueAfter(lower, "charset=");
}

std::string ToUtf8(std::string_view content, std::string_view declared, bool* converted) {
  if (converted) *converted = false;
  if (IsValidUtf8(content) || declared.empty() || declared == "utf-8" || declared == "utf8") {
    return std::string(content);
  }
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, void (*)(UConverter*)> from(
      ucnv_open(std::string(declared).c_str(), &status), ucnv_close);
  if (U_FAILURE(status) || !from) return std::string(content);
  std::unique_ptr<UConverter, void (*)(UConverter*)> to(ucnv_open("UTF-8", &status), ucnv_close);
  if (U_FAILURE(status) || !to) return std::string(content);
  std::string out(content.size() * 3 + 16, '\0');
  char* target = out.data();
  const char* source = content.data();
  ucnv_convertEx(to.get(), from.get(), &target, out.data() + out.size(), &source,
                 content.data() + content.size(), nullptr, nullptr, nullptr, nullptr,
                 /*reset=*/true, /*flush=*/true, &status);
  if (U_FAILURE(status)) return std::string(content);
  out.resize(static_cast<size_t>(target - out.data()));
  if (converted) *converted = true;
  return out;
}

}  // namespace concord
