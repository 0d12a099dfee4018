#include "indexer/entity_extractor.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <optional>

#include "analysis/name_key.h"
#include "analysis/name_terms.h"
#include "analysis/stopwords.h"
#include "common/fnv_hash.h"

namespace concord {

namespace {

// Bumped whenever the rules below change what they find (fingerprint()).
constexpr std::string_view kRulesVersion = "2";

// Title words after which a capitalised name is a person (rule 3).
const std::set<std::string, std::less<>> kTitleWords = {
    "premier", "marshal", "chairman", "comrade", "minister", "ambassador"};

// Marks that end a name when they stand between two words: list and clause
// punctuation ("Hong Kwang Sun, Ri Su Yong") and quotes. Full stops do not
// ("St. Petersburg"), nor do hyphens and apostrophes, which join.
constexpr std::string_view kAsciiNameBreaks = ",;:()[]{}\"/|!?";
constexpr std::string_view kWideNameBreaks[] = {"\u201c", "\u201d", "\u00ab", "\u00bb",
                                                "\u3001", "\u3002", "\uff0c", "\u00b7"};

constexpr size_t kMaxTitledNameTokens = 3;
constexpr size_t kGivenNameSyllables = 2;

// A token with what extraction needs of it.
struct NameToken {
  const Token* token;
  bool name_like = false;
  bool breaks_before = false;      // a name cannot run on from the word before (name-like only)
  std::vector<std::string> parts;  // key parts, when name-like
};

// True when the text between two words ends a name: a mark of
// kAsciiNameBreaks or kWideNameBreaks, or a paragraph break (two line breaks).
// One pass; the usual gap is a single space.
bool BreaksName(std::string_view gap) {
  int line_breaks = 0;
  for (size_t i = 0; i < gap.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(gap[i]);
    if (c == ' ') continue;
    if (c == '\n') {
      if (++line_breaks == 2) return true;
    } else if (c < 0x80) {
      if (kAsciiNameBreaks.find(static_cast<char>(c)) != std::string_view::npos) return true;
    } else {
      for (std::string_view mark : kWideNameBreaks) {
        if (gap.substr(i, mark.size()) == mark) return true;
      }
    }
  }
  return false;
}

// Valid while text and words live.
std::vector<NameToken> NameTokens(std::string_view text, const std::vector<Token>& words) {
  std::vector<NameToken> out;
  out.reserve(words.size());
  bool previous = false;
  size_t previous_end = 0;
  for (const Token& t : words) {
    NameToken n{&t, IsNameLikeToken(t, previous), false, {}};
    // Read only by names that would take this token in (it is name-like).
    n.breaks_before = n.name_like && !out.empty() && t.begin > previous_end &&
                      BreaksName(text.substr(previous_end, t.begin - previous_end));
    previous_end = t.end;
    previous = n.name_like;
    // A copy: the memo's reference lasts only until its next call.
    if (n.name_like) n.parts = CachedNameKeyParts(t.text);
    if (n.parts.empty()) n.name_like = false;
    out.push_back(std::move(n));
  }
  return out;
}

std::string JoinParts(const std::vector<std::string>& parts, size_t count) {
  std::string key;
  for (size_t i = 0; i < count; ++i) {
    if (!key.empty()) key.push_back(' ');
    key += parts[i];
  }
  return key;
}

struct Match {
  size_t tokens = 0;  // tokens covered
  const GazetteerEntry* entry = nullptr;
  bool ambiguous = false;
};

}  // namespace

std::string RulePersonId(std::string_view key) {
  std::string id = "person:";
  for (char c : key) id.push_back(c == ' ' ? '-' : c);
  return id;
}

EntityExtractor::EntityExtractor(const Gazetteer& gazetteer,
                                 std::set<std::string, std::less<>> surname_keys)
    : gazetteer_(gazetteer), surname_keys_(std::move(surname_keys)) {
  FnvHash hash;
  hash.Field(kRulesVersion).Field(gazetteer_.fingerprint());
  for (const std::string& key : surname_keys_) hash.Field(key);
  fingerprint_ = hash.Hex();
}

std::vector<Entity> EntityExtractor::Extract(std::string_view title, std::string_view body) const {
  return Extract(title, Tokenize(title), body, Tokenize(body));
}

std::vector<Entity> EntityExtractor::Extract(std::string_view title,
                                             const std::vector<Token>& title_words,
                                             std::string_view body,
                                             const std::vector<Token>& body_words) const {
  std::vector<Entity> out;
  ExtractFrom(title, title_words, &out);
  ExtractFrom(body, body_words, &out);
  return out;
}

void EntityExtractor::ExtractFrom(std::string_view text, const std::vector<Token>& words,
                                  std::vector<Entity>* out) const {
  const std::vector<NameToken> tokens = NameTokens(text, words);
  // Whether a name starting at i may take in token j (> i).
  auto continues = [&](size_t j) { return tokens[j].name_like && !tokens[j].breaks_before; };
  auto add = [&](std::string id, std::string name, std::string type) {
    for (const Entity& e : *out) {
      if (e.id == id) return;
    }
    out->push_back({std::move(id), std::move(name), std::move(type)});
  };
  auto written = [&](size_t first, size_t count) {
    const size_t begin = tokens[first].token->begin, end = tokens[first + count - 1].token->end;
    return std::string(text.substr(begin, end - begin));
  };
  // Longest gazetteer match starting at token i (rule 1).
  auto gazetteer_match = [&](size_t i) {
    Match best;
    std::vector<std::string> parts;
    for (size_t j = i; j < tokens.size() && (j == i ? tokens[j].name_like : continues(j)); ++j) {
      parts.insert(parts.end(), tokens[j].parts.begin(), tokens[j].parts.end());
      if (parts.size() > gazetteer_.max_key_parts() + 2) break;
      // A Hangul word may end in a particle of one or two syllables.
      const size_t spare = tokens[j].token->script == Script::kHangul
                               ? std::min<size_t>(2, tokens[j].parts.size() - 1)
                               : 0;
      for (size_t drop = 0; drop <= spare; ++drop) {
        bool ambiguous = false;
        const GazetteerEntry* e = gazetteer_.FindByKey(JoinParts(parts, parts.size() - drop),
                                                       &ambiguous);
        if (e || ambiguous) {
          best = {j - i + 1, e, ambiguous && !e};
          break;
        }
      }
    }
    return best;
  };
  // Surname + two given-name syllables starting at token i (rule 2): tokens used, or 0.
  auto korean_person = [&](size_t i) -> size_t {
    const NameToken& first = tokens[i];
    if (surname_keys_.empty() || first.token->script != Script::kLatin ||
        !first.token->capitalized || first.parts.size() != 1 ||
        !surname_keys_.count(first.parts.front()) || IsStopword("en", first.token->text)) {
      return 0;
    }
    size_t syllables = 0, j = i + 1;
    for (; j < tokens.size() && syllables < kGivenNameSyllables; ++j) {
      const NameToken& t = tokens[j];
      if (!continues(j) || t.token->script != Script::kLatin ||
          !IsKoreanRomanization(t.token->text)) {
        return 0;
      }
      syllables += t.parts.size();
    }
    if (syllables != kGivenNameSyllables) return 0;
    if (j < tokens.size() && tokens[j].token->joined_to_previous) return 0;  // Kim Il-sung-ism
    return j - i;
  };
  for (size_t i = 0; i < tokens.size();) {
    if (tokens[i].name_like) {
      const Match m = gazetteer_match(i);
      if (m.entry) add(m.entry->id, m.entry->name, m.entry->type);
      if (m.tokens > 0) {
        i += m.tokens;
        continue;
      }
      if (const size_t n = korean_person(i); n > 0) {
        std::vector<std::string> parts;
        for (size_t k = i; k < i + n; ++k) {
          parts.insert(parts.end(), tokens[k].parts.begin(), tokens[k].parts.end());
        }
        add(RulePersonId(JoinParts(parts, parts.size())), written(i, n), "person");
        i += n;
        continue;
      }
    }
    // Rule 3: a title, then a capitalised name the rules above do not claim,
    // in any of its words ("Comrade General Kim Jong Un" names no "General Kim Jong").
    auto claimed = [&](size_t k) { return gazetteer_match(k).tokens > 0 || korean_person(k) > 0; };
    if (kTitleWords.count(tokens[i].token->text) && i + 1 < tokens.size() &&
        continues(i + 1) && !tokens[i + 1].token->joined_to_previous) {
      size_t n = 0;
      std::vector<std::string> parts;
      while (n < kMaxTitledNameTokens && i + 1 + n < tokens.size() && continues(i + 1 + n) &&
             !IsStopword("en", tokens[i + 1 + n].token->text) && !claimed(i + 1 + n)) {
        const NameToken& t = tokens[i + 1 + n];
        parts.insert(parts.end(), t.parts.begin(), t.parts.end());
        ++n;
      }
      if (n >= 2) {
        add(RulePersonId(JoinParts(parts, parts.size())), written(i + 1, n), "person");
        i += 1 + n;
        continue;
      }
    }
    ++i;
  }
}

std::set<std::string, std::less<>> LoadSurnameKeys(const std::string& path) {
  std::set<std::string, std::less<>> keys;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line.front() == '#') continue;
    if (std::string key = NameKey(line); !key.empty() && key.find(' ') == std::string::npos) {
      keys.insert(std::move(key));
    }
  }
  return keys;
}

const EntityExtractor& DefaultEntityExtractor() {
  static const EntityExtractor extractor(
      DefaultGazetteer(),
      LoadSurnameKeys(
          (std::filesystem::path(DefaultGazetteerPath()).parent_path() / "korean-surnames.txt")
              .string()));
  return extractor;
}

}  // namespace concord
