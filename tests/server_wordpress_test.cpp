// The WordPress plugin's push logic (integrations/wordpress/tests/push_test.php,
// run by php-cli) against the real concord-serve: publish, update, unpublish.
#include <httplib.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>

#include "tests/server_process.h"
#include "tests/test_support.h"

using namespace concord::test;

namespace {

const char* kPhp = "/usr/bin/php";

ProcessResult RunPushTest(const ServerProcess& server, const std::string& token_file,
                          const char* transport) {
  setenv("CONCORD_TEST_TRANSPORT", transport, 1);
  ProcessResult r =
      Run(kPhp, {(SourceDir() / "integrations/wordpress/tests/push_test.php").string(),
                 server.url(), "@" + token_file});
  unsetenv("CONCORD_TEST_TRANSPORT");
  return r;
}

}  // namespace

TEST_CASE("WordPress plugin: publish, update and unpublish reach concord-serve",
          "[server][http][wordpress]") {
  REQUIRE(std::filesystem::exists(kPhp));  // php-cli: scripts/install-deps installs it
  TempDir tmp;
  auto index = Run(BinaryPath("concord-index"),
                   {"--db", tmp / "index", "--quiet", (SourceDir() / "corpus/seeds").string()});
  REQUIRE(index.exit_code == 0);
  WriteToken(tmp.path() / "token");
  ServerProcess server(tmp, {"--db", tmp / "index", "--token-file", tmp / "token"});

  for (const char* transport : {"curl", "stream"}) {
    INFO("transport: " << transport);
    ProcessResult r = RunPushTest(server, tmp / "token", transport);
    INFO(r.out << r.err << server.Log());
    CHECK(r.exit_code == 0);
    CHECK(r.out.find(" passed, 0 failed") != std::string::npos);
    CHECK(r.out.find("ok - search finds the pushed post") != std::string::npos);
  }
  // The test cleans up after itself: only the seed articles are left.
  auto client = server.Client();
  auto health = client->Get("/api/health");
  REQUIRE(health);
  CHECK(health->body.find("\"documents\":5") != std::string::npos);
}
