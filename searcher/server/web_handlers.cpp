// Static files of the web root (the widget, its demo page) and the CORS
// preflight answer.
#include <httplib.h>

#include "searcher/server/handlers.h"
#include "searcher/server/http_error.h"
#include "searcher/server/static_files.h"

namespace concord::server {

void options_api(ServerContext& ctx, const httplib::Request&, httplib::Response& res) {
  if (ctx.options.cors_origin.empty()) {
    throw HttpError(404,
                    "cross-origin requests are not enabled on this server; start "
                    "concord-serve with --cors-origin ORIGIN to allow a page on ORIGIN");
  }
  // Access-Control-Allow-Origin itself is one of the default headers of every answer.
  res.status = 204;
  res.set_header("Access-Control-Allow-Methods", "GET, PUT, DELETE, OPTIONS");
  res.set_header("Access-Control-Allow-Headers", "Authorization, Content-Type");
  res.set_header("Access-Control-Max-Age", "600");
}

void get_static(ServerContext& ctx, const httplib::Request& req, httplib::Response& res) {
  const std::string& path = req.path;
  if (path == "/api" || path.rfind("/api/", 0) == 0) {
    throw HttpError(404, "no API endpoint " + req.method + " " + path +
                             "; the API has /api/search, /api/doc/{id} and /api/health");
  }
  if (ctx.options.web_root.empty() || path.empty() || path.front() != '/') {
    throw HttpError(404, "this server serves no files (no --web-root); the API is under /api/");
  }
  std::optional<std::filesystem::path> file =
      ResolveStaticPath(ctx.options.web_root, std::string_view(path).substr(1));
  if (!file) throw HttpError(404, "no file " + path + " on this server");
  res.set_content(ReadWholeFile(*file), ContentTypeFor(*file));
  res.set_header("Cache-Control", "no-cache");  // revalidate: a redeployed widget shows at once
}

}  // namespace concord::server
