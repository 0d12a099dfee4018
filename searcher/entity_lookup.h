// Entity ids by name key, for entity: and --entity (searcher/entity_names.h
// asks here when the text is neither an id nor a recorded display name).
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>
#include <vector>

namespace concord {

// The ids text means, compared through name keys (analysis/name_key.h), so
// any alias in any spelling or script works ("Choi Ryong-hae", "최룡해",
// "Чхве Рён Хэ" -> choe-ryong-hae): a gazetteer id; the gazetteer entity
// with that alias key; a person found by rule ("person:" + key) in the
// index; an entity whose recorded display name has that key. Empty when
// none does.
std::vector<std::string> EntityIdsByNameKey(const Xapian::Database& db, std::string_view text);

}  // namespace concord
