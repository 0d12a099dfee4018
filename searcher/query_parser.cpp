#include "searcher/query_parser.h"

#include "analysis/analyzer.h"
#include "analysis/language.h"
#include "common/error.h"

namespace concord {

ParsedQuery ParseQuery(std::string_view text) {
  ParsedQuery parsed;
  std::vector<Xapian::Query> must, must_not;
  std::string lang = DetectLanguage(text);
  std::vector<std::string> langs{"en"};
  if (!lang.empty() && lang != "en") langs.push_back(lang);
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
    if (i >= text.size()) break;
    bool negate = false;
    if (text[i] == '-') {
      negate = true;
      ++i;
    }
    Xapian::Query q;
    if (i < text.size() && text[i] == '"') {
      size_t close = text.find('"', i + 1);
      if (close == std::string_view::npos) {
        throw Error(Status::Code::kInvalidArgument,
                    "unbalanced quote at character " + std::to_string(i + 1) + ": close the phrase with \"");
      }
      std::string_view phrase = text.substr(i + 1, close - i - 1);
      q = PhraseQuery(phrase, "");
      for (const Token& t : Tokenize(phrase)) parsed.words.push_back(t.text);
      i = close + 1;
    } else {
      size_t end = text.find_first_of(" \t", i);
      if (end == std::string_view::npos) end = text.size();
      std::vector<Xapian::Query> parts;
      for (const Token& t : Tokenize(text.substr(i, end - i))) {
        parts.push_back(WordQuery(t, "", langs));
        parsed.words.push_back(t.text);
      }
      if (parts.size() == 1) q = parts.front();
      else if (!parts.empty()) q = Xapian::Query(Xapian::Query::OP_AND, parts.begin(), parts.end());
      i = end;
    }
    if (q.empty()) continue;
    (negate ? must_not : must).push_back(q);
  }
  if (must.empty() && must_not.empty()) {
    parsed.query = Xapian::Query::MatchAll;
    return parsed;
  }
  parsed.empty = false;
  Xapian::Query positive = must.empty() ? Xapian::Query::MatchAll
                                        : Xapian::Query(Xapian::Query::OP_AND, must.begin(), must.end());
  for (const Xapian::Query& n : must_not) positive = Xapian::Query(Xapian::Query::OP_AND_NOT, positive, n);
  parsed.query = positive;
  return parsed;
}

}  // namespace concord
