#include "indexer/readers/rss_reader.h"

#include <algorithm>

#include "analysis/language.h"
#include "indexer/extract/byline.h"
#include "indexer/extract/date_parse.h"
#include "indexer/extract/text_clean.h"
#include "indexer/extract/text_metadata.h"
#include "indexer/readers/html_text.h"
#include "indexer/readers/sniff.h"
#include "indexer/readers/xml_fields.h"
#include "indexer/readers/xml_records.h"

namespace concord {

namespace {

void AddUnique(std::vector<std::string> names, std::vector<std::string>* out) {
  for (std::string& n : names) {
    if (!n.empty() && std::find(out->begin(), out->end(), n) == out->end())
      out->push_back(std::move(n));
  }
}

class RssFile {
 public:
  RssFile(const SourceFile& file, const DocumentSink& sink) : file_(file), sink_(sink) {}

  void Root(const pugi::xml_node& root) {
    XmlPrefixes prefixes(root);
    content_ = prefixes.For(
        [](std::string_view u) {
          return SameNamespace(u, "http://purl.org/rss/1.0/modules/content/");
        },
        "content");
    dc_ = prefixes.For(
        [](std::string_view u) { return SameNamespace(u, "http://purl.org/dc/elements/1.1/"); },
        "dc");
    pugi::xml_node channel = root.child("channel");
    source_ = LineText(channel.child("title"));
    if (source_.empty()) source_ = file_.root;
    lang_ = NormalizeLanguageCode(RawText(channel.child("language")));
    if (lang_.empty()) lang_ = NormalizeLanguageCode(RawText(Child(channel, dc_, "language")));
  }

  void Item(const pugi::xml_node& item) {
    ++index_;
    Document doc;
    pugi::xml_node guid = item.child("guid");
    std::string link(Trim(RawText(item.child("link"))));
    doc.id = Trim(RawText(guid));
    if (doc.id.empty()) doc.id = link;
    if (doc.id.empty()) doc.id = file_.relative + "#" + std::to_string(index_);
    doc.url = link;
    if (doc.url.empty() && std::string_view(guid.attribute("isPermaLink").value()) != "false" &&
        doc.id.starts_with("http")) {
      doc.url = doc.id;
    }
    const std::string creator_tag = QualifiedName(dc_, "creator");
    for (pugi::xml_node c : item.children(creator_tag.c_str())) {
      AddUnique(SplitNameList(LineText(c)), &doc.authors);
    }
    if (doc.authors.empty()) {
      for (pugi::xml_node a : item.children("author")) {
        AddUnique(SplitNameList(NameFromRssAuthor(LineText(a))), &doc.authors);
      }
    }
    doc.date = ParseDateField(RawText(item.child("pubDate")));
    if (doc.date.empty()) doc.date = ParseDateField(RawText(Child(item, dc_, "date")));
    std::vector<std::string> categories;
    for (pugi::xml_node c : item.children("category")) categories.push_back(LineText(c));
    AddUnique(categories, &doc.categories);

    std::string html = RawText(Child(item, content_, "encoded"));
    if (Trim(html).empty()) html = RawText(item.child("description"));
    ArticleMetadata known;
    known.title = LineText(item.child("title"));
    known.authors = doc.authors;
    known.date = doc.date;
    known.categories = doc.categories;
    ArticleMetadata article =
        ExtractArticleMetadata(HtmlFragmentParagraphs(html), known, known.title.empty());
    doc.title = std::move(article.title);
    doc.authors = std::move(article.authors);
    doc.date = std::move(article.date);
    doc.categories = std::move(article.categories);
    doc.tags = std::move(article.tags);
    doc.body = std::move(article.body);
    doc.lang = NormalizeLanguageCode(RawText(Child(item, dc_, "language")));
    if (doc.lang.empty()) doc.lang = lang_;
    if (!doc.lang.empty()) doc.lang = DocumentLanguage(doc.lang, doc.title, doc.body);
    doc.source = source_;
    sink_(std::move(doc));
  }

 private:
  const SourceFile& file_;
  const DocumentSink& sink_;
  std::string content_, dc_, source_, lang_;
  size_t index_ = 0;
};

}  // namespace

std::string NameFromRssAuthor(std::string_view author) {
  author = Trim(author);
  size_t open = author.find('(');
  size_t close = author.rfind(')');
  if (open != std::string_view::npos && close != std::string_view::npos && close > open) {
    return CollapseSpaces(author.substr(open + 1, close - open - 1));
  }
  size_t angle = author.find('<');
  if (angle != std::string_view::npos) return CollapseSpaces(author.substr(0, angle));
  if (author.find('@') != std::string_view::npos) return "";
  return CollapseSpaces(author);
}

int RssReader::Accepts(std::string_view, std::string_view head) const {
  return SniffFormat(head) == SniffedFormat::kRss ? 2 : 0;
}

void RssReader::Read(const SourceFile& file, std::string_view content, const ReaderOptions&,
                     const DocumentSink& sink, const ErrorSink& errors) const {
  RssFile rss(file, sink);
  XmlRecordCallbacks callbacks;
  callbacks.on_root = [&](const pugi::xml_node& root) { rss.Root(root); };
  callbacks.on_record = [&](const pugi::xml_node& item) { rss.Item(item); };
  ReadXmlRecords(file, content, "item", callbacks, errors);
}

}  // namespace concord
