// How deep the elements of an HTML page nest, judged from its tags before
// gumbo parses it. gumbo scans its stack of open elements for many tags (time
// quadratic in the depth: 100,000 nested <div>s take minutes) and frees its
// tree recursively, as concord's walks of the tree recurse (a deep enough tree
// overflows the stack). Browsers cap the depth too: Blink at 512.
#pragma once

#include <cstddef>
#include <string_view>

namespace concord {

// Deeper pages are refused (HtmlDocument throws) rather than read.
inline constexpr size_t kMaxHtmlDepth = 512;

// Byte offset of the start tag at which the elements of html nest deeper than
// max_depth, or npos when they never do. Elements are opened and closed as a
// browser's parser does, in its main rules: void elements (br, img) hold
// nothing; a <p>, <li>, <td> or <option> closes the one before; an end tag
// closes the innermost element of its name in scope and a stray one closes
// nothing; unclosed formatting elements (b, font, a) are opened again where
// the parser re-opens them; svg and math follow their own rules; comments and
// the text of script, style, textarea and title are skipped. An estimate,
// never far below the depth gumbo builds (tables add tbody and tr).
size_t FindExcessiveNesting(std::string_view html, size_t max_depth = kMaxHtmlDepth);

}  // namespace concord
