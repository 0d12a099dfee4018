// What a snippet marks as a match in a document, built from the positive
// parts of a parsed query (excluded words are never marked).
//
// The contract is MatchLength: how many tokens starting at tokens[i] form one
// match. Spans let a phrase or a name ("Choe Ryong Hae" for a query
// "Choi Ryong-hae") be marked as one; name-key matching (docs/names.md) is
// added here as one more kind of entry.
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/tokenizer.h"

namespace concord {

class Highlighter {
 public:
  // A query word in its matching form: marks that form and, in a document of
  // a language concord stems, every word with the same stem (agreement ->
  // agreements, agreed).
  void AddWord(const std::string& word);
  // Matching forms in order: marks each whole occurrence of the phrase.
  void AddPhrase(const std::vector<std::string>& words);
  // A wildcard's stem: marks words that start with it.
  void AddPrefix(const std::string& prefix);
  // Name-key parts of a name (searcher/name_query.h): marks every run of
  // name-like words with these key parts, whatever their spelling ("Choe
  // Ryong Hae" for cwe yong he), and a Hangul word that starts with them.
  void AddNameKey(const std::vector<std::string>& parts);

  bool empty() const {
    return words_.empty() && phrases_.empty() && prefixes_.empty() && name_keys_.empty();
  }

  // Tokens from tokens[i] on that form one match (0: tokens[i] is no match),
  // in a document of language lang ("" when unknown). The longest match wins.
  size_t MatchLength(const std::vector<Token>& tokens, size_t i, std::string_view lang) const;

 private:
  std::set<std::string, std::less<>> words_;
  std::map<std::string, std::set<std::string>, std::less<>> stems_;  // lang -> stems of words_
  std::vector<std::vector<std::string>> phrases_;
  std::vector<std::string> prefixes_;
  std::vector<std::vector<std::string>> name_keys_;
  size_t longest_name_key_ = 0;  // parts of the longest of name_keys_
};

}  // namespace concord
