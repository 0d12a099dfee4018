#include "searcher/highlight.h"

#include <algorithm>

#include "analysis/analyzer.h"
#include "analysis/name_key.h"
#include "analysis/name_terms.h"

namespace concord {

namespace {

// The stemmed languages a word's stems are kept for.
constexpr const char* kStemLanguages[] = {"en", "ru", "es"};

// Tokens from tokens[i] on whose name-key parts are key (0: none). The last
// word may be a Hangul word with a particle after the name (최룡해는).
size_t NameKeyMatch(const std::vector<Token>& tokens, size_t i,
                    const std::vector<std::string>& key) {
  std::vector<std::string> parts;
  bool previous = false;
  for (size_t j = i; j < tokens.size() && parts.size() < key.size(); ++j) {
    if (!IsNameLikeToken(tokens[j], previous)) return 0;
    previous = true;
    const size_t before = parts.size();
    for (std::string& p : NameKeyParts(tokens[j].text)) parts.push_back(std::move(p));
    if (parts.size() == before) return 0;
    const size_t n = std::min(parts.size(), key.size());
    if (!std::equal(parts.begin(), parts.begin() + n, key.begin())) return 0;
    if (parts.size() >= key.size()) {
      const bool exact = parts.size() == key.size();
      return exact || tokens[j].script == Script::kHangul ? j - i + 1 : 0;
    }
  }
  return 0;
}

}  // namespace

void Highlighter::AddNameKey(const std::vector<std::string>& parts) {
  if (!parts.empty()) name_keys_.push_back(parts);
}

void Highlighter::AddWord(const std::string& word) {
  if (word.empty() || !words_.insert(word).second) return;
  for (const char* lang : kStemLanguages) stems_[lang].insert(Stem(lang, word));
}

void Highlighter::AddPhrase(const std::vector<std::string>& words) {
  if (words.size() == 1) {
    words_.insert(words.front());  // a quoted word: that spelling only
  } else if (!words.empty()) {
    phrases_.push_back(words);
  }
}

void Highlighter::AddPrefix(const std::string& prefix) {
  if (!prefix.empty()) prefixes_.push_back(prefix);
}

size_t Highlighter::MatchLength(const std::vector<Token>& tokens, size_t i,
                                std::string_view lang) const {
  size_t longest = 0;
  for (const std::vector<std::string>& phrase : phrases_) {
    if (phrase.size() <= longest || i + phrase.size() > tokens.size()) continue;
    size_t k = 0;
    while (k < phrase.size() && tokens[i + k].text == phrase[k]) ++k;
    if (k == phrase.size()) longest = phrase.size();
  }
  if (!name_keys_.empty() && IsNameLikeToken(tokens[i], false)) {
    for (const std::vector<std::string>& key : name_keys_) {
      longest = std::max(longest, NameKeyMatch(tokens, i, key));
    }
  }
  if (longest > 0) return longest;
  const std::string& text = tokens[i].text;
  if (words_.count(text)) return 1;
  for (const std::string& prefix : prefixes_) {
    if (text.compare(0, prefix.size(), prefix) == 0) return 1;
  }
  if (!words_.empty() && HasStemmer(lang)) {
    auto stems = stems_.find(lang);
    if (stems != stems_.end() && stems->second.count(Stem(lang, text))) return 1;
  }
  return 0;
}

}  // namespace concord
