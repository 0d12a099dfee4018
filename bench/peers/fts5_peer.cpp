// fts5_peer: the SQLite FTS5 peer of the benchmark (bench/README.md), what a
// developer would build with SQLite alone:
//
//   fts5_peer index --db FILE FILE.jsonl...
//     one FTS5 table docs(title, body, id UNINDEXED, date UNINDEXED) with
//     tokenize='porter unicode61', filled by one prepared INSERT in one
//     transaction. Prints one JSON line: documents, bytes, seconds.
//   fts5_peer compact --db FILE
//     FTS5 'optimize' (merges the segment b-trees into one) and VACUUM: the
//     counterpart of xapian-compact.
//   fts5_peer query --db FILE --queries FILE [--rounds N] [--facets]
//     A query line is an FTS5 MATCH expression, optionally followed by a tab,
//     FROM and a tab, TO (YYYY-MM-DD, inclusive; either may be empty) for a
//     date filter. Per query: the top 10 by bm25() with id, title, date and
//     snippet(); then the number of matches with count(*), or with --facets a
//     GROUP BY year count over the whole match set (whose sum is the number
//     of matches), which is what concord's year facet computes.
#include <sqlite3.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <optional>
#include <stdexcept>
#include <string>

#include "bench/peers/corpus_reader.h"
#include "bench/peers/peer_args.h"
#include "bench/peers/query_loop.h"

namespace {

using concord::bench::CorpusDocument;
using concord::bench::PeerArgs;

const char* kUsage =
    "usage: fts5_peer index --db FILE FILE.jsonl...\n"
    "       fts5_peer compact --db FILE\n"
    "       fts5_peer query --db FILE --queries FILE [--rounds N] [--facets]\n";

// Every query statement carries the same date filter; NULL bounds are open.
const char* kPageSql =
    "SELECT id, title, date, snippet(docs, 1, '<b>', '</b>', '…', 32) FROM docs"
    " WHERE docs MATCH ?1 AND (?2 IS NULL OR date >= ?2) AND (?3 IS NULL OR date <= ?3)"
    " ORDER BY bm25(docs) LIMIT 10";
const char* kCountSql =
    "SELECT count(*) FROM docs"
    " WHERE docs MATCH ?1 AND (?2 IS NULL OR date >= ?2) AND (?3 IS NULL OR date <= ?3)";
const char* kYearFacetSql =
    "SELECT substr(date, 1, 4) AS year, count(*) FROM docs"
    " WHERE docs MATCH ?1 AND (?2 IS NULL OR date >= ?2) AND (?3 IS NULL OR date <= ?3)"
    " GROUP BY year ORDER BY 2 DESC";

class Connection {
 public:
  explicit Connection(const std::string& path) {
    if (sqlite3_open(path.c_str(), &db_) != SQLITE_OK) Fail("cannot open " + path);
  }
  ~Connection() { sqlite3_close(db_); }
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;
  sqlite3* get() { return db_; }
  void Exec(const char* sql) {
    if (sqlite3_exec(db_, sql, nullptr, nullptr, nullptr) != SQLITE_OK) Fail(sql);
  }
  [[noreturn]] void Fail(const std::string& what) {
    throw std::runtime_error(what + ": " + sqlite3_errmsg(db_));
  }

 private:
  sqlite3* db_ = nullptr;
};

class Statement {
 public:
  Statement(Connection& connection, const char* sql) : connection_(connection) {
    if (sqlite3_prepare_v2(connection.get(), sql, -1, &stmt_, nullptr) != SQLITE_OK) {
      connection.Fail(std::string("cannot prepare ") + sql);
    }
  }
  ~Statement() { sqlite3_finalize(stmt_); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  void Bind(int index, const std::string& text) {
    if (text.empty()) {
      sqlite3_bind_null(stmt_, index);
    } else {
      sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    }
  }
  // True while there is a row; false at the end. Throws on an error (such as
  // a MATCH expression FTS5 cannot parse), after resetting the statement.
  bool Step() {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    sqlite3_reset(stmt_);
    connection_.Fail("query failed");
  }
  void Reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
  }
  size_t ColumnBytes(int column) { return sqlite3_column_bytes(stmt_, column); }
  int64_t ColumnInt(int column) { return sqlite3_column_int64(stmt_, column); }

 private:
  Connection& connection_;
  sqlite3_stmt* stmt_ = nullptr;
};

int Index(const PeerArgs& args) {
  const auto start = std::chrono::steady_clock::now();
  std::filesystem::remove(args.db);
  Connection db(args.db);
  db.Exec(
      "CREATE VIRTUAL TABLE docs USING fts5(title, body, id UNINDEXED, date UNINDEXED,"
      " tokenize='porter unicode61')");
  db.Exec("BEGIN");
  Statement insert(db, "INSERT INTO docs(title, body, id, date) VALUES (?1, ?2, ?3, ?4)");
  const auto stats = concord::bench::ReadCorpus(args.files, [&](const CorpusDocument& doc) {
    insert.Bind(1, doc.title);
    insert.Bind(2, doc.body);
    insert.Bind(3, doc.id);
    insert.Bind(4, doc.date);
    insert.Step();
    insert.Reset();
  });
  db.Exec("COMMIT");
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("{\"documents\": %llu, \"bytes\": %llu, \"seconds\": %.3f}\n",
              static_cast<unsigned long long>(stats.documents),
              static_cast<unsigned long long>(stats.bytes), seconds);
  return stats.skipped == 0 ? 0 : 1;
}

int Compact(const PeerArgs& args) {
  Connection db(args.db);
  db.Exec("INSERT INTO docs(docs) VALUES('optimize')");
  db.Exec("VACUUM");
  return 0;
}

int Query(const PeerArgs& args) {
  if (!std::filesystem::exists(args.db)) throw std::runtime_error("no database at " + args.db);
  Connection db(args.db);
  Statement page(db, kPageSql);
  Statement count(db, args.facets ? kYearFacetSql : kCountSql);
  const int count_column = args.facets ? 1 : 0;  // count(*) after the year, or alone
  size_t sink = 0;                               // keeps the page work from being optimised away

  auto search = [&](const std::string& line) -> std::optional<uint64_t> {
    const size_t tab = line.find('\t');
    const std::string match = line.substr(0, tab);
    std::string from, to;
    if (tab != std::string::npos) {
      const size_t tab2 = line.find('\t', tab + 1);
      from = line.substr(tab + 1, tab2 == std::string::npos ? tab2 : tab2 - tab - 1);
      if (tab2 != std::string::npos) to = line.substr(tab2 + 1);
    }
    std::optional<uint64_t> matches = 0;
    try {
      for (Statement* s : {&page, &count}) {
        s->Bind(1, match);
        s->Bind(2, from);
        s->Bind(3, to);
      }
      while (page.Step()) sink += page.ColumnBytes(0) + page.ColumnBytes(1) + page.ColumnBytes(3);
      while (count.Step()) *matches += static_cast<uint64_t>(count.ColumnInt(count_column));
    } catch (const std::runtime_error& e) {
      std::fprintf(stderr, "fts5_peer: '%s': %s\n", match.c_str(), e.what());
      matches = std::nullopt;
    }
    page.Reset();
    count.Reset();
    return matches;
  };
  concord::bench::RunQueryRounds(concord::bench::ReadQueryLines(args.queries), args.rounds, search,
                                 std::cout);
  std::fprintf(stderr, "fts5_peer: %zu bytes of pages made\n", sink);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  PeerArgs args;
  std::string error;
  if (!concord::bench::ParsePeerArgs(argc, argv, &args, &error)) {
    std::fprintf(stderr, "fts5_peer: %s\n%s", error.c_str(), kUsage);
    return 2;
  }
  try {
    if (args.mode == "index") return Index(args);
    if (args.mode == "compact") return Compact(args);
    return Query(args);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "fts5_peer: %s\n", e.what());
  }
  return 4;
}
