// The analyzer's promise, checked on real text: index a document, then for
// its words as a reader would type them (whitespace-separated chunks, with
// their punctuation, hyphens, apostrophes, particles) the query the analyzer
// builds finds that document, and so does every short phrase of it.
// Text: a sample of KCNA stories in English and Spanish, Korean New Year
// speeches, and a Russian text written for this test.
#include <concord/schema.h>
#include <xapian.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "analysis/analyzer.h"
#include "analysis/language.h"
#include "tests/test_support.h"

using concord::test::SharedDataDir;
using concord::test::TempDir;
namespace fs = std::filesystem;

namespace {

// Written for this test: a short Russian news story in the register of the
// Russian press on the Far East and the DPRK.
const char* kRussianStory = R"(Юрий Трутнев посетил Пхеньян

Вице-премьер Юрий Трутнев во вторник прибыл в Пхеньян, где провёл переговоры с
премьером Пак Пон Чжу. Стороны обсудили работу межправительственной комиссии,
поставки зерна и строительство моста через реку Туманная.

По словам Трутнева, российские компании готовы расширить грузоперевозки по
железной дороге Хасан–Раджин. «Мы видим интерес к порту Раджин со стороны
угольщиков и рыбаков», — сказал он журналистам. Министр по развитию Дальнего
Востока напомнил, что в прошлом году через порт прошло 1,2 млн тонн грузов.

Делегация также посетила Кэсонский промышленный район и встретилась с
руководством Министерства внешних экономических связей КНДР. Следующее
заседание комиссии назначено на осень во Владивостоке.)";

struct Sample {
  std::string id;
  std::string lang;
  std::string text;
};

std::vector<Sample> KcnaSample(size_t every_nth) {
  std::vector<Sample> samples;
  for (const char* file : {"kcna-2011.jsonl", "kcna-2012.jsonl"}) {
    std::ifstream in(SharedDataDir() / "kcna" / file);
    std::string line;
    for (size_t n = 0; std::getline(in, line); ++n) {
      if (n % every_nth != 0) continue;
      const nlohmann::json j = nlohmann::json::parse(line);
      const std::string title = j.value("title", ""), body = j.value("body", "");
      samples.push_back({j.value("id", ""),
                         concord::DocumentLanguage(j.value("lang", ""), title, body),
                         title + "\n\n" + body});
    }
  }
  return samples;
}

std::vector<Sample> SpeechSample(size_t every_nth) {
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(SharedDataDir() / "ko-new-year"))
    files.push_back(e.path());
  std::sort(files.begin(), files.end());
  std::vector<Sample> samples;
  for (size_t i = 0; i < files.size(); i += every_nth) {
    std::ifstream in(files[i], std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    samples.push_back({files[i].filename().string(), "ko", text.str()});
  }
  return samples;
}

std::vector<std::string> Chunks(const std::string& text) {
  std::vector<std::string> chunks;
  std::istringstream in(text);
  std::string chunk;
  while (in >> chunk) chunks.push_back(chunk);
  return chunks;
}

struct RoundTrip {
  size_t words = 0, phrases = 0;
  std::vector<std::string> failures;
};

// Indexes samples into a fresh database and queries each one's chunks.
RoundTrip Check(const std::vector<Sample>& samples, size_t word_step, size_t phrase_step) {
  TempDir tmp;
  Xapian::WritableDatabase db(tmp / "db", Xapian::DB_CREATE_OR_OPEN);
  for (const Sample& s : samples) {
    Xapian::Document doc;
    Xapian::termpos pos = 0;
    concord::IndexText(s.text, s.lang, "", doc, &pos);
    doc.add_boolean_term(std::string(concord::schema::kIdPrefix) + s.id);
    db.add_document(doc);
  }
  db.commit();
  Xapian::Enquire enquire(db);
  RoundTrip result;
  auto finds = [&](const Xapian::Query& query, const Sample& s) {
    enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, query,
                                    Xapian::Query(std::string(concord::schema::kIdPrefix) + s.id)));
    return enquire.get_mset(0, 1).size() == 1;
  };
  auto fail = [&](const Sample& s, const std::string& what) {
    if (result.failures.size() < 25) result.failures.push_back(s.id + " (" + s.lang + "): " + what);
  };
  for (const Sample& s : samples) {
    const std::vector<std::string> chunks = Chunks(s.text);
    const std::vector<std::string> langs{"en", s.lang};
    for (size_t i = 0; i < chunks.size(); i += word_step) {
      Xapian::Query q = concord::TextQuery(chunks[i], "", langs);
      if (q.empty()) continue;  // punctuation only
      ++result.words;
      if (!finds(q, s)) fail(s, "word [" + chunks[i] + "]");
    }
    for (size_t i = 0; i + 1 < chunks.size(); i += phrase_step) {
      std::string phrase = chunks[i];
      const size_t length = 2 + i % 4;  // 2 to 5 chunks
      for (size_t k = 1; k < length && i + k < chunks.size(); ++k) phrase += " " + chunks[i + k];
      Xapian::Query q = concord::PhraseQuery(phrase, "");
      if (q.empty()) continue;
      ++result.phrases;
      if (!finds(q, s)) fail(s, "phrase [" + phrase + "]");
    }
  }
  return result;
}

void Report(const RoundTrip& r) {
  std::string failures;
  for (const std::string& f : r.failures) failures += "\n  " + f;
  INFO(r.words << " words and " << r.phrases << " phrases queried; failures:" << failures);
  CHECK(r.failures.empty());
}

}  // namespace

TEST_CASE("round trip: KCNA stories in English and Spanish", "[analysis][roundtrip]") {
  std::vector<Sample> samples = KcnaSample(90);
  REQUIRE(samples.size() > 200);
  const auto spanish =
      std::count_if(samples.begin(), samples.end(), [](const Sample& s) { return s.lang == "es"; });
  CHECK(spanish > 10);
  RoundTrip r = Check(samples, 2, 5);
  CHECK(r.words > 10000);
  Report(r);
}

TEST_CASE("round trip: Korean New Year speeches", "[analysis][roundtrip][korean]") {
  RoundTrip r = Check(SpeechSample(4), 3, 7);
  CHECK(r.words > 3000);
  Report(r);
}

TEST_CASE("round trip: Russian text, every word and phrase", "[analysis][roundtrip][russian]") {
  RoundTrip r = Check({{"ru-trutnev", "ru", kRussianStory}}, 1, 1);
  CHECK(r.words > 90);
  Report(r);
}
