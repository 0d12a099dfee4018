#include "analysis/stopwords.h"

#include <fstream>
#include <map>
#include <set>

#include "analysis/normalizer.h"
#include "common/data_dir.h"

namespace concord {

namespace {

using StopLists = std::map<std::string, std::set<std::string, std::less<>>, std::less<>>;

StopLists LoadStopLists() {
  StopLists lists;
  for (const char* lang : {"en", "ru", "es", "ko"}) {
    std::ifstream in(DataDir() + "/stopwords/" + lang + ".txt");
    std::string line;
    auto& words = lists[lang];
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
      if (!line.empty()) words.insert(NormalizeForMatch(line));
    }
  }
  return lists;
}

const StopLists& Lists() {
  static const StopLists lists = LoadStopLists();
  return lists;
}

}  // namespace

bool IsStopword(std::string_view lang, std::string_view word) {
  const StopLists& lists = Lists();
  auto it = lists.find(lang);
  return it != lists.end() && it->second.find(word) != it->second.end();
}

bool IsStopwordInAny(const std::vector<std::string>& langs, std::string_view word) {
  for (const std::string& lang : langs) {
    if (IsStopword(lang, word)) return true;
  }
  return false;
}

}  // namespace concord
