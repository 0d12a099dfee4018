#include "analysis/word_forms.h"

#include <catch2/catch.hpp>

using concord::CompoundJoiner;
using concord::ComputeWordForms;
using concord::IsDottedAbbreviation;
using concord::Token;
using concord::Tokenize;
using concord::WordForms;

namespace {

using Strings = std::vector<std::string>;

WordForms FormsOf(std::string_view word) {
  std::vector<Token> tokens = Tokenize(word);
  REQUIRE(tokens.size() == 1);
  WordForms forms;
  ComputeWordForms(tokens.front(), &forms);
  return forms;
}

std::string Joined(std::string_view text) {
  std::vector<Token> tokens = Tokenize(text);
  REQUIRE(!tokens.empty());
  CompoundJoiner joiner;
  joiner.Start(tokens.front());
  for (size_t i = 1; i < tokens.size(); ++i) joiner.Add(tokens[i]);
  return std::string(joiner.Joined());
}

}  // namespace

TEST_CASE("plain words are their own single form", "[word_forms]") {
  WordForms f = FormsOf("Pyongyang");
  CHECK(f.sequence == Strings{"pyongyang"});
  CHECK(f.extras.empty());
  CHECK(f.alias.empty());
}

TEST_CASE("apostrophes give a second spelling", "[word_forms]") {
  CHECK(FormsOf("Korea’s").alias == "korea");
  CHECK(FormsOf("Korea’s").sequence == Strings{"korea's"});
  CHECK(FormsOf("Ch'oe").alias == "choe");
  CHECK(FormsOf("Ch'oe's").alias == "choe");
  CHECK(FormsOf("don't").alias == "dont");
}

TEST_CASE("dotted abbreviations are also indexed without dots", "[word_forms]") {
  WordForms f = FormsOf("U.S.");
  CHECK(f.sequence == Strings{"u.s"});
  REQUIRE(f.extras.size() == 1);
  CHECK(f.extras[0].text == "us");
  CHECK(f.extras[0].offset == 0);
  CHECK(f.alias.empty());  // a query for U.S. must not find the pronoun "us"
  CHECK(FormsOf("D.P.R.K.").extras.at(0).text == "dprk");
  CHECK(FormsOf("www.kcna.co.jp").extras.empty());
  CHECK(IsDottedAbbreviation("u.s"));
  CHECK(IsDottedAbbreviation("d.p.r.k"));
  CHECK_FALSE(IsDottedAbbreviation("u.s."));
  CHECK_FALSE(IsDottedAbbreviation("us"));
  CHECK_FALSE(IsDottedAbbreviation("co.jp"));
  CHECK_FALSE(IsDottedAbbreviation("2.4"));
}

TEST_CASE("thousands separators are dropped in the second spelling", "[word_forms]") {
  CHECK(FormsOf("3,000").alias == "3000");
  CHECK(FormsOf("1,250,000").alias == "1250000");
  CHECK(FormsOf("2,4").alias.empty());  // Spanish decimal comma
  CHECK(FormsOf("12,34,567").alias.empty());
  CHECK(FormsOf("2.4").alias.empty());
}

TEST_CASE("Hangul words become syllable n-grams", "[word_forms]") {
  WordForms f = FormsOf("통일의");
  CHECK(f.sequence == Strings{"통일", "일의"});
  CHECK(f.extras.size() == 3);
  CHECK(f.alias.empty());
}

TEST_CASE("compounds join their parts", "[word_forms]") {
  CHECK(Joined("Ryong-hae") == "ryonghae");
  CHECK(Joined("DPRK–Russia") == "dprkrussia");
  CHECK(Joined("2011-12-01") == "20111201");
  CHECK(Joined("state-of-the-art") == "stateoftheart");
  CHECK(Joined("a-b-c-d-e").empty());  // more than kMaxCompoundParts
  CHECK(Joined("Pyongyang").empty());  // a single word is no compound
  CHECK(Joined("DPRK-조선").empty());  // Hangul parts are found by their n-grams
  CHECK(Joined(std::string(40, 'x') + "-" + std::string(40, 'y')).empty());  // too long
}
