#include "common/data_dir.h"

#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <vector>

#include "common/error.h"

namespace concord {
namespace fs = std::filesystem;

namespace {

std::string FindDataDir() {
  std::vector<fs::path> candidates;
  if (const char* env = std::getenv("CONCORD_DATA_DIR"); env && *env) candidates.emplace_back(env);
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) candidates.push_back(exe.parent_path().parent_path() / "share" / "concord");
  candidates.emplace_back(CONCORD_SOURCE_DATA_DIR);
  candidates.emplace_back(CONCORD_INSTALL_DATA_DIR);
  std::string tried;
  for (const fs::path& dir : candidates) {
    if (fs::is_directory(dir / "stopwords", ec)) return dir.string();
    tried += " " + dir.string();
  }
  throw Error(Status::Code::kNotFound,
              "concord data files (stopwords/, gazetteer/) not found; tried:" + tried +
                  ". Set CONCORD_DATA_DIR to the folder that holds them.");
}

}  // namespace

const std::string& DataDir() {
  static std::once_flag once;
  static std::string dir;
  std::call_once(once, [] { dir = FindDataDir(); });
  return dir;
}

}  // namespace concord
