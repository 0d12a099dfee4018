// The query parameters of GET /api/search -> a SearchRequest, within limits.
#pragma once

#include <concord/search.h>

#include <map>
#include <string>

namespace concord::server {

// What one search request may ask for. Numbers above a maximum are clamped
// (the response's "limit" shows what was used); text above a maximum is refused.
struct SearchLimits {
  size_t max_query_bytes = 4096;  // q longer than this: 414
  int max_limit = 100;            // page size
  int max_offset = 100000;        // deepest first result
  int max_facet_limit = 100;      // values per facet
  size_t max_filter_values = 50;  // author= and entity= values, each
};

// Parameters (the same names as concord-search's options):
//   q, author (repeatable), entity (repeatable), from, to, lang,
//   facets=author,year,... (comma-separated, may repeat), facet_limit,
//   limit, offset, sort=relevance|date.
// Unknown parameters are ignored (cache busters, tracking tags). Throws
// HttpError(400) for a value that cannot be used (limit=ten, sort=size,
// from=2014-13) and HttpError(414) for a query over max_query_bytes.
SearchRequest SearchRequestFromParams(const std::multimap<std::string, std::string>& params,
                                      const SearchLimits& limits = SearchLimits());

}  // namespace concord::server
