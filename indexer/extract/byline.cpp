#include "indexer/extract/byline.h"

#include <algorithm>

#include "indexer/extract/date_parse.h"
#include "indexer/extract/person_name.h"
#include "indexer/extract/text_clean.h"

namespace concord {

namespace {

bool OneOf(std::string_view word, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), word) != set.end();
}

// Words that end or begin place and institution names, never a person's:
// they keep "Sanctioned by North Korea" or "Hosted by the United Nations"
// from passing as a byline inside a title.
bool IsInstitutionWord(std::string_view word) {
  return OneOf(word, {"Korea",  "Russia",     "China",     "Japan",     "America",    "States",
                      "Union",  "Nations",    "Kingdom",   "Republic",  "Federation", "Council",
                      "Party",  "Government", "Ministry",  "Army",      "Agency",     "News",
                      "Press",  "Times",      "Review",    "Institute", "University", "Center",
                      "Centre", "Foundation", "Committee", "Assembly",  "Bank",       "Pyongyang",
                      "Moscow", "Seoul",      "Beijing",   "Tokyo",     "Washington", "North",
                      "South",  "East",       "West",      "United",    "Soviet",     "European",
                      "The",    "Kremlin"});
}

bool IsCommentCount(std::string_view segment) {
  std::string lower = AsciiLower(segment);
  if (lower == "no comments" || lower == "one comment" || lower == "leave a comment" ||
      lower == "comments off" || lower == "comments closed") {
    return true;
  }
  size_t digits = 0;
  while (digits < lower.size() && lower[digits] >= '0' && lower[digits] <= '9') ++digits;
  std::string_view rest = std::string_view(lower).substr(digits);
  return digits > 0 && (rest == " comment" || rest == " comments" || rest == " min read" ||
                        rest == " minute read" || rest == " responses" || rest == " response");
}

// The text after a byline's lead word, or nullopt when the line has none.
std::optional<std::string_view> AfterLead(std::string_view line) {
  std::string lower = AsciiLower(line.substr(0, std::min<size_t>(line.size(), 16)));
  for (std::string_view lead : {"written by ", "by ", "by|", "by:", "author: ", "authors: ", "por ",
                                "Автор: ", "Авторы: ", "Автор ", "автор: ", "글: ", "글 "}) {
    if (lower.starts_with(lead)) return line.substr(lead.size());
  }
  if (lower.starts_with("by") && line.size() == 2) return std::string_view();
  return std::nullopt;
}

// "Posted on DATE by NAME" / "Posted by NAME on DATE": the name part and the date.
std::optional<Byline> ParsePostedLine(std::string_view line) {
  std::string lower = AsciiLower(line);
  if (!lower.starts_with("posted ") && !lower.starts_with("published ")) return std::nullopt;
  size_t by = lower.find(" by ");
  if (by == std::string::npos) return std::nullopt;
  Byline byline;
  DateMatch date = FindDate(line);
  byline.date = date.iso;
  std::string_view names = line.substr(by + 4);
  if (!date.iso.empty() && date.begin > by) names = line.substr(by + 4, date.begin - by - 4);
  byline.authors = SplitAuthors(TrimNameFiller(names));
  if (byline.authors.empty()) return std::nullopt;
  return byline;
}

// "박서연 기자": a Korean reporter's byline.
std::optional<Byline> ParseKoreanReporterLine(std::string_view line) {
  for (std::string_view title : {" 기자", " 특파원"}) {
    if (!line.ends_with(title)) continue;
    std::string_view name = Trim(line.substr(0, line.size() - title.size()));
    if (ShapeOfWord(name) == WordShape::kHangul && LooksLikePersonName(name)) {
      return Byline{{std::string(name)}, ""};
    }
  }
  return std::nullopt;
}

std::vector<std::string> SplitSegments(std::string_view text) {
  std::string s(text);
  for (std::string_view sep : {" / ", " — ", " – ", " · ", " • "}) {
    for (size_t pos; (pos = s.find(sep)) != std::string::npos;) s.replace(pos, sep.size(), "|");
  }
  std::vector<std::string> segments;
  size_t pos = 0;
  while (pos <= s.size()) {
    size_t end = s.find('|', pos);
    if (end == std::string::npos) end = s.size();
    segments.push_back(std::string(Trim(std::string_view(s).substr(pos, end - pos))));
    pos = end + 1;
  }
  return segments;
}

}  // namespace

std::optional<Byline> ParseBylineLine(std::string_view raw_line) {
  std::string line = CollapseSpaces(raw_line);
  if (line.empty() || Utf8Length(line) > 150) return std::nullopt;
  if (auto posted = ParsePostedLine(line)) return posted;
  if (auto reporter = ParseKoreanReporterLine(line)) return reporter;
  std::optional<std::string_view> rest = AfterLead(line);
  if (!rest) return std::nullopt;
  Byline byline;
  bool first = true;
  for (const std::string& segment : SplitSegments(*rest)) {
    bool was_first = first;
    first = false;
    if (segment.empty() || IsCommentCount(segment)) continue;
    DateMatch date = FindDate(segment);
    std::string residue = segment;
    if (!date.iso.empty()) {
      if (byline.date.empty()) byline.date = date.iso;
      residue = segment.substr(0, date.begin) + " " + segment.substr(date.end);
    }
    residue = std::string(TrimNameFiller(CollapseSpaces(residue)));
    if (residue.empty() || !byline.authors.empty()) continue;
    byline.authors = SplitAuthors(residue);
    // The first part of a byline must be a name or a date; anything else is prose.
    if (byline.authors.empty() && was_first) return std::nullopt;
  }
  if (byline.authors.empty() && byline.date.empty()) return std::nullopt;
  return byline;
}

std::optional<std::pair<std::string, std::string>> SplitTitleByline(std::string_view title) {
  size_t by = title.rfind(" by ");
  if (by == std::string_view::npos) return std::nullopt;
  std::string_view head = Trim(title.substr(0, by));
  std::string_view name = TrimNameFiller(title.substr(by + 4));
  std::vector<std::string_view> words = SplitWords(name);
  if (head.empty() || words.size() < 2 || words.size() > 4 || !LooksLikePersonName(name)) {
    return std::nullopt;
  }
  for (std::string_view w : words) {
    if (IsInstitutionWord(w) || ShapeOfWord(w) == WordShape::kAllCaps) return std::nullopt;
  }
  return std::make_pair(std::string(TrimNameFiller(head)), std::string(name));
}

}  // namespace concord
