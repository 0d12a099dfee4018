#include "indexer/entity_extractor.h"

#include <catch2/catch.hpp>
#include <sstream>

#include "analysis/name_key.h"

using namespace concord;

namespace {

std::vector<std::string> Ids(const std::vector<Entity>& entities) {
  std::vector<std::string> ids;
  for (const Entity& e : entities) ids.push_back(e.id);
  return ids;
}

const EntityExtractor& Extractor() {
  static std::istringstream in(
      "kim-jong-un\tperson\tKim Jong Un\tKim Jong-un | 김정은 | Ким Чен Ын\n"
      "kim-jong-il\tperson\tKim Jong Il\tKim Jong-il\n"
      "choe-ryong-hae\tperson\tChoe Ryong Hae\tChoi Ryong-hae | 최룡해 | Чхве Рён Хэ\n"
      "rajin\tplace\tRajin\tNajin\n"
      "x1\tplace\tAlpha\tTwin\n"
      "x2\tplace\tBeta\tTwin\n");
  static const Gazetteer gazetteer = Gazetteer::Parse(in, "t");
  static const EntityExtractor extractor(gazetteer, {"kim", "i", "pak", "cwe"});
  return extractor;
}

}  // namespace

TEST_CASE("entities: gazetteer aliases in any spelling, longest first", "[names][entities]") {
  const auto found = Extractor().Extract(
      "Kim Jong-un visits Najin", "Choi Ryonghae and 최룡해는 met Kim Jong Il. Ким Чен Ын spoke.");
  CHECK(Ids(found) == std::vector<std::string>{"kim-jong-un", "rajin", "choe-ryong-hae",
                                               "kim-jong-il"});
  CHECK(found[0].name == "Kim Jong Un");
  CHECK(found[0].type == "person");
}

TEST_CASE("entities: ambiguous aliases are skipped", "[names][entities]") {
  CHECK(Extractor().Extract("", "The Twin station").empty());
}

TEST_CASE("entities: unknown Korean persons by surname and by title", "[names][entities]") {
  const auto found = Extractor().Extract(
      "", "Kim Yong Chol and Ri Su-yong met Pak Uichun. Premier Wen Jiabao came. "
          "In Pyongyang, Kim Il-sung-ism. Minister of Foreign Affairs.");
  CHECK(Ids(found) == std::vector<std::string>{
                          RulePersonId(NameKey("Kim Yong Chol")), RulePersonId(NameKey("Ri Su Yong")),
                          RulePersonId(NameKey("Pak Ui Chun")), RulePersonId(NameKey("Wen Jiabao"))});
  CHECK(found[0].id == "person:kim-yong-col");
  CHECK(found[0].name == "Kim Yong Chol");
  CHECK(found[1].name == "Ri Su-yong");
}

TEST_CASE("entities: a name stops at a comma, a quote or a paragraph", "[names][entities]") {
  // A list of names: without the commas "Su Yong Kim" and "Kim Jong Il Choi" would run on.
  CHECK(Ids(Extractor().Extract("", "Pak Ui Chun, Ri Su Yong, Kim Jong Il, Choi Ryonghae")) ==
        std::vector<std::string>{RulePersonId(NameKey("Pak Ui Chun")),
                                 RulePersonId(NameKey("Ri Su Yong")), "kim-jong-il",
                                 "choe-ryong-hae"});
  CHECK(Ids(Extractor().Extract("", "\"Kim\" Jong Un; Kim (Jong Il)")).empty());
  CHECK(Ids(Extractor().Extract("", "Kim Jong\n\nUn")).empty());
  // A line break inside a paragraph and a full stop do not end a name.
  CHECK(Ids(Extractor().Extract("", "Kim Jong\nUn met St. Rajin")) ==
        std::vector<std::string>{"kim-jong-un", "rajin"});
}

TEST_CASE("entities: a title does not take in a name the gazetteer knows", "[names][entities]") {
  CHECK(Ids(Extractor().Extract("", "Comrade General Kim Jong Un spoke")) ==
        std::vector<std::string>{"kim-jong-un"});
  CHECK(Ids(Extractor().Extract("", "Marshal Sergei Shoigu Kim Yong Chol")) ==
        std::vector<std::string>{RulePersonId(NameKey("Sergei Shoigu")),
                                 RulePersonId(NameKey("Kim Yong Chol"))});
}
