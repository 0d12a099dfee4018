#include "searcher/spelling.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <utility>
#include <vector>

namespace concord {

namespace {

constexpr int32_t kMinLetters = 4;
constexpr int32_t kMaxLetters = 32;
constexpr unsigned kMaxEditDistance = 2;

// True for a word of kMinLetters..kMaxLetters letters, all Latin or Cyrillic.
// Index terms are lower case, so an ASCII capital starts a prefixed term.
bool IsSpellingWord(std::string_view word) {
  if (word.size() < static_cast<size_t>(kMinLetters)) return false;
  int32_t letters = 0;
  for (int32_t i = 0; i < static_cast<int32_t>(word.size());) {
    const unsigned char byte = static_cast<unsigned char>(word[i]);
    if (byte < 0x80) {  // the common case, without ICU
      if (byte < 'a' || byte > 'z') return false;
      ++i;
      if (++letters > kMaxLetters) return false;
      continue;
    }
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(word.data()), i, static_cast<int32_t>(word.size()), c);
    if (c < 0 || !u_isalpha(c)) return false;
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(c, &status);
    if (script != USCRIPT_LATIN && script != USCRIPT_CYRILLIC) return false;
    if (++letters > kMaxLetters) return false;
  }
  return letters >= kMinLetters;
}

// suggestion (a matching form, lower case) written the way typed was: "Pyongyang"
// for "Pyongyng", "DPRK" for "DPRC".
std::string LikeTyped(std::string_view typed, const std::string& suggestion) {
  bool first_upper = false, all_upper = true;
  int32_t letters = 0;
  for (int32_t i = 0; i < static_cast<int32_t>(typed.size());) {
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(typed.data()), i, static_cast<int32_t>(typed.size()),
            c);
    if (c < 0 || !u_isalpha(c)) continue;
    if (letters++ == 0) first_upper = u_isupper(c) || u_istitle(c);
    all_upper = all_upper && u_isupper(c);
  }
  if (!first_upper) return suggestion;
  std::string out;
  bool first = true;
  for (int32_t i = 0; i < static_cast<int32_t>(suggestion.size());) {
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(suggestion.data()), i,
            static_cast<int32_t>(suggestion.size()), c);
    if (c < 0) return suggestion;
    if (first || (all_upper && letters > 1)) c = u_toupper(c);
    first = false;
    char buf[U8_MAX_LENGTH];
    int32_t len = 0;
    UBool error = false;
    U8_APPEND(reinterpret_cast<uint8_t*>(buf), len, U8_MAX_LENGTH, c, error);
    if (error) return suggestion;
    out.append(buf, static_cast<size_t>(len));
  }
  return out;
}

template <typename Fn>
void ForEachSpellingWord(const Xapian::Document& doc, Fn&& fn) {
  // A term list holds each term once: every word counts once per document.
  for (auto term = doc.termlist_begin(); term != doc.termlist_end(); ++term) {
    const std::string word = *term;
    if (IsSpellingWord(word)) fn(word);
  }
}

}  // namespace

std::set<std::string> SpellingWords(const Xapian::Document& doc) {
  std::set<std::string> words;
  ForEachSpellingWord(doc, [&](const std::string& w) { words.insert(words.end(), w); });
  return words;
}

void SpellingChanges::Add(const Xapian::Document& doc) {
  ForEachSpellingWord(doc, [&](const std::string& w) { ++delta_[w]; });
}

void SpellingChanges::Remove(const Xapian::Document& doc) {
  ForEachSpellingWord(doc, [&](const std::string& w) { --delta_[w]; });
}

void SpellingChanges::ApplyTo(Xapian::WritableDatabase& db) {
  for (const auto& [word, change] : delta_) {
    if (change > 0) db.add_spelling(word, static_cast<Xapian::termcount>(change));
    if (change < 0) db.remove_spelling(word, static_cast<Xapian::termcount>(-change));
  }
  delta_.clear();
}

void RebuildSpellingTable(Xapian::WritableDatabase& db) {
  std::vector<std::pair<std::string, Xapian::termcount>> stale;
  for (auto word = db.spellings_begin(); word != db.spellings_end(); ++word) {
    stale.emplace_back(*word, word.get_termfreq());
  }
  for (const auto& [word, freq] : stale) db.remove_spelling(word, freq);
  for (auto term = db.allterms_begin(); term != db.allterms_end(); ++term) {
    const std::string word = *term;
    if (IsSpellingWord(word)) db.add_spelling(word, term.get_termfreq());
  }
}

std::optional<std::string> SuggestSpelling(const Xapian::Database& db, const ParsedQuery& parsed) {
  std::string out;
  size_t copied = 0;
  bool changed = false;
  for (const TypedWord& w : parsed.words) {
    if (w.offset < copied || !IsSpellingWord(w.form)) continue;
    const std::string better = db.get_spelling_suggestion(w.form, kMaxEditDistance);
    if (better.empty() || better == w.form) continue;
    const std::string_view typed = std::string_view(parsed.text).substr(w.offset, w.length);
    out.append(parsed.text, copied, w.offset - copied);
    out += LikeTyped(typed, better);
    copied = w.offset + w.length;
    changed = true;
  }
  if (!changed) return std::nullopt;
  out.append(parsed.text, copied, std::string::npos);
  return out;
}

}  // namespace concord
