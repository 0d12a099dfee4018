#include "searcher/name_query.h"

#include <concord/schema.h>

#include <algorithm>

#include "analysis/analyzer.h"
#include "analysis/name_terms.h"
#include "indexer/entity_extractor.h"
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
    stretch->entity = e;
    for (const std::string& key : e->keys) {
      if (stretch->keys.size() >= kMaxKeysPerStretch) break;
      if (key != own_key) stretch->keys.push_back(SplitKey(key));
    }
  }
}

// keys[0] (the stretch's own key) OR its other keys, weighed less: a key
// from another script can collide with a Latin one (Кэсон keys "ke son", like
// Kaeson Youth Park). With others_alone, the other keys count only where the
// own key does not match.
Xapian::Query OwnOrOtherKeys(const std::vector<Xapian::Query>& keys, bool others_alone) {
  if (keys.size() == 1) return keys.front();
  Xapian::Query others(Xapian::Query::OP_OR, keys.begin() + 1, keys.end());
  if (others_alone) others = Xapian::Query(Xapian::Query::OP_AND_NOT, others, keys.front());
  return Xapian::Query(Xapian::Query::OP_OR, keys.front(),
                       Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, others, kEntityKeyWeight));
}

Xapian::Query EntityTerm(std::string_view id) {
  return Xapian::Query(schema::BooleanTerm(schema::kEntityPrefix, id));
}

Xapian::Query StretchQuery(const NameStretch& s, bool by_entity) {
  std::vector<Xapian::Query> phrases;
  bool positional = false;
  for (const auto& key : s.keys) {
    phrases.push_back(NameKeyPhrase(key));
    positional |= key.size() > 1;
  }
  // Single-part keys read no positions: an entity filter would only add work.
  if (!by_entity || !s.entity || !positional) return OwnOrOtherKeys(phrases, false);

  // Documents that mention the entity: its keys' terms, anywhere. A key of
  // short parts ("na po no po", Лавров in Hangul) is often all there in a
  // document that writes the name as typed, so the other keys count only
  // where the own key is not there.
  std::vector<Xapian::Query> anywhere;
  for (const auto& key : s.keys) anywhere.push_back(NameKeyAnywhere(key));
  const Xapian::Query entity = EntityTerm(s.entity->id);
  Xapian::Query q(Xapian::Query::OP_FILTER, OwnOrOtherKeys(anywhere, true), entity);
  if (s.entity->containers.empty()) return q;

  // Documents that name the entity only inside a longer name ("Kim Il Sung
  // Square"): extraction gave them the longer one, so the key phrases decide,
  // each checked only in those documents (a phrase right under a filter is
  // checked after it; under an OR it would scan on through other documents).
  std::vector<Xapian::Query> containers;
  for (const std::string& id : s.entity->containers) containers.push_back(EntityTerm(id));
  const Xapian::Query inside(
      Xapian::Query::OP_AND_NOT,
      Xapian::Query(Xapian::Query::OP_OR, containers.begin(), containers.end()), entity);
  for (Xapian::Query& phrase : phrases) {
    phrase = Xapian::Query(Xapian::Query::OP_FILTER, phrase, inside);
  }
  return Xapian::Query(Xapian::Query::OP_OR, q, OwnOrOtherKeys(phrases, false));
}

}  // namespace

bool IndexMatchesExtractor(const Xapian::Database& db) {
  return db.get_metadata(std::string(schema::kMetaExtraction)) ==
         DefaultEntityExtractor().fingerprint();
}

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
      stretches.push_back({i, 1, {}, nullptr});
    }
  }
  for (NameStretch& s : stretches) AddKeys(&s, run);
  stretches.erase(std::remove_if(stretches.begin(), stretches.end(),
                                 [](const NameStretch& s) { return s.keys.empty(); }),
                  stretches.end());
  return stretches;
}

Xapian::Query WithNameKeys(const Xapian::Query& exact, const std::vector<QueryWord>& run,
                           const std::vector<std::string>& langs, bool by_entity,
                           Highlighter* highlight) {
  if (exact.empty()) return exact;
  const std::vector<NameStretch> stretches = NameStretches(run, langs);
  if (stretches.empty()) return exact;
  std::vector<Xapian::Query> required;
  std::vector<QueryWord> rest;
  std::vector<bool> in_stretch(run.size(), false);
  for (const NameStretch& s : stretches) {
    if (highlight) {
      for (const auto& key : s.keys) highlight->AddNameKey(key);
    }
    required.push_back(StretchQuery(s, by_entity));
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
