#include "indexer/readers/html_reader.h"

#include "analysis/language.h"
#include "indexer/extract/charset.h"
#include "indexer/extract/text_clean.h"
#include "indexer/extract/text_metadata.h"
#include "indexer/readers/html_dom.h"
#include "indexer/readers/html_meta.h"
#include "indexer/readers/html_text.h"
#include "indexer/readers/sniff.h"

namespace concord {

int HtmlReader::Accepts(std::string_view path, std::string_view head) const {
  SniffedFormat format = SniffFormat(head);
  if (format == SniffedFormat::kHtml) return 2;
  // Markup of another kind is read for its text rather than indexed with its tags.
  if (format == SniffedFormat::kOtherXml) return 1;
  std::string lower = AsciiLower(path);
  bool html_ext = lower.ends_with(".html") || lower.ends_with(".htm") || lower.ends_with(".xhtml");
  return html_ext && format != SniffedFormat::kBinary ? 1 : 0;
}

void HtmlReader::Read(const SourceFile& file, std::string_view content, const ReaderOptions&,
                      const DocumentSink& sink, const ErrorSink& errors) const {
  bool valid = true;
  std::string html = CleanUtf8(ToUtf8(content, DeclaredCharset(content)), &valid);
  if (!valid) {
    errors(file.path,
           "invalid UTF-8 and no known charset declared (bad bytes replaced with "
           "U+FFFD, page indexed)");
  }
  HtmlDocument dom(html);
  HtmlMetadata meta = ReadHtmlMetadata(dom.root());
  if (meta.authors.empty() || meta.date.empty() || meta.title.empty()) {
    ReadPrintedMetadata(dom.root(), &meta);
  }
  ArticleMetadata known;
  known.title = meta.title;
  known.authors = meta.authors;
  known.date = meta.date;
  known.categories = meta.categories;
  known.tags = meta.tags;
  ArticleMetadata article = ExtractArticleMetadata(ContentParagraphs(FindMainContent(dom.root())),
                                                   known, /*first_is_title=*/meta.title.empty());
  if (article.title.empty() && article.body.empty()) {
    errors(file.path, "no text found in the HTML page (is the article loaded by JavaScript?)");
    return;
  }
  Document doc;
  doc.id = file.relative;
  doc.source = meta.site_name.empty() ? file.root : meta.site_name;
  doc.title = std::move(article.title);
  doc.authors = std::move(article.authors);
  doc.date = std::move(article.date);
  doc.lang = meta.lang.empty() ? "" : DocumentLanguage(meta.lang, doc.title, doc.body);
  doc.url = meta.url;
  doc.categories = std::move(article.categories);
  doc.tags = std::move(article.tags);
  doc.body = std::move(article.body);
  sink(std::move(doc));
}

}  // namespace concord
