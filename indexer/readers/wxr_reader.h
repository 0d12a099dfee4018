// WordPress eXtended RSS (WXR) exports, versions 1.0 to 1.2, http:// or
// https:// namespaces. Published posts and pages become documents; the
// rest (attachments, menu items, revisions, drafts, scheduled, private,
// password-protected and trashed posts) is counted and reported as skipped.
// ReaderOptions::include_unpublished also reads the unpublished posts and pages.
//
// A document's id is the site and the post id ("peninsulawatch.example/101"),
// its authors the display names of wp:author (dc:creator holds the login),
// its date the local publication date, its categories and tags the post's.
#pragma once

#include "indexer/readers/reader.h"

namespace concord {

class WxrReader : public Reader {
 public:
  using Reader::Read;
  std::string_view name() const override { return "wxr"; }
  int Accepts(std::string_view path, std::string_view head) const override;
  void Read(const SourceFile& file, std::string_view content, const ReaderOptions& options,
            const DocumentSink& sink, const ErrorSink& errors) const override;
};

}  // namespace concord
