#include "indexer/readers/text_reader.h"

#include "indexer/extract/text_clean.h"
#include "indexer/extract/text_metadata.h"

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

void TextReader::Read(const SourceFile& file, std::string_view content, const ReaderOptions&,
                      const DocumentSink& sink, const ErrorSink& errors) const {
  bool valid = true;
  std::string text = CleanUtf8(content, &valid);
  if (!valid) errors(file.path, "invalid UTF-8 (bad bytes replaced with U+FFFD, document indexed)");
  ArticleMetadata meta = ExtractTextMetadata(text);
  if (meta.title.empty() && meta.body.empty()) {
    errors(file.path, "empty file: nothing to index");
    return;
  }
  Document doc;
  doc.id = file.relative;
  doc.source = file.root;
  doc.title = std::move(meta.title);
  doc.authors = std::move(meta.authors);
  doc.date = std::move(meta.date);
  doc.categories = std::move(meta.categories);
  doc.tags = std::move(meta.tags);
  doc.body = std::move(meta.body);
  sink(std::move(doc));
}

}  // namespace concord
