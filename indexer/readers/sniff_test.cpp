#include "indexer/readers/sniff.h"

#include <catch2/catch.hpp>

#include "indexer/readers/reader.h"
#include "indexer/readers/reader_testing.h"
#include "tests/test_support.h"

using concord::ChooseReader;
using concord::SniffedFormat;
using concord::SniffFormat;

namespace {

std::string ChosenFor(const std::string& path, const std::string& content) {
  const concord::Reader* r = ChooseReader(path, std::string_view(content).substr(0, 4096));
  return r ? std::string(r->name()) : "none";
}

std::string Head(const std::filesystem::path& path) {
  return concord::test::ReadFileText(path).substr(0, 4096);
}

}  // namespace

TEST_CASE("the corpus samples are recognised by content", "[ingest][sniff]") {
  auto corpus = concord::test::SourceDir() / "corpus";
  CHECK(SniffFormat(Head(corpus / "wordpress/peninsulawatch.wordpress.2015-06-20.xml")) ==
        SniffedFormat::kWxr);
  CHECK(SniffFormat(Head(corpus / "feeds/krdesk-rss2.xml")) == SniffedFormat::kRss);
  CHECK(SniffFormat(Head(corpus / "feeds/apnotes-atom.xml")) == SniffedFormat::kAtom);
  CHECK(SniffFormat(Head(corpus / "html/tumen-dispatch-rajin-najin-port.html")) ==
        SniffedFormat::kHtml);
  CHECK(SniffFormat(Head(corpus / "jsonl/sample.jsonl")) == SniffedFormat::kJsonl);
  CHECK(SniffFormat(Head(corpus / "seeds/000_f7ef6ce3d6a6b41b.txt")) == SniffedFormat::kText);
  CHECK(SniffFormat(Head(concord::test::SourceDir() / "tests/data/bad/binary.bin")) ==
        SniffedFormat::kBinary);
}

TEST_CASE("content wins over the file name", "[ingest][sniff]") {
  auto corpus = concord::test::SourceDir() / "corpus";
  std::string wxr = Head(corpus / "wordpress/peninsulawatch.wordpress.2015-06-20.xml");
  CHECK(ChosenFor("export.txt", wxr) == "wxr");
  CHECK(ChosenFor("feed.html", Head(corpus / "feeds/krdesk-rss2.xml")) == "rss");
  CHECK(ChosenFor("stories.txt", "{\"id\": \"a\", \"body\": \"b\"}\n") == "jsonl");
  CHECK(ChosenFor("page.txt", "<!doctype html><html><body><p>x</p></body></html>") == "html");
  CHECK(ChosenFor("notes", "Plain words.\n") == "text");
  CHECK(ChosenFor("fragment.html", "<div><p>Only a fragment</p></div>") == "html");
  CHECK(ChosenFor("image.jpg", std::string("\xFF\xD8\xFF\xE0\0\x10JFIF\0", 11)) == "none");
}

TEST_CASE("sniffing looks past BOM, declaration, comments and doctype", "[ingest][sniff]") {
  CHECK(SniffFormat("\xEF\xBB\xBF<?xml version=\"1.0\"?>\n<!-- generated -->\n<feed "
                    "xmlns=\"http://www.w3.org/2005/Atom\">") == SniffedFormat::kAtom);
  CHECK(SniffFormat("  <!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\">\n<HTML>") ==
        SniffedFormat::kHtml);
  CHECK(SniffFormat("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">") ==
        SniffedFormat::kRss);
  CHECK(SniffFormat("<note>not a feed</note>") == SniffedFormat::kOtherXml);
}
