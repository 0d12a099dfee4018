#include "indexer/extract/date_parse.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>
#include <cstdio>
#include <vector>

#include "common/dates.h"
#include "indexer/extract/month_names.h"
#include "indexer/extract/text_clean.h"

namespace concord {

namespace {

struct Token {
  enum Kind { kNumber, kWord, kPunct } kind;
  std::string_view text;
  size_t begin, end;
  int value = 0;  // numbers only (saturated at 99999)
};

std::vector<Token> Tokenize(std::string_view text) {
  std::vector<Token> tokens;
  const char* s = text.data();
  int32_t length = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < length) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0 || u_isUWhiteSpace(c) || c == 0xA0) continue;
    if (c >= '0' && c <= '9') {
      int value = c - '0';
      while (i < length && s[i] >= '0' && s[i] <= '9') {
        value = value > 9999 ? 99999 : value * 10 + (s[i] - '0');
        ++i;
      }
      tokens.push_back(
          {Token::kNumber, text.substr(start, i - start), size_t(start), size_t(i), value});
    } else if (u_isalpha(c)) {
      int32_t end = i;
      while (end < length) {
        int32_t next = end;
        UChar32 d;
        U8_NEXT(s, next, length, d);
        if (d < 0 ||
            !(u_isalpha(d) || u_getCombiningClass(d) > 0 || u_charType(d) == U_NON_SPACING_MARK))
          break;
        end = next;
      }
      i = end;
      tokens.push_back({Token::kWord, text.substr(start, i - start), size_t(start), size_t(i)});
    } else {
      tokens.push_back({Token::kPunct, text.substr(start, i - start), size_t(start), size_t(i)});
    }
  }
  return tokens;
}

std::string IsoIfValid(int year, int month, int day) {
  if (year > 9999 || month > 99 || day > 99) return "";
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return IsValidIsoDate(buf) ? buf : "";
}

// Matches the date forms at tokens[i]; on success sets *last to the index of
// the date's final token and returns the ISO date.
class Matcher {
 public:
  explicit Matcher(const std::vector<Token>& tokens) : t_(tokens) {}

  std::string At(size_t i, size_t* last) const {
    for (auto form : {&Matcher::YearFirst, &Matcher::DayFirstNumeric, &Matcher::MonthFirst,
                      &Matcher::DayFirst, &Matcher::CjkNumerals}) {
      std::string iso = (this->*form)(i, last);
      if (!iso.empty()) return iso;
    }
    return "";
  }

 private:
  bool Num(size_t i, size_t min_digits, size_t max_digits) const {
    return i < t_.size() && t_[i].kind == Token::kNumber && t_[i].text.size() >= min_digits &&
           t_[i].text.size() <= max_digits;
  }
  bool Punct(size_t i, std::string_view chars) const {
    return i < t_.size() && t_[i].kind == Token::kPunct && t_[i].text.size() == 1 &&
           chars.find(t_[i].text[0]) != std::string_view::npos;
  }
  bool Word(size_t i) const { return i < t_.size() && t_[i].kind == Token::kWord; }
  bool WordIs(size_t i, std::initializer_list<std::string_view> words) const {
    if (!Word(i)) return false;
    std::string lower = AsciiLower(t_[i].text);
    for (std::string_view w : words)
      if (lower == w) return true;
    return false;
  }
  bool Adjacent(size_t a, size_t b) const { return t_[a].end == t_[b].begin; }
  int Month(size_t i) const { return Word(i) ? MonthFromName(t_[i].text) : 0; }
  // Skips an ordinal suffix ("15th") and a dot after a number or name.
  size_t SkipOrdinal(size_t i) const {
    if (WordIs(i, {"st", "nd", "rd", "th"}) && Adjacent(i - 1, i)) ++i;
    return i;
  }
  size_t SkipDot(size_t i) const { return Punct(i, ".") && Adjacent(i - 1, i) ? i + 1 : i; }

  // 2015-04-30, 2015/04/30, 2015.04.30 (and the date part of 2015-04-30T08:30:00Z)
  std::string YearFirst(size_t i, size_t* last) const {
    if (!Num(i, 4, 4) || !Punct(i + 1, "-/.") || !Num(i + 2, 1, 2) || !Num(i + 4, 1, 2)) return "";
    if (t_[i + 3].text != t_[i + 1].text) return "";
    if (!Adjacent(i, i + 1) || !Adjacent(i + 1, i + 2) || !Adjacent(i + 2, i + 3) ||
        !Adjacent(i + 3, i + 4)) {
      return "";
    }
    *last = i + 4;
    return IsoIfValid(t_[i].value, t_[i + 2].value, t_[i + 4].value);
  }

  // 30.04.2015; 30/04/2015 or 04/30/2015 only when one side is above 12.
  std::string DayFirstNumeric(size_t i, size_t* last) const {
    if (!Num(i, 1, 2) || !Punct(i + 1, "./") || !Num(i + 2, 1, 2) || !Num(i + 4, 4, 4)) return "";
    if (t_[i + 3].text != t_[i + 1].text || !Adjacent(i, i + 1) || !Adjacent(i + 1, i + 2) ||
        !Adjacent(i + 2, i + 3) || !Adjacent(i + 3, i + 4)) {
      return "";
    }
    int a = t_[i].value, b = t_[i + 2].value;
    *last = i + 4;
    if (t_[i + 1].text == ".") return IsoIfValid(t_[i + 4].value, b, a);
    if (a > 12) return IsoIfValid(t_[i + 4].value, b, a);
    if (b > 12) return IsoIfValid(t_[i + 4].value, a, b);
    return "";
  }

  // November 15, 2014 / Nov. 15th 2014
  std::string MonthFirst(size_t i, size_t* last) const {
    int month = Month(i);
    if (month == 0) return "";
    size_t j = SkipDot(i + 1);
    if (!Num(j, 1, 2)) return "";
    int day = t_[j].value;
    j = SkipOrdinal(j + 1);
    if (Punct(j, ",")) ++j;
    if (!Num(j, 4, 4)) return "";
    *last = j;
    return IsoIfValid(t_[j].value, month, day);
  }

  // 30 April 2015 / 30 апреля 2015 / 30 de abril de 2015 / 03 Dec 2014
  std::string DayFirst(size_t i, size_t* last) const {
    if (!Num(i, 1, 2)) return "";
    int day = t_[i].value;
    size_t j = SkipOrdinal(i + 1);
    j = SkipDot(j);
    if (WordIs(j, {"de", "of"})) ++j;
    int month = Month(j);
    if (month == 0) return "";
    j = SkipDot(j + 1);
    if (WordIs(j, {"de", "del"})) ++j;
    if (Punct(j, ",")) ++j;
    if (!Num(j, 4, 4)) return "";
    *last = j;
    return IsoIfValid(t_[j].value, month, day);
  }

  // 2015년 4월 30일 / 2015年4月30日
  std::string CjkNumerals(size_t i, size_t* last) const {
    if (!Num(i, 4, 4) || !WordIs(i + 1, {"년", "年"}) || !Num(i + 2, 1, 2) ||
        !WordIs(i + 3, {"월", "月"}) || !Num(i + 4, 1, 2) || !WordIs(i + 5, {"일", "日"})) {
      return "";
    }
    *last = i + 5;
    return IsoIfValid(t_[i].value, t_[i + 2].value, t_[i + 4].value);
  }

  const std::vector<Token>& t_;
};

// Words that may surround a date on a line of its own.
bool IsDateLineFiller(std::string_view word) {
  static const std::array<std::string_view, 27> kFiller = {
      "posted",       "published", "updated",   "on",          "at",  "date", "dated",
      "last",         "modified",  "am",        "pm",          "utc", "gmt",  "kst",
      "msk",          "est",       "edt",       "bst",         "cet", "г",    "года",
      "опубликовано", "обновлено", "publicado", "actualizado", "el",  "입력"};
  std::string folded = FoldCase(word);
  for (std::string_view f : kFiller)
    if (folded == f) return true;
  return IsWeekdayName(word);
}

}  // namespace

DateMatch FindDate(std::string_view text) {
  std::vector<Token> tokens = Tokenize(text);
  Matcher matcher(tokens);
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].kind == Token::kPunct) continue;
    size_t last = i;
    std::string iso = matcher.At(i, &last);
    if (!iso.empty()) return {iso, tokens[i].begin, tokens[last].end};
  }
  return {};
}

std::string ParseDateField(std::string_view text) {
  if (text.size() > 200) text = text.substr(0, 200);
  return FindDate(text).iso;
}

std::string DateOnlyLine(std::string_view line) {
  if (line.size() > 120) return "";
  DateMatch date = FindDate(line);
  if (date.iso.empty()) return "";
  std::string rest(line.substr(0, date.begin));
  rest += ' ';
  rest += line.substr(date.end);
  for (const Token& t : Tokenize(rest)) {
    if (t.kind == Token::kWord && !IsDateLineFiller(t.text)) return "";
  }
  return date.iso;
}

}  // namespace concord
