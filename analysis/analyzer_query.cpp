// Query side of the analyzer: words and phrases -> Xapian queries over the
// terms that analyzer.cpp indexes.
#include <algorithm>

#include "analysis/analyzer.h"
#include "analysis/stopwords.h"
#include "analysis/word_forms.h"

namespace concord {

namespace {

// Beyond this many compounds in one phrase, the extra ones match written
// with their hyphens only (each compound doubles the phrase variants).
constexpr size_t kMaxJoinableCompounds = 3;

Xapian::Query Term(std::string_view prefix, std::string_view word) {
  std::string term(prefix);
  term.append(word);
  return Xapian::Query(term);
}

Xapian::Query Combine(Xapian::Query::op op, const std::vector<Xapian::Query>& queries) {
  if (queries.empty()) return Xapian::Query();
  if (queries.size() == 1) return queries.front();
  return Xapian::Query(op, queries.begin(), queries.end());
}

// Terms in adjacent positions; a single slot is the slot itself.
Xapian::Query Adjacent(const std::vector<Xapian::Query>& slots) {
  if (slots.size() <= 1) return Combine(Xapian::Query::OP_OR, slots);
  return Xapian::Query(Xapian::Query::OP_PHRASE, slots.begin(), slots.end(),
                       static_cast<Xapian::termcount>(slots.size()));
}

// One query per position the word occupies: its sequence, the first one
// OR its second spelling.
void AppendSlots(const Token& word, std::string_view prefix, std::vector<Xapian::Query>* slots) {
  WordForms forms;
  ComputeWordForms(word, &forms);
  for (size_t i = 0; i < forms.sequence.size(); ++i) {
    Xapian::Query slot = Term(prefix, forms.sequence[i]);
    if (i == 0 && !forms.alias.empty()) {
      slot = Xapian::Query(Xapian::Query::OP_OR, slot, Term(prefix, forms.alias));
    }
    slots->push_back(std::move(slot));
  }
}

// A word, or a compound's parts with its joined spelling ("" when none).
struct Item {
  std::vector<Token> parts;
  std::string joined;
};

std::vector<Item> Items(std::string_view text) {
  std::vector<Item> items;
  CompoundJoiner compound;
  ForEachToken(text, [&](const Token& t) {
    if (t.joined_to_previous && !items.empty()) {
      items.back().parts.push_back(t);
      compound.Add(t);
      return;
    }
    if (!items.empty()) items.back().joined = compound.Joined();
    items.push_back({{t}, ""});
    compound.Start(t);
  });
  if (!items.empty()) items.back().joined = compound.Joined();
  return items;
}

Xapian::Query PartsPhrase(const Item& item, std::string_view prefix) {
  std::vector<Xapian::Query> slots;
  for (const Token& part : item.parts) AppendSlots(part, prefix, &slots);
  return Adjacent(slots);
}

}  // namespace

Xapian::Query WordQuery(const Token& word, std::string_view prefix,
                        const std::vector<std::string>& langs) {
  WordForms forms;
  ComputeWordForms(word, &forms);
  std::vector<Xapian::Query> slots;
  for (const std::string& term : forms.sequence) slots.push_back(Term(prefix, term));
  std::vector<Xapian::Query> alternatives{Adjacent(slots)};
  if (!forms.alias.empty()) alternatives.push_back(Term(prefix, forms.alias));
  std::string stem_prefix(kStemPrefix);
  stem_prefix.append(prefix);
  std::vector<std::string> stems;
  for (std::string_view lang : QueryStemLanguages(word.script, langs)) {
    std::string stem = Stem(lang, word.text);
    if (std::find(stems.begin(), stems.end(), stem) != stems.end()) continue;
    alternatives.push_back(Term(stem_prefix, stem));
    stems.push_back(std::move(stem));
  }
  // Name keys (XN) are matched per run of name-like words (searcher/name_query.h).
  return Combine(Xapian::Query::OP_OR, alternatives);
}

Xapian::Query PhraseQuery(std::string_view text, std::string_view prefix) {
  const std::vector<Item> items = Items(text);
  std::vector<size_t> joinable;
  for (size_t i = 0; i < items.size() && joinable.size() < kMaxJoinableCompounds; ++i) {
    if (!items[i].joined.empty()) joinable.push_back(i);
  }
  // Every combination of "joined" or "with hyphens" over the joinable compounds.
  std::vector<Xapian::Query> variants;
  for (size_t mask = 0; mask < (size_t{1} << joinable.size()); ++mask) {
    std::vector<Xapian::Query> slots;
    for (size_t i = 0, j = 0; i < items.size(); ++i) {
      const bool is_joinable = j < joinable.size() && joinable[j] == i;
      if (is_joinable && (mask >> j++) & 1) {
        slots.push_back(Term(prefix, items[i].joined));
      } else {
        for (const Token& part : items[i].parts) AppendSlots(part, prefix, &slots);
      }
    }
    if (!slots.empty()) variants.push_back(Adjacent(slots));
  }
  return Combine(Xapian::Query::OP_OR, variants);
}

Xapian::Query TextQuery(std::string_view text, std::string_view prefix,
                        const std::vector<std::string>& langs) {
  std::vector<Xapian::Query> required, optional;
  for (const Item& item : Items(text)) {
    if (item.parts.size() == 1) {
      const Token& word = item.parts.front();
      (IsQueryStopword(word, langs) ? optional : required)
          .push_back(WordQuery(word, prefix, langs));
      continue;
    }
    Xapian::Query parts = PartsPhrase(item, prefix);
    required.push_back(item.joined.empty()
                           ? parts
                           : Xapian::Query(Xapian::Query::OP_OR, Term(prefix, item.joined), parts));
  }
  if (required.empty()) return Combine(Xapian::Query::OP_AND, optional);
  Xapian::Query all = Combine(Xapian::Query::OP_AND, required);
  if (optional.empty()) return all;
  return Xapian::Query(Xapian::Query::OP_AND_MAYBE, all,
                       Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT,
                                     Combine(Xapian::Query::OP_OR, optional), kStopwordWeight));
}

bool IsQueryStopword(const Token& word, const std::vector<std::string>& langs) {
  if (IsStopwordInAny(langs, word.text)) return true;
  if (word.script == Script::kCyrillic) return IsStopword("ru", word.text);
  if (word.script == Script::kHangul) return IsStopword("ko", word.text);
  return false;
}

}  // namespace concord
