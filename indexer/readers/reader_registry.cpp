#include "indexer/readers/atom_reader.h"
#include "indexer/readers/html_reader.h"
#include "indexer/readers/jsonl_reader.h"
#include "indexer/readers/reader.h"
#include "indexer/readers/rss_reader.h"
#include "indexer/readers/text_reader.h"
#include "indexer/readers/wxr_reader.h"

namespace concord {

const std::vector<const Reader*>& AllReaders() {
  static const WxrReader wxr;
  static const RssReader rss;
  static const AtomReader atom;
  static const HtmlReader html;
  static const JsonlReader jsonl;
  static const TextReader text;
  // Specific formats first: on equal scores the earlier reader wins, so a
  // .txt file that holds JSON lines is read as JSON lines.
  static const std::vector<const Reader*> readers{&wxr, &rss, &atom, &html, &jsonl, &text};
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
