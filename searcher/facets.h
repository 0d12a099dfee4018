// The facets a search can count (author, year, month, entity, lang): which
// slot each reads, and how its raw counts become the values a reader sees.
#pragma once

#include <concord/search.h>
#include <xapian.h>

#include <memory>
#include <string_view>
#include <vector>

#include "searcher/facet_spy.h"

namespace concord {

// A spy for the facet called name. Throws Error(kInvalidArgument) naming the
// facets there are when name is not one of them.
std::unique_ptr<FacetSpy> MakeFacetSpy(std::string_view name);

// The top `limit` values of the facet called name from its spy's counts,
// sorted by count (highest first), ties by value (alphabetically):
//   author  value: the name as most often written; key: the same (for --author).
//           Spellings with the same AuthorKey are one value.
//   entity  value: the display name recorded at index time (the id when none
//           was); key: the id (for --entity).
//   year    "2012";    month "2012-01" (keys the same, for --from/--to).
//   lang    "en".
std::vector<FacetValue> FacetValues(std::string_view name, const FacetSpy::Counts& counts,
                                    const Xapian::Database& db, size_t limit);

}  // namespace concord
