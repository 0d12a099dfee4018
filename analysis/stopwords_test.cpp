#include "analysis/stopwords.h"

#include <catch2/catch.hpp>

#include "analysis/normalizer.h"

using concord::IsStopword;

TEST_CASE("stop lists load for the four languages", "[stopwords]") {
  CHECK(IsStopword("en", "the"));
  CHECK(IsStopword("en", "in"));
  CHECK(IsStopword("en", concord::NormalizeForMatch("don’t")));
  CHECK_FALSE(IsStopword("en", "us"));  // U.S. is not a stopword
  CHECK_FALSE(IsStopword("en", "need"));
  CHECK(IsStopword("es", "las"));
  CHECK(IsStopword("ru", "было"));
  CHECK(IsStopword("ru", concord::NormalizeForMatch("её")));  // ё folded like the text
  CHECK(IsStopword("ko", "및"));
  CHECK_FALSE(IsStopword("ko", "통일"));
  CHECK_FALSE(IsStopword("fr", "le"));  // no list: nothing is a stopword
}

TEST_CASE("IsStopwordInAny checks each language", "[stopwords]") {
  CHECK(concord::IsStopwordInAny({"en", "es"}, "las"));
  CHECK_FALSE(concord::IsStopwordInAny({"en"}, "las"));
  CHECK_FALSE(concord::IsStopwordInAny({}, "the"));
}
