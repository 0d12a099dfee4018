// The index readers of concord-serve, each owned by a search thread of its
// own. A concord::Searcher is not thread-safe, and the analysis keeps state
// per thread (ICU transliterators, stem and name-key caches): both stay with
// these few threads, however many HTTP threads hold connections, so memory
// does not grow with the connections. Work is taken in arrival order: no
// request waits behind a luckier late one.
#pragma once

#include <concord/search.h>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace concord::server {

class SearcherPool {
 public:
  // Starts `threads` search threads (at least one); each opens its reader on
  // its first task.
  SearcherPool(std::string db_path, size_t threads);
  // Finishes the queued tasks, then stops the threads.
  ~SearcherPool();
  SearcherPool(const SearcherPool&) = delete;
  SearcherPool& operator=(const SearcherPool&) = delete;

  // Runs task(searcher) on a search thread, with its reader moved to the
  // latest committed state (so a request sees every commit that finished
  // before it began; Xapian's reopen only compares revisions when nothing
  // changed), waits for it and rethrows what it threw. Throws HttpError when
  // the index cannot be opened.
  void Run(const std::function<void(Searcher&)>& task);

  // Readers opened so far (for tests).
  size_t OpenReaders() const { return open_readers_; }

 private:
  struct Task;
  void Loop();

  const std::string db_path_;
  std::mutex mutex_;
  std::condition_variable ready_;
  std::deque<std::shared_ptr<Task>> queue_;
  bool stopping_ = false;
  std::atomic<size_t> open_readers_{0};
  std::vector<std::thread> threads_;
};

}  // namespace concord::server
