// Test helpers for the readers: run one on text or a file and keep what it
// gave (documents, problems, skip counts). Used by *_test.cpp only.
#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "common/error.h"
#include "indexer/readers/reader.h"

namespace concord::test {

struct ReadResult {
  std::vector<Document> docs;
  std::vector<std::pair<std::string, std::string>> errors;  // where, reason
  std::vector<std::pair<std::string, uint64_t>> skipped;    // what, count
  std::string thrown;                                       // Error of the whole file, if any

  const Document* Find(const std::string& id) const {
    for (const Document& d : docs)
      if (d.id == id) return &d;
    return nullptr;
  }
  uint64_t Skipped(const std::string& what) const {
    for (const auto& [w, n] : skipped)
      if (w == what) return n;
    return 0;
  }
};

inline ReadResult ReadWith(const Reader& reader, const std::string& content,
                           const std::string& path = "/data/sample",
                           bool include_unpublished = false) {
  ReadResult result;
  ReaderOptions options;
  options.include_unpublished = include_unpublished;
  options.skipped = [&](const std::string&, const std::string& what, uint64_t n) {
    result.skipped.emplace_back(what, n);
  };
  std::filesystem::path p(path);
  SourceFile file{path, p.filename().string(), p.parent_path().string()};
  try {
    reader.Read(
        file, content, options, [&](Document&& d) { result.docs.push_back(std::move(d)); },
        [&](const std::string& where, const std::string& why) {
          result.errors.emplace_back(where, why);
        });
  } catch (const Error& e) {
    result.thrown = e.what();
  }
  return result;
}

inline std::string ReadFileText(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace concord::test
