// Headless Chromium driven over the DevTools protocol on a pipe
// (--remote-debugging-pipe: JSON messages ending in NUL on fds 3 and 4), so
// the widget test needs nothing but Debian's chromium package.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <nlohmann/json.hpp>
#include <string>

#include "tests/test_support.h"

namespace concord::test {

class ChromiumSession {
 public:
  static constexpr const char* kBinary = "/usr/bin/chromium";

  // Starts a headless browser with a fresh profile in tmp; its stderr goes to
  // a file there. Throws when it cannot start.
  explicit ChromiumSession(const TempDir& tmp);
  // Closes the browser (Browser.close, then SIGKILL if it lingers).
  ~ChromiumSession();
  ChromiumSession(const ChromiumSession&) = delete;
  ChromiumSession& operator=(const ChromiumSession&) = delete;

  // Opens url in a new tab; later calls act on that tab.
  void Open(const std::string& url);
  // The value of a JavaScript expression in the tab (promises are awaited).
  // Throws with the exception text when the script throws.
  nlohmann::json Evaluate(const std::string& expression);
  // Evaluates expression until it is truthy or timeout passes; returns whether it became so.
  bool WaitFor(const std::string& expression,
               std::chrono::milliseconds timeout = std::chrono::seconds(30));
  // Types ASCII text into the focused element, key by key, as a person would.
  void Type(const std::string& text);
  // A PNG of the visible page.
  std::string Screenshot();

 private:
  // Sends one command (to the tab when it is open) and returns its result.
  nlohmann::json Call(const std::string& method, const nlohmann::json& params, bool to_page = true);
  nlohmann::json ReadMessage(std::chrono::steady_clock::time_point deadline);

  pid_t pid_ = -1;
  int to_browser_ = -1;
  int from_browser_ = -1;
  int next_id_ = 1;
  std::string session_id_;
  std::string pending_;  // bytes read past the last complete message
};

}  // namespace concord::test
