#include "searcher/facets.h"

#include <concord/schema.h>

#include <algorithm>
#include <map>

#include "common/error.h"
#include "indexer/document_builder.h"
#include "searcher/entity_names.h"

namespace concord {

namespace {

struct FacetDef {
  std::string_view name;
  Xapian::valueno slot;
  FacetSpy::Kind kind;
};

constexpr FacetDef kFacets[] = {
    {"author", schema::kSlotAuthors, FacetSpy::Kind::kMulti},
    {"year", schema::kSlotDate, FacetSpy::Kind::kYear},
    {"month", schema::kSlotDate, FacetSpy::Kind::kMonth},
    {"entity", schema::kSlotEntities, FacetSpy::Kind::kMulti},
    {"lang", schema::kSlotLang, FacetSpy::Kind::kSingle},
};

bool Before(const FacetValue& a, const FacetValue& b) {
  if (a.count != b.count) return a.count > b.count;
  return a.value < b.value;
}

// Keeps the values that can still be in the top `limit` once ties are broken
// by display value: all with a count at least that of the limit-th.
void KeepLikelyTop(std::vector<FacetValue>* values, size_t limit) {
  if (values->size() <= limit) return;
  std::nth_element(values->begin(), values->begin() + (limit - 1), values->end(),
                   [](const FacetValue& a, const FacetValue& b) { return a.count > b.count; });
  const uint64_t threshold = (*values)[limit - 1].count;
  values->erase(std::remove_if(values->begin(), values->end(),
                               [&](const FacetValue& v) { return v.count < threshold; }),
                values->end());
}

// Spellings of one author (same AuthorKey) become one value, shown as the
// spelling most documents use.
std::vector<FacetValue> AuthorValues(const FacetSpy::Counts& counts) {
  struct Group {
    uint64_t total = 0;
    std::string shown;
    uint64_t shown_count = 0;
  };
  std::map<std::string, Group> groups;
  for (const auto& [name, count] : counts) {
    Group& g = groups[AuthorKey(name)];
    g.total += count;
    if (count > g.shown_count || (count == g.shown_count && name < g.shown)) {
      g.shown = name;
      g.shown_count = count;
    }
  }
  std::vector<FacetValue> values;
  for (auto& [key, g] : groups) values.push_back({g.shown, g.shown, g.total});
  return values;
}

}  // namespace

std::unique_ptr<FacetSpy> MakeFacetSpy(std::string_view name) {
  for (const FacetDef& f : kFacets) {
    if (f.name == name) return std::make_unique<FacetSpy>(f.slot, f.kind);
  }
  throw Error(Status::Code::kInvalidArgument,
              "unknown facet '" + std::string(name) +
                  "'; the facets are author, year, month, entity and lang");
}

std::vector<FacetValue> FacetValues(std::string_view name, const FacetSpy::Counts& counts,
                                    const Xapian::Database& db, size_t limit) {
  std::vector<FacetValue> values;
  if (limit == 0) return values;
  if (name == "author") {
    values = AuthorValues(counts);
  } else {
    for (const auto& [raw, count] : counts) values.push_back({raw, raw, count});
  }
  KeepLikelyTop(&values, limit);
  for (FacetValue& v : values) {
    if (name == "month" && v.key.size() == 6) {
      v.key = v.value = v.key.substr(0, 4) + "-" + v.key.substr(4, 2);
    } else if (name == "entity") {
      v.value = EntityForId(db, v.key).name;
    }
  }
  std::sort(values.begin(), values.end(), Before);
  if (values.size() > limit) values.resize(limit);
  return values;
}

}  // namespace concord
