#include "indexer/index_commands.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "common/error.h"
#include "common/exit_codes.h"
#include "indexer/document_builder.h"
#include "indexer/document_codec.h"
#include "indexer/readers/reader.h"

namespace concord {

namespace fs = std::filesystem;

int RunIndexCommand(IndexCommandOptions o) {
  o.run.max_file_bytes = o.max_file_mb << 20;
  for (const std::string& path : o.run.paths) {
    std::error_code ec;
    if (!fs::exists(path, ec)) {
      std::fprintf(stderr, "concord-index: %s: no such file or directory; check the path\n", path.c_str());
      return kExitUsage;
    }
  }
  std::unique_ptr<IndexWriter> writer;
  Status s = IndexWriter::Open(o.db, o.writer, &writer);
  if (!s.ok()) {
    std::fprintf(stderr, "concord-index: cannot open the index %s: %s\n", o.db.c_str(), s.message().c_str());
    return ExitCodeFor(s) == kExitUsage ? kExitUsage : ExitCodeFor(s);
  }
  IndexRunStats stats;
  s = RunIndex(*writer, o.run, &stats);
  if (!s.ok() && s.code() != Status::Code::kPartial) {
    std::fprintf(stderr, "concord-index: %s (the index keeps its last committed state)\n",
                 s.ToString().c_str());
    return ExitCodeFor(s);
  }
  std::fprintf(stderr,
               "concord-index: %llu added, %llu replaced, %llu unchanged, %llu deleted, %llu skipped, "
               "%llu failed; %llu documents in %s (%.1f s)\n",
               static_cast<unsigned long long>(stats.added), static_cast<unsigned long long>(stats.replaced),
               static_cast<unsigned long long>(stats.unchanged), static_cast<unsigned long long>(stats.deleted),
               static_cast<unsigned long long>(stats.skipped), static_cast<unsigned long long>(stats.failed),
               static_cast<unsigned long long>(writer->DocumentCount()), o.db.c_str(), stats.seconds);
  return ExitCodeFor(s);
}

int RunInspect(const std::vector<std::string>& files, std::ostream& out) {
  int code = kExitOk;
  for (const std::string& path : files) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "concord-index: cannot read %s\n", path.c_str());
      code = kExitUsage;
      continue;
    }
    std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const Reader* reader = ChooseReader(path, std::string_view(content).substr(0, 4096));
    if (!reader) {
      std::fprintf(stderr, "concord-index: %s: not a text, HTML, XML, feed or JSONL file\n", path.c_str());
      code = kExitPartial;
      continue;
    }
    fs::path p(path);
    SourceFile source{path, p.filename().string(), p.parent_path().string()};
    try {
      reader->Read(
          source, content,
          [&](Document&& doc) {
            BuildXapianDocument(doc, ContentHash(doc));
            nlohmann::json j = ToJson(doc);
            j.erase("body");
            j["body_length"] = doc.body.size();
            j["body_start"] = doc.body.substr(0, std::min<size_t>(doc.body.size(), 200));
            j["format"] = reader->name();
            out << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
          },
          [&](const std::string& where, const std::string& reason) {
            std::fprintf(stderr, "concord-index: %s: %s\n", where.c_str(), reason.c_str());
            code = kExitPartial;
          });
    } catch (const Error& e) {
      std::fprintf(stderr, "concord-index: %s: %s\n", path.c_str(), e.what());
      code = kExitPartial;
    }
  }
  return code;
}

}  // namespace concord
