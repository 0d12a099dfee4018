#include "searcher/readable_output.h"

#include <cstdio>
#include <utility>

namespace concord {

namespace {

constexpr const char* kBoldOn = "\033[1m";
constexpr const char* kBoldOff = "\033[22m";

// Document text made safe for a terminal: control characters (C0, DEL, C1)
// become spaces, runs of spaces one space.
std::string TerminalSafe(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    const bool c1 = c == 0xC2 && i + 1 < text.size() &&
                    static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
                    static_cast<unsigned char>(text[i + 1]) <= 0x9F;
    if (c < 0x20 || c == 0x7F || c1) {
      if (c1) ++i;
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
      continue;
    }
    if (c == ' ' && !out.empty() && out.back() == ' ') continue;
    out.push_back(static_cast<char>(c));
  }
  return out;
}

std::string Join(const std::vector<std::string>& parts, const char* separator) {
  std::string out;
  for (const std::string& p : parts) {
    if (p.empty()) continue;
    if (!out.empty()) out += separator;
    out += p;
  }
  return out;
}

std::string Milliseconds(double ms) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f ms", ms);
  return buf;
}

}  // namespace

std::string SnippetForTerminal(const std::string& html, bool bold) {
  static const std::pair<std::string_view, char> kEntities[] = {
      {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&#39;", '\''}};
  std::string out, text;
  // Document text goes through TerminalSafe; only our own bold codes are added raw.
  auto flush = [&](const char* code) {
    out += TerminalSafe(text);
    text.clear();
    if (bold) out += code;
  };
  for (size_t i = 0; i < html.size();) {
    if (html.compare(i, 3, "<b>") == 0) {
      flush(kBoldOn);
      i += 3;
      continue;
    }
    if (html.compare(i, 4, "</b>") == 0) {
      flush(kBoldOff);
      i += 4;
      continue;
    }
    bool unescaped = false;
    for (const auto& [entity, c] : kEntities) {
      if (html.compare(i, entity.size(), entity) != 0) continue;
      text.push_back(c);
      i += entity.size();
      unescaped = true;
      break;
    }
    if (!unescaped) text.push_back(html[i++]);
  }
  flush("");
  return out;
}

void PrintReadable(const SearchResponse& r, const ReadableStyle& style, std::ostream& out) {
  const char* on = style.bold ? kBoldOn : "";
  const char* off = style.bold ? kBoldOff : "";
  if (r.hits.empty()) {
    out << "No results";
    if (r.total > 0) out << " on this page (" << r.total << " in all; lower --offset)";
  } else {
    out << "Results " << r.offset + 1 << "–" << r.offset + r.hits.size() << " of " << r.total;
  }
  out << " (" << Milliseconds(r.took_ms) << ")\n";
  if (r.spelling) out << "Did you mean: " << on << TerminalSafe(*r.spelling) << off << "?\n";
  for (const std::string& w : r.warnings) out << "warning: " << TerminalSafe(w) << "\n";
  out << "\n";
  int n = r.offset;
  for (const Hit& h : r.hits) {
    out << ++n << ". " << on << TerminalSafe(h.title.empty() ? h.id : h.title) << off << "\n";
    const std::string meta = Join({Join(h.authors, ", "), h.date, h.lang}, " · ");
    if (!meta.empty()) out << "   " << TerminalSafe(meta) << "\n";
    if (!h.snippet.empty()) out << "   " << SnippetForTerminal(h.snippet, style.bold) << "\n";
    out << "   " << TerminalSafe(h.url.empty() ? h.id : h.url) << "\n\n";
  }
  for (const auto& [name, values] : r.facets) {
    out << on << name << off << ":";
    if (values.empty()) out << " (none)";
    for (size_t i = 0; i < values.size(); ++i) {
      out << (i == 0 ? " " : " · ") << TerminalSafe(values[i].value) << " (" << values[i].count
          << ")";
    }
    out << "\n";
  }
}

}  // namespace concord
