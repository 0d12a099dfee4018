#include "indexer/index_run.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>

#include "common/error.h"
#include "indexer/readers/reader.h"

namespace concord {

namespace fs = std::filesystem;

namespace {

class Run {
 public:
  Run(IndexWriter& writer, const IndexRunOptions& options, IndexRunStats* stats)
      : writer_(writer), options_(options), stats_(*stats) {}

  void IndexPath(const std::string& path) {
    std::error_code ec;
    fs::path p(path);
    if (!fs::exists(p, ec)) {
      Problem(path, "no such file or directory");
      return;
    }
    if (fs::is_directory(p, ec)) {
      fs::path root = fs::canonical(p, ec);
      std::vector<fs::path> files;
      for (auto it = fs::recursive_directory_iterator(root, fs::directory_options::skip_permission_denied, ec);
           it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (ec) break;
        const std::string name = it->path().filename().string();
        if (!name.empty() && name[0] == '.') {  // hidden files and folders (.git)
          if (it->is_directory(ec)) it.disable_recursion_pending();
          continue;
        }
        if (it->is_regular_file(ec)) files.push_back(it->path());
      }
      std::sort(files.begin(), files.end());  // a stable order: same run, same result
      for (const fs::path& f : files) IndexFile(f, root);
    } else {
      fs::path file = fs::canonical(p, ec);
      IndexFile(file, file.parent_path());
    }
  }

  void Progress(bool final) {
    if (options_.quiet) return;
    auto now = std::chrono::steady_clock::now();
    if (!final && now - last_progress_ < std::chrono::seconds(2)) return;
    last_progress_ = now;
    double secs = std::chrono::duration<double>(now - start_).count();
    uint64_t docs = stats_.added + stats_.replaced + stats_.unchanged;
    std::fprintf(stderr, "\rconcord-index: %llu files, %llu documents, %.1f MB, %.0f docs/s   %s",
                 static_cast<unsigned long long>(stats_.files), static_cast<unsigned long long>(docs),
                 stats_.bytes / 1e6, secs > 0 ? docs / secs : 0.0, final ? "\n" : "");
    std::fflush(stderr);
  }

  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();

 private:
  void Problem(const std::string& where, const std::string& reason) {
    ++stats_.failed;
    stats_.problems.push_back(where + ": " + reason);
    // Problems are reported even with --quiet: they are what the user must act on.
    std::fprintf(stderr, "%sconcord-index: skipped %s: %s\n", options_.quiet ? "" : "\n", where.c_str(),
                 reason.c_str());
  }

  void IndexFile(const fs::path& file, const fs::path& root) {
    std::error_code ec;
    const std::string path = file.string();
    uint64_t size = fs::file_size(file, ec);
    if (ec) return Problem(path, "cannot read: " + ec.message());
    if (size > options_.max_file_bytes) {
      return Problem(path, "file of " + std::to_string(size >> 20) + " MB is larger than the limit of " +
                               std::to_string(options_.max_file_bytes >> 20) + " MB");
    }
    std::ifstream in(file, std::ios::binary);
    std::string content(size, '\0');
    if (!in.read(content.data(), static_cast<std::streamsize>(size))) {
      return Problem(path, "cannot read the file");
    }
    ++stats_.files;
    stats_.bytes += size;
    if (content.empty()) return Problem(path, "empty file: nothing to index");
    const Reader* reader = ChooseReader(path, std::string_view(content).substr(0, 4096));
    if (!reader) return Problem(path, "not a text, HTML, XML, feed or JSONL file (binary?)");
    SourceFile source{path, fs::relative(file, root, ec).string(), root.string()};
    try {
      reader->Read(source, content,
                   [&](Document&& doc) { Put(std::move(doc), path); },
                   [&](const std::string& where, const std::string& reason) { Problem(where, reason); });
    } catch (const Error& e) {
      Problem(path, e.what());
    }
    Progress(false);
  }

  void Put(Document&& doc, const std::string& path) {
    PutResult result;
    Status s = writer_.Put(doc, &result);
    if (!s.ok()) {
      if (s.code() == Status::Code::kIOError || s.code() == Status::Code::kInternal) {
        throw Error(s.code(), s.message());  // the index itself failed: stop the run
      }
      return Problem(path + " (" + doc.id + ")", s.message());
    }
    switch (result) {
      case PutResult::kAdded: ++stats_.added; break;
      case PutResult::kReplaced: ++stats_.replaced; break;
      case PutResult::kUnchanged: ++stats_.unchanged; break;
    }
  }

  IndexWriter& writer_;
  const IndexRunOptions& options_;
  IndexRunStats& stats_;
  std::chrono::steady_clock::time_point last_progress_ = start_;
};

}  // namespace

Status RunIndex(IndexWriter& writer, const IndexRunOptions& options, IndexRunStats* stats) {
  *stats = IndexRunStats();
  return Guard([&] {
    Run run(writer, options, stats);
    for (const std::string& path : options.paths) run.IndexPath(path);
    Status commit = writer.Commit();
    if (!commit.ok()) return commit;
    run.Progress(true);
    stats->seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - run.start_).count();
    if (stats->failed > 0) {
      return Status::Partial(std::to_string(stats->failed) + " document(s) or file(s) could not be indexed");
    }
    return Status::Ok();
  });
}

}  // namespace concord
