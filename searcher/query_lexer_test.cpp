#include "searcher/query_lexer.h"

#include <catch2/catch.hpp>

#include "common/error.h"

using namespace concord;
using Kind = QueryTokenKind;

namespace {

std::string Kinds(const std::vector<QueryToken>& tokens) {
  std::string out;
  for (const QueryToken& t : tokens) {
    switch (t.kind) {
      case Kind::kWord:
        out += t.wildcard ? "W* " : "W ";
        break;
      case Kind::kPhrase:
        out += "P ";
        break;
      case Kind::kField:
        out += "F ";
        break;
      case Kind::kOpen:
        out += "( ";
        break;
      case Kind::kClose:
        out += ") ";
        break;
      case Kind::kAnd:
        out += "AND ";
        break;
      case Kind::kOr:
        out += "OR ";
        break;
      case Kind::kNot:
        out += "NOT ";
        break;
      case Kind::kMinus:
        out += "- ";
        break;
      case Kind::kPlus:
        out += "+ ";
        break;
    }
  }
  if (!out.empty()) out.pop_back();
  return out;
}

std::string ErrorOf(std::string_view query) {
  try {
    LexQuery(query);
  } catch (const Error& e) {
    CHECK(e.code() == Status::Code::kInvalidArgument);
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("lexer: words, phrases, groups and operators with their offsets", "[query]") {
  auto t = LexQuery("Choe \"special envoy\" (Moscow OR Khabarovsk) AND NOT Seoul");
  CHECK(Kinds(t) == "W P ( W OR W ) AND NOT W");
  CHECK(t[0].text == "Choe");
  CHECK(t[0].offset == 0);
  CHECK(t[1].text == "special envoy");
  CHECK(t[1].offset == 6);  // the phrase text, after the quote
  CHECK(t[3].text == "Moscow");
  CHECK(t[3].offset == 22);
}

TEST_CASE("lexer: lower-case and/or/not are words", "[query]") {
  CHECK(Kinds(LexQuery("war and peace or not")) == "W W W W W");
}

TEST_CASE("lexer: signs count only when they touch their operand", "[query]") {
  CHECK(Kinds(LexQuery("-Moscow +Seoul")) == "- W + W");
  CHECK(Kinds(LexQuery("-\"special envoy\" -(a b) -title:x")) == "- P - ( W W ) - F W");
  CHECK(Kinds(LexQuery("Ryong-hae 2014-11")) == "W W");  // inner hyphens are text
  CHECK(Kinds(LexQuery("a - b")) == "W W W");            // a lone dash is text (no words)
}

TEST_CASE("lexer: fields take a word, a phrase or a group right after the colon", "[query]") {
  auto t = LexQuery("title:Rajin author:\"Nadège Rolland\" title:(a OR b) date:2014-11..2015-04");
  CHECK(Kinds(t) == "F W F P F ( W OR W ) F W");
  CHECK(t[0].text == "title");
  CHECK(t[1].text == "Rajin");
  CHECK(t[1].offset == 6);
  CHECK(t[3].text == "Nadège Rolland");
  CHECK(t[11].text == "2014-11..2015-04");
  // Field names are ASCII letters; other colons are text.
  CHECK(Kinds(LexQuery("12:30 :x")) == "W W");
}

TEST_CASE("lexer: a field without a value is an error", "[query]") {
  CHECK_THAT(ErrorOf("Kim title:"),
             Catch::Contains("title: has no value") && Catch::Contains("at character 5"));
  CHECK_THAT(ErrorOf("author: Rolland"), Catch::Contains("author: has no value"));
}

TEST_CASE("lexer: trailing stars make a wildcard", "[query]") {
  auto t = LexQuery("presid* title:nucl** *");
  CHECK(Kinds(t) == "W* F W* W*");
  CHECK(t[0].text == "presid");
  CHECK(t[2].text == "nucl");
  CHECK(t[3].text.empty());
}

TEST_CASE("lexer: typographic quotes delimit phrases too", "[query]") {
  auto t = LexQuery(
      "\xE2\x80\x9C"
      "Kim Jong Un"
      "\xE2\x80\x9D visit \xE2\x80\x9E"
      "x y\"");
  CHECK(Kinds(t) == "P W P");
  CHECK(t[0].text == "Kim Jong Un");
  CHECK(t[2].text == "x y");
}

TEST_CASE("lexer: an unclosed quote is reported at its character position", "[query]") {
  // "Ким " is 4 characters and 7 bytes: the position counts characters.
  CHECK_THAT(ErrorOf("Ким \"Чен Ын"),
             Catch::Contains("unbalanced quote") && Catch::Contains("at character 5"));
  CHECK(ErrorOf("\"closed\" fine").empty());
}

TEST_CASE("lexer: no-break and ideographic spaces separate words", "[query]") {
  CHECK(Kinds(LexQuery("Kim\xC2\xA0Jong\xE3\x80\x80Un")) == "W W W");
}
