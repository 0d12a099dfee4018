#include "common/multi_value.h"

#include <algorithm>

namespace concord {

std::string JoinMultiValue(const std::vector<std::string>& values) {
  std::string out;
  for (const std::string& v : values) {
    if (!out.empty()) out.push_back('\x1f');
    std::string clean = v;
    clean.erase(std::remove(clean.begin(), clean.end(), '\x1f'), clean.end());
    out += clean;
  }
  return out;
}

}  // namespace concord
