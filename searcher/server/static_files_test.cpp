#include "searcher/server/static_files.h"

#include <catch2/catch.hpp>

#include "tests/test_support.h"

using namespace concord::server;
namespace fs = std::filesystem;

TEST_CASE("static paths resolve inside the web root only", "[server][static]") {
  concord::test::TempDir tmp;
  const fs::path web = tmp.path() / "web";
  concord::test::WriteFile(web / "index.html", "<!doctype html>");
  concord::test::WriteFile(web / "concord-widget.js", "//");
  concord::test::WriteFile(web / "docs" / "index.html", "docs");
  concord::test::WriteFile(web / ".env", "SECRET=1");
  concord::test::WriteFile(tmp.path() / "outside.txt", "secret");
  fs::create_directory_symlink(tmp.path(), web / "escape");
  const fs::path root = fs::canonical(web);

  CHECK(ResolveStaticPath(web, "") == root / "index.html");
  CHECK(ResolveStaticPath(web, "concord-widget.js") == root / "concord-widget.js");
  CHECK(ResolveStaticPath(web, "docs/") == root / "docs" / "index.html");
  CHECK(ResolveStaticPath(web, "docs//index.html") == root / "docs" / "index.html");

  CHECK_FALSE(ResolveStaticPath(web, "../outside.txt"));
  CHECK_FALSE(ResolveStaticPath(web, "docs/../../outside.txt"));
  CHECK_FALSE(ResolveStaticPath(web, "docs/../index.html"));  // any ".." at all
  CHECK_FALSE(ResolveStaticPath(web, "./index.html"));
  CHECK_FALSE(ResolveStaticPath(web, ".env"));
  CHECK_FALSE(ResolveStaticPath(web, "escape/outside.txt"));  // a symlink out of the root
  CHECK_FALSE(ResolveStaticPath(web, "..\\outside.txt"));
  CHECK_FALSE(ResolveStaticPath(web, std::string_view("index.html\0.js", 14)));
  CHECK_FALSE(ResolveStaticPath(web, "missing.html"));
  CHECK_FALSE(ResolveStaticPath(web, "docs"));  // a directory, not a file
}

TEST_CASE("content types follow the extension", "[server][static]") {
  CHECK(ContentTypeFor("index.html") == "text/html; charset=utf-8");
  CHECK(ContentTypeFor("a/concord-widget.js") == "text/javascript; charset=utf-8");
  CHECK(ContentTypeFor("concord-widget.css") == "text/css; charset=utf-8");
  CHECK(ContentTypeFor("logo.svg") == "image/svg+xml");
  CHECK(ContentTypeFor("archive.tar") == "application/octet-stream");
}
