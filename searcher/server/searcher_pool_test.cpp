#include "searcher/server/searcher_pool.h"

#include <concord/index_writer.h>

#include <catch2/catch.hpp>

#include "searcher/server/http_error.h"
#include "tests/test_support.h"

using namespace concord;
using namespace concord::server;

namespace {

void Put(const std::string& db, const std::string& id, const std::string& body) {
  std::unique_ptr<IndexWriter> writer;
  REQUIRE(IndexWriter::Open(db, WriterOptions(), &writer).ok());
  Document doc;
  doc.id = id;
  doc.title = id;
  doc.body = body;
  REQUIRE(writer->Put(doc).ok());
  REQUIRE(writer->Commit().ok());
}

}  // namespace

TEST_CASE("the searcher pool lends one reader per concurrent request", "[server][pool]") {
  test::TempDir tmp;
  const std::string db = tmp / "index";
  Put(db, "a", "Rajin port");
  SearcherPool pool(db);
  {
    SearcherPool::Lease first = pool.Borrow();
    SearcherPool::Lease second = pool.Borrow();
    CHECK(&*first != &*second);
    CHECK(pool.IdleCount() == 0);
  }
  CHECK(pool.IdleCount() == 2);
  { SearcherPool::Lease again = pool.Borrow(); }
  CHECK(pool.IdleCount() == 2);  // reused, not opened anew
}

TEST_CASE("a borrowed reader sees commits made after it was opened", "[server][pool]") {
  test::TempDir tmp;
  const std::string db = tmp / "index";
  Put(db, "a", "Rajin port");
  SearcherPool pool(db);
  CHECK(pool.Borrow()->DocumentCount() == 1);
  Put(db, "b", "Khasan railway");
  CHECK(pool.Borrow()->DocumentCount() == 2);
  SearchRequest request;
  request.query = "Khasan";
  SearchResponse response;
  REQUIRE(pool.Borrow()->Search(request, &response).ok());
  CHECK(response.total == 1);
}

TEST_CASE("a pool over a missing index answers 404", "[server][pool]") {
  test::TempDir tmp;
  SearcherPool pool(tmp / "missing");
  try {
    pool.Borrow();
    FAIL("Borrow() should have thrown");
  } catch (const HttpError& e) {
    CHECK(e.status() == 404);
    CHECK(std::string(e.what()).find("concord-index --db") != std::string::npos);
  }
}
