// Dates as people and formats write them, read into "YYYY-MM-DD".
//
// Understood forms (the first three also with a time or offset after them):
//   2015-04-30, 2015/04/30, 2015.04.30        ISO 8601 and year-first numerals
//   30.04.2015, 30/04/2015 (when unambiguous)  day-first numerals
//   November 15, 2014 / Nov. 15th 2014         month name first
//   30 April 2015 / 30 апреля 2015 г. / 30 de abril de 2015 / Wed, 03 Dec 2014 ...
//   2015년 4월 30일 / 2015年4月30日               Korean, Chinese and Japanese numerals
// Month names come from ICU (month_names.h). A date that is not a real day
// in the years 1000-2999 (year 0, 9999, February 30) is no date at all.
#pragma once

#include <string>
#include <string_view>

namespace concord {

struct DateMatch {
  std::string iso;   // "YYYY-MM-DD", or "" when nothing matched
  size_t begin = 0;  // byte span of the date in the searched text
  size_t end = 0;
};

// The first valid date written anywhere in text.
DateMatch FindDate(std::string_view text);

// A metadata field that should hold a date (JSON-LD datePublished, RSS
// pubDate, WXR post_date, a JSONL "date"): "YYYY-MM-DD", or "" when it holds none.
std::string ParseDateField(std::string_view text);

// A line that is a date and nothing else but a few filler words ("April 30,
// 2015", "Posted on Wednesday, 30 April 2015 10:00 KST", "Обновлено: 30 апреля
// 2015"): its date, or "". A sentence that mentions a date is not a date line.
std::string DateOnlyLine(std::string_view line);

}  // namespace concord
