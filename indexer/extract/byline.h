// Bylines in article text: who wrote it, and often when.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "indexer/extract/person_name.h"

namespace concord {

struct Byline {
  std::vector<std::string> authors;  // display names, in byline order
  std::string date;                  // "YYYY-MM-DD" or ""
};

// A whole line that is a byline, in the forms commentary sites print:
//   "By NAME", "by NAME", "BY NAME", "Written by NAME", "By NAME and NAME"
//   "By | November 15, 2014 | No Comments"   (no name: the date only)
//   "By NAME / DATE", "By NAME | DATE", "By NAME, DATE", "By NAME on DATE"
//   "Posted on DATE by NAME"
//   "Автор: NAME", "Por NAME", "글: NAME", "NAME 기자", "Author: NAME"
// nullopt when the line is not a byline ("By 2020, trade will...", "By contrast,").
std::optional<Byline> ParseBylineLine(std::string_view line);

// "TITLE by NAME" -> {TITLE, NAME} when NAME is two to four words shaped like
// a personal name ("... relationship by Gerard Clare"); nullopt for titles such
// as "Stand by Me" or "Sanctioned by North Korea".
std::optional<std::pair<std::string, std::string>> SplitTitleByline(std::string_view title);

}  // namespace concord
