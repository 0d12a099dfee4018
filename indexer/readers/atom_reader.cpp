#include "indexer/readers/atom_reader.h"

#include <algorithm>
#include <sstream>

#include "analysis/language.h"
#include "indexer/extract/date_parse.h"
#include "indexer/extract/text_clean.h"
#include "indexer/extract/text_metadata.h"
#include "indexer/readers/html_text.h"
#include "indexer/readers/sniff.h"
#include "indexer/readers/xml_fields.h"
#include "indexer/readers/xml_records.h"

namespace concord {

namespace {

// A text construct as HTML: type="html" is escaped HTML, type="xhtml" is
// markup inside a <div>, anything else is plain text.
std::string ConstructHtml(const pugi::xml_node& node) {
  std::string type = node.attribute("type").value();
  if (type == "xhtml") {
    std::ostringstream out;
    for (pugi::xml_node child : node.children()) {
      child.print(out, "", pugi::format_raw);
    }
    return CleanUtf8(out.str());
  }
  if (type == "html" || type == "text/html") return RawText(node);
  std::string text = RawText(node);  // plain text: escape what HTML would read as markup
  std::string escaped;
  for (char c : text) {
    if (c == '<')
      escaped += "&lt;";
    else if (c == '&')
      escaped += "&amp;";
    else
      escaped.push_back(c);
  }
  return escaped;
}

std::string LangOf(const pugi::xml_node& node, const std::string& fallback) {
  std::string lang = NormalizeLanguageCode(node.attribute("xml:lang").value());
  return lang.empty() ? fallback : lang;
}

class AtomFile {
 public:
  AtomFile(const SourceFile& file, const DocumentSink& sink) : file_(file), sink_(sink) {}

  void Root(const pugi::xml_node& feed) {
    std::string_view root_name = feed.name();
    size_t colon = root_name.find(':');
    prefix_ = colon == std::string_view::npos ? "" : std::string(root_name.substr(0, colon));
    source_ = HtmlToLine(ConstructHtml(Child(feed, prefix_, "title")));
    if (source_.empty()) source_ = file_.root;
    lang_ = LangOf(feed, "");
    feed_authors_ = Authors(feed);
  }

  void Entry(const pugi::xml_node& entry) {
    ++index_;
    Document doc;
    doc.id = Trim(RawText(Child(entry, prefix_, "id")));
    const std::string link_tag = QualifiedName(prefix_, "link");
    for (pugi::xml_node link : entry.children(link_tag.c_str())) {
      std::string_view rel = link.attribute("rel").value();
      if (rel.empty() || rel == "alternate") {
        doc.url = AttributeText(link, "href");
        break;
      }
    }
    if (doc.id.empty()) doc.id = doc.url;
    if (doc.id.empty()) doc.id = file_.relative + "#" + std::to_string(index_);
    doc.authors = Authors(entry);
    if (doc.authors.empty()) doc.authors = feed_authors_;
    doc.date = ParseDateField(RawText(Child(entry, prefix_, "published")));
    if (doc.date.empty()) doc.date = ParseDateField(RawText(Child(entry, prefix_, "updated")));
    const std::string category_tag = QualifiedName(prefix_, "category");
    for (pugi::xml_node c : entry.children(category_tag.c_str())) {
      std::string label = AttributeText(c, "label");
      if (label.empty()) label = AttributeText(c, "term");
      if (!label.empty() &&
          std::find(doc.categories.begin(), doc.categories.end(), label) == doc.categories.end()) {
        doc.categories.push_back(label);
      }
    }
    pugi::xml_node content = Child(entry, prefix_, "content");
    std::string html = content.attribute("src") ? "" : ConstructHtml(content);
    if (Trim(html).empty()) html = ConstructHtml(Child(entry, prefix_, "summary"));
    ArticleMetadata known;
    known.title = HtmlToLine(ConstructHtml(Child(entry, prefix_, "title")));
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
    doc.lang = LangOf(entry, lang_);
    if (!doc.lang.empty()) doc.lang = DocumentLanguage(doc.lang, doc.title, doc.body);
    doc.source = source_;
    sink_(std::move(doc));
  }

 private:
  std::vector<std::string> Authors(const pugi::xml_node& node) const {
    std::vector<std::string> names;
    const std::string author_tag = QualifiedName(prefix_, "author");
    for (pugi::xml_node a : node.children(author_tag.c_str())) {
      std::string name = LineText(Child(a, prefix_, "name"));
      if (!name.empty() && std::find(names.begin(), names.end(), name) == names.end()) {
        names.push_back(name);
      }
    }
    return names;
  }

  const SourceFile& file_;
  const DocumentSink& sink_;
  std::string prefix_, source_, lang_;
  std::vector<std::string> feed_authors_;
  size_t index_ = 0;
};

}  // namespace

int AtomReader::Accepts(std::string_view, std::string_view head) const {
  return SniffFormat(head) == SniffedFormat::kAtom ? 2 : 0;
}

void AtomReader::Read(const SourceFile& file, std::string_view content, const ReaderOptions&,
                      const DocumentSink& sink, const ErrorSink& errors) const {
  AtomFile atom(file, sink);
  XmlRecordCallbacks callbacks;
  callbacks.on_root = [&](const pugi::xml_node& feed) { atom.Root(feed); };
  callbacks.on_record = [&](const pugi::xml_node& entry) { atom.Entry(entry); };
  ReadXmlRecords(file, content, "entry", callbacks, errors);
}

}  // namespace concord
