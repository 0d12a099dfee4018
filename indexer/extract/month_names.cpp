#include "indexer/extract/month_names.h"

#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <string>
#include <unordered_map>
#include <unordered_set>

namespace concord {

namespace {

using Symbols = icu::DateFormatSymbols;

const char* const kLocales[] = {"en", "ru", "es", "fr", "de"};
const Symbols::DtContextType kContexts[] = {Symbols::FORMAT, Symbols::STANDALONE};
const Symbols::DtWidthType kWidths[] = {Symbols::WIDE, Symbols::ABBREVIATED};

icu::UnicodeString FromUtf8(std::string_view word) {
  return icu::UnicodeString::fromUTF8(
      icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
}

// Case-folded, without dots: "Nov." and "NOV" meet "nov".
std::string FoldKey(const icu::UnicodeString& name) {
  icu::UnicodeString folded(name);
  folded.foldCase();
  folded.findAndReplace(".", "");
  folded.trim();
  std::string key;
  folded.toUTF8String(key);
  return key;
}

// Every wide and abbreviated month name, in format ("30 апреля") and
// stand-alone ("апрель") forms, of the locales concord reads.
std::unordered_map<std::string, int> BuildMonthTable() {
  std::unordered_map<std::string, int> table;
  for (const char* locale : kLocales) {
    UErrorCode status = U_ZERO_ERROR;
    Symbols symbols(icu::Locale(locale), status);
    if (U_FAILURE(status)) continue;
    for (auto context : kContexts) {
      for (auto width : kWidths) {
        int32_t count = 0;
        const icu::UnicodeString* names = symbols.getMonths(count, context, width);
        for (int32_t m = 0; m < count && m < 12; ++m) {
          std::string key = FoldKey(names[m]);
          if (key.empty()) continue;
          auto [it, inserted] = table.emplace(key, m + 1);
          if (!inserted && it->second != m + 1) it->second = 0;  // ambiguous across languages
        }
      }
    }
  }
  table.emplace("sept", 9);  // a common English abbreviation that CLDR does not list
  return table;
}

std::unordered_set<std::string> BuildWeekdayTable() {
  std::unordered_set<std::string> table;
  for (const char* locale : kLocales) {
    UErrorCode status = U_ZERO_ERROR;
    Symbols symbols(icu::Locale(locale), status);
    if (U_FAILURE(status)) continue;
    for (auto context : kContexts) {
      for (auto width : kWidths) {
        int32_t count = 0;
        const icu::UnicodeString* names = symbols.getWeekdays(count, context, width);
        for (int32_t d = 1; d < count; ++d) {  // ICU leaves index 0 unused
          std::string key = FoldKey(names[d]);
          if (!key.empty()) table.insert(key);
        }
      }
    }
  }
  return table;
}

}  // namespace

int MonthFromName(std::string_view word) {
  static const std::unordered_map<std::string, int> kTable = BuildMonthTable();
  if (word.empty() || word.size() > 40) return 0;
  auto it = kTable.find(FoldKey(FromUtf8(word)));
  return it == kTable.end() ? 0 : it->second;
}

bool IsWeekdayName(std::string_view word) {
  static const std::unordered_set<std::string> kTable = BuildWeekdayTable();
  if (word.empty() || word.size() > 40) return false;
  return kTable.count(FoldKey(FromUtf8(word))) > 0;
}

}  // namespace concord
