// Metadata from the text of an article: title, authors, date, section, and
// the body without bylines and boilerplate. Used on plain-text files, and on
// HTML and feed content to fill what their structured metadata leaves out.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace concord {

struct ArticleMetadata {
  std::string title;
  std::vector<std::string> authors;
  std::string date;  // "YYYY-MM-DD" or ""
  std::vector<std::string> categories;
  std::vector<std::string> tags;
  std::string body;  // paragraphs separated by one blank line
};

// A plain-text article in the seeds' layout: the first line is the title
// (after a one- or two-word section label such as "Commentary", which becomes
// a category; "TITLE by NAME" gives the author), then bylines and date lines
// in any of the forms of byline.h and date_parse.h, anywhere in the first
// paragraphs or right after a repeat of the title. A first line too long for
// a title, or of several sentences, stays in the body and its first sentence
// becomes the title.
// Every non-empty line is a paragraph. text must be valid UTF-8.
ArticleMetadata ExtractTextMetadata(std::string_view text);

// The same reading of an article already split into paragraphs. Fields of
// known that are set win over what the text says; the text fills the others.
// The first paragraph is read as the title only when first_is_title is true
// and known has no title. Byline lines are removed from the body when they
// name no one other than the article's authors.
ArticleMetadata ExtractArticleMetadata(std::vector<std::string> paragraphs,
                                       const ArticleMetadata& known, bool first_is_title);

}  // namespace concord
