#include "searcher/query_lexer.h"

#include "common/error.h"

namespace concord {

namespace {

// Byte length of the separator starting at text[i] (ASCII white space, no-break
// space, ideographic space), or 0.
size_t SpaceAt(std::string_view text, size_t i) {
  const unsigned char c = static_cast<unsigned char>(text[i]);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return 1;
  if (text.compare(i, 2, "\xC2\xA0") == 0) return 2;      // U+00A0
  if (text.compare(i, 3, "\xE3\x80\x80") == 0) return 3;  // U+3000
  return 0;
}

// Byte length of the quotation mark starting at text[i] (" “ ” „), or 0.
size_t QuoteAt(std::string_view text, size_t i) {
  if (text[i] == '"') return 1;
  if (text.compare(i, 2, "\xE2\x80") == 0 && i + 2 < text.size()) {
    const unsigned char third = static_cast<unsigned char>(text[i + 2]);
    if (third == 0x9C || third == 0x9D || third == 0x9E) return 3;
  }
  return 0;
}

bool EndsChunk(std::string_view text, size_t i) {
  return text[i] == '(' || text[i] == ')' || SpaceAt(text, i) || QuoteAt(text, i);
}

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// The field name of "name:value", or "" when chunk does not start that way.
std::string_view FieldName(std::string_view chunk) {
  size_t colon = chunk.find(':');
  if (colon == 0 || colon == std::string_view::npos) return {};
  for (size_t k = 0; k < colon; ++k) {
    if (!IsAsciiLetter(chunk[k])) return {};
  }
  return chunk.substr(0, colon);
}

[[noreturn]] void Fail(std::string_view text, size_t offset, const std::string& what) {
  throw Error(Status::Code::kInvalidArgument, what + " (at character " +
                                                  std::to_string(CharacterPosition(text, offset)) +
                                                  " of the query)");
}

}  // namespace

size_t CharacterPosition(std::string_view text, size_t byte_offset) {
  size_t chars = 0;
  for (size_t i = 0; i < byte_offset && i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++chars;
  }
  return chars + 1;
}

std::vector<QueryToken> LexQuery(std::string_view text) {
  std::vector<QueryToken> tokens;
  size_t i = 0;
  while (i < text.size()) {
    if (size_t space = SpaceAt(text, i)) {
      i += space;
      continue;
    }
    const char c = text[i];
    if (c == '(' || c == ')') {
      tokens.push_back({c == '(' ? QueryTokenKind::kOpen : QueryTokenKind::kClose, "", i});
      ++i;
      continue;
    }
    if (size_t quote = QuoteAt(text, i)) {
      size_t close = i + quote;
      size_t close_len = 0;
      while (close < text.size() && !(close_len = QuoteAt(text, close))) ++close;
      if (close_len == 0) {
        Fail(text, i, "unbalanced quote: the phrase that starts here is never closed; add a \"");
      }
      tokens.push_back({QueryTokenKind::kPhrase,
                        std::string(text.substr(i + quote, close - i - quote)), i + quote});
      i = close + close_len;
      continue;
    }
    // A sign counts only when it touches what it applies to: "-Russia", not "- Russia".
    if ((c == '-' || c == '+') && i + 1 < text.size() && !SpaceAt(text, i + 1) &&
        text[i + 1] != ')' && text[i + 1] != '-' && text[i + 1] != '+') {
      tokens.push_back({c == '-' ? QueryTokenKind::kMinus : QueryTokenKind::kPlus, "", i});
      ++i;
      continue;
    }
    size_t end = i;
    while (end < text.size() && !EndsChunk(text, end)) ++end;
    std::string_view chunk = text.substr(i, end - i);
    size_t chunk_offset = i;
    i = end;
    if (chunk == "AND" || chunk == "OR" || chunk == "NOT") {
      tokens.push_back({chunk == "AND"  ? QueryTokenKind::kAnd
                        : chunk == "OR" ? QueryTokenKind::kOr
                                        : QueryTokenKind::kNot,
                        "", chunk_offset});
      continue;
    }
    if (std::string_view name = FieldName(chunk); !name.empty()) {
      tokens.push_back({QueryTokenKind::kField, std::string(name), chunk_offset});
      chunk.remove_prefix(name.size() + 1);
      chunk_offset += name.size() + 1;
      if (chunk.empty()) {
        // The value may be a phrase or a group that starts right after the colon.
        if (end < text.size() && (text[end] == '(' || QuoteAt(text, end))) continue;
        Fail(text, tokens.back().offset,
             "the field " + std::string(name) + ": has no value; write " + std::string(name) +
                 ":word or " + std::string(name) + ":\"some words\" with no space after the colon");
      }
    }
    QueryToken word{QueryTokenKind::kWord, "", chunk_offset};
    while (!chunk.empty() && chunk.back() == '*') {
      chunk.remove_suffix(1);
      word.wildcard = true;
    }
    word.text = std::string(chunk);
    tokens.push_back(std::move(word));
  }
  return tokens;
}

}  // namespace concord
