// The requests of the load test: every query of the benchmark query set
// (names in several spellings and scripts, words, phrases, booleans, fields,
// wildcards, date filters) crossed with what a results page asks besides the
// query: facets, a date range, sort by date, a deeper page, a language, an
// entity filter, and now and then one stored document.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace concord::load {

class QueryMix {
 public:
  // queries: the lines of the query file; doc_ids: ids for GET /api/doc/{id}
  // (none: that variant becomes a one-result search).
  QueryMix(std::vector<std::string> queries, std::vector<std::string> doc_ids);

  // The request target (path and query string) of request number n. Every
  // (query, variant) pair comes round in turn, so a run of a few thousand
  // requests covers all of them.
  std::string Target(uint64_t n) const;

  // How many distinct targets there are.
  uint64_t size() const;

 private:
  std::vector<std::string> queries_;
  std::vector<std::string> doc_ids_;
};

// Percent-encodes text for a URL query value or path segment (RFC 3986
// unreserved characters are kept).
std::string UrlEncode(const std::string& text);

}  // namespace concord::load
