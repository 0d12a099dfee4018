#include "searcher/search_command.h"

#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <iostream>

#include <nlohmann/json.hpp>

#include "common/exit_codes.h"

namespace concord {

namespace {

std::string Join(const std::vector<std::string>& words, const char* sep) {
  std::string out;
  for (const std::string& w : words) {
    if (!out.empty()) out += sep;
    out += w;
  }
  return out;
}

// Snippet HTML -> terminal text: <b> becomes bold (or nothing), entities unescaped.
std::string SnippetForTerminal(const std::string& html, bool bold) {
  std::string out;
  for (size_t i = 0; i < html.size();) {
    if (html.compare(i, 3, "<b>") == 0) { out += bold ? "\033[1m" : ""; i += 3; continue; }
    if (html.compare(i, 4, "</b>") == 0) { out += bold ? "\033[0m" : ""; i += 4; continue; }
    static const std::pair<const char*, char> kEntities[] = {
        {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&#39;", '\''}};
    bool replaced = false;
    for (const auto& [entity, c] : kEntities) {
      size_t len = std::char_traits<char>::length(entity);
      if (html.compare(i, len, entity) == 0) { out.push_back(c); i += len; replaced = true; break; }
    }
    if (replaced) continue;
    char c = html[i++];
    out.push_back(c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
  }
  // Collapse runs of spaces left by paragraph breaks.
  std::string collapsed;
  for (char c : out) if (!(c == ' ' && !collapsed.empty() && collapsed.back() == ' ')) collapsed.push_back(c);
  return collapsed;
}

int RunBatch(Searcher& searcher, const SearchCommandOptions& o, std::ostream& out) {
  std::ifstream file;
  std::istream* in = &std::cin;
  if (o.batch != "-") {
    file.open(o.batch);
    if (!file) {
      std::fprintf(stderr, "concord-search: cannot read the batch file %s\n", o.batch.c_str());
      return kExitUsage;
    }
    in = &file;
  }
  int code = kExitOk;
  std::string line;
  while (std::getline(*in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    SearchRequest req = o.request;
    req.query = line;
    SearchResponse resp;
    Status s = searcher.Search(req, &resp);
    if (s.ok()) {
      out << ToJson(resp) << "\n";
    } else {
      // One line per query, always: an error object keeps the lines aligned.
      nlohmann::json err = {{"query", line}, {"error", s.message()}};
      out << err.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
      code = kExitPartial;
    }
  }
  out.flush();
  return code;
}

}  // namespace

void PrintReadable(const SearchResponse& r, bool bold, std::ostream& out) {
  out << r.total << (r.total == 1 ? " result" : " results") << " (" << r.took_ms << " ms)";
  if (r.spelling) out << " — did you mean: " << *r.spelling << "?";
  out << "\n\n";
  int n = r.offset;
  for (const Hit& h : r.hits) {
    out << ++n << ". " << (bold ? "\033[1m" : "") << (h.title.empty() ? h.id : h.title)
        << (bold ? "\033[0m" : "") << "\n";
    std::string meta;
    if (!h.authors.empty()) meta += Join(h.authors, ", ");
    if (!h.date.empty()) meta += (meta.empty() ? "" : " · ") + h.date;
    char score[32];
    std::snprintf(score, sizeof score, "%.2f", h.score);
    meta += (meta.empty() ? "" : " · ") + std::string("score ") + score;
    out << "   " << meta << "\n";
    if (!h.snippet.empty()) out << "   " << SnippetForTerminal(h.snippet, bold) << "\n";
    out << "   " << (h.url.empty() ? h.id : h.url) << "\n\n";
  }
  for (const auto& [name, values] : r.facets) {
    out << name << ":";
    for (const FacetValue& v : values) out << "  " << v.value << " (" << v.count << ")";
    out << "\n";
  }
}

int RunSearchCommand(SearchCommandOptions o, std::ostream& out) {
  std::unique_ptr<Searcher> searcher;
  Status s = Searcher::Open(o.db, &searcher);
  if (!s.ok()) {
    std::fprintf(stderr, "concord-search: %s\n", s.message().c_str());
    return ExitCodeFor(s);
  }
  if (!o.batch.empty()) return RunBatch(*searcher, o, out);
  o.request.query = Join(o.query_words, " ");
  const SearchRequest& r = o.request;
  if (r.query.find_first_not_of(" \t") == std::string::npos && !o.all && r.authors.empty() &&
      r.entities.empty() && r.from.empty() && r.to.empty() && r.lang.empty()) {
    std::fprintf(stderr,
                 "concord-search: no query: give words to search for, or --all to list every "
                 "document (newest first)\n");
    return kExitUsage;
  }
  SearchResponse resp;
  s = searcher->Search(o.request, &resp);
  if (!s.ok()) {
    std::fprintf(stderr, "concord-search: %s\n", s.message().c_str());
    return ExitCodeFor(s);
  }
  if (o.json) {
    out << ToJson(resp) << "\n";
  } else {
    bool bold = o.color == "always" || (o.color == "auto" && isatty(STDOUT_FILENO));
    PrintReadable(resp, bold, out);
  }
  return kExitOk;
}

}  // namespace concord
