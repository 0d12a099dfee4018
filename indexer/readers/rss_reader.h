// RSS feeds (2.0, 0.9x and 1.0/RDF): one document per <item>. The id is the
// item's guid (else its link); the body is content:encoded, else the
// description; authors come from dc:creator or <author> ("email (Name)").
#pragma once

#include "indexer/readers/reader.h"

namespace concord {

class RssReader : public Reader {
 public:
  using Reader::Read;
  std::string_view name() const override { return "rss"; }
  int Accepts(std::string_view path, std::string_view head) const override;
  void Read(const SourceFile& file, std::string_view content, const ReaderOptions& options,
            const DocumentSink& sink, const ErrorSink& errors) const override;
};

// The display name in an RSS <author> element: "desk@x.example (Marta
// Quiroga)" and "Marta Quiroga <desk@x.example>" -> "Marta Quiroga"; a bare
// e-mail address names no one ("").
std::string NameFromRssAuthor(std::string_view author);

}  // namespace concord
