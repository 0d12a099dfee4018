// schema.org article metadata from JSON-LD blocks
// (<script type="application/ld+json">), as news sites publish it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace concord {

struct JsonLdArticle {
  std::string headline;
  std::vector<std::string> authors;  // Person or Organization names
  std::string date_published;        // as written (ISO 8601 usually)
  std::string url;
  std::string language;  // inLanguage, as written
  std::string publisher;
  std::vector<std::string> sections;  // articleSection
  std::vector<std::string> keywords;
  bool found = false;  // an article (or web page) node was found
};

// Adds what one JSON-LD block says about the page's article to *article;
// fields already set are kept (the first block that names a field wins).
// Understands a single object, an array of objects and "@graph", author as a
// string, an object, an array of either or an {"@id"} reference into the
// graph; Article, NewsArticle, BlogPosting and other *Article types are
// preferred over WebPage. Malformed JSON is ignored.
void ReadJsonLd(std::string_view json_text, JsonLdArticle* article);

}  // namespace concord
