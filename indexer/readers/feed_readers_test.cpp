#include <catch2/catch.hpp>

#include "indexer/extract/text_clean.h"
#include "indexer/readers/atom_reader.h"
#include "indexer/readers/reader_testing.h"
#include "indexer/readers/rss_reader.h"
#include "tests/test_support.h"

using concord::AtomReader;
using concord::NameFromRssAuthor;
using concord::RssReader;
using concord::test::ReadFileText;
using concord::test::ReadWith;
using Names = std::vector<std::string>;

TEST_CASE("rss: items with guid ids, dc:creator and <author>, feed footers removed",
          "[ingest][feeds]") {
  auto path = concord::test::SourceDir() / "corpus/feeds/krdesk-rss2.xml";
  auto r = ReadWith(RssReader(), ReadFileText(path), path.string());
  CHECK(r.errors.empty());
  REQUIRE(r.docs.size() == 4);
  const auto* kim = r.Find("krdesk-2015-05-01-kim-victory-day");
  REQUIRE(kim);
  CHECK(kim->title == "Kim Jong-un Will Not Attend Victory Day");
  CHECK(kim->authors == Names{"Peter Halloran"});
  CHECK(kim->date == "2015-05-01");
  CHECK(kim->categories == Names{"DPRK-Russia", "Kim Jong-un"});
  CHECK(kim->source == "Korea–Russia Desk");
  CHECK(kim->body.find("appeared first on") == std::string::npos);
  const auto* coal = r.Find("krdesk-2014-12-01-khasan-rajin");
  REQUIRE(coal);
  CHECK(coal->authors == Names{"Marta Quiroga"});
  // A Russian item in a feed whose channel says "en": the text decides.
  const auto* ru = r.Find("http://krdesk.example/ru/2014/04/30/trutnev-pkhenyan/");
  REQUIRE(ru);
  CHECK(ru->lang == "ru");
  CHECK(ru->authors == Names{"Игорь Белов"});
  CHECK(ru->url == "http://krdesk.example/ru/2014/04/30/trutnev-pkhenyan/");
}

TEST_CASE("rss: the name in an <author> element", "[ingest][feeds]") {
  CHECK(NameFromRssAuthor("desk@krdesk.example (Marta Quiroga)") == "Marta Quiroga");
  CHECK(NameFromRssAuthor("Marta Quiroga <desk@krdesk.example>") == "Marta Quiroga");
  CHECK(NameFromRssAuthor("desk@krdesk.example") == "");
  CHECK(NameFromRssAuthor("Marta Quiroga") == "Marta Quiroga");
}

TEST_CASE("rss: description when there is no content:encoded, link when there is no guid",
          "[ingest][feeds]") {
  const char* rss = R"(<rss version="2.0"><channel><title>Mini</title>
<item><title>Short item</title><link>https://mini.example/1</link>
<pubDate>Tue, 18 Nov 2014 12:40:00 +0000</pubDate>
<description>&lt;p&gt;Only a description.&lt;/p&gt;</description></item></channel></rss>)";
  auto r = ReadWith(RssReader(), rss, "/feeds/mini.xml");
  REQUIRE(r.docs.size() == 1);
  CHECK(r.docs[0].id == "https://mini.example/1");
  CHECK(r.docs[0].body == "Only a description.");
  CHECK(r.docs[0].date == "2014-11-18");
}

TEST_CASE("atom: entry ids, several authors, xml:lang, html content", "[ingest][feeds]") {
  auto path = concord::test::SourceDir() / "corpus/feeds/apnotes-atom.xml";
  auto r = ReadWith(AtomReader(), ReadFileText(path), path.string());
  CHECK(r.errors.empty());
  REQUIRE(r.docs.size() == 3);
  const auto* es = r.Find("tag:apnotes.example,2015:entry-0288");
  REQUIRE(es);
  CHECK(es->lang == "es");
  CHECK(es->title == "Corea del Norte y Rusia: una relación económica todavía por construir");
  CHECK(es->authors == Names{"Tomás Ibarra"});
  CHECK(es->date == "2015-03-12");
  CHECK(es->url ==
        "https://apnotes.example/es/2015/03/corea-del-norte-y-rusia-relacion-economica/");
  const auto* two = r.Find("tag:apnotes.example,2014:entry-0201");
  REQUIRE(two);
  CHECK(two->authors == Names{"Laura Benítez", "Kenji Mori"});
  CHECK(two->body.find("<p>") == std::string::npos);
  CHECK(two->source == "Asia Pacific Notes");
}

TEST_CASE("atom: xhtml content, feed-level author, prefixed elements", "[ingest][feeds]") {
  const char* atom = R"(<?xml version="1.0"?>
<a:feed xmlns:a="http://www.w3.org/2005/Atom"><a:title>Prefixed</a:title>
<a:author><a:name>Desk Editors</a:name></a:author>
<a:entry><a:id>urn:x:1</a:id><a:title type="html">Khasan &amp;amp; Rajin</a:title>
<a:updated>2014-09-16T11:20:00Z</a:updated>
<a:content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">
<p>One.</p><p>Two.</p></div></a:content>
</a:entry></a:feed>)";
  auto r = ReadWith(AtomReader(), atom, "/feeds/prefixed.xml");
  REQUIRE(r.docs.size() == 1);
  CHECK(r.docs[0].title == "Khasan & Rajin");
  CHECK(r.docs[0].authors == Names{"Desk Editors"});
  CHECK(r.docs[0].date == "2014-09-16");
  CHECK(r.docs[0].body == "One.\n\nTwo.");
}

// Found by atom_reader_fuzz: attribute values (link href, category label and
// term) were passed on with their bad bytes.
TEST_CASE("atom: invalid UTF-8 in link and category attributes is repaired (fuzz regression)",
          "[ingest][feeds][fuzz]") {
  const std::string atom =
      "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>e1</id><title>T</title>"
      "<link href=\"https://x.example/\xff\xfe/a\"/><category term=\"Nor\xe9th\"/>"
      "<content>Body text.</content></entry></feed>";
  auto r = ReadWith(AtomReader(), atom, "/feeds/bad-bytes.xml");
  REQUIRE(r.docs.size() == 1);
  CHECK(concord::IsValidUtf8(r.docs[0].url));
  CHECK(r.docs[0].url == "https://x.example/\xEF\xBF\xBD\xEF\xBF\xBD/a");
  REQUIRE(r.docs[0].categories.size() == 1);
  CHECK(concord::IsValidUtf8(r.docs[0].categories[0]));
}
