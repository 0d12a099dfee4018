#include "indexer/readers/html_depth.h"

#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <string>

#include "indexer/readers/html_dom.h"
#include "indexer/readers/reader_testing.h"
#include "tests/test_support.h"

using concord::FindExcessiveNesting;
using concord::kMaxHtmlDepth;

namespace {

constexpr size_t npos = std::string_view::npos;

std::string Repeat(const std::string& s, size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (size_t i = 0; i < n; ++i) out += s;
  return out;
}

}  // namespace

TEST_CASE("html depth: real pages and flat markup pass", "[ingest][html][bad-input]") {
  for (const auto& entry :
       std::filesystem::directory_iterator(concord::test::SourceDir() / "corpus/html")) {
    INFO(entry.path());
    CHECK(FindExcessiveNesting(concord::test::ReadFileText(entry.path())) == npos);
  }
  // Elements that a sibling closes, void elements, and "<" in text.
  CHECK(FindExcessiveNesting(Repeat("<p>text", 5000)) == npos);
  CHECK(FindExcessiveNesting("<ul>" + Repeat("<li>item", 5000) + "</ul>") == npos);
  CHECK(FindExcessiveNesting("<table>" + Repeat("<tr><td>a<td>b", 5000) + "</table>") == npos);
  CHECK(FindExcessiveNesting(Repeat("<br><img src=x>", 5000)) == npos);
  CHECK(FindExcessiveNesting(Repeat("<div>1 < 2, 3 <= 4</div>", 5000)) == npos);
  // Formatting elements left open in paragraphs, items and cells are closed with them.
  CHECK(FindExcessiveNesting(Repeat("<p><b>bold<i>text", 5000)) == npos);
  CHECK(FindExcessiveNesting("<ul>" + Repeat("<li><font color=red>item", 5000)) == npos);
  CHECK(FindExcessiveNesting("<table>" + Repeat("<tr><td><font face=a>a<td><b>b", 5000)) == npos);
  CHECK(FindExcessiveNesting(Repeat("<a href=x>link", 5000)) == npos);  // an <a> closes the last
  // A table left open is closed by the next one.
  CHECK(FindExcessiveNesting(Repeat("<table><tr><td>x</td></tr>", 5000)) == npos);
  // An end tag closes an svg from the HTML around it.
  CHECK(FindExcessiveNesting(Repeat("<div><svg><style></div></style>", 5000)) == npos);
  // Self-closing elements of svg, markup in comments and scripts.
  CHECK(FindExcessiveNesting("<svg>" + Repeat("<path d='M0 0'/>", 5000) + "</svg>") == npos);
  CHECK(FindExcessiveNesting("<!--" + Repeat("<div>", 5000) + "-->") == npos);
  CHECK(FindExcessiveNesting("<script>" + Repeat("<div>", 5000) + "</SCRIPT>") == npos);
  CHECK(FindExcessiveNesting("<div title='>" + Repeat("<div>", 10) + "'>") == npos);
  // Deep, but within the limit.
  std::string deep = Repeat("<div>", kMaxHtmlDepth - 5) + "text" + Repeat("</div>", kMaxHtmlDepth);
  CHECK(FindExcessiveNesting(deep) == npos);
  concord::HtmlDocument doc(deep);  // parses
  CHECK(doc.root() != nullptr);
}

TEST_CASE("html depth: deep nesting is found, however it is written", "[ingest][html][bad-input]") {
  const size_t n = 3 * kMaxHtmlDepth;
  CHECK(FindExcessiveNesting(Repeat("<div>", n)) == 5 * kMaxHtmlDepth);  // the 513th <div>
  CHECK(FindExcessiveNesting(Repeat("<div/>", n)) != npos);              // "/>" opens in HTML
  CHECK(FindExcessiveNesting(Repeat("<x>", n)) != npos);                 // unknown tags
  CHECK(FindExcessiveNesting(Repeat("<article><p>x", n)) != npos);
  CHECK(FindExcessiveNesting(Repeat("<font face=arial>text", n)) != npos);  // open, not closed
  CHECK(FindExcessiveNesting(Repeat("<svg>", n)) != npos);
  // End tags that close nothing in a browser close nothing here.
  CHECK(FindExcessiveNesting(Repeat("<div></span>", n)) != npos);
  CHECK(FindExcessiveNesting(Repeat("<x><div></x>", n)) != npos);  // </x> stops at the <div>
  CHECK(FindExcessiveNesting(Repeat("<div><table><tr><td></div>", n)) != npos);  // out of scope
  // Formatting elements re-opened by the parser, and svg content left by a <div>.
  std::string formatting;
  for (size_t i = 0; i < n; ++i) formatting += "<b id=" + std::to_string(i) + ">";
  CHECK(FindExcessiveNesting(formatting + "text") != npos);
  CHECK(FindExcessiveNesting("<svg><style/>" + Repeat("<div>", n) + "</style>") != npos);
  // Patterns that gumbo nests deep and a simpler count did not (found by
  // comparing the estimate with gumbo's tree on random tag soup).
  for (const char* pattern : {
           "</h1>t<h1><i><em>",                       // text re-opens <i><em> outside the <h1>
           "<dt id=4></dt><img id=3><dd><font/><b>",  // so does <img>
           "</form><form><math><dl>",                 // </form> leaves what the form held open
           "<li><ul></li>",                           // </li> does not reach across <ul>
           "<math id=4></mi><mi id=2><nobr/>",        // </mi> closes no MathML element from HTML
           "<math><font><title>",                     // <font> without color is MathML: no raw text
           "<select><select><table id=1><select><style id=0><caption id=0>",
           "</table><table id=0></caption></table></tr><dd><li/>",
           "t</desc><desc id=1><div/></ul>",  // an HTML <desc> is no svg boundary
           "<td id=2><dd/><caption id=3><li><li><p>",
           "<!--><div>",             // "<!-->" is a whole comment
           "<div a=\"x\"=\"><div>",  // that quote opens no attribute value
       }) {
    INFO(pattern);
    CHECK(FindExcessiveNesting(Repeat(pattern, n)) != npos);
  }
}

TEST_CASE("html depth: a page nested 100,000 deep is refused at once",
          "[ingest][html][bad-input]") {
  auto start = std::chrono::steady_clock::now();
  std::string html = "<html><body>" + Repeat("<div>", 100000) + "deep" + Repeat("</div>", 100000);
  try {
    concord::HtmlDocument doc(html);
    FAIL("no error");
  } catch (const concord::Error& e) {
    CHECK(e.code() == concord::Status::Code::kInvalidArgument);
    CHECK(std::string(e.what()).find("nested more than 512 deep") != std::string::npos);
  }
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(2));
}
