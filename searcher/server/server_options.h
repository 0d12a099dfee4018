// What concord-serve is told on its command line, with every default stated.
#pragma once

#include <cstddef>
#include <string>

namespace concord::server {

struct ServerOptions {
  // Index directory (or stub file) searched and written.
  std::string db;
  // Address to listen on. Loopback by default: exposing the server is a choice.
  std::string bind = "127.0.0.1";
  // TCP port; 0 picks a free one (printed at startup).
  int port = 8080;
  // Bearer token that PUT and DELETE must present; empty disables writes (403).
  std::string token;
  // Value of Access-Control-Allow-Origin; empty sends no CORS headers at all.
  std::string cors_origin;
  // Folder whose files are served at /; empty serves no static files.
  std::string web_root;
  // Worker threads: connections served at once (a keep-alive connection keeps
  // its thread between requests). More connections wait to be accepted.
  int threads = 64;
  // Searches (and document fetches) run at once, each with an index reader of
  // its own; further requests wait their turn in arrival order.
  int max_searches = 4;
  // Largest request body accepted; larger ones get 413.
  size_t max_body_bytes = 1u << 20;
  // Seconds a write waits for another writer (e.g. the nightly concord-index)
  // before answering 503.
  int wait_lock_seconds = 5;
  // Retry-After sent with that 503, in seconds.
  int retry_after_seconds = 30;
  // When db is a stub of shards and some do not answer: search the others and
  // name the missing ones in the response's "warnings" (SearchRequest::
  // allow_partial) instead of failing the search.
  bool allow_partial = false;
};

}  // namespace concord::server
