#include "indexer/document_builder.h"

#include <concord/schema.h>

#include <algorithm>

#include "analysis/analyzer.h"
#include "analysis/language.h"
#include "analysis/normalizer.h"
#include "common/dates.h"
#include "common/multi_value.h"
#include "indexer/document_codec.h"
#include "indexer/entity_extractor.h"

namespace concord {

using schema::BooleanTerm;

namespace {

std::string Lower(std::string_view s) { return NormalizeForMatch(s); }

}  // namespace

std::string AuthorKey(std::string_view author) {
  std::string key;
  for (const Token& t : Tokenize(author)) {
    if (!key.empty()) key.push_back(' ');
    key += t.text;
  }
  return key;
}

Xapian::Document BuildXapianDocument(Document& doc, const std::string& content_hash) {
  if (!doc.date.empty() && !IsValidIsoDate(doc.date)) doc.date.clear();
  if (doc.lang.empty()) doc.lang = DetectLanguage(doc.title + "\n" + doc.body);

  Xapian::Document xdoc;
  xdoc.add_boolean_term(BooleanTerm(schema::kIdPrefix, doc.id));
  // Each text is broken into words once: for its terms and for entity extraction.
  const std::vector<Token> title_words = Tokenize(doc.title);
  const std::vector<Token> body_words = Tokenize(doc.body);
  Xapian::termpos pos = 0;
  // The title is searchable on its own (title:) and as part of the text.
  IndexTokens(title_words, doc.lang, schema::kTitlePrefix, xdoc, &pos);
  pos = 0;
  IndexTokens(title_words, doc.lang, schema::kBodyPrefix, xdoc, &pos);
  IndexTokens(body_words, doc.lang, schema::kBodyPrefix, xdoc, &pos);

  std::vector<std::string> author_keys;
  Xapian::termpos author_pos = 0;
  for (const std::string& author : doc.authors) {
    author_keys.push_back(AuthorKey(author));
    xdoc.add_boolean_term(BooleanTerm(schema::kAuthorPrefix, author_keys.back()));
    IndexText(author, "", schema::kAuthorTextPrefix, xdoc, &author_pos);
  }
  if (!doc.date.empty()) {
    std::string day = CompactDate(doc.date);
    xdoc.add_boolean_term(BooleanTerm(schema::kDayPrefix, day));
    xdoc.add_boolean_term(BooleanTerm(schema::kMonthPrefix, day.substr(0, 6)));
    xdoc.add_boolean_term(BooleanTerm(schema::kYearPrefix, day.substr(0, 4)));
    xdoc.add_value(schema::kSlotDate, day);
  }
  if (!doc.lang.empty()) {
    xdoc.add_boolean_term(BooleanTerm(schema::kLangPrefix, doc.lang));
    xdoc.add_value(schema::kSlotLang, doc.lang);
  }
  if (!doc.source.empty()) xdoc.add_boolean_term(BooleanTerm(schema::kSourcePrefix, doc.source));
  for (const std::string& c : doc.categories) xdoc.add_boolean_term(BooleanTerm(schema::kCategoryPrefix, Lower(c)));
  for (const std::string& t : doc.tags) xdoc.add_boolean_term(BooleanTerm(schema::kTagPrefix, Lower(t)));

  // Entities the reader gave stay first; extraction adds the others (entity_extractor.h).
  for (Entity& found : DefaultEntityExtractor().Extract(doc.title, title_words, doc.body,
                                                                  body_words)) {
    const bool known = std::any_of(doc.entities.begin(), doc.entities.end(),
                                   [&](const Entity& e) { return e.id == found.id; });
    if (!known) doc.entities.push_back(std::move(found));
  }
  std::vector<std::string> entity_ids;
  for (const Entity& e : doc.entities) {
    entity_ids.push_back(e.id);
    xdoc.add_boolean_term(BooleanTerm(schema::kEntityPrefix, e.id));
  }
  xdoc.add_value(schema::kSlotAuthors, JoinMultiValue(doc.authors));
  xdoc.add_value(schema::kSlotEntities, JoinMultiValue(entity_ids));
  std::vector<std::string> cats = doc.categories;
  cats.insert(cats.end(), doc.tags.begin(), doc.tags.end());
  if (!cats.empty()) xdoc.add_value(schema::kSlotCategories, JoinMultiValue(cats));
  xdoc.add_value(schema::kSlotContentHash, content_hash);
  xdoc.set_data(ToJson(doc).dump());
  return xdoc;
}

}  // namespace concord
