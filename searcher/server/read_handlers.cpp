// The read side of the API: search, one document, health.
#include <httplib.h>

#include <nlohmann/json.hpp>

#include "indexer/document_codec.h"
#include "searcher/server/handlers.h"
#include "searcher/server/http_error.h"

namespace concord::server {

namespace {

std::string Dump(const nlohmann::json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

void get_search(ServerContext& ctx, const httplib::Request& req, httplib::Response& res) {
  SearchRequest request = SearchRequestFromParams(req.params, ctx.limits);
  request.allow_partial = ctx.options.allow_partial;
  SearchResponse response;
  ctx.searchers.Run(
      [&](Searcher& searcher) { ThrowIfFailed(searcher.Search(request, &response)); });
  SetJson(res, ToJson(response));
}

void get_doc(ServerContext& ctx, const httplib::Request& req, httplib::Response& res) {
  const std::string id = req.matches[1];
  Document document;
  ctx.searchers.Run([&](Searcher& searcher) { ThrowIfFailed(searcher.Get(id, &document)); });
  SetJson(res, Dump(ToJson(document)));
}

void get_health(ServerContext& ctx, const httplib::Request&, httplib::Response& res) {
  uint64_t documents = 0;
  ctx.searchers.Run([&](Searcher& searcher) { documents = searcher.DocumentCount(); });
  nlohmann::json health = {{"status", "ok"},
                           {"documents", documents},
                           {"version", CONCORD_VERSION},
                           {"writes", !ctx.options.token.empty()}};
  SetJson(res, Dump(health));
}

}  // namespace concord::server
