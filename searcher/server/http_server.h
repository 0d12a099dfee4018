// concord-serve's HTTP server: the route table, limits, logging and CORS
// around the handlers of handlers.h. cpp-httplib stays inside the .cpp.
#pragma once

#include <memory>

#include "searcher/server/server_options.h"

namespace concord::server {

class HttpServer {
 public:
  explicit HttpServer(ServerOptions options);
  ~HttpServer();
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  // Binds options.bind:options.port (port 0: any free port) and returns the
  // port. Throws Error(kIOError) naming the address when it cannot.
  int Bind();
  // Answers requests until Stop(); call after Bind(). Blocks.
  void Run();
  // Stops accepting, lets running requests finish, and makes Run() return.
  // Safe to call from another thread.
  void Stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace concord::server
