// The readable (non-JSON) listing of concord-search, made for a terminal.
#pragma once

#include <concord/search.h>

#include <ostream>
#include <string>

namespace concord {

struct ReadableStyle {
  bool bold = false;  // ANSI bold for titles and matches (only on a terminal that shows it)
};

// Prints: a summary line (results shown, total, time) and the spelling
// suggestion; then each hit numbered from offset + 1 with its title, a line
// of authors, date and language, the snippet and the URL (or id); then the
// facets, one line each.
void PrintReadable(const SearchResponse& response, const ReadableStyle& style, std::ostream& out);

// Snippet HTML as terminal text: <b> becomes bold (or nothing), the five HTML
// escapes are undone, and control characters become spaces so that document
// text cannot send escape sequences to the terminal.
std::string SnippetForTerminal(const std::string& html, bool bold);

}  // namespace concord
