#include "searcher/facet_spy.h"

#include <nlohmann/json.hpp>

#include "common/multi_value.h"

namespace concord {

void FacetSpy::operator()(const Xapian::Document& doc, double) {
  const std::string value = doc.get_value(slot_);
  if (value.empty()) return;
  switch (kind_) {
    case Kind::kMulti:
      ForEachMultiValue(value, [&](std::string_view v) { ++counts_[std::string(v)]; });
      break;
    case Kind::kYear:
      if (value.size() >= 4) ++counts_[value.substr(0, 4)];
      break;
    case Kind::kMonth:
      if (value.size() >= 6) ++counts_[value.substr(0, 4) + "-" + value.substr(4, 2)];
      break;
    case Kind::kSingle:
      ++counts_[value];
      break;
  }
}

std::string FacetSpy::serialise() const {
  return nlohmann::json{{"slot", slot_}, {"kind", static_cast<int>(kind_)}}.dump();
}

Xapian::MatchSpy* FacetSpy::unserialise(const std::string& s, const Xapian::Registry&) const {
  auto j = nlohmann::json::parse(s);
  return new FacetSpy(j.at("slot").get<Xapian::valueno>(), static_cast<Kind>(j.at("kind").get<int>()));
}

std::string FacetSpy::serialise_results() const { return nlohmann::json(counts_).dump(); }

void FacetSpy::merge_results(const std::string& s) {
  const nlohmann::json parsed = nlohmann::json::parse(s);
  for (const auto& item : parsed.items()) counts_[item.key()] += item.value().get<Xapian::doccount>();
}

}  // namespace concord
