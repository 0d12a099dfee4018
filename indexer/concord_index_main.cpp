// concord-index: build or update an index from files, folders and exports.
// Thin main: argument parsing here, all work in the library.
#include <boost/program_options.hpp>

#include <cstdio>
#include <iostream>

#include "common/exit_codes.h"
#include "indexer/index_commands.h"
#include "indexer/shard_layout.h"

namespace po = boost::program_options;
using namespace concord;

namespace {

const char* kUsage = R"(Usage:
  concord-index --db DIR [options] PATH...     index files and folders into DIR
  concord-index inspect FILE...                show what would be indexed, as JSON
  concord-index status --db DIR [--json]       documents, last run, last commit, size,
                                               whether entity terms are current

PATH may be a folder (walked recursively; hidden files skipped) or a file:
plain text, HTML, WordPress WXR export, RSS/Atom feed or JSONL, chosen by
content. Re-running on the same paths updates the index incrementally: new
documents are added, changed ones replaced, unchanged ones skipped.

Examples:
  concord-index --db ./index corpus/
  concord-index --db ./index --prune /srv/archive/
  concord-index --db ./index --rebuild /srv/archive/   (fresh build, atomic switch)
  concord-index --db ./index --threads 4 /srv/archive/ (4 shards, written in parallel)
  concord-index --db ./index ../shared/data/kcna/kcna-2012.jsonl
  concord-index inspect corpus/seeds/000_f7ef6ce3d6a6b41b.txt

Exit codes: 0 done, 1 done but some inputs skipped (listed on stderr),
2 bad arguments, 3 index locked by another writer, 4 index or disk failure.

Options)";

int Fail(const std::string& message, int code = kExitUsage) {
  std::fprintf(stderr, "concord-index: %s\n", message.c_str());
  return code;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc >= 2 && std::string(argv[1]) == "status") {
    std::string db;
    bool json = false;
    for (int i = 2; i < argc; ++i) {
      std::string a = argv[i];
      if (a == "--db" && i + 1 < argc) db = argv[++i];
      else if (a.rfind("--db=", 0) == 0) db = a.substr(5);
      else if (a == "--json") json = true;
      else return Fail("status: unknown argument '" + a + "'; usage: concord-index status --db DIR [--json]");
    }
    if (db.empty()) return Fail("status: missing --db DIR");
    return RunStatus(db, json, std::cout);
  }
  if (argc >= 2 && std::string(argv[1]) == "inspect") {
    std::vector<std::string> files(argv + 2, argv + argc);
    if (files.empty()) return Fail("inspect needs at least one FILE");
    return RunInspect(files, std::cout);
  }
  po::options_description opts(kUsage);
  IndexCommandOptions o;
  opts.add_options()
      ("help,h", "show this help")
      ("db", po::value<std::string>(&o.db), "index directory (created when missing)")
      ("prune", po::bool_switch(&o.run.prune), "delete documents whose files are gone from the given folders")
      ("rebuild", po::bool_switch(&o.rebuild),
       "build a fresh index beside the live one, then switch to it atomically (readers never stop)")
      ("force", po::bool_switch(&o.run.force), "read every file again, even when size and mtime are unchanged")
      ("threads", po::value<int>(&o.run.threads)->default_value(1),
       "analyse and write with N threads, each owning shards of the index (a new index gets N shards)")
      ("shards", po::value<int>(&o.shards)->default_value(0),
       "shards of a new or rebuilt index (default: --threads; a rebuild keeps the live count)")
      ("compact", po::bool_switch(&o.compact),
       "after the run, merge the shards into one compact database and switch to it atomically")
      ("commit-every", po::value<int>(&o.writer.commit_every)->default_value(1000),
       "commit after this many changed documents (a crash loses at most these)")
      ("wait-lock", po::value<int>(&o.writer.wait_lock_seconds)->default_value(0),
       "seconds to wait when another concord-index holds the index (default: fail at once)")
      ("max-file-mb", po::value<uint64_t>(&o.max_file_mb)->default_value(256),
       "skip files larger than this many MB")
      ("max-doc-mb", po::value<uint64_t>(&o.max_doc_mb)->default_value(16),
       "skip documents (title and body) larger than this many MB")
      ("include-unpublished", po::bool_switch(&o.run.include_unpublished),
       "WordPress exports: also index drafts, private, scheduled and trashed posts")
      ("quiet,q", po::bool_switch(&o.run.quiet), "no progress on stderr (problems are still reported)");
  po::options_description hidden;
  hidden.add_options()("path", po::value<std::vector<std::string>>(&o.run.paths));
  po::positional_options_description positional;
  positional.add("path", -1);
  po::options_description all;
  all.add(opts).add(hidden);
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(argc, argv).options(all).positional(positional).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    return Fail(std::string(e.what()) + " (see concord-index --help)");
  }
  if (vm.count("help") || argc == 1) {
    std::cout << opts << "\n";
    return argc == 1 ? kExitUsage : kExitOk;
  }
  if (o.db.empty()) return Fail("missing --db DIR: say where the index lives, e.g. --db ./index");
  if (o.run.paths.empty()) return Fail("nothing to index: give one or more files or folders after the options");
  if (o.writer.commit_every < 0) return Fail("--commit-every must be 0 or more");
  if (o.max_file_mb < 1 || o.max_doc_mb < 1) return Fail("--max-file-mb and --max-doc-mb must be 1 or more");
  if (o.run.threads < 1 || o.run.threads > kMaxShards) {
    return Fail("--threads must be 1 to " + std::to_string(kMaxShards));
  }
  if (o.shards < 0 || o.shards > kMaxShards) return Fail("--shards must be 1 to " + std::to_string(kMaxShards));
  return RunIndexCommand(o);
}
