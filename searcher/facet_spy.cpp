#include "searcher/facet_spy.h"

#include <algorithm>
#include <string_view>
#include <vector>

#include "common/multi_value.h"

namespace concord {

namespace {

// Slots concord could use; a serialised spy names one of them.
constexpr Xapian::valueno kSlotsToTry = 256;

}  // namespace

void FacetSpy::operator()(const Xapian::Document& doc, double wt) {
  if (!remote_.empty() && remote_[(doc.get_docid() - 1) % remote_.size()]) return;
  Xapian::ValueCountMatchSpy::operator()(doc, wt);
}

Xapian::MatchSpy* FacetSpy::clone() const {
  auto* twin = new FacetSpy(slot_, kind_);
  twin->remote_ = remote_;
  return twin;
}

Xapian::MatchSpy* FacetSpy::unserialise(const std::string& serialised,
                                        const Xapian::Registry&) const {
  // The serialised form is Xapian's; compare instead of decoding it.
  if (Xapian::ValueCountMatchSpy(slot_).serialise() == serialised) {
    return new FacetSpy(slot_, kind_);
  }
  for (Xapian::valueno slot = 0; slot < kSlotsToTry; ++slot) {
    if (Xapian::ValueCountMatchSpy(slot).serialise() == serialised) {
      return new FacetSpy(slot, kind_);
    }
  }
  throw Xapian::InvalidArgumentError("FacetSpy: not a serialised ValueCountMatchSpy");
}

const FacetSpy::Counts& FacetSpy::counts() const {
  counts_.clear();
  std::vector<std::string_view> seen;  // distinct values of one combination
  for (Xapian::TermIterator it = values_begin(); it != values_end(); ++it) {
    const std::string value = *it;
    const Xapian::doccount count = it.get_termfreq();
    switch (kind_) {
      case Kind::kMulti:
        seen.clear();
        ForEachMultiValue(value, [&](std::string_view v) {
          if (std::find(seen.begin(), seen.end(), v) != seen.end()) return;
          seen.push_back(v);
          counts_[std::string(v)] += count;
        });
        break;
      case Kind::kYear:
        if (value.size() >= 4) counts_[value.substr(0, 4)] += count;
        break;
      case Kind::kMonth:
        if (value.size() >= 6) counts_[value.substr(0, 6)] += count;
        break;
      case Kind::kSingle:
        counts_[value] += count;
        break;
    }
  }
  return counts_;
}

std::string FacetSpy::get_description() const {
  return "concord.FacetSpy(slot " + std::to_string(slot_) + ", " + std::to_string(documents()) +
         " documents)";
}

}  // namespace concord
