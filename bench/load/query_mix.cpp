#include "bench/load/query_mix.h"

#include <stdexcept>

namespace concord::load {

namespace {

// What a results page adds to the query; {doc} marks the stored-document fetch.
constexpr const char* kVariants[] = {
    "",
    "&facets=author,year,entity",
    "&sort=date&limit=20",
    "&from=2012-01&to=2012-06&facets=year",
    "&offset=20",
    "&lang=en&facets=entity&facet_limit=50",
    "&entity=kim-jong-un",
    "{doc}",
};
constexpr uint64_t kVariantCount = sizeof kVariants / sizeof kVariants[0];

}  // namespace

std::string UrlEncode(const std::string& text) {
  static const char* kHex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
        c == '_' || c == '.' || c == '~') {
      out.push_back(static_cast<char>(c));
    } else {
      out.push_back('%');
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 15]);
    }
  }
  return out;
}

QueryMix::QueryMix(std::vector<std::string> queries, std::vector<std::string> doc_ids)
    : queries_(std::move(queries)), doc_ids_(std::move(doc_ids)) {
  if (queries_.empty()) throw std::invalid_argument("the query file has no queries");
}

uint64_t QueryMix::size() const { return queries_.size() * kVariantCount; }

std::string QueryMix::Target(uint64_t n) const {
  const uint64_t q = n % queries_.size();
  const std::string variant = kVariants[(n / queries_.size()) % kVariantCount];
  if (variant == "{doc}") {
    if (!doc_ids_.empty()) return "/api/doc/" + UrlEncode(doc_ids_[q % doc_ids_.size()]);
    return "/api/search?q=" + UrlEncode(queries_[q]) + "&limit=1";
  }
  return "/api/search?q=" + UrlEncode(queries_[q]) + variant;
}

}  // namespace concord::load
