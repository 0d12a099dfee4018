// A concord-serve process for black-box tests: started on a free loopback
// port, talked to over real HTTP, stopped with SIGTERM like an operator would.
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "tests/test_support.h"

namespace httplib {
class Client;
}

namespace concord::test {

class ServerProcess {
 public:
  // Starts concord-serve with args and --port 0, and waits (up to a minute)
  // for its "listening on" line. Throws with the server's stderr when it exits
  // or never listens. Output files go to tmp.
  ServerProcess(const TempDir& tmp, const std::vector<std::string>& args);
  // Stops the server (SIGTERM) if it is still running; a sanitizer finding
  // in it fails the current test.
  ~ServerProcess();
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  int port() const { return port_; }
  // "http://127.0.0.1:PORT"
  std::string url() const;
  // A client for this server with short timeouts.
  std::unique_ptr<httplib::Client> Client() const;
  // Sends SIGTERM and returns the exit code; throws on a sanitizer finding.
  int Stop();
  // What the server wrote to stderr so far (startup lines, access log).
  std::string Log() const;

 private:
  // SIGTERM, wait, and the exit code (-1 when not running).
  int Terminate();

  pid_t pid_ = -1;
  int port_ = 0;
  std::filesystem::path out_file_;
  std::filesystem::path err_file_;
};

// Writes a random token of 32 hex digits to path and returns it.
std::string WriteToken(const std::filesystem::path& path);

// Percent-encodes every byte outside A-Z a-z 0-9 - _ . ~ (so '/' becomes %2F).
std::string UrlEncode(std::string_view text);

}  // namespace concord::test
