// The work of concord-search, callable from its main and from tests.
#pragma once

#include <concord/search.h>

#include <ostream>
#include <string>
#include <vector>

namespace concord {

struct SearchCommandOptions {
  std::string db;
  SearchRequest request;                 // query filled from query_words
  std::vector<std::string> query_words;  // the QUERY... arguments, joined by spaces
  bool json = false;
  bool all = false;            // an empty query lists every document
  std::string batch;           // file of queries, "-" for stdin; "" for none
  std::string color = "auto";  // auto | always | never
};

// Runs the search and prints it; returns the exit code (common/exit_codes.h):
// 0 printed (possibly no results), 2 bad query, options or missing index,
// 4 the index failed. Errors go to stderr as one line saying what to do.
//
// Batch mode (options.batch): one query per line in, one JSON line out per
// query on one open index, an {"query", "error"} object for a query that
// fails so that output line N always answers input line N; exit code 1 when
// any query failed, 0 otherwise.
int RunSearchCommand(SearchCommandOptions options, std::ostream& out);

}  // namespace concord
