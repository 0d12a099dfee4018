// Plain-text articles: title on the first non-empty line, the rest is the body.
// Bylines, dates and boilerplate are found by extract/ (text_metadata.h).
#pragma once

#include "indexer/readers/reader.h"

namespace concord {

class TextReader : public Reader {
 public:
  std::string_view name() const override { return "text"; }
  int Accepts(std::string_view path, std::string_view head) const override;
  void Read(const SourceFile& file, std::string_view content, const DocumentSink& sink,
            const ErrorSink& errors) const override;
};

// True when head looks like text: no NUL bytes and few control characters.
bool LooksLikeText(std::string_view head);

}  // namespace concord
