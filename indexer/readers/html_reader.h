// Web pages saved from news and commentary sites: metadata from the page's
// head (html_meta.h), text from its main content (html_text.h), with the
// text-level extraction of bylines and boilerplate filling the gaps.
#pragma once

#include "indexer/readers/reader.h"

namespace concord {

class HtmlReader : public Reader {
 public:
  using Reader::Read;
  std::string_view name() const override { return "html"; }
  int Accepts(std::string_view path, std::string_view head) const override;
  void Read(const SourceFile& file, std::string_view content, const ReaderOptions& options,
            const DocumentSink& sink, const ErrorSink& errors) const override;
};

}  // namespace concord
