#include "tests/test_support.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <random>
#include <stdexcept>
#include <string_view>
#include <thread>

extern char** environ;

namespace concord::test {

namespace fs = std::filesystem;

TempDir::TempDir() {
  std::random_device rd;
  for (int attempt = 0; attempt < 100; ++attempt) {
    fs::path p = fs::temp_directory_path() / ("concord-test-" + std::to_string(rd()));
    if (fs::create_directory(p)) {
      path_ = p;
      return;
    }
  }
  throw std::runtime_error("cannot create a temporary directory");
}

TempDir::~TempDir() {
  std::error_code ec;
  fs::remove_all(path_, ec);
}

namespace {

std::string ReadAll(int fd) {
  std::string out;
  char buf[65536];
  ssize_t n;
  while ((n = read(fd, buf, sizeof buf)) > 0) out.append(buf, static_cast<size_t>(n));
  return out;
}

// posix_spawn of binary with argv = {binary, args...} and the given file actions.
int SpawnWith(const std::string& binary, const std::vector<std::string>& args,
              const posix_spawn_file_actions_t* actions, pid_t* pid) {
  std::vector<std::string> argv_store{binary};
  argv_store.insert(argv_store.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& a : argv_store) argv.push_back(a.data());
  argv.push_back(nullptr);
  return posix_spawn(pid, binary.c_str(), actions, nullptr, argv.data(), environ);
}

int ExitCode(int status) {
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

// Throws when a child was stopped by a sanitizer or printed a report (err is
// its stderr when the caller has it): the report becomes the test's failure.
void ThrowOnSanitizerFinding(const std::string& what, int exit_code, const std::string& err = "") {
  static constexpr std::string_view kReports[] = {"ERROR: AddressSanitizer", "ERROR: LeakSanitizer",
                                                  ": runtime error: "};
  bool found = exit_code == kSanitizerExitCode;
  for (std::string_view report : kReports) found = found || err.find(report) != std::string::npos;
  if (!found) return;
  throw std::runtime_error(what + " ended with a sanitizer finding (exit code " +
                           std::to_string(exit_code) + ")" +
                           (err.empty() ? std::string() : ":\n" + err));
}

}  // namespace

ProcessResult Run(const std::string& binary, const std::vector<std::string>& args,
                  const std::string& stdin_text) {
  signal(SIGPIPE, SIG_IGN);  // a child that exits early must not kill the test
  int in_pipe[2], out_pipe[2], err_pipe[2];
  if (pipe(in_pipe) || pipe(out_pipe) || pipe(err_pipe)) throw std::runtime_error("pipe failed");
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, in_pipe[0], 0);
  posix_spawn_file_actions_adddup2(&actions, out_pipe[1], 1);
  posix_spawn_file_actions_adddup2(&actions, err_pipe[1], 2);
  for (int fd : {in_pipe[0], in_pipe[1], out_pipe[0], out_pipe[1], err_pipe[0], err_pipe[1]}) {
    posix_spawn_file_actions_addclose(&actions, fd);
  }
  pid_t pid;
  int rc = SpawnWith(binary, args, &actions, &pid);
  posix_spawn_file_actions_destroy(&actions);
  close(in_pipe[0]);
  close(out_pipe[1]);
  close(err_pipe[1]);
  if (rc != 0) {
    close(in_pipe[1]);
    close(out_pipe[0]);
    close(err_pipe[0]);
    throw std::runtime_error("cannot start " + binary);
  }
  std::thread writer([&] {
    size_t off = 0;
    while (off < stdin_text.size()) {
      ssize_t n = write(in_pipe[1], stdin_text.data() + off, stdin_text.size() - off);
      if (n <= 0) break;
      off += static_cast<size_t>(n);
    }
    close(in_pipe[1]);
  });
  ProcessResult result;
  std::thread err_reader([&] { result.err = ReadAll(err_pipe[0]); });
  result.out = ReadAll(out_pipe[0]);
  err_reader.join();
  writer.join();
  close(out_pipe[0]);
  close(err_pipe[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  result.exit_code = ExitCode(status);
  ThrowOnSanitizerFinding(binary, result.exit_code, result.err);
  return result;
}

int Spawn(const std::string& binary, const std::vector<std::string>& args,
          const std::string& out_file, const std::string& err_file) {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, out_file.empty() ? "/dev/null" : out_file.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&actions, 2, err_file.empty() ? "/dev/null" : err_file.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0644);
  pid_t pid;
  int rc = SpawnWith(binary, args, &actions, &pid);
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) throw std::runtime_error("cannot start " + binary);
  return pid;
}

int Wait(int pid) {
  int status = 0;
  waitpid(pid, &status, 0);
  const int exit_code = ExitCode(status);
  ThrowOnSanitizerFinding("process " + std::to_string(pid), exit_code);
  return exit_code;
}

std::optional<int> Poll(int pid) {
  int status = 0;
  if (waitpid(pid, &status, WNOHANG) != pid) return std::nullopt;
  const int exit_code = ExitCode(status);
  ThrowOnSanitizerFinding("process " + std::to_string(pid), exit_code);
  return exit_code;
}

std::string BinaryPath(const std::string& name) { return std::string(CONCORD_BIN_DIR) + "/" + name; }

fs::path SourceDir() { return CONCORD_SOURCE_DIR; }

fs::path SharedDataDir() { return fs::weakly_canonical(CONCORD_SHARED_DATA_DIR); }

void WriteFile(const fs::path& path, const std::string& text) {
  if (path.has_parent_path()) fs::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary);
  out << text;
}

}  // namespace concord::test
