#include "searcher/snippet.h"

#include <algorithm>
#include <map>

namespace concord {

namespace {

struct Span {
  size_t first;     // token index
  size_t count;     // tokens in the match
  std::string key;  // what matched, for counting distinct matches
};

// Cuts s to at most max bytes without splitting a UTF-8 sequence.
size_t Utf8Cut(std::string_view s, size_t max) {
  if (s.size() <= max) return s.size();
  size_t cut = max;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return cut;
}

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f'; }

void AppendEscaped(char c, std::string* out) {
  switch (c) {
    case '&':
      *out += "&amp;";
      break;
    case '<':
      *out += "&lt;";
      break;
    case '>':
      *out += "&gt;";
      break;
    case '"':
      *out += "&quot;";
      break;
    case '\'':
      *out += "&#39;";
      break;
    default:
      out->push_back(c);
  }
}

// Escaped text with each run of white space as one space.
void AppendText(std::string_view text, std::string* out) {
  for (char c : text) {
    if (!IsSpace(c)) {
      AppendEscaped(c, out);
    } else if (out->empty() || out->back() != ' ') {
      out->push_back(' ');
    }
  }
}

// True when the text between two words ends a sentence or a paragraph.
bool SentenceBreak(std::string_view gap) {
  return gap.find_first_of(".!?\n") != std::string_view::npos;
}

std::vector<Span> FindMatches(const std::vector<Token>& tokens, const MatchFn& match) {
  std::vector<Span> spans;
  for (size_t i = 0; i < tokens.size();) {
    size_t length = match(tokens, i);
    if (length == 0) {
      ++i;
      continue;
    }
    length = std::min(length, tokens.size() - i);
    Span span{i, length, tokens[i].text};
    for (size_t k = 1; k < length; ++k) span.key += " " + tokens[i + k].text;
    spans.push_back(std::move(span));
    i += length;
  }
  return spans;
}

// The spans [lo, hi] that fit in max_bytes with the most distinct matches,
// then the most matches; the earliest such window wins.
std::pair<size_t, size_t> BestWindow(const std::vector<Token>& tokens,
                                     const std::vector<Span>& spans, size_t max_bytes) {
  auto begin = [&](size_t s) { return tokens[spans[s].first].begin; };
  auto end = [&](size_t s) { return tokens[spans[s].first + spans[s].count - 1].end; };
  std::map<std::string_view, int> in_window;
  std::pair<size_t, size_t> best{0, 0};
  size_t best_score = 0;
  for (size_t lo = 0, hi = 0; hi < spans.size(); ++hi) {
    ++in_window[spans[hi].key];
    while (lo < hi && end(hi) - begin(lo) > max_bytes) {
      if (--in_window[spans[lo].key] == 0) in_window.erase(spans[lo].key);
      ++lo;
    }
    const size_t score = in_window.size() * 1000 + (hi - lo + 1);
    if (score > best_score) {
      best_score = score;
      best = {lo, hi};
    }
  }
  return best;
}

}  // namespace

std::string HtmlEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char c : text) AppendEscaped(c, &out);
  return out;
}

std::string MakeSnippet(std::string_view body, const MatchFn& match, size_t max_bytes) {
  const std::string_view scan = body.substr(0, Utf8Cut(body, kSnippetScanBytes));
  const std::vector<Token> tokens = Tokenize(scan);
  if (tokens.empty()) return "";
  const std::vector<Span> spans = FindMatches(tokens, match);
  std::vector<size_t> span_at(tokens.size(), 0);
  for (const Span& s : spans) span_at[s.first] = s.count;

  size_t start = 0;
  const bool fits_whole = scan.size() == body.size() && tokens.back().end <= max_bytes;
  if (!spans.empty() && !fits_whole) {
    auto [lo, hi] = BestWindow(tokens, spans, max_bytes);
    start = spans[lo].first;
    const size_t hits_begin = tokens[start].begin;
    const size_t hits_end = tokens[spans[hi].first + spans[hi].count - 1].end;
    // Context before the first match: up to a quarter of the room, and not
    // past the start of its sentence.
    const size_t used = hits_end - hits_begin;
    const size_t room = used >= max_bytes ? 0 : std::min(max_bytes / 4, max_bytes - used);
    while (start > 0 && hits_begin - tokens[start - 1].begin <= room &&
           !SentenceBreak(
               scan.substr(tokens[start - 1].end, tokens[start].begin - tokens[start - 1].end))) {
      --start;
    }
  }

  const size_t begin = tokens[start].begin;
  std::string out = begin > 0 ? "… " : "";
  size_t cursor = begin;
  size_t i = start;
  bool after_match = false;
  while (i < tokens.size()) {
    const size_t count = std::max<size_t>(span_at[i], 1);
    const size_t end = tokens[i + count - 1].end;
    if (end - begin > max_bytes && i > start) break;
    const std::string_view gap = scan.substr(cursor, tokens[i].begin - cursor);
    const bool is_match = span_at[i] > 0;
    // Matches separated by spaces only are marked as one: <b>Choe Ryong Hae</b>.
    const bool joins = is_match && after_match &&
                       std::all_of(gap.begin(), gap.end(), [](char c) { return IsSpace(c); });
    if (joins) out.resize(out.size() - 4);  // reopen the previous </b>
    AppendText(gap, &out);
    if (is_match && !joins) out += "<b>";
    AppendText(scan.substr(tokens[i].begin, end - tokens[i].begin), &out);
    if (is_match) out += "</b>";
    after_match = is_match;
    cursor = end;
    i += count;
  }
  if (i == tokens.size() && scan.size() == body.size()) {
    AppendText(scan.substr(cursor), &out);  // the closing punctuation
    while (!out.empty() && out.back() == ' ') out.pop_back();
  } else {
    out += " …";
  }
  return out;
}

}  // namespace concord
