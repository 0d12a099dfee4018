// concord-search: query an index from the command line. Thin main: argument
// parsing here, all work in the library (searcher/search_command.h).
#include <boost/program_options.hpp>
#include <cstdio>
#include <iostream>

#include "common/exit_codes.h"
#include "searcher/search_command.h"

namespace po = boost::program_options;
using namespace concord;

namespace {

const char* kUsage = R"(Usage: concord-search --db DIR [options] QUERY...

Searches a concord index. QUERY uses concord's query language (docs/search.md):
words, "phrases", AND OR NOT, -word, (groups), title:, author:, entity:, lang:,
date:2014-11..2015-04, trailing *. Names match in any spelling: Choi Ryong-hae,
Choe Ryong Hae, 최룡해 and Чхве Рён Хэ find the same articles.

Examples:
  concord-search --db ./index "Choe Ryong-hae"
  concord-search --db ./index --json --facets author,year,entity "Rajin port"
  concord-search --db ./index --from 2014-11 --to 2015 --sort date Russia
  concord-search --db ./index --batch queries.txt > results.jsonl
  concord-search --db ./index -- -Moscow      # a query that starts with - goes after --

Limits: a query of at most 4096 bytes and 64 words; --limit is clamped to 1000
and --offset to 100000.

Exit codes: 0 results printed (possibly none), 1 some --batch queries failed,
2 bad arguments, bad query or missing index, 4 index failure.

Options)";

int Fail(const std::string& message) {
  std::fprintf(stderr, "concord-search: %s\n", message.c_str());
  return kExitUsage;
}

}  // namespace

int main(int argc, char** argv) {
  SearchCommandOptions o;
  std::string sort = "relevance";
  std::string facets;
  po::options_description opts(kUsage);
  // clang-format off
  opts.add_options()
      ("help,h", "show this help")
      ("db", po::value<std::string>(&o.db), "index directory or stub file (required)")
      ("all", po::bool_switch(&o.all),
       "with no QUERY: list every document, newest first (browse facets)")
      ("json", po::bool_switch(&o.json), "print the result as JSON (docs/search.md)")
      ("author", po::value<std::vector<std::string>>(&o.request.authors),
       "only this author (repeat for any of several)")
      ("entity", po::value<std::vector<std::string>>(&o.request.entities),
       "only documents naming this entity (id or name; repeat to require several)")
      ("from", po::value<std::string>(&o.request.from),
       "only from this date: YYYY, YYYY-MM or YYYY-MM-DD")
      ("to", po::value<std::string>(&o.request.to), "only up to this date (inclusive), same forms")
      ("lang", po::value<std::string>(&o.request.lang), "only this language (en, ru, es, ko, ...)")
      ("facets", po::value<std::string>(&facets),
       "count results by these, comma-separated: author,year,month,entity,lang")
      ("facet-limit", po::value<int>(&o.request.facet_limit)->default_value(10),
       "values shown per facet (at most 1000)")
      ("limit", po::value<int>(&o.request.limit)->default_value(10),
       "results per page (at most 1000)")
      ("offset", po::value<int>(&o.request.offset)->default_value(0),
       "skip this many results (paging; at most 100000)")
      ("sort", po::value<std::string>(&sort), "relevance (default) or date (newest first)")
      ("batch", po::value<std::string>(&o.batch),
       "read one query per line from FILE (- for stdin), print one JSON result per line")
      ("color", po::value<std::string>(&o.color)->default_value("auto"),
       "bold titles and matches in readable output: auto, always, never")
      ("allow-partial", po::bool_switch(&o.request.allow_partial),
       "--db lists shards: when some do not answer, search the others and warn (default: fail)");
  // clang-format on
  po::options_description hidden;
  hidden.add_options()("query", po::value<std::vector<std::string>>(&o.query_words));
  po::positional_options_description positional;
  positional.add("query", -1);
  po::options_description all;
  all.add(opts).add(hidden);
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(argc, argv).options(all).positional(positional).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    return Fail(std::string(e.what()) + " (see concord-search --help)");
  }
  if (vm.count("help") || argc == 1) {
    std::cout << opts << "\n";
    return argc == 1 ? kExitUsage : kExitOk;
  }
  if (o.db.empty()) return Fail("missing --db DIR: say which index to search, e.g. --db ./index");
  if (sort == "date") {
    o.request.sort = SearchRequest::Sort::kDate;
  } else if (sort != "relevance") {
    return Fail("--sort must be relevance or date, not '" + sort + "'");
  }
  if (o.color != "auto" && o.color != "always" && o.color != "never") {
    return Fail("--color must be auto, always or never, not '" + o.color + "'");
  }
  for (size_t start = 0; start < facets.size();) {
    size_t end = facets.find(',', start);
    if (end == std::string::npos) end = facets.size();
    std::string name = facets.substr(start, end - start);
    name.erase(0, name.find_first_not_of(' '));
    name.erase(name.find_last_not_of(' ') + 1);
    if (!name.empty()) o.request.facets.push_back(name);
    start = end + 1;
  }
  return RunSearchCommand(o, std::cout);
}
