#include "indexer/readers/wxr_reader.h"

#include <catch2/catch.hpp>

#include "indexer/extract/text_clean.h"
#include "indexer/readers/reader_testing.h"
#include "tests/test_support.h"

using concord::WxrReader;
using concord::test::ReadFileText;
using concord::test::ReadWith;
using Names = std::vector<std::string>;

namespace {

std::string SampleExport() {
  std::string xml = ReadFileText(concord::test::SourceDir() /
                                 "corpus/wordpress/peninsulawatch.wordpress.2015-06-20.xml");
  REQUIRE(!xml.empty());
  return xml;
}

// A WXR 1.0 export as older WordPress versions and other tools write it:
// https namespaces, no CDATA (escaped markup instead), no wp:author list,
// stray control characters and an HTML entity XML does not know.
const char* kWxr10 = R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="https://purl.org/rss/1.0/modules/content/"
  xmlns:dc="https://purl.org/dc/elements/1.1/" xmlns:wp="https://wordpress.org/export/1.0/">
<channel>
  <title>Old Blog</title>
  <link>https://oldblog.example/</link>
  <language>en</language>
  <wp:wxr_version>1.0</wp:wxr_version>
  <item>
    <title>Rajin&#8217;s pier &nbsp;reopens)"
                     "\x01"
                     R"(</title>
    <link>https://oldblog.example/2014/09/rajin/</link>
    <dc:creator>Yuna Han</dc:creator>
    <guid isPermaLink="false">https://oldblog.example/?p=7</guid>
    <content:encoded>&lt;p&gt;The rebuilt pier at Rajin took its first coal train.)"
                     "\x02"
                     R"(&lt;/p&gt;&lt;p&gt;Second paragraph.&lt;/p&gt;</content:encoded>
    <wp:post_id>7</wp:post_id>
    <wp:post_date>2014-09-22 10:00:00</wp:post_date>
    <wp:status>publish</wp:status>
    <wp:post_type>post</wp:post_type>
    <category domain="tag" nicename="rajin">Rajin</category>
    <category domain="category" nicename="ports">Ports &amp; Shipping</category>
  </item>
</channel>
</rss>)";

}  // namespace

TEST_CASE("wxr: published posts and pages, display names, site + post id", "[ingest][wxr]") {
  auto r = ReadWith(WxrReader(), SampleExport(), "/exports/pw.xml");
  CHECK(r.errors.empty());
  CHECK(r.thrown.empty());
  REQUIRE(r.docs.size() == 5);
  const auto* p101 = r.Find("peninsulawatch.example/101");
  REQUIRE(p101);
  CHECK(p101->title == "Paying in Rubles: The Small Print of a Big Announcement");
  CHECK(p101->authors == Names{"Elena Morozova"});  // dc:creator holds the login "emorozova"
  CHECK(p101->date == "2014-12-03");
  CHECK(p101->url == "http://peninsulawatch.example/2014/12/03/paying-in-rubles/");
  CHECK(p101->categories == Names{"DPRK–Russia", "Economy"});  // &#8211; inside CDATA
  CHECK(p101->tags == Names{"Rason", "ruble"});
  CHECK(p101->lang == "en");
  CHECK(p101->source == "Peninsula Watch");
  const auto* p103 = r.Find("peninsulawatch.example/103");
  REQUIRE(p103);
  CHECK(p103->title == "Debt Relief & Foreign Policy: Moscow Writes Off Pyongyang's Soviet Loans");
  CHECK(p103->date == "2014-05-08");  // the local date, not the GMT one (2014-05-07)
  const auto* page = r.Find("peninsulawatch.example/110");
  REQUIRE(page);
  CHECK(page->authors == Names{"Editorial Desk"});
  // Blank-line paragraphs (post 102) and [caption] shortcodes (post 104).
  const auto* p102 = r.Find("peninsulawatch.example/102");
  REQUIRE(p102);
  CHECK(p102->body.find("\n\nThere are good reasons to expect a yes.") != std::string::npos);
  CHECK(p102->body.find("He will not go") == std::string::npos);  // comments are not the post
  const auto* p104 = r.Find("peninsulawatch.example/104");
  REQUIRE(p104);
  CHECK(p104->body.find("[caption") == std::string::npos);
  CHECK(p104->body.starts_with("Sergei Lavrov and Ri Su-yong before their talks"));
}

TEST_CASE("wxr: what is left out is counted by reason", "[ingest][wxr]") {
  auto r = ReadWith(WxrReader(), SampleExport(), "/exports/pw.xml");
  CHECK(r.Skipped("draft") == 1);
  CHECK(r.Skipped("private") == 1);
  CHECK(r.Skipped("scheduled") == 1);
  CHECK(r.Skipped("trashed") == 1);
  CHECK(r.Skipped("attachment") == 1);
  CHECK(r.Skipped("menu item") == 1);
  CHECK(r.Find("peninsulawatch.example/120") == nullptr);
}

TEST_CASE("wxr: include_unpublished reads drafts, private, scheduled and trashed posts",
          "[ingest][wxr]") {
  auto r = ReadWith(WxrReader(), SampleExport(), "/exports/pw.xml", /*include_unpublished=*/true);
  CHECK(r.docs.size() == 9);
  const auto* draft = r.Find("peninsulawatch.example/120");
  REQUIRE(draft);
  CHECK(draft->date == "2015-03-02");  // post_date; the GMT date and pubDate are no dates
  CHECK(r.Skipped("attachment") == 1);
  CHECK(r.Skipped("menu item") == 1);
  CHECK(r.Skipped("draft") == 0);
}

TEST_CASE("wxr: version 1.0, https namespaces, no CDATA, stray characters", "[ingest][wxr]") {
  auto r = ReadWith(WxrReader(), kWxr10, "/exports/old.xml");
  CHECK(r.errors.empty());
  REQUIRE(r.docs.size() == 1);
  const auto& d = r.docs[0];
  CHECK(d.id == "oldblog.example/7");
  CHECK(d.title == "Rajin’s pier reopens");
  CHECK(d.authors == Names{"Yuna Han"});
  CHECK(d.date == "2014-09-22");
  CHECK(d.categories == Names{"Ports & Shipping"});
  CHECK(d.tags == Names{"Rajin"});
  CHECK(d.body == "The rebuilt pier at Rajin took its first coal train.\n\nSecond paragraph.");
}

TEST_CASE("wxr: a truncated export keeps every post before the cut", "[ingest][wxr]") {
  std::string xml = SampleExport();
  size_t cut = xml.find("Third, what was missing.");  // inside post 104's content
  REQUIRE(cut != std::string::npos);
  auto r = ReadWith(WxrReader(), xml.substr(0, cut), "/exports/cut.xml");
  CHECK(r.thrown.empty());
  CHECK(r.docs.size() == 3);
  CHECK(r.Find("peninsulawatch.example/101"));
  CHECK(r.Find("peninsulawatch.example/103"));
  CHECK_FALSE(r.Find("peninsulawatch.example/104"));
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].first.starts_with("/exports/cut.xml:"));
  CHECK(r.errors[0].second.find("byte") != std::string::npos);
  CHECK(r.errors[0].second.find("incomplete") != std::string::npos);
}

TEST_CASE("wxr: a damaged item in the middle costs only that item", "[ingest][wxr]") {
  std::string xml = SampleExport();
  size_t title = xml.find("<title>Debt Relief");  // post 103: break its markup
  REQUIRE(title != std::string::npos);
  xml.replace(title, 7, "<title <<");
  auto r = ReadWith(WxrReader(), xml, "/exports/damaged.xml");
  CHECK(r.thrown.empty());
  CHECK(r.docs.size() == 4);
  CHECK_FALSE(r.Find("peninsulawatch.example/103"));
  CHECK(r.Find("peninsulawatch.example/104"));
  CHECK(r.Find("peninsulawatch.example/110"));
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].second.find("resumed") != std::string::npos);
  CHECK(r.Skipped("draft") == 1);  // items after the damage are still classified
}

TEST_CASE("wxr: a file that is no XML at all fails as a whole", "[ingest][wxr]") {
  auto r =
      ReadWith(WxrReader(), "<rss xmlns:wp=\"http://wordpress.org/export/1.2/\"><channel><item>",
               "/exports/stub.xml");
  CHECK(r.docs.empty());
  CHECK_FALSE(r.thrown.empty());
}

// Found by wxr_reader_fuzz: gumbo 0.10 overflows on a numeric character
// reference with many digits and wrote a lone byte (0xC7) into the body.
TEST_CASE("wxr: an out-of-range character reference becomes U+FFFD (fuzz regression)",
          "[ingest][wxr][fuzz]") {
  std::string xml = SampleExport();
  const std::string dash = "Khasan&#8211;Rajin";
  const size_t at = xml.find(dash);
  REQUIRE(at != std::string::npos);
  xml.replace(at, dash.size(), "Khasan&#82111111111111111111111111111;Rajin");
  auto r = ReadWith(WxrReader(), xml, "/exports/pw.xml", /*include_unpublished=*/true);
  bool found = false;
  for (const auto& d : r.docs) {
    CHECK(concord::IsValidUtf8(d.body));
    found |= d.body.find("Khasan\xEF\xBF\xBDRajin") != std::string::npos;
  }
  CHECK(found);
}
