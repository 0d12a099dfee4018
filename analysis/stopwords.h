// Stop lists (stopwords/<lang>.txt): used to rank, never to drop words from
// the index, so phrases with stopwords still match.
#pragma once

#include <string>
#include <string_view>

namespace concord {

// True when the matching form of word is a stopword of lang ("en", "ru", "es",
// "ko"). Unknown languages have no stopwords. Lists load once, on first use.
bool IsStopword(std::string_view lang, std::string_view word);

}  // namespace concord
