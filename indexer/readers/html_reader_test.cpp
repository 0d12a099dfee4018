#include "indexer/readers/html_reader.h"

#include <catch2/catch.hpp>

#include "indexer/extract/text_clean.h"
#include "indexer/readers/reader_testing.h"
#include "tests/test_support.h"

using concord::HtmlReader;
using concord::test::ReadFileText;
using concord::test::ReadWith;
using concord::test::SourceDir;
using Names = std::vector<std::string>;

namespace {

concord::test::ReadResult ReadSample(const std::string& name) {
  auto path = SourceDir() / "corpus/html" / name;
  std::string html = ReadFileText(path);
  REQUIRE(!html.empty());
  return ReadWith(HtmlReader(), html, path.string());
}

bool Contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("html: a news page with og:, article: and JSON-LD metadata", "[ingest][html]") {
  auto r = ReadSample("nea-monitor-choe-envoy-moscow.html");
  REQUIRE(r.docs.size() == 1);
  const auto& d = r.docs[0];
  CHECK(d.id == "nea-monitor-choe-envoy-moscow.html");
  CHECK(d.title == "Special Envoy, Special Timing: Ch'oe Ryong-hae Goes to Moscow");
  CHECK(d.authors == Names{"James Calder"});
  CHECK(d.date == "2014-11-19");
  CHECK(d.lang == "en");
  CHECK(d.url ==
        "https://www.nea-monitor.example/analysis/2014/11/"
        "special-envoy-special-timing-choe-ryong-hae-moscow/");
  CHECK(d.source == "Northeast Asia Monitor");
  CHECK(d.categories == Names{"Analysis"});
  CHECK(d.tags == Names{"DPRK-Russia"});
  CHECK(d.body.starts_with("A North Korean delegation arrives in Moscow."));
  CHECK(Contains(d.body, "What Moscow gets"));
  // Scripts, styles, menus, share bars, related links, author box, comments: none of it.
  for (const char* furniture :
       {"gtag", "Share on Twitter", "Subscribe", "Related analysis", "is a senior editor",
        "Gazprom", "Leave a Reply", "share clicked", "Newsletter", "All rights reserved"}) {
    INFO(furniture);
    CHECK_FALSE(Contains(d.body, furniture));
  }
  CHECK(r.errors.empty());
}

TEST_CASE("html: older markup, meta author and a printed date", "[ingest][html]") {
  auto r = ReadSample("far-east-review-trutnev-pyongyang.html");
  REQUIRE(r.docs.size() == 1);
  const auto& d = r.docs[0];
  CHECK(d.title == "Trutnev's Three Days in Pyongyang: The Far East Comes Calling");
  CHECK(d.authors == Names{"Sophie Lindqvist"});
  CHECK(d.date == "2014-05-06");
  CHECK(d.tags == Names{"Yuri Trutnev", "Rajin", "Kim Yong-nam", "Russian Far East"});
  CHECK(d.body.starts_with("Between 28 and 30 April, Yuri Trutnev"));
  for (const char* furniture : {"Front page", "Share on VK", "5 min read", "dacha roof",
                                "logged in", "About the Review", "Trutnev Rajin Najin"}) {
    INFO(furniture);
    CHECK_FALSE(Contains(d.body, furniture));
  }
}

TEST_CASE("html: two authors from a JSON-LD array, comments hold articles of their own",
          "[ingest][html]") {
  auto r = ReadSample("tumen-dispatch-rajin-najin-port.html");
  REQUIRE(r.docs.size() == 1);
  const auto& d = r.docs[0];
  CHECK(d.title == "Rajin or Najin? One Port Between Three Capitals");
  CHECK(d.authors == Names{"Ryan Osei", "Min-ji Seo"});
  CHECK(d.date == "2015-04-24");
  CHECK(d.categories == Names{"Economy"});
  CHECK(d.tags == Names{"Rason", "Khasan-Rajin"});
  CHECK_FALSE(Contains(d.body, "Rail tariffs will decide this"));
  CHECK_FALSE(Contains(d.body, "Share this"));
  CHECK_FALSE(Contains(d.body, "Hunchun's new bridge"));
}

TEST_CASE("html: JSON-LD @graph with an author reference", "[ingest][html]") {
  std::string html = R"(<!DOCTYPE html><html lang="ru-RU"><head>
<title>Визит в Пхеньян — Восточный обзор</title>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
 {"@type":"WebSite","@id":"https://vo.example/#site","name":"Восточный обзор"},
 {"@type":"Person","@id":"https://vo.example/#ivanov","name":"Пётр Иванов"},
 {"@type":["Article","NewsArticle"],"headline":"Визит в Пхеньян",
  "datePublished":"2014-04-30T12:00:00+04:00",
  "author":{"@id":"https://vo.example/#ivanov"},"inLanguage":"ru"}]}</script>
</head><body><main><p>Вице-премьер Юрий Трутнев посетил Пхеньян во главе большой делегации.</p></main></body></html>)";
  auto r = ReadWith(HtmlReader(), html, "/site/vizit.html");
  REQUIRE(r.docs.size() == 1);
  CHECK(r.docs[0].title == "Визит в Пхеньян");
  CHECK(r.docs[0].authors == Names{"Пётр Иванов"});
  CHECK(r.docs[0].date == "2014-04-30");
  CHECK(r.docs[0].lang == "ru");
  CHECK(r.docs[0].body == "Вице-премьер Юрий Трутнев посетил Пхеньян во главе большой делегации.");
}

TEST_CASE("html: no metadata at all, title from <title>, byline from the text", "[ingest][html]") {
  std::string html =
      "<html><head><title>Coal at Rajin | Port Notes</title></head><body>"
      "<div class=\"post\"><h1>Coal at Rajin</h1><p>By Marta Quiroga</p><p>1 December 2014</p>"
      "<p>The first trial shipment of Russian coal left Rajin for Pohang.</p>"
      "<p>It is a small step.</p></div></body></html>";
  auto r = ReadWith(HtmlReader(), html, "/site/coal.html");
  REQUIRE(r.docs.size() == 1);
  CHECK(r.docs[0].title == "Coal at Rajin");
  CHECK(r.docs[0].authors == Names{"Marta Quiroga"});
  CHECK(r.docs[0].date == "2014-12-01");
  CHECK(r.docs[0].body ==
        "The first trial shipment of Russian coal left Rajin for Pohang.\n\nIt is a small step.");
}

TEST_CASE("html: a windows-1251 page is converted", "[ingest][html]") {
  // "Пхеньян" in windows-1251.
  std::string html =
      "<html><head><meta charset=\"windows-1251\"><title>T</title></head><body><p>"
      "\xCF\xF5\xE5\xED\xFC\xFF\xED</p></body></html>";
  auto r = ReadWith(HtmlReader(), html, "/site/cp1251.html");
  REQUIRE(r.docs.size() == 1);
  CHECK(r.docs[0].body == "Пхеньян");
  CHECK(r.errors.empty());
}

TEST_CASE("html: a page without text is reported", "[ingest][html]") {
  auto r = ReadWith(HtmlReader(), "<html><head><script>app()</script></head><body></body></html>",
                    "/site/app.html");
  CHECK(r.docs.empty());
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].first == "/site/app.html");
}

// Found by wxr_reader_fuzz (gumbo is shared by every HTML path): gumbo 0.10
// overflows on numeric character references with many digits, in text and in
// attribute values alike; they must read as U+FFFD, as in a browser.
TEST_CASE("html: out-of-range character references become U+FFFD (fuzz regression)",
          "[ingest][html][fuzz]") {
  const std::string html =
      "<html><head><title>Khasan&#82111111111111111111111111111;Rajin</title>"
      "<meta name=\"author\" content=\"Ri&#x1000000000000;Su Yong\"></head><body><article>"
      "<p>The line from Khasan&#4294967361;Rajin took five years for 54 km of track, "
      "and &#0000000065; stays an A.</p></article></body></html>";
  auto r = ReadWith(HtmlReader(), html, "/site/refs.html");
  REQUIRE(r.docs.size() == 1);
  const auto& d = r.docs[0];
  CHECK(d.title == "Khasan\xEF\xBF\xBDRajin");
  for (const std::string& a : d.authors) CHECK(concord::IsValidUtf8(a));
  CHECK(concord::IsValidUtf8(d.body));
  CHECK(d.body.find("Khasan\xEF\xBF\xBDRajin took five years") != std::string::npos);
  CHECK(d.body.find("stays an A.") != std::string::npos);
}
