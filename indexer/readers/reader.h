// Format readers: each turns the bytes of one source file into documents.
#pragma once

#include <concord/document.h>

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace concord {

struct SourceFile {
  std::string path;      // as given or found while walking
  std::string relative;  // path relative to the indexed root (the default document id)
  std::string root;      // the indexed root it was found under
};

// Receives each document read. Readers fill what the format gives; gaps (lang,
// entities) are completed at index time.
using DocumentSink = std::function<void(Document&&)>;
// Receives each document or part that could not be read: where (e.g.
// "export.xml:120" or "feed.jsonl:17") and why. Reading goes on after it.
using ErrorSink = std::function<void(const std::string& where, const std::string& reason)>;
// Receives the documents a reader left out on purpose, one call per reason at
// the end of a file: where (the file), what ("draft", "attachment", ...) and
// how many. These are not failures.
using SkipSink =
    std::function<void(const std::string& where, const std::string& what, uint64_t count)>;

struct ReaderOptions {
  // WXR: also read drafts, pending, scheduled, private and trashed posts and
  // pages (default: published ones only). Attachments and menu items are
  // never documents.
  bool include_unpublished = false;
  // Told of what was left out on purpose; may be empty.
  SkipSink skipped;
};

class Reader {
 public:
  virtual ~Reader() = default;
  // Short format name: "text", "html", "wxr", "rss", "atom", "jsonl".
  virtual std::string_view name() const = 0;
  // How sure the reader is that it reads this file, from its path and first
  // bytes: 0 no, 1 by extension only, 2 by content.
  virtual int Accepts(std::string_view path, std::string_view head) const = 0;
  // Reads content (valid UTF-8 or not: readers repair or reject per document).
  // Throws Error for a failure of the whole file (e.g. XML that does not parse
  // at all); documents already passed to sink stay good.
  virtual void Read(const SourceFile& file, std::string_view content, const ReaderOptions& options,
                    const DocumentSink& sink, const ErrorSink& errors) const = 0;
  // Reads with the default options (published documents only, skips not reported).
  void Read(const SourceFile& file, std::string_view content, const DocumentSink& sink,
            const ErrorSink& errors) const {
    Read(file, content, ReaderOptions(), sink, errors);
  }
};

// All readers concord knows, in order of preference.
const std::vector<const Reader*>& AllReaders();

// The best reader for a file, or nullptr when none accepts it (binary files).
// Content decides first: an export, a feed, a web page or JSON lines is read
// as such whatever its name; the extension only breaks ties.
const Reader* ChooseReader(std::string_view path, std::string_view head);

}  // namespace concord
