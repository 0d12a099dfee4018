#include "indexer/readers/sniff.h"

#include <string>

#include "indexer/extract/text_clean.h"
#include "indexer/readers/text_reader.h"

namespace concord {

namespace {

// Position of the first element's name in lower-cased markup, skipping
// declarations, comments, processing instructions and whitespace; npos when
// the head ends first.
size_t FirstElement(const std::string& s, size_t pos) {
  while (pos < s.size()) {
    pos = s.find_first_not_of(" \t\r\n", pos);
    if (pos == std::string::npos || s[pos] != '<') return std::string::npos;
    if (s.compare(pos, 4, "<!--") == 0) {
      size_t end = s.find("-->", pos + 4);
      if (end == std::string::npos) return std::string::npos;
      pos = end + 3;
    } else if (s.compare(pos, 2, "<?") == 0) {
      size_t end = s.find("?>", pos + 2);
      if (end == std::string::npos) return std::string::npos;
      pos = end + 2;
    } else if (s.compare(pos, 2, "<!") == 0) {
      if (s.compare(pos, 14, "<!doctype html") == 0) return pos + 2;
      size_t end = s.find('>', pos + 2);
      if (end == std::string::npos) return std::string::npos;
      pos = end + 1;
    } else {
      return pos + 1;
    }
  }
  return std::string::npos;
}

bool NameIs(const std::string& s, size_t pos, std::string_view name) {
  if (s.compare(pos, name.size(), name) != 0) return false;
  size_t after = pos + name.size();
  return after >= s.size() || s[after] == ' ' || s[after] == '>' || s[after] == '\t' ||
         s[after] == '\n' || s[after] == '\r' || s[after] == '/';
}

}  // namespace

SniffedFormat SniffFormat(std::string_view head) {
  if (!LooksLikeText(head)) return SniffedFormat::kBinary;
  if (head.starts_with("\xEF\xBB\xBF")) head.remove_prefix(3);
  size_t start = head.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos) return SniffedFormat::kText;
  if (head[start] == '{') return SniffedFormat::kJsonl;
  if (head[start] != '<') return SniffedFormat::kText;
  std::string lower = AsciiLower(head);
  size_t name = FirstElement(lower, start);
  if (name != std::string::npos) {
    if (NameIs(lower, name, "doctype html") || NameIs(lower, name, "html") ||
        NameIs(lower, name, "head") || NameIs(lower, name, "body")) {
      return SniffedFormat::kHtml;
    }
    if (NameIs(lower, name, "rss")) {
      return lower.find("wordpress.org/export/") != std::string::npos ? SniffedFormat::kWxr
                                                                      : SniffedFormat::kRss;
    }
    if (NameIs(lower, name, "rdf:rdf")) return SniffedFormat::kRss;
    if (NameIs(lower, name, "feed") || NameIs(lower, name, "atom:feed"))
      return SniffedFormat::kAtom;
    return SniffedFormat::kOtherXml;
  }
  // The head ended inside a long prolog: judge by what it mentions.
  if (lower.find("<rss") != std::string::npos) {
    return lower.find("wordpress.org/export/") != std::string::npos ? SniffedFormat::kWxr
                                                                    : SniffedFormat::kRss;
  }
  if (lower.find("<html") != std::string::npos) return SniffedFormat::kHtml;
  return SniffedFormat::kOtherXml;
}

}  // namespace concord
