#include "analysis/russian_name_fold.h"

namespace concord {
namespace {

bool IsVowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

bool IsPlainVowel(char c) { return c != 'y' && IsVowel(c); }

}  // namespace

std::string FoldRussianName(std::string_view word) {
  // Initial iu (Iurii) and ye (Yelena, BGN's word-initial е) take the other spelling's form.
  std::string_view rest = word;
  std::string out;
  out.reserve(word.size() + 2);
  if (rest.starts_with("iu")) {
    out = "yu";
    rest.remove_prefix(2);
  } else if (rest.starts_with("ye") && rest.size() > 2) {
    out = "e";
    rest.remove_prefix(2);
  }

  // kh -> h, x -> ks, j -> y; BGN's ye after a vowel is e (Matviyenko = Matvienko); a vowel
  // before й-y becomes a diphthong in i: ey -> ei everywhere, ay/oy/uy -> ai/oi/ui unless a
  // vowel follows (Shoygu = Shoigu).
  for (std::size_t i = 0; i < rest.size(); ++i) {
    const char c = rest[i];
    const char next = i + 1 < rest.size() ? rest[i + 1] : '\0';
    const bool after_vowel = !out.empty() && IsPlainVowel(out.back());
    if (c == 'y' && next == 'e' && after_vowel) continue;
    if (c == 'k' && next == 'h') {
      out += 'h';
      ++i;
    } else if (c == 'x') {
      out += "ks";
    } else if (c == 'j') {
      out += 'y';
    } else if (c == 'y' && after_vowel && (out.back() == 'e' || !IsVowel(next))) {
      out += 'i';
    } else {
      out += c;
    }
  }

  // Endings -iy, -ii, -yi, -yy and -y are all -i (Yuriy, Iurii, Yury -> yuri).
  if (out.size() > 2 &&
      (out.ends_with("iy") || out.ends_with("ii") || out.ends_with("yi") || out.ends_with("yy"))) {
    out.resize(out.size() - 2);
    out += 'i';
  } else if (out.size() > 1 && out.back() == 'y') {
    out.back() = 'i';
  }

  // Doubled consonants collapse (Minnikhanov = Minnihanov = minihanov).
  std::string collapsed;
  collapsed.reserve(out.size());
  for (char c : out) {
    if (!collapsed.empty() && collapsed.back() == c && !IsVowel(c)) continue;
    collapsed += c;
  }

  // English -ander for Russian -андр, after x -> ks.
  if (collapsed == "aleksander") return "aleksandr";
  return collapsed;
}

}  // namespace concord
