// JSON Lines: one document per line, an object with "id", "title",
// "authors" (or "author"), "date", "url", "lang", "body", "source",
// "categories", "tags" (docs/indexing.md). A line that is not such an object
// is reported as "FILE:LINE: reason" and skipped; the other lines are read.
//
// Real exports are untidy: a title of "NA" or none falls back to the body's
// first sentence (the KCNA set has ~700), a date in another written form is
// normalised, and a date that is no real day is dropped.
#pragma once

#include "indexer/readers/reader.h"

namespace concord {

class JsonlReader : public Reader {
 public:
  using Reader::Read;
  std::string_view name() const override { return "jsonl"; }
  int Accepts(std::string_view path, std::string_view head) const override;
  void Read(const SourceFile& file, std::string_view content, const ReaderOptions& options,
            const DocumentSink& sink, const ErrorSink& errors) const override;
};

}  // namespace concord
