#include "common/dates.h"

#include <charconv>
#include <cstdio>

namespace concord {

namespace {

bool ParseInt(std::string_view s, int* out) {
  if (s.empty()) return false;
  for (char c : s) if (c < '0' || c > '9') return false;
  return std::from_chars(s.data(), s.data() + s.size(), *out).ec == std::errc();
}

int DaysInMonth(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

std::string Format(int y, int m, int d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d%02d%02d", y, m, d);
  return buf;
}

}  // namespace

bool DateBounds(std::string_view text, std::string* first_day, std::string* last_day) {
  int y = 0, m = 0, d = 0;
  if (text.size() < 4 || !ParseInt(text.substr(0, 4), &y) || y < 1000 || y > 2999) return false;
  if (text.size() == 4) {
    *first_day = Format(y, 1, 1);
    *last_day = Format(y, 12, 31);
    return true;
  }
  if (text.size() < 7 || text[4] != '-' || !ParseInt(text.substr(5, 2), &m) || m < 1 || m > 12) {
    return false;
  }
  if (text.size() == 7) {
    *first_day = Format(y, m, 1);
    *last_day = Format(y, m, DaysInMonth(y, m));
    return true;
  }
  if (text.size() != 10 || text[7] != '-' || !ParseInt(text.substr(8, 2), &d) || d < 1 ||
      d > DaysInMonth(y, m)) {
    return false;
  }
  *first_day = *last_day = Format(y, m, d);
  return true;
}

bool IsValidIsoDate(std::string_view date) {
  std::string a, b;
  return date.size() == 10 && DateBounds(date, &a, &b);
}

std::string CompactDate(std::string_view iso) {
  return std::string(iso.substr(0, 4)) + std::string(iso.substr(5, 2)) + std::string(iso.substr(8, 2));
}

}  // namespace concord
