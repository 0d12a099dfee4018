#include "searcher/snippet.h"

#include <set>

#include "analysis/analyzer.h"
#include "analysis/tokenizer.h"

namespace concord {

std::string HtmlEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out.push_back(c);
    }
  }
  return out;
}

std::string MakeSnippet(std::string_view body, const std::vector<std::string>& query_words,
                        size_t max_bytes) {
  // Long bodies: only the first part is scanned, to bound the work per hit.
  constexpr size_t kScanLimit = 200 * 1024;
  std::string_view scan = body.substr(0, std::min(body.size(), kScanLimit));
  std::vector<Token> tokens = Tokenize(scan);
  if (tokens.empty()) return "";

  std::set<std::string, std::less<>> wanted;
  for (const std::string& w : query_words) {
    wanted.insert(w);
    wanted.insert(Stem("en", w));
  }
  std::vector<bool> hit(tokens.size());
  for (size_t i = 0; i < tokens.size(); ++i) {
    hit[i] = wanted.count(tokens[i].text) || wanted.count(Stem("en", tokens[i].text));
  }
  // Slide a window of tokens spanning at most max_bytes; keep the one with most hits.
  size_t best_start = 0, best_hits = 0, hits = 0, lo = 0;
  for (size_t hi = 0; hi < tokens.size(); ++hi) {
    hits += hit[hi];
    while (tokens[hi].end - tokens[lo].begin > max_bytes) hits -= hit[lo++];
    if (hits > best_hits) {
      best_hits = hits;
      best_start = lo;
    }
  }
  // Start a little before the first hit so it has context.
  size_t first = best_start;
  while (first < tokens.size() && !hit[first] && best_hits > 0) ++first;
  size_t start_tok = first > 3 ? first - 3 : 0;
  if (best_hits == 0) start_tok = 0;
  const size_t begin = tokens[start_tok].begin;
  std::string out = begin > 0 ? "… " : "";
  size_t cursor = begin;
  size_t last_end = begin;
  for (size_t i = start_tok; i < tokens.size() && tokens[i].end - begin <= max_bytes; ++i) {
    out += HtmlEscape(scan.substr(cursor, tokens[i].begin - cursor));
    std::string word = HtmlEscape(scan.substr(tokens[i].begin, tokens[i].end - tokens[i].begin));
    out += hit[i] ? "<b>" + word + "</b>" : word;
    cursor = last_end = tokens[i].end;
  }
  if (last_end < body.size()) out += " …";
  return out;
}

}  // namespace concord
