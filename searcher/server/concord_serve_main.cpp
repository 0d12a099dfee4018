// concord-serve: the HTTP JSON API and the search widget over one index.
// Thin main: argument parsing here, all work in the library
// (searcher/server/serve_command.h).
#include <boost/program_options.hpp>
#include <cstdio>
#include <iostream>
#include <thread>

#include "common/exit_codes.h"
#include "searcher/server/serve_command.h"

namespace po = boost::program_options;
using concord::server::ServeCommandOptions;

namespace {

const char* kUsage = R"(Usage: concord-serve --db DIR [options]

Serves a concord index over HTTP: the JSON search API, document pushes from a
CMS, and the search widget of web/. Prints "concord-serve: listening on URL"
when ready, one access-log line per request on stderr, and stops cleanly on
SIGINT or SIGTERM.

  GET    /api/search?q=&author=&entity=&from=&to=&lang=&facets=&limit=&offset=&sort=
  GET    /api/doc/{id}          the stored document (ids URL-encoded)
  GET    /api/health            {"status": "ok", "documents": N, ...}
  PUT    /api/doc/{id}          JSON document; needs Authorization: Bearer TOKEN
  DELETE /api/doc/{id}          needs Authorization: Bearer TOKEN
  GET    /...                   files of the web root (demo page at /)

Examples:
  concord-serve --db ./index
  concord-serve --db ./index --port 0 --token-file /etc/concord/token \
                --cors-origin https://news.example.org

Exit codes: 0 stopped by a signal, 2 bad arguments or missing index,
4 cannot listen or read the index.

Options)";

int Fail(const std::string& message) {
  std::fprintf(stderr, "concord-serve: %s\n", message.c_str());
  return concord::kExitUsage;
}

}  // namespace

int main(int argc, char** argv) {
  ServeCommandOptions o;
  int max_body_mb = 1;
  const int default_searches =
      static_cast<int>(std::max(4u, std::thread::hardware_concurrency() * 2));
  po::options_description opts(kUsage);
  // clang-format off
  opts.add_options()
      ("help,h", "show this help")
      ("db", po::value<std::string>(&o.server.db), "index directory or stub file (required)")
      ("bind", po::value<std::string>(&o.server.bind)->default_value("127.0.0.1"),
       "address to listen on (0.0.0.0: every interface)")
      ("port", po::value<int>(&o.server.port)->default_value(8080),
       "TCP port; 0 picks a free one")
      ("token-file", po::value<std::string>(&o.token_file),
       "file whose first line is the bearer token for PUT and DELETE (without it, writes "
       "are disabled)")
      ("cors-origin", po::value<std::string>(&o.server.cors_origin),
       "allow pages on this origin (e.g. https://news.example.org) to call the API")
      ("web-root", po::value<std::string>(&o.server.web_root),
       "folder served at / (default: the web/ folder of concord's data)")
      ("threads", po::value<int>(&o.server.threads)->default_value(64),
       "connections served at once (each keeps a thread while it is open)")
      ("max-searches", po::value<int>(&o.server.max_searches)->default_value(default_searches),
       "searches run at once, each with its own index reader; more wait their turn")
      ("max-body-mb", po::value<int>(&max_body_mb)->default_value(1),
       "largest PUT body accepted, in MB (larger: 413)")
      ("wait-lock", po::value<int>(&o.server.wait_lock_seconds)->default_value(5),
       "seconds a write waits for another writer before answering 503")
      ("allow-partial", po::bool_switch(&o.server.allow_partial),
       "--db is a stub of shards: when some do not answer, search the others and name the "
       "missing ones in \"warnings\" (otherwise such searches fail)");
  // clang-format on
  po::variables_map vm;
  try {
    po::store(po::parse_command_line(argc, argv, opts), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    return Fail(std::string(e.what()) + " (see concord-serve --help)");
  }
  if (vm.count("help") || argc == 1) {
    std::cout << opts << "\n";
    return argc == 1 ? concord::kExitUsage : concord::kExitOk;
  }
  if (o.server.port < 0 || o.server.port > 65535) return Fail("--port must be 0..65535");
  if (o.server.threads < 1 || o.server.threads > 1024) return Fail("--threads must be 1..1024");
  if (o.server.max_searches < 1 || o.server.max_searches > 256) {
    return Fail("--max-searches must be 1..256");
  }
  if (max_body_mb < 1 || max_body_mb > 1024) return Fail("--max-body-mb must be 1..1024");
  if (o.server.wait_lock_seconds < 0) return Fail("--wait-lock must be 0 or more seconds");
  o.server.max_body_bytes = static_cast<size_t>(max_body_mb) << 20;
  o.web_root_given = vm.count("web-root") > 0;
  return concord::server::RunServeCommand(o);
}
