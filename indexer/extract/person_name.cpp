#include "indexer/extract/person_name.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>

#include "indexer/extract/text_clean.h"

namespace concord {

namespace {

bool OneOf(std::string_view word, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), word) != set.end();
}

// Lower-case words that belong inside names: "Charles de Gaulle", "Ludwig van Beethoven".
bool IsNameParticle(std::string_view word) {
  return OneOf(word, {"de", "da", "del", "della", "der", "den", "di", "do", "dos", "du",
                      "la", "le", "van", "von",   "bin", "ibn", "al", "el", "ter", "y"});
}

std::string StripAffiliations(std::string_view text) {
  std::string out;
  int depth = 0;
  for (char c : text) {
    if (c == '(' || c == '[')
      ++depth;
    else if ((c == ')' || c == ']') && depth > 0)
      --depth;
    else if (depth == 0)
      out.push_back(c);
  }
  return CollapseSpaces(out);
}

}  // namespace

std::vector<std::string_view> SplitWords(std::string_view text) {
  std::vector<std::string_view> words;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find(' ', pos);
    if (end == std::string_view::npos) end = text.size();
    if (end > pos) words.push_back(text.substr(pos, end - pos));
    pos = end + 1;
  }
  return words;
}

WordShape ShapeOfWord(std::string_view word) {
  const char* s = word.data();
  int32_t length = static_cast<int32_t>(word.size());
  int32_t i = 0;
  UChar32 first;
  U8_NEXT(s, i, length, first);
  if (first >= 0xAC00 && first <= 0xD7A3) {
    while (i < length) {
      UChar32 c;
      U8_NEXT(s, i, length, c);
      if (c < 0xAC00 || c > 0xD7A3) return WordShape::kOther;
    }
    return WordShape::kHangul;
  }
  if (first < 0 || !(u_isupper(first) || u_istitle(first))) return WordShape::kOther;
  int letters = 1, upper = 1;
  bool after_hyphen = false;
  while (i < length) {
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) return WordShape::kOther;
    if (u_isalpha(c)) {
      ++letters;
      if (u_isupper(c)) ++upper;
      after_hyphen = false;
    } else if (c == '-' || c == '\'' || c == 0x2019) {
      if (after_hyphen) return WordShape::kOther;
      after_hyphen = true;
    } else if (c == '.') {
      continue;  // initials ("J.", "J.R.") and abbreviations ("Jr.")
    } else if (u_charType(c) != U_NON_SPACING_MARK) {
      return WordShape::kOther;
    }
  }
  if (letters <= 2 && word.back() == '.') return WordShape::kInitial;
  if (letters > 3 && upper == letters) return WordShape::kAllCaps;
  return WordShape::kCapitalised;
}

std::string_view TrimNameFiller(std::string_view s) {
  for (bool changed = true; changed;) {
    changed = false;
    s = Trim(s);
    while (!s.empty() && std::string_view(",;:|/-").find(s.back()) != std::string_view::npos) {
      s.remove_suffix(1);
      changed = true;
    }
    while (!s.empty() && std::string_view(",;:|/-").find(s.front()) != std::string_view::npos) {
      s.remove_prefix(1);
      changed = true;
    }
    for (std::string_view tail : {" on", " at", " updated", " posted", " —", " –"}) {
      if (s.ends_with(tail)) {
        s.remove_suffix(tail.size());
        changed = true;
      }
    }
  }
  return s;
}

bool LooksLikePersonName(std::string_view name) {
  name = Trim(name);
  if (name.empty() || Utf8Length(name) > 60) return false;
  std::vector<std::string_view> words = SplitWords(name);
  if (words.empty() || words.size() > 5) return false;
  size_t hangul = 0, all_caps = 0, real_words = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    std::string_view w = words[i];
    bool inner = i > 0 && i + 1 < words.size();
    switch (ShapeOfWord(w)) {
      case WordShape::kHangul:
        ++hangul;
        ++real_words;
        break;
      case WordShape::kAllCaps:
        ++all_caps;
        ++real_words;
        break;
      case WordShape::kCapitalised:
        ++real_words;
        break;
      case WordShape::kInitial:
        break;
      case WordShape::kOther:
        if (!(inner && IsNameParticle(w))) return false;
        break;
    }
  }
  if (real_words == 0) return false;
  if (hangul > 0) {
    size_t syllables = Utf8Length(name) - (words.size() - 1);
    return hangul == words.size() && syllables >= 2 && syllables <= 5;
  }
  // Capitals for a whole byline ("BY JOHN SMITH") pass; an acronym in a mixed name does not.
  return all_caps == 0 || all_caps == real_words;
}

std::vector<std::string> SplitAuthors(std::string_view names) {
  std::string text = StripAffiliations(names);
  for (std::string_view sep : {" and ", " & ", " и ", " y ", ";", "、"}) {
    for (size_t pos; (pos = text.find(sep)) != std::string::npos;)
      text.replace(pos, sep.size(), ",");
  }
  std::vector<std::string> authors;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t end = text.find(',', pos);
    if (end == std::string::npos) end = text.size();
    std::string_view piece = TrimNameFiller(std::string_view(text).substr(pos, end - pos));
    pos = end + 1;
    if (piece.empty()) continue;
    if (piece.ends_with(".") && !SplitWords(piece).empty() && SplitWords(piece).back().size() > 3) {
      piece.remove_suffix(1);
    }
    // After the first name, a lone word is a role or an affiliation ("John Smith, Director").
    if (!LooksLikePersonName(piece) || (!authors.empty() && SplitWords(piece).size() == 1 &&
                                        ShapeOfWord(piece) != WordShape::kHangul)) {
      break;
    }
    if (std::find(authors.begin(), authors.end(), piece) == authors.end()) {
      authors.emplace_back(piece);
    }
  }
  return authors;
}

std::vector<std::string> SplitNameList(std::string_view names) {
  std::string text = CollapseSpaces(names);
  for (std::string_view sep : {" and ", " & ", ";", " и "}) {
    for (size_t pos; (pos = text.find(sep)) != std::string::npos;)
      text.replace(pos, sep.size(), ",");
  }
  std::vector<std::string> out;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t end = text.find(',', pos);
    if (end == std::string::npos) end = text.size();
    std::string name(TrimNameFiller(std::string_view(text).substr(pos, end - pos)));
    pos = end + 1;
    if (name.empty() || name.find("://") != std::string::npos ||
        name.find('@') != std::string::npos) {
      continue;
    }
    if (std::find(out.begin(), out.end(), name) == out.end()) out.push_back(std::move(name));
  }
  return out;
}

}  // namespace concord
