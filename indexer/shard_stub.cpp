#include "indexer/shard_stub.h"

#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "common/error.h"

namespace concord {

namespace fs = std::filesystem;

namespace {

// A single-file glass database starts with this magic, a stub with text.
bool IsSingleFileDatabase(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  char magic[9] = {};
  return in.read(magic, sizeof magic) && std::memcmp(magic, "\x0f\x0dXapian ", 9) == 0;
}

[[noreturn]] void BadLine(const std::string& file, int line, const std::string& why) {
  throw Error(Status::Code::kInvalidArgument,
              file + ":" + std::to_string(line) + ": " + why +
                  "; a stub lists one database a line: 'auto PATH', 'remote HOST:PORT' or "
                  "'remote :PROGRAM ARGS' (docs/scaling.md)");
}

// "HOST:PORT" or "[IPv6]:PORT".
void ParseHostPort(const std::string& file, StubEntry* entry, std::string target) {
  const size_t colon = target.rfind(':');
  if (colon == std::string::npos || colon + 1 == target.size()) {
    BadLine(file, entry->line, "remote shard '" + target + "' has no port");
  }
  const std::string port = target.substr(colon + 1);
  if (port.find_first_not_of("0123456789") != std::string::npos || port.size() > 5 ||
      std::stoul(port) == 0 || std::stoul(port) > 65535) {
    BadLine(file, entry->line, "'" + port + "' is not a TCP port");
  }
  std::string host = target.substr(0, colon);
  if (host.size() >= 2 && host.front() == '[' && host.back() == ']') {
    host = host.substr(1, host.size() - 2);
  }
  if (host.empty()) BadLine(file, entry->line, "remote shard '" + target + "' has no host");
  entry->kind = StubEntry::Kind::kRemoteTcp;
  entry->host = host;
  entry->port = static_cast<unsigned>(std::stoul(port));
}

}  // namespace

std::string StubFileOf(const std::string& path) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    fs::path stub = fs::path(path) / "XAPIANDB";
    return fs::is_regular_file(stub, ec) ? stub.string() : "";
  }
  if (fs::is_regular_file(path, ec) && !IsSingleFileDatabase(path)) return path;
  return "";
}

std::vector<StubEntry> ReadStub(const std::string& stub_file) {
  std::ifstream in(stub_file);
  if (!in) {
    throw Error(Status::Code::kNotFound,
                "cannot read the stub file " + stub_file + ": " + std::strerror(errno));
  }
  const fs::path folder = fs::absolute(stub_file).parent_path();
  std::vector<StubEntry> entries;
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    StubEntry entry;
    entry.line = number;
    entry.text = line;
    const size_t space = line.find(' ');
    const std::string type = line.substr(0, space);
    std::string rest = space == std::string::npos ? "" : line.substr(space + 1);
    if (type == "auto" || type == "glass") {
      if (rest.empty()) BadLine(stub_file, number, "'" + type + "' needs a path");
      fs::path p(rest);
      entry.path = (p.is_absolute() ? p : folder / p).lexically_normal().string();
    } else if (type == "remote" && !rest.empty() && rest[0] == ':') {
      const size_t gap = rest.find(' ');
      entry.kind = StubEntry::Kind::kRemoteProgram;
      entry.program = rest.substr(1, gap == std::string::npos ? std::string::npos : gap - 1);
      if (gap != std::string::npos) entry.args = rest.substr(gap + 1);
      if (entry.program.empty()) BadLine(stub_file, number, "'remote :' needs a program");
    } else if (type == "remote") {
      if (rest.rfind("tcp ", 0) == 0) rest = rest.substr(4);
      ParseHostPort(stub_file, &entry, rest);
    } else {
      BadLine(stub_file, number, "unknown database type '" + type + "'");
    }
    entries.push_back(std::move(entry));
  }
  return entries;
}

void WriteLocalStub(const std::string& stub_file, const std::vector<std::string>& paths,
                    const std::string& comment) {
  const std::string tmp = stub_file + ".tmp-" + std::to_string(getpid());
  {
    std::ofstream out(tmp, std::ios::trunc);
    out << "# " << comment << "\n";
    for (const std::string& p : paths) out << "auto " << p << "\n";
    out.flush();
    if (!out) {
      std::error_code ec;
      fs::remove(tmp, ec);
      throw Error(Status::Code::kIOError, "cannot write " + tmp + ": " + std::strerror(errno));
    }
  }
  if (std::rename(tmp.c_str(), stub_file.c_str()) != 0) {
    const std::string why = std::strerror(errno);
    std::error_code ec;
    fs::remove(tmp, ec);
    throw Error(Status::Code::kIOError, "cannot replace " + stub_file + ": " + why);
  }
}

std::string DescribeEntry(const std::string& stub_file, const StubEntry& entry, size_t index,
                          size_t count) {
  return "shard " + std::to_string(index + 1) + " of " + std::to_string(count) + " (" + stub_file +
         " line " + std::to_string(entry.line) + ": " + entry.text + ")";
}

}  // namespace concord
