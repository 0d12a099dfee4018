// The request handlers of concord-serve, named verb_resource after the route
// they answer (the table is in http_server.cpp). Each fills the response or
// throws HttpError / concord::Error; the table's wrapper turns exceptions into
// JSON errors.
#pragma once

#include "searcher/server/server_context.h"

namespace httplib {
struct Request;
struct Response;
}  // namespace httplib

namespace concord::server {

using Handler = void (*)(ServerContext&, const httplib::Request&, httplib::Response&);

// GET /api/search?q=...: the JSON of concord::ToJson(SearchResponse).
void get_search(ServerContext& ctx, const httplib::Request& req, httplib::Response& res);
// GET /api/doc/{id}: the stored document, body included.
void get_doc(ServerContext& ctx, const httplib::Request& req, httplib::Response& res);
// GET /api/health: {"status": "ok", "documents": N, "version": "...", "writes": bool}.
void get_health(ServerContext& ctx, const httplib::Request& req, httplib::Response& res);
// PUT /api/doc/{id} with a JSON document: 201 added, 200 replaced or unchanged.
void put_doc(ServerContext& ctx, const httplib::Request& req, httplib::Response& res);
// DELETE /api/doc/{id}: 200 deleted, 404 when there was no such document.
void delete_doc(ServerContext& ctx, const httplib::Request& req, httplib::Response& res);
// OPTIONS /api/...: the CORS preflight answer (only with --cors-origin).
void options_api(ServerContext& ctx, const httplib::Request& req, httplib::Response& res);
// GET /{path}: a file of the web root; JSON 404 for unknown /api/ paths.
void get_static(ServerContext& ctx, const httplib::Request& req, httplib::Response& res);

}  // namespace concord::server
