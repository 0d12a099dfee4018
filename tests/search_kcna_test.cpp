// The searcher on real KCNA stories (../shared/data/kcna), checked against
// what the JSONL itself says, computed here with nlohmann from the same lines.
// The default run indexes every 25th story of 2011-2012 (about 900, spread
// over 23 months); [.slow] indexes the whole of 2012.
#include <algorithm>
#include <catch2/catch.hpp>
#include <map>
#include <set>

#include "tests/search_fixture.h"

using namespace concord;
using namespace concord::test;
using nlohmann::json;

namespace {

constexpr size_t kEveryNth = 25;

struct KcnaIndex {
  TempDir tmp;
  std::string path = tmp / "index";
  std::vector<json> lines;
  std::unique_ptr<Searcher> searcher;

  explicit KcnaIndex(std::vector<json> sample) : lines(std::move(sample)) {
    WriteIndex(path, ToDocuments(lines));
    searcher = OpenSearcher(path);
  }

  // Ids of the stories dated first..last (inclusive YYYY-MM-DD strings), sorted.
  std::vector<std::string> IdsDated(const std::string& first, const std::string& last) const {
    std::vector<std::string> ids;
    for (const json& j : lines) {
      const std::string date = j["date"];
      if (date >= first && date <= last) ids.push_back(j["id"]);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
  }

  std::vector<std::string> SortedIds(const SearchRequest& r) {
    std::vector<std::string> ids = AllIds(*searcher, r);
    std::sort(ids.begin(), ids.end());
    return ids;
  }

  // Counts of a JSONL-derived key over the lines that pass keep.
  template <typename Key, typename Keep>
  std::map<std::string, uint64_t> Count(Key key, Keep keep) const {
    std::map<std::string, uint64_t> counts;
    for (const json& j : lines) {
      if (keep(j)) ++counts[key(j)];
    }
    return counts;
  }

  std::map<std::string, uint64_t> Facet(SearchRequest r, const std::string& name) {
    r.facets = {name};
    r.facet_limit = 1000;
    r.limit = 0;
    std::map<std::string, uint64_t> counts;
    const SearchResponse response = MustSearch(*searcher, r);
    for (const FacetValue& v : response.facets.at(0).second) {
      CHECK(counts.count(v.value) == 0);
      counts[v.value] = v.count;
    }
    return counts;
  }
};

SearchRequest Dated(const std::string& from, const std::string& to) {
  SearchRequest r = Query("");
  r.from = from;
  r.to = to;
  return r;
}

std::string Year(const json& j) { return j["date"].get<std::string>().substr(0, 4); }
std::string Month(const json& j) { return j["date"].get<std::string>().substr(0, 7); }
bool Any(const json&) { return true; }

}  // namespace

TEST_CASE("KCNA: date filters return exactly the stories in range", "[kcna][search]") {
  KcnaIndex k(KcnaSample(kEveryNth));
  REQUIRE(k.searcher->DocumentCount() == k.lines.size());
  // Month and day precision, open ends, a range across a year end, a leap day.
  CHECK(k.SortedIds(Dated("2011-12", "2012-01")) == k.IdsDated("2011-12-01", "2012-01-31"));
  CHECK(k.SortedIds(Dated("2012-03-15", "2012-04-02")) == k.IdsDated("2012-03-15", "2012-04-02"));
  CHECK(k.SortedIds(Dated("2012", "")) == k.IdsDated("2012-01-01", "2012-12-31"));
  CHECK(k.SortedIds(Dated("", "2011-06")) == k.IdsDated("0000", "2011-06-30"));
  CHECK(k.SortedIds(Query("date:2011-07")) == k.IdsDated("2011-07-01", "2011-07-31"));
  CHECK(k.SortedIds(Query("date:2011-11-20..2012-02")) == k.IdsDated("2011-11-20", "2012-02-29"));
  CHECK(k.SortedIds(Query("date:2012-02-29")) == k.IdsDated("2012-02-29", "2012-02-29"));
  CHECK(k.SortedIds(Query("date:..2011-01-31")) == k.IdsDated("0000", "2011-01-31"));
  // No stories for December 2012 in the source.
  CHECK(k.SortedIds(Query("date:2012-12")).empty());
  // A filter combined with text: exactly the text matches inside the range.
  std::vector<std::string> all_kim = k.SortedIds(Query("Kim"));
  std::set<std::string> in_range;
  for (const std::string& id : k.IdsDated("2012-01-01", "2012-06-30")) in_range.insert(id);
  std::vector<std::string> expected;
  for (const std::string& id : all_kim) {
    if (in_range.count(id)) expected.push_back(id);
  }
  CHECK(k.SortedIds(Query("Kim date:2012-01..2012-06")) == expected);
  CHECK_FALSE(expected.empty());
}

TEST_CASE("KCNA: facet counts equal the counts computed from the JSONL", "[kcna][facets]") {
  KcnaIndex k(KcnaSample(kEveryNth));
  const SearchRequest everything = Query("");
  CHECK(k.Facet(everything, "year") == k.Count(Year, Any));
  CHECK(k.Facet(everything, "month") == k.Count(Month, Any));
  // Under filters: the months of half a year, the years of a span across New Year.
  CHECK(k.Facet(Dated("2011-03", "2011-08"), "month") == k.Count(Month, [](const json& j) {
    return Month(j) >= "2011-03" && Month(j) <= "2011-08";
  }));
  CHECK(k.Facet(Query("date:2011-07..2012-02"), "year") == k.Count(Year, [](const json& j) {
    return Month(j) >= "2011-07" && Month(j) <= "2012-02";
  }));
  // Languages: the index may correct the source's labels (some Spanish
  // stories are labelled en), so each count is checked against the number
  // of stories the lang: filter finds, counted through postings, not values.
  uint64_t with_lang = 0;
  for (const auto& [lang, count] : k.Facet(everything, "lang")) {
    CHECK(MustSearch(*k.searcher, Query("lang:" + lang)).total == count);
    with_lang += count;
  }
  CHECK(with_lang == k.lines.size());
  // Entities (when extraction found any), the same way through --entity.
  SearchRequest with_entities = everything;
  with_entities.facets = {"entity"};
  with_entities.facet_limit = 20;
  const SearchResponse response = MustSearch(*k.searcher, with_entities);
  for (const FacetValue& v : response.facets.at(0).second) {
    SearchRequest only = everything;
    only.entities = {v.key};
    CHECK(MustSearch(*k.searcher, only).total == v.count);
  }
}

TEST_CASE("KCNA: pages neither overlap nor skip", "[kcna][search]") {
  KcnaIndex k(KcnaSample(kEveryNth));
  for (const char* query : {"Kim Jong Il", "Korea", ""}) {
    for (auto sort : {SearchRequest::Sort::kRelevance, SearchRequest::Sort::kDate}) {
      SearchRequest whole = Query(query);
      whole.sort = sort;
      whole.limit = 120;
      std::vector<std::string> expected;
      for (const Hit& h : MustSearch(*k.searcher, whole).hits) expected.push_back(h.id);
      REQUIRE(expected.size() == 120);
      std::vector<std::string> paged;
      SearchRequest page = whole;
      page.limit = 7;
      for (page.offset = 0; paged.size() < expected.size(); page.offset += 7) {
        SearchResponse r = MustSearch(*k.searcher, page);
        REQUIRE_FALSE(r.hits.empty());
        for (const Hit& h : r.hits) paged.push_back(h.id);
      }
      paged.resize(expected.size());
      INFO("query [" << query << "]");
      CHECK(paged == expected);
      CHECK(std::set<std::string>(paged.begin(), paged.end()).size() == paged.size());
    }
  }
}

TEST_CASE("KCNA: sort by date is newest first, over every page", "[kcna][search]") {
  KcnaIndex k(KcnaSample(kEveryNth));
  for (const char* query : {"Korea", "", "Kim -lang:es"}) {
    SearchRequest r = Query(query);
    r.sort = SearchRequest::Sort::kDate;
    r.limit = 100;
    std::vector<std::string> dates;
    for (r.offset = 0;; r.offset += 100) {
      SearchResponse resp = MustSearch(*k.searcher, r);
      for (const Hit& h : resp.hits) dates.push_back(h.date);
      if (resp.hits.size() < 100) break;
    }
    INFO("query [" << query << "]");
    CHECK(dates.size() > 100);
    CHECK(std::is_sorted(dates.rbegin(), dates.rend()));
  }
}

TEST_CASE("KCNA: the whole of 2012: facets, ranges, spelling", "[kcna][.slow]") {
  std::vector<json> year;
  for (const json& j : KcnaSample(1)) {
    if (Year(j) == "2012") year.push_back(j);
  }
  KcnaIndex k(std::move(year));
  CHECK(k.Facet(Query(""), "month") == k.Count(Month, Any));
  CHECK(k.Facet(Query(""), "year") == k.Count(Year, Any));
  CHECK(k.SortedIds(Dated("2012-05-10", "2012-07-03")) == k.IdsDated("2012-05-10", "2012-07-03"));
  SearchResponse r = MustSearch(*k.searcher, Query("Pyongyng"));
  CHECK(r.spelling == "Pyongyang");
}
