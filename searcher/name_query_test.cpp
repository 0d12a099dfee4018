// Names matched by entity term (name_query.h, by_entity) against the key
// phrase they replace, on real indexes written by IndexWriter.
#include "searcher/name_query.h"

#include <concord/schema.h>

#include <catch2/catch.hpp>
#include <set>

#include "indexer/entity_extractor.h"
#include "searcher/query_parser.h"
#include "tests/search_fixture.h"

using namespace concord;
using namespace concord::test;

namespace {

const std::string kExtractionKey(schema::kMetaExtraction);

std::string Described(const std::string& query, const Xapian::Database& db) {
  return ParseQuery(query, db).query.get_description();
}

// Matches of query in ranking order, every one of them.
std::vector<Xapian::docid> Matches(const std::string& query, const Xapian::Database& db) {
  Xapian::Enquire enquire(db);
  enquire.set_query(ParseQuery(query, db).query);
  const Xapian::MSet mset = enquire.get_mset(0, db.get_doccount(), db.get_doccount());
  return {mset.begin(), mset.end()};
}

void AddDocument(const std::string& path, const Document& doc) {
  std::unique_ptr<IndexWriter> writer;
  REQUIRE(IndexWriter::Open(path, WriterOptions(), &writer).ok());
  REQUIRE(writer->Put(doc).ok());
  REQUIRE(writer->Commit().ok());
}

}  // namespace

TEST_CASE("name query: entity terms are used only on an index from this extraction",
          "[names][search]") {
  TempDir tmp;
  const std::string path = tmp / "index";
  WriteIndex(path, {MakeDoc("a", "Choe Ryong Hae in Moscow", "Choe Ryong Hae met officials.",
                            "2014-11-17")});
  {
    Xapian::Database db(path);
    CHECK(db.get_metadata(kExtractionKey) == DefaultEntityExtractor().fingerprint());
    CHECK(IndexMatchesExtractor(db));
    const std::string described = Described("Choi Ryonghae", db);
    CHECK(described.find("XEchoe-ryong-hae") != std::string::npos);
    CHECK(described.find("PHRASE") == std::string::npos);
  }
  {
    // As if an older gazetteer had written it; the next write makes it mixed.
    Xapian::WritableDatabase db(path, Xapian::DB_OPEN);
    db.set_metadata(kExtractionKey, "0123456789abcdef");
    db.commit();
  }
  AddDocument(path, MakeDoc("b", "Rajin", "The port of Rajin.", "2015-04-02"));
  {
    Xapian::Database db(path);
    CHECK(db.get_metadata(kExtractionKey) == schema::kExtractionMixed);
    CHECK_FALSE(IndexMatchesExtractor(db));
    const std::string described = Described("Choi Ryonghae", db);
    CHECK(described.find("XE") == std::string::npos);
    CHECK(described.find("PHRASE") != std::string::npos);
    // Found either way.
    CHECK(Matches("Choi Ryonghae", db).size() == 1);
  }
  // An index with no documents takes this extraction, whatever it recorded.
  const std::string empty = tmp / "empty";
  {
    Xapian::WritableDatabase db(empty, Xapian::DB_CREATE);
    db.set_metadata(kExtractionKey, std::string(schema::kExtractionMixed));
    db.commit();
  }
  AddDocument(empty, MakeDoc("c", "Rajin", "The port of Rajin.", "2015-04-02"));
  CHECK(Xapian::Database(empty).get_metadata(kExtractionKey) ==
        DefaultEntityExtractor().fingerprint());
}

TEST_CASE("name query: by entity and by key phrase, KCNA stories match alike, in the same order",
          "[names][search]") {
  TempDir tmp;
  const std::string path = tmp / "index";
  WriteIndex(path, ToDocuments(KcnaSample(15)));
  // The same index read both ways: the record is changed, never committed.
  Xapian::WritableDatabase db(path, Xapian::DB_OPEN);
  REQUIRE(IndexMatchesExtractor(db));
  for (const char* query :
       {"Choe Ryong Hae", "Choi Ryong-hae", "최룡해", "Чхве Рён Хэ", "Kim Jong-un", "Ким Чен Ын",
        "Kim Jung-eun", "Rodong Sinmun", "Nodong Sinmun", "Jang Sung-taek", "Kim Yong Nam",
        "Pak Ui Chun", "Kim Jong Un in Pyongyang"}) {
    INFO(query);
    db.set_metadata(kExtractionKey, DefaultEntityExtractor().fingerprint());
    REQUIRE(Described(query, db).find("XE") != std::string::npos);
    const std::vector<Xapian::docid> by_entity = Matches(query, db);
    db.set_metadata(kExtractionKey, std::string(schema::kExtractionMixed));
    REQUIRE(Described(query, db).find("XE") == std::string::npos);
    const std::vector<Xapian::docid> by_phrase = Matches(query, db);
    CHECK(by_entity.size() > 2);
    CHECK(std::set<Xapian::docid>(by_entity.begin(), by_entity.end()) ==
          std::set<Xapian::docid>(by_phrase.begin(), by_phrase.end()));
    const size_t top = std::min<size_t>(10, by_phrase.size());
    CHECK(std::vector<Xapian::docid>(by_entity.begin(), by_entity.begin() + top) ==
          std::vector<Xapian::docid>(by_phrase.begin(), by_phrase.begin() + top));
  }
}

TEST_CASE("name query: a name inside a longer known name is found by its key phrase",
          "[names][search]") {
  TempDir tmp;
  const std::string path = tmp / "index";
  WriteIndex(path, {MakeDoc("square", "Flowers", "Flowers were laid at Kim Il Sung Square.", ""),
                    MakeDoc("university", "Anniversary", "Kim Il Sung University marked it.", ""),
                    MakeDoc("scattered", "Visit", "Kim met Il, then Sung.", ""),
                    MakeDoc("son", "Visit", "Kim Jong Il spoke.", "")});
  Xapian::Database db(path);
  const std::string described = Described("Kim Il-song", db);
  CHECK(described.find("XEkim-il-sung-square") != std::string::npos);
  std::set<std::string> found;
  for (Xapian::docid id : Matches("Kim Il-song", db)) {
    found.insert(DocumentFromJson(nlohmann::json::parse(db.get_document(id).get_data())).id);
  }
  CHECK(found == std::set<std::string>{"square", "university"});
}
