// The article text of an HTML page or fragment, as paragraphs, without the
// page's furniture.
#pragma once

#include <gumbo.h>

#include <string>
#include <string_view>
#include <vector>

namespace concord {

// True for an element that is page furniture, not article text: scripts,
// styles, navigation, page headers and footers, asides, forms, hidden
// elements, and elements whose class or id marks a share bar, a comment
// section, related links, an author box, a byline or a tag list.
bool IsFurniture(const GumboNode* node);

// The element that holds the article: the <article> (outside comment
// sections) with the most text, else the articleBody, else <main>, else the
// element whose paragraphs hold the most text, else <body>.
const GumboNode* FindMainContent(const GumboNode* root);

// The text below node as paragraphs: block elements, <br> and blank lines in
// text separate paragraphs; furniture is left out.
std::vector<std::string> ContentParagraphs(const GumboNode* node);

// Paragraphs of an HTML fragment (feed or WordPress content, which may also
// separate paragraphs by blank lines instead of <p>).
std::vector<std::string> HtmlFragmentParagraphs(std::string_view html);

// One line of text from a field that may hold markup or entities (a title,
// a category name): "Debt Relief &amp; Policy" -> "Debt Relief & Policy".
std::string HtmlToLine(std::string_view html);

}  // namespace concord
