// The analyzer through the real binaries: documents written here in Russian,
// Spanish and English are indexed by concord-index, and concord-search finds
// them by other inflections, without accents, and by stems. Bad input
// (ill-formed UTF-8, a 10 MB "word") is indexed without harm.
#include <sys/resource.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <set>

#include "tests/test_support.h"

using concord::test::BinaryPath;
using concord::test::kSanitized;
using concord::test::Run;
using concord::test::TempDir;
using concord::test::WriteFile;

namespace {

const char* kRussian = R"(Трутнев посетил Пхеньян

Вице-премьер Юрий Трутнев посетил Пхеньян и провёл переговоры о поставках
зерна. По его словам, перевозки по железной дороге Хасан–Раджин выросли.)";

const char* kSpanish = R"(Nueva etapa de la relación entre Rusia y la RPDC

La investigadora Nadège Rolland considera que la relación bilateral entró en una
etapa de cooperación económica, con inversiones en el puerto de Rajin.)";

const char* kEnglish = R"(Friends in Need: Moscow and Pyongyang

The deputy prime minister visited Pyongyang twice this year. Analysts say the
U.S. sanctions pushed the DPRK–Russia relationship toward closer ties, and
Korea’s railway officials met their counterparts in Khasan.)";

class Corpus {
 public:
  Corpus() {
    WriteFile(tmp_.path() / "docs" / "ru.txt", kRussian);
    WriteFile(tmp_.path() / "docs" / "es.txt", kSpanish);
    WriteFile(tmp_.path() / "docs" / "en.txt", kEnglish);
    auto r = Run(BinaryPath("concord-index"), {"--db", db_, "--quiet", tmp_ / "docs"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
  }

  // Ids of the documents concord-search finds for query.
  std::set<std::string> Find(const std::string& query) const {
    auto r = Run(BinaryPath("concord-search"), {"--db", db_, "--json", query});
    INFO(query << ": " << r.err);
    REQUIRE(r.exit_code == 0);
    const nlohmann::json response = nlohmann::json::parse(r.out);
    std::set<std::string> ids;
    for (const auto& hit : response["results"]) ids.insert(hit["id"].get<std::string>());
    return ids;
  }

 private:
  TempDir tmp_;
  std::string db_ = tmp_ / "index";
};

using Ids = std::set<std::string>;

long ChildrenPeakRssMb() {
  rusage usage{};
  getrusage(RUSAGE_CHILDREN, &usage);
  return usage.ru_maxrss / 1024;
}

}  // namespace

TEST_CASE("concord-search: Russian morphology", "[analysis][russian][cli]") {
  Corpus corpus;
  CHECK(corpus.Find("Трутнева") == Ids{"ru.txt"});
  CHECK(corpus.Find("Трутневым") == Ids{"ru.txt"});
  CHECK(corpus.Find("посетили") == Ids{"ru.txt"});
  CHECK(corpus.Find("переговорах") == Ids{"ru.txt"});
  CHECK(corpus.Find("Пхеньяне") == Ids{"ru.txt"});
  CHECK(corpus.Find("провел") == Ids{"ru.txt"});  // ё written as е
}

TEST_CASE("concord-search: Spanish accents", "[analysis][spanish][cli]") {
  Corpus corpus;
  CHECK(corpus.Find("relacion") == Ids{"es.txt"});
  CHECK(corpus.Find("RELACIÓN") == Ids{"es.txt"});
  CHECK(corpus.Find("Nadege") == Ids{"es.txt"});
  CHECK(corpus.Find("cooperacion economica") == Ids{"es.txt"});
  CHECK(corpus.Find("relaciones") == Ids{"es.txt"});
}

TEST_CASE("concord-search: English stems, phrases and punctuation", "[analysis][cli]") {
  Corpus corpus;
  CHECK(corpus.Find("visits") == Ids{"en.txt"});
  CHECK(corpus.Find("analyst") == Ids{"en.txt"});
  CHECK(corpus.Find("\"Friends in Need\"") == Ids{"en.txt"});
  CHECK(corpus.Find("\"Korea's railway\"") == Ids{"en.txt"});
  CHECK(corpus.Find("\"DPRK-Russia relationship\"") == Ids{"en.txt"});
  CHECK(corpus.Find("U.S.") == Ids{"en.txt"});
}

TEST_CASE("concord-index: ill-formed UTF-8 is repaired per document", "[analysis][cli]") {
  TempDir tmp;
  WriteFile(tmp.path() / "docs" / "bad.txt",
            "Broken bytes\n\nKim Jong \xFF\xFE Un visited Rajin \xC3 port in \xED\xA0\x80 May.");
  WriteFile(tmp.path() / "docs" / "good.txt", "Clean\n\nA clean document about Rajin.");
  const std::string db = tmp / "index";
  auto r = Run(BinaryPath("concord-index"), {"--db", db, "--quiet", tmp / "docs"});
  INFO(r.err);
  CHECK((r.exit_code == 0 || r.exit_code == 1));
  CHECK(r.err.find("bad.txt") != std::string::npos);
  CHECK(r.err.find("invalid UTF-8") != std::string::npos);
  auto s = Run(BinaryPath("concord-search"), {"--db", db, "--json", "\"Kim Jong\" visited port"});
  REQUIRE(s.exit_code == 0);
  const nlohmann::json response = nlohmann::json::parse(s.out);
  REQUIRE(response["results"].size() == 1);
  CHECK(response["results"][0]["id"] == "bad.txt");
  auto both = Run(BinaryPath("concord-search"), {"--db", db, "--json", "Rajin"});
  CHECK(nlohmann::json::parse(both.out)["total"] == 2);
}

TEST_CASE("concord-index: a 10 MB single word neither fails nor blows up memory",
          "[analysis][cli]") {
  TempDir tmp;
  WriteFile(tmp.path() / "docs" / "huge.txt",
            "Huge word\n\nbefore " + std::string(10 << 20, 'x') + " after the word");
  const std::string db = tmp / "index";
  auto r = Run(BinaryPath("concord-index"), {"--db", db, "--quiet", tmp / "docs"});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  // The reader holds a few copies of the 10 MB text; the analysis adds no more.
  if (!kSanitized) CHECK(ChildrenPeakRssMb() < 200);
  auto s = Run(BinaryPath("concord-search"), {"--db", db, "--json", "\"before\""});
  REQUIRE(s.exit_code == 0);
  CHECK(nlohmann::json::parse(s.out)["total"] == 1);
  auto after = Run(BinaryPath("concord-search"), {"--db", db, "--json", "after"});
  CHECK(nlohmann::json::parse(after.out)["total"] == 1);
}
