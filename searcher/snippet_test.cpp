#include "searcher/snippet.h"

#include <catch2/catch.hpp>

#include "searcher/highlight.h"

using namespace concord;

namespace {

std::string Snip(std::string_view body, const Highlighter& h, std::string lang = "en",
                 size_t max_bytes = 240) {
  return MakeSnippet(
      body,
      [&](const std::vector<Token>& tokens, size_t i) { return h.MatchLength(tokens, i, lang); },
      max_bytes);
}

Highlighter Words(std::initializer_list<const char*> words) {
  Highlighter h;
  for (const char* w : words) h.AddWord(w);
  return h;
}

// The snippet without its <b> tags: must hold no other markup.
std::string WithoutTags(std::string s) {
  for (const char* tag : {"<b>", "</b>"}) {
    for (size_t at; (at = s.find(tag)) != std::string::npos;) s.erase(at, std::string(tag).size());
  }
  return s;
}

}  // namespace

TEST_CASE("snippet: document markup is escaped, only <b> is HTML", "[snippet]") {
  const std::string body =
      "Before <script>alert('owned')</script> the talks in Pyongyang & \"Moscow\" <b>ended</b>.";
  const std::string s = Snip(body, Words({"pyongyang"}));
  CHECK_THAT(s, Catch::Contains("&lt;script&gt;alert(&#39;owned&#39;)&lt;/script&gt;"));
  CHECK_THAT(
      s, Catch::Contains("<b>Pyongyang</b> &amp; &quot;Moscow&quot; &lt;b&gt;ended&lt;/b&gt;."));
  const std::string plain = WithoutTags(s);
  CHECK(plain.find('<') == std::string::npos);
  CHECK(plain.find('>') == std::string::npos);
  // A match inside markup is marked inside the escapes.
  CHECK_THAT(Snip(body, Words({"script"})), Catch::Contains("&lt;<b>script</b>&gt;"));
}

TEST_CASE("snippet: words with the query word's stem are marked", "[snippet]") {
  const std::string body = "Both sides signed agreements; the agreement was agreed in Moscow.";
  const std::string s = Snip(body, Words({"agreement"}));
  CHECK_THAT(s, Catch::Contains("<b>agreements</b>; the <b>agreement</b> was agreed"));
  // No stemmer for the document's language: exact forms only.
  CHECK_THAT(Snip(body, Words({"agreement"}), "ko"),
             Catch::Contains("signed agreements; the <b>agreement</b>"));
}

TEST_CASE("snippet: a phrase is marked as one, and only where it occurs", "[snippet]") {
  Highlighter h;
  h.AddPhrase({"choe", "ryong", "hae"});
  const std::string s = Snip("Choe Hyon and Ryong Hae met. Choe Ryong Hae spoke.", h);
  CHECK_THAT(s, Catch::Contains("Choe Hyon and Ryong Hae met. <b>Choe Ryong Hae</b> spoke."));
}

TEST_CASE("snippet: neighbouring matches join, punctuation keeps them apart", "[snippet]") {
  const Highlighter h = Words({"choe", "ryong", "hae"});
  CHECK_THAT(Snip("Envoy Choe Ryong Hae left.", h),
             Catch::Contains("Envoy <b>Choe Ryong Hae</b> left."));
  CHECK_THAT(Snip("Choe, Ryong-hae", h), Catch::Contains("<b>Choe</b>, <b>Ryong</b>-<b>hae</b>"));
}

TEST_CASE("snippet: the passage with the most distinct matches wins", "[snippet]") {
  std::string body = "Moscow is mentioned first. ";
  for (int i = 0; i < 40; ++i) body += "Filler sentence number " + std::to_string(i) + " here. ";
  body += "In Rajin the envoy met Lavrov and spoke of Moscow and Rajin again.";
  const std::string s = Snip(body, Words({"moscow", "rajin", "lavrov"}));
  CHECK_THAT(s, Catch::StartsWith("… In <b>Rajin</b> the envoy met <b>Lavrov</b>"));
  CHECK(s.find("first") == std::string::npos);
}

TEST_CASE("snippet: context before a match stops at its sentence start", "[snippet]") {
  std::string body;
  for (int i = 0; i < 30; ++i) body += "Padding words go on here. ";
  body += "Later the delegation from Pyongyang arrived.";
  const std::string s = Snip(body, Words({"pyongyang"}));
  CHECK_THAT(s, Catch::StartsWith("… Later the delegation from <b>Pyongyang</b> arrived."));
}

TEST_CASE("snippet: without a match, the start of the body", "[snippet]") {
  std::string body = "First line.\n\nSecond   paragraph\twith tabs.";
  CHECK(Snip(body, Words({"absent"})) == "First line. Second paragraph with tabs.");
  std::string longer;
  for (int i = 0; i < 100; ++i) longer += "word" + std::to_string(i) + " ";
  const std::string s = Snip(longer, Words({"absent"}));
  CHECK_THAT(s, Catch::StartsWith("word0 word1") && Catch::EndsWith(" …"));
  CHECK(s.size() <= 240 + std::string(" …").size());
  CHECK(Snip("", Words({"x"})).empty());
}

TEST_CASE("snippet: matches past the scanned part of a huge body are not searched", "[snippet]") {
  std::string body(kSnippetScanBytes + 1000, 'a');
  for (size_t i = 80; i < body.size(); i += 81) body[i] = ' ';
  body += " Pyongyang";
  const std::string s = Snip(body, Words({"pyongyang"}));
  CHECK(s.find("<b>") == std::string::npos);
  CHECK_THAT(s, Catch::EndsWith(" …"));
}

TEST_CASE("snippet: Cyrillic and Hangul text is cut at character boundaries", "[snippet]") {
  std::string body;
  for (int i = 0; i < 60; ++i) body += "Трутнев прибыл в Пхеньян. 최룡해 동지. ";
  const std::string s = Snip(body, Words({"пхеньян"}), "ru", 100);
  CHECK_THAT(s, Catch::Contains("<b>Пхеньян</b>"));
  std::string repaired;
  // Every byte sequence is valid UTF-8: no character was split.
  size_t i = 0;
  while (i < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    const size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    REQUIRE(i + len <= s.size());
    for (size_t k = 1; k < len; ++k) REQUIRE((static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80);
    i += len;
  }
}
