// What an HTML page says about itself: title, authors, date, address,
// language, site, section and tags, from its head and its printed byline.
#pragma once

#include <gumbo.h>

#include <string>
#include <vector>

namespace concord {

struct HtmlMetadata {
  std::string title;
  std::vector<std::string> authors;
  std::string date;  // "YYYY-MM-DD" or ""
  std::string url;
  std::string lang;  // ISO 639-1 or ""
  std::string site_name;
  std::vector<std::string> categories;
  std::vector<std::string> tags;
};

// The page's declared metadata. Each field comes from the first source that
// has it, most specific first:
//   title    og:title, JSON-LD headline, twitter:title, <title> without the
//            site's name (" | Northeast Asia Monitor")
//   authors  JSON-LD author, <meta name="author">, article:author (when not a
//            URL), Dublin Core and Parse.ly author meta
//   date     JSON-LD datePublished, article:published_time, date meta tags
//   url      og:url, <link rel="canonical">, JSON-LD url
//   lang     <html lang>, JSON-LD inLanguage, og:locale, Content-Language
//   site     og:site_name, JSON-LD publisher
//   categories article:section, JSON-LD articleSection
//   tags     article:tag, JSON-LD keywords
HtmlMetadata ReadHtmlMetadata(const GumboNode* root);

// Fills the authors and date that *meta still lacks from what the page prints:
// byline elements (rel="author", class "byline", "author", "fn", itemprop
// "author") and <time datetime> elements, outside comment sections. The
// title, when still missing, comes from the first <h1>.
void ReadPrintedMetadata(const GumboNode* root, HtmlMetadata* meta);

}  // namespace concord
