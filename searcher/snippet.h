// Snippets: the best passage of a document for a query, as HTML.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace concord {

// Escapes &, <, >, " and ' for HTML text and attributes.
std::string HtmlEscape(std::string_view text);

// The passage of body (about max_bytes long, cut at word boundaries) that holds
// the most query words, with every matching word wrapped in <b>...</b>. The
// document text is HTML-escaped; the <b> tags are the only markup. query_words
// are matching forms (Tokenize); a body word matches when its matching form or
// its English stem equals one of theirs. Without matches: the body's start.
std::string MakeSnippet(std::string_view body, const std::vector<std::string>& query_words,
                        size_t max_bytes = 240);

}  // namespace concord
