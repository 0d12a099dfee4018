// ISO dates as concord stores them.
#pragma once

#include <string>
#include <string_view>

namespace concord {

// True for a real calendar date "YYYY-MM-DD" with year in 1000..2999.
bool IsValidIsoDate(std::string_view date);

// "2014-11-15" -> "20141115". Requires IsValidIsoDate.
std::string CompactDate(std::string_view iso_date);

// Bounds of a date given at year, month or day precision ("2014", "2014-11",
// "2014-11-15"), as inclusive "YYYYMMDD" strings. Returns false when the text
// is not such a date (or not a real one: "2014-02-30", "2014-13").
bool DateBounds(std::string_view text, std::string* first_day, std::string* last_day);

}  // namespace concord
