// concord's query language (docs/search.md) -> Xapian::Query.
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>
#include <vector>

namespace concord {

struct ParsedQuery {
  Xapian::Query query;              // MatchAll for an empty query
  bool empty = true;                // no free-text part: list everything
  std::vector<std::string> words;   // the query's words, for snippets and spelling
};

// Parses text. Throws Error(kInvalidArgument) with a message that points at
// the problem (unbalanced quote, unknown field, bad date).
ParsedQuery ParseQuery(std::string_view text);

}  // namespace concord
