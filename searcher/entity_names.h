// Entities as readers see them. The index stores entity ids (XE terms, the
// entities value slot); their display names and types are recorded at index
// time in the index metadata under schema::kMetaEntityPrefix + id as JSON
// {"name": ..., "type": ...}.
#pragma once

#include <concord/document.h>
#include <xapian.h>

#include <string>
#include <string_view>
#include <vector>

namespace concord {

// The entity ids a reader means by text, for entity: and --entity. Today: the
// id itself ("choe-ryong-hae"), its slug form ("Choe Ryong-hae" ->
// "choe-ryong-hae") when the index has that entity, or any entity whose
// recorded display name has the same matching form. This is the hook for
// alias resolution through the gazetteer and name keys (docs/names.md).
// Then any alias in any spelling through name keys (entity_lookup.h). Throws
// Error(kInvalidArgument) "unknown entity 'X'" when nothing matches.
std::vector<std::string> ResolveEntity(const Xapian::Database& db, std::string_view text);

// The entity with this id as recorded at index time; name falls back to the
// id and type to "" when nothing was recorded.
Entity EntityForId(const Xapian::Database& db, const std::string& id);

// Records the display name and type of each entity (writes only what changed).
void RecordEntityNames(Xapian::WritableDatabase& db, const std::vector<Entity>& entities);

}  // namespace concord
