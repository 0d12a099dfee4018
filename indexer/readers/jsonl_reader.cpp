#include "indexer/readers/jsonl_reader.h"

#include <nlohmann/json.hpp>

#include "analysis/language.h"
#include "common/error.h"
#include "indexer/document_codec.h"
#include "indexer/extract/date_parse.h"
#include "indexer/extract/sentence.h"
#include "indexer/extract/text_clean.h"
#include "indexer/readers/sniff.h"

namespace concord {

namespace {

std::string JsonKind(const nlohmann::json& j) {
  if (j.is_array()) return "an array";
  if (j.is_string()) return "a string";
  if (j.is_number()) return "a number";
  if (j.is_boolean()) return "a boolean";
  return "null";
}

// nlohmann's messages start with "[json.exception.parse_error.101] parse
// error at line 1, column 87: "; the column is what the user needs.
// nlohmann quotes the bytes it last read, which may end inside a character:
// the message is cleaned so that reports stay valid UTF-8.
std::string ShortParseError(const std::string& what) {
  size_t column = what.find("column ");
  if (column == std::string::npos) return CleanUtf8(what);
  return CleanUtf8("not valid JSON at " + what.substr(column));
}

// Titles that mean "no title" in real exports.
bool IsMissingTitle(std::string_view title) {
  title = Trim(title);
  return title.empty() || title == "NA" || title == "N/A" || title == "null" || title == "None";
}

// Documents fields read as given, then tidied as the other readers do.
Document ReadLine(const nlohmann::json& j, const SourceFile& file, size_t line) {
  Document doc = DocumentFromJson(j);
  doc.id = CollapseSpaces(doc.id);
  if (doc.id.empty()) doc.id = file.relative + "#L" + std::to_string(line);
  doc.title = CollapseSpaces(doc.title);
  doc.body = std::string(Trim(doc.body));
  if (IsMissingTitle(doc.title)) doc.title = FirstSentence(doc.body);
  doc.date = doc.date.empty() ? "" : ParseDateField(doc.date);
  doc.lang = NormalizeLanguageCode(doc.lang);
  if (!doc.lang.empty()) doc.lang = DocumentLanguage(doc.lang, doc.title, doc.body);
  doc.url = CollapseSpaces(doc.url);
  if (doc.source.empty()) doc.source = file.root;
  for (std::string& a : doc.authors) a = CollapseSpaces(a);
  std::erase(doc.authors, "");
  return doc;
}

}  // namespace

int JsonlReader::Accepts(std::string_view path, std::string_view head) const {
  if (SniffFormat(head) == SniffedFormat::kJsonl) return 2;
  bool jsonl_ext = path.ends_with(".jsonl") || path.ends_with(".ndjson");
  return jsonl_ext && SniffFormat(head) != SniffedFormat::kBinary ? 1 : 0;
}

void JsonlReader::Read(const SourceFile& file, std::string_view content, const ReaderOptions&,
                       const DocumentSink& sink, const ErrorSink& errors) const {
  if (content.starts_with("\xEF\xBB\xBF")) content.remove_prefix(3);
  size_t pos = 0;
  size_t line_number = 0;
  while (pos < content.size()) {
    size_t end = content.find('\n', pos);
    if (end == std::string_view::npos) end = content.size();
    std::string_view raw = content.substr(pos, end - pos);
    pos = end + 1;
    ++line_number;
    if (Trim(raw).empty()) continue;
    std::string where = file.path + ":" + std::to_string(line_number);
    bool valid = true;
    std::string line = CleanUtf8(raw, &valid);
    nlohmann::json j;
    try {
      j = nlohmann::json::parse(line);
    } catch (const nlohmann::json::parse_error& e) {
      errors(where, ShortParseError(e.what()) + "; the line was skipped");
      continue;
    }
    if (!j.is_object()) {
      errors(where, "the line is " + JsonKind(j) +
                        ", not a JSON object; each line must be one "
                        "document");
      continue;
    }
    Document doc;
    try {
      doc = ReadLine(j, file, line_number);
    } catch (const Error& e) {
      errors(where, std::string(e.what()) + "; the line was skipped");
      continue;
    }
    if (doc.title.empty() && doc.body.empty()) {
      errors(where, "the object has neither \"title\" nor \"body\"; the line was skipped");
      continue;
    }
    if (!valid) errors(where, "invalid UTF-8 (bad bytes replaced with U+FFFD, document indexed)");
    sink(std::move(doc));
  }
}

}  // namespace concord
