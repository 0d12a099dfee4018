// One line per request on stderr: when, what, how it ended, how long it took.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace concord::server {

// "2025-11-25T20:41:03Z GET /api/search?q=Rajin 200 3.1ms"; without a start
// time (a request refused before routing) the duration is "-". Control
// characters in the target are written as \xHH so a line stays one line.
std::string AccessLogLine(std::chrono::system_clock::time_point when, std::string_view method,
                          std::string_view target, int status, std::optional<double> millis);

// The start of the request being handled on this thread. httplib runs routing
// and logging of one request on the same worker thread, so a thread-local
// stamp set before routing is the one read when the line is written.
void MarkRequestStart();
// Milliseconds since MarkRequestStart() on this thread, and forgets the mark.
std::optional<double> TakeRequestMillis();

}  // namespace concord::server
