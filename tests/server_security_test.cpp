// The security promises of docs/security.md, checked on the real concord-serve:
// it listens on loopback unless told otherwise, serves nothing outside its web
// root, returns no document text as HTML except the snippet's <b>, and lets no
// request path or parameter name a file or an index.
#include <httplib.h>

#include <catch2/catch.hpp>
#include <cstring>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "tests/server_process.h"
#include "tests/test_support.h"

using namespace concord::test;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

httplib::Headers Bearer(const std::string& token) { return {{"Authorization", "Bearer " + token}}; }

// The local addresses (as /proc/net/tcp* print them) of sockets listening on port.
std::vector<std::string> ListeningAddresses(int port) {
  std::vector<std::string> addresses;
  for (const char* table : {"/proc/net/tcp", "/proc/net/tcp6"}) {
    std::ifstream in(table);
    std::string line;
    std::getline(in, line);  // header
    while (std::getline(in, line)) {
      std::istringstream fields(line);
      std::string slot, local, remote, state;
      fields >> slot >> local >> remote >> state;
      const size_t colon = local.rfind(':');
      if (state != "0A" || colon == std::string::npos) continue;  // 0A: LISTEN
      if (std::stoi(local.substr(colon + 1), nullptr, 16) == port) {
        addresses.push_back(local.substr(0, colon));
      }
    }
  }
  return addresses;
}

// Every path under root, except those under skip.
std::set<std::string> FilesUnder(const fs::path& root, const fs::path& skip) {
  std::set<std::string> files;
  for (auto it = fs::recursive_directory_iterator(root); it != fs::recursive_directory_iterator();
       ++it) {
    if (it->path() == skip) {
      it.disable_recursion_pending();
      continue;
    }
    files.insert(it->path().string());
  }
  return files;
}

}  // namespace

TEST_CASE("concord-serve: listens on 127.0.0.1 unless --bind says otherwise",
          "[server][http][security]") {
  TempDir tmp;
  auto r = Run(BinaryPath("concord-index"),
               {"--db", tmp / "index", "--quiet", (SourceDir() / "corpus/seeds").string()});
  REQUIRE(r.exit_code == 0);
  ServerProcess server(tmp, {"--db", tmp / "index"});  // no --bind
  const std::vector<std::string> addresses = ListeningAddresses(server.port());
  REQUIRE(addresses.size() == 1);
  CHECK(addresses.front() == "0100007F");  // 127.0.0.1, in /proc's byte order
}

TEST_CASE("concord-serve: static files never come from outside the web root",
          "[server][http][security]") {
  TempDir tmp;
  WriteFile(tmp.path() / "web" / "index.html", "<!doctype html><p>widget</p>");
  WriteFile(tmp.path() / "secret.txt", "private: outside the web root");
  fs::create_directory_symlink(tmp.path(), tmp.path() / "web" / "up");
  fs::create_symlink(tmp.path() / "secret.txt", tmp.path() / "web" / "linked.txt");
  std::string token = WriteToken(tmp.path() / "token");
  ServerProcess server(
      tmp, {"--db", tmp / "index", "--token-file", tmp / "token", "--web-root", tmp / "web"});
  auto client = server.Client();
  REQUIRE(client->Get("/")->status == 200);
  const std::string absolute = (tmp.path() / "secret.txt").string();
  for (const std::string& path :
       {std::string("/up/secret.txt"), std::string("/linked.txt"), "/" + absolute,
        "/" + UrlEncode(absolute), std::string("//etc/passwd"), std::string("/%2Fetc%2Fpasswd"),
        std::string("/index.html%00.txt"), std::string("/%00"), std::string("/..%5Csecret.txt"),
        std::string("/%2e%2e/secret.txt"), std::string("/.%2e/secret.txt"),
        std::string("/up/../secret.txt"), std::string("/token")}) {
    INFO(path);
    auto res = client->Get(path.c_str());
    REQUIRE(res);
    CHECK((res->status == 404 || res->status == 400));
    CHECK(res->body.find("private") == std::string::npos);
  }
}

TEST_CASE("concord-serve: document text comes back escaped, with <b> the only markup",
          "[server][http][security]") {
  TempDir tmp;
  std::string token = WriteToken(tmp.path() / "token");
  ServerProcess server(tmp, {"--db", tmp / "index", "--token-file", tmp / "token"});
  auto client = server.Client();
  const json doc = {
      {"title", "<script>alert('title')</script> Rajin"},
      {"authors", {"<img src=x onerror=alert(1)>"}},
      {"body",
       "Rajin port <img src=x onerror=alert(1)> reopens </b><script>alert(2)</script> & "
       "\"quoted\" <b onmouseover=alert(3)>Rajin</b> <!-- c --> <![CDATA[x]]> Rajin."}};
  auto put = client->Put("/api/doc/hostile", Bearer(token), doc.dump(), "application/json");
  REQUIRE(put);
  REQUIRE(put->status == 201);

  auto res = client->Get("/api/search?q=Rajin&facets=author");
  REQUIRE(res);
  REQUIRE(res->status == 200);
  CHECK(res->get_header_value("Content-Type") == "application/json; charset=utf-8");
  CHECK(res->get_header_value("X-Content-Type-Options") == "nosniff");
  const json hit = json::parse(res->body)["results"].at(0);
  std::string snippet = hit["snippet"];
  INFO(snippet);
  CHECK(snippet.find("<b>Rajin</b>") != std::string::npos);
  CHECK(snippet.find("&lt;img") != std::string::npos);
  for (const char* tag : {"<b>", "</b>"}) {
    for (size_t at; (at = snippet.find(tag)) != std::string::npos;) snippet.erase(at, strlen(tag));
  }
  CHECK(snippet.find('<') == std::string::npos);
  CHECK(snippet.find('>') == std::string::npos);
  CHECK(snippet.find('"') == std::string::npos);
  // Titles and authors are data, never HTML: they come back as they were given,
  // inside JSON, for the widget to set as text.
  CHECK(hit["title"] == doc["title"]);

  // Errors echo the request only inside JSON, never as a page.
  auto missing = client->Get("/api/doc/%3Cscript%3Ealert(1)%3C%2Fscript%3E");
  REQUIRE(missing);
  CHECK(missing->status == 404);
  CHECK(missing->get_header_value("Content-Type") == "application/json; charset=utf-8");
  CHECK(missing->get_header_value("X-Content-Type-Options") == "nosniff");
}

TEST_CASE("concord-serve: no request path or parameter names a file or an index",
          "[server][http][security]") {
  TempDir tmp;
  std::string token = WriteToken(tmp.path() / "token");
  const fs::path index = tmp.path() / "index";
  ServerProcess server(tmp, {"--db", index.string(), "--token-file", tmp / "token"});
  auto client = server.Client();
  const json doc = {{"title", "Rajin"}, {"body", "Coal for Russia through Rajin."}};
  REQUIRE(client->Put("/api/doc/first", Bearer(token), doc.dump(), "application/json")->status ==
          201);
  const std::set<std::string> before = FilesUnder(tmp.path(), index);
  const json plain = json::parse(client->Get("/api/search?q=Rajin")->body);

  // Ids that look like paths are ids: stored, found and deleted as ids.
  const std::string absolute = (tmp.path() / "pwned-absolute").string();
  for (const std::string& id : {std::string("../../pwned-relative"), absolute,
                                std::string("../index/postlist.glass"), std::string("index")}) {
    INFO(id);
    const std::string path = "/api/doc/" + UrlEncode(id);
    auto put = client->Put(path.c_str(), Bearer(token), doc.dump(), "application/json");
    REQUIRE(put);
    CHECK(put->status == 201);
    auto got = client->Get(path.c_str());
    REQUIRE(got);
    CHECK(got->status == 200);
    CHECK(json::parse(got->body)["id"] == id);
    CHECK(client->Delete(path.c_str(), Bearer(token))->status == 200);
  }
  // Parameters that would name an index elsewhere are ignored.
  for (const std::string& extra :
       {"&db=" + UrlEncode(tmp / "other"), "&index=" + UrlEncode(tmp / "other"),
        std::string("&db=..%2F..&path=%2Fetc"), "&stub=" + UrlEncode(tmp / "stub")}) {
    INFO(extra);
    auto res = client->Get(("/api/search?q=Rajin" + extra).c_str());
    REQUIRE(res);
    REQUIRE(res->status == 200);
    CHECK(json::parse(res->body)["total"] == plain["total"]);
  }
  CHECK(FilesUnder(tmp.path(), index) == before);
  CHECK_FALSE(fs::exists(absolute));
  CHECK_FALSE(fs::exists(tmp / "other"));
  CHECK(server.Stop() == 0);
}
