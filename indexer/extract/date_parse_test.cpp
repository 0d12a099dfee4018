#include "indexer/extract/date_parse.h"

#include <catch2/catch.hpp>

using concord::DateOnlyLine;
using concord::FindDate;
using concord::ParseDateField;

TEST_CASE("dates in the forms of the seeds and the corpus", "[ingest][dates]") {
  CHECK(ParseDateField("November 15, 2014") == "2014-11-15");
  CHECK(ParseDateField("30 April 2015") == "2015-04-30");
  CHECK(ParseDateField("2015-04-30") == "2015-04-30");
  CHECK(ParseDateField("30 апреля 2015") == "2015-04-30");
  CHECK(ParseDateField("30 апреля 2015 г.") == "2015-04-30");
  CHECK(ParseDateField("2015년 4월 30일") == "2015-04-30");
  CHECK(ParseDateField("2015年4月30日") == "2015-04-30");
  CHECK(ParseDateField("30 de abril de 2015") == "2015-04-30");
  CHECK(ParseDateField("Nov. 15th, 2014") == "2014-11-15");
  CHECK(ParseDateField("15 NOVEMBER 2014") == "2014-11-15");
  CHECK(ParseDateField("30.04.2015") == "2015-04-30");
  CHECK(ParseDateField("2015/04/30") == "2015-04-30");
}

TEST_CASE("dates of metadata fields: ISO 8601, RFC 822, WordPress", "[ingest][dates]") {
  // The local date as written: the day the publication shows its readers.
  CHECK(ParseDateField("2014-11-19T08:30:00+09:00") == "2014-11-19");
  CHECK(ParseDateField("2015-04-24T06:15:00Z") == "2015-04-24");
  CHECK(ParseDateField("Wed, 03 Dec 2014 00:00:00 +0000") == "2014-12-03");
  CHECK(ParseDateField("2014-05-08 07:45:00") == "2014-05-08");
}

TEST_CASE("absurd dates are no dates", "[ingest][dates]") {
  CHECK(ParseDateField("0000-00-00 00:00:00") == "");
  CHECK(ParseDateField("Mon, 30 Nov -0001 00:00:00 +0000") == "");
  CHECK(ParseDateField("9999-12-31") == "");
  CHECK(ParseDateField("0000-01-01") == "");
  CHECK(ParseDateField("2015-02-30") == "");
  CHECK(ParseDateField("February 30, 2015") == "");
  CHECK(ParseDateField("2015-13-01") == "");
  CHECK(ParseDateField("") == "");
  CHECK(ParseDateField("NA") == "");
  // 04/05/2015 could be April or May: no guess.
  CHECK(ParseDateField("04/05/2015") == "");
  CHECK(ParseDateField("13/05/2015") == "2015-05-13");
}

TEST_CASE("a date inside a line, with its span", "[ingest][dates]") {
  std::string line = "By | November 15, 2014 | No Comments";
  auto m = FindDate(line);
  REQUIRE(m.iso == "2014-11-15");
  CHECK(line.substr(m.begin, m.end - m.begin) == "November 15, 2014");
  // A range is not a publication date.
  CHECK(FindDate("Trutnev's visit to the DPRK (April 28-30, 2014) symbolized").iso == "");
  CHECK(FindDate("May 9 Victory Day celebrations").iso == "");
}

TEST_CASE("date lines stand alone, sentences that mention a date do not", "[ingest][dates]") {
  CHECK(DateOnlyLine("April 30, 2015") == "2015-04-30");
  CHECK(DateOnlyLine("2015년 4월 30일") == "2015-04-30");
  CHECK(DateOnlyLine("Posted on Wednesday, 30 April 2015 10:00 KST") == "2015-04-30");
  CHECK(DateOnlyLine("Обновлено: 30 апреля 2015") == "2015-04-30");
  CHECK(DateOnlyLine("The talks began on April 30, 2015.") == "");
  CHECK(DateOnlyLine("NAPSNet Policy Forum, May 6, 2014.") == "");
}
