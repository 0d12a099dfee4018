#include "analysis/tokenizer.h"

#include <sys/resource.h>

#include <catch2/catch.hpp>
#include <random>

#include "analysis/normalizer.h"
#include "tests/test_support.h"

using concord::ForEachToken;
using concord::kMaxWordBytes;
using concord::Script;
using concord::Token;
using concord::Tokenize;

namespace {

std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> out;
  for (const Token& t : Tokenize(text)) out.push_back(t.text);
  return out;
}

using Strings = std::vector<std::string>;

// Peak resident memory of this process so far, in MB.
long PeakRssMb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024;
}

}  // namespace

TEST_CASE("tokenizer keeps numbers and dotted abbreviations whole", "[tokenizer]") {
  CHECK(Words("The U.S. and the D.P.R.K. signed") ==
        Strings{"the", "u.s", "and", "the", "d.p.r.k", "signed"});
  CHECK(Words("DPRK exports rose 2.4% to 3,000 tons") ==
        Strings{"dprk", "exports", "rose", "2.4", "to", "3,000", "tons"});
  CHECK(Words("Korea’s Ch'oe") == Strings{"korea's", "ch'oe"});
}

TEST_CASE("tokenizer marks the parts of hyphenated compounds", "[tokenizer]") {
  std::vector<Token> t = Tokenize("Choe Ryong-hae met DPRK–Russia envoys");
  REQUIRE(t.size() == 7);
  CHECK(t[1].text == "ryong");
  CHECK_FALSE(t[1].joined_to_previous);
  CHECK(t[2].text == "hae");
  CHECK(t[2].joined_to_previous);
  CHECK_FALSE(t[3].joined_to_previous);
  CHECK(t[5].text == "russia");
  CHECK(t[5].joined_to_previous);  // en dash joins like a hyphen
  CHECK_FALSE(t[6].joined_to_previous);

  CHECK_FALSE(Tokenize("talks—and")[1].joined_to_previous);  // em dash separates
  CHECK_FALSE(Tokenize("Ryong - hae")[1].joined_to_previous);
  CHECK_FALSE(Tokenize("Ryong--hae")[1].joined_to_previous);
  CHECK(Tokenize("Ryong\xE2\x80\x91hae")[1].joined_to_previous);  // non-breaking hyphen
}

TEST_CASE("tokenizer offsets point at the original bytes", "[tokenizer]") {
  const std::string text = "  Nadège  visited Трутнев, 조국통일을!";
  for (const Token& t : Tokenize(text)) {
    CHECK(concord::NormalizeForMatch(text.substr(t.begin, t.end - t.begin)) == t.text);
  }
  std::vector<Token> t = Tokenize(text);
  REQUIRE(t.size() == 4);
  CHECK(t[0].script == Script::kLatin);
  CHECK(t[0].capitalized);
  CHECK_FALSE(t[1].capitalized);
  CHECK(t[2].script == Script::kCyrillic);
  CHECK(t[3].script == Script::kHangul);
}

TEST_CASE("tokenizer splits Hangul from digits and Latin letters", "[tokenizer]") {
  std::vector<Token> t = Tokenize("1946년도 DPRK의 조국통일을 위하여");
  REQUIRE(t.size() == 6);
  CHECK(t[0].text == "1946");
  CHECK(t[0].script == Script::kNumber);
  CHECK(t[1].text == "년도");
  CHECK(t[1].script == Script::kHangul);
  CHECK(t[2].text == "dprk");
  CHECK(t[3].text == "의");
  CHECK(t[4].text == "조국통일을");
}

TEST_CASE("tokenizer never puts ill-formed UTF-8 into a token", "[tokenizer]") {
  CHECK(Words("abc\xFF"
              "def \xC3 ghi") == Strings{"abc", "def", "ghi"});
  std::mt19937 random(20240607);
  const std::string alphabet[] = {
      "a", "Z",  " ", "-", ".", "'", "é", "й", "통", "\xFF", "\xC3", "\xE2\x80", "\xED\xA0\x80",
      "1", "漢", "\n"};
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    const int pieces = static_cast<int>(random() % 40);
    for (int i = 0; i < pieces; ++i) text += alphabet[random() % std::size(alphabet)];
    for (const Token& t : Tokenize(text)) {
      INFO("input of round " << round);
      CHECK(concord::FindInvalidUtf8(t.text) == std::string::npos);
      CHECK(t.text.find("\xEF\xBF\xBD") == std::string::npos);
      CHECK(t.end <= text.size());
      CHECK(t.begin < t.end);
    }
  }
}

TEST_CASE("tokenizer cuts long words at a character boundary", "[tokenizer]") {
  const std::string word(100, 'x');
  std::vector<Token> t = Tokenize("short " + word + " tail");
  REQUIRE(t.size() == 3);
  CHECK(t[1].text == std::string(kMaxWordBytes, 'x'));
  std::string hangul;
  for (int i = 0; i < 40; ++i) hangul += "통";
  std::vector<Token> h = Tokenize(hangul);
  REQUIRE(h.size() == 1);
  CHECK(h[0].text.size() <= kMaxWordBytes);
  CHECK(h[0].text.size() % 3 == 0);  // whole syllables only
}

TEST_CASE("a 10 MB single word gives one token and bounded memory", "[tokenizer]") {
  const std::string word(10 << 20, 'a');
  const std::string text = "before " + word + " after";
  const long before = PeakRssMb();
  std::vector<Token> t = Tokenize(text);
  REQUIRE(t.size() == 3);
  CHECK(t[0].text == "before");
  CHECK(t[1].text.size() == kMaxWordBytes);
  CHECK(t[2].text == "after");
  CHECK(t[2].begin == text.size() - 5);
  if (!concord::test::kSanitized) CHECK(PeakRssMb() - before < 64);
}

TEST_CASE("10 MB runs of Han and Hangul stay within bounded memory", "[tokenizer]") {
  for (const std::string unit : {"漢字", "통일"}) {
    std::string run;
    run.reserve(10 << 20);
    while (run.size() < (10u << 20)) run += unit;
    const long before = PeakRssMb();
    size_t tokens = 0, bytes = 0;
    ForEachToken(run, [&](const Token& t) {
      ++tokens;
      bytes += t.text.size();
    });
    INFO("unit " << unit << ": " << tokens << " tokens");
    CHECK(tokens >= 1);
    CHECK(bytes <= run.size());
    if (!concord::test::kSanitized) CHECK(PeakRssMb() - before < 64);
  }
}

TEST_CASE("tokenizing inside a token callback works", "[tokenizer]") {
  std::vector<std::string> inner;
  ForEachToken("Choe Ryong-hae", [&](const Token& outer) {
    for (const Token& t : Tokenize(outer.text + " x")) inner.push_back(t.text);
  });
  CHECK(inner == Strings{"choe", "x", "ryong", "x", "hae", "x"});
}

TEST_CASE("ScriptOf classifies code points", "[tokenizer]") {
  CHECK(concord::ScriptOf(U'a') == Script::kLatin);
  CHECK(concord::ScriptOf(U'7') == Script::kNumber);
  CHECK(concord::ScriptOf(0x0416) == Script::kCyrillic);  // Ж
  CHECK(concord::ScriptOf(0xD1B5) == Script::kHangul);    // 통
  CHECK(concord::ScriptOf(0x6F22) == Script::kHan);       // 漢
  CHECK(concord::ScriptOf(0x3072) == Script::kKana);      // ひ
  CHECK(concord::ScriptOf(U'!') == Script::kOther);
}
