#include "indexer/extract/text_clean.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include "analysis/normalizer.h"

namespace concord {

namespace {

bool IsSpaceCodePoint(UChar32 c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' ||
         u_isUWhiteSpace(c) || c == 0x00A0 || c == 0x200B || c == 0xFEFF;
}

}  // namespace

std::string CleanUtf8(std::string_view in, bool* was_valid) {
  std::string repaired;
  bool valid = RepairUtf8(in, &repaired);
  if (was_valid) *was_valid = valid;
  std::string out;
  out.reserve(repaired.size());
  const char* s = repaired.data();
  int32_t length = static_cast<int32_t>(repaired.size());
  int32_t i = 0;
  while (i < length) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c == '\r') {
      if (i < length && s[i] == '\n') continue;  // CR LF -> LF
      out.push_back('\n');
      continue;
    }
    if (c == '\n' || c == '\t') {
      out.push_back(static_cast<char>(c));
      continue;
    }
    if (c < 0x20 || (c >= 0x7F && c < 0xA0) || c == 0xFEFF) continue;
    out.append(s + start, static_cast<size_t>(i - start));
  }
  return out;
}

bool IsValidUtf8(std::string_view text) {
  const char* s = text.data();
  int32_t length = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < length) {
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) return false;
  }
  return true;
}

std::string CollapseSpaces(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  const char* s = text.data();
  int32_t length = static_cast<int32_t>(text.size());
  int32_t i = 0;
  bool pending_space = false;
  while (i < length) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c >= 0 && IsSpaceCodePoint(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.append(s + start, static_cast<size_t>(i - start));
  }
  return out;
}

std::string_view Trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t' || text.front() == '\n' ||
                           text.front() == '\r' || text.front() == '\f')) {
    text.remove_prefix(1);
  }
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\n' ||
                           text.back() == '\r' || text.back() == '\f')) {
    text.remove_suffix(1);
  }
  return text;
}

std::vector<std::string> SplitLines(std::string_view text) {
  std::vector<std::string> lines;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    lines.push_back(CollapseSpaces(text.substr(pos, end - pos)));
    pos = end + 1;
  }
  while (!lines.empty() && lines.back().empty()) lines.pop_back();
  return lines;
}

std::string JoinParagraphs(const std::vector<std::string>& paragraphs) {
  std::string out;
  for (const std::string& p : paragraphs) {
    if (p.empty()) continue;
    if (!out.empty()) out += "\n\n";
    out += p;
  }
  return out;
}

size_t Utf8Length(std::string_view text) {
  size_t n = 0;
  for (unsigned char c : text) n += (c & 0xC0) != 0x80;
  return n;
}

std::string AsciiLower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string FoldCase(std::string_view text) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  u.foldCase();
  std::string out;
  u.toUTF8String(out);
  return out;
}

std::string ComparableText(std::string_view text) { return AsciiLower(CollapseSpaces(text)); }

}  // namespace concord
