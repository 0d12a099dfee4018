// Index readers for the server's worker threads. A concord::Searcher is not
// thread-safe, so each request borrows one for its duration; readers are
// opened on demand and kept, so there are at most as many as threads that
// searched at the same time.
#pragma once

#include <concord/search.h>

#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace concord::server {

class SearcherPool {
 public:
  explicit SearcherPool(std::string db_path) : db_path_(std::move(db_path)) {}

  // A borrowed reader, given back on destruction.
  class Lease {
   public:
    Lease(SearcherPool* pool, std::unique_ptr<Searcher> searcher)
        : pool_(pool), searcher_(std::move(searcher)) {}
    Lease(Lease&&) = default;
    ~Lease() {
      if (searcher_) pool_->GiveBack(std::move(searcher_));
    }
    Searcher& operator*() const { return *searcher_; }
    Searcher* operator->() const { return searcher_.get(); }

   private:
    SearcherPool* pool_;
    std::unique_ptr<Searcher> searcher_;
  };

  // A reader moved to the latest committed state of the index, so a request
  // sees every commit (a PUT, the nightly run) that finished before it began.
  // Xapian's reopen only compares revisions when nothing changed, which is
  // cheap enough to do per request. Throws HttpError when the index cannot be
  // opened.
  Lease Borrow();

  // Readers currently idle in the pool (for tests).
  size_t IdleCount();

 private:
  void GiveBack(std::unique_ptr<Searcher> searcher);

  std::string db_path_;
  std::mutex mutex_;
  std::vector<std::unique_ptr<Searcher>> idle_;
};

}  // namespace concord::server
