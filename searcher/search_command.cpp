#include "searcher/search_command.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "common/exit_codes.h"
#include "searcher/readable_output.h"

namespace concord {

namespace {

// The clamps Searcher applies (search.h), said out loud on the command line.
constexpr int kMaxLimit = 1000;
constexpr int kMaxOffset = 100000;

void Complain(const std::string& message) {
  std::fprintf(stderr, "concord-search: %s\n", message.c_str());
}

std::string Join(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) {
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

int RunBatch(Searcher& searcher, const SearchCommandOptions& o, std::ostream& out) {
  std::ifstream file;
  std::istream* in = &std::cin;
  if (o.batch != "-") {
    file.open(o.batch);
    if (!file) {
      Complain("cannot read the batch file " + o.batch + "; give a readable file or - for stdin");
      return kExitUsage;
    }
    in = &file;
  }
  int code = kExitOk;
  std::string line;
  while (std::getline(*in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    SearchRequest req = o.request;
    req.query = line;
    SearchResponse resp;
    Status s = searcher.Search(req, &resp);
    if (s.ok()) {
      out << ToJson(resp) << "\n";
    } else {
      // One line per query, always: an error object keeps the lines aligned.
      nlohmann::json err = {{"query", line}, {"error", s.message()}};
      out << err.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
      code = kExitPartial;
    }
    out.flush();  // a script reading the pipe sees each answer as it comes
  }
  return code;
}

bool HasFilters(const SearchRequest& r) {
  return !r.authors.empty() || !r.entities.empty() || !r.from.empty() || !r.to.empty() ||
         !r.lang.empty();
}

// Bold only where it shows: on a terminal that is not "dumb", unless NO_COLOR
// is set (no-color.org) or --color says otherwise.
bool UseBold(const std::string& color) {
  if (color == "always" || color == "never") return color == "always";
  const char* term = std::getenv("TERM");
  return isatty(STDOUT_FILENO) && std::getenv("NO_COLOR") == nullptr && term != nullptr &&
         std::string(term) != "dumb";
}

}  // namespace

int RunSearchCommand(SearchCommandOptions o, std::ostream& out) {
  if (o.request.limit > kMaxLimit) {
    Complain("--limit " + std::to_string(o.request.limit) + " is more than " +
             std::to_string(kMaxLimit) + "; showing " + std::to_string(kMaxLimit) +
             " per page (use --offset for more)");
  }
  if (o.request.offset > kMaxOffset) {
    Complain("--offset " + std::to_string(o.request.offset) + " is more than " +
             std::to_string(kMaxOffset) + "; starting at " + std::to_string(kMaxOffset) +
             " (narrow the query to reach later results)");
  }
  std::unique_ptr<Searcher> searcher;
  Status s = Searcher::Open(o.db, &searcher);
  if (!s.ok()) {
    Complain(s.message());
    return ExitCodeFor(s);
  }
  if (!o.batch.empty()) return RunBatch(*searcher, o, out);
  o.request.query = Join(o.query_words);
  if (o.request.query.find_first_not_of(" \t") == std::string::npos && !o.all &&
      !HasFilters(o.request)) {
    Complain(
        "no query: give words to search for, or --all to list every document (newest "
        "first)");
    return kExitUsage;
  }
  SearchResponse resp;
  s = searcher->Search(o.request, &resp);
  if (!s.ok()) {
    Complain(s.message());
    return ExitCodeFor(s);
  }
  if (o.json) {
    out << ToJson(resp) << "\n";
  } else {
    ReadableStyle style;
    style.bold = UseBold(o.color);
    PrintReadable(resp, style, out);
  }
  return kExitOk;
}

}  // namespace concord
