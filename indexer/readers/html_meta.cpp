#include "indexer/readers/html_meta.h"

#include <algorithm>
#include <map>

#include "analysis/language.h"
#include "indexer/extract/byline.h"
#include "indexer/extract/date_parse.h"
#include "indexer/extract/text_clean.h"
#include "indexer/readers/html_dom.h"
#include "indexer/readers/json_ld.h"

namespace concord {

namespace {

// The raw text of a <script> element (gumbo keeps it as one text child).
std::string ScriptText(const GumboNode* node) {
  std::string text;
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    const GumboNode* child = static_cast<const GumboNode*>(children.data[i]);
    if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_CDATA ||
        child->type == GUMBO_NODE_WHITESPACE) {
      text += child->v.text.text;
    }
  }
  return text;
}

// "Title | Site", "Title - Site", "Title — Site": the title alone.
std::string StripSiteName(const std::string& title, const std::string& site) {
  for (std::string_view sep : {" | ", " - ", " – ", " — ", " :: ", " « ", " » "}) {
    size_t pos = title.rfind(sep);
    if (pos == std::string::npos || pos == 0) continue;
    std::string tail = title.substr(pos + sep.size());
    if ((!site.empty() && ComparableText(tail) == ComparableText(site)) ||
        (site.empty() && sep == " | " && Utf8Length(tail) <= 40)) {
      return title.substr(0, pos);
    }
  }
  return title;
}

bool InCommentSection(const GumboNode* node) {
  for (const GumboNode* n = node; n; n = n->parent) {
    if (!IsElement(n) || HasTag(n, GUMBO_TAG_BODY) || HasTag(n, GUMBO_TAG_HTML)) continue;
    for (std::string_view attr : {Attr(n, "class"), Attr(n, "id")}) {
      std::string lower = AsciiLower(attr);
      if (lower.find("comment") != std::string::npos ||
          lower.find("respond") != std::string::npos) {
        return true;
      }
    }
  }
  return false;
}

bool IsPrintedByline(const GumboNode* n) {
  return Attr(n, "rel") == "author" || Attr(n, "itemprop") == "author" || HasClass(n, "byline") ||
         HasClass(n, "author") || HasClass(n, "fn") || HasClass(n, "author-name") ||
         HasClass(n, "entry-author") || HasClass(n, "byline-author");
}

const std::string& First(const std::map<std::string, std::vector<std::string>>& meta,
                         std::initializer_list<const char*> keys) {
  static const std::string kEmpty;
  for (const char* key : keys) {
    auto it = meta.find(key);
    if (it == meta.end()) continue;
    for (const std::string& v : it->second) {
      if (!v.empty()) return v;
    }
  }
  return kEmpty;
}

void AddAll(const std::map<std::string, std::vector<std::string>>& meta, const char* key,
            std::vector<std::string>* out) {
  auto it = meta.find(key);
  if (it == meta.end()) return;
  for (const std::string& v : it->second) {
    if (!v.empty() && std::find(out->begin(), out->end(), v) == out->end()) out->push_back(v);
  }
}

}  // namespace

HtmlMetadata ReadHtmlMetadata(const GumboNode* root) {
  std::map<std::string, std::vector<std::string>> meta;  // lower-cased name -> contents
  std::string html_lang, title_tag, canonical;
  JsonLdArticle ld;
  VisitElements(root, [&](const GumboNode* n) {
    switch (n->v.element.tag) {
      case GUMBO_TAG_HTML:
        html_lang = std::string(Attr(n, "lang"));
        if (html_lang.empty()) html_lang = std::string(Attr(n, "xml:lang"));
        return true;
      case GUMBO_TAG_TITLE:
        if (title_tag.empty()) title_tag = TextOf(n);
        return false;
      case GUMBO_TAG_META: {
        std::string_view key = Attr(n, "property");
        if (key.empty()) key = Attr(n, "name");
        if (key.empty()) key = Attr(n, "itemprop");
        if (key.empty()) key = Attr(n, "http-equiv");
        if (!key.empty()) meta[AsciiLower(key)].push_back(CollapseSpaces(Attr(n, "content")));
        return false;
      }
      case GUMBO_TAG_LINK:
        if (AsciiLower(Attr(n, "rel")) == "canonical" && canonical.empty()) {
          canonical = std::string(Attr(n, "href"));
        }
        return false;
      case GUMBO_TAG_SCRIPT:
        if (AsciiLower(Attr(n, "type")) == "application/ld+json") ReadJsonLd(ScriptText(n), &ld);
        return false;
      default:
        return true;
    }
  });

  HtmlMetadata out;
  out.site_name = First(meta, {"og:site_name"});
  if (out.site_name.empty()) out.site_name = ld.publisher;
  out.title = First(meta, {"og:title"});
  if (out.title.empty()) out.title = ld.headline;
  if (out.title.empty()) out.title = First(meta, {"twitter:title"});
  if (out.title.empty()) out.title = StripSiteName(title_tag, out.site_name);

  out.authors = ld.authors;
  for (const char* key : {"author", "article:author", "dc.creator", "dcterms.creator",
                          "parsely-author", "sailthru.author"}) {
    if (!out.authors.empty()) break;
    auto it = meta.find(key);
    if (it == meta.end()) continue;
    for (const std::string& v : it->second) {
      for (std::string& name : SplitNameList(v)) {
        if (std::find(out.authors.begin(), out.authors.end(), name) == out.authors.end()) {
          out.authors.push_back(std::move(name));
        }
      }
    }
  }

  out.date = ParseDateField(ld.date_published);
  for (const char* key :
       {"article:published_time", "datepublished", "date", "pubdate", "publishdate", "dc.date",
        "dc.date.issued", "dcterms.date", "dcterms.created", "sailthru.date", "parsely-pub-date"}) {
    if (!out.date.empty()) break;
    out.date = ParseDateField(First(meta, {key}));
  }

  out.url = First(meta, {"og:url"});
  if (out.url.empty()) out.url = canonical;
  if (out.url.empty()) out.url = ld.url;

  out.lang = NormalizeLanguageCode(html_lang);
  if (out.lang.empty()) out.lang = NormalizeLanguageCode(ld.language);
  if (out.lang.empty()) out.lang = NormalizeLanguageCode(First(meta, {"og:locale"}));
  if (out.lang.empty()) out.lang = NormalizeLanguageCode(First(meta, {"content-language"}));

  AddAll(meta, "article:section", &out.categories);
  for (const std::string& s : ld.sections) {
    if (std::find(out.categories.begin(), out.categories.end(), s) == out.categories.end()) {
      out.categories.push_back(s);
    }
  }
  AddAll(meta, "article:tag", &out.tags);
  if (out.tags.empty()) out.tags = ld.keywords;
  return out;
}

void ReadPrintedMetadata(const GumboNode* root, HtmlMetadata* meta) {
  std::string h1;
  VisitElements(root, [&](const GumboNode* n) {
    if (InCommentSection(n)) return false;
    if (h1.empty() && HasTag(n, GUMBO_TAG_H1)) h1 = TextOf(n);
    if (meta->date.empty() &&
        (HasTag(n, GUMBO_TAG_TIME) || Attr(n, "itemprop") == "datePublished")) {
      std::string_view when = Attr(n, "datetime");
      if (when.empty()) when = Attr(n, "content");
      meta->date = ParseDateField(when.empty() ? TextOf(n) : std::string(when));
    }
    if (meta->authors.empty() && IsPrintedByline(n)) {
      std::string text = TextOf(n);
      if (auto byline = ParseBylineLine(text)) {
        meta->authors = byline->authors;
        if (meta->date.empty()) meta->date = byline->date;
      } else {
        meta->authors = SplitAuthors(text);
      }
      return false;
    }
    return true;
  });
  if (meta->title.empty()) meta->title = h1;
}

}  // namespace concord
