#include <concord/index_writer.h>
#include <concord/schema.h>

#include <chrono>
#include <ctime>
#include <filesystem>
#include <thread>

#include "common/error.h"
#include "indexer/document_builder.h"
#include "indexer/document_codec.h"
#include "indexer/entity_extractor.h"
#include "indexer/index_writer_impl.h"
#include "indexer/shard_layout.h"
#include "indexer/shard_stub.h"
#include "searcher/entity_names.h"
#include "searcher/index_aids.h"

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
                path +
                    " is not a concord index (it holds other files); choose an empty or new "
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
        db.set_metadata(std::string(schema::kMetaSchemaVersion),
                        std::string(schema::kSchemaVersion));
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

// The shards of the index at path, locked in layout order (so two writers
// never hold half of each other's locks); one shard for a plain database.
std::vector<std::unique_ptr<WriterShard>> OpenShards(const std::string& path,
                                                     const WriterOptions& options) {
  std::error_code ec;
  if (!fs::is_directory(path, ec) && !StubFileOf(path).empty()) {
    throw Error(Status::Code::kInvalidArgument,
                path +
                    " is a stub file listing shards, which is for searching; an index is "
                    "written through its folder: give that as --db (docs/scaling.md)");
  }
  std::vector<std::string> paths = ShardPaths(path);
  const bool sharded = !paths.empty();
  if (!sharded) paths.push_back(path);
  std::vector<std::unique_ptr<WriterShard>> shards;
  for (size_t i = 0; i < paths.size(); ++i) {
    if (sharded && !fs::exists(fs::path(paths[i]) / "iamglass", ec)) {
      throw Error(Status::Code::kCorruption,
                  "shard " + paths[i] + " of " + path +
                      " is missing or not a database; restore "
                      "it from a copy, or rebuild the index with concord-index --rebuild");
    }
    auto shard = std::make_unique<WriterShard>();
    shard->db = OpenDatabase(paths[i], options);
    shard->path = paths[i];
    shard->index = i;
    shard->aids.Repair(shard->db);
    shards.push_back(std::move(shard));
  }
  return shards;
}

}  // namespace

Xapian::docid WriterShard::Find(const std::string& id) {
  std::string term = std::string(schema::kIdPrefix) + id;
  Xapian::PostingIterator p = db.postlist_begin(term);
  return p == db.postlist_end(term) ? 0 : *p;
}

PutResult WriterShard::Put(Document& doc, const std::string& source_path, Xapian::docid* docid) {
  if (doc.id.empty()) throw Error(Status::Code::kInvalidArgument, "document has no id");
  if (doc.id.size() > kMaxIdBytes) {
    throw Error(Status::Code::kInvalidArgument, "document id longer than " +
                                                    std::to_string(kMaxIdBytes) +
                                                    " bytes: " + doc.id.substr(0, 60) + "...");
  }
  const std::string hash = ContentHash(doc);
  const Xapian::docid existing = Find(doc.id);
  if (existing) {
    Xapian::Document old = db.get_document(existing);
    if (old.get_value(schema::kSlotContentHash) == hash &&
        old.get_value(schema::kSlotSourcePath) == source_path) {
      if (docid) *docid = existing;
      return PutResult::kUnchanged;
    }
    aids.Forget(old);
  }
  Xapian::Document xdoc = BuildXapianDocument(doc, hash);
  aids.Record(doc, xdoc);
  if (!source_path.empty()) xdoc.add_value(schema::kSlotSourcePath, source_path);
  // Find() has looked the id term up already: no second lookup by term.
  Xapian::docid id = existing;
  if (existing) {
    db.replace_document(existing, xdoc);
  } else {
    id = db.add_document(xdoc);
  }
  if (docid) *docid = id;
  ++pending;
  return existing ? PutResult::kReplaced : PutResult::kAdded;
}

void WriterShard::Delete(Xapian::docid docid) {
  aids.Forget(db.get_document(docid));
  db.delete_document(docid);
  ++pending;
}

void WriterShard::Commit(CommitKind kind) {
  aids.BeforeCommit(db, kind == CommitKind::kFinal);
  if (index == 0) db.set_metadata(std::string(schema::kMetaLastCommit), NowIso());
  db.commit();
  pending = 0;
}

WriterShard& IndexWriter::Impl::ShardFor(const std::string& id) {
  return *shards[ShardOf(id, shards.size())];
}

void IndexWriter::Impl::RecordExtraction() {
  if (extraction_recorded) return;
  const std::string& current = DefaultEntityExtractor().fingerprint();
  const std::string key(schema::kMetaExtraction);
  const std::string stored = primary().db.get_metadata(key);
  if (stored != current) {
    const std::string record =
        DocumentCount() == 0 ? current : std::string(schema::kExtractionMixed);
    if (stored != record) {
      primary().db.set_metadata(key, record);
      primary().db.commit();
    }
  }
  extraction_recorded = true;
}

int IndexWriter::Impl::Pending() const {
  int sum = 0;
  for (const auto& shard : shards) sum += shard->pending;
  return sum;
}

void IndexWriter::Impl::Changed() {
  if (options.commit_every > 0 && Pending() >= options.commit_every) {
    CommitAll(WriterShard::CommitKind::kIntermediate);
  }
}

void IndexWriter::Impl::CommitAll(WriterShard::CommitKind kind) {
  for (size_t i = 1; i < shards.size(); ++i) shards[i]->Commit(kind);
  primary().Commit(kind);
}

IndexWriter::IndexWriter(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

IndexWriter::~IndexWriter() {
  if (!impl_) return;
  try {
    bool held = impl_->Pending() > 0;
    for (const auto& shard : impl_->shards) held = held || shard->aids.held();
    if (held) impl_->CommitAll(WriterShard::CommitKind::kFinal);
  } catch (...) {
    // A destructor cannot report; callers who care call Commit() first.
  }
}

Status IndexWriter::Open(const std::string& path, const WriterOptions& options,
                         std::unique_ptr<IndexWriter>* out) {
  return Guard([&] {
    if (path.empty()) return Status::InvalidArgument("no index path given");
    auto impl = std::make_unique<Impl>();
    impl->shards = OpenShards(path, options);
    impl->options = options;
    impl->path = path;
    out->reset(new IndexWriter(std::move(impl)));
    return Status::Ok();
  });
}

Status IndexWriter::Put(const Document& document, PutResult* result) {
  return Guard([&] {
    impl_->RecordExtraction();
    Document doc = document;
    WriterShard& shard = impl_->ShardFor(doc.id);
    PutResult r = shard.Put(doc, "", nullptr);
    // Searches read entity names from the primary (the first database of a stub).
    if (r != PutResult::kUnchanged) RecordEntityNames(impl_->primary().db, doc.entities);
    impl_->Changed();
    if (result) *result = r;
    return Status::Ok();
  });
}

Status IndexWriter::Delete(const std::string& id) {
  return Guard([&] {
    WriterShard& shard = impl_->ShardFor(id);
    const Xapian::docid docid = shard.Find(id);
    if (!docid) return Status::NotFound("no document with id " + id);
    shard.Delete(docid);
    impl_->Changed();
    return Status::Ok();
  });
}

Status IndexWriter::Commit() {
  return Guard([&] {
    impl_->primary().db.set_metadata(std::string(schema::kMetaLastRun), NowIso());
    impl_->CommitAll(WriterShard::CommitKind::kFinal);
    return Status::Ok();
  });
}

uint64_t IndexWriter::Impl::DocumentCount() const {
  uint64_t sum = 0;
  for (const auto& shard : shards) sum += shard->db.get_doccount();
  return sum;
}

uint64_t IndexWriter::DocumentCount() { return impl_->DocumentCount(); }

}  // namespace concord
