#include "analysis/language.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>

#include "tests/test_support.h"

using concord::DetectLanguage;
using concord::DocumentLanguage;
using concord::NormalizeLanguageCode;

namespace {

const char* kEnglish =
    "The delegation arrived in Pyongyang on Tuesday for talks on railway links and on the "
    "port of Rajin, which both governments want to open to container traffic next year.";
const char* kSpanish =
    "La delegación llegó a Pyongyang el martes para conversar sobre los enlaces ferroviarios y "
    "sobre el puerto de Rajin, que ambos gobiernos quieren abrir al tráfico de contenedores.";
const char* kRussian =
    "Делегация прибыла в Пхеньян во вторник для переговоров о железнодорожном сообщении и о "
    "порте Раджин, который оба правительства хотят открыть для контейнерных перевозок.";
const char* kKorean =
    "대표단은 화요일에 평양에 도착하여 철도 련결과 라진항 문제를 토의하였으며 두 나라 정부는 "
    "다음해에 이 항구를 콘테이너 수송에 개방하려고 한다.";

// The title and body of one KCNA story, by id.
std::pair<std::string, std::string> KcnaStory(const std::string& file, const std::string& id) {
  std::ifstream in(concord::test::SharedDataDir() / "kcna" / file);
  std::string line;
  const std::string needle = "\"id\": \"" + id + "\"";
  while (std::getline(in, line)) {
    if (line.find(needle) == std::string::npos) continue;
    nlohmann::json j = nlohmann::json::parse(line);
    return {j.value("title", ""), j.value("body", "")};
  }
  FAIL("story " << id << " not found in " << file);
  return {};
}

}  // namespace

TEST_CASE("CLD2 tells the four languages apart", "[language]") {
  CHECK(DetectLanguage(kEnglish) == "en");
  CHECK(DetectLanguage(kSpanish) == "es");
  CHECK(DetectLanguage(kRussian) == "ru");
  CHECK(DetectLanguage(kKorean) == "ko");
  CHECK(DetectLanguage("") == "");
  CHECK(DetectLanguage("12 34 56").empty());
}

TEST_CASE("language labels reduce to ISO 639-1", "[language]") {
  CHECK(NormalizeLanguageCode("en") == "en");
  CHECK(NormalizeLanguageCode("EN") == "en");
  CHECK(NormalizeLanguageCode("en-US") == "en");
  CHECK(NormalizeLanguageCode("en_GB") == "en");
  CHECK(NormalizeLanguageCode("English") == "en");
  CHECK(NormalizeLanguageCode("spa") == "es");
  CHECK(NormalizeLanguageCode("Español") == "es");
  CHECK(NormalizeLanguageCode("es-419") == "es");
  CHECK(NormalizeLanguageCode("Русский") == "ru");
  CHECK(NormalizeLanguageCode("kor") == "ko");
  CHECK(NormalizeLanguageCode("한국어") == "ko");
  CHECK(NormalizeLanguageCode("FR") == "fr");
  CHECK(NormalizeLanguageCode("").empty());
  CHECK(NormalizeLanguageCode("klingon").empty());
}

TEST_CASE("document language: the label unless CLD2 clearly disagrees", "[language]") {
  CHECK(DocumentLanguage("", "Talks", kEnglish) == "en");
  CHECK(DocumentLanguage("", "Переговоры", kRussian) == "ru");
  CHECK(DocumentLanguage("", "", "") == "");
  CHECK(DocumentLanguage("en", "Talks", kEnglish) == "en");
  CHECK(DocumentLanguage("en", "Conversaciones", kSpanish) == "es");  // mislabelled
  CHECK(DocumentLanguage("English", "Talks", kEnglish) == "en");
  CHECK(DocumentLanguage("es", "", "Kim Jong Un") == "es");  // too little text to overrule
  CHECK(DocumentLanguage("fr", "Talks", kEnglish) == "en");  // CLD2 sure, and en is analysed
}

TEST_CASE("document language on real KCNA stories with imperfect labels", "[language]") {
  // Labelled "en", written in Spanish: relabelled.
  auto [title, body] = KcnaStory("kcna-2011.jsonl", "kcna-2011-07-01-036");
  CHECK(DocumentLanguage("en", title, body) == "es");
  // Labelled "en", English with many Arabic names; CLD2 alone says Malay.
  std::tie(title, body) = KcnaStory("kcna-2011.jsonl", "kcna-2011-12-28-022");
  CHECK(DocumentLanguage("en", title, body) == "en");
  // Labelled "es", Spanish; CLD2 is unsure and leans English: the label stays.
  std::tie(title, body) = KcnaStory("kcna-2011.jsonl", "kcna-2011-12-01-036");
  CHECK(DocumentLanguage("es", title, body) == "es");
}
