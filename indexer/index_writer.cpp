#include <concord/index_writer.h>
#include <concord/schema.h>

#include <chrono>
#include <ctime>
#include <filesystem>
#include <thread>

#include "common/error.h"
#include "indexer/document_builder.h"
#include "indexer/document_codec.h"
#include "indexer/index_writer_impl.h"

namespace concord {

namespace fs = std::filesystem;

namespace {

// Xapian terms are at most 245 bytes; the id term must fit with its prefix.
constexpr size_t kMaxIdBytes = 200;

std::string NowIso() {
  std::time_t t = std::time(nullptr);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&t));
  return buf;
}

// Opens (or creates) the database, refusing a directory that holds something
// other than a concord index, and waiting for the lock when asked to.
Xapian::WritableDatabase OpenDatabase(const std::string& path, const WriterOptions& options) {
  std::error_code ec;
  if (fs::exists(path, ec) && fs::is_directory(path, ec) && !fs::is_empty(path, ec) &&
      !fs::exists(fs::path(path) / "iamglass", ec)) {
    throw Error(Status::Code::kCorruption,
                path + " is not a concord index (it holds other files); choose an empty or new "
                       "directory for --db");
  }
  if (!options.create_if_missing && !fs::exists(path, ec)) {
    throw Error(Status::Code::kNotFound, "no index at " + path);
  }
  const auto deadline =
      std::chrono::steady_clock::now() + std::chrono::seconds(options.wait_lock_seconds);
  for (;;) {
    try {
      Xapian::WritableDatabase db(path, Xapian::DB_CREATE_OR_OPEN);
      std::string version = db.get_metadata(std::string(schema::kMetaSchemaVersion));
      if (version.empty() && db.get_doccount() == 0) {
        db.set_metadata(std::string(schema::kMetaSchemaVersion), std::string(schema::kSchemaVersion));
      } else if (version != schema::kSchemaVersion) {
        throw Error(Status::Code::kCorruption,
                    path + " was written by another concord schema (version '" + version +
                        "', this is '" + std::string(schema::kSchemaVersion) +
                        "'); rebuild it with concord-index --rebuild");
      }
      return db;
    } catch (const Xapian::DatabaseLockError&) {
      if (std::chrono::steady_clock::now() >= deadline) throw;
      std::this_thread::sleep_for(std::chrono::milliseconds(200));
    }
  }
}

}  // namespace

Xapian::docid IndexWriter::Impl::Find(const std::string& id) {
  std::string term = std::string(schema::kIdPrefix) + id;
  Xapian::PostingIterator p = db.postlist_begin(term);
  return p == db.postlist_end(term) ? 0 : *p;
}

void IndexWriter::Impl::Changed() {
  ++pending;
  if (options.commit_every > 0 && pending >= options.commit_every) CommitNow();
}

void IndexWriter::Impl::CommitNow() {
  db.set_metadata(std::string(schema::kMetaLastCommit), NowIso());
  db.commit();
  pending = 0;
}

IndexWriter::IndexWriter(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

IndexWriter::~IndexWriter() {
  if (!impl_) return;
  try {
    if (impl_->pending > 0) impl_->CommitNow();
  } catch (...) {
    // A destructor cannot report; callers who care call Commit() first.
  }
}

Status IndexWriter::Open(const std::string& path, const WriterOptions& options,
                         std::unique_ptr<IndexWriter>* out) {
  return Guard([&] {
    if (path.empty()) return Status::InvalidArgument("no index path given");
    auto impl = std::make_unique<Impl>();
    impl->db = OpenDatabase(path, options);
    impl->options = options;
    impl->path = path;
    out->reset(new IndexWriter(std::move(impl)));
    return Status::Ok();
  });
}

PutResult IndexWriter::Impl::Put(const Document& document, const std::string& source_path,
                                 Xapian::docid* docid) {
  if (document.id.empty()) throw Error(Status::Code::kInvalidArgument, "document has no id");
  if (document.id.size() > kMaxIdBytes) {
    throw Error(Status::Code::kInvalidArgument,
                "document id longer than " + std::to_string(kMaxIdBytes) +
                    " bytes: " + document.id.substr(0, 60) + "...");
  }
  const std::string hash = ContentHash(document);
  const Xapian::docid existing = Find(document.id);
  if (existing) {
    Xapian::Document old = db.get_document(existing);
    if (old.get_value(schema::kSlotContentHash) == hash &&
        old.get_value(schema::kSlotSourcePath) == source_path) {
      if (docid) *docid = existing;
      return PutResult::kUnchanged;
    }
  }
  Document doc = document;
  Xapian::Document xdoc = BuildXapianDocument(doc, hash);
  if (!source_path.empty()) xdoc.add_value(schema::kSlotSourcePath, source_path);
  Xapian::docid id = db.replace_document(std::string(schema::kIdPrefix) + doc.id, xdoc);
  if (docid) *docid = id;
  Changed();
  return existing ? PutResult::kReplaced : PutResult::kAdded;
}

Status IndexWriter::Put(const Document& document, PutResult* result) {
  return Guard([&] {
    PutResult r = impl_->Put(document, "", nullptr);
    if (result) *result = r;
    return Status::Ok();
  });
}

Status IndexWriter::Delete(const std::string& id) {
  return Guard([&] {
    if (!impl_->Find(id)) return Status::NotFound("no document with id " + id);
    impl_->db.delete_document(std::string(schema::kIdPrefix) + id);
    impl_->Changed();
    return Status::Ok();
  });
}

Status IndexWriter::Commit() {
  return Guard([&] {
    impl_->db.set_metadata(std::string(schema::kMetaLastRun), NowIso());
    impl_->CommitNow();
    return Status::Ok();
  });
}

uint64_t IndexWriter::DocumentCount() { return impl_->db.get_doccount(); }

}  // namespace concord
