#include "indexer/extract/text_metadata.h"

#include <algorithm>
#include <optional>

#include "indexer/extract/boilerplate.h"
#include "indexer/extract/byline.h"
#include "indexer/extract/date_parse.h"
#include "indexer/extract/sentence.h"
#include "indexer/extract/text_clean.h"

namespace concord {

namespace {

// Bylines and dates are looked for in this many paragraphs after the title,
// and in the two after a repeat of the title (an editor's introduction often
// comes first, then the title again and the author's byline).
constexpr size_t kHeaderParagraphs = 10;
// A first line longer than this, or of more than one sentence, is a paragraph.
constexpr size_t kMaxTitleChars = 200;

size_t WordCount(std::string_view text) {
  return text.empty() ? 0 : std::count(text.begin(), text.end(), ' ') + 1;
}

bool EndsSentence(std::string_view text) {
  return !text.empty() && (text.back() == '.' || text.back() == '!' || text.back() == '?');
}

// "Commentary", "Analysis", "Op-Ed" above a title: a section label.
bool IsSectionLabel(std::string_view line, std::string_view next) {
  if (line.empty() || next.empty() || WordCount(line) > 2 || Utf8Length(line) > 25) return false;
  if (EndsSentence(line) || line.back() == ':' || !LooksLikePersonName(line)) return false;
  if (ParseBylineLine(next) || !DateOnlyLine(next).empty()) return false;
  return Utf8Length(next) <= kMaxTitleChars && !EndsSentence(next);
}

bool Contains(const std::vector<std::string>& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

void AppendNew(const std::vector<std::string>& from, std::vector<std::string>* to) {
  for (const std::string& s : from) {
    if (!Contains(*to, s)) to->push_back(s);
  }
}

}  // namespace

ArticleMetadata ExtractArticleMetadata(std::vector<std::string> paragraphs,
                                       const ArticleMetadata& known, bool first_is_title) {
  ArticleMetadata out = known;
  std::vector<bool> removed(paragraphs.size(), false);
  std::vector<std::string> titles;  // every form of the title, to drop its repeats
  std::optional<std::string> title_author;
  size_t first = 0;
  while (first < paragraphs.size() && paragraphs[first].empty()) ++first;

  if (first_is_title && out.title.empty() && first < paragraphs.size()) {
    size_t next = first + 1;
    while (next < paragraphs.size() && paragraphs[next].empty()) ++next;
    if (next < paragraphs.size() && IsSectionLabel(paragraphs[first], paragraphs[next])) {
      if (!Contains(out.categories, paragraphs[first])) out.categories.push_back(paragraphs[first]);
      removed[first] = true;
      first = next;
    }
    std::string& line = paragraphs[first];
    // A Markdown heading ("# Title") is a title without its marks.
    if (line.starts_with("#")) {
      size_t marks = line.find_first_not_of('#');
      if (marks != std::string::npos && line[marks] == ' ') line = line.substr(marks + 1);
    }
    std::string first_sentence = FirstSentence(line, kMaxTitleChars);
    if (first_sentence != line) {
      out.title = first_sentence;  // a paragraph, not a title: it stays in the body
    } else {
      removed[first] = true;
      titles.push_back(line);
      if (auto split = SplitTitleByline(line)) {
        out.title = split->first;
        title_author = split->second;
        titles.push_back(split->first);
      } else {
        out.title = line;
      }
    }
  } else if (!out.title.empty()) {
    titles.push_back(out.title);
  }

  std::vector<std::string> comparable_titles;
  for (const std::string& t : titles) comparable_titles.push_back(ComparableText(t));
  size_t zone_end = std::min(paragraphs.size(), first + 1 + kHeaderParagraphs);
  for (size_t i = first; i < zone_end; ++i) {
    if (removed[i] || paragraphs[i].empty()) continue;
    const std::string& p = paragraphs[i];
    if (Contains(comparable_titles, ComparableText(p))) {
      removed[i] = true;
      zone_end = std::min(paragraphs.size(), std::max(zone_end, i + 3));
      continue;
    }
    if (auto byline = ParseBylineLine(p)) {
      if (out.authors.empty()) out.authors = byline->authors;
      if (out.date.empty()) out.date = byline->date;
      bool names_others =
          std::any_of(byline->authors.begin(), byline->authors.end(),
                      [&](const std::string& a) { return !Contains(out.authors, a); });
      removed[i] = !names_others;
      continue;
    }
    std::string date = DateOnlyLine(p);
    if (!date.empty()) {
      if (out.date.empty()) out.date = date;
      removed[i] = true;
    }
  }
  if (out.authors.empty() && title_author) out.authors.push_back(*title_author);

  std::vector<std::string> kept;
  for (size_t i = 0; i < paragraphs.size(); ++i) {
    if (!removed[i] && !paragraphs[i].empty()) kept.push_back(std::move(paragraphs[i]));
  }
  CleanArticle clean = RemoveBoilerplate(std::move(kept), titles);
  AppendNew(clean.categories, &out.categories);
  AppendNew(clean.tags, &out.tags);
  out.body = JoinParagraphs(clean.paragraphs);
  return out;
}

ArticleMetadata ExtractTextMetadata(std::string_view text) {
  std::vector<std::string> paragraphs;
  for (std::string& line : SplitLines(text)) {
    if (!line.empty()) paragraphs.push_back(std::move(line));
  }
  return ExtractArticleMetadata(std::move(paragraphs), ArticleMetadata(), true);
}

}  // namespace concord
