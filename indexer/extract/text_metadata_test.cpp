#include "indexer/extract/text_metadata.h"

#include <catch2/catch.hpp>

#include "indexer/extract/text_clean.h"
#include "indexer/readers/reader_testing.h"
#include "tests/test_support.h"

using concord::ArticleMetadata;
using concord::ExtractTextMetadata;
using Names = std::vector<std::string>;

namespace {

ArticleMetadata Seed(const std::string& name) {
  std::string text =
      concord::test::ReadFileText(concord::test::SourceDir() / "corpus/seeds" / name);
  REQUIRE(!text.empty());
  return ExtractTextMetadata(concord::CleanUtf8(text));
}

bool Contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("seed 000: empty first byline with the date, author after the editor's note",
          "[ingest][seeds]") {
  auto m = Seed("000_f7ef6ce3d6a6b41b.txt");
  CHECK(m.title == "Friends in Need: Choe Swoops in on DPRK-Russia Relations");
  CHECK(m.authors == Names{"Anthony Rinna"});
  CHECK(m.date == "2014-11-15");
  CHECK_FALSE(Contains(m.body, "No Comments"));
  CHECK_FALSE(Contains(m.body, "Leave a Reply"));
  CHECK_FALSE(Contains(m.body, "Akismet"));
  CHECK_FALSE(Contains(m.body, "by Anthony Rinna"));
  CHECK(Contains(m.body, "Christopher Green, Co-editor."));  // the editor's note is text
  CHECK(m.body.ends_with("have found a friend in need."));
}

TEST_CASE("seed 001: By NAME under a repeated title", "[ingest][seeds]") {
  auto m = Seed("001_ce52869b641abe91.txt");
  CHECK(m.title == "North Korea’s Pivot to Russia");
  CHECK(m.authors == Names{"John Grisafi"});
  CHECK(m.date == "");
  CHECK(m.body.starts_with("Throughout the past year"));
  CHECK_FALSE(Contains(m.body, "Post a Comment"));
  CHECK_FALSE(Contains(m.body, "House Rules"));
}

TEST_CASE("seed 002: TITLE by NAME, comment thread and WordPress.com form", "[ingest][seeds]") {
  auto m = Seed("002_d4cca7653ec9e00a.txt");
  CHECK(m.title == "Slow and Steady Wins the Race: pulse of the current DPRK-Russia relationship");
  CHECK(m.authors == Names{"Gerard Clare"});
  CHECK(m.date == "");
  CHECK(m.categories == Names{"Guest article"});
  CHECK_FALSE(Contains(m.body, "Sarah says"));
  CHECK_FALSE(Contains(m.body, "A truly inspiring post"));
  CHECK_FALSE(Contains(m.body, "commenting using"));
  CHECK_FALSE(Contains(m.body, "Connecting to"));
  CHECK_FALSE(Contains(m.body, "Bookmark the permalink"));
  // The caption printed twice is indexed once.
  CHECK(m.body.find("Friends for the long-haul") == m.body.rfind("Friends for the long-haul"));
  CHECK(Contains(m.body, "About the author:"));
}

TEST_CASE("seed 003: section label, byline and date on separate lines", "[ingest][seeds]") {
  auto m = Seed("003_ec52d7dd00dd1787.txt");
  CHECK(m.title == "North Korea's New Diplomacy");
  CHECK(m.authors == Names{"Nadège Rolland"});
  CHECK(m.date == "2015-04-30");
  CHECK(m.categories == Names{"Commentary"});
  CHECK(m.body.starts_with("Following the recent announcement"));
  CHECK_FALSE(Contains(m.body, "By Nadège Rolland"));
}

TEST_CASE("seed 004: no byline, no date, a footnote's date is not the article's",
          "[ingest][seeds]") {
  auto m = Seed("004_ede90baec550d5f1.txt");
  CHECK(m.title == "Is Russia-North Korea Cooperation at a New Stage?");
  CHECK(m.authors.empty());
  CHECK(m.date == "");
}

TEST_CASE("Russian and Korean articles in the seeds' layout", "[ingest][seeds]") {
  auto dir = concord::test::SourceDir() / "corpus/text";
  auto ru = ExtractTextMetadata(concord::test::ReadFileText(dir / "ru-pochemu-kim-ne-priedet.txt"));
  CHECK(ru.title == "Почему Ким Чен Ын не приедет на парад Победы");
  CHECK(ru.authors == Names{"Ольга Кравцова"});
  CHECK(ru.date == "2015-04-30");
  CHECK_FALSE(Contains(ru.body, "Мнение автора"));
  auto ko = ExtractTextMetadata(concord::test::ReadFileText(dir / "ko-chinseon-ui-hae.txt"));
  CHECK(ko.title == "러시아와 북한, '친선의 해'는 어디까지 왔나");
  CHECK(ko.authors == Names{"박서연"});
  CHECK(ko.date == "2015-04-30");
}

TEST_CASE("a first line too long for a title gives its first sentence", "[ingest][seeds]") {
  auto speech =
      concord::test::ReadFileText(concord::test::SharedDataDir() / "ko-new-year/2015.txt");
  REQUIRE(!speech.empty());
  auto m = ExtractTextMetadata(speech);
  CHECK(m.title == "친애하는 동지들!");
  CHECK(m.body.starts_with("친애하는 동지들! 우리는"));  // the line stays in the body
}

TEST_CASE("plain text: a Markdown heading, bylines with dates, no header at all",
          "[ingest][seeds]") {
  auto md = ExtractTextMetadata(
      "# Rajin after the first coal train\n\nBy Yuna Han / 22 September 2014\n\n"
      "The rebuilt pier took its first train.\n");
  CHECK(md.title == "Rajin after the first coal train");
  CHECK(md.authors == Names{"Yuna Han"});
  CHECK(md.date == "2014-09-22");
  CHECK(md.body == "The rebuilt pier took its first train.");
  auto bare = ExtractTextMetadata("Just one line of notes.");
  CHECK(bare.title == "Just one line of notes.");
  CHECK(bare.body.empty());
}
