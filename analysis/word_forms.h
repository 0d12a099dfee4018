// The terms one token stands for, shared by indexing and querying: whatever
// a document's word is indexed as, the same word in a query is looked up as.
// Field prefixes and Snowball stems are added by the analyzer.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "analysis/hangul.h"
#include "analysis/tokenizer.h"

namespace concord {

struct WordForms {
  // Terms taking consecutive positions, starting at the word's position: the
  // word itself, or for a Hangul word of two or more syllables its bigrams.
  std::vector<std::string> sequence;
  // Index-only terms placed inside the word: the Hangul syllables, and the
  // dotless form of a dotted abbreviation ("u.s" -> "us", so that a search
  // for US or DPRK finds U.S. and D.P.R.K.; a search for U.S. stays exact and
  // does not match the pronoun "us").
  std::vector<PlacedTerm> extras;
  // A second spelling at the first position, used by index and query alike:
  // without apostrophes ("ch'oe" -> "choe"), without the possessive
  // ("korea's" -> "korea", so the phrase "Korea nuclear" matches "Korea's
  // nuclear"), or a number without its thousands separators ("3,000" -> "3000").
  // Empty when there is none.
  std::string alias;
};

// Fills *forms (cleared first; its buffers are reused) for token.
void ComputeWordForms(const Token& token, WordForms* forms);

// A compound: tokens joined by dashes (Token::joined_to_previous), such as
// Ryong-hae or DPRK-Russia. Its joined spelling ("ryonghae") is indexed and
// looked up when it has 2 to kMaxCompoundParts parts, all Latin, Cyrillic or
// digits, and fits in kMaxWordBytes; dates like 2011-12-01 join to 20111201.
class CompoundJoiner {
 public:
  static constexpr size_t kMaxCompoundParts = 4;
  // Starts a new compound with first as its first part.
  void Start(const Token& first);
  // Adds the next part (a token with joined_to_previous).
  void Add(const Token& part);
  size_t parts() const { return parts_; }
  // The joined spelling, or "" when the compound has none (a single word too).
  std::string_view Joined() const;

 private:
  std::string joined_;
  size_t parts_ = 0;
  bool joinable_ = true;
};

// True for a dotted abbreviation of single letters: "u.s", "d.p.r.k".
bool IsDottedAbbreviation(std::string_view word);

}  // namespace concord
