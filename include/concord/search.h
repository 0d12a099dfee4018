// Searching an index: the request, the response and the reader handle.
#pragma once

#include <concord/document.h>
#include <concord/status.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace concord {

struct SearchRequest {
  // The query in concord's query language (docs/search.md). Empty lists every
  // document, newest first.
  std::string query;
  std::vector<std::string> authors;   // filter: any of these authors (any spelling of case)
  std::vector<std::string> entities;  // filter: all of these entities (id, name or any alias)
  std::string from;                   // filter: date >= from ("2014", "2014-11" or "2014-11-15")
  std::string to;                     // filter: date <= to (same precision rules, inclusive)
  std::string lang;                   // filter: ISO 639-1 language
  enum class Sort { kRelevance, kDate } sort = Sort::kRelevance;
  std::vector<std::string> facets;    // any of "author", "year", "month", "entity", "lang"
  int facet_limit = 10;               // top N values per facet (clamped to 1..1000)
  int limit = 10;                     // page size (clamped to 0..1000)
  int offset = 0;                     // first result (clamped to 0..100000)
  bool snippets = true;               // compute highlighted snippets
  // For an index of several shards (a stub): search the shards that answer
  // and name the others in SearchResponse::warnings, instead of failing.
  bool allow_partial = false;
};

struct FacetValue {
  std::string value;  // display value: author name, "2014", "2014-11", entity name, "en"
  std::string key;    // filter key for this value (entity id, author name, ...)
  uint64_t count = 0;
};

struct Hit {
  std::string id;
  std::string title;
  std::vector<std::string> authors;
  std::string date;
  std::string lang;
  std::string url;
  double score = 0;
  // HTML: document text escaped, matches wrapped in <b>...</b>.
  std::string snippet;
  std::vector<Entity> entities;
};

struct SearchResponse {
  std::string query;
  uint64_t total = 0;  // estimated matches (exact when small)
  int offset = 0;
  int limit = 0;
  std::vector<Hit> hits;
  std::vector<std::pair<std::string, std::vector<FacetValue>>> facets;  // in request order
  std::optional<std::string> spelling;  // suggested query, when one looks better
  std::vector<std::string> warnings;    // e.g. a shard that did not answer
  double took_ms = 0;
};

// The JSON form of a response, as documented in docs/search.md and served by
// concord-serve.
std::string ToJson(const SearchResponse& response);

// A read handle on an index (a database directory or a stub file listing shards).
// Thread-compatible: one Searcher per thread, or guard it. Reopens itself when
// a writer has committed since it was opened.
class Searcher {
 public:
  static Status Open(const std::string& path, std::unique_ptr<Searcher>* out);
  ~Searcher();
  Searcher(const Searcher&) = delete;
  Searcher& operator=(const Searcher&) = delete;

  Status Search(const SearchRequest& request, SearchResponse* response);
  // The stored document with this id (body included), or kNotFound.
  Status Get(const std::string& id, Document* document);
  uint64_t DocumentCount();
  // Move to the latest committed state of the index.
  Status Reopen();

 private:
  struct Impl;
  explicit Searcher(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace concord
