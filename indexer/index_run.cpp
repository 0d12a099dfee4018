#include "indexer/index_run.h"

#include <concord/schema.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <unordered_set>

#include "common/error.h"
#include "indexer/file_stamps.h"
#include "indexer/index_writer_impl.h"
#include "indexer/readers/reader.h"

namespace concord {

namespace fs = std::filesystem;

namespace {

// The documents of the index by source file, from the source-path value slot.
std::map<std::string, std::vector<Xapian::docid>> DocumentsByFile(Xapian::Database& db) {
  std::map<std::string, std::vector<Xapian::docid>> by_file;
  for (auto it = db.valuestream_begin(schema::kSlotSourcePath); it != db.valuestream_end(schema::kSlotSourcePath);
       ++it) {
    by_file[*it].push_back(it.get_docid());
  }
  return by_file;
}

class Run {
 public:
  Run(IndexWriter& writer, const IndexRunOptions& options, IndexRunStats* stats)
      : impl_(*writer.impl()), options_(options), stats_(*stats),
        by_file_(DocumentsByFile(impl_.db)) {}

  void IndexPath(const std::string& path) {
    std::error_code ec;
    fs::path p = fs::canonical(path, ec);
    if (ec) return Problem(path, "no such file or directory");
    if (fs::is_directory(p, ec)) {
      prune_scopes_.push_back(p.string() + "/");
      std::vector<fs::path> files;
      for (auto it = fs::recursive_directory_iterator(p, fs::directory_options::skip_permission_denied, ec);
           it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (ec) break;
        const std::string name = it->path().filename().string();
        if (!name.empty() && name[0] == '.') {  // hidden files and folders (.git)
          if (it->is_directory(ec)) it.disable_recursion_pending();
          continue;
        }
        if (it->is_regular_file(ec)) files.push_back(it->path());
      }
      std::sort(files.begin(), files.end());  // a stable order: same input, same index
      for (const fs::path& f : files) IndexFile(f, p);
    } else {
      prune_scopes_.push_back(p.string());
      IndexFile(p, p.parent_path());
    }
  }

  // Deletes the documents of the walked folders and files that this run did
  // not see: their file is gone, or no longer yields them.
  void Prune() {
    for (const auto& [path, docids] : by_file_) {
      bool in_scope = std::any_of(prune_scopes_.begin(), prune_scopes_.end(), [&](const std::string& scope) {
        return scope.back() == '/' ? path.compare(0, scope.size(), scope) == 0 : path == scope;
      });
      if (!in_scope) continue;
      for (Xapian::docid id : docids) {
        if (seen_.count(id)) continue;
        impl_.db.delete_document(id);
        ++stats_.deleted;
        impl_.Changed();
      }
      if (!files_seen_.count(path)) StoreFileStamp(impl_.db, path, "");
    }
  }

  void Progress(bool final) {
    if (options_.quiet) return;
    auto now = std::chrono::steady_clock::now();
    if (!final && now - last_progress_ < std::chrono::seconds(2)) return;
    last_progress_ = now;
    double secs = std::chrono::duration<double>(now - start_).count();
    uint64_t docs = stats_.added + stats_.replaced + stats_.unchanged;
    std::fprintf(stderr, "\rconcord-index: %llu files, %llu documents, %.1f MB, %.0f docs/s, %.0f s   %s",
                 static_cast<unsigned long long>(stats_.files), static_cast<unsigned long long>(docs),
                 stats_.bytes / 1e6, secs > 0 ? docs / secs : 0.0, secs, final ? "\n" : "");
    std::fflush(stderr);
  }

  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();

 private:
  void Problem(const std::string& where, const std::string& reason) {
    ++stats_.failed;
    ++file_failures_;
    stats_.problems.push_back(where + ": " + reason);
    // Problems are reported even with --quiet: they are what the user must act on.
    std::fprintf(stderr, "%sconcord-index: skipped %s: %s\n", options_.quiet ? "" : "\n", where.c_str(),
                 reason.c_str());
  }

  // Size and mtime equal to the last successful run: every document of the
  // file is unchanged, and the file is not read at all.
  bool SkipUnchanged(const std::string& path, const std::string& stamp) {
    if (options_.force || stamp.empty() || StoredFileStamp(impl_.db, path) != stamp) return false;
    auto it = by_file_.find(path);
    if (it != by_file_.end()) {
      seen_.insert(it->second.begin(), it->second.end());
      stats_.unchanged += it->second.size();
    }
    ++stats_.files_unchanged;
    return true;
  }

  void IndexFile(const fs::path& file, const fs::path& root) {
    file_failures_ = 0;
    ReadFile(file, root);
    if (file_failures_ > 0) {
      // Nothing already indexed is lost to a file that failed: --prune keeps its documents.
      auto it = by_file_.find(file.string());
      if (it != by_file_.end()) seen_.insert(it->second.begin(), it->second.end());
    }
  }

  void ReadFile(const fs::path& file, const fs::path& root) {
    std::error_code ec;
    const std::string path = file.string();
    files_seen_.insert(path);
    const std::string stamp = FileStamp(path);
    ++stats_.files;
    if (SkipUnchanged(path, stamp)) return Progress(false);
    uint64_t size = fs::file_size(file, ec);
    if (ec) return Problem(path, "cannot read: " + ec.message());
    if (size > options_.max_file_bytes) {
      return Problem(path, "file of " + std::to_string(size >> 20) + " MB is larger than the limit of " +
                               std::to_string(options_.max_file_bytes >> 20) + " MB (--max-file-mb)");
    }
    std::ifstream in(file, std::ios::binary);
    std::string content(size, '\0');
    if (!in.read(content.data(), static_cast<std::streamsize>(size))) {
      return Problem(path, "cannot read the file");
    }
    stats_.bytes += size;
    if (content.empty()) return Problem(path, "empty file: nothing to index");
    const Reader* reader = ChooseReader(path, std::string_view(content).substr(0, 4096));
    if (!reader) return Problem(path, "not a text, HTML, XML, feed or JSONL file (binary?)");
    SourceFile source{path, fs::relative(file, root, ec).string(), root.string()};
    try {
      reader->Read(source, content, [&](Document&& doc) { Put(std::move(doc), path); },
                   [&](const std::string& where, const std::string& reason) { Problem(where, reason); });
    } catch (const Error& e) {
      if (e.code() == Status::Code::kIOError || e.code() == Status::Code::kInternal) throw;
      Problem(path, e.what());
    }
    // A file with problems keeps no stamp, so the next run reads it again.
    StoreFileStamp(impl_.db, path, file_failures_ == 0 ? stamp : "");
    Progress(false);
  }

  void Put(Document&& doc, const std::string& path) {
    PutResult result;
    Xapian::docid docid = 0;
    try {
      result = impl_.Put(doc, path, &docid);
    } catch (const Error& e) {
      if (e.code() != Status::Code::kInvalidArgument) throw;  // the index failed: stop the run
      return Problem(path + " (" + doc.id + ")", e.what());
    }
    seen_.insert(docid);
    switch (result) {
      case PutResult::kAdded: ++stats_.added; break;
      case PutResult::kReplaced: ++stats_.replaced; break;
      case PutResult::kUnchanged: ++stats_.unchanged; break;
    }
  }

  IndexWriter::Impl& impl_;
  const IndexRunOptions& options_;
  IndexRunStats& stats_;
  std::map<std::string, std::vector<Xapian::docid>> by_file_;
  std::unordered_set<Xapian::docid> seen_;
  std::unordered_set<std::string> files_seen_;
  std::vector<std::string> prune_scopes_;
  int file_failures_ = 0;
  std::chrono::steady_clock::time_point last_progress_ = start_;
};

std::string SummaryJson(const IndexRunStats& s) {
  return nlohmann::json{{"files", s.files},         {"files_unchanged", s.files_unchanged},
                        {"bytes", s.bytes},         {"added", s.added},
                        {"replaced", s.replaced},   {"unchanged", s.unchanged},
                        {"deleted", s.deleted},     {"failed", s.failed},
                        {"skipped", s.skipped},     {"seconds", s.seconds}}
      .dump();
}

}  // namespace

Status RunIndex(IndexWriter& writer, const IndexRunOptions& options, IndexRunStats* stats) {
  *stats = IndexRunStats();
  return Guard([&] {
    Run run(writer, options, stats);
    for (const std::string& path : options.paths) run.IndexPath(path);
    if (options.prune) run.Prune();
    stats->seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - run.start_).count();
    writer.impl()->db.set_metadata(std::string(schema::kMetaLastRunSummary), SummaryJson(*stats));
    Status commit = writer.Commit();
    if (!commit.ok()) return commit;
    run.Progress(true);
    if (stats->failed > 0) {
      return Status::Partial(std::to_string(stats->failed) + " document(s) or file(s) could not be indexed");
    }
    return Status::Ok();
  });
}

}  // namespace concord
