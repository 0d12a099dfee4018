// Site furniture in article text: comment sections, comment forms, share
// prompts, spam-filter and comment-policy notices, post footers, captions
// printed twice. None of it is what the article says, so none of it is indexed.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace concord {

// A paragraph that is furniture wherever it stands: "Share this:", "Leave a
// Reply", "Your email address will not be published.", "This site uses Akismet
// to reduce spam...", "We follow the House Rules...", the WordPress.com comment
// form ("You are commenting using your ... account."), "The post X appeared
// first on Y.", "Bookmark the permalink.".
bool IsBoilerplateParagraph(std::string_view paragraph);

// A paragraph that opens the comment section: "No Comments", "2 Comments",
// "One Response to TITLE", "3 thoughts on “TITLE”", "Leave a Reply", "Post a
// Comment", "Comments are closed.", "1. Sarah says:". Everything from it to
// the end of the article is comments, forms and policy.
bool OpensCommentSection(std::string_view paragraph);

// A post footer that files the article: "This entry was posted in A and
// tagged X, Y. Bookmark the permalink.", "Posted in A | Tagged X, Y",
// "Filed under: A, B". Appends what it names and returns true; false (and
// nothing appended) for any other paragraph.
bool ParseFiledUnder(std::string_view paragraph, std::vector<std::string>* categories,
                     std::vector<std::string>* tags);

struct CleanArticle {
  std::vector<std::string> paragraphs;
  std::vector<std::string> categories;  // from post footers
  std::vector<std::string> tags;
};

// The article without its furniture: the comment section and all after it,
// furniture paragraphs, post footers (their categories and tags are kept),
// repeats of the title (any of titles), a paragraph or caption repeated right
// after itself, and an editorial disclaimer closing the text ("Мнение автора
// может не совпадать с позицией редакции.").
CleanArticle RemoveBoilerplate(std::vector<std::string> paragraphs,
                               const std::vector<std::string>& titles);

}  // namespace concord
