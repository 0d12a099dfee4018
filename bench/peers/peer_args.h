// The command line shared by the peer programs:
//   PEER index --db PATH [--commit-every N] FILE...
//   PEER query --db PATH --queries FILE [--rounds N] [--facets] [--bare]
//   PEER compact --db PATH          (peers that compact themselves)
#pragma once

#include <string>
#include <vector>

namespace concord::bench {

struct PeerArgs {
  std::string mode;                // "index", "query" or "compact"
  std::string db;                  // index directory (Xapian) or database file (SQLite)
  std::vector<std::string> files;  // index: the JSONL corpus files
  std::string queries;             // query: the query file, one query a line
  int rounds = 1;                  // query: how many times to run the whole query file
  bool facets = false;             // query: also count the matches per year (where supported)
  bool bare = false;               // query: the least a page needs (where supported)
  int commit_every = 1000;         // index: commit after this many documents (where supported)
};

// Fills args from argv; on a usage error returns false with a message that
// says which argument is wrong.
bool ParsePeerArgs(int argc, char** argv, PeerArgs* args, std::string* error);

}  // namespace concord::bench
