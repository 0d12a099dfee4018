// Named entities of a document, found at index time (docs/names.md,
// "Entities"):
//  1. gazetteer aliases, matched through name keys over the name-like tokens
//     (analysis/name_terms.h), longest match first. A Hangul word may carry a
//     particle (최룡해는): its last one or two syllables may be left over. An
//     alias key shared by several entities goes to the one whose display name
//     has that key, else the span is ambiguous and yields no entity.
//  2. unknown Korean persons: a surname (gazetteer/korean-surnames.txt) and
//     two given-name syllables in one or two capitalised words ("Kim Yong
//     Chol", "Ri Su-yong", "Pak Uichun").
//  3. a capitalised name of two or three words after a title (Premier,
//     Marshal, Vice-Chairman, Comrade, Minister, Ambassador).
// Rule-found persons get the id "person:" + their key with hyphens
// ("person:kim-yong-col") and the spelling first met as display name.
#pragma once

#include <concord/document.h>

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/tokenizer.h"
#include "indexer/gazetteer.h"

namespace concord {

class EntityExtractor {
 public:
  // surname_keys: name keys of the Korean surnames (rule 2); empty disables the rule.
  EntityExtractor(const Gazetteer& gazetteer, std::set<std::string, std::less<>> surname_keys);

  // A hash of the rules' version, the gazetteer and the surnames (16 hex
  // digits): two extractors with the same fingerprint find the same
  // entities. An index records the one its entity terms came from
  // (schema::kMetaExtraction).
  const std::string& fingerprint() const { return fingerprint_; }

  // Entities of title and body, each id once, in order of first mention.
  std::vector<Entity> Extract(std::string_view title, std::string_view body) const;
  // The same from texts already tokenised (x_words == Tokenize(x)).
  std::vector<Entity> Extract(std::string_view title, const std::vector<Token>& title_words,
                              std::string_view body, const std::vector<Token>& body_words) const;

 private:
  void ExtractFrom(std::string_view text, const std::vector<Token>& words,
                   std::vector<Entity>* out) const;

  const Gazetteer& gazetteer_;
  std::set<std::string, std::less<>> surname_keys_;
  std::string fingerprint_;
};

// Reads a surname list (one a line, '#' comments) into name keys; missing file: empty.
std::set<std::string, std::less<>> LoadSurnameKeys(const std::string& path);

// The extractor over DefaultGazetteer() and the surnames beside it, built once.
const EntityExtractor& DefaultEntityExtractor();

// The id of a person found by rule: "person:" + key with hyphens.
std::string RulePersonId(std::string_view key);

}  // namespace concord
