// libFuzzer target: concord's query language, from text to a Xapian query
// run on a small real index (fuzz_index.h). Any text must parse or be refused
// with Error(kInvalidArgument), never crash or hang. Checked: lexer offsets
// lie inside the text; the parsed text is valid UTF-8; typed words point at
// the text; the query runs; snippet marking stays inside the tokens.
// Built by the fuzz preset (CONCORD_FUZZ); run with scripts/fuzz query_parser_fuzz.
#include <xapian.h>

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "analysis/tokenizer.h"
#include "common/error.h"
#include "common/fuzz_checks.h"
#include "searcher/fuzz_index.h"
#include "searcher/query_lexer.h"
#include "searcher/query_parser.h"

namespace {

using concord::fuzz::Check;
using concord::fuzz::CheckUtf8;

const std::vector<concord::Token>& SampleTokens() {
  static const std::vector<concord::Token> tokens = concord::Tokenize(
      "Choe Ryong-hae met Lavrov in Moscow; Чхве Рён Хэ, 최룡해 동지. Presidential agreements "
      "on the Rajin-Khasan railway were signed by the presidents in 2014.");
  return tokens;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const Xapian::Database db(concord::fuzz::FuzzIndexPath());
  const std::string_view text(reinterpret_cast<const char*>(data), size);

  try {
    for (const concord::QueryToken& t : concord::LexQuery(text)) {
      Check(t.offset <= text.size(), "token offset past the text", text);
      Check(t.offset + t.text.size() <= text.size(), "token text past the text", text);
      (void)concord::CharacterPosition(text, t.offset);
    }
  } catch (const concord::Error& e) {
    Check(e.code() == concord::Status::Code::kInvalidArgument, "lexer error code", e.what());
  }

  concord::ParsedQuery parsed;
  try {
    parsed = concord::ParseQuery(text, db);
  } catch (const concord::Error& e) {
    Check(e.code() == concord::Status::Code::kInvalidArgument, "parser error code", e.what());
    CheckUtf8(e.what(), "parser error message");
    return 0;
  }
  CheckUtf8(parsed.text, "parsed text");
  for (const concord::TypedWord& w : parsed.words) {
    Check(w.offset + w.length <= parsed.text.size(), "typed word past the text", parsed.text);
    CheckUtf8(std::string_view(parsed.text).substr(w.offset, w.length), "typed word");
    CheckUtf8(w.form, "typed word form");
  }
  (void)parsed.query.get_description();

  Xapian::Enquire enquire(db);
  enquire.set_query(parsed.query);
  (void)enquire.get_mset(0, 10);

  const std::vector<concord::Token>& tokens = SampleTokens();
  for (size_t i = 0; i < tokens.size(); ++i) {
    for (std::string_view lang : {"en", "ru", ""}) {
      Check(parsed.highlight.MatchLength(tokens, i, lang) <= tokens.size() - i,
            "match past the tokens", parsed.text);
    }
  }
  return 0;
}
