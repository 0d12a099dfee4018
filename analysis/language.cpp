#include "analysis/language.h"

// CLD2's header uses FILE without including <cstdio>.
#include <cld2/public/compact_lang_det.h>

#include <algorithm>
#include <array>
#include <cstdio>

#include "analysis/normalizer.h"

namespace concord {

namespace {

struct Guess {
  std::string code;  // "" when unknown
  bool reliable = false;
  std::array<std::string, 3> top;  // CLD2's three best languages ("" for none)
};

bool IsAnalysed(std::string_view code) {
  return code == "en" || code == "es" || code == "ru" || code == "ko";
}

// Cuts s to at most max bytes without splitting a UTF-8 sequence.
std::string_view Prefix(std::string_view s, size_t max) {
  if (s.size() <= max) return s;
  size_t cut = max;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return s.substr(0, cut);
}

std::string CodeOf(CLD2::Language language) {
  if (language == CLD2::UNKNOWN_LANGUAGE) return "";
  std::string code = CLD2::LanguageCode(language);
  if (code == "un" || code == "xxx") return "";
  return code;
}

Guess Detect(std::string_view sample) {
  CLD2::CLDHints hints{nullptr, nullptr, 0, CLD2::UNKNOWN_LANGUAGE};
  CLD2::Language top[3];
  int percent[3];
  double scores[3];
  int bytes = 0;
  Guess guess;
  CLD2::Language best = CLD2::ExtDetectLanguageSummary(
      sample.data(), static_cast<int>(sample.size()), /*is_plain_text=*/true, &hints, /*flags=*/0,
      top, percent, scores, /*resultchunkvector=*/nullptr, &bytes, &guess.reliable);
  guess.code = CodeOf(best);
  for (int i = 0; i < 3; ++i) {
    if (percent[i] > 0) guess.top[i] = CodeOf(top[i]);
  }
  return guess;
}

}  // namespace

std::string DetectLanguage(std::string_view text) {
  return Detect(Prefix(text, kLanguageSampleBytes)).code;
}

std::string NormalizeLanguageCode(std::string_view label) {
  std::string folded = NormalizeForMatch(label);
  const size_t cut = folded.find_first_of("-_ ");
  if (cut != std::string::npos) folded.resize(cut);
  static const std::pair<const char*, const char*> kNames[] = {
      {"en", "en"},      {"eng", "en"},     {"english", "en"},    {"es", "es"},  {"spa", "es"},
      {"spanish", "es"}, {"espanol", "es"}, {"castellano", "es"}, {"ru", "ru"},  {"rus", "ru"},
      {"russian", "ru"}, {"русский", "ru"}, {"ko", "ko"},         {"kor", "ko"}, {"korean", "ko"},
      {"한국어", "ko"},  {"조선어", "ko"},  {"조선말", "ko"},
  };
  for (const auto& [name, code] : kNames) {
    if (folded == name) return code;
  }
  const bool two_letters =
      folded.size() == 2 &&
      std::all_of(folded.begin(), folded.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  return two_letters ? folded : "";
}

std::string DocumentLanguage(std::string_view declared, std::string_view title,
                             std::string_view body) {
  thread_local std::string sample;
  sample.assign(Prefix(title, kLanguageSampleBytes / 4));
  sample.push_back('\n');
  sample.append(Prefix(body, kLanguageSampleBytes - sample.size()));
  const Guess guess = Detect(sample);
  const std::string label = NormalizeLanguageCode(declared);
  if (label.empty()) return guess.code;
  if (guess.code.empty() || guess.code == label || !IsAnalysed(guess.code)) return label;
  const bool label_seen = std::find(guess.top.begin(), guess.top.end(), label) != guess.top.end();
  return guess.reliable || !label_seen ? guess.code : label;
}

}  // namespace concord
