#include "indexer/gazetteer.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <sstream>

#include "analysis/name_key.h"

using namespace concord;

TEST_CASE("gazetteer: aliases are found through name keys", "[names][gazetteer]") {
  std::istringstream in(
      "# comment\n"
      "choe-ryong-hae\tperson\tChoe Ryong Hae\tChoi Ryong-hae | 최룡해 | Чхве Рён Хэ\n"
      "\n"
      "rajin\tplace\tRajin\tNajin | 라진\n");
  const Gazetteer g = Gazetteer::Parse(in, "test.tsv");
  CHECK(g.warnings().empty());
  REQUIRE(g.entries().size() == 2);
  for (const char* spelling : {"Ch'oe Ryonghae", "Чхве Рён Хэ", "최룡해", "Choe Ryong Hae"}) {
    const GazetteerEntry* e = g.FindByKey(NameKey(spelling));
    REQUIRE(e);
    CHECK(e->id == "choe-ryong-hae");
  }
  CHECK(g.FindByKey(NameKey("Najin"))->id == "rajin");
  CHECK(g.FindById("rajin")->name == "Rajin");
  CHECK(g.FindByKey(NameKey("Pyongyang")) == nullptr);
}

TEST_CASE("gazetteer: malformed lines are reported with their number and skipped",
          "[names][gazetteer]") {
  std::istringstream in(
      "ok-one\tperson\tKim Yong Chol\tKim Yong-chol\n"
      "only\ttwo columns\n"
      "bad-type\tthing\tSomething\tSome\n"
      "ok-one\tperson\tKim Yong Chol\tduplicate\n"
      "ok-two\tplace\tRason\t\n");
  const Gazetteer g = Gazetteer::Parse(in, "gaz.tsv");
  REQUIRE(g.entries().size() == 2);
  REQUIRE(g.warnings().size() == 3);
  CHECK_THAT(g.warnings()[0], Catch::StartsWith("gaz.tsv:2: expected 4 tab-separated columns"));
  CHECK_THAT(g.warnings()[1], Catch::StartsWith("gaz.tsv:3: type 'thing'"));
  CHECK_THAT(g.warnings()[2], Catch::StartsWith("gaz.tsv:4: duplicate id 'ok-one'"));
}

TEST_CASE("gazetteer: a shared alias goes to the entity it is the display name of",
          "[names][gazetteer]") {
  std::istringstream in(
      "ri-yong-ho\tperson\tRi Yong Ho\tLee Yong-ho\n"
      "ri-yong-ho-kpa\tperson\tRi Yong Ho (general)\tRi Yong Ho | Lee Yong-ho\n"
      "a\tplace\tAlpha Town\tShared Name\n"
      "b\tplace\tBeta Town\tShared Name\n");
  const Gazetteer g = Gazetteer::Parse(in, "t");
  CHECK(g.FindByKey(NameKey("Ri Yong-ho"))->id == "ri-yong-ho");
  bool ambiguous = false;
  CHECK(g.FindByKey(NameKey("Shared Name"), &ambiguous) == nullptr);
  CHECK(ambiguous);
}

TEST_CASE("gazetteer: the shipped file loads without warnings", "[names][gazetteer]") {
  const Gazetteer& g = DefaultGazetteer();
  CHECK(g.warnings().empty());
  CHECK(g.entries().size() >= 300);
  CHECK(g.FindByKey(NameKey("Чхве Рён Хэ"))->id == "choe-ryong-hae");
  CHECK(g.FindByKey(NameKey("Kim Jung-eun"))->id == "kim-jong-un");
  CHECK(g.FindByKey(NameKey("Kim Jong-il"))->id == "kim-jong-il");
}

TEST_CASE("gazetteer: an entity knows the entities whose names hold its own",
          "[names][gazetteer]") {
  std::istringstream in(
      "kim-il-sung\tperson\tKim Il Sung\tKim Il-song | 김일성\n"
      "square\tplace\tKim Il Sung Square\t김일성광장\n"
      "university\torg\tKim Il Sung University\t\n"
      "sung\tperson\tIl Sung\t\n");
  const Gazetteer g = Gazetteer::Parse(in, "t");
  CHECK(g.FindById("kim-il-sung")->containers ==
        std::vector<std::string>{"square", "university"});
  // A key never contains itself, and a longer name contains a shorter one only.
  CHECK(g.FindById("square")->containers.empty());
  CHECK(g.FindById("sung")->containers ==
        std::vector<std::string>{"kim-il-sung", "square", "university"});
  // On the shipped file too.
  const std::vector<std::string>& shipped = DefaultGazetteer().FindById("kim-il-sung")->containers;
  CHECK(std::find(shipped.begin(), shipped.end(), "kim-il-sung-square") != shipped.end());
}

TEST_CASE("gazetteer: the fingerprint changes with ids and keys, not with spellings of one key",
          "[names][gazetteer]") {
  auto fingerprint = [](const std::string& text) {
    std::istringstream in(text);
    return Gazetteer::Parse(in, "t").fingerprint();
  };
  const std::string base = fingerprint("rajin\tplace\tRajin\tNajin\n");
  CHECK(base.size() == 16);
  CHECK(fingerprint("# a comment\nrajin\tplace\tRajin\tNajin\n") == base);
  CHECK(fingerprint("rajin\tplace\tRajin\tNa-jin\n") == base);  // same key as Najin
  CHECK(fingerprint("rajin\tplace\tRajin\tNajin | Rason\n") != base);
  CHECK(fingerprint("rajin-city\tplace\tRajin\tNajin\n") != base);
  CHECK(Gazetteer::Load("/nonexistent/entities.tsv").fingerprint().size() == 16);
  CHECK(DefaultGazetteer().fingerprint() != base);
}
