#include "analysis/name_terms.h"

#include <concord/schema.h>

#include "analysis/name_key.h"

namespace concord {

bool IsNameLikeToken(const Token& token, bool previous_name_like) {
  switch (token.script) {
    case Script::kHangul:
      return true;
    case Script::kLatin:
    case Script::kCyrillic:
      return token.capitalized || (token.joined_to_previous && previous_name_like);
    default:
      return false;
  }
}

NameKeyTerms::NameKeyTerms(Xapian::Document& doc, Xapian::termpos start)
    : doc_(doc), pos_(start) {}

void NameKeyTerms::Add(const Token& token) {
  const bool name_like = IsNameLikeToken(token, previous_name_like_);
  previous_name_like_ = name_like;
  if (!name_like) {
    ++pos_;
    return;
  }
  const std::vector<std::string>& parts = CachedNameKeyParts(token.text);
  if (parts.empty()) {
    ++pos_;
    return;
  }
  for (const std::string& part : parts) {
    term_.assign(schema::kNameKeyPrefix);
    term_.append(part);
    // Xapian refuses terms over 245 bytes; no real name part comes near.
    if (term_.size() <= 240) doc_.add_posting(term_, pos_ + 1);
    ++pos_;
  }
}

std::vector<std::string> NameKeyPartsOf(const std::vector<Token>& tokens) {
  std::vector<std::string> parts;
  for (const Token& t : tokens) {
    for (std::string& p : NameKeyParts(t.text)) parts.push_back(std::move(p));
  }
  return parts;
}

namespace {

std::vector<Xapian::Query> NameKeyTermQueries(const std::vector<std::string>& parts) {
  std::vector<Xapian::Query> terms;
  for (const std::string& p : parts) terms.emplace_back(std::string(schema::kNameKeyPrefix) + p);
  return terms;
}

}  // namespace

Xapian::Query NameKeyAnywhere(const std::vector<std::string>& parts) {
  const std::vector<Xapian::Query> terms = NameKeyTermQueries(parts);
  return Xapian::Query(Xapian::Query::OP_AND, terms.begin(), terms.end());
}

Xapian::Query NameKeyPhrase(const std::vector<std::string>& parts) {
  const std::vector<Xapian::Query> terms = NameKeyTermQueries(parts);
  if (terms.empty()) return Xapian::Query();
  if (terms.size() == 1) return terms.front();
  return Xapian::Query(Xapian::Query::OP_PHRASE, terms.begin(), terms.end(),
                       static_cast<Xapian::termcount>(terms.size()));
}

}  // namespace concord
