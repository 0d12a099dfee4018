#include "searcher/server/http_server.h"

#include <httplib.h>
#include <sys/socket.h>

#include <cstdio>

#include "common/error.h"
#include "searcher/server/access_log.h"
#include "searcher/server/handlers.h"
#include "searcher/server/http_error.h"

namespace concord::server {

namespace {

struct Route {
  const char* method;
  const char* pattern;  // std::regex over the decoded path; (.+) captures are req.matches
  Handler handler;
};

// Every route of concord-serve. Order matters within a method: the first match wins.
const Route kRoutes[] = {
    {"GET", "/api/search", get_search},
    {"GET", "/api/health", get_health},
    {"GET", "/api/doc/(.+)", get_doc},
    {"PUT", "/api/doc/(.+)", put_doc},
    {"DELETE", "/api/doc/(.+)", delete_doc},
    {"OPTIONS", "/api/.*", options_api},
    {"GET", "/.*", get_static},
};

// The message of an error answered by httplib itself, before any handler ran.
std::string ReasonFor(int status, const httplib::Request& req, const ServerOptions& options) {
  switch (status) {
    case 400:
      return "bad request: malformed HTTP, or a method this server does not answer "
             "(it answers GET, PUT, DELETE and OPTIONS)";
    case 404:
      return "not found";
    case 413:
      // cpp-httplib caps form-encoded bodies (curl -d's default type) at 8 KB.
      if (req.get_header_value("Content-Type").rfind("application/x-www-form-urlencoded", 0) == 0) {
        return "request body too large for Content-Type application/x-www-form-urlencoded "
               "(at most 8192 bytes): send the document with Content-Type: application/json "
               "(at most " +
               std::to_string(options.max_body_bytes) + " bytes, --max-body-mb)";
      }
      return "request body too large: this server accepts at most " +
             std::to_string(options.max_body_bytes) + " bytes (--max-body-mb)";
    case 414:
      return "request URI too long";
    default:
      return "HTTP error " + std::to_string(status);
  }
}

}  // namespace

struct HttpServer::Impl {
  explicit Impl(ServerOptions options) : ctx(std::move(options)) {}
  ServerContext ctx;
  httplib::Server http;
  int listen_socket = -1;
};

HttpServer::HttpServer(ServerOptions options) : impl_(std::make_unique<Impl>(std::move(options))) {
  ServerContext& ctx = impl_->ctx;
  httplib::Server& http = impl_->http;
  for (const Route& route : kRoutes) {
    Handler handler = route.handler;
    auto wrapped = [&ctx, handler](const httplib::Request& req, httplib::Response& res) {
      try {
        handler(ctx, req, res);
      } catch (...) {
        RespondToException(res);
      }
    };
    const std::string method = route.method;
    if (method == "GET")
      http.Get(route.pattern, wrapped);
    else if (method == "PUT")
      http.Put(route.pattern, wrapped);
    else if (method == "DELETE")
      http.Delete(route.pattern, wrapped);
    else if (method == "OPTIONS")
      http.Options(route.pattern, wrapped);
  }
  http.set_pre_routing_handler([](const httplib::Request&, httplib::Response&) {
    MarkRequestStart();
    return httplib::Server::HandlerResponse::Unhandled;
  });
  // Errors answered by httplib itself (404 without a route, 413, 414) get a JSON body too.
  httplib::Server::HandlerWithResponse on_error = [&ctx](const httplib::Request& req,
                                                         httplib::Response& res) {
    if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
    SetJsonError(res, res.status, ReasonFor(res.status, req, ctx.options));
    return httplib::Server::HandlerResponse::Handled;
  };
  http.set_error_handler(std::move(on_error));
  http.set_exception_handler(
      [](const httplib::Request&, httplib::Response& res, std::exception_ptr error) {
        try {
          std::rethrow_exception(error);
        } catch (...) {
          RespondToException(res);
        }
      });
  http.set_logger([](const httplib::Request& req, const httplib::Response& res) {
    std::string line =
        AccessLogLine(std::chrono::system_clock::now(), req.method,
                      req.target.empty() ? req.path : req.target, res.status, TakeRequestMillis());
    line.push_back('\n');
    std::fwrite(line.data(), 1, line.size(), stderr);  // one write: lines never interleave
  });
  httplib::Headers headers = {{"X-Content-Type-Options", "nosniff"}};
  if (!ctx.options.cors_origin.empty()) {
    headers.emplace("Access-Control-Allow-Origin", ctx.options.cors_origin);
    headers.emplace("Vary", "Origin");
  }
  http.set_default_headers(std::move(headers));
  http.set_payload_max_length(ctx.options.max_body_bytes);
  Impl* impl = impl_.get();
  http.set_socket_options([impl](socket_t sock) {
    httplib::default_socket_options(sock);
    impl->listen_socket = sock;
  });
  const size_t threads = static_cast<size_t>(std::max(1, ctx.options.threads));
  http.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
}

HttpServer::~HttpServer() = default;

int HttpServer::Bind() {
  const ServerOptions& o = impl_->ctx.options;
  int port = o.port;
  if (port == 0) {
    port = impl_->http.bind_to_any_port(o.bind);
  } else if (!impl_->http.bind_to_port(o.bind, port)) {
    port = -1;
  }
  // cpp-httplib 0.11 listens with a backlog of 5: when dozens of clients
  // connect at once the kernel drops their SYNs, and they retry a second
  // later. Listening again on the bound socket only raises the backlog.
  if (port > 0 && impl_->listen_socket >= 0) ::listen(impl_->listen_socket, SOMAXCONN);
  if (port <= 0) {
    throw Error(Status::Code::kIOError,
                "cannot listen on " + o.bind + ":" + std::to_string(o.port) +
                    " (is another server using the port, or is the address not on this "
                    "machine?); choose another --port, or --port 0 for any free one");
  }
  return port;
}

void HttpServer::Run() { impl_->http.listen_after_bind(); }

void HttpServer::Stop() { impl_->http.stop(); }

}  // namespace concord::server
