#include "searcher/server/searcher_pool.h"

#include <algorithm>
#include <future>

#include "searcher/server/http_error.h"

namespace concord::server {

// Shared by the caller and the search thread: the promise lives until the
// thread has finished setting it, whenever the caller wakes up.
struct SearcherPool::Task {
  std::function<void(Searcher&)> work;
  std::promise<void> done;
};

SearcherPool::SearcherPool(std::string db_path, size_t threads) : db_path_(std::move(db_path)) {
  for (size_t i = 0; i < std::max<size_t>(1, threads); ++i) {
    threads_.emplace_back([this] { Loop(); });
  }
}

SearcherPool::~SearcherPool() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
  }
  ready_.notify_all();
  for (std::thread& t : threads_) t.join();
}

void SearcherPool::Run(const std::function<void(Searcher&)>& work) {
  auto task = std::make_shared<Task>();
  task->work = work;
  std::future<void> done = task->done.get_future();
  {
    std::lock_guard<std::mutex> lock(mutex_);
    queue_.push_back(std::move(task));
  }
  ready_.notify_one();
  done.get();
}

void SearcherPool::Loop() {
  std::unique_ptr<Searcher> searcher;
  for (;;) {
    std::shared_ptr<Task> task;
    {
      std::unique_lock<std::mutex> lock(mutex_);
      ready_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
      if (queue_.empty()) return;  // stopping, and nothing left to do
      task = std::move(queue_.front());
      queue_.pop_front();
    }
    try {
      if (searcher) {
        ThrowIfFailed(searcher->Reopen());
      } else {
        ThrowIfFailed(Searcher::Open(db_path_, &searcher));
        ++open_readers_;
      }
      task->work(*searcher);
      task->done.set_value();
    } catch (...) {
      task->done.set_exception(std::current_exception());
    }
  }
}

}  // namespace concord::server
