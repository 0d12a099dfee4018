// Index side of the analyzer: text -> terms of a Xapian::Document.
#include "analysis/analyzer.h"

#include <algorithm>
#include <optional>

#include "analysis/name_terms.h"
#include "analysis/word_forms.h"

namespace concord {

namespace {

// Gap left between calls of IndexText so phrases never match across fields.
constexpr Xapian::termpos kFieldGap = 100;

// Adds prefix+word terms through one reused buffer (no allocation per word).
class TermSink {
 public:
  TermSink(Xapian::Document& doc, std::string_view prefix) : doc_(doc), prefix_(prefix) {
    stem_prefix_.assign(kStemPrefix);
    stem_prefix_.append(prefix);
  }

  void Posting(std::string_view word, Xapian::termpos pos) {
    doc_.add_posting(Term(prefix_, word), pos);
  }
  void StemOf(std::string_view lang, const std::string& word) {
    doc_.add_term(Term(stem_prefix_, CachedStem(lang, word)));
  }

 private:
  const std::string& Term(std::string_view prefix, std::string_view word) {
    buffer_.assign(prefix);
    buffer_.append(word);
    return buffer_;
  }

  Xapian::Document& doc_;
  std::string_view prefix_;
  std::string stem_prefix_;
  std::string buffer_;
};

// The terms of one field, a word at a time (IndexText and IndexTokens).
class FieldIndexer {
 public:
  FieldIndexer(std::string_view lang, std::string_view prefix, Xapian::Document& doc,
               Xapian::termpos* pos)
      : sink_(doc, prefix),
        latin_stemmer_(IndexStemLanguage(Script::kLatin, lang)),
        cyrillic_stemmer_(IndexStemLanguage(Script::kCyrillic, lang)),
        pos_(pos) {
    // Name keys of the text (body and its title copy only): positions of their own (name_terms.h).
    if (prefix.empty()) name_keys_.emplace(doc, *pos);
  }

  void Add(const Token& t) {
    const Xapian::termpos start = *pos_ + 1;
    if (t.joined_to_previous) {
      compound_.Add(t);
    } else {
      FinishCompound();
      compound_.Start(t);
      compound_start_ = start;
    }
    ComputeWordForms(t, &forms_);
    for (size_t i = 0; i < forms_.sequence.size(); ++i) {
      sink_.Posting(forms_.sequence[i], start + static_cast<Xapian::termpos>(i));
    }
    for (const PlacedTerm& extra : forms_.extras) sink_.Posting(extra.text, start + extra.offset);
    if (!forms_.alias.empty()) sink_.Posting(forms_.alias, start);
    if (t.script == Script::kLatin && !latin_stemmer_.empty()) sink_.StemOf(latin_stemmer_, t.text);
    if (t.script == Script::kCyrillic && !cyrillic_stemmer_.empty()) {
      sink_.StemOf(cyrillic_stemmer_, t.text);
    }
    if (name_keys_) name_keys_->Add(t);
    *pos_ += static_cast<Xapian::termpos>(forms_.sequence.size());
  }

  void Finish() {
    FinishCompound();
    // The next call's name keys start past this call's.
    if (name_keys_) *pos_ = std::max(*pos_, name_keys_->last());
    *pos_ += kFieldGap;
  }

 private:
  void FinishCompound() {
    if (std::string_view joined = compound_.Joined(); !joined.empty()) {
      sink_.Posting(joined, compound_start_);
    }
  }

  TermSink sink_;
  const std::string_view latin_stemmer_;
  const std::string_view cyrillic_stemmer_;
  Xapian::termpos* pos_;
  WordForms forms_;
  CompoundJoiner compound_;
  Xapian::termpos compound_start_ = 0;
  std::optional<NameKeyTerms> name_keys_;
};

}  // namespace

void IndexText(std::string_view text, std::string_view lang, std::string_view prefix,
               Xapian::Document& doc, Xapian::termpos* pos) {
  FieldIndexer field(lang, prefix, doc, pos);
  ForEachToken(text, [&](const Token& t) { field.Add(t); });
  field.Finish();
}

void IndexTokens(const std::vector<Token>& tokens, std::string_view lang, std::string_view prefix,
                 Xapian::Document& doc, Xapian::termpos* pos) {
  FieldIndexer field(lang, prefix, doc, pos);
  for (const Token& t : tokens) field.Add(t);
  field.Finish();
}

}  // namespace concord
