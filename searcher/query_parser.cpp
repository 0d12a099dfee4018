#include "searcher/query_parser.h"

#include <concord/schema.h>

#include "analysis/normalizer.h"
#include "common/error.h"
#include "searcher/filters.h"
#include "searcher/name_query.h"
#include "searcher/query_lexer.h"
#include "searcher/text_query.h"

namespace concord {

namespace {

using Kind = QueryTokenKind;

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

Xapian::Query Combine(Xapian::Query::op op, const std::vector<Xapian::Query>& parts) {
  std::vector<Xapian::Query> present;
  for (const Xapian::Query& q : parts) {
    if (!q.empty()) present.push_back(q);
  }
  if (present.empty()) return Xapian::Query();
  if (present.size() == 1) return present.front();
  return Xapian::Query(op, present.begin(), present.end());
}

class Parser {
 public:
  Parser(const Xapian::Database& db, ParsedQuery* out)
      : db_(db),
        out_(*out),
        tokens_(LexQuery(out->text)),
        langs_(QueryLanguages(out->text)),
        by_entity_(IndexMatchesExtractor(db)) {}

  Xapian::Query Parse() {
    Xapian::Query q = ParseOr(0, false);
    if (const QueryToken* t = Peek()) {
      // ParseOr stops only at the end or at a ")" that no "(" opened.
      Fail(t->offset, "unbalanced parenthesis: this ')' closes nothing; remove it or add a '('");
    }
    return q;
  }

 private:
  const QueryToken* Peek() const { return pos_ < tokens_.size() ? &tokens_[pos_] : nullptr; }
  bool At(Kind kind) const { return Peek() && Peek()->kind == kind; }

  [[noreturn]] void Fail(size_t offset, const std::string& what) const {
    throw Error(Status::Code::kInvalidArgument,
                what + " (at character " + std::to_string(CharacterPosition(out_.text, offset)) +
                    " of the query)");
  }

  void CountTerms(size_t n, size_t offset) {
    terms_ += n;
    if (terms_ > kMaxQueryTerms) {
      Fail(offset, "the query has more than " + std::to_string(kMaxQueryTerms) +
                       " words and values; shorten it");
    }
  }

  // After an operator, something it can apply to must follow.
  void RequireOperand(const char* op, size_t offset) const {
    const QueryToken* t = Peek();
    if (!t || t->kind == Kind::kClose || t->kind == Kind::kOr || t->kind == Kind::kAnd) {
      Fail(offset, std::string(op) + " needs something to search for after it");
    }
  }

  Xapian::Query ParseOr(int depth, bool negated) {
    std::vector<Xapian::Query> alternatives;
    for (;;) {
      const size_t start = pos_;
      alternatives.push_back(ParseAnd(depth, negated));
      if (!At(Kind::kOr)) break;
      const size_t op = Peek()->offset;
      if (pos_ == start) Fail(op, "OR needs something to search for before it");
      ++pos_;
      RequireOperand("OR", op);
    }
    return Combine(Xapian::Query::OP_OR, alternatives);
  }

  Xapian::Query ParseAnd(int depth, bool negated) {
    std::vector<Xapian::Query> required, excluded;
    const size_t start = pos_;
    while (const QueryToken* t = Peek()) {
      if (t->kind == Kind::kClose || t->kind == Kind::kOr) break;
      const size_t offset = t->offset;
      switch (t->kind) {
        case Kind::kAnd:
          if (pos_ == start) Fail(offset, "AND needs something to search for before it");
          ++pos_;
          RequireOperand("AND", offset);
          break;
        case Kind::kNot:
          ++pos_;
          RequireOperand("NOT", offset);
          excluded.push_back(ParsePrimary(depth, !negated, false));
          break;
        case Kind::kMinus:
          ++pos_;
          excluded.push_back(ParsePrimary(depth, !negated, false));
          break;
        case Kind::kPlus:
          ++pos_;
          required.push_back(ParsePrimary(depth, negated, false));
          break;
        default:
          required.push_back(ParsePrimary(depth, negated, true));
      }
    }
    Xapian::Query positive = Combine(Xapian::Query::OP_AND, required);
    Xapian::Query negative = Combine(Xapian::Query::OP_OR, excluded);
    if (negative.empty()) return positive;
    if (positive.empty()) positive = Xapian::Query::MatchAll;
    return Xapian::Query(Xapian::Query::OP_AND_NOT, positive, negative);
  }

  // One operand. allow_run: unsigned words may gather the words that follow.
  Xapian::Query ParsePrimary(int depth, bool negated, bool allow_run) {
    const QueryToken& t = tokens_[pos_];
    switch (t.kind) {
      case Kind::kOpen:
        return ParseGroup(depth, negated);
      case Kind::kPhrase:
        ++pos_;
        return Phrase(t, negated);
      case Kind::kWord:
        return t.wildcard ? Wildcard(t, negated) : WordRun(negated, allow_run);
      case Kind::kField:
        return ParseField(depth, negated);
      case Kind::kClose:
        Fail(t.offset, "unbalanced parenthesis: this ')' closes nothing; remove it or add a '('");
      default:
        Fail(t.offset,
             "an operator (AND, OR, NOT, -, +) cannot follow another here; "
             "put a word after it");
    }
  }

  Xapian::Query ParseGroup(int depth, bool negated) {
    const size_t open = tokens_[pos_++].offset;
    if (depth + 1 > kMaxQueryDepth) {
      Fail(open, "parentheses nested deeper than " + std::to_string(kMaxQueryDepth) +
                     " levels; simplify the query");
    }
    if (At(Kind::kClose)) Fail(open, "empty parentheses: put something to search for inside");
    Xapian::Query q = ParseOr(depth + 1, negated);
    if (!At(Kind::kClose)) {
      Fail(open, "unbalanced parenthesis: this '(' is never closed; add a ')'");
    }
    ++pos_;
    return q;
  }

  Xapian::Query ParseField(int depth, bool negated) {
    const QueryToken& field = tokens_[pos_++];
    const std::string name = Lower(field.text);
    if (name != "title" && name != "author" && name != "entity" && name != "lang" &&
        name != "date") {
      Fail(field.offset, "unknown field '" + field.text +
                             ":'; the fields are title:, author:, entity:, lang: and date: "
                             "(to search for the text itself, put it in quotes)");
    }
    const QueryToken& value = tokens_[pos_];  // the lexer guarantees a value follows
    if (name == "title") {
      const std::string_view saved = prefix_;
      prefix_ = schema::kTitlePrefix;
      Xapian::Query q = ParsePrimary(depth, negated, false);
      prefix_ = saved;
      return q;
    }
    if (value.kind != Kind::kWord && value.kind != Kind::kPhrase) {
      Fail(value.offset, name + ": takes one value; for several write " + name + ":A OR " + name +
                             ":B, and quote values with spaces: " + name + ":\"two words\"");
    }
    if (value.wildcard) {
      Fail(value.offset, "a wildcard (*) works in text and title:, not in " + name + ":");
    }
    ++pos_;
    CountTerms(1, value.offset);
    if (name == "author") return AuthorFieldQuery(value.text);
    if (name == "entity") return EntityFilter(db_, value.text);
    if (name == "lang") return LangFilter(value.text, "lang:");
    return DateFieldQuery(value.text);
  }

  Xapian::Query Phrase(const QueryToken& t, bool negated) {
    std::vector<Token> tokens = Tokenize(t.text);
    CountTerms(tokens.size(), t.offset);
    if (!negated) {
      std::vector<std::string> forms;
      for (const Token& token : tokens) {
        forms.push_back(token.text);
        RecordWord(t.offset, token);
      }
      out_.highlight.AddPhrase(forms);
    }
    Xapian::Query q = PhraseTextQuery(t.text, prefix_);
    out_.ranked |= !negated && !q.empty();
    return q;
  }

  Xapian::Query Wildcard(const QueryToken& t, bool negated) {
    ++pos_;
    CountTerms(1, t.offset);
    Xapian::Query q = WildcardQuery(t.text, prefix_);
    if (!negated) {
      out_.highlight.AddPrefix(WildcardStem(t.text));
      out_.ranked = true;
    }
    return q;
  }

  Xapian::Query WordRun(bool negated, bool allow_run) {
    std::vector<QueryWord> run;
    do {
      const QueryToken& t = tokens_[pos_++];
      run.push_back({t.text, t.offset, Tokenize(t.text)});
      CountTerms(run.back().tokens.size(), t.offset);
    } while (allow_run && At(Kind::kWord) && !Peek()->wildcard);
    if (!negated) {
      for (size_t i = 0; i < run.size(); ++i) {
        if (run[i].tokens.empty() || !MarksWord(run, i, langs_)) continue;
        std::vector<std::string> forms;
        for (const Token& token : run[i].tokens) {
          forms.push_back(token.text);
          RecordWord(run[i].offset, token);
        }
        if (forms.size() == 1) {
          out_.highlight.AddWord(forms.front());
        } else {
          out_.highlight.AddPhrase(forms);
        }
      }
    }
    Xapian::Query q = WordRunQuery(run, prefix_, langs_);
    // Name keys are indexed for the body text only (analysis/name_terms.h), not for title:.
    if (prefix_ == schema::kBodyPrefix) {
      q = WithNameKeys(q, run, langs_, by_entity_, negated ? nullptr : &out_.highlight);
    }
    out_.ranked |= !negated && !q.empty();
    return q;
  }

  void RecordWord(size_t base, const Token& token) {
    out_.words.push_back({base + token.begin, token.end - token.begin, token.text});
  }

  const Xapian::Database& db_;
  ParsedQuery& out_;
  std::vector<QueryToken> tokens_;
  std::vector<std::string> langs_;
  const bool by_entity_;  // name stretches may match by entity term (name_query.h)
  size_t pos_ = 0;
  size_t terms_ = 0;
  std::string_view prefix_ = schema::kBodyPrefix;
};

}  // namespace

ParsedQuery ParseQuery(std::string_view text, const Xapian::Database& db) {
  if (text.size() > kMaxQueryBytes) {
    throw Error(Status::Code::kInvalidArgument,
                "the query is " + std::to_string(text.size()) + " bytes long; the limit is " +
                    std::to_string(kMaxQueryBytes) + " bytes (and " +
                    std::to_string(kMaxQueryTerms) + " words): shorten it");
  }
  ParsedQuery parsed;
  RepairUtf8(text, &parsed.text);
  Parser parser(db, &parsed);
  parsed.query = parser.Parse();
  if (parsed.query.empty()) {
    // Text with nothing to search for ("!!!", "- ,") is a mistake, not "everything".
    if (parsed.text.find_first_not_of(" \t\r\n") != std::string::npos) {
      throw Error(Status::Code::kInvalidArgument,
                  "the query '" + parsed.text +
                      "' has no words to search for (only punctuation); type a word or a name, "
                      "or leave the query empty to list every document");
    }
    parsed.query = Xapian::Query::MatchAll;
  }
  return parsed;
}

}  // namespace concord
