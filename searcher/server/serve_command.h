// The work of concord-serve between argument parsing and the HTTP loop:
// token, web root, index, signals. Callable from its main.
#pragma once

#include <string>

#include "searcher/server/server_options.h"

namespace concord::server {

struct ServeCommandOptions {
  ServerOptions server;         // token and web_root are filled from the fields below
  std::string token_file;       // "" leaves writes disabled
  bool web_root_given = false;  // false: the data dir's web/ (if there is one)
};

// Checks the setup, binds, prints "concord-serve: listening on http://HOST:PORT"
// on stdout, and serves until SIGINT or SIGTERM; then lets running requests
// finish and returns 0. A setup problem is one line on stderr and exit code 2
// (bad arguments, missing index) or 4 (cannot listen, index unreadable).
//
// A missing index is created empty when writes are enabled (a CMS may push
// into a new index); without a token it is an error, since there would be
// nothing to serve.
int RunServeCommand(ServeCommandOptions options);

}  // namespace concord::server
