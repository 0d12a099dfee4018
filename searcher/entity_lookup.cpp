#include "searcher/entity_lookup.h"

#include <concord/schema.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "analysis/name_key.h"
#include "indexer/entity_extractor.h"
#include "indexer/gazetteer.h"

namespace concord {

namespace {

void AddOnce(std::string id, std::vector<std::string>* ids) {
  if (std::find(ids->begin(), ids->end(), id) == ids->end()) ids->push_back(std::move(id));
}

}  // namespace

std::vector<std::string> EntityIdsByNameKey(const Xapian::Database& db, std::string_view text) {
  std::vector<std::string> ids;
  const Gazetteer& gazetteer = DefaultGazetteer();
  if (const GazetteerEntry* e = gazetteer.FindById(text)) return {e->id};
  const std::string key = NameKey(text);
  if (key.empty()) return ids;
  if (const GazetteerEntry* e = gazetteer.FindByKey(key)) AddOnce(e->id, &ids);
  const std::string rule_id = RulePersonId(key);
  if (db.term_exists(schema::BooleanTerm(schema::kEntityPrefix, rule_id))) AddOnce(rule_id, &ids);
  if (!ids.empty()) return ids;
  const std::string prefix(schema::kMetaEntityPrefix);
  for (auto k = db.metadata_keys_begin(prefix); k != db.metadata_keys_end(prefix); ++k) {
    nlohmann::json j = nlohmann::json::parse(db.get_metadata(*k), nullptr, false);
    if (!j.is_object() || !j.contains("name") || !j["name"].is_string()) continue;
    if (NameKey(j["name"].get<std::string>()) == key) AddOnce((*k).substr(prefix.size()), &ids);
  }
  return ids;
}

}  // namespace concord
