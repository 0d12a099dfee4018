// The first step of reading concord's query language (docs/search.md): the
// query text as a list of tokens with byte offsets, for the parser.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace concord {

enum class QueryTokenKind {
  kWord,    // a run of text without spaces, parentheses or quotes
  kPhrase,  // the text between a pair of double quotes
  kField,   // "name:" directly followed by its value; text holds the name
  kOpen,    // (
  kClose,   // )
  kAnd,     // AND (upper case only; "and" is a word)
  kOr,      // OR
  kNot,     // NOT
  kMinus,   // "-" directly before a word, phrase, field or group: exclude
  kPlus,    // "+" directly before a word, phrase, field or group: require
};

struct QueryToken {
  QueryTokenKind kind;
  // kWord: the text without a trailing "*"; kPhrase: the quoted text;
  // kField: the field name as typed (case kept). Empty for the others.
  std::string text;
  size_t offset = 0;      // byte offset of text (or of the symbol) in the query
  bool wildcard = false;  // kWord that ended in "*"
};

// Splits query text into tokens. Straight (") and typographic quotes (“ ” „)
// delimit phrases. Throws Error(kInvalidArgument) for a quote that is never
// closed and for a field name without a value ("title: " at the end or before
// a space), naming the character position.
std::vector<QueryToken> LexQuery(std::string_view text);

// 1-based character position of a byte offset, for messages ("at character 12").
size_t CharacterPosition(std::string_view text, size_t byte_offset);

}  // namespace concord
