#include "tests/cli_helpers.h"

#include <catch2/catch.hpp>

#include <fstream>

namespace concord::test {

using nlohmann::json;

ProcessResult Index(const std::vector<std::string>& args) {
  std::vector<std::string> all{"--quiet"};
  all.insert(all.end(), args.begin(), args.end());
  return Run(BinaryPath("concord-index"), all);
}

json Status(const std::string& db) {
  auto r = Run(BinaryPath("concord-index"), {"status", "--db", db, "--json"});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  return json::parse(r.out);
}

json Search(const std::string& db, std::vector<std::string> args) {
  args.insert(args.begin(), {"--db", db, "--json"});
  auto r = Run(BinaryPath("concord-search"), args);
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  return json::parse(r.out);
}

std::string Article(const std::string& title, const std::string& body) {
  return title + "\n\nBy Test Author\n\n" + body + "\n";
}

std::set<std::string> WriteKcnaSample(const std::string& path, size_t n) {
  std::ifstream in(SharedDataDir() / "kcna/kcna-2011.jsonl");
  REQUIRE(in);
  std::ofstream out(path);
  std::set<std::string> ids;
  std::string line;
  while (ids.size() < n && std::getline(in, line)) {
    ids.insert(json::parse(line)["id"].get<std::string>());
    out << line << "\n";
  }
  return ids;
}

}  // namespace concord::test
