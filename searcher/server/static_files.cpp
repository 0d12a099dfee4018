#include "searcher/server/static_files.h"

#include <algorithm>
#include <fstream>
#include <iterator>

#include "common/error.h"

namespace concord::server {

namespace fs = std::filesystem;

namespace {

bool IsInside(const fs::path& root, const fs::path& file) {
  auto r = root.begin();
  auto f = file.begin();
  for (; r != root.end(); ++r, ++f) {
    if (f == file.end() || *r != *f) return false;
  }
  return true;
}

}  // namespace

std::optional<fs::path> ResolveStaticPath(const fs::path& web_root, std::string_view url_path) {
  if (url_path.find('\0') != std::string_view::npos ||
      url_path.find('\\') != std::string_view::npos) {
    return std::nullopt;
  }
  std::string relative(url_path);
  if (relative.empty() || relative.back() == '/') relative += "index.html";
  fs::path candidate = web_root;
  for (size_t start = 0; start < relative.size();) {
    size_t end = std::min(relative.find('/', start), relative.size());
    std::string_view segment = std::string_view(relative).substr(start, end - start);
    if (!segment.empty()) {
      if (segment.front() == '.') return std::nullopt;  // "..", ".", hidden files
      candidate /= segment;
    }
    start = end + 1;
  }
  std::error_code ec;
  fs::path root = fs::canonical(web_root, ec);
  if (ec) return std::nullopt;
  fs::path file = fs::canonical(candidate, ec);
  if (ec || !IsInside(root, file) || !fs::is_regular_file(file, ec)) return std::nullopt;
  return file;
}

std::string ContentTypeFor(const fs::path& file) {
  static const std::pair<const char*, const char*> kTypes[] = {
      {".html", "text/html; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".json", "application/json; charset=utf-8"},
      {".map", "application/json; charset=utf-8"},
      {".txt", "text/plain; charset=utf-8"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".jpg", "image/jpeg"},
      {".ico", "image/x-icon"},
      {".woff2", "font/woff2"},
  };
  const std::string ext = file.extension().string();
  for (const auto& [known, type] : kTypes) {
    if (ext == known) return type;
  }
  return "application/octet-stream";
}

std::string ReadWholeFile(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw Error(Status::Code::kIOError, "cannot read " + file.string());
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace concord::server
