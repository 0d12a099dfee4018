// Name-key terms (prefix schema::kNameKeyPrefix, "XN") of the name-like words
// of a text, and the key phrase a name in a query is looked up as
// (docs/names.md, step 7).
//
// Key parts live in a position space of their own: every token advances it
// by max(1, number of its key parts). A word that gives two parts
// ("Ryonghae" -> yong he) thus takes two positions, exactly like the two
// words "Ryong Hae" or the compound "Ryong-hae", and a Hangul word takes one
// position per syllable. So "Choe Ryong Hae", "Choi Ryonghae", "Ch'oe
// Ryong-hae" and 최룡해 all hold the key phrase "cwe yong he". Tokens that
// are not name-like still advance the counter, so two names a word apart
// never form one key phrase.
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

#include "analysis/tokenizer.h"

namespace concord {

// True for a token that may be (part of) a name: a capitalised Latin or
// Cyrillic word, any Hangul word, or a part of a hyphenated compound whose
// first part was name-like ("hae" in "Ryong-hae"). previous_name_like says
// whether the token before was name-like.
bool IsNameLikeToken(const Token& token, bool previous_name_like);

// Adds the XN terms of a stream of tokens to a document.
class NameKeyTerms {
 public:
  // Positions start after `start`.
  NameKeyTerms(Xapian::Document& doc, Xapian::termpos start);
  void Add(const Token& token);
  // The last position used (or skipped) so far.
  Xapian::termpos last() const { return pos_; }

 private:
  Xapian::Document& doc_;
  Xapian::termpos pos_;
  bool previous_name_like_ = false;
  std::string term_;
};

// The key parts of a name written as tokens, in order ("Choi", "Ryong",
// "hae" -> cwe yong he). Empty when none of them has letters.
std::vector<std::string> NameKeyPartsOf(const std::vector<Token>& tokens);

// XN terms of parts, adjacent and in order (one part: that term). An empty
// Query when parts is empty.
Xapian::Query NameKeyPhrase(const std::vector<std::string>& parts);

// XN terms of parts, all of them anywhere in the document (no positions read).
Xapian::Query NameKeyAnywhere(const std::vector<std::string>& parts);

}  // namespace concord
