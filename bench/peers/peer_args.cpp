#include "bench/peers/peer_args.h"

#include <cstdlib>

namespace concord::bench {

bool ParsePeerArgs(int argc, char** argv, PeerArgs* args, std::string* error) {
  if (argc < 2) {
    *error = "missing mode: index or query";
    return false;
  }
  args->mode = argv[1];
  if (args->mode != "index" && args->mode != "query" && args->mode != "compact") {
    *error = "unknown mode '" + args->mode + "': use index, query or compact";
    return false;
  }
  for (int i = 2; i < argc; ++i) {
    const std::string arg = argv[i];
    const bool has_value = i + 1 < argc;
    if (arg == "--db" && has_value) {
      args->db = argv[++i];
    } else if (arg == "--queries" && has_value) {
      args->queries = argv[++i];
    } else if (arg == "--rounds" && has_value) {
      args->rounds = std::atoi(argv[++i]);
    } else if (arg == "--commit-every" && has_value) {
      args->commit_every = std::atoi(argv[++i]);
    } else if (arg == "--facets") {
      args->facets = true;
    } else if (arg == "--bare") {
      args->bare = true;
    } else if (arg.rfind("--", 0) == 0) {
      *error = "unknown option or missing value: " + arg;
      return false;
    } else {
      args->files.push_back(arg);
    }
  }
  if (args->db.empty()) {
    *error = "missing --db PATH";
    return false;
  }
  if (args->mode == "index" && args->files.empty()) {
    *error = "index: give the JSONL files to index";
    return false;
  }
  if (args->mode == "query" && args->queries.empty()) {
    *error = "query: missing --queries FILE";
    return false;
  }
  if (args->commit_every < 1) {
    *error = "--commit-every must be 1 or more";
    return false;
  }
  if (args->rounds < 1) {
    *error = "--rounds must be 1 or more";
    return false;
  }
  return true;
}

}  // namespace concord::bench
