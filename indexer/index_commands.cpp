#include "indexer/index_commands.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "common/error.h"
#include "common/exit_codes.h"
#include "indexer/document_builder.h"
#include "indexer/document_codec.h"
#include "indexer/index_status.h"
#include "indexer/rebuild.h"
#include "indexer/shard_compact.h"
#include "indexer/shard_layout.h"
#include "indexer/readers/inspect_command.h"
#include "indexer/readers/reader.h"

namespace concord {

namespace fs = std::filesystem;

int RunIndexCommand(IndexCommandOptions o) {
  o.run.max_file_bytes = o.max_file_mb << 20;
  o.run.max_document_bytes = o.max_doc_mb << 20;
  for (const std::string& path : o.run.paths) {
    std::error_code ec;
    if (!fs::exists(path, ec)) {
      std::fprintf(stderr, "concord-index: %s: no such file or directory; check the path\n", path.c_str());
      return kExitUsage;
    }
  }
  IndexRunStats stats;
  Status s;
  uint64_t documents = 0;
  std::string where = o.db;
  if (o.rebuild) {
    std::string fresh;
    s = RebuildIndex(o, &stats, &fresh);
    where = o.db + " -> " + fresh;
  } else {
    std::string replaced_by_compact;
    {
      int shards = 1;
      s = Guard([&] {
        shards = PrepareShardLayout(o.db, o.shards > 0 ? o.shards : o.run.threads, o.shards > 0);
        return Status::Ok();
      });
      std::unique_ptr<IndexWriter> writer;
      if (s.ok()) s = IndexWriter::Open(o.db, o.writer, &writer);
      if (!s.ok()) {
        std::fprintf(stderr, "concord-index: cannot open the index %s: %s\n", o.db.c_str(), s.message().c_str());
        return ExitCodeFor(s);
      }
      if (shards == 1 && o.run.threads > 1 && !o.run.quiet) {
        std::fprintf(stderr,
                     "concord-index: %s is one database, written by one thread; to use %d threads, "
                     "rebuild it in shards: concord-index --rebuild --threads %d --db %s PATH...\n",
                     o.db.c_str(), o.run.threads, o.run.threads, o.db.c_str());
      }
      s = RunIndex(*writer, o.run, &stats);
      documents = writer->DocumentCount();
      if (o.compact && (s.ok() || s.code() == Status::Code::kPartial)) {
        std::string generation;
        Status c = CompactIndex(o.db, &generation, &replaced_by_compact);
        if (!c.ok()) s = c;
        where = o.db + " -> " + generation + " (compacted)";
      }
    }
    std::error_code ec;
    if (!replaced_by_compact.empty()) fs::remove_all(replaced_by_compact, ec);
  }
  if (!s.ok() && s.code() != Status::Code::kPartial) {
    std::fprintf(stderr, "concord-index: %s (the index keeps its last committed state)\n",
                 s.ToString().c_str());
    return ExitCodeFor(s);
  }
  if (o.rebuild) {
    nlohmann::json st;
    if (IndexStatus(o.db, &st).ok()) documents = st["documents"].get<uint64_t>();
  }
  std::fprintf(stderr,
               "concord-index: %llu added, %llu replaced, %llu unchanged, %llu deleted, %llu skipped, "
               "%llu failed; %llu documents in %s (%.1f s)\n",
               static_cast<unsigned long long>(stats.added), static_cast<unsigned long long>(stats.replaced),
               static_cast<unsigned long long>(stats.unchanged), static_cast<unsigned long long>(stats.deleted),
               static_cast<unsigned long long>(stats.skipped), static_cast<unsigned long long>(stats.failed),
               static_cast<unsigned long long>(documents), where.c_str(), stats.seconds);
  return ExitCodeFor(s);
}

int RunStatus(const std::string& db, bool json, std::ostream& out) {
  nlohmann::json st;
  Status s = IndexStatus(db, &st);
  if (!s.ok()) {
    std::fprintf(stderr, "concord-index: %s\n", s.message().c_str());
    return ExitCodeFor(s);
  }
  if (json) {
    out << st.dump(2) << "\n";
    return kExitOk;
  }
  out << "index:        " << st["path"].get<std::string>() << " (" << st["resolved_path"].get<std::string>() << ")\n"
      << "documents:    " << st["documents"] << "\n"
      << "size:         " << st["size_bytes"].get<uint64_t>() / 1e6 << " MB\n"
      << "last run:     " << st["last_run"].get<std::string>() << "\n"
      << "last commit:  " << st["last_commit"].get<std::string>() << "\n"
      << "entities:     "
      << (st["entity_extraction_current"].get<bool>()
              ? "from this gazetteer and rules (known names match by entity term)"
              : "from another gazetteer or rules, or several; known names match by key "
                "phrase, which is slower: rebuild with --rebuild")
      << "\n";
  if (!st["last_run_summary"].is_null()) out << "last summary: " << st["last_run_summary"].dump() << "\n";
  return kExitOk;
}

int RunInspect(const std::vector<std::string>& files, std::ostream& out) {
  return InspectFiles(files, out);
}

}  // namespace concord
