#include "searcher/server/searcher_pool.h"

#include "searcher/server/http_error.h"

namespace concord::server {

SearcherPool::Lease SearcherPool::Borrow() {
  std::unique_ptr<Searcher> searcher;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (!idle_.empty()) {
      searcher = std::move(idle_.back());
      idle_.pop_back();
    }
  }
  if (searcher) {
    ThrowIfFailed(searcher->Reopen());
  } else {
    ThrowIfFailed(Searcher::Open(db_path_, &searcher));
  }
  return Lease(this, std::move(searcher));
}

size_t SearcherPool::IdleCount() {
  std::lock_guard<std::mutex> lock(mutex_);
  return idle_.size();
}

void SearcherPool::GiveBack(std::unique_ptr<Searcher> searcher) {
  std::lock_guard<std::mutex> lock(mutex_);
  idle_.push_back(std::move(searcher));
}

}  // namespace concord::server
