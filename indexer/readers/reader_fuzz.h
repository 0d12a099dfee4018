// The body of every reader's libFuzzer target (*_reader_fuzz.cpp): any bytes
// must give documents, reported problems or an Error, never a crash or a hang,
// and every document must be one the index can take (fields in valid UTF-8, a
// non-empty id, a real date or none).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "common/error.h"
#include "common/fuzz_checks.h"
#include "indexer/readers/reader.h"

namespace concord::fuzz {

inline void CheckDocument(const Document& doc) {
  Check(!doc.id.empty(), "document id is empty", doc.title);
  CheckUtf8(doc.id, "id is not UTF-8");
  CheckUtf8(doc.title, "title is not UTF-8");
  CheckUtf8(doc.date, "date is not UTF-8");
  CheckUtf8(doc.lang, "lang is not UTF-8");
  CheckUtf8(doc.url, "url is not UTF-8");
  CheckUtf8(doc.body, "body is not UTF-8");
  CheckUtf8(doc.source, "source is not UTF-8");
  for (const std::string& v : doc.authors) CheckUtf8(v, "an author is not UTF-8");
  for (const std::string& v : doc.categories) CheckUtf8(v, "a category is not UTF-8");
  for (const std::string& v : doc.tags) CheckUtf8(v, "a tag is not UTF-8");
  CheckIsoDate(doc.date, "document date is not a real YYYY-MM-DD day");
}

// The first byte sets the options (bit 0: include_unpublished); the rest is
// the file, named by path ("/fuzz/NAME"; its extension may matter to the reader).
inline int FuzzReader(const Reader& reader, const uint8_t* data, size_t size,
                      const char* path = "/fuzz/input") {
  if (size == 0) return 0;
  ReaderOptions options;
  options.include_unpublished = (data[0] & 1) != 0;
  options.skipped = [](const std::string&, const std::string& what, uint64_t count) {
    Check(count > 0, "skipped zero documents", what);
  };
  const std::string_view content(reinterpret_cast<const char*>(data + 1), size - 1);
  const SourceFile file{path, std::string(path).substr(sizeof "/fuzz/" - 1), "/fuzz"};
  try {
    reader.Read(
        file, content, options, [](Document&& doc) { CheckDocument(doc); },
        [](const std::string& where, const std::string& reason) {
          CheckUtf8(where, "error location is not UTF-8");
          CheckUtf8(reason, "error reason is not UTF-8");
        });
  } catch (const Error& e) {
    CheckUtf8(e.what(), "Error message is not UTF-8");  // a file that cannot be read at all
  }
  return 0;
}

}  // namespace concord::fuzz
