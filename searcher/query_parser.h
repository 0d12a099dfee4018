// concord's query language (docs/search.md) -> Xapian::Query.
//
//   query    := and ("OR" and)*
//   and      := unit (["AND"] unit | "NOT" primary)*       adjacent units are all required
//   unit     := "-" primary | "+" primary | primary        - excludes, + requires
//   primary  := "(" query ")" | field ":" value | "\"phrase\"" | word | word*
//   field    := title | author | entity | lang | date
//
// Words are matched through the analyzer (exact form or stem); adjacent words
// form one run (text_query.h), the place where name matching plugs in. Field
// values of author:, entity:, lang: and date: filter without adding weight.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "searcher/highlight.h"

namespace concord {

// Limits that keep a query cheap to parse and to run; larger queries are
// refused with Error(kInvalidArgument), never cut silently.
inline constexpr size_t kMaxQueryBytes = 4096;  // bytes of query text
inline constexpr size_t kMaxQueryTerms = 64;    // words, phrase words and field values
inline constexpr int kMaxQueryDepth = 16;       // nested parentheses

// A word of the query text where the reader typed it, for spelling suggestions.
struct TypedWord {
  size_t offset = 0;  // bytes into ParsedQuery::text
  size_t length = 0;
  std::string form;  // matching form (Tokenize)
};

struct ParsedQuery {
  std::string text;              // the query as parsed (invalid UTF-8 repaired)
  Xapian::Query query;           // MatchAll when the query selects everything
  bool ranked = false;           // has words, phrases or wildcards that are not excluded
  Highlighter highlight;         // what snippets mark
  std::vector<TypedWord> words;  // searched words (not excluded, not wildcards)
};

// Parses text. db resolves entity names (entity:). Throws
// Error(kInvalidArgument) with a message that says what is wrong, at which
// character, and how to write it: unbalanced quotes or parentheses, unknown
// fields, impossible dates, dangling AND/OR/NOT, queries over the limits.
ParsedQuery ParseQuery(std::string_view text, const Xapian::Database& db);

}  // namespace concord
