#include "searcher/server/searcher_pool.h"

#include <concord/index_writer.h>

#include <algorithm>
#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>
#include <vector>

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

TEST_CASE("the searcher pool runs work on its own threads, one reader each", "[server][pool]") {
  test::TempDir tmp;
  const std::string db = tmp / "index";
  Put(db, "a", "Rajin port");
  SearcherPool pool(db, 2);
  CHECK(pool.OpenReaders() == 0);  // opened on first use
  std::mutex mutex;
  std::set<std::thread::id> threads;
  std::set<const Searcher*> readers;
  std::atomic<int> found{0};
  std::vector<std::thread> callers;
  for (int i = 0; i < 16; ++i) {
    callers.emplace_back([&] {
      pool.Run([&](Searcher& searcher) {
        found += static_cast<int>(searcher.DocumentCount());
        std::lock_guard<std::mutex> lock(mutex);
        threads.insert(std::this_thread::get_id());
        readers.insert(&searcher);
      });
    });
  }
  for (std::thread& t : callers) t.join();
  CHECK(found == 16);
  CHECK(threads.size() <= 2);
  CHECK(threads.count(std::this_thread::get_id()) == 0);
  CHECK(readers.size() == threads.size());
  CHECK(pool.OpenReaders() == readers.size());
}

TEST_CASE("a search thread's reader sees commits made after it was opened", "[server][pool]") {
  test::TempDir tmp;
  const std::string db = tmp / "index";
  Put(db, "a", "Rajin port");
  SearcherPool pool(db, 1);
  uint64_t documents = 0;
  pool.Run([&](Searcher& searcher) { documents = searcher.DocumentCount(); });
  CHECK(documents == 1);
  Put(db, "b", "Khasan railway");
  SearchResponse response;
  bool searched = false;
  pool.Run([&](Searcher& searcher) {
    documents = searcher.DocumentCount();
    SearchRequest request;
    request.query = "Khasan";
    searched = searcher.Search(request, &response).ok();
  });
  CHECK(documents == 2);
  CHECK(searched);
  CHECK(response.total == 1);
  CHECK(pool.OpenReaders() == 1);  // reused, not opened anew
}

TEST_CASE("work waits its turn in arrival order, at most one task per thread", "[server][pool]") {
  test::TempDir tmp;
  const std::string db = tmp / "index";
  Put(db, "a", "Rajin port");
  SearcherPool pool(db, 1);
  std::atomic<bool> release{false};
  std::atomic<int> running{0}, most_running{0};
  std::vector<int> order;
  std::mutex order_mutex;
  std::thread blocker([&] {
    pool.Run([&](Searcher&) {
      while (!release) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    });
  });
  std::vector<std::thread> waiting;
  for (int i = 0; i < 4; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));  // queued one after the other
    waiting.emplace_back([&, i] {
      pool.Run([&](Searcher&) {
        int now = ++running;
        most_running = std::max(most_running.load(), now);
        std::lock_guard<std::mutex> lock(order_mutex);
        order.push_back(i);
        --running;
      });
    });
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  {
    std::lock_guard<std::mutex> lock(order_mutex);
    CHECK(order.empty());  // the only search thread is busy: everyone waits
  }
  release = true;
  blocker.join();
  for (std::thread& t : waiting) t.join();
  CHECK(order == std::vector<int>{0, 1, 2, 3});
  CHECK(most_running == 1);
}

TEST_CASE("errors of the work and of opening the index reach the caller", "[server][pool]") {
  test::TempDir tmp;
  SearcherPool missing(tmp / "missing", 1);
  for (int attempt = 0; attempt < 2; ++attempt) {  // the thread survives a failed open
    try {
      missing.Run([](Searcher&) { throw std::logic_error("no reader, no work"); });
      FAIL("Run() should have thrown");
    } catch (const HttpError& e) {
      CHECK(e.status() == 404);
      CHECK(std::string(e.what()).find("concord-index --db") != std::string::npos);
    }
  }
  const std::string db = tmp / "index";
  Put(db, "a", "Rajin port");
  SearcherPool pool(db, 1);
  CHECK_THROWS_AS(pool.Run([](Searcher&) { throw HttpError(400, "bad"); }), HttpError);
  uint64_t documents = 0;
  pool.Run([&](Searcher& searcher) { documents = searcher.DocumentCount(); });
  CHECK(documents == 1);
}
