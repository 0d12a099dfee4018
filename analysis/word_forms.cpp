#include "analysis/word_forms.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace concord {

namespace {

bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

// "3,000" and "1,250,000": digits grouped by threes with commas. A decimal
// comma ("2,4" in Spanish) is left alone.
bool HasThousandsCommas(std::string_view word) {
  const size_t first_comma = word.find(',');
  if (first_comma == std::string_view::npos || first_comma == 0 || first_comma > 3) return false;
  for (size_t i = 0; i < first_comma; ++i) {
    if (!IsAsciiDigit(word[i])) return false;
  }
  size_t i = first_comma;
  while (i < word.size()) {
    if (word[i] != ',' || i + 4 > word.size()) return false;
    for (size_t k = i + 1; k < i + 4; ++k) {
      if (!IsAsciiDigit(word[k])) return false;
    }
    i += 4;
  }
  return true;
}

std::string Without(std::string_view word, char drop) {
  std::string out;
  out.reserve(word.size());
  for (char c : word) {
    if (c != drop) out.push_back(c);
  }
  return out;
}

// The apostrophe-free spelling: the possessive "'s" dropped, other
// apostrophes removed ("ch'oe" -> "choe", "kim's" -> "kim").
std::string WithoutApostrophes(std::string_view word) {
  if (word.size() > 2 && word.ends_with("'s")) word.remove_suffix(2);
  return Without(word, '\'');
}

}  // namespace

bool IsDottedAbbreviation(std::string_view word) {
  const auto* s = reinterpret_cast<const uint8_t*>(word.data());
  const int32_t n = static_cast<int32_t>(word.size());
  int32_t i = 0;
  int letters = 0;
  while (i < n) {
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0 || !u_isalpha(c)) return false;
    ++letters;
    if (i == n) break;
    if (s[i] != '.') return false;
    ++i;
    if (i == n) return false;
  }
  return letters >= 2;
}

void CompoundJoiner::Start(const Token& first) {
  joined_.clear();
  parts_ = 0;
  joinable_ = true;
  Add(first);
}

void CompoundJoiner::Add(const Token& part) {
  ++parts_;
  joinable_ = joinable_ && (part.script == Script::kLatin || part.script == Script::kCyrillic ||
                            part.script == Script::kNumber);
  if (joinable_) joined_ += part.text;
}

std::string_view CompoundJoiner::Joined() const {
  if (parts_ < 2 || parts_ > kMaxCompoundParts || !joinable_ || joined_.size() > kMaxWordBytes) {
    return {};
  }
  return joined_;
}

void ComputeWordForms(const Token& token, WordForms* forms) {
  forms->sequence.clear();
  forms->extras.clear();
  forms->alias.clear();
  const std::string& word = token.text;
  if (token.script == Script::kHangul) {
    HangulGrams(word, &forms->sequence, &forms->extras);
    return;
  }
  forms->sequence.push_back(word);
  if (token.script == Script::kLatin || token.script == Script::kCyrillic) {
    if (word.find('\'') != std::string::npos) {
      forms->alias = WithoutApostrophes(word);
    } else if (word.find('.') != std::string::npos && IsDottedAbbreviation(word)) {
      forms->extras.push_back({Without(word, '.'), 0});
    }
  } else if (token.script == Script::kNumber && HasThousandsCommas(word)) {
    forms->alias = Without(word, ',');
  }
  if (forms->alias == word) forms->alias.clear();
}

}  // namespace concord
