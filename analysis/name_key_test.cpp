#include "analysis/name_key.h"

#include <catch2/catch.hpp>
#include <string>
#include <thread>
#include <vector>

namespace concord {
namespace {

void CheckAllKeyTo(const std::vector<std::string>& spellings, const std::string& key) {
  for (const std::string& spelling : spellings) {
    INFO("spelling: " << spelling);
    CHECK(NameKey(spelling) == key);
  }
}

TEST_CASE("Ri Su Yong spellings meet", "[name_key]") {
  CheckAllKeyTo({"Ri Su Yong", "Ri Su-yong", "Lee Su-yong", "리수용"}, "i so yong");
}

TEST_CASE("Choe Ryong Hae spellings meet", "[name_key]") {
  CheckAllKeyTo({"Choe Ryong Hae", "Choi Ryong-hae", "Ch'oe Ryong-hae", "최룡해"}, "cwe yong he");
}

TEST_CASE("Jang Song Thaek spellings meet", "[name_key]") {
  CheckAllKeyTo({"Jang Song Thaek", "Chang Song-t'aek", "장성택"}, "cang song tek");
}

TEST_CASE("Kim Jong Un spellings meet", "[name_key]") {
  CheckAllKeyTo({"Kim Jong Un", "Kim Jong-un", "Kim Jung-eun", "김정은"}, "kim cong on");
}

TEST_CASE("Rajin and Najin meet", "[name_key]") {
  CheckAllKeyTo({"Rajin", "Najin", "라진"}, "na cin");
}

TEST_CASE("Rodong Sinmun and Nodong Sinmun meet", "[name_key]") {
  CheckAllKeyTo({"Rodong Sinmun", "Nodong Sinmun"}, "no tong sin mon");
}

TEST_CASE("Yury Trutnev spellings meet", "[name_key]") {
  CheckAllKeyTo({"Yury Trutnev", "Yuri Trutnev", "Yuriy Trutnev", "Iurii Trutnev", "Юрий Трутнев"},
                "yuri trutnev");
}

TEST_CASE("Sergey Lavrov spellings meet", "[name_key]") {
  CheckAllKeyTo({"Sergey Lavrov", "Sergei Lavrov", "Сергей Лавров"}, "sergei lavrov");
}

TEST_CASE("Rustam Minnikhanov spellings meet", "[name_key]") {
  CheckAllKeyTo({"Rustam Minnikhanov", "Rustam Minnihanov"}, "rustam minihanov");
}

TEST_CASE("Khasan keys like Хасан", "[name_key]") { CheckAllKeyTo({"Khasan", "Хасан"}, "hasan"); }

TEST_CASE("Kim Jong Il stays apart from Kim Jong Un", "[name_key]") {
  CHECK(NameKey("Kim Jong Il") == "kim cong il");
  CHECK(NameKey("Kim Jong Il") != NameKey("Kim Jong Un"));
  CHECK(NameKey("김정일") == NameKey("Kim Jong Il"));
}

TEST_CASE("Other Russian spellings meet their Cyrillic", "[name_key]") {
  CheckAllKeyTo({"Alexander", "Aleksandr", "Александр"}, "aleksandr");
  CheckAllKeyTo({"Nikolai", "Nikolay", "Николай"}, "nikolai");
  CheckAllKeyTo({"Shoigu", "Shoygu", "Шойгу"}, "shoigu");
  CheckAllKeyTo({"Putin", "Путин"}, NameKey("Putin"));
  CheckAllKeyTo({"Matviyenko", "Matvienko", "Матвиенко"}, "matvienko");
  CheckAllKeyTo({"Yevgeny", "Evgeny", "Yevgeniy", "Евгений"}, "evgeni");
  CheckAllKeyTo({"Khabarovsk", "Хабаровск"}, "habarovsk");
  CheckAllKeyTo({"Sakhalin", "Сахалин"}, NameKey("Sakhalin"));
}

TEST_CASE("Empty and punctuation-only names have no key", "[name_key]") {
  CHECK(NameKey("").empty());
  CHECK(NameKey("   ").empty());
  CHECK(NameKey("-- ' , . ! ’ — 42").empty());
  CHECK(NameKeyParts("").empty());
  CHECK(NameKeyParts("-'-").empty());
}

TEST_CASE("Invalid UTF-8 yields an empty key", "[name_key]") {
  const std::string cases[] = {
      std::string("Kim \xff Jong"), std::string("\xc3"),     std::string("\xed\xa0\x80"),
      std::string("Choe\xe2\x80"),  std::string("\xc0\xaf"),
  };
  for (const std::string& s : cases) {
    CHECK(NameKey(s).empty());
    CHECK(NameKeyParts(s).empty());
    CHECK_FALSE(IsKoreanRomanization(s));
  }
}

TEST_CASE("A 1 MB word returns", "[name_key]") {
  const std::string latin(1 << 20, 'a');
  CHECK_NOTHROW(NameKey(latin));
  CHECK_NOTHROW(NameKeyParts(latin));
  CHECK_NOTHROW(IsKoreanRomanization(latin));
  std::string cyrillic;
  while (cyrillic.size() < (1 << 20)) cyrillic += "ж";
  CHECK_NOTHROW(NameKey(cyrillic));
  std::string hangul;
  while (hangul.size() < (1 << 20)) hangul += "해";
  CHECK_NOTHROW(NameKeyParts(hangul));
}

TEST_CASE("A long name of many words keys every word", "[name_key]") {
  std::string name;
  for (int i = 0; i < 10000; ++i) name += "Kim Jong Un ";
  const std::string key = NameKey(name);
  CHECK(key.size() == 10000 * std::string("kim cong on ").size() - 1);
}

TEST_CASE("Case does not matter", "[name_key]") {
  CHECK(NameKey("KIM JONG UN") == "kim cong on");
  CHECK(NameKey("kIm jOnG-uN") == "kim cong on");
  CHECK(NameKey("СЕРГЕЙ ЛАВРОВ") == "sergei lavrov");
  CHECK(NameKey("YURI TRUTNEV") == "yuri trutnev");
  CHECK(NameKey("ＫＩＭ Ｊｏｎｇ Ｕｎ") == "kim cong on");  // NFKC folds fullwidth letters
}

TEST_CASE("Typographic apostrophes and breves are stripped", "[name_key]") {
  CHECK(NameKey("Ch’oe Ryong-hae") == "cwe yong he");
  CHECK(NameKey("Chʼoe Ryŏng-hae") == "cwe yong he");
  CHECK(NameKey("Kim Jŏng-ŭn") == "kim cong on");
  CHECK(NameKey("Chang Sŏng-t‘aek") == "cang song tek");
}

TEST_CASE("Possessives and surrounding punctuation do not change the key", "[name_key]") {
  CHECK(NameKey("Kim's") == "kim");
  CHECK(NameKey("Kim’s") == "kim");
  CHECK(NameKey("(Choe Ryong-hae),") == "cwe yong he");
}

TEST_CASE("NameKeyParts splits one word into syllables", "[name_key]") {
  using Parts = std::vector<std::string>;
  CHECK(NameKeyParts("Ryonghae") == Parts{"yong", "he"});
  CHECK(NameKeyParts("Ryong-hae") == Parts{"yong", "he"});
  CHECK(NameKeyParts("최룡해") == Parts{"cwe", "yong", "he"});
  CHECK(NameKeyParts("Трутнев") == Parts{"trutnev"});
  CHECK(NameKeyParts("Pyongyang") == Parts{"pyong", "yang"});
}

TEST_CASE("Run-together words split the way romanizations write them", "[name_key]") {
  using Parts = std::vector<std::string>;
  CHECK(NameKeyParts("Sinuiju") == Parts{"sin", "i", "co"});   // 신의주
  CHECK(NameKeyParts("Sunan") == Parts{"son", "an"});          // 순안
  CHECK(NameKeyParts("Taepodong") == NameKeyParts("대포동"));  // p carried over: tae|po
  CHECK(NameKeyParts("Sinuiju") == NameKeyParts("신의주"));
  // Hiatus (Seoul, Iurii) and free spellings inside a word (Shoigu) are not Korean.
  CHECK(NameKeyParts("Seoul") == Parts{"seoul"});
  CHECK(NameKeyParts("Shoigu") == Parts{"shoigu"});
}

TEST_CASE("Surname table", "[name_key]") {
  CheckAllKeyTo({"Park", "Pak", "Bak", "박"}, "pak");
  CheckAllKeyTo({"Lee", "Rhee", "Yi", "I", "Ri", "이", "리"}, "i");
  CheckAllKeyTo({"Choi", "Choe", "최"}, "cwe");
  CheckAllKeyTo({"Jung", "Chung", "Jeong", "Jong", "정"}, "cong");
  CheckAllKeyTo({"Roh Moo-hyun", "No Mu-hyon", "노무현"}, "no mo hyon");
  CheckAllKeyTo({"Yoon Suk-yeol", "Yun Sok Yol", "윤석열"}, "yon sok yol");
}

TEST_CASE("IsKoreanRomanization", "[name_key]") {
  for (const char* word :
       {"Ryonghae", "Ryong-hae", "Ch'oe", "Ch’oe", "Kim", "Rajin", "Sinmun", "Rodong", "Pyongyang",
        "Thaek", "Jung-eun", "Park", "Ryŏng", "Sinuiju"}) {
    INFO(word);
    CHECK(IsKoreanRomanization(word));
  }
  for (const char* word :
       {"Moscow", "Yury", "Yuri", "Iurii", "Trutnev", "Sergey", "Sergei", "Lavrov", "Minnikhanov",
        "Khasan", "Rustam", "최룡해", "Ким", "", "--", "Kim-Moscow", "Seoul", "Shoigu"}) {
    INFO(word);
    CHECK_FALSE(IsKoreanRomanization(word));
  }
}

TEST_CASE("Concurrent use from several threads agrees", "[name_key]") {
  const std::vector<std::string> names = {"Юрий Трутнев", "최룡해", "Ch’oe Ryŏng-hae",
                                          "Сергей Лавров", "Rustam Minnikhanov"};
  std::vector<std::string> expected;
  for (const auto& n : names) expected.push_back(NameKey(n));
  std::vector<int> mismatches(4, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < 200; ++round) {
        for (std::size_t i = 0; i < names.size(); ++i) {
          if (NameKey(names[i]) != expected[i]) ++mismatches[t];
        }
      }
    });
  }
  for (auto& thread : threads) thread.join();
  CHECK(mismatches == std::vector<int>(4, 0));
}

}  // namespace
}  // namespace concord
