// libFuzzer target: metadata from article text (text_metadata.h) and the
// line readers behind it (byline.h, date_parse.h), on any text as the readers
// hand it over (CleanUtf8'd). Checked: every output is valid UTF-8, dates are
// real days, a title is one line, authors are non-empty, a found date's span
// lies inside the text.
// Built by the fuzz preset (CONCORD_FUZZ); run with scripts/fuzz text_metadata_fuzz.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "common/fuzz_checks.h"
#include "indexer/extract/byline.h"
#include "indexer/extract/date_parse.h"
#include "indexer/extract/text_clean.h"
#include "indexer/extract/text_metadata.h"

namespace {

using concord::fuzz::Check;
using concord::fuzz::CheckIsoDate;
using concord::fuzz::CheckUtf8;

void CheckName(const std::string& name, const char* what) {
  CheckUtf8(name, what);
  Check(!name.empty() && name.find('\n') == std::string::npos, what, name);
}

void CheckLine(std::string_view line) {
  if (auto byline = concord::ParseBylineLine(line)) {
    for (const std::string& a : byline->authors) CheckName(a, "byline author");
    CheckIsoDate(byline->date, "byline date");
  }
  if (auto split = concord::SplitTitleByline(line)) {
    CheckUtf8(split->first, "SplitTitleByline title");
    CheckName(split->second, "SplitTitleByline name");
  }
  CheckIsoDate(concord::ParseDateField(line), "ParseDateField");
  CheckIsoDate(concord::DateOnlyLine(line), "DateOnlyLine");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text =
      concord::CleanUtf8(std::string_view(reinterpret_cast<const char*>(data), size));
  CheckUtf8(text, "CleanUtf8");

  const concord::ArticleMetadata meta = concord::ExtractTextMetadata(text);
  CheckUtf8(meta.title, "title");
  Check(meta.title.find('\n') == std::string::npos, "title has a line break", meta.title);
  for (const std::string& a : meta.authors) CheckName(a, "author");
  CheckIsoDate(meta.date, "date");
  for (const auto* list : {&meta.categories, &meta.tags}) {
    for (const std::string& v : *list) CheckUtf8(v, "category or tag");
  }
  CheckUtf8(meta.body, "body");

  const concord::DateMatch found = concord::FindDate(text);
  CheckIsoDate(found.iso, "FindDate");
  if (!found.iso.empty()) {
    Check(found.begin < found.end && found.end <= text.size(), "FindDate span", text);
  }

  // Each of the first lines as a byline, a title and a date line.
  size_t lines = 0;
  for (size_t start = 0; start < text.size() && lines < 32; ++lines) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    CheckLine(std::string_view(text).substr(start, end - start));
    start = end + 1;
  }
  return 0;
}
