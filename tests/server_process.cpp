#include "tests/server_process.h"

#include <fcntl.h>
#include <httplib.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>

#include <catch2/catch.hpp>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>
#include <thread>

extern char** environ;

namespace concord::test {

namespace fs = std::filesystem;

namespace {

std::string Slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

int ExitCode(int status) {
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

}  // namespace

ServerProcess::ServerProcess(const TempDir& tmp, const std::vector<std::string>& args) {
  static int counter = 0;
  const std::string stem = "concord-serve-" + std::to_string(++counter);
  out_file_ = tmp.path() / (stem + ".out");
  err_file_ = tmp.path() / (stem + ".err");
  const std::string binary = BinaryPath("concord-serve");
  std::vector<std::string> store{binary};
  store.insert(store.end(), args.begin(), args.end());
  store.insert(store.end(), {"--port", "0"});
  std::vector<char*> argv;
  for (std::string& a : store) argv.push_back(a.data());
  argv.push_back(nullptr);

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, out_file_.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                   0644);
  posix_spawn_file_actions_addopen(&actions, 2, err_file_.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                   0644);
  int rc = posix_spawn(&pid_, binary.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) throw std::runtime_error("cannot start " + binary);

  const std::string marker = "listening on http://";
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (std::chrono::steady_clock::now() < deadline) {
    std::string out = Slurp(out_file_);
    if (size_t at = out.find(marker);
        at != std::string::npos && out.find('\n', at) != std::string::npos) {
      size_t colon = out.find(':', at + marker.size());
      port_ = std::stoi(out.substr(colon + 1));
      return;
    }
    int status = 0;
    if (waitpid(pid_, &status, WNOHANG) == pid_) {
      pid_ = -1;
      throw std::runtime_error("concord-serve exited with code " +
                               std::to_string(ExitCode(status)) +
                               " before listening: " + Slurp(err_file_));
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  Stop();
  throw std::runtime_error("concord-serve did not listen within a minute: " + Slurp(err_file_));
}

ServerProcess::~ServerProcess() {
  if (pid_ <= 0) return;
  // A destructor cannot throw: a sanitizer finding fails the test from here.
  if (Terminate() == kSanitizerExitCode) {
    FAIL_CHECK("concord-serve ended with a sanitizer finding:\n" << Log());
  }
}

std::string ServerProcess::url() const { return "http://127.0.0.1:" + std::to_string(port_); }

std::unique_ptr<httplib::Client> ServerProcess::Client() const {
  auto client = std::make_unique<httplib::Client>("127.0.0.1", port_);
  client->set_connection_timeout(10);
  client->set_read_timeout(60);
  client->set_write_timeout(60);
  return client;
}

int ServerProcess::Stop() {
  const int exit_code = Terminate();
  if (exit_code == kSanitizerExitCode) {
    throw std::runtime_error("concord-serve ended with a sanitizer finding:\n" + Log());
  }
  return exit_code;
}

int ServerProcess::Terminate() {
  if (pid_ <= 0) return -1;
  kill(pid_, SIGTERM);
  int status = 0;
  waitpid(pid_, &status, 0);
  pid_ = -1;
  return ExitCode(status);
}

std::string ServerProcess::Log() const { return Slurp(err_file_); }

std::string WriteToken(const fs::path& path) {
  std::random_device rd;
  std::string token;
  const char* hex = "0123456789abcdef";
  for (int i = 0; i < 32; ++i) token.push_back(hex[rd() % 16]);
  WriteFile(path, token + "\n");
  return token;
}

std::string UrlEncode(std::string_view text) {
  std::string out;
  for (unsigned char c : text) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out.push_back(static_cast<char>(c));
    } else {
      char buf[4];
      std::snprintf(buf, sizeof buf, "%%%02X", c);
      out += buf;
    }
  }
  return out;
}

}  // namespace concord::test
