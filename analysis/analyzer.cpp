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

}  // namespace

void IndexText(std::string_view text, std::string_view lang, std::string_view prefix,
               Xapian::Document& doc, Xapian::termpos* pos) {
  TermSink sink(doc, prefix);
  const std::string_view latin_stemmer = IndexStemLanguage(Script::kLatin, lang);
  const std::string_view cyrillic_stemmer = IndexStemLanguage(Script::kCyrillic, lang);
  WordForms forms;
  CompoundJoiner compound;
  Xapian::termpos compound_start = 0;
  // Name keys of the text (body and its title copy only): positions of their own (name_terms.h).
  std::optional<NameKeyTerms> name_keys;
  if (prefix.empty()) name_keys.emplace(doc, *pos);
  auto finish_compound = [&] {
    if (std::string_view joined = compound.Joined(); !joined.empty()) {
      sink.Posting(joined, compound_start);
    }
  };
  ForEachToken(text, [&](const Token& t) {
    const Xapian::termpos start = *pos + 1;
    if (t.joined_to_previous) {
      compound.Add(t);
    } else {
      finish_compound();
      compound.Start(t);
      compound_start = start;
    }
    ComputeWordForms(t, &forms);
    for (size_t i = 0; i < forms.sequence.size(); ++i) {
      sink.Posting(forms.sequence[i], start + static_cast<Xapian::termpos>(i));
    }
    for (const PlacedTerm& extra : forms.extras) sink.Posting(extra.text, start + extra.offset);
    if (!forms.alias.empty()) sink.Posting(forms.alias, start);
    if (t.script == Script::kLatin && !latin_stemmer.empty()) sink.StemOf(latin_stemmer, t.text);
    if (t.script == Script::kCyrillic && !cyrillic_stemmer.empty()) {
      sink.StemOf(cyrillic_stemmer, t.text);
    }
    if (name_keys) name_keys->Add(t);
    *pos += static_cast<Xapian::termpos>(forms.sequence.size());
  });
  finish_compound();
  // The next call's name keys start past this call's.
  if (name_keys) *pos = std::max(*pos, name_keys->last());
  *pos += kFieldGap;
}

}  // namespace concord
