#include "indexer/index_run.h"

#include <concord/schema.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <unordered_set>

#include "common/error.h"
#include "indexer/file_stamps.h"
#include "indexer/index_writer_impl.h"
#include "indexer/readers/reader.h"
#include "indexer/shard_commit.h"
#include "indexer/shard_pipeline.h"

namespace concord {

namespace fs = std::filesystem;

namespace {

struct ShardDoc {
  uint32_t shard;
  Xapian::docid docid;
};

// The documents of the index by source file, from the source-path value slot.
std::map<std::string, std::vector<ShardDoc>> DocumentsByFile(IndexWriter::Impl& writer) {
  std::map<std::string, std::vector<ShardDoc>> by_file;
  for (const auto& shard : writer.shards) {
    Xapian::Database& db = shard->db;
    for (auto it = db.valuestream_begin(schema::kSlotSourcePath);
         it != db.valuestream_end(schema::kSlotSourcePath); ++it) {
      by_file[*it].push_back({static_cast<uint32_t>(shard->index), it.get_docid()});
    }
  }
  return by_file;
}

class Run {
 public:
  Run(IndexWriter& writer, const IndexRunOptions& options, IndexRunStats* stats)
      : writer_(writer),
        impl_(*writer.impl()),
        options_(options),
        stats_(*stats),
        by_file_(DocumentsByFile(impl_)),
        pipeline_(impl_, options.threads,
                  [this](const std::string& where, const std::string& reason) {
                    Problem(where, reason, nullptr);
                  }),
        commits_(impl_, pipeline_) {
    // Worker 0 writes the primary while this thread walks the files: stamps
    // are read through a reader of their own (the state of the last commit).
    if (pipeline_.workers() > 0) stamp_reader_ = Xapian::Database(impl_.primary().path);
  }

  void IndexPath(const std::string& path) {
    std::error_code ec;
    fs::path p = fs::canonical(path, ec);
    if (ec) return Problem(path, "no such file or directory", nullptr);
    if (fs::is_directory(p, ec)) {
      prune_scopes_.push_back(p.string() + "/");
      std::vector<fs::path> files;
      for (auto it = fs::recursive_directory_iterator(
               p, fs::directory_options::skip_permission_denied, ec);
           it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (ec) break;
        const std::string name = it->path().filename().string();
        if (!name.empty() && name[0] == '.') {  // hidden files and folders (.git)
          if (it->is_directory(ec)) it.disable_recursion_pending();
          continue;
        }
        // A folder's README describes the folder; it is not an article.
        if (it->is_regular_file(ec) && name.rfind("README", 0) != 0) files.push_back(it->path());
      }
      std::sort(files.begin(), files.end());  // a stable order: same input, same index
      for (const fs::path& f : files) ReadFile(f, p);
    } else {
      prune_scopes_.push_back(p.string());
      ReadFile(p, p.parent_path());
    }
  }

  // Deletes the documents of the walked folders and files that this run did
  // not see: their file is gone, or no longer yields them. Documents of files
  // skipped as unchanged, or that failed, are kept.
  void Prune() {
    commits_.Settle();
    for (const auto& [path, docs] : by_file_) {
      const std::string& file = path;  // clang 14 (fuzz preset) cannot capture a binding
      bool in_scope =
          std::any_of(prune_scopes_.begin(), prune_scopes_.end(), [&](const std::string& scope) {
            return scope.back() == '/' ? file.compare(0, scope.size(), scope) == 0 : file == scope;
          });
      if (!in_scope) continue;
      if (!kept_files_.count(path) && !commits_.failed_files().count(path)) {
        for (const ShardDoc& doc : docs) {
          if (pipeline_.Seen(doc.shard, doc.docid)) continue;
          impl_.shards[doc.shard]->Delete(doc.docid);
          ++stats_.deleted;
          commits_.MaybeCommit();
        }
      }
      if (!files_seen_.count(path)) StoreFileStamp(impl_.primary().db, path, "");
    }
  }

  // The last commit of the run, with its summary.
  void Finish() {
    commits_.StoreRemaining();
    stats_.added = pipeline_.added();
    stats_.replaced = pipeline_.replaced();
    stats_.unchanged = unchanged_files_docs_ + pipeline_.unchanged();
    stats_.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    impl_.primary().db.set_metadata(std::string(schema::kMetaLastRunSummary), SummaryJson());
    Status s = writer_.Commit();
    if (!s.ok()) throw Error(s.code(), s.message());
  }

  void Progress(bool final) {
    if (options_.quiet) return;
    auto now = std::chrono::steady_clock::now();
    if (!final && now - last_progress_ < std::chrono::seconds(2)) return;
    last_progress_ = now;
    double secs = std::chrono::duration<double>(now - start_).count();
    uint64_t docs =
        pipeline_.added() + pipeline_.replaced() + pipeline_.unchanged() + unchanged_files_docs_;
    std::fprintf(
        stderr, "\rconcord-index: %llu files, %llu documents, %.1f MB, %.0f docs/s, %.0f s   %s",
        static_cast<unsigned long long>(stats_.files), static_cast<unsigned long long>(docs),
        stats_.bytes / 1e6, secs > 0 ? docs / secs : 0.0, secs, final ? "\n" : "");
    std::fflush(stderr);
  }

 private:
  // Called from worker threads too (documents the index refused).
  void Problem(const std::string& where, const std::string& reason, FileTicket* file) {
    std::lock_guard<std::mutex> lock(problems_mutex_);
    ++stats_.failed;
    if (file) ++file->failures;
    stats_.problems.push_back(where + ": " + reason);
    // Problems are reported even with --quiet: they are what the user must act on.
    std::fprintf(stderr, "%sconcord-index: skipped %s: %s\n", options_.quiet ? "" : "\n",
                 where.c_str(), reason.c_str());
  }

  std::string StoredStamp(const std::string& path) {
    if (pipeline_.workers() == 0) return StoredFileStamp(impl_.primary().db, path);
    for (int attempt = 0;; ++attempt) {
      try {
        return StoredFileStamp(stamp_reader_, path);
      } catch (const Xapian::DatabaseModifiedError&) {
        if (attempt >= 3) throw;
        stamp_reader_.reopen();  // this run committed twice since: read the latest
      }
    }
  }

  // Size and mtime equal to the last successful run: every document of the
  // file is unchanged, and the file is not read at all.
  bool SkipUnchanged(const std::string& path, const std::string& stamp) {
    if (options_.force || stamp.empty() || StoredStamp(path) != stamp) return false;
    auto it = by_file_.find(path);
    if (it != by_file_.end()) unchanged_files_docs_ += it->second.size();
    kept_files_.insert(path);
    ++stats_.files_unchanged;
    return true;
  }

  void ReadFile(const fs::path& file, const fs::path& root) {
    std::error_code ec;
    const std::string path = file.string();
    auto ticket = std::make_shared<FileTicket>(path);
    files_seen_.insert(path);
    const std::string stamp = FileStamp(path);
    ++stats_.files;
    if (SkipUnchanged(path, stamp)) return Progress(false);
    // Nothing already indexed is lost to a file that cannot be read: --prune keeps its documents.
    auto fail = [&](const std::string& reason) {
      kept_files_.insert(path);
      Problem(path, reason, ticket.get());
    };
    uint64_t size = fs::file_size(file, ec);
    if (ec) return fail("cannot read: " + ec.message());
    if (size > options_.max_file_bytes) {
      return fail("file of " + std::to_string(size >> 20) + " MB is larger than the limit of " +
                  std::to_string(options_.max_file_bytes >> 20) + " MB (--max-file-mb)");
    }
    std::ifstream in(file, std::ios::binary);
    std::string content(size, '\0');
    if (!in.read(content.data(), static_cast<std::streamsize>(size))) {
      return fail("cannot read the file");
    }
    stats_.bytes += size;
    if (content.empty()) return fail("empty file: nothing to index");
    const Reader* reader = ChooseReader(path, std::string_view(content).substr(0, 4096));
    if (!reader) return fail("not a text, HTML, XML, feed or JSONL file (binary?)");
    SourceFile source{path, fs::relative(file, root, ec).string(), root.string()};
    ReaderOptions reader_options;
    reader_options.include_unpublished = options_.include_unpublished;
    uint64_t documents = 0, skipped = 0;
    reader_options.skipped = [&](const std::string&, const std::string&, uint64_t count) {
      stats_.skipped += count;
      skipped += count;
    };
    try {
      reader->Read(
          source, content, reader_options,
          [&](Document&& doc) {
            ++documents;
            if (const uint64_t bytes = doc.title.size() + doc.body.size();
                bytes > options_.max_document_bytes) {
              return Problem(path + " (" + doc.id + ")",
                             "document of " + std::to_string(bytes >> 20) +
                                 " MB is larger than the limit of " +
                                 std::to_string(options_.max_document_bytes >> 20) +
                                 " MB (--max-doc-mb)",
                             ticket.get());
            }
            pipeline_.Put(std::move(doc), ticket);
            commits_.MaybeCommit();
          },
          [&](const std::string& where, const std::string& reason) {
            Problem(where, reason, ticket.get());
          });
    } catch (const Error& e) {
      if (e.code() == Status::Code::kIOError || e.code() == Status::Code::kInternal) throw;
      Problem(path, e.what(), ticket.get());
    }
    if (documents == 0 && skipped == 0 && ticket->failures == 0) {
      // Not a failure (a feed may be empty today), but worth a line: it is
      // often a wrong export or a file of blank lines.
      std::fprintf(stderr, "%sconcord-index: note: %s holds no documents (read as %s)\n",
                   options_.quiet ? "" : "\n", path.c_str(), std::string(reader->name()).c_str());
    }
    commits_.FileRead(ticket, stamp);
    Progress(false);
  }

  std::string SummaryJson() const {
    const IndexRunStats& s = stats_;
    return nlohmann::json{{"files", s.files},
                          {"files_unchanged", s.files_unchanged},
                          {"bytes", s.bytes},
                          {"added", s.added},
                          {"replaced", s.replaced},
                          {"unchanged", s.unchanged},
                          {"deleted", s.deleted},
                          {"failed", s.failed},
                          {"skipped", s.skipped},
                          {"seconds", s.seconds},
                          {"shards", impl_.shards.size()},
                          {"threads", pipeline_.workers()}}
        .dump();
  }

  IndexWriter& writer_;
  IndexWriter::Impl& impl_;
  const IndexRunOptions& options_;
  IndexRunStats& stats_;
  const std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point last_progress_ = start_;
  std::map<std::string, std::vector<ShardDoc>> by_file_;
  std::mutex problems_mutex_;  // outlives the pipeline, whose workers report problems
  ShardPipeline pipeline_;
  ShardCommitter commits_;
  Xapian::Database stamp_reader_;
  std::unordered_set<std::string>
      kept_files_;  // skipped or unreadable: --prune keeps their documents
  std::unordered_set<std::string> files_seen_;
  std::vector<std::string> prune_scopes_;
  uint64_t unchanged_files_docs_ = 0;  // documents of files skipped as unchanged
};

}  // namespace

Status RunIndex(IndexWriter& writer, const IndexRunOptions& options, IndexRunStats* stats) {
  *stats = IndexRunStats();
  return Guard([&] {
    writer.impl()->RecordExtraction();  // before the pipeline's workers own the shards
    Run run(writer, options, stats);
    for (const std::string& path : options.paths) run.IndexPath(path);
    if (options.prune) run.Prune();
    run.Finish();
    run.Progress(true);
    if (stats->failed > 0) {
      return Status::Partial(std::to_string(stats->failed) +
                             " document(s) or file(s) could not be indexed");
    }
    return Status::Ok();
  });
}

}  // namespace concord
