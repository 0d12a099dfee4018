#include "analysis/hangul.h"

#include <catch2/catch.hpp>

using concord::HangulGrams;
using concord::PlacedTerm;

namespace {

using Strings = std::vector<std::string>;

std::vector<std::pair<std::string, uint32_t>> Pairs(const std::vector<PlacedTerm>& terms) {
  std::vector<std::pair<std::string, uint32_t>> out;
  for (const PlacedTerm& t : terms) out.emplace_back(t.text, t.offset);
  return out;
}

}  // namespace

TEST_CASE("a Hangul word becomes its bigrams and placed syllables", "[hangul]") {
  Strings sequence;
  std::vector<PlacedTerm> syllables;
  HangulGrams("조국통일을", &sequence, &syllables);
  CHECK(sequence == Strings{"조국", "국통", "통일", "일을"});
  using P = std::vector<std::pair<std::string, uint32_t>>;
  CHECK(Pairs(syllables) == P{{"조", 0}, {"국", 1}, {"통", 2}, {"일", 3}, {"을", 3}});

  HangulGrams("통일", &sequence, &syllables);
  CHECK(sequence == Strings{"통일"});
  CHECK(Pairs(syllables) == P{{"통", 0}, {"일", 0}});

  HangulGrams("당", &sequence, &syllables);
  CHECK(sequence == Strings{"당"});
  CHECK(syllables.empty());

  HangulGrams("", &sequence, &syllables);
  CHECK(sequence.empty());
  CHECK(syllables.empty());
}

TEST_CASE("Hangul grams count code points, not bytes", "[hangul]") {
  Strings sequence;
  std::vector<PlacedTerm> syllables;
  HangulGrams("통·일", &sequence, &syllables);  // a middle dot inside the word
  CHECK(sequence == Strings{"통·", "·일"});
  CHECK(concord::CodePointCount("조국통일을") == 5);
  CHECK(concord::CodePointCount("") == 0);
  CHECK(concord::CodePointCount("a통") == 2);
}
