// The search widget (web/) in headless Chromium against the real
// concord-serve: a reader types a name, sees results with highlighted
// snippets and facets, and narrows by a facet.
#include <httplib.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "tests/chromium_session.h"
#include "tests/server_process.h"
#include "tests/test_support.h"

using namespace concord::test;
using nlohmann::json;

namespace {

// KCNA stories of 2012 that name Choe Ryong Hae, as a CMS would push them.
std::vector<json> ChoeStories(size_t n) {
  std::ifstream in(SharedDataDir() / "kcna/kcna-2012.jsonl");
  REQUIRE(in);
  std::vector<json> stories;
  std::string line;
  while (stories.size() < n && std::getline(in, line)) {
    json story = json::parse(line);
    if (story.value("lang", "") == "en" && story.value("title", "NA") != "NA" &&
        story.value("body", "").find("Choe Ryong Hae") != std::string::npos) {
      stories.push_back(story);
    }
  }
  REQUIRE(stories.size() == n);
  return stories;
}

const char* kReadWidget = R"JS((() => ({
  results: [...document.querySelectorAll('.concord-result')].map((li) => ({
    id: li.dataset.id,
    title: li.querySelector('.concord-result-title').textContent,
    date: (li.querySelector('.concord-result-date') || {}).dateTime || '',
    bold: li.querySelectorAll('.concord-snippet b').length,
  })),
  facets: [...document.querySelectorAll('.concord-facet')].map((b) => ({
    facet: b.dataset.facet, value: b.dataset.value, pressed: b.getAttribute('aria-pressed'),
  })),
  chips: document.querySelectorAll('.concord-chip').length,
  total: document.querySelector('.concord-total').textContent,
}))())JS";

bool HasFacet(const json& widget, const std::string& facet, const std::string& value) {
  for (const json& f : widget["facets"]) {
    if (f["facet"] == facet && f["value"] == value) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("widget: type a name, see results and facets, filter by year", "[server][http][widget]") {
  REQUIRE(std::filesystem::exists(ChromiumSession::kBinary));  // scripts/install-deps --browser
  TempDir tmp;
  const std::string db = tmp / "index";
  auto index =
      Run(BinaryPath("concord-index"), {"--db", db, "--quiet", (SourceDir() / "corpus").string()});
  INFO(index.err);
  REQUIRE((index.exit_code == 0 || index.exit_code == 1));  // 1: some sample was skipped
  const std::string token = WriteToken(tmp.path() / "token");
  ServerProcess server(tmp, {"--db", db, "--token-file", tmp / "token", "--web-root",
                             (SourceDir() / "web").string()});
  std::vector<json> stories = ChoeStories(3);
  auto client = server.Client();
  for (const json& story : stories) {
    auto res =
        client->Put(("/api/doc/" + UrlEncode(story["id"].get<std::string>())).c_str(),
                    {{"Authorization", "Bearer " + token}}, story.dump(), "application/json");
    REQUIRE(res);
    REQUIRE(res->status == 201);
  }

  ChromiumSession browser(tmp);
  browser.Open(server.url() + "/");
  REQUIRE(browser.WaitFor("document.querySelector('[data-concord-search] .concord-input')"));
  browser.Evaluate("document.querySelector('.concord-input').focus()");
  browser.Type("Choe Ryong-hae");
  REQUIRE(
      browser.WaitFor("document.querySelectorAll('.concord-result').length >= 4 && "
                      "document.querySelectorAll('.concord-facet').length > 0"));
  json widget = browser.Evaluate(kReadWidget);
  INFO(widget.dump(2));

  std::vector<std::string> titles;
  for (const json& r : widget["results"]) titles.push_back(r["title"]);
  CHECK(std::find(titles.begin(), titles.end(),
                  "Friends in Need: Choe Swoops in on DPRK-Russia Relations") != titles.end());
  for (const json& story : stories) {
    CHECK(std::find(titles.begin(), titles.end(), story["title"]) != titles.end());
  }
  for (const json& r : widget["results"]) CHECK(r["bold"].get<int>() > 0);
  CHECK(HasFacet(widget, "year", "2012"));
  CHECK(widget["chips"] == 0);

  // Facets are filters: one click on 2012 keeps only that year's stories.
  browser.Evaluate(
      "document.querySelector('.concord-facet[data-facet=\"year\"][data-value=\"2012\"]').click()");
  REQUIRE(
      browser.WaitFor("document.querySelectorAll('.concord-chip').length === 1 && "
                      "[...document.querySelectorAll('.concord-result')].length === 3"));
  json filtered = browser.Evaluate(kReadWidget);
  INFO(filtered.dump(2));
  for (const json& r : filtered["results"]) {
    CHECK(r["date"].get<std::string>().rfind("2012-", 0) == 0);
  }
  CHECK(server.Log().find("GET /api/search?q=Choe%20Ryong-hae") != std::string::npos);
  CHECK(server.Log().find("&from=2012&to=2012") != std::string::npos);

  if (const char* shot = std::getenv("CONCORD_WIDGET_SCREENSHOT")) {
    std::ofstream(shot, std::ios::binary) << browser.Screenshot();
  }
}
