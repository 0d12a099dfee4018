#include "analysis/name_terms.h"

#include <catch2/catch.hpp>

#include "analysis/analyzer.h"

using namespace concord;

namespace {

// Does a one-document database of text match the key phrase of name?
bool KeyPhraseMatches(const std::string& text, const std::string& name) {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  Xapian::Document doc;
  Xapian::termpos pos = 0;
  IndexText(text, "en", "", doc, &pos);
  db.add_document(doc);
  Xapian::Enquire enquire(db);
  enquire.set_query(NameKeyPhrase(NameKeyPartsOf(Tokenize(name))));
  return enquire.get_mset(0, 10).size() == 1;
}

}  // namespace

TEST_CASE("name terms: every spelling holds the key phrase of every other", "[names]") {
  const std::vector<std::string> spellings{"Choe Ryong Hae", "Choe Ryong-hae", "Choi Ryonghae",
                                           "Ch'oe Ryong-hae", "최룡해"};
  for (const std::string& written : spellings) {
    for (const std::string& typed : spellings) {
      INFO(written << " / " << typed);
      CHECK(KeyPhraseMatches("On Monday " + written + " left for Moscow.", typed));
    }
  }
  CHECK(KeyPhraseMatches("최룡해는 모스크바로 떠났다", "Choi Ryong-hae"));  // particle after the name
  CHECK(KeyPhraseMatches("met Yury Trutnev", "Юрий Трутнев"));
}

TEST_CASE("name terms: a word between two names breaks the phrase", "[names]") {
  CHECK_FALSE(KeyPhraseMatches("Choe and Ryong Hae", "Choe Ryong Hae"));
  CHECK_FALSE(KeyPhraseMatches("Kim Jong Il spoke", "Kim Jong Un"));
  CHECK_FALSE(KeyPhraseMatches("choe ryong hae", "Choe Ryong Hae"));  // not name-like: no keys
}

TEST_CASE("name terms: only name-like tokens get keys", "[names]") {
  Xapian::Document doc;
  NameKeyTerms terms(doc, 0);
  for (const Token& t : Tokenize("the Premier met Ri Su-yong in 평양 and Москва")) terms.Add(t);
  std::vector<std::string> keys;
  for (auto it = doc.termlist_begin(); it != doc.termlist_end(); ++it) keys.push_back(*it);
  CHECK(std::count_if(keys.begin(), keys.end(), [](const std::string& k) {
          return k == "XNthe" || k == "XNmet" || k == "XNin" || k == "XNand";
        }) == 0);
  CHECK(std::find(keys.begin(), keys.end(), "XNi") != keys.end());
  CHECK(std::find(keys.begin(), keys.end(), "XNyong") != keys.end());
  CHECK(std::find(keys.begin(), keys.end(), "XNmoskva") != keys.end());
}
