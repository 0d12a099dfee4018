// bench/gen/concord-gen, the scale corpus generator, run as a process on the
// real KCNA stories: as many documents as asked for, unique ids, dates
// shifted per copy, person names swapped within their gazetteer section, the
// same output for the same arguments, and indexable.
#include <catch2/catch.hpp>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "tests/test_support.h"

namespace fs = std::filesystem;
using concord::test::BinaryPath;
using concord::test::Run;
using concord::test::SharedDataDir;
using concord::test::SourceDir;
using concord::test::TempDir;
using nlohmann::json;

namespace {

constexpr const char* kEnv = "/usr/bin/env";

concord::test::ProcessResult Generate(const std::string& out, size_t count) {
  return Run(kEnv, {"python3", (SourceDir() / "bench/gen/concord-gen").string(), "--quiet", "--out",
                    out, "--count", std::to_string(count), "--per-file", "22500",
                    (SharedDataDir() / "kcna/kcna-2011.jsonl").string(),
                    (SharedDataDir() / "kcna/kcna-2012.jsonl").string()});
}

std::string ReadText(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

}  // namespace

TEST_CASE("concord-gen: a larger corpus from KCNA, new ids, shifted dates, swapped names",
          "[shards][generator]") {
  if (Run(kEnv, {"python3", "--version"}).exit_code != 0) {
    WARN("python3 is not installed; the generator is not tested");
    return;
  }
  TempDir tmp;
  const size_t count = 23000;  // more than the 22,337 stories: a second copy begins
  auto r = Generate(tmp / "gen", count);
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  std::map<std::string, json> originals;
  for (const char* year : {"2011", "2012"}) {
    std::ifstream in(SharedDataDir() / ("kcna/kcna-" + std::string(year) + ".jsonl"));
    std::string line;
    while (std::getline(in, line)) {
      json j = json::parse(line);
      originals[j["id"].get<std::string>()] = j;
    }
  }
  std::set<std::string> ids;
  size_t second_copy = 0, renamed = 0, files = 0;
  for (const auto& entry : fs::directory_iterator(tmp / "gen")) {
    ++files;
    std::ifstream in(entry.path());
    std::string line;
    while (std::getline(in, line)) {
      const json doc = json::parse(line);
      const std::string id = doc["id"];
      CHECK(ids.insert(id).second);
      const size_t dash = id.find('-');
      const json& original = originals.at(id.substr(dash + 1));
      if (id.rfind("gen0-", 0) == 0) {
        CHECK(doc["date"] == original["date"]);
        CHECK(doc["body"] == original["body"]);
        continue;
      }
      REQUIRE(id.rfind("gen1-", 0) == 0);
      ++second_copy;
      CHECK(doc["date"] != original["date"]);
      CHECK(doc["date"].get<std::string>().size() == 10);
      if (doc["body"] != original["body"]) ++renamed;
    }
  }
  CHECK(ids.size() == count);
  CHECK(files == 2);
  CHECK(second_copy == count - originals.size());
  CHECK(renamed > second_copy / 4);  // most KCNA stories name someone

  // The same arguments give the same bytes.
  REQUIRE(Generate(tmp / "again", count).exit_code == 0);
  CHECK(ReadText(tmp / "again/part-00001.jsonl") == ReadText(tmp / "gen/part-00001.jsonl"));
  // A folder that already holds parts is refused.
  CHECK(Generate(tmp / "gen", 10).exit_code != 0);

  // And the generated stories index: 500 of the second copy, in two shards.
  auto indexed = Run(BinaryPath("concord-index"), {"--quiet", "--threads", "2", "--db", tmp / "db",
                                                   (tmp / "gen/part-00001.jsonl")});
  INFO(indexed.err);
  REQUIRE(indexed.exit_code == 0);
  CHECK(indexed.err.find("500 documents in") != std::string::npos);
}
