#include "indexer/readers/html_dom.h"

#include <strings.h>

#include <algorithm>
#include <vector>

#include "common/error.h"
#include "indexer/extract/text_clean.h"
#include "indexer/readers/html_charrefs.h"
#include "indexer/readers/html_depth.h"

namespace concord {

namespace {

// What FindExcessiveNesting lets through builds no deeper than this: a counted
// level may be a table, which brings tbody, tr, td and what the cell holds
// (found at most five deep per count, on random tag soup).
constexpr size_t kMaxTreeDepth = 6 * kMaxHtmlDepth;

size_t TreeDepth(const GumboNode* root) {
  size_t deepest = 0;
  std::vector<std::pair<const GumboNode*, size_t>> pending{{root, 1}};
  while (!pending.empty()) {
    auto [node, depth] = pending.back();
    pending.pop_back();
    deepest = std::max(deepest, depth);
    if (!IsElement(node)) continue;
    const GumboVector& children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
      pending.emplace_back(static_cast<const GumboNode*>(children.data[i]), depth + 1);
    }
  }
  return deepest;
}

[[noreturn]] void TooDeep(std::string_view html, size_t offset) {
  std::string where;
  if (offset != std::string_view::npos) {
    size_t line = 1 + std::count(html.begin(), html.begin() + std::min(offset, html.size()), '\n');
    where = " (line " + std::to_string(line) + " of the markup)";
  }
  throw Error(Status::Code::kInvalidArgument,
              "elements nested more than " + std::to_string(kMaxHtmlDepth) + " deep" + where +
                  "; markup this deep is not read");
}

}  // namespace

HtmlDocument::HtmlDocument(std::string_view html) {
  // gumbo's tree points into the buffer it parsed: a clamped copy lives in clamped_.
  if (ClampCharacterReferences(html, &clamped_)) html = clamped_;
  // Measured before parsing: gumbo's time grows with the square of the depth.
  size_t too_deep = FindExcessiveNesting(html);
  if (too_deep != std::string_view::npos) TooDeep(html, too_deep);
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // parse errors are repaired, not reported: do not collect them
  output_ = gumbo_parse_with_options(&options, html.data(), html.size());
  // The readers walk the tree recursively: never deeper than the estimate allows.
  if (TreeDepth(output_->root) > kMaxTreeDepth) {
    gumbo_destroy_output(&kGumboDefaultOptions, output_);
    TooDeep(html, std::string_view::npos);
  }
}

HtmlDocument::~HtmlDocument() { gumbo_destroy_output(&kGumboDefaultOptions, output_); }

bool IsElement(const GumboNode* node) {
  return node && (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE);
}

std::string TagName(const GumboNode* node) {
  if (!IsElement(node)) return "";
  const GumboElement& el = node->v.element;
  if (el.tag != GUMBO_TAG_UNKNOWN) return gumbo_normalized_tagname(el.tag);
  GumboStringPiece original = el.original_tag;
  gumbo_tag_from_original_text(&original);
  return AsciiLower(std::string_view(original.data, original.length));
}

bool HasTag(const GumboNode* node, GumboTag tag) {
  return IsElement(node) && node->v.element.tag == tag;
}

std::string_view Attr(const GumboNode* node, const char* name) {
  if (!IsElement(node)) return {};
  const GumboAttribute* attr = gumbo_get_attribute(&node->v.element.attributes, name);
  return attr ? std::string_view(attr->value) : std::string_view();
}

bool HasClass(const GumboNode* node, std::string_view token) {
  std::string_view classes = Attr(node, "class");
  size_t pos = 0;
  while (pos < classes.size()) {
    size_t end = classes.find_first_of(" \t\n\r\f", pos);
    if (end == std::string_view::npos) end = classes.size();
    std::string_view t = classes.substr(pos, end - pos);
    if (t.size() == token.size() && strncasecmp(t.data(), token.data(), t.size()) == 0) return true;
    pos = end + 1;
  }
  return false;
}

bool IsBlockElement(const GumboNode* node) {
  if (!IsElement(node)) return false;
  switch (node->v.element.tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_TITLE:
      return true;
    default:
      return false;
  }
}

void VisitElements(const GumboNode* node, const std::function<bool(const GumboNode*)>& fn) {
  if (!IsElement(node) || !fn(node)) return;
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    VisitElements(static_cast<const GumboNode*>(children.data[i]), fn);
  }
}

namespace {

void AppendText(const GumboNode* node, std::string* out) {
  if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA ||
      node->type == GUMBO_NODE_WHITESPACE) {
    out->append(node->v.text.text);
    return;
  }
  if (!IsElement(node)) return;
  GumboTag tag = node->v.element.tag;
  if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_NOSCRIPT) return;
  bool block = IsBlockElement(node);
  if (block) out->push_back(' ');
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    AppendText(static_cast<const GumboNode*>(children.data[i]), out);
  }
  if (block) out->push_back(' ');
}

}  // namespace

std::string TextOf(const GumboNode* node) {
  std::string text;
  if (node) AppendText(node, &text);
  return CollapseSpaces(text);
}

}  // namespace concord
