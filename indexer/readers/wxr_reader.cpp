#include "indexer/readers/wxr_reader.h"

#include <algorithm>
#include <map>
#include <regex>

#include "analysis/language.h"
#include "indexer/extract/boilerplate.h"
#include "indexer/extract/date_parse.h"
#include "indexer/extract/sentence.h"
#include "indexer/extract/text_clean.h"
#include "indexer/readers/html_text.h"
#include "indexer/readers/sniff.h"
#include "indexer/readers/xml_fields.h"
#include "indexer/readers/xml_records.h"

namespace concord {

namespace {

std::string_view WithoutScheme(std::string_view uri) {
  uri = Trim(uri);
  if (uri.starts_with("https://"))
    uri.remove_prefix(8);
  else if (uri.starts_with("http://"))
    uri.remove_prefix(7);
  return uri;
}

// "http://wordpress.org/export/1.2/" (any version, either scheme), but not
// the ".../excerpt/" namespace beside it.
bool IsWxrNamespace(std::string_view uri) {
  std::string_view s = WithoutScheme(uri);
  if (!s.starts_with("wordpress.org/export/")) return false;
  s.remove_prefix(std::string_view("wordpress.org/export/").size());
  if (s.ends_with("/")) s.remove_suffix(1);
  return !s.empty() && s.find('/') == std::string_view::npos;
}

// WordPress shortcodes ("[caption id=...]", "[/caption]", "[gallery ids=...]")
// are markup for the site's renderer; the text between them is kept.
std::string StripShortcodes(const std::string& html) {
  static const std::regex kShortcode(
      R"(\[/?(caption|wp_caption|gallery|embed|audio|video|playlist|youtube|vimeo|tweet|)"
      R"(soundcloud|googlemaps|slideshow|wpvideo|instagram|contact-form(-7)?|gravityform)"
      R"(|[a-z_][a-z0-9_-]*(?=\s+[a-z_-]+=))[^\]]{0,1000}\])",
      std::regex::ECMAScript | std::regex::icase | std::regex::optimize);
  return std::regex_replace(html, kShortcode, " ");
}

// Why an item is not a document, or "" when it is one.
std::string SkipReason(const std::string& type, const std::string& status, bool has_password,
                       bool include_unpublished) {
  if (type == "attachment") return "attachment";
  if (type == "nav_menu_item") return "menu item";
  if (type == "revision") return "revision";
  if (type != "post" && type != "page") return "item of post type '" + type + "'";
  if (status == "publish" && !has_password) return "";
  if (status == "auto-draft" || status == "inherit") return status;
  if (include_unpublished) return "";
  if (has_password) return "password-protected";
  if (status == "draft") return "draft";
  if (status == "pending") return "pending review";
  if (status == "future") return "scheduled";
  if (status == "private") return "private";
  if (status == "trash") return "trashed";
  return "status '" + status + "'";
}

class WxrFile {
 public:
  WxrFile(const SourceFile& file, const ReaderOptions& options, const DocumentSink& sink)
      : file_(file), options_(options), sink_(sink) {}

  void Root(const pugi::xml_node& root) {
    XmlPrefixes prefixes(root);
    wp_ = prefixes.For(IsWxrNamespace, "wp");
    content_ = prefixes.For(
        [](std::string_view u) {
          return SameNamespace(u, "http://purl.org/rss/1.0/modules/content/");
        },
        "content");
    dc_ = prefixes.For(
        [](std::string_view u) { return SameNamespace(u, "http://purl.org/dc/elements/1.1/"); },
        "dc");
    pugi::xml_node channel = root.child("channel");
    for (const char* field : {"base_blog_url", "base_site_url"}) {
      if (site_.empty()) site_ = std::string(WithoutScheme(RawText(Child(channel, wp_, field))));
    }
    if (site_.empty()) site_ = std::string(WithoutScheme(RawText(channel.child("link"))));
    while (site_.ends_with("/")) site_.pop_back();
    if (site_.empty()) site_ = file_.relative;
    source_ = LineText(channel.child("title"));
    if (source_.empty()) source_ = site_;
    lang_ = NormalizeLanguageCode(RawText(channel.child("language")));
    const std::string author_tag = QualifiedName(wp_, "author");
    for (pugi::xml_node a : channel.children(author_tag.c_str())) {
      std::string login(Trim(RawText(Child(a, wp_, "author_login"))));
      std::string name = LineText(Child(a, wp_, "author_display_name"));
      if (name.empty()) {
        name = CollapseSpaces(LineText(Child(a, wp_, "author_first_name")) + " " +
                              LineText(Child(a, wp_, "author_last_name")));
      }
      if (!login.empty() && !name.empty()) display_names_[login] = name;
    }
  }

  void Item(const pugi::xml_node& item) {
    std::string type(Trim(RawText(Child(item, wp_, "post_type"))));
    std::string status(Trim(RawText(Child(item, wp_, "status"))));
    bool has_password = !Trim(RawText(Child(item, wp_, "post_password"))).empty();
    std::string reason =
        SkipReason(type.empty() ? "post" : type, status.empty() ? "publish" : status, has_password,
                   options_.include_unpublished);
    if (!reason.empty()) return Skip(reason);

    Document doc;
    std::string post_id(Trim(RawText(Child(item, wp_, "post_id"))));
    if (post_id.empty()) post_id = Trim(RawText(item.child("guid")));
    doc.id = site_ + "/" + post_id;
    doc.title = LineText(item.child("title"));
    std::string creator(Trim(RawText(Child(item, dc_, "creator"))));
    if (!creator.empty()) {
      auto it = display_names_.find(creator);
      doc.authors.push_back(it != display_names_.end() ? it->second : CollapseSpaces(creator));
    }
    // The local date is the one the site shows; GMT and pubDate are fallbacks
    // (drafts carry "0000-00-00 00:00:00" and "-0001", which are no dates).
    doc.date = ParseDateField(RawText(Child(item, wp_, "post_date")));
    if (doc.date.empty()) doc.date = ParseDateField(RawText(Child(item, wp_, "post_date_gmt")));
    if (doc.date.empty()) doc.date = ParseDateField(RawText(item.child("pubDate")));
    doc.url = std::string(Trim(RawText(item.child("link"))));
    for (pugi::xml_node c : item.children("category")) {
      // WXR 1.0 writes tags with domain="tag" and repeats categories without a domain.
      std::string domain = c.attribute("domain").value();
      std::string value = LineText(c);
      std::vector<std::string>* list = domain == "category" || domain.empty()    ? &doc.categories
                                       : domain == "post_tag" || domain == "tag" ? &doc.tags
                                                                                 : nullptr;
      if (list && !value.empty() && std::find(list->begin(), list->end(), value) == list->end()) {
        list->push_back(value);
      }
    }
    std::string html = StripShortcodes(RawText(Child(item, content_, "encoded")));
    CleanArticle article = RemoveBoilerplate(HtmlFragmentParagraphs(html), {doc.title});
    doc.body = JoinParagraphs(article.paragraphs);
    if (doc.title.empty()) doc.title = FirstSentence(doc.body);
    if (doc.title.empty() && doc.body.empty())
      return Skip("empty " + (type.empty() ? "post" : type));
    doc.lang = lang_.empty() ? "" : DocumentLanguage(lang_, doc.title, doc.body);
    doc.source = source_;
    sink_(std::move(doc));
  }

  void ReportSkipped() const {
    if (!options_.skipped) return;
    for (const auto& [reason, count] : skipped_) options_.skipped(file_.path, reason, count);
  }

 private:
  void Skip(const std::string& reason) {
    for (auto& [r, count] : skipped_) {
      if (r == reason) {
        ++count;
        return;
      }
    }
    skipped_.emplace_back(reason, 1);
  }

  const SourceFile& file_;
  const ReaderOptions& options_;
  const DocumentSink& sink_;
  std::string wp_, content_, dc_;
  std::string site_, source_, lang_;
  std::map<std::string, std::string> display_names_;       // login -> display name
  std::vector<std::pair<std::string, uint64_t>> skipped_;  // in order of first occurrence
};

}  // namespace

int WxrReader::Accepts(std::string_view, std::string_view head) const {
  return SniffFormat(head) == SniffedFormat::kWxr ? 2 : 0;
}

void WxrReader::Read(const SourceFile& file, std::string_view content, const ReaderOptions& options,
                     const DocumentSink& sink, const ErrorSink& errors) const {
  WxrFile wxr(file, options, sink);
  XmlRecordCallbacks callbacks;
  callbacks.on_root = [&](const pugi::xml_node& root) { wxr.Root(root); };
  callbacks.on_record = [&](const pugi::xml_node& item) { wxr.Item(item); };
  try {
    ReadXmlRecords(file, content, "item", callbacks, errors);
  } catch (...) {
    wxr.ReportSkipped();
    throw;
  }
  wxr.ReportSkipped();
}

}  // namespace concord
