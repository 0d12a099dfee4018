#include "searcher/server/auth.h"

#include <catch2/catch.hpp>

#include "common/error.h"
#include "tests/test_support.h"

using namespace concord::server;

TEST_CASE("ConstantTimeEquals compares whole strings", "[server][auth]") {
  CHECK(ConstantTimeEquals("s3cret-token-0123", "s3cret-token-0123"));
  CHECK_FALSE(ConstantTimeEquals("s3cret-token-0123", "s3cret-token-0124"));
  CHECK_FALSE(ConstantTimeEquals("s3cret-token-0123", "s3cret-token-012"));
  CHECK_FALSE(ConstantTimeEquals("s3cret-token-012", "s3cret-token-0123"));
  CHECK_FALSE(ConstantTimeEquals("", "x"));
  CHECK(ConstantTimeEquals("", ""));
  // A NUL byte is data, not the end of the token.
  CHECK_FALSE(ConstantTimeEquals(std::string_view("ab\0c", 4), std::string_view("ab\0d", 4)));
}

TEST_CASE("CheckBearer tells missing, wrong and disabled apart", "[server][auth]") {
  const std::string token = "0123456789abcdef-token";
  CHECK(CheckBearer("Bearer " + token, token) == AuthResult::kAllowed);
  CHECK(CheckBearer("bearer " + token, token) == AuthResult::kAllowed);
  CHECK(CheckBearer("  BEARER   " + token + " \r", token) == AuthResult::kAllowed);
  CHECK(CheckBearer("", token) == AuthResult::kMissing);
  CHECK(CheckBearer("Bearer ", token) == AuthResult::kMissing);
  CHECK(CheckBearer("Basic dXNlcjpwYXNz", token) == AuthResult::kMissing);
  CHECK(CheckBearer(token, token) == AuthResult::kMissing);  // no scheme
  CHECK(CheckBearer("Bearer " + token + "x", token) == AuthResult::kWrongToken);
  CHECK(CheckBearer("Bearer wrong", token) == AuthResult::kWrongToken);
  CHECK(CheckBearer("Bearer " + token, "") == AuthResult::kWritesDisabled);
  CHECK(CheckBearer("", "") == AuthResult::kWritesDisabled);
}

TEST_CASE("ReadTokenFile takes the first line and refuses short tokens", "[server][auth]") {
  concord::test::TempDir tmp;
  concord::test::WriteFile(tmp / "token", "  0123456789abcdef-secret \nsecond line\n");
  CHECK(ReadTokenFile(tmp / "token") == "0123456789abcdef-secret");

  concord::test::WriteFile(tmp / "short", "hunter2\n");
  CHECK_THROWS_WITH(ReadTokenFile(tmp / "short"), Catch::Contains("at least 16"));
  CHECK_THROWS_AS(ReadTokenFile(tmp / "missing"), concord::Error);
  CHECK_THROWS_WITH(ReadTokenFile(tmp / "missing"), Catch::Contains("cannot read the token file"));
}
