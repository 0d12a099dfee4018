#include "indexer/shard_stub.h"

#include <xapian.h>

#include <catch2/catch.hpp>
#include <filesystem>

#include "common/error.h"
#include "tests/test_support.h"

using namespace concord;
using concord::test::TempDir;
using concord::test::WriteFile;
namespace fs = std::filesystem;

namespace {

std::string ErrorOf(const std::string& stub) {
  try {
    ReadStub(stub);
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("stub: every line kind Xapian knows, relative paths against the stub's folder",
          "[shards][stub]") {
  TempDir tmp;
  const std::string stub = tmp / "conf/search.stub";
  WriteFile(stub,
            "# shards of the archive\n"
            "auto shard-00\n"
            "\n"
            "glass /srv/index/shard-01\r\n"
            "remote 10.0.0.7:9001\n"
            "remote tcp search-3.example.org:9002\n"
            "remote [::1]:9003\n"
            "remote :ssh search-4 xapian-progsrv /srv/index/shard-04\n");
  const std::vector<StubEntry> e = ReadStub(stub);
  REQUIRE(e.size() == 6);
  CHECK(e[0].kind == StubEntry::Kind::kLocal);
  CHECK(e[0].path == (fs::absolute(tmp.path()) / "conf/shard-00").lexically_normal().string());
  CHECK(e[0].line == 2);
  CHECK(e[1].path == "/srv/index/shard-01");
  CHECK(e[1].text == "glass /srv/index/shard-01");
  CHECK(e[2].kind == StubEntry::Kind::kRemoteTcp);
  CHECK(e[2].host == "10.0.0.7");
  CHECK(e[2].port == 9001);
  CHECK(e[3].host == "search-3.example.org");  // concord's "remote tcp" spelling
  CHECK(e[3].port == 9002);
  CHECK(e[4].host == "::1");
  CHECK(e[5].kind == StubEntry::Kind::kRemoteProgram);
  CHECK(e[5].program == "ssh");
  CHECK(e[5].args == "search-4 xapian-progsrv /srv/index/shard-04");
  CHECK(DescribeEntry(stub, e[2], 2, 6) ==
        "shard 3 of 6 (" + stub + " line 5: remote 10.0.0.7:9001)");
}

TEST_CASE("stub: a line that cannot be read is named by file and line", "[shards][stub]") {
  TempDir tmp;
  const std::string stub = tmp / "bad.stub";
  WriteFile(stub, "auto a\nremote 10.0.0.7\n");
  CHECK_THAT(ErrorOf(stub), Catch::Contains(stub + ":2: remote shard '10.0.0.7' has no port"));
  WriteFile(stub, "remote 10.0.0.7:99999\n");
  CHECK_THAT(ErrorOf(stub), Catch::Contains(":1: '99999' is not a TCP port"));
  WriteFile(stub, "remote :\n");
  CHECK_THAT(ErrorOf(stub), Catch::Contains("needs a program"));
  WriteFile(stub, "chert old-index\n");
  CHECK_THAT(ErrorOf(stub), Catch::Contains(":1: unknown database type 'chert'"));
  WriteFile(stub, "auto\n");
  CHECK_THAT(ErrorOf(stub), Catch::Contains("'auto' needs a path"));
  CHECK_THAT(ErrorOf(tmp / "missing.stub"), Catch::Contains("cannot read the stub file"));
}

TEST_CASE("stub: written stubs read back, and Xapian opens them", "[shards][stub]") {
  TempDir tmp;
  for (const char* name : {"a", "b"}) {
    Xapian::WritableDatabase db(tmp / name, Xapian::DB_CREATE_OR_OPEN);
    Xapian::Document doc;
    doc.add_term(std::string("Q") + name);
    db.add_document(doc);
    db.commit();
  }
  const std::string stub = tmp / "XAPIANDB";
  WriteLocalStub(stub, {"a", "b"}, "two databases");
  const std::vector<StubEntry> e = ReadStub(stub);
  REQUIRE(e.size() == 2);
  CHECK(e[1].path == (fs::absolute(tmp.path()) / "b").lexically_normal().string());
  CHECK(Xapian::Database(tmp.path().string()).get_doccount() == 2);  // a stub directory
  CHECK(StubFileOf(tmp.path().string()) == stub);
  CHECK(StubFileOf(stub) == stub);
  CHECK(StubFileOf(tmp / "a").empty());  // a database folder
  CHECK(StubFileOf(tmp / "nothing").empty());
  for (const auto& entry : fs::directory_iterator(tmp.path())) {
    CHECK(entry.path().filename().string().find(".tmp-") == std::string::npos);
  }
}
