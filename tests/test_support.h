// Helpers shared by concord's tests: temporary directories, running the built
// binaries as processes, and the locations of the real data sets.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace concord::test {

// A fresh directory under the system temp dir, removed with its contents on
// destruction. Each test makes its own: tests never share paths.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::string operator/(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

struct ProcessResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// The exit code of a process that ASan, UBSan or LSan stopped: the asan
// preset's tests run with it in ASAN_OPTIONS/UBSAN_OPTIONS (CONCORD_SANITIZER_ENV).
// Run, Wait and Poll throw when a child ends with it or reports a finding on
// stderr, so the test fails whatever exit code it expected.
inline constexpr int kSanitizerExitCode = CONCORD_SANITIZER_EXIT_CODE;

// True in the asan preset. Peak-RSS bounds are checked only without it: ASan
// keeps up to 256 MB of freed blocks in quarantine and adds shadow memory, so
// the resident size there says nothing about the code under test.
#ifdef CONCORD_SANITIZED
inline constexpr bool kSanitized = true;
#else
inline constexpr bool kSanitized = false;
#endif

// Runs a built binary (concord-index, concord-search, ...) with args, no
// shell involved; stdin is stdin_text. Blocks until it exits.
ProcessResult Run(const std::string& binary, const std::vector<std::string>& args,
                  const std::string& stdin_text = "");

// Starts a binary in the background (stdout and stderr to the given files,
// or /dev/null when empty) and returns its pid.
int Spawn(const std::string& binary, const std::vector<std::string>& args,
          const std::string& out_file = "", const std::string& err_file = "");
// Waits for a spawned process; returns its exit code (128 + signal if killed).
int Wait(int pid);
// Its exit code if the spawned process has ended (it is then reaped), or
// nothing while it runs.
std::optional<int> Poll(int pid);

// Absolute path of a built binary by name.
std::string BinaryPath(const std::string& name);

// The project source tree, and ../shared/data beside it.
std::filesystem::path SourceDir();
std::filesystem::path SharedDataDir();

// Writes text to path (creating folders).
void WriteFile(const std::filesystem::path& path, const std::string& text);

}  // namespace concord::test
