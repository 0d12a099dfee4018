// Plain-text articles: title on the first line, bylines, dates and section
// labels found by extract/text_metadata.h, boilerplate removed.
#pragma once

#include "indexer/readers/reader.h"

namespace concord {

class TextReader : public Reader {
 public:
  using Reader::Read;
  std::string_view name() const override { return "text"; }
  int Accepts(std::string_view path, std::string_view head) const override;
  void Read(const SourceFile& file, std::string_view content, const ReaderOptions& options,
            const DocumentSink& sink, const ErrorSink& errors) const override;
};

// True when head looks like text: no NUL bytes and few control characters.
bool LooksLikeText(std::string_view head);

}  // namespace concord
