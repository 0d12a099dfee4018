#include "indexer/extract/boilerplate.h"

#include <algorithm>
#include <iterator>
#include <regex>

#include "indexer/extract/date_parse.h"
#include "indexer/extract/text_clean.h"

namespace concord {

namespace {

// Furniture is short; a long paragraph is never tested against the patterns.
constexpr size_t kMaxFurnitureBytes = 400;

std::regex Pattern(const char* source) {
  return std::regex(source, std::regex::ECMAScript | std::regex::icase | std::regex::optimize);
}

bool MatchesAny(std::string_view text, const std::vector<std::regex>& patterns) {
  if (text.size() > kMaxFurnitureBytes) return false;
  std::string s(text);
  return std::any_of(patterns.begin(), patterns.end(),
                     [&](const std::regex& re) { return std::regex_match(s, re); });
}

const std::vector<std::regex>& FurniturePatterns() {
  static const std::vector<std::regex> kPatterns = [] {
    std::vector<std::regex> p;
    for (const char* source : {
             R"((share|like) this:?)",
             R"(share:?)",
             R"(like loading\W*)",
             R"(related( (posts|articles|stories))?:?)",
             R"(you (may|might) also like:?)",
             R"((read more|continue reading).{0,120})",
             R"(loading\W*)",
             R"(skip to (main )?content)",
             R"((tweet|print|email|reply|cancel( reply)?|subscribe|advertisement|logo|website|)"
             R"(share by email))",
             R"((click to )?(share|post) on (twitter|facebook|linkedin|reddit|tumblr|pinterest|)"
             R"(google\+|whatsapp|telegram|vk|email)( \(opens in new window\))?)",
             R"((click to )?(email|print) (this|a link)( to a friend)?( \(opens in new window\))?)",
             R"((this entry was )?posted in .{0,200}bookmark the permalink\.?)",
             R"(bookmark the permalink\.?)",
             R"(the post .{1,300} appeared first on .{1,100})",
             R"(your email address will not be published\.?( required fields are marked \*?)?)",
             R"(required fields are marked \*?)",
             R"((name|email|website)( \((required|optional)\))? ?\*?)",
             R"(fill in your details below or click an icon to log in:?)",
             R"(you are commenting using your .{0,40}account\.?.{0,30})",
             R"(\(? ?log ?out /? ?change ?\)?)",
             R"(connecting to %s)",
             R"((google\+|twitter|facebook|wordpress\.com|gravatar) (photo|picture|logo|account))",
             R"(notify me of (new|follow-up) (comments|posts).{0,60})",
             R"(this site uses akismet to reduce spam\..{0,120})",
             R"(we follow the house rules.{0,200})",
             R"(house rules:?)",
             R"((our )?comment(s|ing)? (policy|guidelines).{0,300})",
             R"(you must be logged in to post a comment\.?)",
         }) {
      p.push_back(Pattern(source));
    }
    return p;
  }();
  return kPatterns;
}

const std::vector<std::regex>& OpenerPatterns() {
  static const std::vector<std::regex> kPatterns = [] {
    std::vector<std::regex> p;
    for (const char* source : {
             R"((no|one|two|three|four|five|\d+) (comments?|responses?|replies|thoughts?))"
             R"(( (to|on) .{1,300})?:?)",
             R"(comments? \(\d+\))",
             R"(leave a (reply|comment)( cancel reply)?)",
             R"((post|add|write) (a|your) comment)",
             R"(comments (are|is) closed\.?)",
             R"(join the (discussion|conversation))",
             R"(this site uses akismet to reduce spam\..{0,120})",
             R"(\d+\. ?\S.{0,60} (says|said|wrote):)",
         }) {
      p.push_back(Pattern(source));
    }
    return p;
  }();
  return kPatterns;
}

// "Sarah says:" opens a comment thread only when a comment date follows it;
// otherwise it may be an article introducing a quotation.
bool OpensUnnumberedThread(std::string_view paragraph, std::string_view next) {
  static const std::regex kSays = Pattern(R"(\S.{0,60} (says|said|wrote):)");
  if (paragraph.size() > 80 || !std::regex_match(std::string(paragraph), kSays)) return false;
  return next.size() < 80 && !FindDate(next).iso.empty();
}

bool IsClosingDisclaimer(std::string_view paragraph) {
  static const std::vector<std::regex> kPatterns = [] {
    std::vector<std::regex> p;
    for (const char* source : {
             R"((the )?(views|opinions) expressed (here |in this (article|piece|post) )?)"
             R"((are|do not|don't).{0,200})",
             R"(Мнение автора может не совпадать с позицией редакции\.?)",
             R"(※ ?이 글은 필자.{0,200})",
         }) {
      p.push_back(Pattern(source));
    }
    return p;
  }();
  return MatchesAny(paragraph, kPatterns);
}

bool HasCaptionCredit(std::string_view paragraph) {
  for (std::string_view marker : {"| Image:", "Image:", "Photo:", "Credit:", "Фото:", "사진:"}) {
    if (paragraph.find(marker) != std::string_view::npos) return true;
  }
  return false;
}

std::vector<std::string> LowerWords(std::string_view text) {
  std::vector<std::string> words;
  std::string s = ComparableText(text);
  size_t pos = 0;
  while (pos < s.size()) {
    size_t end = s.find(' ', pos);
    if (end == std::string::npos) end = s.size();
    words.push_back(s.substr(pos, end - pos));
    pos = end + 1;
  }
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  return words;
}

// A caption printed twice, once under the image and once as its alt text or
// credit line, often with a few words changed: both carry a credit and share
// most of their words.
bool IsCaptionVariant(std::string_view a, std::string_view b) {
  if (a.size() >= kMaxFurnitureBytes || b.size() >= kMaxFurnitureBytes || !HasCaptionCredit(a) ||
      !HasCaptionCredit(b)) {
    return false;
  }
  std::vector<std::string> wa = LowerWords(a), wb = LowerWords(b), common;
  std::set_intersection(wa.begin(), wa.end(), wb.begin(), wb.end(), std::back_inserter(common));
  size_t all = wa.size() + wb.size() - common.size();
  return all > 0 && common.size() * 10 >= all * 6;  // Jaccard similarity of at least 0.6
}

void SplitList(std::string_view text, std::vector<std::string>* out) {
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t end = text.find(',', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string item = CollapseSpaces(text.substr(pos, end - pos));
    while (!item.empty() && (item.back() == '.' || item.back() == '|')) item.pop_back();
    if (!item.empty() && std::find(out->begin(), out->end(), item) == out->end()) {
      out->push_back(item);
    }
    pos = end + 1;
  }
}

// The text between a lead-in (lower-case search) and the first of the stops.
std::string_view Between(std::string_view text, const std::string& lower, std::string_view lead,
                         std::initializer_list<std::string_view> stops) {
  size_t start = lower.find(lead);
  if (start == std::string::npos) return {};
  start += lead.size();
  size_t end = text.size();
  for (std::string_view stop : stops) end = std::min(end, lower.find(stop, start));
  return text.substr(start, end - start);
}

}  // namespace

bool IsBoilerplateParagraph(std::string_view paragraph) {
  return MatchesAny(Trim(paragraph), FurniturePatterns());
}

bool OpensCommentSection(std::string_view paragraph) {
  return MatchesAny(Trim(paragraph), OpenerPatterns());
}

bool ParseFiledUnder(std::string_view paragraph, std::vector<std::string>* categories,
                     std::vector<std::string>* tags) {
  paragraph = Trim(paragraph);
  if (paragraph.size() > kMaxFurnitureBytes) return false;
  std::string lower = AsciiLower(paragraph);
  bool posted_in =
      lower.starts_with("this entry was posted in ") || lower.starts_with("posted in ");
  bool filed_under = lower.starts_with("filed under");
  bool tagged_only =
      lower.starts_with("tagged ") || lower.starts_with("tagged:") || lower.starts_with("tags:");
  if (!posted_in && !filed_under && !tagged_only) return false;
  // A sentence that happens to begin so ("Posted in haste, the note said little.") is prose.
  if (paragraph.back() == '.' && !lower.starts_with("this entry was") &&
      lower.find("bookmark the permalink") == std::string::npos) {
    return false;
  }
  if (posted_in) {
    SplitList(
        Between(paragraph, lower, "posted in ", {" and tagged", "| tagged", ". bookmark", " | "}),
        categories);
  }
  if (filed_under) {
    std::string_view rest = paragraph.substr(std::string_view("filed under").size());
    while (!rest.empty() && (rest.front() == ':' || rest.front() == ' ')) rest.remove_prefix(1);
    SplitList(rest, categories);
  }
  std::string_view tag_list;
  if (lower.find("tagged ") != std::string::npos || lower.find("tagged:") != std::string::npos) {
    tag_list = Between(paragraph, lower, "tagged", {". bookmark", " | "});
  } else if (lower.starts_with("tags:")) {
    tag_list = paragraph.substr(5);
  }
  while (!tag_list.empty() && (tag_list.front() == ':' || tag_list.front() == ' ')) {
    tag_list.remove_prefix(1);
  }
  SplitList(tag_list, tags);
  return true;
}

CleanArticle RemoveBoilerplate(std::vector<std::string> paragraphs,
                               const std::vector<std::string>& titles) {
  CleanArticle out;
  // The title (paragraph 0 of plain text) never opens a comment section.
  for (size_t i = 1; i < paragraphs.size(); ++i) {
    std::string_view next = i + 1 < paragraphs.size() ? paragraphs[i + 1] : std::string_view();
    if (OpensCommentSection(paragraphs[i]) || OpensUnnumberedThread(paragraphs[i], next)) {
      paragraphs.resize(i);
      break;
    }
  }
  std::vector<std::string> comparable_titles;
  for (const std::string& t : titles) {
    if (!t.empty()) comparable_titles.push_back(ComparableText(t));
  }
  for (std::string& p : paragraphs) {
    if (p.empty() || ParseFiledUnder(p, &out.categories, &out.tags) || IsBoilerplateParagraph(p)) {
      continue;
    }
    std::string comparable = ComparableText(p);
    if (std::find(comparable_titles.begin(), comparable_titles.end(), comparable) !=
        comparable_titles.end()) {
      continue;
    }
    if (!out.paragraphs.empty()) {
      std::string& previous = out.paragraphs.back();
      if (ComparableText(previous) == comparable) continue;
      if (IsCaptionVariant(previous, p)) {
        if (p.size() > previous.size()) previous = std::move(p);
        continue;
      }
    }
    out.paragraphs.push_back(std::move(p));
  }
  for (int closing = 0; closing < 2 && !out.paragraphs.empty(); ++closing) {
    if (!IsClosingDisclaimer(out.paragraphs.back())) break;
    out.paragraphs.pop_back();
  }
  return out;
}

}  // namespace concord
