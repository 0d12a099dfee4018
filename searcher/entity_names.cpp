#include "searcher/entity_names.h"

#include <concord/schema.h>

#include <nlohmann/json.hpp>

#include "analysis/normalizer.h"
#include "common/error.h"
#include "searcher/entity_lookup.h"

namespace concord {

namespace {

std::string MetaKey(std::string_view id) {
  return std::string(schema::kMetaEntityPrefix) + std::string(id);
}

bool HasEntity(const Xapian::Database& db, std::string_view id) {
  return !id.empty() && db.term_exists(schema::BooleanTerm(schema::kEntityPrefix, id));
}

// "Choe Ryong-hae" -> "choe-ryong-hae": the usual shape of gazetteer ids.
std::string Slug(std::string_view text) {
  std::string slug;
  for (char c : NormalizeForMatch(text)) {
    const bool separator = c == ' ' || c == '-' || c == '_' || c == '\'';
    if (!separator) {
      slug.push_back(c);
    } else if (!slug.empty() && slug.back() != '-') {
      slug.push_back('-');
    }
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return slug;
}

std::string EntityJson(const Entity& e) {
  return nlohmann::json{{"name", e.name}, {"type", e.type}}.dump();
}

}  // namespace

std::vector<std::string> ResolveEntity(const Xapian::Database& db, std::string_view text) {
  std::vector<std::string> ids;
  if (text.empty()) return ids;
  if (HasEntity(db, text)) ids.emplace_back(text);
  if (std::string slug = Slug(text); ids.empty() && slug != text && HasEntity(db, slug)) {
    ids.push_back(slug);
  }
  if (ids.empty()) {
    // By display name: one pass over the recorded entities (a few thousand at most).
    const std::string wanted = NormalizeForMatch(text);
    const std::string prefix(schema::kMetaEntityPrefix);
    for (auto key = db.metadata_keys_begin(prefix); key != db.metadata_keys_end(prefix); ++key) {
      nlohmann::json j = nlohmann::json::parse(db.get_metadata(*key), nullptr, false);
      if (!j.is_object() || !j.contains("name") || !j["name"].is_string()) continue;
      if (NormalizeForMatch(j["name"].get<std::string>()) == wanted) {
        ids.push_back((*key).substr(prefix.size()));
      }
    }
  }
  // Any alias in any spelling, through name keys (entity_lookup.h).
  if (ids.empty()) ids = EntityIdsByNameKey(db, text);
  if (ids.empty()) {
    throw Error(Status::Code::kInvalidArgument,
                "unknown entity '" + std::string(text) +
                    "': neither the gazetteer nor this index knows it by that id, name or alias; "
                    "list the entities of the index with --facets entity");
  }
  return ids;
}

Entity EntityForId(const Xapian::Database& db, const std::string& id) {
  Entity e{id, id, ""};
  const std::string stored = db.get_metadata(MetaKey(id));
  if (stored.empty()) return e;
  nlohmann::json j = nlohmann::json::parse(stored, nullptr, false);
  if (!j.is_object()) return e;
  if (j.contains("name") && j["name"].is_string() && !j["name"].get<std::string>().empty()) {
    e.name = j["name"].get<std::string>();
  }
  if (j.contains("type") && j["type"].is_string()) e.type = j["type"].get<std::string>();
  return e;
}

void RecordEntityNames(Xapian::WritableDatabase& db, const std::vector<Entity>& entities) {
  for (const Entity& e : entities) {
    const std::string key = MetaKey(e.id);
    // Xapian keys are at most 245 bytes; an id that long is not a gazetteer id.
    if (e.id.empty() || e.name.empty() || key.size() > 240) continue;
    std::string value = EntityJson(e);
    if (db.get_metadata(key) != value) db.set_metadata(key, value);
  }
}

}  // namespace concord
