// Searching across machines: the shards of an index served by two real
// xapian-tcpsrv processes on loopback, searched through a stub file, must
// give what one database holding every document gives: the same ids in the
// same order, the same scores (Xapian merges term statistics across shards,
// so BM25 weighs alike), the same facet counts (FacetSpy runs remotely as a
// ValueCountMatchSpy), the same snippets. And a stub whose shard is missing
// or whose server is down fails clearly, or with --allow-partial answers
// from the live shards with a warning.
#include <concord/search.h>
#include <fcntl.h>
#include <httplib.h>
#include <netinet/in.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <unistd.h>

#include <array>
#include <catch2/catch.hpp>
#include <chrono>
#include <cmath>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <thread>

#include "tests/server_process.h"
#include "tests/test_support.h"

extern char** environ;

namespace fs = std::filesystem;
using concord::test::BinaryPath;
using concord::test::Run;
using concord::test::SharedDataDir;
using concord::test::TempDir;
using concord::test::Wait;
using concord::test::WriteFile;
using nlohmann::json;

namespace {

constexpr const char* kTcpsrv = "/usr/bin/xapian-tcpsrv";

// A port nothing listens on right now (the kernel's pick for port 0).
int FreePort() {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = 0;
  REQUIRE(bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
  socklen_t len = sizeof addr;
  REQUIRE(getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0);
  close(fd);
  return ntohs(addr.sin_port);
}

std::string ReadText(const std::string& path) {
  std::ifstream in(path);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// Starts xapian-tcpsrv in a process group of its own: on SIGTERM it signals
// its whole group (its connection handlers), which must not include the test.
int SpawnServer(const std::vector<std::string>& args, const std::string& log) {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_adddup2(&actions, 1, 2);
  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP);
  posix_spawnattr_setpgroup(&attr, 0);
  std::vector<std::string> store{kTcpsrv};
  store.insert(store.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& a : store) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = -1;
  const int rc = posix_spawn(&pid, kTcpsrv, &actions, &attr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attr);
  REQUIRE(rc == 0);
  return pid;
}

// xapian-tcpsrv serving one database on a free loopback port. Stop() (and
// the destructor) kills it with the handlers of its open connections, as a
// machine that goes down would.
class TcpServer {
 public:
  TcpServer(const TempDir& tmp, const std::string& database) {
    for (int attempt = 0; attempt < 5 && pid_ < 0; ++attempt) {
      port_ = FreePort();
      const std::string log = tmp / ("tcpsrv-" + std::to_string(port_) + ".log");
      int pid =
          SpawnServer({"--interface", "127.0.0.1", "--port", std::to_string(port_), database}, log);
      for (int i = 0; i < 200; ++i) {  // up to 10 s to start listening
        if (ReadText(log).find("Listening") != std::string::npos) {
          pid_ = pid;
          break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
      }
      if (pid_ < 0) {  // the port was taken meanwhile, or it failed: try again
        kill(-pid, SIGKILL);
        Wait(pid);
      }
    }
    REQUIRE(pid_ > 0);
  }
  ~TcpServer() { Stop(); }
  void Stop() {
    if (pid_ < 0) return;
    kill(-pid_, SIGKILL);
    Wait(pid_);
    pid_ = -1;
  }
  std::string StubLine() const { return "remote 127.0.0.1:" + std::to_string(port_); }
  int port() const { return port_; }

 private:
  int port_ = 0;
  int pid_ = -1;
};

// Every 12th story of KCNA 2012 (about 860), with authors and entities added
// so that multi-valued facets have something to count.
void WriteSample(const std::string& path) {
  const std::vector<std::vector<std::string>> bylines = {
      {}, {"Anna Fifield"}, {"John Grisafi", "Anna Fifield"}, {"Nadège Rolland"}, {"John Grisafi"}};
  const std::vector<std::array<std::string, 3>> entities = {
      {"kim-jong-il", "Kim Jong Il", "person"}, {"kim-jong-un", "Kim Jong Un", "person"},
      {"kim-il-sung", "Kim Il Sung", "person"}, {"choe-ryong-hae", "Choe Ryong Hae", "person"},
      {"pyongyang", "Pyongyang", "place"},      {"russia", "Russia", "place"}};
  std::ifstream in(SharedDataDir() / "kcna/kcna-2012.jsonl");
  REQUIRE(in);
  std::ofstream out(path);
  std::string line;
  for (size_t n = 0; std::getline(in, line); ++n) {
    if (n % 12 != 0) continue;
    json story = json::parse(line);
    story["authors"] = bylines[n % bylines.size()];
    json found = json::array();
    const std::string text = story.value("title", "") + " " + story.value("body", "");
    for (const auto& [id, name, type] : entities) {
      if (text.find(name) != std::string::npos)
        found.push_back({{"id", id}, {"name", name}, {"type", type}});
    }
    story["entities"] = found;
    out << story.dump() << "\n";
  }
}

json Search(const std::string& db, std::vector<std::string> args, int expect_exit = 0) {
  args.insert(args.begin(), {"--db", db, "--json"});
  auto r = Run(BinaryPath("concord-search"), args);
  INFO("concord-search --db " << db << ": " << r.err);
  REQUIRE(r.exit_code == expect_exit);
  return expect_exit == 0 ? json::parse(r.out) : json{{"stderr", r.err}};
}

// The same answer: totals, facets, and hits in the same order with the same
// fields and scores. Hits of equal score (and date, when sorted by date) tie,
// and ties are broken by docid, which differs between layouts: within a tie
// the ids are compared as a set. A tie cut by the end of the page is skipped.
void CheckSameAnswer(const json& one, const json& other, bool by_date) {
  CHECK(other["total"] == one["total"]);
  CHECK(other["facets"] == one["facets"]);
  const json& a = one["results"];
  const json& b = other["results"];
  REQUIRE(a.size() == b.size());
  const bool full_page = one["total"].get<size_t>() > a.size();
  auto tied = [&](const json& x, const json& y) {
    return (!by_date || x["date"] == y["date"]) &&
           std::abs(x["score"].get<double>() - y["score"].get<double>()) <=
               1e-9 * std::max(1.0, std::abs(x["score"].get<double>()));
  };
  size_t start = 0;
  while (start < a.size()) {
    size_t end = start + 1;
    while (end < a.size() && tied(a[start], a[end])) ++end;
    if (end == a.size() && full_page && end - start > 1) break;
    std::map<std::string, json> left, right;
    for (size_t i = start; i < end; ++i) {
      INFO("position " << i << ": " << a[i]["id"] << " vs " << b[i]["id"]);
      CHECK(std::abs(a[i]["score"].get<double>() - b[i]["score"].get<double>()) <=
            1e-9 * std::max(1.0, std::abs(a[i]["score"].get<double>())));
      left[a[i]["id"]] = a[i];
      right[b[i]["id"]] = b[i];
    }
    for (auto& [id, hit] : left) hit.erase("score");
    for (auto& [id, hit] : right) hit.erase("score");
    CHECK(left == right);
    start = end;
  }
}

// The sample indexed in two shards (two threads), and with_one_database
// also as one database.
struct ShardedKcna {
  TempDir tmp;
  std::string one = tmp / "one";
  std::string sharded = tmp / "sharded";
  explicit ShardedKcna(bool with_one_database) {
    const std::string data = tmp / "kcna-2012-sample.jsonl";
    WriteSample(data);
    std::vector<std::vector<std::string>> runs{{"--db", sharded, "--threads", "2", data}};
    if (with_one_database) runs.push_back({"--db", one, data});
    for (const auto& args : runs) {
      std::vector<std::string> all{"--quiet"};
      all.insert(all.end(), args.begin(), args.end());
      auto r = Run(BinaryPath("concord-index"), all);
      INFO(r.err);
      REQUIRE(r.exit_code == 0);
    }
    REQUIRE(fs::exists(fs::path(sharded) / "XAPIANDB"));
  }
};

const std::vector<std::vector<std::string>> kQueries = {
    {"--facets", "author,year,month,entity,lang", "--limit", "1000", "Kim Jong Il"},
    {"--facets", "entity,author", "--limit", "1000", "Korea"},
    {"--facets", "month", "--limit", "1000", "\"Supreme People's Assembly\""},
    {"--sort", "date", "--facets", "year", "--limit", "200", "Kim Jong Un"},
    {"--all", "--facets", "author,month,entity,lang", "--limit", "300"},
    {"--from", "2012-03", "--to", "2012-05", "--facets", "lang", "--limit", "1000", "visit"},
    {"--entity", "pyongyang", "--author", "John Grisafi", "--facets", "entity", "--limit", "1000",
     "people"},
    {"--lang", "es", "--limit", "1000", "Corea"},
    {"--limit", "20", "--offset", "40", "army"},
};

}  // namespace

TEST_CASE("two xapian-tcpsrv shards through a stub answer like one database", "[remote][shards]") {
  if (!fs::exists(kTcpsrv)) {
    WARN("xapian-tcpsrv is not installed (xapian-tools); remote shards not tested");
    return;
  }
  ShardedKcna k(/*with_one_database=*/true);
  TcpServer first(k.tmp, k.sharded + "/shard-00");
  TcpServer second(k.tmp, k.sharded + "/shard-01");
  const std::string stub = k.tmp / "remote.stub";
  WriteFile(stub,
            "# two shards on two servers\n" + first.StubLine() + "\n" + second.StubLine() + "\n");

  for (const auto& query : kQueries) {
    INFO("query: " << json(query).dump());
    const json one = Search(k.one, query);
    CHECK(one["total"].get<int>() > 0);
    // Without words to rank by, or with --sort date, results are newest first.
    const bool by_date = std::find(query.begin(), query.end(), "date") != query.end() ||
                         std::find(query.begin(), query.end(), "--all") != query.end();
    CheckSameAnswer(one, Search(stub, query), by_date);       // remote shards
    CheckSameAnswer(one, Search(k.sharded, query), by_date);  // the same shards, local
  }
  // The multi-valued facets really were counted remotely, per value.
  const json all = Search(stub, {"--all", "--limit", "0", "--facets", "author,entity"});
  CHECK(all["facets"]["author"].size() == 3);
  CHECK(all["facets"]["entity"].size() >= 4);
  // A document by id, through the remote shards.
  const json hit = Search(k.one, {"--limit", "1", "Kim Jong Il"})["results"][0];
  CHECK(Search(stub, {"--limit", "1", "Kim Jong Il"})["results"][0]["id"] == hit["id"]);
}

TEST_CASE("a stub naming a missing shard or a dead server: clear errors, or --allow-partial",
          "[remote][shards]") {
  if (!fs::exists(kTcpsrv)) {
    WARN("xapian-tcpsrv is not installed (xapian-tools); remote shards not tested");
    return;
  }
  ShardedKcna k(/*with_one_database=*/false);
  const json whole = Search(k.sharded, {"--facets", "year", "Korea"});
  TcpServer live(k.tmp, k.sharded + "/shard-00");
  const int dead_port = FreePort();  // nothing listens there
  const std::string dead_line = "remote 127.0.0.1:" + std::to_string(dead_port);

  {  // a dead server
    const std::string stub = k.tmp / "dead.stub";
    WriteFile(stub, live.StubLine() + "\n" + dead_line + "\n");
    const std::string err = Search(stub, {"Korea"}, 4)["stderr"];
    CHECK_THAT(err, Catch::Contains("shard 2 of 2"));
    CHECK_THAT(err, Catch::Contains(dead_line));
    CHECK_THAT(err, Catch::Contains("did not answer"));
    CHECK_THAT(err, Catch::Contains("--allow-partial"));

    const json partial = Search(stub, {"--allow-partial", "--facets", "year", "Korea"});
    CHECK(partial["total"].get<int>() > 0);
    CHECK(partial["total"].get<int>() < whole["total"].get<int>());
    REQUIRE(partial["warnings"].size() == 1);
    CHECK_THAT(partial["warnings"][0].get<std::string>(), Catch::Contains(dead_line));
    CHECK_THAT(partial["warnings"][0].get<std::string>(), Catch::Contains("1 of 2 shards"));

    // concord-serve: the search fails unless the server was started with --allow-partial.
    for (const bool allow : {false, true}) {
      std::vector<std::string> args{"--db", stub};
      if (allow) args.push_back("--allow-partial");
      concord::test::ServerProcess server(k.tmp, args);
      auto got = server.Client()->Get("/api/search?q=Korea");
      REQUIRE(got);
      INFO(got->body);
      if (!allow) {
        CHECK(got->status == 500);
        CHECK_THAT(got->body, Catch::Contains(dead_line));
        continue;
      }
      REQUIRE(got->status == 200);
      const json body = json::parse(got->body);
      CHECK(body["total"] == partial["total"]);
      REQUIRE(body["warnings"].size() == 1);
      CHECK_THAT(body["warnings"][0].get<std::string>(), Catch::Contains(dead_line));
    }
  }
  {  // a missing local shard
    const std::string stub = k.tmp / "missing.stub";
    WriteFile(stub, "auto sharded/shard-00\nauto sharded/shard-07\n");
    const std::string err = Search(stub, {"Korea"}, 2)["stderr"];
    CHECK_THAT(err, Catch::Contains("shard 2 of 2"));
    CHECK_THAT(err, Catch::Contains("shard-07"));
    const json partial = Search(stub, {"--allow-partial", "Korea"});
    CHECK(partial["total"].get<int>() > 0);
    CHECK(partial["warnings"].size() == 1);
  }
  {  // no shard answers: an error even with --allow-partial
    const std::string stub = k.tmp / "none.stub";
    WriteFile(stub, dead_line + "\n");
    const std::string err = Search(stub, {"--allow-partial", "Korea"}, 4)["stderr"];
    CHECK_THAT(err, Catch::Contains("no shard of"));
  }
  {  // a bad stub line names the file and line
    const std::string stub = k.tmp / "bad.stub";
    WriteFile(stub, live.StubLine() + "\nremote 127.0.0.1\n");
    const std::string err = Search(stub, {"Korea"}, 2)["stderr"];
    CHECK_THAT(err, Catch::Contains("bad.stub:2"));
  }
  {  // a server that dies while a reader holds it open
    TcpServer second(k.tmp, k.sharded + "/shard-01");
    const std::string stub = k.tmp / "both.stub";
    WriteFile(stub, live.StubLine() + "\n" + second.StubLine() + "\n");
    std::unique_ptr<concord::Searcher> searcher;
    REQUIRE(concord::Searcher::Open(stub, &searcher).ok());
    concord::SearchRequest request;
    request.query = "Korea";
    concord::SearchResponse response;
    REQUIRE(searcher->Search(request, &response).ok());
    CHECK(response.total == whole["total"].get<uint64_t>());
    second.Stop();
    concord::Status failed = searcher->Search(request, &response);
    CHECK(failed.code() == concord::Status::Code::kIOError);
    CHECK_THAT(failed.message(), Catch::Contains("shard 2 of 2"));
    request.allow_partial = true;
    REQUIRE(searcher->Search(request, &response).ok());
    CHECK(response.total > 0);
    CHECK(response.total < whole["total"].get<uint64_t>());
    CHECK(response.warnings.size() == 1);
  }
}
