#include "searcher/server/request_params.h"

#include <catch2/catch.hpp>

#include "searcher/server/http_error.h"

using namespace concord;
using namespace concord::server;

namespace {

using Params = std::multimap<std::string, std::string>;

int StatusOf(const Params& params) {
  try {
    SearchRequestFromParams(params);
  } catch (const HttpError& e) {
    return e.status();
  }
  return 200;
}

}  // namespace

TEST_CASE("search parameters fill a SearchRequest", "[server][params]") {
  Params params = {{"q", "Choe Ryong-hae"},
                   {"author", "John Grisafi"},
                   {"author", "Anna Fifield"},
                   {"entity", "rajin"},
                   {"from", "2014-11"},
                   {"to", "2015"},
                   {"lang", "en"},
                   {"facets", "author, year"},
                   {"facets", "entity,author"},
                   {"facet_limit", "5"},
                   {"limit", "20"},
                   {"offset", "40"},
                   {"sort", "date"},
                   {"_", "1700000000"}};
  SearchRequest r = SearchRequestFromParams(params);
  CHECK(r.query == "Choe Ryong-hae");
  CHECK(r.authors == std::vector<std::string>{"John Grisafi", "Anna Fifield"});
  CHECK(r.entities == std::vector<std::string>{"rajin"});
  CHECK(r.from == "2014-11");
  CHECK(r.to == "2015");
  CHECK(r.lang == "en");
  CHECK(r.facets == std::vector<std::string>{"author", "year", "entity"});
  CHECK(r.facet_limit == 5);
  CHECK(r.limit == 20);
  CHECK(r.offset == 40);
  CHECK(r.sort == SearchRequest::Sort::kDate);
}

TEST_CASE("no parameters give the library's defaults", "[server][params]") {
  SearchRequest r = SearchRequestFromParams({});
  SearchRequest defaults;
  CHECK(r.query.empty());
  CHECK(r.limit == defaults.limit);
  CHECK(r.offset == 0);
  CHECK(r.facet_limit == defaults.facet_limit);
  CHECK(r.sort == SearchRequest::Sort::kRelevance);
  CHECK(r.facets.empty());
}

TEST_CASE("numbers are clamped to the server's limits", "[server][params]") {
  SearchLimits limits;
  CHECK(SearchRequestFromParams({{"limit", "1000000"}}).limit == limits.max_limit);
  CHECK(SearchRequestFromParams({{"limit", "99999999999999999999999"}}).limit == limits.max_limit);
  CHECK(SearchRequestFromParams({{"limit", "-5"}}).limit == 0);
  CHECK(SearchRequestFromParams({{"offset", "-1"}}).offset == 0);
  CHECK(SearchRequestFromParams({{"offset", "5000000"}}).offset == limits.max_offset);
  CHECK(SearchRequestFromParams({{"facet_limit", "0"}}).facet_limit == 1);
  CHECK(SearchRequestFromParams({{"facet_limit", "100000"}}).facet_limit == limits.max_facet_limit);
  // The last of a repeated single-valued parameter wins.
  CHECK(SearchRequestFromParams({{"limit", "3"}, {"limit", "7"}}).limit == 7);
}

TEST_CASE("unusable values are 400, an oversized query 414", "[server][params]") {
  CHECK(StatusOf({{"limit", "ten"}}) == 400);
  CHECK(StatusOf({{"limit", "1e3"}}) == 400);
  CHECK(StatusOf({{"offset", "-"}}) == 400);
  CHECK(StatusOf({{"sort", "size"}}) == 400);
  CHECK(StatusOf({{"from", "2014-13"}}) == 400);
  CHECK(StatusOf({{"to", "yesterday"}}) == 400);
  CHECK(StatusOf({{"q", std::string(4096, 'a')}}) == 200);
  CHECK(StatusOf({{"q", std::string(4097, 'a')}}) == 414);
  Params many;
  for (int i = 0; i < 51; ++i) many.emplace("author", "Author " + std::to_string(i));
  CHECK(StatusOf(many) == 400);
  CHECK_THROWS_WITH(SearchRequestFromParams({{"from", "2014-13"}}),
                    Catch::Contains("from='2014-13' is not a date"));
}
