#include "indexer/readers/jsonl_reader.h"

#include <catch2/catch.hpp>
#include <map>

#include "indexer/extract/text_clean.h"
#include "indexer/readers/reader_testing.h"
#include "tests/test_support.h"

using concord::JsonlReader;
using concord::test::ReadFileText;
using concord::test::ReadWith;
using Names = std::vector<std::string>;

TEST_CASE("jsonl: a broken line is reported with its number and skipped", "[ingest][jsonl]") {
  auto path = concord::test::SourceDir() / "tests/data/bad/broken-line.jsonl";
  auto r = ReadWith(JsonlReader(), ReadFileText(path), path.string());
  REQUIRE(r.docs.size() == 3);
  CHECK(r.Find("bad-jsonl-001"));
  CHECK(r.Find("bad-jsonl-002"));
  CHECK(r.Find("bad-jsonl-004"));
  REQUIRE(r.errors.size() == 2);
  CHECK(r.errors[0].first == path.string() + ":3");
  CHECK(r.errors[0].second.find("not valid JSON") != std::string::npos);
  CHECK(r.errors[1].first == path.string() + ":5");
  CHECK(r.errors[1].second.find("an array, not a JSON object") != std::string::npos);
}

TEST_CASE("jsonl: fields, author as a string, dates normalised or dropped", "[ingest][jsonl]") {
  std::string lines =
      "{\"id\": \"a\", \"title\": \"T\", \"author\": \"Grace Lim\", \"date\": \"30 April 2015\", "
      "\"url\": \"https://x.example/a\", \"lang\": \"en-GB\", \"body\": \"Text.\", "
      "\"categories\": [\"Economy\"], \"tags\": \"Rason\"}\n"
      "\r\n"
      "{\"id\": 17, \"title\": \"Bad date\", \"date\": \"2015-02-30\", \"body\": \"x\"}\n"
      "{\"title\": \"No id\", \"body\": \"x\"}\n"
      "{\"id\": \"empty\"}\n";
  auto r = ReadWith(JsonlReader(), lines, "/data/set.jsonl");
  REQUIRE(r.docs.size() == 3);
  const auto* a = r.Find("a");
  REQUIRE(a);
  CHECK(a->authors == Names{"Grace Lim"});
  CHECK(a->date == "2015-04-30");
  CHECK(a->lang == "en");
  CHECK(a->categories == Names{"Economy"});
  CHECK(a->tags == Names{"Rason"});
  CHECK(a->source == "/data");
  const auto* bad_date = r.Find("17");
  REQUIRE(bad_date);
  CHECK(bad_date->date == "");
  CHECK(r.Find("set.jsonl#L4"));  // no id: the file and line
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].first == "/data/set.jsonl:5");
}

TEST_CASE("jsonl: the real KCNA set, NA titles and mislabelled languages", "[ingest][jsonl]") {
  auto path = concord::test::SharedDataDir() / "kcna/kcna-2012.jsonl";
  std::string content = ReadFileText(path);
  REQUIRE(!content.empty());
  auto r = ReadWith(JsonlReader(), content, path.string());
  CHECK(r.errors.empty());
  CHECK(r.docs.size() == 10340);
  size_t untitled = 0, spanish = 0;
  for (const auto& d : r.docs) {
    if (d.title.empty() || d.title == "NA") ++untitled;
    if (d.lang == "es") ++spanish;
    CHECK((d.date.empty() || d.date.starts_with("2012-")));
  }
  CHECK(untitled == 0);  // "NA" and missing titles fall back to the first sentence
  // Spanish stories labelled "en" are read as Spanish (the set labels ~1,000 of 10,340 "es").
  CHECK(spanish > 1000);
  const auto* first = r.Find("kcna-2012-01-01-001");
  REQUIRE(first);
  CHECK(first->source == "KCNA");
}

// Found by jsonl_reader_fuzz: nlohmann's message quotes the bytes it last
// read, cut inside a character, so the report was not valid UTF-8.
TEST_CASE("jsonl: the report of a broken line is valid UTF-8 (fuzz regression)",
          "[ingest][jsonl][fuzz]") {
  auto r = ReadWith(JsonlReader(), "{\"id\": \"a\", \"title\":\xef\xbf\xbd}\n", "/data/bad.jsonl");
  CHECK(r.docs.empty());
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].second.find("not valid JSON at column") != std::string::npos);
  CHECK(concord::IsValidUtf8(r.errors[0].second));
}
