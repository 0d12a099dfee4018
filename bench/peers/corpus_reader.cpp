#include "bench/peers/corpus_reader.h"

#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <stdexcept>

namespace concord::bench {

namespace {

std::string StringField(const nlohmann::json& object, const char* name) {
  auto it = object.find(name);
  if (it == object.end() || !it->is_string()) return "";
  return it->get<std::string>();
}

}  // namespace

CorpusStats ReadCorpus(const std::vector<std::string>& files,
                       const std::function<void(const CorpusDocument&)>& visit) {
  CorpusStats stats;
  CorpusDocument doc;
  for (const std::string& path : files) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot open corpus file " + path);
    std::string line;
    uint64_t line_number = 0;
    while (std::getline(in, line)) {
      ++line_number;
      stats.bytes += line.size() + 1;
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      nlohmann::json object = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
      if (!object.is_object() || StringField(object, "id").empty()) {
        std::fprintf(stderr, "%s:%llu: not a JSON object with an id; skipped\n", path.c_str(),
                     static_cast<unsigned long long>(line_number));
        ++stats.skipped;
        continue;
      }
      doc.id = StringField(object, "id");
      doc.title = StringField(object, "title");
      doc.date = StringField(object, "date");
      doc.body = StringField(object, "body");
      visit(doc);
      ++stats.documents;
    }
  }
  return stats;
}

std::string CompactDate(const std::string& iso_date) {
  if (iso_date.size() != 10 || iso_date[4] != '-' || iso_date[7] != '-') return "";
  std::string compact = iso_date.substr(0, 4) + iso_date.substr(5, 2) + iso_date.substr(8, 2);
  for (char c : compact) {
    if (c < '0' || c > '9') return "";
  }
  return compact;
}

}  // namespace concord::bench
