#include "analysis/tokenizer.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <memory>

#include "analysis/normalizer.h"
#include "common/error.h"

namespace concord {

namespace {

// Text is handed to ICU in slices of at most this size. ICU's dictionary
// break engines (Chinese, Japanese, Thai) allocate per character of a run, so
// an unbroken run of megabytes would cost hundreds of megabytes without it.
constexpr size_t kSliceBytes = 64 * 1024;

icu::BreakIterator* NewWordBreaker() {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> b(
      icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
  if (U_FAILURE(status)) {
    throw Error(Status::Code::kInternal,
                "ICU word break rules unavailable (is libicu-data installed?)");
  }
  return b.release();
}

// Break iterators are costly to create and not thread-safe: each thread keeps
// one, and a nested tokenisation on the same thread (fn tokenising again)
// borrows a clone instead.
class BreakerLease {
 public:
  BreakerLease() {
    thread_local Shared shared;
    if (!shared.iterator) shared.iterator.reset(NewWordBreaker());
    if (!shared.busy) {
      shared.busy = true;
      shared_ = &shared;
      iterator_ = shared.iterator.get();
    } else {
      own_.reset(shared.iterator->clone());
      iterator_ = own_.get();
    }
  }
  ~BreakerLease() {
    if (shared_) shared_->busy = false;
  }
  BreakerLease(const BreakerLease&) = delete;
  BreakerLease& operator=(const BreakerLease&) = delete;
  icu::BreakIterator& get() { return *iterator_; }

 private:
  struct Shared {
    std::unique_ptr<icu::BreakIterator> iterator;
    bool busy = false;
  };
  Shared* shared_ = nullptr;
  std::unique_ptr<icu::BreakIterator> own_;
  icu::BreakIterator* iterator_ = nullptr;
};

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; }

// Cuts s to at most max bytes without splitting a UTF-8 sequence.
size_t Utf8Cut(std::string_view s, size_t max) {
  if (s.size() <= max) return s.size();
  size_t cut = max;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return cut;
}

// End of the slice that starts at begin: after the last whitespace within
// kSliceBytes, or (*forced) at a character boundary when the second half of
// the slice has no whitespace.
size_t SliceEnd(std::string_view text, size_t begin, bool* forced) {
  *forced = false;
  if (text.size() - begin <= kSliceBytes) return text.size();
  const size_t limit = begin + kSliceBytes;
  for (size_t i = limit; i > begin + kSliceBytes / 2; --i) {
    if (IsSpace(text[i - 1])) return i;
  }
  *forced = true;
  return begin + Utf8Cut(text.substr(begin), kSliceBytes);
}

// True when exactly one joining dash separates the two words.
bool JoinedByDash(std::string_view text, size_t previous_end, size_t begin) {
  if (previous_end >= begin) return false;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t i = static_cast<int32_t>(previous_end);
  UChar32 c;
  U8_NEXT(s, i, static_cast<int32_t>(begin), c);
  return c >= 0 && static_cast<size_t>(i) == begin && IsJoiningDash(static_cast<char32_t>(c));
}

}  // namespace

Script ScriptOf(char32_t c) {
  if (u_isdigit(static_cast<UChar32>(c))) return Script::kNumber;
  UErrorCode status = U_ZERO_ERROR;
  switch (uscript_getScript(static_cast<UChar32>(c), &status)) {
    case USCRIPT_LATIN:
      return Script::kLatin;
    case USCRIPT_CYRILLIC:
      return Script::kCyrillic;
    case USCRIPT_HANGUL:
      return Script::kHangul;
    case USCRIPT_HAN:
      return Script::kHan;
    case USCRIPT_HIRAGANA:
    case USCRIPT_KATAKANA:
      return Script::kKana;
    default:
      return Script::kOther;
  }
}

void ForEachToken(std::string_view text, const std::function<void(const Token&)>& fn) {
  BreakerLease lease;
  icu::BreakIterator& bi = lease.get();
  Token t;
  size_t previous_end = std::string_view::npos;
  bool skip_continuation = false;  // the slice starts inside a word already emitted
  for (size_t begin = 0; begin < text.size();) {
    bool forced = false;
    const size_t end = SliceEnd(text, begin, &forced);
    const std::string_view slice = text.substr(begin, end - begin);
    UErrorCode status = U_ZERO_ERROR;
    UText ut = UTEXT_INITIALIZER;
    utext_openUTF8(&ut, slice.data(), static_cast<int64_t>(slice.size()), &status);
    bi.setText(&ut, status);
    if (U_FAILURE(status)) {
      utext_close(&ut);
      throw Error(Status::Code::kInternal, "ICU could not break text into words");
    }
    size_t last_word_end = std::string_view::npos;
    int32_t start = bi.first();
    for (int32_t stop = bi.next(); stop != icu::BreakIterator::DONE;
         start = stop, stop = bi.next()) {
      if (bi.getRuleStatus() < UBRK_WORD_NONE_LIMIT) continue;
      if (skip_continuation && start == 0) {
        last_word_end = static_cast<size_t>(stop);
        continue;
      }
      const std::string_view word = slice.substr(start, stop - start);
      int32_t i = 0;
      UChar32 first;
      U8_NEXT(reinterpret_cast<const uint8_t*>(word.data()), i, static_cast<int32_t>(word.size()),
              first);
      if (first < 0) continue;
      t.begin = begin + static_cast<size_t>(start);
      t.end = begin + static_cast<size_t>(stop);
      t.script = ScriptOf(static_cast<char32_t>(first));
      t.capitalized = u_isupper(first) || u_istitle(first);
      t.joined_to_previous =
          previous_end != std::string_view::npos && JoinedByDash(text, previous_end, t.begin);
      NormalizeForMatch(word.substr(0, Utf8Cut(word, kMaxWordBytes)), &t.text);
      t.text.resize(Utf8Cut(t.text, kMaxWordBytes));  // folding can lengthen a word (ß -> ss)
      previous_end = t.end;
      last_word_end = static_cast<size_t>(stop);
      if (!t.text.empty()) fn(t);
    }
    utext_close(&ut);
    skip_continuation = forced && last_word_end == slice.size();
    begin = end;
  }
}

std::vector<Token> Tokenize(std::string_view text) {
  std::vector<Token> tokens;
  ForEachToken(text, [&tokens](const Token& t) { tokens.push_back(t); });
  return tokens;
}

}  // namespace concord
