#include "searcher/highlight.h"

#include <algorithm>

#include "analysis/analyzer.h"
#include "analysis/name_key.h"
#include "analysis/name_terms.h"

namespace concord {

namespace {

// The stemmed languages a word's stems are kept for.
constexpr const char* kStemLanguages[] = {"en", "ru", "es"};

// The name-key parts of the name-like tokens from tokens[i] on, computed once
// for all of a query's keys (a snippet asks at every token).
struct KeyRun {
  std::vector<std::string> parts;
  // For each token taken, in order: its index and the parts count after it.
  std::vector<std::pair<size_t, size_t>> ends;
};

// Takes tokens while they are name-like and have key parts, until max_parts.
KeyRun KeyRunFrom(const std::vector<Token>& tokens, size_t i, size_t max_parts) {
  KeyRun run;
  bool previous = false;
  for (size_t j = i; j < tokens.size() && run.parts.size() < max_parts; ++j) {
    if (!IsNameLikeToken(tokens[j], previous)) break;
    previous = true;
    const size_t before = run.parts.size();
    for (std::string& p : NameKeyParts(tokens[j].text)) run.parts.push_back(std::move(p));
    if (run.parts.size() == before) break;
    run.ends.emplace_back(j, run.parts.size());
  }
  return run;
}

// Tokens from tokens[i] on whose name-key parts are key (0: none). The last
// word may be a Hangul word with a particle after the name (최룡해는).
size_t NameKeyMatch(const std::vector<Token>& tokens, size_t i, const KeyRun& run,
                    const std::vector<std::string>& key) {
  for (const auto& [j, count] : run.ends) {
    const size_t n = std::min(count, key.size());
    if (!std::equal(run.parts.begin(), run.parts.begin() + n, key.begin())) return 0;
    if (count >= key.size()) {
      const bool exact = count == key.size();
      return exact || tokens[j].script == Script::kHangul ? j - i + 1 : 0;
    }
  }
  return 0;
}

}  // namespace

void Highlighter::AddNameKey(const std::vector<std::string>& parts) {
  if (parts.empty()) return;
  name_keys_.push_back(parts);
  longest_name_key_ = std::max(longest_name_key_, parts.size());
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
    const KeyRun run = KeyRunFrom(tokens, i, longest_name_key_);
    for (const std::vector<std::string>& key : name_keys_) {
      longest = std::max(longest, NameKeyMatch(tokens, i, run, key));
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
