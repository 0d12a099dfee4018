#include "analysis/hangul.h"

#include <unicode/utf8.h>

namespace concord {

namespace {

// Byte offsets of the code point starts of word, plus word.size() at the end.
void Boundaries(std::string_view word, std::vector<size_t>* starts) {
  starts->clear();
  const auto* s = reinterpret_cast<const uint8_t*>(word.data());
  const int32_t n = static_cast<int32_t>(word.size());
  for (int32_t i = 0; i < n;) {
    starts->push_back(static_cast<size_t>(i));
    U8_FWD_1(s, i, n);
  }
  starts->push_back(word.size());
}

}  // namespace

size_t CodePointCount(std::string_view word) {
  size_t count = 0;
  for (char c : word) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return count;
}

void HangulGrams(std::string_view word, std::vector<std::string>* sequence,
                 std::vector<PlacedTerm>* syllables) {
  sequence->clear();
  syllables->clear();
  thread_local std::vector<size_t> starts;
  Boundaries(word, &starts);
  const size_t count = starts.size() - 1;
  if (count == 0) return;
  if (count == 1) {
    sequence->emplace_back(word);
    return;
  }
  for (size_t k = 0; k + 1 < count; ++k) {
    sequence->emplace_back(word.substr(starts[k], starts[k + 2] - starts[k]));
  }
  for (size_t k = 0; k < count; ++k) {
    const uint32_t offset = static_cast<uint32_t>(k + 1 < count ? k : count - 2);
    syllables->push_back({std::string(word.substr(starts[k], starts[k + 1] - starts[k])), offset});
  }
}

}  // namespace concord
