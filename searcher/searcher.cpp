#include <concord/schema.h>
#include <concord/search.h>

#include <algorithm>
#include <chrono>
#include <nlohmann/json.hpp>

#include "common/dates.h"
#include "common/error.h"
#include "indexer/document_builder.h"
#include "indexer/document_codec.h"
#include "searcher/facet_spy.h"
#include "searcher/query_parser.h"
#include "searcher/snippet.h"

namespace concord {

namespace {

constexpr int kMaxLimit = 1000;
constexpr int kMaxOffset = 100000;

std::string Term(std::string_view prefix, std::string_view value) {
  return std::string(prefix) + std::string(value);
}

// Filters of the request, as one boolean query (or an empty Query when none).
Xapian::Query FilterQuery(const SearchRequest& req) {
  std::vector<Xapian::Query> filters;
  if (!req.authors.empty()) {
    std::vector<Xapian::Query> any;
    for (const std::string& a : req.authors) any.emplace_back(Term(schema::kAuthorPrefix, AuthorKey(a)));
    filters.emplace_back(Xapian::Query::OP_OR, any.begin(), any.end());
  }
  for (const std::string& e : req.entities) filters.emplace_back(Term(schema::kEntityPrefix, e));
  if (!req.lang.empty()) filters.emplace_back(Term(schema::kLangPrefix, req.lang));
  if (!req.from.empty() || !req.to.empty()) {
    std::string lo = "00000000", hi = "99999999", unused;
    if (!req.from.empty() && !DateBounds(req.from, &lo, &unused)) {
      throw Error(Status::Code::kInvalidArgument,
                  "--from '" + req.from + "' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD");
    }
    if (!req.to.empty() && !DateBounds(req.to, &unused, &hi)) {
      throw Error(Status::Code::kInvalidArgument,
                  "--to '" + req.to + "' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD");
    }
    filters.emplace_back(Xapian::Query::OP_VALUE_RANGE, schema::kSlotDate, lo, hi);
  }
  if (filters.empty()) return Xapian::Query();
  return Xapian::Query(Xapian::Query::OP_AND, filters.begin(), filters.end());
}

struct FacetDef {
  const char* name;
  Xapian::valueno slot;
  FacetSpy::Kind kind;
};

const FacetDef* FindFacet(std::string_view name) {
  static const FacetDef kFacets[] = {
      {"author", schema::kSlotAuthors, FacetSpy::Kind::kMulti},
      {"entity", schema::kSlotEntities, FacetSpy::Kind::kMulti},
      {"year", schema::kSlotDate, FacetSpy::Kind::kYear},
      {"month", schema::kSlotDate, FacetSpy::Kind::kMonth},
      {"lang", schema::kSlotLang, FacetSpy::Kind::kSingle},
  };
  for (const FacetDef& f : kFacets) if (name == f.name) return &f;
  return nullptr;
}

Hit HitFromDocument(const Xapian::Document& xdoc, double score) {
  Document doc = DocumentFromJson(nlohmann::json::parse(xdoc.get_data()));
  Hit hit;
  hit.id = doc.id;
  hit.title = doc.title;
  hit.authors = doc.authors;
  hit.date = doc.date;
  hit.lang = doc.lang;
  hit.url = doc.url;
  hit.score = score;
  hit.entities = doc.entities;
  hit.snippet = std::move(doc.body);  // replaced by the snippet by the caller
  return hit;
}

}  // namespace

struct Searcher::Impl {
  Xapian::Database db;
  std::string path;
};

Searcher::Searcher(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Searcher::~Searcher() = default;

Status Searcher::Open(const std::string& path, std::unique_ptr<Searcher>* out) {
  return Guard([&] {
    if (path.empty()) return Status::InvalidArgument("no index path given");
    auto impl = std::make_unique<Impl>();
    impl->path = path;
    try {
      impl->db = Xapian::Database(path);
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
    impl_->db.reopen();
    return Status::Ok();
  });
}

uint64_t Searcher::DocumentCount() { return impl_->db.get_doccount(); }

Status Searcher::Get(const std::string& id, Document* document) {
  return Guard([&] {
    std::string term = Term(schema::kIdPrefix, id);
    Xapian::PostingIterator p = impl_->db.postlist_begin(term);
    if (p == impl_->db.postlist_end(term)) return Status::NotFound("no document with id " + id);
    *document = DocumentFromJson(nlohmann::json::parse(impl_->db.get_document(*p).get_data()));
    return Status::Ok();
  });
}

Status Searcher::Search(const SearchRequest& req, SearchResponse* resp) {
  const auto start = std::chrono::steady_clock::now();
  return Guard([&] {
    *resp = SearchResponse();
    resp->query = req.query;
    resp->limit = std::clamp(req.limit, 0, kMaxLimit);
    resp->offset = std::clamp(req.offset, 0, kMaxOffset);
    ParsedQuery parsed = ParseQuery(req.query);
    Xapian::Query query = parsed.query;
    Xapian::Query filter = FilterQuery(req);
    if (!filter.empty()) query = Xapian::Query(Xapian::Query::OP_FILTER, query, filter);

    for (int attempt = 0;; ++attempt) {
      try {
        Xapian::Enquire enquire(impl_->db);
        enquire.set_query(query);
        enquire.set_weighting_scheme(Xapian::BM25Weight());
        if (parsed.empty || req.sort == SearchRequest::Sort::kDate) {
          enquire.set_sort_by_value_then_relevance(schema::kSlotDate, /*reverse=*/true);
        }
        std::vector<std::pair<std::string, std::unique_ptr<FacetSpy>>> spies;
        for (const std::string& name : req.facets) {
          const FacetDef* def = FindFacet(name);
          if (!def) {
            throw Error(Status::Code::kInvalidArgument,
                        "unknown facet '" + name + "'; use author, year, month, entity or lang");
          }
          spies.emplace_back(name, std::make_unique<FacetSpy>(def->slot, def->kind));
          enquire.add_matchspy(spies.back().second.get());
        }
        // Facets count the whole match set, not only the page.
        Xapian::doccount check_at_least = spies.empty() ? 0 : impl_->db.get_doccount();
        Xapian::MSet mset = enquire.get_mset(resp->offset, resp->limit, check_at_least);
        resp->total = mset.get_matches_estimated();
        resp->hits.clear();
        for (auto it = mset.begin(); it != mset.end(); ++it) {
          Hit hit = HitFromDocument(it.get_document(), it.get_weight());
          hit.snippet = req.snippets ? MakeSnippet(hit.snippet, parsed.words) : "";
          resp->hits.push_back(std::move(hit));
        }
        resp->facets.clear();
        int facet_limit = std::clamp(req.facet_limit, 1, 1000);
        for (auto& [name, spy] : spies) {
          std::vector<FacetValue> values;
          for (const auto& [value, count] : spy->counts()) values.push_back({value, value, count});
          std::stable_sort(values.begin(), values.end(), [](const FacetValue& a, const FacetValue& b) {
            return a.count > b.count;
          });
          if (values.size() > static_cast<size_t>(facet_limit)) values.resize(facet_limit);
          resp->facets.emplace_back(name, std::move(values));
        }
        break;
      } catch (const Xapian::DatabaseModifiedError&) {
        // A writer committed while we read: move to the new state and retry.
        if (attempt >= 3) throw;
        impl_->db.reopen();
      }
    }
    resp->took_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    return Status::Ok();
  });
}

}  // namespace concord
