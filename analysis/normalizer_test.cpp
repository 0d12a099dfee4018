#include "analysis/normalizer.h"

#include <catch2/catch.hpp>

using concord::FindInvalidUtf8;
using concord::IsJoiningDash;
using concord::NormalizeForMatch;
using concord::RepairUtf8;
using concord::Utf8Problems;

TEST_CASE("normalizer folds case and Latin diacritics", "[normalizer]") {
  CHECK(NormalizeForMatch("Nadège") == NormalizeForMatch("Nadege"));
  CHECK(NormalizeForMatch("Nadège") == "nadege");
  CHECK(NormalizeForMatch("relación") == "relacion");
  CHECK(NormalizeForMatch("RELACIÓN") == "relacion");
  CHECK(NormalizeForMatch("Pyongyang") == "pyongyang");
  CHECK(NormalizeForMatch("Ch\xC5\x8Fngj\xC5\xADn") == "chongjun");  // McCune–Reischauer breves
  CHECK(NormalizeForMatch("Straße") == "strasse");
  CHECK(NormalizeForMatch("İstanbul") == "istanbul");
  CHECK(NormalizeForMatch("Łódź") == "lodz");
  CHECK(NormalizeForMatch("Øresund") == "oresund");
  CHECK(NormalizeForMatch("Việt Nam") == "viet nam");  // two marks on one letter
  CHECK(NormalizeForMatch("e\xCC\x81l") == "el");      // decomposed input
}

TEST_CASE("normalizer applies NFKC compatibility forms", "[normalizer]") {
  CHECK(NormalizeForMatch("\xEF\xBC\xA4\xEF\xBC\xB0\xEF\xBC\xB2\xEF\xBC\xAB") ==
        "dprk");                                               // ＤＰＲＫ
  CHECK(NormalizeForMatch("\xEF\xAC\x81nance") == "finance");  // ﬁ ligature
  CHECK(NormalizeForMatch("Ryong\xC2\xADhae") == "ryonghae");  // soft hyphen is ignorable
  CHECK(NormalizeForMatch("\xE2\x91\xA0") == "1");             // circled digit one
}

TEST_CASE("normalizer unifies apostrophes and dashes", "[normalizer]") {
  CHECK(NormalizeForMatch("Korea’s") == "korea's");
  CHECK(NormalizeForMatch("Korea‘s") == "korea's");
  CHECK(NormalizeForMatch("Korea`s") == "korea's");
  CHECK(NormalizeForMatch("Ch\xCA\xBCoe") == "ch'oe");  // modifier letter apostrophe
  CHECK(NormalizeForMatch("Ch´oe") == "ch'oe");         // acute accent used as apostrophe
  CHECK(NormalizeForMatch("DPRK–Russia") == "dprk-russia");
  CHECK(NormalizeForMatch("DPRK—Russia") == "dprk-russia");
  CHECK(NormalizeForMatch("DPRK\xE2\x88\x92Russia") == "dprk-russia");  // minus sign
}

TEST_CASE("normalizer keeps Cyrillic and Hangul letters whole", "[normalizer]") {
  CHECK(NormalizeForMatch("Юрий Трутнев") == "юрий трутнев");
  CHECK(NormalizeForMatch("Трутнёв") == "трутнев");  // ё -> е
  CHECK(NormalizeForMatch("ЁЛКА") == "елка");
  CHECK(NormalizeForMatch("й") == "й");          // the breve is part of the letter
  CHECK(NormalizeForMatch("и\xCC\x86") == "й");  // decomposed й composes, not stripped
  CHECK(NormalizeForMatch("조국통일을") == "조국통일을");
  CHECK(NormalizeForMatch("\xE1\x84\x90\xE1\x85\xA9\xE1\x86\xBC") == "통");  // conjoining jamo
}

TEST_CASE("normalizer turns ill-formed UTF-8 into U+FFFD", "[normalizer]") {
  CHECK(NormalizeForMatch("ab\xFF"
                          "cd") ==
        "ab\xEF\xBF\xBD"
        "cd");
  CHECK(NormalizeForMatch("\xC3") == "\xEF\xBF\xBD");
  CHECK(NormalizeForMatch("") == "");
}

TEST_CASE("normalizer reuses the output buffer", "[normalizer]") {
  std::string out = "leftover text that must go";
  NormalizeForMatch("Nadège", &out);
  CHECK(out == "nadege");
  NormalizeForMatch("DPRK", &out);
  CHECK(out == "dprk");
}

TEST_CASE("RepairUtf8 replaces bad sequences and says where", "[normalizer]") {
  std::string out;
  Utf8Problems problems;
  CHECK(RepairUtf8("plain ascii and Трутнев", &out, &problems));
  CHECK(out == "plain ascii and Трутнев");
  CHECK(problems.bad_sequences == 0);
  CHECK(problems.Describe().empty());

  CHECK_FALSE(RepairUtf8("ok \xFF here \xC0\x80 and \xED\xA0\x80 end \xE2\x82", &out, &problems));
  CHECK(out.find('\xFF') == std::string::npos);
  CHECK(out.rfind("ok \xEF\xBF\xBD here ", 0) == 0);
  CHECK(out.find(" end ") != std::string::npos);
  CHECK(problems.first_offset == 3);
  CHECK(problems.bad_sequences >= 4);  // stray byte, overlong NUL, surrogate, truncated tail
  CHECK(problems.Describe().find("invalid UTF-8 at byte 3") == 0);
  CHECK(FindInvalidUtf8(out) == std::string::npos);

  CHECK_FALSE(RepairUtf8("\x80", &out));
  CHECK(out == "\xEF\xBF\xBD");
}

TEST_CASE("FindInvalidUtf8 gives the first bad offset", "[normalizer]") {
  CHECK(FindInvalidUtf8("") == std::string::npos);
  CHECK(FindInvalidUtf8("Nadège 조국") == std::string::npos);
  CHECK(FindInvalidUtf8("abc\xE2\x82") == 3);
  CHECK(FindInvalidUtf8("\xF8\x88\x80\x80\x80") == 0);  // 5-byte form is not UTF-8
}

TEST_CASE("joining dashes exclude the em dash", "[normalizer]") {
  CHECK(IsJoiningDash(U'-'));
  CHECK(IsJoiningDash(0x2010));
  CHECK(IsJoiningDash(0x2011));
  CHECK(IsJoiningDash(0x2013));
  CHECK_FALSE(IsJoiningDash(0x2014));
  CHECK_FALSE(IsJoiningDash(U'_'));
}
