// Limits of docs/security.md that no other test reaches: the largest file
// concord-index reads, and the request bodies concord-serve accepts. Each is
// answered with an error that names the limit, and nothing else is lost.
#include <httplib.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "tests/cli_helpers.h"
#include "tests/server_process.h"
#include "tests/test_support.h"

using namespace concord::test;
using nlohmann::json;
namespace fs = std::filesystem;

TEST_CASE("concord-index skips files over --max-file-mb and indexes the rest", "[limits][ingest]") {
  TempDir tmp;
  const fs::path root = tmp.path() / "archive";
  WriteFile(root / "small.txt", Article("Rajin port reopens", "Coal for Russia again."));
  // 2 MB of real text: only its size is wrong.
  std::string big = Article("Khasan railway", "");
  while (big.size() < (2u << 20)) big += "The Khasan to Rajin railway carries coal. ";
  WriteFile(root / "big.txt", big);
  // A sparse gigabyte: refused by its size, never read.
  {
    std::ofstream(root / "sparse.txt").put('x');
    fs::resize_file(root / "sparse.txt", 1ull << 30);
  }
  const std::string db = tmp / "index";

  auto r = Index({"--db", db, "--max-file-mb", "1", root.string()});
  INFO(r.err);
  CHECK(r.exit_code == 1);  // done, but something was skipped
  CHECK_THAT(r.err, Catch::Contains("big.txt: file of 2 MB is larger than the limit of 1 MB "
                                    "(--max-file-mb)"));
  CHECK_THAT(r.err, Catch::Contains("sparse.txt: file of 1024 MB is larger than the limit"));
  const json status = Status(db);
  CHECK(status["documents"] == 1);
  CHECK(status["last_run_summary"]["failed"] == 2);
  CHECK(Search(db, {"Rajin"})["total"] == 1);

  // The default limit is 256 MB: the 2 MB file goes in, the sparse gigabyte stays out.
  r = Index({"--db", db, root.string()});
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.err, Catch::Contains("larger than the limit of 256 MB"));
  CHECK(Status(db)["documents"] == 2);
}

TEST_CASE("concord-serve: body limits say which limit and what to do", "[limits][server][http]") {
  TempDir tmp;
  const std::string token = WriteToken(tmp.path() / "token");
  ServerProcess server(tmp, {"--db", tmp / "index", "--token-file", tmp / "token"});
  auto client = server.Client();
  const httplib::Headers auth = {{"Authorization", "Bearer " + token}};

  // Just under the 1 MB default: accepted.
  std::string text;
  while (text.size() < 1000000) text += "Rajin port coal ";
  const std::string fits = json{{"title", "Rajin"}, {"body", text}}.dump();
  REQUIRE(fits.size() < (1u << 20));
  auto put = client->Put("/api/doc/fits", auth, fits, "application/json");
  REQUIRE(put);
  CHECK(put->status == 201);

  // The same JSON sent as a form (curl -d's default type) hits cpp-httplib's 8 KB form limit.
  const std::string small = json{{"title", "Rajin"}, {"body", text.substr(0, 10000)}}.dump();
  auto form = client->Put("/api/doc/form", auth, small, "application/x-www-form-urlencoded");
  REQUIRE(form);
  CHECK(form->status == 413);
  CHECK_THAT(form->body,
             Catch::Contains("Content-Type: application/json") && Catch::Contains("8192 bytes"));

  // JSON nested 400,000 deep parses without recursion; a field of the wrong
  // shape is a 400, an unknown one is ignored.
  const size_t depth = 400000;
  const std::string nested = std::string(depth, '[') + std::string(depth, ']');
  auto deep =
      client->Put("/api/doc/deep", auth,
                  R"({"title": "t", "body": "b", "authors": )" + nested + "}", "application/json");
  REQUIRE(deep);
  CHECK(deep->status == 400);
  CHECK_THAT(deep->body, Catch::Contains("authors"));
  auto ignored =
      client->Put("/api/doc/ignored", auth,
                  R"({"title": "t", "body": "b", "extra": )" + nested + "}", "application/json");
  REQUIRE(ignored);
  CHECK(ignored->status == 201);
  auto unclosed =
      client->Put("/api/doc/unclosed", auth, std::string(depth, '['), "application/json");
  REQUIRE(unclosed);
  CHECK(unclosed->status == 400);
  CHECK_THAT(unclosed->body, Catch::Contains("malformed JSON"));

  auto health = client->Get("/api/health");
  REQUIRE(health);
  CHECK(json::parse(health->body)["documents"] == 2);
}
