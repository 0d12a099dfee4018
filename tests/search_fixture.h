// Real indexes for the searcher's tests: documents written with IndexWriter
// into the test's own TempDir, searched with Searcher or the concord-search
// binary. Header-only: tests/CMakeLists.txt compiles *_test.cpp files only.
#pragma once

#include <concord/index_writer.h>
#include <concord/search.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "indexer/document_codec.h"
#include "tests/test_support.h"

namespace concord::test {

inline Document MakeDoc(std::string id, std::string title, std::string body, std::string date,
                        std::vector<std::string> authors = {}, std::string lang = "en") {
  Document d;
  d.id = std::move(id);
  d.title = std::move(title);
  d.body = std::move(body);
  d.date = std::move(date);
  d.authors = std::move(authors);
  d.lang = std::move(lang);
  return d;
}

// A new index at path holding docs, committed.
inline void WriteIndex(const std::string& path, const std::vector<Document>& docs) {
  std::unique_ptr<IndexWriter> writer;
  WriterOptions options;
  options.commit_every = 0;
  Status s = IndexWriter::Open(path, options, &writer);
  INFO(s.ToString());
  REQUIRE(s.ok());
  for (const Document& d : docs) {
    s = writer->Put(d);
    INFO(d.id << ": " << s.ToString());
    REQUIRE(s.ok());
  }
  REQUIRE(writer->Commit().ok());
}

inline std::unique_ptr<Searcher> OpenSearcher(const std::string& path) {
  std::unique_ptr<Searcher> searcher;
  Status s = Searcher::Open(path, &searcher);
  INFO(s.ToString());
  REQUIRE(s.ok());
  return searcher;
}

inline SearchResponse MustSearch(Searcher& searcher, const SearchRequest& request) {
  SearchResponse response;
  Status s = searcher.Search(request, &response);
  INFO("query [" << request.query << "]: " << s.ToString());
  REQUIRE(s.ok());
  return response;
}

inline SearchRequest Query(std::string text) {
  SearchRequest r;
  r.query = std::move(text);
  r.limit = 1000;
  r.snippets = false;
  return r;
}

// Ids of every result of request, in result order, paging 1000 at a time.
inline std::vector<std::string> AllIds(Searcher& searcher, SearchRequest request) {
  std::vector<std::string> ids;
  request.limit = 1000;
  for (request.offset = 0;; request.offset += 1000) {
    SearchResponse r = MustSearch(searcher, request);
    for (const Hit& h : r.hits) ids.push_back(h.id);
    if (r.hits.size() < 1000) break;
  }
  return ids;
}

// Every nth story of the KCNA JSONL files (2011 and 2012), parsed with
// nlohmann: the same lines feed the index and the independent counts.
inline std::vector<nlohmann::json> KcnaSample(size_t every_nth) {
  std::vector<nlohmann::json> lines;
  for (const char* name : {"kcna-2011.jsonl", "kcna-2012.jsonl"}) {
    std::ifstream in(SharedDataDir() / "kcna" / name);
    REQUIRE(in);
    std::string line;
    for (size_t n = 0; std::getline(in, line); ++n) {
      if (n % every_nth == 0) lines.push_back(nlohmann::json::parse(line));
    }
  }
  return lines;
}

inline std::vector<Document> ToDocuments(const std::vector<nlohmann::json>& lines) {
  std::vector<Document> docs;
  for (const nlohmann::json& j : lines) docs.push_back(DocumentFromJson(j));
  return docs;
}

}  // namespace concord::test
