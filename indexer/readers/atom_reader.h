// Atom feeds (RFC 4287): one document per <entry>. The id is the entry's
// atom:id; the date its published (else updated) time; authors are the
// entry's, else the feed's; text constructs of type text, html and xhtml are
// all read; xml:lang gives the language.
#pragma once

#include "indexer/readers/reader.h"

namespace concord {

class AtomReader : public Reader {
 public:
  using Reader::Read;
  std::string_view name() const override { return "atom"; }
  int Accepts(std::string_view path, std::string_view head) const override;
  void Read(const SourceFile& file, std::string_view content, const ReaderOptions& options,
            const DocumentSink& sink, const ErrorSink& errors) const override;
};

}  // namespace concord
