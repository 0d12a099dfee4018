// Stop lists (stopwords/<lang>.txt): used to rank, never to drop words from
// the index, so phrases with stopwords still match ("Friends in Need").
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace concord {

// True when the matching form of word (a Token's text) is a stopword of lang
// ("en", "ru", "es", "ko"). Unknown languages have no stopwords. The lists
// load once, on first use; a missing data folder throws Error(kNotFound)
// naming the places tried (common/data_dir.h).
bool IsStopword(std::string_view lang, std::string_view word);

// True when word is a stopword of any of langs.
bool IsStopwordInAny(const std::vector<std::string>& langs, std::string_view word);

}  // namespace concord
