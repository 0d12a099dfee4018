// Reads the benchmark corpus (JSONL, one story a line, as in
// ../shared/data/kcna/) for the peer programs. Only the fields every system
// indexes are kept: id, title, date, body. No analysis happens here: each peer
// tokenises the text its own way.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace concord::bench {

struct CorpusDocument {
  std::string id;
  std::string title;
  std::string date;  // "YYYY-MM-DD" as in the source, or "" when missing
  std::string body;
};

struct CorpusStats {
  uint64_t documents = 0;
  uint64_t bytes = 0;    // bytes of JSONL read, the basis of MB/s
  uint64_t skipped = 0;  // lines that were not a JSON object with an id
};

// Calls visit for every document of every file, in order. A line that does not
// parse is counted in skipped and reported on stderr (file:line); a file that
// cannot be opened throws std::runtime_error naming it.
CorpusStats ReadCorpus(const std::vector<std::string>& files,
                       const std::function<void(const CorpusDocument&)>& visit);

// "2012-03-04" -> "20120304"; anything else -> "".
std::string CompactDate(const std::string& iso_date);

}  // namespace concord::bench
