#include "indexer/readers/text_reader.h"

#include "analysis/normalizer.h"

namespace concord {

bool LooksLikeText(std::string_view head) {
  size_t control = 0;
  for (unsigned char c : head) {
    if (c == 0) return false;
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++control;
  }
  return control * 100 <= head.size();  // at most 1% control characters
}

int TextReader::Accepts(std::string_view path, std::string_view head) const {
  if (!LooksLikeText(head)) return 0;
  bool text_ext = path.ends_with(".txt") || path.ends_with(".text") || path.ends_with(".md");
  return text_ext ? 2 : 1;
}

void TextReader::Read(const SourceFile& file, std::string_view content, const DocumentSink& sink,
                      const ErrorSink& errors) const {
  std::string text;
  if (!RepairUtf8(content, &text)) {
    errors(file.path, "invalid UTF-8 (bad bytes replaced with U+FFFD, document indexed)");
  }
  Document doc;
  doc.id = file.relative;
  doc.source = file.root;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string::npos) end = text.size();
    std::string_view line = std::string_view(text).substr(pos, end - pos);
    pos = end + 1;
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    if (!line.empty()) {
      doc.title = std::string(line);
      break;
    }
  }
  doc.body = pos < text.size() ? text.substr(pos) : "";
  if (doc.title.empty() && doc.body.empty()) {
    errors(file.path, "empty file: nothing to index");
    return;
  }
  sink(std::move(doc));
}

}  // namespace concord
