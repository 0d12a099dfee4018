// concord-serve under bad input: every refusal has the right status and a JSON
// {"error": ...} that says what to do; nothing outside the web root is served.
#include <httplib.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "tests/server_process.h"
#include "tests/test_support.h"

using namespace concord::test;
using nlohmann::json;

namespace {

// A server over a new, empty index (created because writes are enabled), with
// a web root of its own and a secret file next to it.
struct Fixture {
  TempDir tmp;
  std::string token = WriteToken(tmp.path() / "token");
  std::string web = (WriteWebRoot(tmp), tmp / "web");
  ServerProcess server{tmp,
                       {"--db", tmp / "index", "--token-file", tmp / "token", "--web-root", web}};
  std::unique_ptr<httplib::Client> client = server.Client();

  static int WriteWebRoot(const TempDir& tmp) {
    WriteFile(tmp.path() / "web" / "index.html", "<!doctype html><div data-concord-search></div>");
    WriteFile(tmp.path() / "web" / "concord-widget.js", "window.Concord = {};");
    WriteFile(tmp.path() / "secret.txt", "the token is not here but this must stay private");
    return 0;
  }
};

// The error message of a JSON error answer with the expected status.
std::string ErrorOf(const httplib::Result& res, int status) {
  REQUIRE(res);
  INFO(res->body);
  CHECK(res->status == status);
  CHECK(res->get_header_value("Content-Type") == "application/json; charset=utf-8");
  json body = json::parse(res->body);
  REQUIRE(body.contains("error"));
  return body["error"];
}

const char* kDoc = R"({"title": "Rajin port reopens", "body": "Coal for Russia again."})";

}  // namespace

TEST_CASE("concord-serve: writes without the right token are 401", "[server][http]") {
  Fixture f;
  std::string missing = ErrorOf(f.client->Put("/api/doc/rajin", kDoc, "application/json"), 401);
  CHECK(missing.find("Authorization: Bearer") != std::string::npos);
  auto wrong = f.client->Put("/api/doc/rajin", {{"Authorization", "Bearer " + f.token + "x"}}, kDoc,
                             "application/json");
  CHECK(ErrorOf(wrong, 401).find("wrong token") != std::string::npos);
  CHECK(wrong->get_header_value("WWW-Authenticate") == "Bearer realm=\"concord\"");
  auto basic = f.client->Delete("/api/doc/rajin", {{"Authorization", "Basic " + f.token}});
  ErrorOf(basic, 401);
  // Nothing was written by the refused requests.
  ErrorOf(f.client->Get("/api/doc/rajin"), 404);
  auto right = f.client->Put("/api/doc/rajin", {{"Authorization", "Bearer " + f.token}}, kDoc,
                             "application/json");
  REQUIRE(right);
  CHECK(right->status == 201);
}

TEST_CASE("concord-serve: without --token-file writes are 403", "[server][http]") {
  TempDir tmp;
  auto r = Run(BinaryPath("concord-index"),
               {"--db", tmp / "index", "--quiet", (SourceDir() / "corpus/seeds").string()});
  REQUIRE(r.exit_code == 0);
  ServerProcess server(tmp, {"--db", tmp / "index"});
  auto client = server.Client();
  std::string message =
      ErrorOf(client->Put("/api/doc/x", {{"Authorization", "Bearer anything-at-all-here"}}, kDoc,
                          "application/json"),
              403);
  CHECK(message.find("--token-file") != std::string::npos);
  ErrorOf(client->Delete("/api/doc/x"), 403);
}

TEST_CASE("concord-serve: a missing index is an error without a token", "[server][http]") {
  TempDir tmp;
  auto r = Run(BinaryPath("concord-serve"), {"--db", tmp / "nothing-here", "--port", "0"});
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("no index at") != std::string::npos);
  CHECK(r.err.find("concord-index --db") != std::string::npos);
}

TEST_CASE("concord-serve: malformed or mistyped JSON is 400 with the reason", "[server][http]") {
  Fixture f;
  httplib::Headers auth = {{"Authorization", "Bearer " + f.token}};
  std::string reason =
      ErrorOf(f.client->Put("/api/doc/a", auth, R"({"title": "Rajin", )", "application/json"), 400);
  CHECK(reason.find("malformed JSON") != std::string::npos);
  CHECK(reason.find("line 1, column 20") != std::string::npos);
  CHECK(reason.find("json.exception") == std::string::npos);

  CHECK(ErrorOf(f.client->Put("/api/doc/a", auth, "", "application/json"), 400)
            .find("empty request body") != std::string::npos);
  CHECK(ErrorOf(f.client->Put("/api/doc/a", auth, "[1, 2]", "application/json"), 400)
            .find("JSON object") != std::string::npos);
  CHECK(ErrorOf(f.client->Put("/api/doc/a", auth, R"({"authors": 5})", "application/json"), 400)
            .find("authors") != std::string::npos);
}

TEST_CASE("concord-serve: bodies over the limit are 413", "[server][http]") {
  Fixture f;
  httplib::Headers auth = {{"Authorization", "Bearer " + f.token}};
  const std::string big = json{{"title", "big"}, {"body", std::string(10 << 20, 'a')}}.dump();
  std::string message = ErrorOf(f.client->Put("/api/doc/big", auth, big, "application/json"), 413);
  CHECK(message.find("1048576 bytes") != std::string::npos);
  // The server is fine afterwards, and nothing was stored.
  ErrorOf(f.client->Get("/api/doc/big"), 404);
}

TEST_CASE("concord-serve: paths with .. never leave the web root", "[server][http]") {
  Fixture f;
  auto page = f.client->Get("/");
  REQUIRE(page);
  CHECK(page->status == 200);
  CHECK(page->get_header_value("Content-Type") == "text/html; charset=utf-8");
  CHECK(page->body.find("data-concord-search") != std::string::npos);
  auto js = f.client->Get("/concord-widget.js");
  REQUIRE(js);
  CHECK(js->get_header_value("Content-Type") == "text/javascript; charset=utf-8");

  for (const char* path :
       {"/../secret.txt", "/%2e%2e/secret.txt", "/..%2fsecret.txt", "/web/../../secret.txt",
        "/./index.html", "/%2E%2E/%2E%2E/etc/passwd", "/..", "/.token"}) {
    INFO(path);
    auto res = f.client->Get(path);
    ErrorOf(res, 404);
    CHECK(res->body.find("private") == std::string::npos);
  }
  // Unknown API paths are JSON 404s too, not files.
  CHECK(ErrorOf(f.client->Get("/api/nothing"), 404).find("/api/search") != std::string::npos);
}

TEST_CASE("concord-serve: search parameters are limited", "[server][http]") {
  Fixture f;
  auto huge = f.client->Get("/api/search?q=Rajin&limit=1000000000");
  REQUIRE(huge);
  CHECK(huge->status == 200);
  CHECK(json::parse(huge->body)["limit"] == 100);
  CHECK(json::parse(f.client->Get("/api/search?q=Rajin&limit=-3")->body)["limit"] == 0);

  ErrorOf(f.client->Get(("/api/search?q=" + std::string(5000, 'a')).c_str()), 414);
  CHECK(ErrorOf(f.client->Get("/api/search?q=Rajin&limit=ten"), 400).find("whole number") !=
        std::string::npos);
  CHECK(ErrorOf(f.client->Get("/api/search?q=Rajin&sort=size"), 400).find("relevance or date") !=
        std::string::npos);
  CHECK(ErrorOf(f.client->Get("/api/search?q=Rajin&from=2014-13"), 400).find("not a date") !=
        std::string::npos);
  CHECK(ErrorOf(f.client->Get("/api/search?q=Rajin&facets=colour"), 400).find("unknown facet") !=
        std::string::npos);
}

TEST_CASE("concord-serve: CORS headers only with --cors-origin", "[server][http]") {
  Fixture f;
  auto plain = f.client->Get("/api/health");
  REQUIRE(plain);
  CHECK_FALSE(plain->has_header("Access-Control-Allow-Origin"));
  ErrorOf(f.client->Options("/api/search"), 404);

  ServerProcess cors(f.tmp, {"--db", f.tmp / "index", "--cors-origin", "https://news.example.org"});
  auto client = cors.Client();
  auto res = client->Get("/api/health");
  REQUIRE(res);
  CHECK(res->get_header_value("Access-Control-Allow-Origin") == "https://news.example.org");
  auto preflight = client->Options("/api/doc/x", {{"Origin", "https://news.example.org"},
                                                  {"Access-Control-Request-Method", "PUT"}});
  REQUIRE(preflight);
  CHECK(preflight->status == 204);
  CHECK(preflight->get_header_value("Access-Control-Allow-Origin") == "https://news.example.org");
  CHECK(preflight->get_header_value("Access-Control-Allow-Methods").find("PUT") !=
        std::string::npos);
  CHECK(preflight->get_header_value("Access-Control-Allow-Headers").find("Authorization") !=
        std::string::npos);
}
