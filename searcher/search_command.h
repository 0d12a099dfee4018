// The work of concord-search, callable from its main and from tests.
#pragma once

#include <concord/search.h>

#include <ostream>
#include <string>
#include <vector>

namespace concord {

struct SearchCommandOptions {
  std::string db;
  SearchRequest request;                // query filled from query_words
  std::vector<std::string> query_words; // the QUERY... arguments, joined by spaces
  bool json = false;
  bool all = false;                     // an empty query lists every document
  std::string batch;                    // file of queries, "-" for stdin; "" for none
  std::string color = "auto";           // auto | always | never
};

// Runs the search and prints it; returns the exit code. Errors go to stderr
// as one line saying what to do.
int RunSearchCommand(SearchCommandOptions options, std::ostream& out);

// The readable listing: numbered results, title, authors, date, snippet (with
// ANSI bold for matches when bold is true), facets underneath.
void PrintReadable(const SearchResponse& response, bool bold, std::ostream& out);

}  // namespace concord
