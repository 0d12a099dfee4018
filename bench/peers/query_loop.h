// The query side shared by the peer programs: read a query file, run every
// query through one open index, time each one, print one line per query.
//
// Output (tab-separated, one line per executed query, header first):
//   round  ms  matches  query
// round counts from 1; the harness drops round 1 (cold caches) and takes
// percentiles over the rest. matches is -1 for a query the system refused. ms covers everything one
// search does for a results page: parse, match, rank, fetch the page's stored fields and make its
// snippets, count (and facet) the matches.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace concord::bench {

// Non-empty lines of path that do not start with '#', in order; throws
// std::runtime_error when the file cannot be read.
std::vector<std::string> ReadQueryLines(const std::string& path);

// Runs search(line) for every line, rounds times over, and prints the timing
// lines to out. search returns the number of matches it reports, or nullopt
// when the system refused the query (saying why on stderr).
void RunQueryRounds(const std::vector<std::string>& lines, int rounds,
                    const std::function<std::optional<uint64_t>(const std::string&)>& search,
                    std::ostream& out);

}  // namespace concord::bench
