// Several strings in one Xapian value slot (authors, entity ids), for facets
// that count a document once per value.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace concord {

// Joins values with U+001F (unit separator); the separator is removed from values.
std::string JoinMultiValue(const std::vector<std::string>& values);

// Calls fn(value) for each value of a joined string; no allocation per value.
template <typename Fn>
void ForEachMultiValue(std::string_view joined, Fn&& fn) {
  size_t start = 0;
  while (start < joined.size()) {
    size_t end = joined.find('\x1f', start);
    if (end == std::string_view::npos) end = joined.size();
    if (end > start) fn(joined.substr(start, end - start));
    start = end + 1;
  }
}

}  // namespace concord
