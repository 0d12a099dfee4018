// What a file is, from its first bytes: readers are chosen by content, so a
// WordPress export named .txt or a feed saved as .html is still read right.
#pragma once

#include <string_view>

namespace concord {

enum class SniffedFormat {
  kBinary,    // NUL bytes or many control characters
  kWxr,       // <rss> declaring a wordpress.org/export namespace
  kRss,       // <rss> (2.0, 0.9x) or <rdf:RDF> (RSS 1.0)
  kAtom,      // <feed>
  kHtml,      // <!DOCTYPE html>, <html>, or a document whose first element is <head>/<body>
  kJsonl,     // first non-blank character is '{'
  kOtherXml,  // markup of another kind
  kText,      // anything else that looks like text
};

// Looks past a byte order mark, whitespace, the XML declaration, comments and
// processing instructions to the first element.
SniffedFormat SniffFormat(std::string_view head);

}  // namespace concord
