#include "analysis/stemming.h"

#include <catch2/catch.hpp>

using concord::IndexStemLanguage;
using concord::QueryStemLanguages;
using concord::Script;
using concord::Stem;

TEST_CASE("Snowball stems meet across inflections", "[stemming]") {
  CHECK(Stem("ru", "трутнева") == Stem("ru", "трутнев"));
  CHECK(Stem("ru", "посетили") == Stem("ru", "посетил"));
  CHECK(Stem("ru", "переговорах") == Stem("ru", "переговоры"));
  CHECK(Stem("ru", "визита") == Stem("ru", "визит"));
  CHECK(Stem("ru", "пхеньяне") == Stem("ru", "пхеньян"));
  CHECK(Stem("ru", "лаврову") == Stem("ru", "лавров"));
  CHECK(Stem("ru", "кореи") != Stem("ru", "корейский"));  // noun and adjective stay apart
  CHECK(Stem("es", "relaciones") == Stem("es", "relacion"));
  CHECK(Stem("es", "visitas") == Stem("es", "visita"));
  CHECK(Stem("en", "visits") == Stem("en", "visited"));
  CHECK(Stem("en", "korea's") == "korea");
  CHECK(Stem("xx", "words") == "words");  // no stemmer: the word itself
  CHECK(concord::HasStemmer("en"));
  CHECK_FALSE(concord::HasStemmer("ko"));
}

TEST_CASE("index stemmer follows the document language and the script", "[stemming]") {
  CHECK(IndexStemLanguage(Script::kLatin, "en") == "en");
  CHECK(IndexStemLanguage(Script::kLatin, "es") == "es");
  CHECK(IndexStemLanguage(Script::kLatin, "ru") == "en");  // Latin names in Russian text
  CHECK(IndexStemLanguage(Script::kLatin, "") == "en");
  CHECK(IndexStemLanguage(Script::kCyrillic, "en") == "ru");
  CHECK(IndexStemLanguage(Script::kCyrillic, "ru") == "ru");
  CHECK(IndexStemLanguage(Script::kLatin, "fr").empty());   // not a language concord stems
  CHECK(IndexStemLanguage(Script::kHangul, "ko").empty());  // Hangul uses n-grams
  CHECK(IndexStemLanguage(Script::kNumber, "en").empty());
}

TEST_CASE("query stemmers: the query languages per script, Russian for Cyrillic", "[stemming]") {
  using Views = std::vector<std::string_view>;
  CHECK(QueryStemLanguages(Script::kLatin, {"en"}) == Views{"en"});
  CHECK(QueryStemLanguages(Script::kLatin, {"en", "es", "ru"}) == Views{"en", "es"});
  CHECK(QueryStemLanguages(Script::kCyrillic, {"en"}) == Views{"ru"});
  CHECK(QueryStemLanguages(Script::kHangul, {"en", "ko"}).empty());
}
