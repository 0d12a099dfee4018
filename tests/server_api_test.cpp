// Black-box tests of concord-serve's API: the real binary on a loopback port,
// real HTTP through cpp-httplib's client, real Xapian indexes, real KCNA
// stories pushed the way a CMS would push them.
#include <concord/index_writer.h>
#include <httplib.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>
#include <thread>

#include "tests/server_process.h"
#include "tests/test_support.h"

using namespace concord::test;
using nlohmann::json;

namespace {

std::string IndexSeeds(const TempDir& tmp) {
  std::string db = tmp / "index";
  auto r = Run(BinaryPath("concord-index"),
               {"--db", db, "--quiet", (SourceDir() / "corpus/seeds").string()});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  return db;
}

// The first n English KCNA stories of 2012 that have a real title.
std::vector<json> KcnaStories(size_t n) {
  std::ifstream in(SharedDataDir() / "kcna/kcna-2012.jsonl");
  REQUIRE(in);
  std::vector<json> stories;
  std::string line;
  while (stories.size() < n && std::getline(in, line)) {
    json story = json::parse(line);
    std::string title = story.value("title", "");
    if (story.value("lang", "") == "en" && title.size() > 20 && title != "NA") {
      stories.push_back(story);
    }
  }
  REQUIRE(stories.size() == n);
  return stories;
}

httplib::Headers Bearer(const std::string& token) { return {{"Authorization", "Bearer " + token}}; }

json Body(const httplib::Result& res) {
  REQUIRE(res);
  INFO(res->body);
  return json::parse(res->body);
}

json Search(httplib::Client& client, const std::string& query_string) {
  auto res = client.Get(("/api/search?" + query_string).c_str());
  REQUIRE(res);
  INFO(res->body);
  REQUIRE(res->status == 200);
  return json::parse(res->body);
}

std::vector<std::string> ResultIds(const json& response) {
  std::vector<std::string> ids;
  for (const json& hit : response["results"]) ids.push_back(hit["id"]);
  return ids;
}

bool Contains(const std::vector<std::string>& ids, const std::string& id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

}  // namespace

TEST_CASE("concord-serve: the search JSON is the CLI's JSON", "[server][http]") {
  TempDir tmp;
  std::string db = IndexSeeds(tmp);
  ServerProcess server(tmp, {"--db", db});
  auto client = server.Client();

  json health = Body(client->Get("/api/health"));
  CHECK(health["status"] == "ok");
  CHECK(health["documents"] == 5);
  CHECK(health["writes"] == false);

  json http = Search(*client, "q=Choe%20Ryong-hae&facets=author,year&limit=3");
  auto cli = Run(BinaryPath("concord-search"), {"--db", db, "--json", "--facets", "author,year",
                                                "--limit", "3", "Choe Ryong-hae"});
  REQUIRE(cli.exit_code == 0);
  json expected = json::parse(cli.out);
  REQUIRE(http.contains("took_ms"));
  http.erase("took_ms");
  expected.erase("took_ms");
  CHECK(http == expected);
  CHECK(http["results"].size() >= 1);
  CHECK(http["results"][0]["title"] == "Friends in Need: Choe Swoops in on DPRK-Russia Relations");
}

TEST_CASE("concord-serve: push, find, replace, delete, restart", "[server][http]") {
  TempDir tmp;
  std::string db = IndexSeeds(tmp);
  std::string token = WriteToken(tmp.path() / "token");
  std::vector<json> stories = KcnaStories(3);
  // A CMS id with slashes, to show that URL-encoded ids round-trip.
  const std::string slashed_id = "news.example.org/2012/01/" + stories[2]["id"].get<std::string>();
  stories[2]["id"] = "ignored: the id in the path wins";

  auto server = std::make_unique<ServerProcess>(
      tmp, std::vector<std::string>{"--db", db, "--token-file", tmp / "token"});
  auto client = server->Client();
  std::vector<std::string> ids;
  for (size_t i = 0; i < stories.size(); ++i) {
    std::string id = i == 2 ? slashed_id : stories[i]["id"].get<std::string>();
    ids.push_back(id);
    auto res = client->Put(("/api/doc/" + UrlEncode(id)).c_str(), Bearer(token), stories[i].dump(),
                           "application/json");
    REQUIRE(res);
    INFO(res->body);
    CHECK(res->status == 201);
    CHECK(Body(res) == json{{"id", id}, {"result", "added"}});
  }

  SECTION("the same document again is unchanged, an edit replaces it") {
    auto same = client->Put(("/api/doc/" + UrlEncode(ids[0])).c_str(), Bearer(token),
                            stories[0].dump(), "application/json");
    REQUIRE(same);
    CHECK(same->status == 200);
    CHECK(Body(same)["result"] == "unchanged");
    stories[0]["body"] = stories[0]["body"].get<std::string>() + "\n\nCorrection: xqzvbnmrtk.";
    auto edit = client->Put(("/api/doc/" + UrlEncode(ids[0])).c_str(), Bearer(token),
                            stories[0].dump(), "application/json");
    REQUIRE(edit);
    CHECK(edit->status == 200);
    CHECK(Body(edit)["result"] == "replaced");
    CHECK(ResultIds(Search(*client, "q=xqzvbnmrtk")) == std::vector<std::string>{ids[0]});
  }

  SECTION("pushed stories are found, stored, deleted, and survive a restart") {
    for (size_t i = 0; i < stories.size(); ++i) {
      std::string title = stories[i]["title"];
      json found = Search(*client, "q=" + UrlEncode(title) + "&limit=20");
      INFO(title);
      CHECK(Contains(ResultIds(found), ids[i]));
    }
    json stored = Body(client->Get(("/api/doc/" + UrlEncode(slashed_id)).c_str()));
    CHECK(stored["id"] == slashed_id);
    CHECK(stored["title"] == stories[2]["title"]);
    CHECK(stored["body"] == stories[2]["body"]);
    CHECK(stored["date"] == stories[2]["date"]);

    // Between requests the server holds no write lock: the nightly indexer can run.
    {
      std::unique_ptr<concord::IndexWriter> writer;
      concord::Status opened = concord::IndexWriter::Open(db, {}, &writer);
      INFO(opened.ToString());
      CHECK(opened.ok());
    }

    auto deleted = client->Delete(("/api/doc/" + UrlEncode(ids[1])).c_str(), Bearer(token));
    REQUIRE(deleted);
    CHECK(deleted->status == 200);
    CHECK(Body(deleted) == json{{"id", ids[1]}, {"deleted", true}});
    auto again = client->Delete(("/api/doc/" + UrlEncode(ids[1])).c_str(), Bearer(token));
    REQUIRE(again);
    CHECK(again->status == 404);
    CHECK(Body(again)["error"].get<std::string>().find(ids[1]) != std::string::npos);
    CHECK(client->Get(("/api/doc/" + UrlEncode(ids[1])).c_str())->status == 404);

    CHECK(server->Stop() == 0);
    std::string log = server->Log();
    CHECK(log.find(" GET /api/search?q=") != std::string::npos);
    CHECK(log.find(" PUT /api/doc/" + UrlEncode(ids[0]) + " 201 ") != std::string::npos);
    CHECK(log.find(" DELETE /api/doc/" + UrlEncode(ids[1]) + " 404 ") != std::string::npos);
    CHECK(log.find(token) == std::string::npos);
    CHECK(log.find("SIGTERM received, stopping") != std::string::npos);

    server = std::make_unique<ServerProcess>(
        tmp, std::vector<std::string>{"--db", db, "--token-file", tmp / "token"});
    client = server->Client();
    CHECK(Body(client->Get("/api/health"))["documents"] == 5 + 2);
    CHECK(Body(client->Get(("/api/doc/" + UrlEncode(slashed_id)).c_str()))["id"] == slashed_id);
    CHECK(client->Get(("/api/doc/" + UrlEncode(ids[1])).c_str())->status == 404);
    json found = Search(*client, "q=" + UrlEncode(stories[0]["title"].get<std::string>()));
    CHECK(Contains(ResultIds(found), ids[0]));
  }
}

TEST_CASE("concord-serve: readers see another process's commits without a restart",
          "[server][http]") {
  TempDir tmp;
  std::string db = IndexSeeds(tmp);
  ServerProcess server(tmp, {"--db", db});
  auto client = server.Client();
  CHECK(Search(*client, "q=Zarubino")["total"] == 0);

  // The nightly run: concord-index writes the same index while the server runs.
  WriteFile(tmp.path() / "more" / "zarubino.txt",
            "Trutnev visits Zarubino\n\nYury Trutnev, the Russian deputy prime minister, "
            "toured the port of Zarubino on Tuesday.\n");
  auto r = Run(BinaryPath("concord-index"), {"--db", db, "--quiet", tmp / "more"});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);

  json after = Search(*client, "q=Zarubino");
  CHECK(after["total"] == 1);
  CHECK(after["results"][0]["title"] == "Trutnev visits Zarubino");
  CHECK(Body(client->Get("/api/health"))["documents"] == 6);
}

TEST_CASE("concord-serve: a write waits for the lock, then answers 503 with Retry-After",
          "[server][http]") {
  TempDir tmp;
  std::string token = WriteToken(tmp.path() / "token");
  std::string db = tmp / "index";
  ServerProcess server(tmp, {"--db", db, "--token-file", tmp / "token", "--wait-lock", "0"});
  auto client = server.Client();
  CHECK(Body(client->Get("/api/health"))["documents"] == 0);  // created empty on start
  const std::string doc = R"({"title": "Rason port", "body": "Coal for Russia."})";
  {
    std::unique_ptr<concord::IndexWriter> nightly;  // holds Xapian's write lock
    REQUIRE(concord::IndexWriter::Open(db, {}, &nightly).ok());
    auto res = client->Put("/api/doc/rason", Bearer(token), doc, "application/json");
    REQUIRE(res);
    CHECK(res->status == 503);
    CHECK(res->get_header_value("Retry-After") == "30");
    CHECK(Body(res)["error"].get<std::string>().find("retry") != std::string::npos);
  }
  auto res = client->Put("/api/doc/rason", Bearer(token), doc, "application/json");
  REQUIRE(res);
  CHECK(res->status == 201);
}

TEST_CASE("concord-serve: concurrent searches while a CMS pushes", "[server][http]") {
  TempDir tmp;
  std::string db = IndexSeeds(tmp);
  std::string token = WriteToken(tmp.path() / "token");
  ServerProcess server(tmp, {"--db", db, "--token-file", tmp / "token", "--threads", "4"});
  std::vector<json> stories = KcnaStories(12);
  std::atomic<int> failures{0};
  std::vector<std::string> problems(4);
  std::vector<std::thread> readers;
  for (int t = 0; t < 3; ++t) {
    readers.emplace_back([&, t] {
      auto client = server.Client();
      for (int i = 0; i < 20; ++i) {
        auto res = client->Get("/api/search?q=Russia&facets=author,year&limit=5");
        if (!res || res->status != 200 || !json::accept(res->body)) {
          ++failures;
          problems[t] = res ? res->body : httplib::to_string(res.error());
        }
      }
    });
  }
  auto writer = server.Client();
  for (const json& story : stories) {
    auto res = writer->Put(("/api/doc/" + UrlEncode(story["id"].get<std::string>())).c_str(),
                           Bearer(token), story.dump(), "application/json");
    if (!res || res->status != 201) {
      ++failures;
      problems[3] = res ? res->body : httplib::to_string(res.error());
    }
  }
  for (std::thread& t : readers) t.join();
  INFO(problems[0] + problems[1] + problems[2] + problems[3]);
  CHECK(failures == 0);
  CHECK(Body(writer->Get("/api/health"))["documents"] == 5 + 12);
}
