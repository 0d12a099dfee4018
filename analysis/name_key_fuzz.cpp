// libFuzzer target: name keys (name_key.h) and name-key terms (name_terms.h)
// on any bytes. Checked: key parts are non-empty valid UTF-8 without spaces
// and none for invalid UTF-8 or a word over 256 bytes; NameKey is the parts
// joined by single spaces; every token advances the name-key position by
// max(1, its key parts) when name-like and by 1 otherwise; terms carry the XN
// prefix and fit in Xapian's term limit.
// Built by the fuzz preset (CONCORD_FUZZ); run with scripts/fuzz name_key_fuzz.
#include <concord/schema.h>
#include <xapian.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/name_key.h"
#include "analysis/name_terms.h"
#include "analysis/tokenizer.h"
#include "common/fuzz_checks.h"

namespace {

using concord::fuzz::Check;
using concord::fuzz::CheckUtf8;

void CheckParts(const std::vector<std::string>& parts, std::string_view input) {
  for (const std::string& p : parts) {
    Check(!p.empty(), "empty key part", input);
    CheckUtf8(p, "key part is not UTF-8");
    Check(p.find(' ') == std::string::npos, "key part has a space", p);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);

  // The whole input as one word, and as a name.
  const std::vector<std::string> word_parts = concord::NameKeyParts(text);
  CheckParts(word_parts, text);
  // The 256-byte limit is per word: checked where the input is surely one word.
  const bool one_ascii_word =
      std::all_of(text.begin(), text.end(), [](char c) { return c > ' ' && c < 0x7f; });
  if ((text.size() > 256 && one_ascii_word) || !concord::fuzz::StrictUtf8(text)) {
    Check(word_parts.empty(), "parts of an over-long or invalid word", text);
  }
  (void)concord::IsKoreanRomanization(text);
  const std::string key = concord::NameKey(text);
  std::string joined;
  for (const std::string& p : word_parts) joined += (joined.empty() ? "" : " ") + p;
  Check(key == joined, "NameKey is not its parts joined", text);

  // The input as text: name-key terms of its tokens, and its key phrase.
  const std::vector<concord::Token> tokens = concord::Tokenize(text);
  Xapian::Document doc;
  concord::NameKeyTerms terms(doc, 0);
  bool previous_name_like = false;
  for (const concord::Token& t : tokens) {
    const Xapian::termpos before = terms.last();
    const bool name_like = concord::IsNameLikeToken(t, previous_name_like);
    previous_name_like = name_like;
    terms.Add(t);
    const size_t parts = name_like ? concord::NameKeyParts(t.text).size() : 0;
    Check(terms.last() - before == std::max<size_t>(1, parts), "name-key position step", t.text);
  }
  for (auto it = doc.termlist_begin(); it != doc.termlist_end(); ++it) {
    const std::string term = *it;
    Check(term.rfind(concord::schema::kNameKeyPrefix, 0) == 0, "term without XN", term);
    Check(term.size() <= 245, "term over Xapian's limit", term);
    CheckUtf8(term, "term is not UTF-8");
  }
  const std::vector<std::string> phrase_parts = concord::NameKeyPartsOf(tokens);
  CheckParts(phrase_parts, text);
  const Xapian::Query phrase = concord::NameKeyPhrase(phrase_parts);
  Check(phrase.empty() == phrase_parts.empty(), "key phrase emptiness", text);
  return 0;
}
