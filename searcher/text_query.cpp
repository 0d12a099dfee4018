#include "searcher/text_query.h"

#include "analysis/analyzer.h"
#include "analysis/language.h"
#include "analysis/normalizer.h"
#include "common/error.h"

namespace concord {

namespace {

size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

bool IsStopwordWord(const QueryWord& word, const std::vector<std::string>& langs) {
  return word.tokens.size() == 1 && IsQueryStopword(word.tokens.front(), langs);
}

}  // namespace

std::vector<std::string> QueryLanguages(std::string_view query_text) {
  std::vector<std::string> langs{"en"};
  const std::string detected = DetectLanguage(query_text);
  if (detected != "en" && HasStemmer(detected)) langs.push_back(detected);
  return langs;
}

bool MarksWord(const std::vector<QueryWord>& run, size_t index,
               const std::vector<std::string>& langs) {
  if (!IsStopwordWord(run[index], langs)) return true;
  for (const QueryWord& w : run) {
    if (!w.tokens.empty() && !IsStopwordWord(w, langs)) return false;
  }
  return true;  // a run of stopwords only ("The Who") is searched, and marked, as typed
}

Xapian::Query WordRunQuery(const std::vector<QueryWord>& run, std::string_view prefix,
                           const std::vector<std::string>& langs) {
  std::string text;
  for (const QueryWord& w : run) {
    if (!text.empty()) text.push_back(' ');
    text += w.text;
  }
  return TextQuery(text, prefix, langs);
}

Xapian::Query PhraseTextQuery(std::string_view phrase, std::string_view prefix) {
  return PhraseQuery(phrase, prefix);
}

std::string WildcardStem(std::string_view stem) { return NormalizeForMatch(stem); }

Xapian::Query WildcardQuery(std::string_view stem, std::string_view prefix) {
  const std::string normal = WildcardStem(stem);
  if (CodePoints(normal) < 2) {
    throw Error(Status::Code::kInvalidArgument,
                "the wildcard '" + std::string(stem) +
                    "*' is too short: give at least two letters before the *");
  }
  return Xapian::Query(Xapian::Query::OP_WILDCARD, std::string(prefix) + normal, kMaxWildcardTerms,
                       Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT);
}

}  // namespace concord
