// Black-box tests of the concord-search binary: exit codes, messages, limits,
// --batch, the readable listing and the JSON, run as a process.
#include <catch2/catch.hpp>
#include <sstream>

#include "tests/search_fixture.h"

using namespace concord;
using namespace concord::test;
using nlohmann::json;

namespace {

std::vector<Document> Articles() {
  std::vector<Document> docs{
      MakeDoc("choe", "Choe Ryong-hae visits Moscow",
              "Choe Ryong-hae met Sergey Lavrov in Moscow on Monday.", "2014-11-17",
              {"Anthony Rinna"}),
      MakeDoc("rajin", "Rajin port & <script>alert('x')</script>",
              "The port of Rajin <script>alert('x')</script> ships coal to Moscow.", "2015-04-02",
              {"Nadège Rolland", "John Grisafi"}),
      MakeDoc("kim", "Kim Jong Un in Pyongyang", "A delegation arrived in Pyongyang.", "2015-06-20",
              {"John Grisafi"}),
  };
  return docs;
}

struct Cli {
  TempDir tmp;
  std::string db = tmp / "index";
  Cli() { WriteIndex(db, Articles()); }

  ProcessResult Search(std::vector<std::string> args, const std::string& stdin_text = "") {
    args.insert(args.begin(), {"--db", db});
    return Run(BinaryPath("concord-search"), args, stdin_text);
  }
  json SearchJson(std::vector<std::string> args) {
    args.insert(args.begin(), "--json");
    ProcessResult r = Search(args);
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    return json::parse(r.out);
  }
};

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

}  // namespace

TEST_CASE("concord-search: bad input exits 2 with one line saying what to do", "[cli][search]") {
  Cli cli;
  const std::vector<std::pair<std::vector<std::string>, std::string>> cases{
      {{"\"special envoy"}, "unbalanced quote"},
      {{"(Moscow OR Seoul"}, "never closed"},
      {{"Moscow)"}, "closes nothing"},
      {{"place:Rajin"}, "unknown field 'place:'"},
      {{"date:2014-02-30"}, "not a real date"},
      {{"--from", "2014-13", "Moscow"}, "--from '2014-13' is not a real date"},
      {{"--to", "tomorrow", "Moscow"}, "--to 'tomorrow'"},
      {{"--lang", "english!", "Moscow"}, "not a language code"},
      {{"--sort", "newest", "Moscow"}, "--sort must be relevance or date"},
      {{"--facets", "colour", "Moscow"}, "unknown facet 'colour'"},
      {{"--color", "sometimes", "Moscow"}, "--color must be"},
      {{"--limit", "99999999999", "Moscow"}, "--help"},
      {{"Moscow OR"}, "OR needs something"},
  };
  for (const auto& [args, message] : cases) {
    ProcessResult r = cli.Search(args);
    INFO(args.front() << " -> " << r.err);
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains(message));
    CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
    CHECK(r.out.empty());
  }
}

TEST_CASE("concord-search: a 100 kB query is refused at once", "[cli][search]") {
  Cli cli;
  std::string huge;
  while (huge.size() < 100 * 1024) huge += "Pyongyang ";
  ProcessResult r = cli.Search({huge});
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.err, Catch::Contains("limit is 4096 bytes") && Catch::Contains("shorten it"));
}

TEST_CASE("concord-search: --limit and --offset beyond the maximum are clamped", "[cli][search]") {
  Cli cli;
  ProcessResult r = cli.Search({"--json", "--limit", "100000000", "Moscow"});
  REQUIRE(r.exit_code == 0);
  CHECK_THAT(r.err, Catch::Contains("showing 1000 per page"));
  json j = json::parse(r.out);
  CHECK(j["limit"] == 1000);
  CHECK(j["results"].size() == 2);
  json far = cli.SearchJson({"--offset", "999999999", "Moscow"});
  CHECK(far["offset"] == 100000);
  CHECK(far["results"].empty());
  CHECK(far["total"] == 2);
  json none = cli.SearchJson({"--limit=-5", "Moscow"});
  CHECK(none["limit"] == 0);
  CHECK(none["results"].empty());
}

TEST_CASE("concord-search: --batch answers line N with line N, errors included", "[cli][search]") {
  Cli cli;
  std::string huge(5000, 'x');
  ProcessResult r =
      cli.Search({"--batch", "-"}, "Moscow\n\"bad\nRajin\n\n" + huge + "\nplace:x\r\n");
  CHECK(r.exit_code == 1);  // some queries failed
  std::vector<std::string> lines = Lines(r.out);
  REQUIRE(lines.size() == 6);
  std::vector<json> answers;
  for (const std::string& line : lines) answers.push_back(json::parse(line));
  CHECK(answers[0]["query"] == "Moscow");
  CHECK(answers[0]["total"] == 2);
  CHECK_THAT(answers[1]["error"].get<std::string>(), Catch::Contains("unbalanced quote"));
  CHECK(answers[2]["results"][0]["id"] == "rajin");
  CHECK(answers[3]["total"] == 3);  // an empty line lists everything
  CHECK_THAT(answers[4]["error"].get<std::string>(), Catch::Contains("limit is 4096"));
  CHECK(answers[5]["query"] == "place:x");
  CHECK(answers[5].contains("error"));

  WriteFile(cli.tmp.path() / "queries.txt", "Pyongyang\nMoscow\n");
  ProcessResult file = cli.Search({"--batch", cli.tmp / "queries.txt", "--facets", "year"});
  CHECK(file.exit_code == 0);
  REQUIRE(Lines(file.out).size() == 2);
  CHECK(json::parse(Lines(file.out)[1])["facets"]["year"].size() == 2);

  ProcessResult missing = cli.Search({"--batch", cli.tmp / "nope.txt"});
  CHECK(missing.exit_code == 2);
  CHECK_THAT(missing.err, Catch::Contains("cannot read the batch file"));
}

TEST_CASE("concord-search: the readable listing", "[cli][search]") {
  Cli cli;
  ProcessResult r = cli.Search({"--facets", "author,year", "Moscow"});
  REQUIRE(r.exit_code == 0);
  std::vector<std::string> lines = Lines(r.out);
  REQUIRE(lines.size() > 8);
  CHECK_THAT(lines[0], Catch::StartsWith("Results 1–2 of 2 ("));
  CHECK(r.out.find("\033[") == std::string::npos);  // not a terminal: no escape codes
  CHECK(r.out.find("<b>") == std::string::npos);
  CHECK_THAT(r.out, Catch::Contains(
                        "\n1. Choe Ryong-hae visits Moscow\n   Anthony Rinna · 2014-11-17 · en\n"));
  CHECK_THAT(r.out, Catch::Contains("\n2. Rajin port & <script>alert('x')</script>\n"));
  CHECK_THAT(r.out, Catch::Contains("   Nadège Rolland, John Grisafi · 2015-04-02 · en\n"));
  // Facets come after the results.
  const size_t facets = r.out.find("\nauthor: ");
  REQUIRE(facets != std::string::npos);
  CHECK(facets > r.out.find("\n2. "));
  CHECK_THAT(r.out, Catch::Contains("year: 2014 (1) · 2015 (1)"));

  ProcessResult bold = cli.Search({"--color", "always", "Monday"});
  CHECK_THAT(bold.out, Catch::Contains("\033[1mMonday\033[22m"));
}

TEST_CASE("concord-search: JSON snippets escape the document, mark the match", "[cli][search]") {
  Cli cli;
  json j = cli.SearchJson({"port"});
  REQUIRE(j["results"].size() == 1);
  const std::string snippet = j["results"][0]["snippet"];
  CHECK_THAT(snippet, Catch::Contains("The <b>port</b> of Rajin &lt;script&gt;alert(&#39;x&#39;)"));
  CHECK(j["results"][0]["title"] == "Rajin port & <script>alert('x')</script>");  // plain text
}

TEST_CASE("concord-search: no words with --all or filters lists newest first", "[cli][search]") {
  Cli cli;
  json all = cli.SearchJson({"--all"});
  REQUIRE(all["results"].size() == 3);
  CHECK(all["results"][0]["id"] == "kim");
  CHECK(all["results"][2]["id"] == "choe");
  json filtered = cli.SearchJson({"--author", "John Grisafi", "--facets", "author"});
  REQUIRE(filtered["results"].size() == 2);
  CHECK(filtered["results"][0]["id"] == "kim");
  CHECK(filtered["facets"]["author"][0]["value"] == "John Grisafi");
  CHECK(filtered["facets"]["author"][0]["count"] == 2);
  json excluded = cli.SearchJson({"--", "-Moscow"});  // after --, a leading - is the query's
  REQUIRE(excluded["results"].size() == 1);
  CHECK(excluded["results"][0]["id"] == "kim");
}

TEST_CASE("concord-search: a misspelt query gets a suggestion", "[cli][search]") {
  Cli cli;
  json j = cli.SearchJson({"Pyongyng"});
  CHECK(j["total"] == 0);
  CHECK(j["spelling"] == "Pyongyang");
  ProcessResult r = cli.Search({"Pyongyng"});
  CHECK_THAT(r.out, Catch::Contains("Did you mean: Pyongyang?"));
  CHECK(cli.SearchJson({"Pyongyang"})["spelling"].is_null());
}
