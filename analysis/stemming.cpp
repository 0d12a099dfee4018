#include "analysis/stemming.h"

#include <xapian.h>

#include <algorithm>
#include <array>
#include <iterator>
#include <optional>
#include <unordered_map>

namespace concord {

namespace {

// Words repeat (Zipf): a per-thread memo of recent stems saves most Snowball
// runs. Cleared when full, which keeps memory bounded on any input. Kept
// small: concord-serve has one memo per connection thread (up to 64), each
// up to about 1.5 MB at this size.
constexpr size_t kStemCacheEntries = 1 << 14;

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
};
using StemCache = std::unordered_map<std::string, std::string, StringHash, std::equal_to<>>;

struct SnowballName {
  std::string_view lang;
  const char* stemmer;
};
constexpr SnowballName kSnowballNames[] = {{"en", "english"}, {"ru", "russian"}, {"es", "spanish"}};

// Index of lang in kSnowballNames; -1 when it has no stemmer.
int StemmerIndex(std::string_view lang) {
  for (size_t i = 0; i < std::size(kSnowballNames); ++i) {
    if (kSnowballNames[i].lang == lang) return static_cast<int>(i);
  }
  return -1;
}

// The stemmer of kSnowballNames[language], one per thread (Xapian::Stem is
// not thread-safe).
Xapian::Stem& Stemmer(size_t language) {
  thread_local std::array<std::optional<Xapian::Stem>, std::size(kSnowballNames)> stemmers;
  std::optional<Xapian::Stem>& stemmer = stemmers[language];
  if (!stemmer) stemmer.emplace(kSnowballNames[language].stemmer);
  return *stemmer;
}

std::string StemUncached(size_t language, const std::string& word) {
  Xapian::Stem& stemmer = Stemmer(language);
  std::string stem = stemmer(word);
  if (kSnowballNames[language].lang != "ru") return stem;
  // One Snowball pass leaves Russian nominatives and oblique cases apart
  // (трутнев -> трутн, but трутнева -> трутнев; визит -> виз, визита ->
  // визит): stemming again until nothing changes brings them together.
  // Each pass only shortens the word, so this ends; a few passes suffice.
  for (int pass = 0; pass < 4; ++pass) {
    std::string again = stemmer(stem);
    if (again == stem) break;
    stem = std::move(again);
  }
  return stem;
}

// Languages whose documents get their foreign-script words stemmed too.
bool IsAnalysedOrUnknown(std::string_view lang) {
  return lang.empty() || lang == "en" || lang == "es" || lang == "ru" || lang == "ko";
}

}  // namespace

bool HasStemmer(std::string_view lang) { return StemmerIndex(lang) >= 0; }

const std::string& CachedStem(std::string_view lang, const std::string& word) {
  const int index = StemmerIndex(lang);
  if (index < 0) return word;
  const size_t language = static_cast<size_t>(index);
  thread_local std::array<StemCache, std::size(kSnowballNames)> caches;
  StemCache& stems = caches[language];
  auto it = stems.find(std::string_view(word));
  if (it != stems.end()) return it->second;
  if (stems.size() >= kStemCacheEntries) stems.clear();
  return stems.emplace(word, StemUncached(language, word)).first->second;
}

std::string Stem(std::string_view lang, const std::string& word) { return CachedStem(lang, word); }

std::string_view IndexStemLanguage(Script script, std::string_view doc_lang) {
  if (!IsAnalysedOrUnknown(doc_lang)) return "";
  switch (script) {
    case Script::kLatin:
      return doc_lang == "es" ? "es" : "en";
    case Script::kCyrillic:
      return "ru";
    default:
      return "";
  }
}

std::vector<std::string_view> QueryStemLanguages(Script script,
                                                 const std::vector<std::string>& langs) {
  std::vector<std::string_view> out;
  if (script == Script::kCyrillic) {
    out.push_back("ru");
  } else if (script == Script::kLatin) {
    // Views of literals, not of langs: the result may outlive the argument.
    for (std::string_view latin : {"en", "es"}) {
      if (std::find(langs.begin(), langs.end(), latin) != langs.end()) out.push_back(latin);
    }
  }
  return out;
}

}  // namespace concord
