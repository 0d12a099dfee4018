#include "searcher/name_query.h"

#include <concord/schema.h>

#include <algorithm>

#include "analysis/analyzer.h"
#include "analysis/name_terms.h"
#include "indexer/gazetteer.h"

namespace concord {

namespace {

// Most key variants one stretch is looked up as (its own plus the entity's).
constexpr size_t kMaxKeysPerStretch = 16;
// Weight factor of the gazetteer entity's other keys against the stretch's own key.
constexpr double kEntityKeyWeight = 0.5;

bool IsNameWord(const QueryWord& w, const std::vector<std::string>& langs) {
  return !w.tokens.empty() && IsNameLikeToken(w.tokens.front(), false) &&
         !IsQueryStopword(w.tokens.front(), langs);
}

std::vector<std::string> SplitKey(const std::string& key) {
  std::vector<std::string> parts;
  for (size_t start = 0; start < key.size();) {
    size_t end = key.find(' ', start);
    if (end == std::string::npos) end = key.size();
    parts.push_back(key.substr(start, end - start));
    start = end + 1;
  }
  return parts;
}

std::string JoinKey(const std::vector<std::string>& parts) {
  std::string key;
  for (const std::string& p : parts) {
    if (!key.empty()) key.push_back(' ');
    key += p;
  }
  return key;
}

void AddKeys(NameStretch* stretch, const std::vector<QueryWord>& run) {
  std::vector<Token> tokens;
  for (size_t i = stretch->first; i < stretch->first + stretch->count; ++i) {
    tokens.insert(tokens.end(), run[i].tokens.begin(), run[i].tokens.end());
  }
  std::vector<std::string> own = NameKeyPartsOf(tokens);
  if (own.empty()) return;
  const std::string own_key = JoinKey(own);
  stretch->keys.push_back(std::move(own));
  if (const GazetteerEntry* e = DefaultGazetteer().FindByKey(own_key)) {
    for (const std::string& key : e->keys) {
      if (stretch->keys.size() >= kMaxKeysPerStretch) break;
      if (key != own_key) stretch->keys.push_back(SplitKey(key));
    }
  }
}

}  // namespace

std::vector<NameStretch> NameStretches(const std::vector<QueryWord>& run,
                                       const std::vector<std::string>& langs) {
  std::vector<NameStretch> stretches;
  for (size_t i = 0; i < run.size(); ++i) {
    if (!IsNameWord(run[i], langs)) continue;
    const bool extends = !stretches.empty() &&
                         stretches.back().first + stretches.back().count == i &&
                         run[i - 1].tokens.front().script == run[i].tokens.front().script;
    if (extends) {
      ++stretches.back().count;
    } else {
      stretches.push_back({i, 1, {}});
    }
  }
  for (NameStretch& s : stretches) AddKeys(&s, run);
  stretches.erase(std::remove_if(stretches.begin(), stretches.end(),
                                 [](const NameStretch& s) { return s.keys.empty(); }),
                  stretches.end());
  return stretches;
}

Xapian::Query WithNameKeys(const Xapian::Query& exact, const std::vector<QueryWord>& run,
                           const std::vector<std::string>& langs, Highlighter* highlight) {
  if (exact.empty()) return exact;
  const std::vector<NameStretch> stretches = NameStretches(run, langs);
  if (stretches.empty()) return exact;
  std::vector<Xapian::Query> required;
  std::vector<QueryWord> rest;
  std::vector<bool> in_stretch(run.size(), false);
  for (const NameStretch& s : stretches) {
    std::vector<Xapian::Query> entity_keys;
    for (size_t k = 0; k < s.keys.size(); ++k) {
      if (k > 0) entity_keys.push_back(NameKeyPhrase(s.keys[k]));
      if (highlight) highlight->AddNameKey(s.keys[k]);
    }
    Xapian::Query own = NameKeyPhrase(s.keys.front());
    if (entity_keys.empty()) {
      required.push_back(own);
    } else {
      // The entity's other keys weigh less: a key from another script can
      // collide with a Latin one (Кэсон keys "ke son", like Kaeson Youth Park).
      required.emplace_back(
          Xapian::Query::OP_OR, own,
          Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT,
                        Xapian::Query(Xapian::Query::OP_OR, entity_keys.begin(), entity_keys.end()),
                        kEntityKeyWeight));
    }
    std::fill(in_stretch.begin() + s.first, in_stretch.begin() + s.first + s.count, true);
  }
  bool rest_has_words = false;
  for (size_t i = 0; i < run.size(); ++i) {
    if (in_stretch[i] || run[i].tokens.empty()) continue;
    rest.push_back(run[i]);
    rest_has_words |= !(run[i].tokens.size() == 1 && IsQueryStopword(run[i].tokens[0], langs));
  }
  // The other words count as in the exact branch; stopwords alone stay optional.
  Xapian::Query by_key(Xapian::Query::OP_AND, required.begin(), required.end());
  if (!rest.empty()) {
    Xapian::Query others = WordRunQuery(rest, schema::kBodyPrefix, langs);
    by_key = rest_has_words
                 ? Xapian::Query(Xapian::Query::OP_AND, by_key, others)
                 : Xapian::Query(Xapian::Query::OP_AND_MAYBE, by_key,
                                 Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, others,
                                               kStopwordWeight));
  }
  return Xapian::Query(Xapian::Query::OP_OR, exact,
                       Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, by_key, kNameKeyWeight));
}

}  // namespace concord
