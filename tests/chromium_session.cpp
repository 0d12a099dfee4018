#include "tests/chromium_session.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <stdexcept>
#include <thread>
#include <vector>

extern char** environ;

namespace concord::test {

using nlohmann::json;

namespace {

std::string DecodeBase64(const std::string& in) {
  auto value = [](char c) -> int {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
  };
  std::string out;
  int bits = 0, buffer = 0;
  for (char c : in) {
    int v = value(c);
    if (v < 0) continue;
    buffer = (buffer << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push_back(static_cast<char>((buffer >> bits) & 0xff));
    }
  }
  return out;
}

}  // namespace

ChromiumSession::ChromiumSession(const TempDir& tmp) {
  int to[2], from[2];
  if (pipe(to) || pipe(from)) throw std::runtime_error("pipe failed");
  std::vector<std::string> store = {kBinary,
                                    "--headless",
                                    "--no-sandbox",
                                    "--disable-gpu",
                                    "--disable-dev-shm-usage",
                                    "--disable-background-networking",
                                    "--disable-component-update",
                                    "--disable-sync",
                                    "--disable-extensions",
                                    "--no-first-run",
                                    "--no-default-browser-check",
                                    "--mute-audio",
                                    "--window-size=1280,1600",
                                    "--user-data-dir=" + (tmp / "chromium-profile"),
                                    "--remote-debugging-pipe",
                                    "about:blank"};
  std::vector<char*> argv;
  for (std::string& a : store) argv.push_back(a.data());
  argv.push_back(nullptr);
  const std::string log = tmp / "chromium.log";
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_adddup2(&actions, 1, 2);
  posix_spawn_file_actions_adddup2(&actions, to[0], 3);
  posix_spawn_file_actions_adddup2(&actions, from[1], 4);
  for (int fd : {to[0], to[1], from[0], from[1]}) {
    if (fd > 4) posix_spawn_file_actions_addclose(&actions, fd);
  }
  int rc = posix_spawn(&pid_, kBinary, &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  close(to[0]);
  close(from[1]);
  to_browser_ = to[1];
  from_browser_ = from[0];
  if (rc != 0) throw std::runtime_error(std::string("cannot start ") + kBinary);
  signal(SIGPIPE, SIG_IGN);
}

ChromiumSession::~ChromiumSession() {
  try {
    session_id_.clear();
    Call("Browser.close", json::object(), false);
  } catch (...) {
    // Killed below.
  }
  for (int i = 0; i < 100; ++i) {
    if (waitpid(pid_, nullptr, WNOHANG) == pid_) {
      pid_ = -1;
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  if (pid_ > 0) {
    kill(pid_, SIGKILL);
    waitpid(pid_, nullptr, 0);
  }
  close(to_browser_);
  close(from_browser_);
}

json ChromiumSession::ReadMessage(std::chrono::steady_clock::time_point deadline) {
  for (;;) {
    if (size_t end = pending_.find('\0'); end != std::string::npos) {
      json message = json::parse(pending_.substr(0, end));
      pending_.erase(0, end + 1);
      return message;
    }
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) throw std::runtime_error("chromium did not answer in time");
    pollfd p{from_browser_, POLLIN, 0};
    if (poll(&p, 1, static_cast<int>(left.count())) <= 0) continue;
    char buf[65536];
    ssize_t n = read(from_browser_, buf, sizeof buf);
    if (n <= 0) throw std::runtime_error("chromium closed the DevTools pipe");
    pending_.append(buf, static_cast<size_t>(n));
  }
}

json ChromiumSession::Call(const std::string& method, const json& params, bool to_page) {
  const int id = next_id_++;
  json message = {{"id", id}, {"method", method}, {"params", params}};
  if (to_page && !session_id_.empty()) message["sessionId"] = session_id_;
  std::string bytes = message.dump();
  bytes.push_back('\0');
  for (size_t off = 0; off < bytes.size();) {
    ssize_t n = write(to_browser_, bytes.data() + off, bytes.size() - off);
    if (n <= 0) throw std::runtime_error("cannot write to chromium");
    off += static_cast<size_t>(n);
  }
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  for (;;) {
    json reply = ReadMessage(deadline);
    if (!reply.contains("id") || reply["id"] != id) continue;  // an event, or another reply
    if (reply.contains("error")) {
      throw std::runtime_error(method + " failed: " + reply["error"].dump());
    }
    return reply.value("result", json::object());
  }
}

void ChromiumSession::Open(const std::string& url) {
  json target = Call("Target.createTarget", {{"url", url}}, false);
  json attached =
      Call("Target.attachToTarget", {{"targetId", target["targetId"]}, {"flatten", true}}, false);
  session_id_ = attached["sessionId"];
}

json ChromiumSession::Evaluate(const std::string& expression) {
  json result = Call("Runtime.evaluate",
                     {{"expression", expression}, {"returnByValue", true}, {"awaitPromise", true}});
  if (result.contains("exceptionDetails")) {
    throw std::runtime_error("script failed: " + result["exceptionDetails"].dump());
  }
  return result["result"].value("value", json());
}

bool ChromiumSession::WaitFor(const std::string& expression, std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (std::chrono::steady_clock::now() < deadline) {
    json value = Evaluate("!!(" + expression + ")");
    if (value.is_boolean() && value.get<bool>()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  return false;
}

void ChromiumSession::Type(const std::string& text) {
  for (char c : text) {
    const std::string key(1, c);
    Call("Input.dispatchKeyEvent", {{"type", "keyDown"}, {"key", key}, {"text", key}});
    Call("Input.dispatchKeyEvent", {{"type", "keyUp"}, {"key", key}});
  }
}

std::string ChromiumSession::Screenshot() {
  return DecodeBase64(Call("Page.captureScreenshot", {{"format", "png"}})["data"]);
}

}  // namespace concord::test
