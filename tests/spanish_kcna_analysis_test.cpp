// The analyzer on the Spanish service of KCNA (../shared/data/kcna): language
// labels corrected where the text is Spanish, and accents that the stories
// themselves write inconsistently ("República" and "Republica") folded so
// either spelling finds both.
#include <xapian.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "analysis/analyzer.h"
#include "analysis/language.h"
#include "analysis/stopwords.h"
#include "tests/test_support.h"

using concord::test::SharedDataDir;
using concord::test::TempDir;

namespace {

struct Story {
  std::string id, label, title, body;
};

template <typename Fn>
void ForEachStory(Fn fn) {
  for (const char* file : {"kcna-2011.jsonl", "kcna-2012.jsonl"}) {
    std::ifstream in(SharedDataDir() / "kcna" / file);
    std::string line;
    while (std::getline(in, line)) {
      const nlohmann::json j = nlohmann::json::parse(line);
      fn(Story{j.value("id", ""), j.value("lang", ""), j.value("title", ""), j.value("body", "")});
    }
  }
}

// An independent verdict: English or Spanish by which stop list more of the
// first two kilobytes' words belong to; "" when neither wins.
std::string StopwordVote(const Story& s) {
  int en = 0, es = 0;
  concord::ForEachToken(s.title + "\n" + s.body.substr(0, 2048), [&](const concord::Token& t) {
    en += concord::IsStopword("en", t.text);
    es += concord::IsStopword("es", t.text);
  });
  return es > en ? "es" : en > es ? "en" : "";
}

// Lower-case ASCII with the Spanish accented vowels and ñ spelled plain: the
// test's own folding, written without ICU, to check the analyzer's.
std::string SpanishFold(std::string_view word) {
  static const std::pair<std::string_view, char> kAccents[] = {
      {"á", 'a'}, {"é", 'e'}, {"í", 'i'}, {"ó", 'o'}, {"ú", 'u'}, {"ü", 'u'}, {"ñ", 'n'},
      {"Á", 'a'}, {"É", 'e'}, {"Í", 'i'}, {"Ó", 'o'}, {"Ú", 'u'}, {"Ñ", 'n'}};
  std::string out;
  for (size_t i = 0; i < word.size();) {
    bool replaced = false;
    for (const auto& [accented, plain] : kAccents) {
      if (word.substr(i).starts_with(accented)) {
        out.push_back(plain);
        i += accented.size();
        replaced = true;
        break;
      }
    }
    if (replaced) continue;
    const char c = word[i++];
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  return out;
}

}  // namespace

TEST_CASE("KCNA language labels: Spanish stories labelled en are relabelled",
          "[analysis][spanish][language]") {
  std::map<std::string, size_t> relabelled;
  size_t stories = 0, label_wrong = 0, final_wrong = 0;
  ForEachStory([&](const Story& s) {
    ++stories;
    const std::string vote = StopwordVote(s);
    const std::string lang = concord::DocumentLanguage(s.label, s.title, s.body);
    if (lang != s.label) ++relabelled[s.label + "->" + lang];
    if (vote.empty()) return;
    label_wrong += s.label != vote;
    final_wrong += lang != vote;
  });
  INFO(stories << " stories; labels disagreeing with the stop-word vote: " << label_wrong
               << ", after DocumentLanguage: " << final_wrong
               << "; en->es: " << relabelled["en->es"] << ", es->en: " << relabelled["es->en"]);
  CHECK(stories == 22337);
  CHECK(label_wrong > 800);  // the data's known flaw is there
  CHECK(relabelled["en->es"] > 800);
  CHECK(relabelled["es->en"] <= 2);      // Spanish stories stay Spanish
  CHECK(final_wrong * 1000 <= stories);  // at most 0.1% left
}

TEST_CASE("Spanish KCNA stories: accented and plain spellings find the same stories",
          "[analysis][spanish]") {
  TempDir tmp;
  Xapian::WritableDatabase db(tmp / "db", Xapian::DB_CREATE_OR_OPEN);
  std::vector<std::string> texts;
  size_t n = 0;
  ForEachStory([&](const Story& s) {
    if (n++ % 3 != 0) return;
    if (concord::DocumentLanguage(s.label, s.title, s.body) != "es") return;
    Xapian::Document doc;
    Xapian::termpos pos = 0;
    texts.push_back(s.title + "\n\n" + s.body);
    concord::IndexText(texts.back(), "es", "", doc, &pos);
    db.add_document(doc);  // document ids follow texts: docid = index + 1
  });
  db.commit();
  REQUIRE(texts.size() > 500);
  auto search = [&](const Xapian::Query& q) {
    Xapian::Enquire enquire(db);
    enquire.set_query(q);
    std::set<Xapian::docid> ids;
    Xapian::MSet mset = enquire.get_mset(0, db.get_doccount());
    for (Xapian::MSetIterator it = mset.begin(); it != mset.end(); ++it) ids.insert(*it);
    return ids;
  };
  for (const std::string word :
       {"república", "revolución", "delegación", "económica", "líder", "Corea", "educación"}) {
    // Truth: stories with a word that, folded by the test's own rules, is this word.
    std::set<Xapian::docid> truth;
    std::set<std::string> spellings;
    const std::string folded = SpanishFold(word);
    for (size_t i = 0; i < texts.size(); ++i) {
      concord::ForEachToken(texts[i], [&](const concord::Token& t) {
        const std::string surface = texts[i].substr(t.begin, t.end - t.begin);
        if (SpanishFold(surface) != folded) return;
        truth.insert(static_cast<Xapian::docid>(i + 1));
        spellings.insert(surface);
      });
    }
    INFO(word << ": " << truth.size() << " stories, " << spellings.size() << " spellings");
    CHECK(!truth.empty());
    CHECK(search(concord::PhraseQuery(word, "")) == truth);
    CHECK(search(concord::PhraseQuery(folded, "")) == truth);
  }
  // Stems: the plural finds the singular, accented or not.
  const std::set<Xapian::docid> singular = search(concord::PhraseQuery("relación", ""));
  const std::set<Xapian::docid> plural = search(concord::TextQuery("relaciones", "", {"en", "es"}));
  CHECK(!singular.empty());
  CHECK(std::includes(plural.begin(), plural.end(), singular.begin(), singular.end()));
}
