#include "indexer/readers/html_text.h"

#include <algorithm>

#include "indexer/extract/text_clean.h"
#include "indexer/readers/html_dom.h"

namespace concord {

namespace {

// Class and id tokens of furniture, matched whole (case-insensitive)...
constexpr std::string_view kFurnitureTokens[] = {"share",
                                                 "shares",
                                                 "sharing",
                                                 "share-bar",
                                                 "social",
                                                 "social-share",
                                                 "social-links",
                                                 "sharedaddy",
                                                 "addtoany",
                                                 "comments",
                                                 "comment",
                                                 "comment-list",
                                                 "comments-area",
                                                 "respond",
                                                 "related",
                                                 "related-posts",
                                                 "jp-relatedposts",
                                                 "author-box",
                                                 "author-bio",
                                                 "author-bios",
                                                 "about-author",
                                                 "author-info",
                                                 "byline",
                                                 "entry-meta",
                                                 "post-meta",
                                                 "meta",
                                                 "breadcrumb",
                                                 "breadcrumbs",
                                                 "post-navigation",
                                                 "navigation",
                                                 "nav-links",
                                                 "newsletter",
                                                 "subscribe",
                                                 "sidebar",
                                                 "widget",
                                                 "widget-area",
                                                 "screen-reader-text",
                                                 "skip-link",
                                                 "reading-time",
                                                 "advert",
                                                 "advertisement",
                                                 "ad",
                                                 "ads",
                                                 "promo",
                                                 "tags",
                                                 "tag-links",
                                                 "tags-links",
                                                 "cat-links",
                                                 "entry-footer",
                                                 "hidden",
                                                 "print-only",
                                                 "kicker"};
// ...and their prefixes ("share-twitter", "comment-respond", "sd-sharing").
constexpr std::string_view kFurniturePrefixes[] = {"share-",   "social-",    "sharedaddy", "sd-",
                                                   "comment-", "comments-",  "related-",   "ad-",
                                                   "advert",   "newsletter", "subscribe"};

bool IsFurnitureToken(std::string_view token) {
  std::string lower = AsciiLower(token);
  for (std::string_view t : kFurnitureTokens)
    if (lower == t) return true;
  for (std::string_view p : kFurniturePrefixes)
    if (lower.starts_with(p)) return true;
  return false;
}

bool AnyTokenIsFurniture(std::string_view tokens) {
  size_t pos = 0;
  while (pos < tokens.size()) {
    size_t end = tokens.find_first_of(" \t\n\r\f", pos);
    if (end == std::string_view::npos) end = tokens.size();
    if (end > pos && IsFurnitureToken(tokens.substr(pos, end - pos))) return true;
    pos = end + 1;
  }
  return false;
}

bool IsHidden(const GumboNode* node) {
  if (IsElement(node) && gumbo_get_attribute(&node->v.element.attributes, "hidden")) return true;
  if (Attr(node, "aria-hidden") == "true") return true;
  std::string style = AsciiLower(Attr(node, "style"));
  style.erase(std::remove(style.begin(), style.end(), ' '), style.end());
  return style.find("display:none") != std::string::npos ||
         style.find("visibility:hidden") != std::string::npos;
}

class ParagraphBuilder {
 public:
  void Text(std::string_view text) {
    // A blank line inside text separates paragraphs (WordPress content).
    size_t pos = 0;
    while (true) {
      size_t nl = text.find('\n', pos);
      if (nl == std::string_view::npos) break;
      size_t next = text.find_first_not_of(" \t\r", nl + 1);
      if (next != std::string_view::npos && text[next] == '\n') {
        buffer_.append(text.substr(pos, nl - pos));
        Flush();
        pos = next;
        continue;
      }
      buffer_.append(text.substr(pos, nl + 1 - pos));
      pos = nl + 1;
    }
    buffer_.append(text.substr(pos));
  }
  void Space() { buffer_.push_back(' '); }
  void Flush() {
    std::string p = CollapseSpaces(buffer_);
    buffer_.clear();
    if (!p.empty()) paragraphs_.push_back(std::move(p));
  }
  std::vector<std::string> Take() {
    Flush();
    return std::move(paragraphs_);
  }

 private:
  std::string buffer_;
  std::vector<std::string> paragraphs_;
};

void Walk(const GumboNode* node, ParagraphBuilder& out) {
  switch (node->type) {
    case GUMBO_NODE_TEXT:
    case GUMBO_NODE_CDATA:
      out.Text(node->v.text.text);
      return;
    case GUMBO_NODE_WHITESPACE:
      out.Text(node->v.text.text);
      return;
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE:
      break;
    default:
      return;
  }
  if (IsFurniture(node)) return;
  bool block = IsBlockElement(node);
  if (block) out.Flush();
  GumboTag tag = node->v.element.tag;
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    Walk(static_cast<const GumboNode*>(children.data[i]), out);
  }
  if (block) out.Flush();
  if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) out.Space();
}

size_t TextLength(const std::vector<std::string>& paragraphs) {
  size_t n = 0;
  for (const std::string& p : paragraphs) n += p.size();
  return n;
}

bool InsideFurniture(const GumboNode* node) {
  for (const GumboNode* n = node->parent; n; n = n->parent) {
    if (IsElement(n) && IsFurniture(n)) return true;
  }
  return false;
}

// The parent of the paragraphs that hold the most text.
const GumboNode* DensestParagraphParent(const GumboNode* root) {
  std::vector<std::pair<const GumboNode*, size_t>> scores;
  VisitElements(root, [&](const GumboNode* n) {
    if (IsFurniture(n)) return false;
    if (HasTag(n, GUMBO_TAG_P) && n->parent) {
      size_t length = TextOf(n).size();
      auto it = std::find_if(scores.begin(), scores.end(),
                             [&](const auto& s) { return s.first == n->parent; });
      if (it == scores.end())
        scores.emplace_back(n->parent, length);
      else
        it->second += length;
      return false;
    }
    return true;
  });
  auto best = std::max_element(scores.begin(), scores.end(),
                               [](const auto& a, const auto& b) { return a.second < b.second; });
  return best == scores.end() ? nullptr : best->first;
}

const GumboNode* FindBody(const GumboNode* root) {
  const GumboNode* body = nullptr;
  VisitElements(root, [&](const GumboNode* n) {
    if (body) return false;
    if (HasTag(n, GUMBO_TAG_BODY)) body = n;
    return !body;
  });
  return body ? body : root;
}

}  // namespace

bool IsFurniture(const GumboNode* node) {
  if (!IsElement(node)) return false;
  switch (node->v.element.tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_LABEL:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
      return true;
    default:
      break;
  }
  std::string_view role = Attr(node, "role");
  if (role == "navigation" || role == "banner" || role == "contentinfo" ||
      role == "complementary" || role == "search") {
    return true;
  }
  return IsHidden(node) || AnyTokenIsFurniture(Attr(node, "class")) ||
         AnyTokenIsFurniture(Attr(node, "id"));
}

const GumboNode* FindMainContent(const GumboNode* root) {
  const GumboNode* best_article = nullptr;
  size_t best_length = 0;
  const GumboNode* article_body = nullptr;
  const GumboNode* main = nullptr;
  VisitElements(root, [&](const GumboNode* n) {
    if (IsFurniture(n)) return false;  // comment sections hold <article>s of their own
    if (HasTag(n, GUMBO_TAG_ARTICLE)) {
      size_t length = TextLength(ContentParagraphs(n));
      if (length > best_length) {
        best_article = n;
        best_length = length;
      }
    }
    if (!article_body && Attr(n, "itemprop") == "articleBody") article_body = n;
    if (!main && (HasTag(n, GUMBO_TAG_MAIN) || Attr(n, "role") == "main")) main = n;
    return true;
  });
  if (best_article && best_length > 0) return best_article;
  if (article_body) return article_body;
  if (main && !InsideFurniture(main)) return main;
  if (const GumboNode* dense = DensestParagraphParent(root)) return dense;
  return FindBody(root);
}

std::vector<std::string> ContentParagraphs(const GumboNode* node) {
  ParagraphBuilder builder;
  if (!IsElement(node)) return {};
  // The content element itself may carry a furniture-like class ("post
  // type-post tag-rason"); only what is inside it is judged.
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    Walk(static_cast<const GumboNode*>(children.data[i]), builder);
  }
  return builder.Take();
}

std::vector<std::string> HtmlFragmentParagraphs(std::string_view html) {
  HtmlDocument doc(html);
  return ContentParagraphs(FindBody(doc.root()));
}

std::string HtmlToLine(std::string_view html) {
  if (html.find_first_of("<&") == std::string_view::npos) return CollapseSpaces(html);
  HtmlDocument doc(html);
  return TextOf(FindBody(doc.root()));
}

}  // namespace concord
