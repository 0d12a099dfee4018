// A thin layer over gumbo's parse tree: ownership, attributes, class tokens,
// tag names and text, so the HTML readers read like what they look for.
#pragma once

#include <gumbo.h>

#include <functional>
#include <string>
#include <string_view>

namespace concord {

// A parsed HTML document (or fragment: gumbo wraps it in html/body). The text
// must be UTF-8; gumbo repairs markup as browsers do. Throws
// Error(kInvalidArgument) for elements nested deeper than kMaxHtmlDepth
// (html_depth.h), before parsing them: they would take gumbo minutes and
// overflow the stack.
class HtmlDocument {
 public:
  explicit HtmlDocument(std::string_view html);
  ~HtmlDocument();
  HtmlDocument(const HtmlDocument&) = delete;
  HtmlDocument& operator=(const HtmlDocument&) = delete;
  const GumboNode* root() const { return output_->root; }

 private:
  std::string clamped_;  // html with references gumbo misreads clamped (html_charrefs.h), if any
  GumboOutput* output_;
};

bool IsElement(const GumboNode* node);
// The element's tag name in lower case ("p", "article", or the source name of
// an unknown tag such as "amp-img").
std::string TagName(const GumboNode* node);
bool HasTag(const GumboNode* node, GumboTag tag);
// The attribute's value, or "" when absent.
std::string_view Attr(const GumboNode* node, const char* name);
// True when the class attribute holds token (case-insensitive, whole token).
bool HasClass(const GumboNode* node, std::string_view token);

// Block-level elements (and <br>) end a paragraph of text.
bool IsBlockElement(const GumboNode* node);

// Calls fn for node and every element below it, in document order; fn
// returns false to skip an element's children.
void VisitElements(const GumboNode* node, const std::function<bool(const GumboNode*)>& fn);

// All text below node, whitespace collapsed to single spaces.
std::string TextOf(const GumboNode* node);

}  // namespace concord
