// libFuzzer target: the query string of GET /api/search as concord-serve
// meets it. The bytes are the text after "?"; cpp-httplib splits and decodes
// it into the request's params (as the server does), SearchRequestFromParams
// reads them, and the request runs on a small real index (fuzz_index.h).
// Checked: a refusal is HttpError 400 or 414; a search fails only as a client
// error (4xx, never 500); numbers come out within the limits; the response is
// valid JSON in valid UTF-8.
// Built by the fuzz preset (CONCORD_FUZZ); run with scripts/fuzz request_params_fuzz.
#include <concord/search.h>
#include <httplib.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "common/fuzz_checks.h"
#include "searcher/fuzz_index.h"
#include "searcher/server/http_error.h"
#include "searcher/server/request_params.h"

namespace {

using concord::fuzz::Check;
using concord::fuzz::CheckUtf8;

concord::Searcher& FuzzSearcher() {
  static std::unique_ptr<concord::Searcher> searcher = [] {
    std::unique_ptr<concord::Searcher> s;
    Check(concord::Searcher::Open(concord::fuzz::FuzzIndexPath(), &s).ok(), "open fuzz index");
    return s;
  }();
  return *searcher;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  concord::Searcher& searcher = FuzzSearcher();
  httplib::Request req;
  httplib::detail::parse_query_text(std::string(reinterpret_cast<const char*>(data), size),
                                    req.params);

  const concord::server::SearchLimits limits;
  concord::SearchRequest request;
  try {
    request = concord::server::SearchRequestFromParams(req.params, limits);
  } catch (const concord::server::HttpError& e) {
    Check(e.status() == 400 || e.status() == 414, "params refused with a status not 400/414",
          e.what());
    return 0;
  }
  Check(request.query.size() <= limits.max_query_bytes, "query over the limit", request.query);
  Check(request.limit >= 0 && request.limit <= limits.max_limit, "limit out of range");
  Check(request.offset >= 0 && request.offset <= limits.max_offset, "offset out of range");
  Check(request.facet_limit >= 1 && request.facet_limit <= limits.max_facet_limit,
        "facet_limit out of range");
  Check(request.authors.size() <= limits.max_filter_values, "too many authors");
  Check(request.entities.size() <= limits.max_filter_values, "too many entities");

  concord::SearchResponse response;
  const concord::Status status = searcher.Search(request, &response);
  if (!status.ok()) {
    Check(concord::server::HttpStatusFor(status.code()) < 500, "search failed as a server error",
          status.ToString());
    return 0;
  }
  const std::string json = concord::ToJson(response);
  CheckUtf8(json, "response JSON is not UTF-8");
  Check(nlohmann::json::accept(json), "response is not JSON", json);
  return 0;
}
