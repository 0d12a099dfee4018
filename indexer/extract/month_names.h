// Month and weekday names in the languages concord reads, taken from ICU's locale data
// rather than typed into tables.
#pragma once

#include <string_view>

namespace concord {

// 1..12 for a month name or abbreviation in English, Russian (nominative and
// genitive: "апрель", "апреля"), Spanish, French or German, any case, with or
// without a final dot ("Nov.", "сент."); 0 for anything else, and for the
// few abbreviations that name different months in different languages.
int MonthFromName(std::string_view word);

// True for a weekday name or abbreviation in the same languages ("Monday",
// "Wed", "понедельник", "miércoles").
bool IsWeekdayName(std::string_view word);

}  // namespace concord
