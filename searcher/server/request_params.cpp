#include "searcher/server/request_params.h"

#include <algorithm>
#include <charconv>
#include <vector>

#include "common/dates.h"
#include "searcher/server/http_error.h"

namespace concord::server {

namespace {

using Params = std::multimap<std::string, std::string>;

std::vector<std::string> All(const Params& params, const std::string& name) {
  std::vector<std::string> values;
  auto [first, last] = params.equal_range(name);
  for (auto it = first; it != last; ++it) values.push_back(it->second);
  return values;
}

// The last value wins for single-valued parameters, as in most web frameworks.
std::string Last(const Params& params, const std::string& name) {
  auto [first, last] = params.equal_range(name);
  return first == last ? std::string() : std::prev(last)->second;
}

// A whole number clamped to [lo, hi]; absurdly large numbers clamp too.
int ClampedInt(const Params& params, const std::string& name, int fallback, int lo, int hi) {
  std::string text = Last(params, name);
  if (text.empty()) return std::clamp(fallback, lo, hi);
  const char* begin = text.data();
  const char* end = text.data() + text.size();
  bool negative = *begin == '-';
  if (negative || *begin == '+') ++begin;
  if (begin == end || !std::all_of(begin, end, [](char c) { return c >= '0' && c <= '9'; })) {
    throw HttpError(400, name + " must be a whole number, not '" + text + "'");
  }
  long long value = 0;
  if (std::from_chars(begin, end, value).ec != std::errc()) {
    return negative ? lo : hi;  // out of range: more digits than any limit
  }
  return static_cast<int>(std::clamp<long long>(negative ? -value : value, lo, hi));
}

std::vector<std::string> Filter(const Params& params, const std::string& name,
                                const SearchLimits& limits) {
  std::vector<std::string> values;
  for (std::string& v : All(params, name)) {
    if (!v.empty()) values.push_back(std::move(v));
  }
  if (values.size() > limits.max_filter_values) {
    throw HttpError(400, "too many " + name + "= values (" + std::to_string(values.size()) +
                             "); at most " + std::to_string(limits.max_filter_values));
  }
  return values;
}

std::string DateParam(const Params& params, const std::string& name) {
  std::string value = Last(params, name);
  std::string first, last;
  if (!value.empty() && !DateBounds(value, &first, &last)) {
    throw HttpError(400, name + "='" + value + "' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD");
  }
  return value;
}

std::vector<std::string> FacetNames(const Params& params) {
  std::vector<std::string> names;
  for (const std::string& list : All(params, "facets")) {
    for (size_t start = 0; start <= list.size();) {
      size_t end = std::min(list.find(',', start), list.size());
      std::string name = list.substr(start, end - start);
      name.erase(0, name.find_first_not_of(' '));
      name.erase(name.find_last_not_of(' ') + 1);
      if (!name.empty() && std::find(names.begin(), names.end(), name) == names.end()) {
        names.push_back(name);
      }
      start = end + 1;
    }
  }
  return names;
}

}  // namespace

SearchRequest SearchRequestFromParams(const Params& params, const SearchLimits& limits) {
  SearchRequest request;
  request.query = Last(params, "q");
  if (request.query.size() > limits.max_query_bytes) {
    throw HttpError(414, "the query is " + std::to_string(request.query.size()) +
                             " bytes long; at most " + std::to_string(limits.max_query_bytes) +
                             " are accepted");
  }
  request.authors = Filter(params, "author", limits);
  request.entities = Filter(params, "entity", limits);
  request.from = DateParam(params, "from");
  request.to = DateParam(params, "to");
  request.lang = Last(params, "lang");
  request.facets = FacetNames(params);
  request.facet_limit =
      ClampedInt(params, "facet_limit", request.facet_limit, 1, limits.max_facet_limit);
  request.limit = ClampedInt(params, "limit", request.limit, 0, limits.max_limit);
  request.offset = ClampedInt(params, "offset", 0, 0, limits.max_offset);
  std::string sort = Last(params, "sort");
  if (sort == "date") {
    request.sort = SearchRequest::Sort::kDate;
  } else if (!sort.empty() && sort != "relevance") {
    throw HttpError(400, "sort must be relevance or date, not '" + sort + "'");
  }
  return request;
}

}  // namespace concord::server
