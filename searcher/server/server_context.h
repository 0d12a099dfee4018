// What every handler of concord-serve shares: the options, the request limits,
// the pool of index readers and the lock that serialises this process's writes.
#pragma once

#include <algorithm>
#include <mutex>

#include "searcher/server/request_params.h"
#include "searcher/server/searcher_pool.h"
#include "searcher/server/server_options.h"

namespace concord::server {

struct ServerContext {
  explicit ServerContext(ServerOptions opts)
      : options(std::move(opts)),
        searchers(options.db, static_cast<size_t>(std::max(1, options.max_searches))) {}

  const ServerOptions options;
  const SearchLimits limits;
  SearcherPool searchers;
  // Held for the whole of one write (open writer, change, commit, close): two
  // writers in one process would fail on Xapian's lock instead of queueing.
  std::mutex write_mutex;
};

}  // namespace concord::server
