#include <concord/schema.h>
#include <concord/search.h>

#include <algorithm>
#include <chrono>
#include <nlohmann/json.hpp>

#include "common/error.h"
#include "indexer/document_codec.h"
#include "indexer/shard_open.h"
#include "searcher/facets.h"
#include "searcher/filters.h"
#include "searcher/query_parser.h"
#include "searcher/snippet.h"
#include "searcher/spelling.h"

namespace concord {

namespace {

// Requests beyond these are clamped, not refused (search.h documents them):
// a page holds at most kMaxLimit results and starts at most kMaxOffset deep.
constexpr int kMaxLimit = 1000;
constexpr int kMaxOffset = 100000;
constexpr int kMaxFacetLimit = 1000;
// Totals are exact up to this many matches and estimated above (the default
// of Elasticsearch's track_total_hits); with facets they are always exact.
constexpr Xapian::doccount kExactTotalUpTo = 10000;
// A ranked query that finds fewer documents than this gets a spelling
// suggestion when the suggested query finds more.
constexpr Xapian::doccount kSuggestBelow = 5;

Xapian::Query Filtered(const Xapian::Query& query, const Xapian::Query& filter) {
  if (filter.empty()) return query;
  return Xapian::Query(Xapian::Query::OP_FILTER, query, filter);
}

Hit HitFromDocument(const Xapian::Document& xdoc, double score, const SearchRequest& req,
                    const Highlighter& highlight) {
  Document doc = DocumentFromJson(nlohmann::json::parse(xdoc.get_data()));
  Hit hit;
  hit.id = std::move(doc.id);
  hit.title = std::move(doc.title);
  hit.authors = std::move(doc.authors);
  hit.date = std::move(doc.date);
  hit.lang = std::move(doc.lang);
  hit.url = std::move(doc.url);
  hit.score = score;
  hit.entities = std::move(doc.entities);
  if (req.snippets) {
    hit.snippet = MakeSnippet(doc.body, [&](const std::vector<Token>& tokens, size_t i) {
      return highlight.MatchLength(tokens, i, hit.lang);
    });
  }
  return hit;
}

// A suggested query, when the reader probably mistyped: the suggestion must
// find more documents than the query did, under the same filters.
std::optional<std::string> Suggestion(const Xapian::Database& db, const ParsedQuery& parsed,
                                      const Xapian::Query& filter, Xapian::doccount found) {
  std::optional<std::string> text;
  try {
    text = SuggestSpelling(db, parsed);
  } catch (const Xapian::UnimplementedError&) {
    return std::nullopt;  // remote shards keep no spelling table
  }
  if (!text) return std::nullopt;
  Xapian::Enquire enquire(db);
  enquire.set_query(Filtered(ParseQuery(*text, db).query, filter));
  Xapian::MSet better = enquire.get_mset(0, 0, found + 1);
  if (better.get_matches_lower_bound() <= found) return std::nullopt;
  return text;
}

void RunSearch(const Xapian::Database& db, const std::vector<bool>& remote,
               const SearchRequest& req, SearchResponse* resp) {
  const ParsedQuery parsed = ParseQuery(req.query, db);
  const Xapian::Query filter = RequestFilter(req, db);
  Xapian::Enquire enquire(db);
  enquire.set_query(Filtered(parsed.query, filter));
  enquire.set_weighting_scheme(Xapian::BM25Weight());
  // Without words to rank by, every match weighs the same: newest first.
  // Ties (same date, same weight) go by docid, so pages are stable.
  if (!parsed.ranked || req.sort == SearchRequest::Sort::kDate) {
    enquire.set_sort_by_value_then_relevance(schema::kSlotDate, /*reverse=*/true);
  }
  std::vector<std::pair<std::string, std::unique_ptr<FacetSpy>>> spies;
  for (const std::string& name : req.facets) {
    if (std::any_of(spies.begin(), spies.end(), [&](const auto& s) { return s.first == name; })) {
      continue;
    }
    spies.emplace_back(name, MakeFacetSpy(name));
    spies.back().second->SetRemoteSubdatabases(remote);
    enquire.add_matchspy(spies.back().second.get());
  }
  // Facets count the whole match set, not only the page.
  const Xapian::doccount check_at_least =
      spies.empty() ? std::max<Xapian::doccount>(kExactTotalUpTo, resp->offset + resp->limit)
                    : db.get_doccount();
  const Xapian::MSet mset = enquire.get_mset(resp->offset, resp->limit, check_at_least);
  resp->total = mset.get_matches_estimated();
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    resp->hits.push_back(
        HitFromDocument(it.get_document(), it.get_weight(), req, parsed.highlight));
  }
  const size_t facet_limit = static_cast<size_t>(std::clamp(req.facet_limit, 1, kMaxFacetLimit));
  for (auto& [name, spy] : spies) {
    resp->facets.emplace_back(name, FacetValues(name, spy->counts(), db, facet_limit));
  }
  if (parsed.ranked && resp->total < kSuggestBelow) {
    resp->spelling = Suggestion(db, parsed, filter, static_cast<Xapian::doccount>(resp->total));
  }
}

}  // namespace

struct Searcher::Impl {
  explicit Impl(const std::string& p) : shards(p), db(shards.db()), path(p) {}
  SearchShards shards;  // the database, or the shards its stub lists (indexer/shard_open.h)
  Xapian::Database& db;
  std::string path;
};

Searcher::Searcher(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Searcher::~Searcher() = default;

Status Searcher::Open(const std::string& path, std::unique_ptr<Searcher>* out) {
  return Guard([&] {
    if (path.empty()) return Status::InvalidArgument("no index path given; pass --db DIR");
    std::unique_ptr<Impl> impl;
    try {
      impl = std::make_unique<Impl>(path);
    } catch (const Xapian::DatabaseOpeningError& e) {
      return Status::NotFound("cannot open the index at " + path + " (" + e.get_msg() +
                              "); create it with: concord-index --db " + path + " FOLDER");
    }
    out->reset(new Searcher(std::move(impl)));
    return Status::Ok();
  });
}

Status Searcher::Reopen() {
  return Guard([&] {
    impl_->shards.Reopen();
    return Status::Ok();
  });
}

uint64_t Searcher::DocumentCount() { return impl_->db.get_doccount(); }

// Retries of a read whose revision a writer discarded meanwhile.
constexpr int kMaxModifiedRetries = 20;

Status Searcher::Get(const std::string& id, Document* document) {
  return Guard([&] {
    const std::string term = std::string(schema::kIdPrefix) + id;
    for (int attempt = 0;; ++attempt) {
      try {
        Xapian::PostingIterator p = impl_->db.postlist_begin(term);
        if (p == impl_->db.postlist_end(term)) return Status::NotFound("no document with id " + id);
        *document = DocumentFromJson(nlohmann::json::parse(impl_->db.get_document(*p).get_data()));
        return Status::Ok();
      } catch (const Xapian::DatabaseModifiedError&) {
        // A writer committed twice while we read (the nightly run replacing
        // this very document): read its latest state instead.
        if (attempt >= kMaxModifiedRetries) throw;
        impl_->db.reopen();
      }
    }
  });
}

Status Searcher::Search(const SearchRequest& req, SearchResponse* resp) {
  const auto start = std::chrono::steady_clock::now();
  return Guard([&] {
    // See what writers have committed since the last search (cheap when nothing has).
    impl_->shards.Reopen();
    for (int attempt = 0;; ++attempt) {
      *resp = SearchResponse();
      resp->query = req.query;
      resp->limit = std::clamp(req.limit, 0, kMaxLimit);
      resp->offset = std::clamp(req.offset, 0, kMaxOffset);
      try {
        impl_->shards.Check(req.allow_partial, &resp->warnings);
        RunSearch(impl_->db, impl_->shards.remote(), req, resp);
        break;
      } catch (const Xapian::DatabaseModifiedError&) {
        // A writer committed twice while we read: move to its latest state and retry.
        // Under load one search can span several commits of a busy writer (a CMS
        // pushing documents one by one), so the retry budget is generous.
        if (attempt >= kMaxModifiedRetries) throw;
        impl_->db.reopen();
      } catch (const Xapian::NetworkError&) {
        // A remote shard stopped answering: open the stub again without it
        // (Check() then fails the search or warns, per allow_partial).
        if (attempt >= 3 || !impl_->shards.Recover()) throw;
      }
    }
    resp->took_ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    return Status::Ok();
  });
}

}  // namespace concord
