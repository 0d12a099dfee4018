#include "bench/peers/query_loop.h"

#include <chrono>
#include <cstdio>
#include <fstream>
#include <stdexcept>

namespace concord::bench {

std::vector<std::string> ReadQueryLines(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read the query file " + path);
  std::vector<std::string> lines;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    lines.push_back(line);
  }
  return lines;
}

void RunQueryRounds(const std::vector<std::string>& lines, int rounds,
                    const std::function<std::optional<uint64_t>(const std::string&)>& search,
                    std::ostream& out) {
  out << "round\tms\tmatches\tquery\n";
  for (int round = 1; round <= rounds; ++round) {
    for (const std::string& line : lines) {
      const auto start = std::chrono::steady_clock::now();
      const std::optional<uint64_t> matches = search(line);
      const double ms =
          std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
              .count();
      char buffer[64];
      std::snprintf(buffer, sizeof buffer, "%d\t%.4f\t%lld\t", round, ms,
                    matches ? static_cast<long long>(*matches) : -1LL);
      out << buffer << line << '\n';
    }
  }
  out.flush();
}

}  // namespace concord::bench
