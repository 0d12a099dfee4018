#include "indexer/readers/html_depth.h"

#include <strings.h>

#include <algorithm>
#include <string>
#include <unordered_set>
#include <vector>

#include "indexer/extract/text_clean.h"

// A small model of the HTML5 tree builder's stack of open elements: enough of
// its rules that neither sloppy real pages (unclosed <p>, <li>, <td>, <font>)
// nor markup written to dodge the count are judged far from what gumbo builds.

namespace concord {

namespace {

using Names = std::initializer_list<std::string_view>;

bool OneOf(std::string_view name, Names names) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

bool IsHeading(std::string_view name) {
  return name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6';
}

// Elements that never hold others (and html, head, body, always there).
bool IsVoid(std::string_view name) {
  return OneOf(name, {"area",   "base",  "basefont", "bgsound",  "br",     "col",  "embed", "frame",
                      "hr",     "image", "img",      "input",    "keygen", "link", "meta",  "param",
                      "source", "track", "wbr",      "menuitem", "html",   "head", "body"});
}

bool IsTablePart(std::string_view name) {
  return OneOf(name, {"tr", "td", "th", "tbody", "thead", "tfoot", "colgroup", "caption"});
}

// The text of these is not markup; plaintext runs to the end of the page.
bool IsRawText(std::string_view name) {
  return OneOf(name, {"script", "style", "textarea", "title", "xmp", "iframe", "noembed",
                      "noframes", "plaintext"});
}

bool IsFormatting(std::string_view name) {
  return OneOf(name, {"a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike",
                      "strong", "tt", "u"});
}

// The parser's "special" HTML elements: an end tag of an ordinary element
// (span, an unknown tag) closes nothing across them.
bool IsHtmlSpecial(std::string_view name) {
  return IsHeading(name) ||
         OneOf(name,
               {"applet",     "caption",    "html",   "table",    "td",      "th",       "marquee",
                "object",     "template",   "p",      "li",       "dd",      "dt",       "tr",
                "tbody",      "thead",      "tfoot",  "colgroup", "address", "article",  "aside",
                "blockquote", "button",     "center", "details",  "dir",     "div",      "dl",
                "fieldset",   "figcaption", "figure", "footer",   "form",    "frameset", "header",
                "hgroup",     "listing",    "main",   "menu",     "nav",     "noscript", "ol",
                "pre",        "section",    "select", "summary",  "ul"});
}

// Start tags that close an open <p> first.
bool ClosesParagraph(std::string_view name) {
  return IsHeading(name) ||
         OneOf(name,
               {"address", "article", "aside", "blockquote", "center",     "details", "dialog",
                "dir",     "div",     "dl",    "fieldset",   "figcaption", "figure",  "footer",
                "header",  "hgroup",  "main",  "menu",       "nav",        "ol",      "p",
                "section", "summary", "ul",    "pre",        "listing",    "form",    "table",
                "hr",      "xmp",     "li",    "dd",         "dt"});
}

bool IsSvgOrMath(std::string_view name) { return name == "svg" || name == "math"; }

enum class Namespace { kHtml, kSvg, kMath };

// The svg and math elements that are special, and scope boundaries, too.
bool IsForeignBoundary(Namespace ns, std::string_view name) {
  if (ns == Namespace::kSvg) return OneOf(name, {"foreignobject", "desc", "title"});
  if (ns == Namespace::kMath) {
    return OneOf(name, {"mi", "mo", "mn", "ms", "mtext", "annotation-xml"});
  }
  return false;
}

// An end tag does not close an element of its name across these ("in scope").
bool IsScopeBoundary(Namespace ns, std::string_view name) {
  if (ns != Namespace::kHtml) return IsForeignBoundary(ns, name);
  return OneOf(name,
               {"applet", "caption", "html", "table", "td", "th", "marquee", "object", "template"});
}

bool IsSpecial(Namespace ns, std::string_view name) {
  return ns == Namespace::kHtml ? IsHtmlSpecial(name) : IsForeignBoundary(ns, name);
}

// Elements of svg and math whose content is HTML again.
bool IsIntegrationPoint(Namespace ns, std::string_view name, std::string_view attributes) {
  if (ns == Namespace::kSvg) return OneOf(name, {"foreignobject", "desc", "title"});
  if (ns != Namespace::kMath) return false;
  if (name == "annotation-xml") {
    std::string lower = AsciiLower(attributes);
    return lower.find("text/html") != std::string::npos ||
           lower.find("application/xhtml+xml") != std::string::npos;
  }
  return OneOf(name, {"mi", "mo", "mn", "ms", "mtext"});
}

// HTML start tags that end svg and math content (<font> only with color,
// face or size).
bool BreaksOutOfForeign(std::string_view name, std::string_view attributes) {
  if (name == "font") {
    std::string lower = AsciiLower(attributes);
    return lower.find("color") != std::string::npos || lower.find("face") != std::string::npos ||
           lower.find("size") != std::string::npos;
  }
  return IsHeading(name) ||
         OneOf(name, {"b",   "big",   "blockquote", "body",  "br",    "center", "code",   "dd",
                      "div", "dl",    "dt",         "em",    "embed", "head",   "hr",     "i",
                      "img", "li",    "listing",    "menu",  "meta",  "nobr",   "ol",     "p",
                      "pre", "ruby",  "s",          "small", "span",  "strong", "strike", "sub",
                      "sup", "table", "tt",         "u",     "ul",    "var"});
}

// Elements whose end clears the formatting elements opened inside them.
bool IsMarkerScope(std::string_view name) {
  return OneOf(name, {"td", "th", "caption", "applet", "object", "marquee", "template"});
}

class NestingCounter {
 public:
  // Open elements, plus the formatting elements the parser would re-open.
  size_t depth() const {
    size_t reopened = 0;
    for (size_t i = formatting_.size(); i-- > 0 && Reopens(formatting_[i]);) ++reopened;
    return open_.size() + reopened;
  }
  // Inside svg or math (outside their HTML integration points): no raw text,
  // "/>" closes, and every element counts.
  bool in_foreign() const { return !open_.empty() && open_.back().foreign_content; }
  // Inside <select> the parser ignores all but a few tags.
  bool in_select() const {
    for (size_t i = open_.size(); i-- > 0;) {
      if (open_[i].name == "select" && !open_[i].foreign_content) return true;
      if (open_[i].name != "option" && open_[i].name != "optgroup") return false;
    }
    return false;
  }
  // Whether what follows this start tag is text, not markup, up to its end tag.
  bool OpensRawText(const std::string& name) const {
    if (in_foreign() || !IsRawText(name)) return false;
    return !in_select() || name == "script";
  }

  void Start(const std::string& name, std::string_view attributes, bool self_closing) {
    if (in_foreign() && BreaksOutOfForeign(name, attributes)) {
      while (in_foreign()) Pop();
    }
    if (in_foreign()) {
      if (!self_closing) Push(name, attributes);
      return;
    }
    if (in_select()) {
      const bool table_tag = IsTablePart(name) || name == "table";
      if (name == "select" || name == "input" || name == "keygen" || name == "textarea" ||
          (table_tag && SelectInTable())) {
        CloseTo("select", false);
        if (name == "select") return;
      } else if (name != "option" && name != "optgroup" && name != "template") {
        return;  // ignored
      }
    }
    if (IsVoid(name)) {
      if (OneOf(name, {"area", "br", "embed", "img", "image", "keygen", "wbr", "input"})) {
        Reconstruct();
      }
      return;
    }
    if (IsTablePart(name)) return CloseToTable(name);
    if (name == "table") CloseTableInTableContext();
    if (ClosesParagraph(name)) CloseTo("p", /*button_scope=*/true);
    if (name == "li" || name == "dd" || name == "dt") CloseListItem(name);
    if (IsHeading(name) && !open_.empty() && IsHeading(open_.back().name)) Pop();
    if (name == "button") CloseTo("button", false);
    if ((name == "option" || name == "optgroup") && !open_.empty() &&
        open_.back().name == "option") {
      Pop();
    }
    if (OneOf(name, {"rb", "rp", "rt", "rtc"}) && InScope("ruby")) {  // implied end tags
      const bool keep_rtc = name == "rt" || name == "rp";
      while (!open_.empty() &&
             OneOf(open_.back().name,
                   {"dd", "dt", "li", "optgroup", "option", "p", "rb", "rp", "rt", "rtc"}) &&
             !(keep_rtc && open_.back().name == "rtc")) {
        Pop();
      }
    }
    if ((name == "a" || name == "nobr") &&
        std::any_of(formatting_.begin(), formatting_.end(),
                    [&](const auto& f) { return f.name == name; })) {
      End(name);  // a new <a> or <nobr> closes the one before
    }
    // Blocks do not re-open formatting elements; what comes inside them does.
    if (!IsHtmlSpecial(name) || OneOf(name, {"button", "applet", "marquee", "object", "select"})) {
      Reconstruct();
    }
    if (IsSvgOrMath(name) && self_closing) return;
    uint64_t serial = Push(name, attributes);  // "<div/>" opens a div in HTML
    if (IsFormatting(name)) AddFormatting(name, attributes, serial);
    if (IsMarkerScope(name)) formatting_.push_back({"", "", 0});
  }

  // Text re-opens the formatting elements closed by something else than
  // their end tag ("<p><b>x</p>y").
  void Text() {
    if (!in_foreign() && !in_select()) Reconstruct();
  }

  void End(const std::string& name) {
    if (in_select() && name != "select" && name != "option" && name != "optgroup" &&
        name != "template") {
      return;  // ignored
    }
    if (!in_foreign() && IsTablePart(name)) return EndTablePart(name);
    if (!in_foreign() && IsFormatting(name)) {
      for (size_t i = formatting_.size(); i-- > 0 && !formatting_[i].name.empty();) {
        if (formatting_[i].name == name) {
          formatting_.erase(formatting_.begin() + static_cast<std::ptrdiff_t>(i));
          break;
        }
      }
    }
    // In svg and math, an end tag closes the innermost foreign element of its
    // name; past them it is read by the HTML rules.
    for (size_t i = open_.size(); i-- > 0 && open_[i].ns != Namespace::kHtml;) {
      if (open_[i].name == name) {
        while (open_.size() > i) Pop();
        return;
      }
    }
    if (name == "p") return CloseTo("p", true);
    if (name == "form") return RemoveForm();
    const bool special = IsHtmlSpecial(name);
    for (size_t i = open_.size(); i-- > 0;) {
      const Open& open = open_[i];
      const bool html = open.ns == Namespace::kHtml;
      if (html && (open.name == name || (IsHeading(name) && IsHeading(open.name)))) {
        while (open_.size() > i) Pop();
        return;
      }
      if (special ? IsScopeBoundary(open.ns, open.name) : IsSpecial(open.ns, open.name)) {
        return;  // a stray end tag
      }
      if (name == "li" && (open.name == "ul" || open.name == "ol")) return;  // list item scope
    }
  }

 private:
  struct Open {
    std::string name;
    Namespace ns;
    bool foreign_content;  // its content is svg or math
    uint64_t serial;
  };
  // An entry of the list of active formatting elements; a marker has no name.
  struct Formatting {
    std::string name;
    std::string key;  // name and attributes: at most three alike are kept
    uint64_t serial;  // of the element on the stack, while it is there
  };

  bool Reopens(const Formatting& f) const { return !f.name.empty() && !live_.count(f.serial); }

  uint64_t Push(const std::string& name, std::string_view attributes = {}) {
    Namespace ns = in_foreign()     ? open_.back().ns
                   : name == "svg"  ? Namespace::kSvg
                   : name == "math" ? Namespace::kMath
                                    : Namespace::kHtml;
    bool foreign = ns != Namespace::kHtml && !IsIntegrationPoint(ns, name, attributes);
    open_.push_back({name, ns, foreign, ++serial_});
    live_.insert(serial_);
    return serial_;
  }

  void Pop() {
    const Open& open = open_.back();
    if (open.ns == Namespace::kHtml && IsMarkerScope(open.name)) ClearToMarker();
    live_.erase(open.serial);
    open_.pop_back();
  }

  void ClearToMarker() {
    while (!formatting_.empty()) {
      bool marker = formatting_.back().name.empty();
      formatting_.pop_back();
      if (marker) return;
    }
  }

  // The parser opens again, where text or an element follows, the formatting
  // elements closed by something else than their end tag ("<p><b>x<p>y").
  void Reconstruct() {
    size_t first = formatting_.size();
    while (first > 0 && Reopens(formatting_[first - 1])) --first;
    for (size_t i = first; i < formatting_.size(); ++i) {
      formatting_[i].serial = Push(formatting_[i].name);
    }
  }

  bool SelectInTable() const {
    for (size_t i = open_.size(); i-- > 0;) {
      if (open_[i].name == "table") return true;
      if (open_[i].name == "template" || open_[i].name == "html") return false;
    }
    return false;
  }

  // </form> takes the form out of the stack; what it held stays open.
  void RemoveForm() {
    for (size_t i = open_.size(); i-- > 0;) {
      if (open_[i].ns == Namespace::kHtml && open_[i].name == "form") {
        live_.erase(open_[i].serial);
        open_.erase(open_.begin() + static_cast<std::ptrdiff_t>(i));
        return;
      }
      if (IsScopeBoundary(open_[i].ns, open_[i].name)) return;
    }
  }

  bool InScope(std::string_view name) const {
    for (size_t i = open_.size(); i-- > 0;) {
      if (open_[i].ns == Namespace::kHtml && open_[i].name == name) return true;
      if (IsScopeBoundary(open_[i].ns, open_[i].name)) return false;
    }
    return false;
  }

  // Pops to the innermost element called name, if one is open in scope.
  void CloseTo(std::string_view name, bool button_scope) {
    for (size_t i = open_.size(); i-- > 0;) {
      const Open& open = open_[i];
      if (open.ns == Namespace::kHtml && open.name == name) {
        while (open_.size() > i) Pop();
        return;
      }
      if (IsScopeBoundary(open.ns, open.name) || (button_scope && open.name == "button")) return;
    }
  }

  // A new <li> closes the open <li> unless a special element other than
  // address, div and p lies between them; <dd> and <dt> close each other.
  void CloseListItem(const std::string& name) {
    for (size_t i = open_.size(); i-- > 0;) {
      const std::string& open = open_[i].name;
      const bool html = open_[i].ns == Namespace::kHtml;
      if (html && (open == name || (name != "li" && (open == "dd" || open == "dt")))) {
        while (open_.size() > i) Pop();
        return;
      }
      if (IsSpecial(open_[i].ns, open) && open != "address" && open != "div" && open != "p") {
        return;
      }
    }
  }

  // </td>, </th> and </caption> close their element; </tr> and the end of a
  // row group close the open cell; each only when it is open in the table.
  void EndTablePart(const std::string& name) {
    const bool cell_end = name == "td" || name == "th" || name == "caption";
    for (size_t i = open_.size(); i-- > 0;) {
      const Open& open = open_[i];
      if (open.ns != Namespace::kHtml) continue;
      if (open.name == "table" || open.name == "template" || open.name == "html") return;
      if (cell_end ? open.name == name : (open.name == "td" || open.name == "th")) {
        while (open_.size() > i) Pop();
        return;
      }
    }
  }

  // A <table> directly in a table (not in a cell) closes that table.
  void CloseTableInTableContext() {
    for (size_t i = open_.size(); i-- > 0;) {
      const std::string& open = open_[i].name;
      if (open_[i].ns != Namespace::kHtml) return;
      if (open == "td" || open == "th" || open == "caption" || open == "template") return;
      if (open == "table") {
        while (open_.size() > i) Pop();
        return;
      }
    }
  }

  // A cell, a row or a row group starts: what the cell before held is closed,
  // back to its table.
  void CloseToTable(const std::string& name) {
    for (size_t i = open_.size(); i-- > 0;) {
      if (open_[i].name == "template" || open_[i].name == "html") return;
      if (open_[i].name == "table") {
        while (open_.size() > i + 1) Pop();
        if (name == "td" || name == "th" || name == "caption") {
          Push(name);
          formatting_.push_back({"", "", 0});
        }
        return;
      }
    }
  }

  // At most three entries alike (the parser's "Noah's Ark" clause).
  void AddFormatting(const std::string& name, std::string_view attributes, uint64_t serial) {
    std::string key = name + " " + std::string(Trim(attributes));
    size_t alike = 0, first_alike = formatting_.size();
    for (size_t i = formatting_.size(); i-- > 0 && !formatting_[i].name.empty();) {
      if (formatting_[i].key == key) {
        ++alike;
        first_alike = i;
      }
    }
    if (alike >= 3)
      formatting_.erase(formatting_.begin() + static_cast<std::ptrdiff_t>(first_alike));
    formatting_.push_back({name, std::move(key), serial});
  }

  std::vector<Open> open_;  // outermost first
  uint64_t serial_ = 0;
  std::unordered_set<uint64_t> live_;  // serials in open_
  std::vector<Formatting> formatting_;
};

size_t FindInsensitive(std::string_view text, std::string_view what, size_t from) {
  for (size_t pos = text.find('<', from); pos != std::string_view::npos;
       pos = text.find('<', pos + 1)) {
    if (text.size() - pos >= what.size() &&
        strncasecmp(text.data() + pos, what.data(), what.size()) == 0) {
      return pos;
    }
  }
  return std::string_view::npos;
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Offset of the '>' that ends the tag whose attributes start at pos, or npos;
// *self_closing tells "/>". Attribute values are read as the tokenizer reads
// them: a quote opens a value only after "=".
size_t TagEnd(std::string_view html, size_t pos, bool* self_closing) {
  enum { kBeforeName, kName, kAfterName, kBeforeValue, kQuoted, kUnquoted } state = kBeforeName;
  char quote = 0;
  *self_closing = false;
  for (; pos < html.size(); ++pos) {
    const char c = html[pos];
    if (state == kQuoted) {
      if (c == quote) state = kBeforeName;
      continue;
    }
    if (c == '>') return pos;
    if (state == kUnquoted) {
      if (IsSpace(c)) state = kBeforeName;
      continue;
    }
    if (c == '/' && state != kBeforeValue) {
      *self_closing = pos + 1 < html.size() && html[pos + 1] == '>';
      state = kBeforeName;
      continue;
    }
    *self_closing = false;
    switch (state) {
      case kBeforeName:
        if (!IsSpace(c)) state = kName;
        break;
      case kName:
        if (IsSpace(c)) state = kAfterName;
        if (c == '=') state = kBeforeValue;
        break;
      case kAfterName:
        if (c == '=')
          state = kBeforeValue;
        else if (!IsSpace(c))
          state = kName;
        break;
      case kBeforeValue:
        if (c == '"' || c == '\'') {
          quote = c;
          state = kQuoted;
        } else if (!IsSpace(c)) {
          state = kUnquoted;
        }
        break;
      default:
        break;
    }
  }
  return std::string_view::npos;
}

// Offset just past the comment that starts at pos ("<!--"), or npos.
size_t CommentEnd(std::string_view html, size_t pos) {
  if (html.compare(pos, 5, "<!-->") == 0) return pos + 5;  // empty comments, ended at once
  if (html.compare(pos, 6, "<!--->") == 0) return pos + 6;
  size_t end = html.find("--", pos + 4);
  while (end != std::string_view::npos) {
    if (html.compare(end, 3, "-->") == 0) return end + 3;
    if (html.compare(end, 4, "--!>") == 0) return end + 4;
    end = html.find("--", end + 1);
  }
  return std::string_view::npos;
}

bool IsNameEnd(char c) { return IsSpace(c) || c == '/' || c == '>'; }

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

}  // namespace

size_t FindExcessiveNesting(std::string_view html, size_t max_depth) {
  NestingCounter counter;
  size_t pos = 0;
  size_t text_from = 0;  // end of the last tag
  while ((pos = html.find('<', pos)) != std::string_view::npos) {
    const size_t tag = pos;
    if (tag > text_from) counter.Text();
    if (html.compare(pos, 4, "<!--") == 0) {
      size_t end = CommentEnd(html, pos);
      if (end == std::string_view::npos) break;
      pos = text_from = end;
      continue;
    }
    if (pos + 1 < html.size() && (html[pos + 1] == '!' || html[pos + 1] == '?')) {
      size_t end = html.find('>', pos + 2);
      if (end == std::string_view::npos) break;
      pos = text_from = end + 1;
      continue;
    }
    const bool end_tag = pos + 1 < html.size() && html[pos + 1] == '/';
    size_t name_start = pos + (end_tag ? 2 : 1);
    if (name_start >= html.size() || !IsAsciiLetter(html[name_start])) {
      pos = name_start;  // a "<" of text
      continue;
    }
    size_t name_end = name_start;
    while (name_end < html.size() && !IsNameEnd(html[name_end])) ++name_end;
    std::string name = AsciiLower(html.substr(name_start, name_end - name_start));
    bool self_closing = false;
    size_t close = TagEnd(html, name_end, &self_closing);
    if (close == std::string_view::npos) break;
    pos = text_from = close + 1;
    if (end_tag) {
      counter.End(name);
      continue;
    }
    if (counter.OpensRawText(name)) {  // "<script/>" opens a script in HTML
      if (name == "plaintext") break;
      size_t end = FindInsensitive(html, "</" + name, pos);
      if (end == std::string_view::npos) break;
      pos = text_from = end;  // the raw text belongs to its element
      continue;
    }
    counter.Start(name, html.substr(name_end, close - name_end), self_closing);
    if (counter.depth() > max_depth) return tag;
  }
  return std::string_view::npos;
}

}  // namespace concord
