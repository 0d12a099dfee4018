#include "indexer/extract/boilerplate.h"

#include <catch2/catch.hpp>

using concord::IsBoilerplateParagraph;
using concord::OpensCommentSection;
using concord::ParseFiledUnder;
using concord::RemoveBoilerplate;
using Lines = std::vector<std::string>;

TEST_CASE("comment sections open with the forms sites print", "[ingest][boilerplate]") {
  CHECK(OpensCommentSection("No Comments"));
  CHECK(OpensCommentSection("2 Comments"));
  CHECK(OpensCommentSection("One Response to Slow and Steady Wins the Race"));
  CHECK(OpensCommentSection("3 thoughts on “Rajin or Najin? One Port Between Three Capitals”"));
  CHECK(OpensCommentSection("Leave a Reply"));
  CHECK(OpensCommentSection("Post a Comment"));
  CHECK(OpensCommentSection("Comments are closed."));
  CHECK(OpensCommentSection("1. Sarah says:"));
  CHECK_FALSE(OpensCommentSection("Andrei Lankov, professor at Kookmin University, says:"));
  CHECK_FALSE(OpensCommentSection("Comments by the foreign ministry were brief."));
}

TEST_CASE("furniture paragraphs", "[ingest][boilerplate]") {
  CHECK(IsBoilerplateParagraph(
      "This site uses Akismet to reduce spam. Learn how your comment data is processed."));
  CHECK(IsBoilerplateParagraph("We follow the House Rules as outlined by the BBC here."));
  CHECK(IsBoilerplateParagraph("Fill in your details below or click an icon to log in:"));
  CHECK(
      IsBoilerplateParagraph("You are commenting using your Twitter account. Log Out / Change )"));
  CHECK(IsBoilerplateParagraph("Connecting to %s"));
  CHECK(IsBoilerplateParagraph("Share this:"));
  CHECK(IsBoilerplateParagraph(
      "Your email address will not be published. Required fields are marked *"));
  CHECK(IsBoilerplateParagraph(
      "The post Kim Jong-un Will Not Attend Victory Day appeared first on Korea–Russia Desk."));
  CHECK_FALSE(IsBoilerplateParagraph("This piece first appeared in the Lowy Interpreter here."));
  CHECK_FALSE(IsBoilerplateParagraph("Share prices in Seoul fell after the announcement."));
}

TEST_CASE("post footers give categories and tags", "[ingest][boilerplate]") {
  Lines categories, tags;
  CHECK(ParseFiledUnder(
      "This entry was posted in Guest article and tagged , , , . Bookmark the permalink.",
      &categories, &tags));
  CHECK(categories == Lines{"Guest article"});
  CHECK(tags.empty());
  categories.clear();
  CHECK(ParseFiledUnder("Posted in Economy | Tagged Rason, Khasan-Rajin", &categories, &tags));
  CHECK(categories == Lines{"Economy"});
  CHECK(tags == Lines{"Rason", "Khasan-Rajin"});
  CHECK_FALSE(ParseFiledUnder("Posted in haste, the statement said little.", &categories, &tags));
  CHECK(categories == Lines{"Economy"});
}

TEST_CASE("removing furniture keeps the article", "[ingest][boilerplate]") {
  Lines article = {"Title of the piece",
                   "Friends for the long-haul",
                   "Friends for the long-haul",
                   "First paragraph of the article.",
                   "A symbol of cooperation: the railway. | Image: PressTV",
                   "A symbol of economic cooperation: the railway. | Image: PressTV/YouTube",
                   "Share this:",
                   "Last paragraph.",
                   "One Response to Title of the piece",
                   "1. Sarah says:",
                   "A truly inspiring post, thanks!",
                   "Leave a Reply"};
  auto clean = RemoveBoilerplate(article, {"Title of the piece"});
  CHECK(clean.paragraphs ==
        Lines{"Friends for the long-haul", "First paragraph of the article.",
              "A symbol of economic cooperation: the railway. | Image: PressTV/YouTube",
              "Last paragraph."});
}

TEST_CASE("a closing editorial disclaimer is furniture", "[ingest][boilerplate]") {
  auto clean = RemoveBoilerplate(
      {"Заголовок", "Текст статьи.", "Мнение автора может не совпадать с позицией редакции."}, {});
  CHECK(clean.paragraphs == Lines{"Заголовок", "Текст статьи."});
}
