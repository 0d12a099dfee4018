#include "indexer/extract/sentence.h"

#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include <memory>

#include "indexer/extract/text_clean.h"

namespace concord {

namespace {

// ICU iterators are expensive to create and not thread-safe to share: each
// call clones one prototype, which is cheap.
std::unique_ptr<icu::BreakIterator> NewIterator(bool sentences) {
  static const std::unique_ptr<icu::BreakIterator> kSentence = [] {
    UErrorCode status = U_ZERO_ERROR;
    return std::unique_ptr<icu::BreakIterator>(
        // "ss=standard" keeps abbreviations ("U.S.", "Mr.") from ending a sentence.
        icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), status));
  }();
  static const std::unique_ptr<icu::BreakIterator> kWord = [] {
    UErrorCode status = U_ZERO_ERROR;
    return std::unique_ptr<icu::BreakIterator>(
        icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
  }();
  const auto& prototype = sentences ? kSentence : kWord;
  return std::unique_ptr<icu::BreakIterator>(prototype ? prototype->clone() : nullptr);
}

}  // namespace

std::string FirstSentence(std::string_view text, size_t max_chars) {
  // Only the start matters; a bounded prefix keeps this cheap on long bodies.
  std::string head =
      CollapseSpaces(text.substr(0, std::min<size_t>(text.size(), 4 * max_chars + 64)));
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(head);
  auto sentences = NewIterator(true);
  int32_t end = u.length();
  if (sentences) {
    sentences->setText(u);
    int32_t boundary = sentences->following(0);
    if (boundary != icu::BreakIterator::DONE) end = boundary;
  }
  icu::UnicodeString sentence = u.tempSubString(0, end);
  bool cut = false;
  if (static_cast<size_t>(sentence.countChar32()) > max_chars) {
    int32_t limit = sentence.moveIndex32(0, static_cast<int32_t>(max_chars));
    int32_t word_end = limit;
    if (auto words = NewIterator(false)) {
      words->setText(sentence);
      int32_t b = words->preceding(limit);
      if (b != icu::BreakIterator::DONE && b > 0) word_end = b;
    }
    sentence = sentence.tempSubString(0, word_end);
    cut = true;
  }
  sentence.trim();
  std::string out;
  sentence.toUTF8String(out);
  if (cut) {
    while (!out.empty() && (out.back() == ',' || out.back() == ';' || out.back() == ':'))
      out.pop_back();
    out += "…";
  }
  return out;
}

}  // namespace concord
