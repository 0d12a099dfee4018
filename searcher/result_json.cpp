// The JSON form of a SearchResponse (docs/search.md).
#include <concord/search.h>

#include <nlohmann/json.hpp>

namespace concord {

std::string ToJson(const SearchResponse& r) {
  using nlohmann::json;
  json results = json::array();
  for (const Hit& h : r.hits) {
    json entities = json::array();
    for (const Entity& e : h.entities) entities.push_back({{"id", e.id}, {"name", e.name}, {"type", e.type}});
    results.push_back({{"id", h.id}, {"title", h.title}, {"authors", h.authors}, {"date", h.date},
                       {"lang", h.lang}, {"url", h.url}, {"score", h.score},
                       {"snippet", h.snippet}, {"entities", entities}});
  }
  json facets = json::object();
  for (const auto& [name, values] : r.facets) {
    json list = json::array();
    for (const FacetValue& v : values) list.push_back({{"value", v.value}, {"key", v.key}, {"count", v.count}});
    facets[name] = list;
  }
  json out = {{"query", r.query}, {"total", r.total},   {"offset", r.offset},
              {"limit", r.limit}, {"took_ms", r.took_ms}, {"results", results},
              {"facets", facets}, {"spelling", r.spelling ? json(*r.spelling) : json(nullptr)}};
  if (!r.warnings.empty()) out["warnings"] = r.warnings;
  // Invalid UTF-8 that slipped into stored text is replaced, never an exception.
  return out.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace concord
