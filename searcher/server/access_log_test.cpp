#include "searcher/server/access_log.h"

#include <catch2/catch.hpp>

using namespace concord::server;

TEST_CASE("an access log line has time, method, target, status and duration", "[server][log]") {
  auto when = std::chrono::system_clock::from_time_t(1416044400);  // 2014-11-15 09:40:00 UTC
  CHECK(AccessLogLine(when, "GET", "/api/search?q=Rajin", 200, 3.14) ==
        "2014-11-15T09:40:00Z GET /api/search?q=Rajin 200 3.1ms");
  CHECK(AccessLogLine(when, "PUT", "/api/doc/a", 413, std::nullopt) ==
        "2014-11-15T09:40:00Z PUT /api/doc/a 413 -");
  // A line stays one line whatever the client sent.
  CHECK(AccessLogLine(when, "", "/a\nb c", 400, std::nullopt) ==
        "2014-11-15T09:40:00Z - /a\\x0ab\\x20c 400 -");
}

TEST_CASE("the request stamp is taken once", "[server][log]") {
  CHECK_FALSE(TakeRequestMillis());
  MarkRequestStart();
  auto ms = TakeRequestMillis();
  REQUIRE(ms);
  CHECK(*ms >= 0);
  CHECK_FALSE(TakeRequestMillis());
}
