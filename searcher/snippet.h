// Snippets: the best passage of a document for a query, as HTML.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/tokenizer.h"

namespace concord {

// Escapes &, <, >, " and ' for HTML text and attributes.
std::string HtmlEscape(std::string_view text);

// How many tokens from tokens[i] on form one match (0: none). Highlighter::
// MatchLength bound to a document's language is the usual one.
using MatchFn = std::function<size_t(const std::vector<Token>& tokens, size_t i)>;

// Only the first kSnippetScanBytes of a body are searched for a passage, to
// bound the work per hit.
inline constexpr size_t kSnippetScanBytes = 100 * 1024;

// The passage of body, about max_bytes of it cut at word boundaries, with the
// most distinct matches (then the most matches), each match wrapped in
// <b>...</b> (a phrase or name as one). The text is HTML-escaped and runs of
// white space become one space: the <b> tags are the only markup. "… " and
// " …" mark cuts. With no match: the start of the body.
std::string MakeSnippet(std::string_view body, const MatchFn& match, size_t max_bytes = 240);

}  // namespace concord
