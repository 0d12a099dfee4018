#include "indexer/readers/reader.h"

#include "indexer/readers/text_reader.h"

namespace concord {

const std::vector<const Reader*>& AllReaders() {
  static const TextReader text;
  static const std::vector<const Reader*> readers{&text};
  return readers;
}

const Reader* ChooseReader(std::string_view path, std::string_view head) {
  const Reader* best = nullptr;
  int best_score = 0;
  for (const Reader* r : AllReaders()) {
    int score = r->Accepts(path, head);
    if (score > best_score) {
      best = r;
      best_score = score;
    }
  }
  return best;
}

}  // namespace concord
