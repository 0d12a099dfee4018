// Facets on a small real index whose counts are known by construction (the
// KCNA comparison is in tests/search_kcna_test.cpp).
#include "searcher/facet_spy.h"

#include <concord/schema.h>

#include <catch2/catch.hpp>

#include "common/error.h"
#include "searcher/facets.h"
#include "tests/search_fixture.h"

using namespace concord;
using namespace concord::test;

namespace {

using Counted = std::vector<std::pair<std::string, uint64_t>>;

std::vector<Document> Docs() {
  std::vector<Document> docs{
      MakeDoc("1", "One", "Talks began.", "2014-11-17", {"Anna Fifield", "John Grisafi"}),
      MakeDoc("2", "Two", "Notes only.", "2014-11-20", {"John Grisafi"}),
      MakeDoc("3", "Three", "Talks ended.", "2015-01-02", {"John Grisafi", "John Grisafi"}),
      MakeDoc("4", "Four", "Talks resumed.", "2015-02-02", {"Nadège Rolland"}, "ru"),
      MakeDoc("5", "Five", "Talks paused.", "2013-02-02", {"Nadege Rolland"}, "es"),
      MakeDoc("6", "Six", "Undated notes.", "", {}),
  };
  docs[0].entities = {{"moscow", "Moscow", "place"}, {"lavrov", "Sergey Lavrov", "person"}};
  docs[1].entities = {{"seoul", "Seoul", "place"}};
  docs[2].entities = {{"moscow", "Moscow", "place"}};
  return docs;
}

struct Index {
  TempDir tmp;
  std::string path = tmp / "index";
  std::unique_ptr<Searcher> searcher;
  Index() {
    WriteIndex(path, Docs());
    searcher = OpenSearcher(path);
  }
  // The facet's values as (value, count) after a search for query.
  Counted Facet(const std::string& name, const std::string& query = "", int facet_limit = 10) {
    SearchRequest r = Query(query);
    r.limit = 1;  // counts cover the whole match set, not the page
    r.facets = {name};
    r.facet_limit = facet_limit;
    SearchResponse resp = MustSearch(*searcher, r);
    REQUIRE(resp.facets.size() == 1);
    CHECK(resp.facets[0].first == name);
    Counted out;
    for (const FacetValue& v : resp.facets[0].second) out.emplace_back(v.value, v.count);
    return out;
  }
};

}  // namespace

TEST_CASE("facets: a document counts once for each distinct author", "[facets]") {
  Index index;
  // Grisafi: docs 1, 2, 3 (listed twice in 3, counted once). Rolland: two
  // spellings with one AuthorKey are one value, shown as the first by bytes on a tie.
  CHECK(index.Facet("author") ==
        Counted{{"John Grisafi", 3}, {"Nadege Rolland", 2}, {"Anna Fifield", 1}});
  CHECK(index.Facet("author", "talks") ==
        Counted{{"John Grisafi", 2}, {"Nadege Rolland", 2}, {"Anna Fifield", 1}});
}

TEST_CASE("facets: entities show their recorded names and keep their ids as keys", "[facets]") {
  Index index;
  SearchRequest r = Query("");
  r.facets = {"entity"};
  SearchResponse resp = MustSearch(*index.searcher, r);
  const std::vector<FacetValue>& values = resp.facets.at(0).second;
  REQUIRE(values.size() == 3);
  CHECK(values[0].value == "Moscow");
  CHECK(values[0].key == "moscow");
  CHECK(values[0].count == 2);
  CHECK(values[1].value == "Seoul");  // ties by display name: Seoul < Sergey Lavrov
  CHECK(values[2].value == "Sergey Lavrov");
  CHECK(values[2].key == "lavrov");
}

TEST_CASE("facets: years, months and languages", "[facets]") {
  Index index;
  // Ties go by value: 2014 before 2015.
  CHECK(index.Facet("year") == Counted{{"2014", 2}, {"2015", 2}, {"2013", 1}});
  CHECK(index.Facet("month") ==
        Counted{{"2014-11", 2}, {"2013-02", 1}, {"2015-01", 1}, {"2015-02", 1}});
  CHECK(index.Facet("lang") == Counted{{"en", 4}, {"es", 1}, {"ru", 1}});
  CHECK(index.Facet("month", "date:2015") == Counted{{"2015-01", 1}, {"2015-02", 1}});
}

TEST_CASE("facets: facet_limit keeps the top values", "[facets]") {
  Index index;
  CHECK(index.Facet("author", "", 1) == Counted{{"John Grisafi", 3}});
  CHECK(index.Facet("month", "", 2) == Counted{{"2014-11", 2}, {"2013-02", 1}});
}

TEST_CASE("facets: the month key filters back to the month", "[facets]") {
  Index index;
  SearchRequest r = Query("");
  r.facets = {"month"};
  const FacetValue top = MustSearch(*index.searcher, r).facets.at(0).second.at(0);
  SearchRequest again = Query("");
  again.from = again.to = top.key;
  CHECK(MustSearch(*index.searcher, again).total == top.count);
}

TEST_CASE("facets: an unknown facet is an error naming the facets", "[facets]") {
  Index index;
  SearchRequest r = Query("");
  r.facets = {"colour"};
  SearchResponse resp;
  Status s = index.searcher->Search(r, &resp);
  CHECK(s.code() == Status::Code::kInvalidArgument);
  CHECK_THAT(s.message(), Catch::Contains("author, year, month, entity and lang"));
}

TEST_CASE("facet spy: results survive serialisation and merging (remote shards)", "[facets]") {
  Index index;
  Xapian::Database db(index.path);
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query::MatchAll);
  FacetSpy spy(schema::kSlotAuthors, FacetSpy::Kind::kMulti);
  enquire.add_matchspy(&spy);
  enquire.get_mset(0, 0, db.get_doccount());
  CHECK(spy.documents() == 6);
  std::unique_ptr<Xapian::MatchSpy> twin(spy.unserialise(spy.serialise(), Xapian::Registry()));
  auto* merged = dynamic_cast<FacetSpy*>(twin.get());
  REQUIRE(merged);
  merged->merge_results(spy.serialise_results());
  merged->merge_results(spy.serialise_results());
  CHECK(merged->documents() == 12);
  CHECK(merged->counts().at("John Grisafi") == 6);
  CHECK(merged->counts().at("Nadège Rolland") == 2);
}
