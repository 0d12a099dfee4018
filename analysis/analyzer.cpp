#include "analysis/analyzer.h"

#include <map>

namespace concord {

namespace {

// Gap left between calls of IndexText so phrases never match across fields.
constexpr Xapian::termpos kFieldGap = 100;

const char* SnowballName(std::string_view lang) {
  if (lang == "en") return "english";
  if (lang == "ru") return "russian";
  if (lang == "es") return "spanish";
  return nullptr;
}

// Xapian::Stem objects are cheap to copy but not safe to share across threads.
Xapian::Stem& Stemmer(std::string_view lang) {
  thread_local std::map<std::string, Xapian::Stem, std::less<>> stemmers;
  auto it = stemmers.find(lang);
  if (it == stemmers.end()) {
    const char* name = SnowballName(lang);
    it = stemmers.emplace(std::string(lang), name ? Xapian::Stem(name) : Xapian::Stem()).first;
  }
  return it->second;
}

std::string Prefixed(std::string_view prefix, std::string_view word) {
  std::string term(prefix);
  term.append(word);
  return term;
}

}  // namespace

bool HasStemmer(std::string_view lang) { return SnowballName(lang) != nullptr; }

std::string Stem(std::string_view lang, const std::string& word) {
  if (!HasStemmer(lang)) return word;
  return Stemmer(lang)(word);
}

void IndexText(std::string_view text, std::string_view lang, std::string_view prefix,
               Xapian::Document& doc, Xapian::termpos* pos) {
  const bool stem = HasStemmer(lang);
  const std::string stem_prefix = "Z" + std::string(prefix);
  for (const Token& t : Tokenize(text)) {
    doc.add_posting(Prefixed(prefix, t.text), ++*pos);
    if (stem && (t.script == Script::kLatin || t.script == Script::kCyrillic)) {
      doc.add_term(stem_prefix + Stem(lang, t.text));
    }
  }
  *pos += kFieldGap;
}

Xapian::Query WordQuery(const Token& word, std::string_view prefix,
                        const std::vector<std::string>& langs) {
  std::vector<Xapian::Query> alternatives{Xapian::Query(Prefixed(prefix, word.text))};
  if (word.script == Script::kLatin || word.script == Script::kCyrillic) {
    for (const std::string& lang : langs) {
      if (!HasStemmer(lang)) continue;
      alternatives.emplace_back("Z" + Prefixed(prefix, Stem(lang, word.text)));
    }
  }
  return Xapian::Query(Xapian::Query::OP_OR, alternatives.begin(), alternatives.end());
}

Xapian::Query PhraseQuery(std::string_view text, std::string_view prefix) {
  std::vector<Xapian::Query> words;
  for (const Token& t : Tokenize(text)) words.emplace_back(Prefixed(prefix, t.text));
  if (words.empty()) return Xapian::Query();
  if (words.size() == 1) return words.front();
  return Xapian::Query(Xapian::Query::OP_PHRASE, words.begin(), words.end(), words.size());
}

}  // namespace concord
