#include "indexer/readers/inspect_command.h"

#include <concord/document.h>

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

namespace {

namespace fs = std::filesystem;

constexpr const char* kInspectUsage =
    "Usage: concord-index inspect [--include-unpublished] FILE...\n"
    "Prints what would be indexed from each FILE, one JSON object per document and line\n"
    "(docs/indexing.md). --include-unpublished: WordPress drafts, scheduled, private and\n"
    "trashed posts too.\n";

// Larger files are not read (a 1 GB file would be read whole into memory):
// the default of concord-index --max-file-mb.
constexpr uint64_t kMaxInspectBytes = 256ull << 20;

// At most n code points from the start (or the end) of valid UTF-8 text.
std::string Head(const std::string& text, size_t n) {
  size_t pos = 0, count = 0;
  while (pos < text.size() && count < n) {
    ++pos;
    while (pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) ++pos;
    ++count;
  }
  return text.substr(0, pos);
}

std::string Tail(const std::string& text, size_t n) {
  size_t pos = text.size(), count = 0;
  while (pos > 0 && count < n) {
    --pos;
    while (pos > 0 && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) --pos;
    ++count;
  }
  return text.substr(pos);
}

size_t CodePoints(const std::string& text) {
  size_t n = 0;
  for (unsigned char c : text) n += (c & 0xC0) != 0x80;
  return n;
}

// The fields in the order a reader checks them: where it came from, then
// identity and metadata, then how much text and how it starts and ends.
nlohmann::ordered_json Describe(Document& doc, const std::string& path, std::string_view format) {
  BuildXapianDocument(doc, ContentHash(doc));  // completes doc as the index would store it
  nlohmann::json stored = ToJson(doc);
  nlohmann::ordered_json out = {{"file", path}, {"format", format}};
  for (const char* key : {"id", "title", "authors", "date", "lang", "url", "source", "categories",
                          "tags", "entities"}) {
    out[key] = stored[key];
  }
  out["body_length"] = CodePoints(doc.body);
  out["body_start"] = Head(doc.body, 200);
  out["body_end"] = doc.body.size() > 400 ? Tail(doc.body, 200) : "";
  return out;
}

std::string SkippedSummary(const std::vector<std::pair<std::string, uint64_t>>& skipped) {
  std::string text;
  uint64_t total = 0;
  for (const auto& [what, count] : skipped) {
    text += (text.empty() ? "" : ", ") + std::to_string(count) + " " + what;
    total += count;
  }
  return "left out " + std::to_string(total) + " item(s) that are not published articles: " + text;
}

}  // namespace

int InspectFiles(const std::vector<std::string>& args, std::ostream& out) {
  ReaderOptions options;
  std::vector<std::string> files;
  for (const std::string& a : args) {
    if (a == "--include-unpublished") {
      options.include_unpublished = true;
    } else if (a == "--help" || a == "-h") {
      out << kInspectUsage;
      return kExitOk;
    } else if (a.starts_with("--")) {
      std::fprintf(stderr, "concord-index: inspect: unknown option %s\n%s", a.c_str(),
                   kInspectUsage);
      return kExitUsage;
    } else {
      files.push_back(a);
    }
  }
  if (files.empty()) {
    std::fprintf(stderr, "concord-index: inspect needs at least one FILE\n%s", kInspectUsage);
    return kExitUsage;
  }
  int code = kExitOk;
  for (const std::string& path : files) {
    std::error_code ec;
    std::ifstream in(path, std::ios::binary);
    if (!in || fs::is_directory(path, ec)) {
      std::fprintf(stderr, "concord-index: cannot read %s: not a readable file\n", path.c_str());
      code = kExitUsage;
      continue;
    }
    uint64_t size = fs::file_size(path, ec);
    if (!ec && size > kMaxInspectBytes) {
      std::fprintf(stderr,
                   "concord-index: %s: file of %llu MB is larger than the limit of %llu MB\n",
                   path.c_str(), static_cast<unsigned long long>(size >> 20),
                   static_cast<unsigned long long>(kMaxInspectBytes >> 20));
      code = std::max(code, kExitPartial);
      continue;
    }
    std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (content.empty()) {
      std::fprintf(stderr, "concord-index: %s: empty file: nothing to index\n", path.c_str());
      code = std::max(code, kExitPartial);
      continue;
    }
    const Reader* reader = ChooseReader(path, std::string_view(content).substr(0, 4096));
    if (!reader) {
      std::fprintf(stderr,
                   "concord-index: %s: not a text, HTML, XML, feed or JSONL file (binary?)\n",
                   path.c_str());
      code = std::max(code, kExitPartial);
      continue;
    }
    std::vector<std::pair<std::string, uint64_t>> skipped;
    options.skipped = [&](const std::string&, const std::string& what, uint64_t count) {
      skipped.emplace_back(what, count);
    };
    // The same id and source as `concord-index --db DIR FILE` gives the file.
    fs::path canonical = fs::weakly_canonical(path, ec);
    SourceFile source{path, canonical.filename().string(), canonical.parent_path().string()};
    auto on_document = [&](Document&& doc) {
      out << Describe(doc, path, reader->name())
                 .dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace)
          << "\n";
    };
    auto on_error = [&](const std::string& where, const std::string& reason) {
      std::fprintf(stderr, "concord-index: %s: %s\n", where.c_str(), reason.c_str());
      code = std::max(code, kExitPartial);
    };
    try {
      reader->Read(source, content, options, on_document, on_error);
    } catch (const Error& e) {
      on_error(path, e.what());
    }
    if (!skipped.empty()) {
      std::fprintf(stderr, "concord-index: %s: %s%s\n", path.c_str(),
                   SkippedSummary(skipped).c_str(),
                   options.include_unpublished ? ""
                                               : " (--include-unpublished also reads drafts, "
                                                 "scheduled, private and trashed posts)");
    }
  }
  return code;
}

}  // namespace concord
