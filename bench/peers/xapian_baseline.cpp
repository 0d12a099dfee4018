// xapian_baseline: the raw-Xapian peer of the benchmark (bench/README.md).
// What a developer would write with Xapian alone, no concord analysis:
//
//   xapian_baseline index --db DIR [--commit-every N] FILE.jsonl...
//     TermGenerator with the English stemmer (STEM_SOME) and positions over
//     title (also as S-prefixed title terms) and body; the id as a Q term,
//     replace_document by it (Xapian's idiom for a stable id, as concord
//     does); the date as a YYYYMMDD value for sorting and range filters; the
//     stored fields as JSON document data. Commits every N documents (default
//     1000, concord-index's default): on this corpus that is 1.5x faster
//     than Xapian's own flush threshold of 10000, and the baseline should be
//     the best plain Xapian, not a handicapped one. Single-threaded: it is
//     the baseline. Prints one JSON line: documents, bytes, seconds.
//
//   xapian_baseline query --db DIR --queries FILE [--rounds N] [--bare]
//     QueryParser with the same stemmer, default operator AND, title: and
//     date:YYYYMMDD..YYYYMMDD, BM25 (Xapian's default). Per query the same
//     results page concord makes: the top 10 with their stored fields and a
//     highlighted snippet (MSet::snippet, default flags) each, and the number
//     of matches, exact up to 10000 as concord's. --bare leaves out the
//     snippets and lets Xapian estimate the count: the least a page needs.
//     Prints the timing lines of bench/peers/query_loop.h.
#include <xapian.h>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "bench/peers/corpus_reader.h"
#include "bench/peers/peer_args.h"
#include "bench/peers/query_loop.h"

namespace {

using concord::bench::CorpusDocument;
using concord::bench::PeerArgs;

constexpr Xapian::valueno kSlotDate = 0;
constexpr int kPageSize = 10;
constexpr Xapian::doccount kExactCountUpTo = 10000;  // concord's exact-total bound
constexpr size_t kSnippetBytes = 240;                // what concord's snippets are cut to

const char* kUsage =
    "usage: xapian_baseline index --db DIR [--commit-every N] FILE.jsonl...\n"
    "       xapian_baseline query --db DIR --queries FILE [--rounds N] [--bare]\n";

int Index(const PeerArgs& args) {
  const auto start = std::chrono::steady_clock::now();
  Xapian::WritableDatabase db(args.db, Xapian::DB_CREATE_OR_OVERWRITE);
  Xapian::TermGenerator terms;
  terms.set_stemmer(Xapian::Stem("english"));
  terms.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
  int pending = 0;
  const auto stats = concord::bench::ReadCorpus(args.files, [&](const CorpusDocument& doc) {
    Xapian::Document xdoc;
    terms.set_document(xdoc);
    terms.index_text(doc.title, 1, "S");
    terms.index_text(doc.title);
    terms.increase_termpos();
    terms.index_text(doc.body);
    const std::string id_term = "Q" + doc.id;
    xdoc.add_boolean_term(id_term);
    xdoc.add_value(kSlotDate, concord::bench::CompactDate(doc.date));
    nlohmann::json data = {
        {"id", doc.id}, {"title", doc.title}, {"date", doc.date}, {"body", doc.body}};
    xdoc.set_data(data.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    db.replace_document(id_term, xdoc);
    if (++pending == args.commit_every) {
      db.commit();
      pending = 0;
    }
  });
  db.commit();
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("{\"documents\": %llu, \"bytes\": %llu, \"seconds\": %.3f}\n",
              static_cast<unsigned long long>(stats.documents),
              static_cast<unsigned long long>(stats.bytes), seconds);
  return stats.skipped == 0 ? 0 : 1;
}

int Query(const PeerArgs& args) {
  Xapian::Database db(args.db);
  const Xapian::Stem stemmer("english");
  Xapian::QueryParser parser;
  parser.set_database(db);  // for wildcards
  parser.set_stemmer(stemmer);
  parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
  parser.set_default_op(Xapian::Query::OP_AND);
  parser.add_prefix("title", "S");
  Xapian::RangeProcessor dates(kSlotDate, "date:");
  parser.add_rangeprocessor(&dates);
  const unsigned flags = Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_WILDCARD;
  Xapian::Enquire enquire(db);
  size_t sink = 0;  // keeps the page work from being optimised away

  auto search = [&](const std::string& line) -> std::optional<uint64_t> {
    Xapian::Query query;
    try {
      query = parser.parse_query(line, flags);
    } catch (const Xapian::QueryParserError& e) {
      std::fprintf(stderr, "xapian_baseline: cannot parse '%s': %s\n", line.c_str(),
                   e.get_msg().c_str());
      return std::nullopt;
    }
    enquire.set_query(query);
    const Xapian::MSet mset = enquire.get_mset(0, kPageSize, args.bare ? 0 : kExactCountUpTo);
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      const nlohmann::json data = nlohmann::json::parse(it.get_document().get_data());
      sink += data["id"].get_ref<const std::string&>().size();
      if (args.bare) continue;
      sink += mset.snippet(data["body"].get<std::string>(), kSnippetBytes, stemmer).size();
    }
    return mset.get_matches_estimated();
  };
  concord::bench::RunQueryRounds(concord::bench::ReadQueryLines(args.queries), args.rounds, search,
                                 std::cout);
  std::fprintf(stderr, "xapian_baseline: %zu bytes of pages made\n", sink);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  PeerArgs args;
  std::string error;
  if (!concord::bench::ParsePeerArgs(argc, argv, &args, &error)) {
    std::fprintf(stderr, "xapian_baseline: %s\n%s", error.c_str(), kUsage);
    return 2;
  }
  if (args.mode == "compact") {
    std::fprintf(stderr, "xapian_baseline: compact with xapian-compact DIR OUT\n");
    return 2;
  }
  try {
    return args.mode == "index" ? Index(args) : Query(args);
  } catch (const Xapian::Error& e) {
    std::fprintf(stderr, "xapian_baseline: %s\n", e.get_description().c_str());
  } catch (const std::exception& e) {
    std::fprintf(stderr, "xapian_baseline: %s\n", e.what());
  }
  return 4;
}
