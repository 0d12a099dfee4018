// Fold of Russian (and any other non-Korean) names written in Latin letters
// (docs/names.md, rule 5). Internal to analysis/: name_key.cpp is the only user.
#pragma once

#include <string>
#include <string_view>

namespace concord {

// Folds a lowercase ASCII word so that the usual English spellings of a Russian name and
// the BGN transliteration of its Cyrillic meet: "yury", "yuriy", "iurii" -> "yuri";
// "sergey" -> "sergei"; "minnikhanov" -> "minihanov"; "alexander" -> "aleksandr".
std::string FoldRussianName(std::string_view word);

}  // namespace concord
