#include "searcher/server/access_log.h"

#include <cstdio>
#include <ctime>

namespace concord::server {

namespace {

thread_local std::optional<std::chrono::steady_clock::time_point> request_start;

}  // namespace

std::string AccessLogLine(std::chrono::system_clock::time_point when, std::string_view method,
                          std::string_view target, int status, std::optional<double> millis) {
  std::time_t t = std::chrono::system_clock::to_time_t(when);
  std::tm utc{};
  gmtime_r(&t, &utc);
  char stamp[32];
  std::strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%SZ", &utc);
  std::string line = stamp;
  line += ' ';
  line += method.empty() ? "-" : method;
  line += ' ';
  for (unsigned char c : target) {
    if (c < 0x20 || c == 0x7f || c == ' ') {
      char hex[8];
      std::snprintf(hex, sizeof hex, "\\x%02x", c);
      line += hex;
    } else {
      line.push_back(static_cast<char>(c));
    }
  }
  line += ' ';
  line += std::to_string(status);
  line += ' ';
  if (millis) {
    char ms[32];
    std::snprintf(ms, sizeof ms, "%.1fms", *millis);
    line += ms;
  } else {
    line += '-';
  }
  return line;
}

void MarkRequestStart() { request_start = std::chrono::steady_clock::now(); }

std::optional<double> TakeRequestMillis() {
  if (!request_start) return std::nullopt;
  auto elapsed = std::chrono::steady_clock::now() - *request_start;
  request_start.reset();
  return std::chrono::duration<double, std::milli>(elapsed).count();
}

}  // namespace concord::server
