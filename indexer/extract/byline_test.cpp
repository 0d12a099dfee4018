#include "indexer/extract/byline.h"

#include <catch2/catch.hpp>

using concord::LooksLikePersonName;
using concord::ParseBylineLine;
using concord::SplitAuthors;
using concord::SplitNameList;
using concord::SplitTitleByline;
using Names = std::vector<std::string>;

TEST_CASE("byline lines in the forms of the issue", "[ingest][byline]") {
  auto b = ParseBylineLine("By John Grisafi");
  REQUIRE(b);
  CHECK(b->authors == Names{"John Grisafi"});
  CHECK(b->date == "");

  b = ParseBylineLine("by Anthony Rinna");
  REQUIRE(b);
  CHECK(b->authors == Names{"Anthony Rinna"});

  b = ParseBylineLine("By | November 15, 2014 | No Comments");
  REQUIRE(b);
  CHECK(b->authors.empty());
  CHECK(b->date == "2014-11-15");

  b = ParseBylineLine("By Nadège Rolland / 30 April 2015");
  REQUIRE(b);
  CHECK(b->authors == Names{"Nadège Rolland"});
  CHECK(b->date == "2015-04-30");

  b = ParseBylineLine("By James Calder | November 19, 2014 | 2 Comments");
  REQUIRE(b);
  CHECK(b->authors == Names{"James Calder"});
  CHECK(b->date == "2014-11-19");

  b = ParseBylineLine("Posted on April 24, 2015 by Ryan Osei and Min-ji Seo");
  REQUIRE(b);
  CHECK(b->authors == Names{"Ryan Osei", "Min-ji Seo"});
  CHECK(b->date == "2015-04-24");
}

TEST_CASE("bylines in Russian, Spanish and Korean", "[ingest][byline]") {
  auto b = ParseBylineLine("Автор: Ольга Кравцова");
  REQUIRE(b);
  CHECK(b->authors == Names{"Ольга Кравцова"});
  b = ParseBylineLine("글: 박서연");
  REQUIRE(b);
  CHECK(b->authors == Names{"박서연"});
  b = ParseBylineLine("정민호 기자");
  REQUIRE(b);
  CHECK(b->authors == Names{"정민호"});
  b = ParseBylineLine("Por Tomás Ibarra y Laura Benítez");
  REQUIRE(b);
  CHECK(b->authors == Names{"Tomás Ibarra", "Laura Benítez"});
}

TEST_CASE("prose that starts with By is not a byline", "[ingest][byline]") {
  CHECK_FALSE(ParseBylineLine("By 2020, trade should reach a billion dollars."));
  CHECK_FALSE(ParseBylineLine("By contrast, Moscow kept quiet."));
  CHECK_FALSE(ParseBylineLine("By then it was too late"));
  CHECK_FALSE(ParseBylineLine("— Christopher Green, Co-editor."));
  CHECK_FALSE(ParseBylineLine("Friends for the long-haul"));
}

TEST_CASE("affiliations and roles are not authors", "[ingest][byline]") {
  CHECK(SplitAuthors("Nadège Rolland (NBR)") == Names{"Nadège Rolland"});
  CHECK(SplitAuthors("John Smith, Director") == Names{"John Smith"});
  CHECK(SplitAuthors("John Smith, Senior Fellow at the Institute") == Names{"John Smith"});
  CHECK(SplitAuthors("Ryan Osei, Min-ji Seo and Kenji Mori") ==
        Names{"Ryan Osei", "Min-ji Seo", "Kenji Mori"});
}

TEST_CASE("structured author fields are split but not judged", "[ingest][byline]") {
  CHECK(SplitNameList("Ryan Osei, Min-ji Seo") == Names{"Ryan Osei", "Min-ji Seo"});
  CHECK(SplitNameList("Asia Pacific Notes editors") == Names{"Asia Pacific Notes editors"});
  CHECK(SplitNameList("https://example.org/author/x/") == Names{});
}

TEST_CASE("a byline inside the title line", "[ingest][byline]") {
  auto split = SplitTitleByline(
      "Slow and Steady Wins the Race: pulse of the current DPRK-Russia relationship by Gerard "
      "Clare");
  REQUIRE(split);
  CHECK(split->first ==
        "Slow and Steady Wins the Race: pulse of the current DPRK-Russia relationship");
  CHECK(split->second == "Gerard Clare");
  CHECK_FALSE(SplitTitleByline("Stand by Me"));
  CHECK_FALSE(SplitTitleByline("Sanctioned by North Korea"));
  CHECK_FALSE(SplitTitleByline("A Port Run by the Soviet Union"));
  CHECK_FALSE(SplitTitleByline("Gas Deal Blocked by the Kremlin"));
}

TEST_CASE("the shape of a personal name", "[ingest][byline]") {
  CHECK(LooksLikePersonName("Anthony Rinna"));
  CHECK(LooksLikePersonName("Nadège Rolland"));
  CHECK(LooksLikePersonName("David F. von Hippel"));
  CHECK(LooksLikePersonName("Min-ji Seo"));
  CHECK(LooksLikePersonName("Игорь Белов"));
  CHECK(LooksLikePersonName("박서연"));
  CHECK_FALSE(LooksLikePersonName("the trade will grow"));
  CHECK_FALSE(LooksLikePersonName("DPRK Today"));
  CHECK_FALSE(LooksLikePersonName("2014"));
}
