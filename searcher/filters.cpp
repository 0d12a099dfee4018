#include "searcher/filters.h"

#include <concord/schema.h>

#include "analysis/analyzer.h"
#include "common/dates.h"
#include "common/error.h"
#include "indexer/document_builder.h"
#include "searcher/entity_names.h"

namespace concord {

using schema::BooleanTerm;

namespace {

Xapian::Query AnyOf(std::vector<Xapian::Query> queries) {
  if (queries.size() == 1) return queries.front();
  return Xapian::Query(Xapian::Query::OP_OR, queries.begin(), queries.end());
}

[[noreturn]] void BadDate(std::string_view where, std::string_view date) {
  throw Error(Status::Code::kInvalidArgument,
              std::string(where) + " '" + std::string(date) +
                  "' is not a real date; use YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2014-11 or "
                  "2014-11-15)");
}

}  // namespace

Xapian::Query Unweighted(const Xapian::Query& q) {
  return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, q, 0.0);
}

Xapian::Query AuthorFilter(std::string_view name) {
  return Unweighted(Xapian::Query(BooleanTerm(schema::kAuthorPrefix, AuthorKey(name))));
}

Xapian::Query AuthorFieldQuery(std::string_view name) {
  std::vector<Xapian::Query> ways{Xapian::Query(BooleanTerm(schema::kAuthorPrefix, AuthorKey(name)))};
  Xapian::Query words = PhraseQuery(name, schema::kAuthorTextPrefix);
  if (!words.empty()) ways.push_back(words);
  return Unweighted(AnyOf(std::move(ways)));
}

Xapian::Query EntityFilter(const Xapian::Database& db, std::string_view text) {
  std::vector<Xapian::Query> ids;
  for (const std::string& id : ResolveEntity(db, text)) {
    ids.emplace_back(BooleanTerm(schema::kEntityPrefix, id));
  }
  if (ids.empty()) return Xapian::Query::MatchNothing;
  return Unweighted(AnyOf(std::move(ids)));
}

Xapian::Query LangFilter(std::string_view code, std::string_view where) {
  std::string lower;
  bool valid = code.size() >= 2 && code.size() <= 12;
  for (char c : code) {
    const char l = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    valid = valid && ((l >= 'a' && l <= 'z') || l == '-');
    lower.push_back(l);
  }
  if (!valid) {
    throw Error(Status::Code::kInvalidArgument,
                std::string(where) + " '" + std::string(code) +
                    "' is not a language code; use a code such as en, ru, es or ko");
  }
  return Unweighted(Xapian::Query(BooleanTerm(schema::kLangPrefix, lower)));
}

Xapian::Query DateFilter(std::string_view from, std::string_view to, std::string_view where) {
  std::string low = "00000000", high = "99999999", unused;
  if (!from.empty() && !DateBounds(from, &low, &unused)) BadDate(where, from);
  if (!to.empty() && !DateBounds(to, &unused, &high)) BadDate(where, to);
  if (low > high) {
    throw Error(Status::Code::kInvalidArgument,
                std::string(where) + " " + std::string(from) + ".." + std::string(to) +
                    " ends before it starts; put the earlier date first");
  }
  return Unweighted(Xapian::Query(Xapian::Query::OP_VALUE_RANGE, schema::kSlotDate, low, high));
}

Xapian::Query DateFieldQuery(std::string_view value) {
  const size_t dots = value.find("..");
  if (dots == std::string_view::npos) return DateFilter(value, value, "date:");
  std::string_view from = value.substr(0, dots), to = value.substr(dots + 2);
  if (from.empty() && to.empty()) {
    throw Error(Status::Code::kInvalidArgument,
                "date:.. has neither a start nor an end; write e.g. date:2014-11..2015-04 or "
                "date:2014..");
  }
  return DateFilter(from, to, "date:");
}

Xapian::Query RequestFilter(const SearchRequest& req, const Xapian::Database& db) {
  std::vector<Xapian::Query> all;
  if (!req.authors.empty()) {
    std::vector<Xapian::Query> any;
    for (const std::string& a : req.authors) any.push_back(AuthorFilter(a));
    all.push_back(AnyOf(std::move(any)));
  }
  for (const std::string& e : req.entities) all.push_back(EntityFilter(db, e));
  if (!req.lang.empty()) all.push_back(LangFilter(req.lang, "--lang"));
  if (!req.from.empty() || !req.to.empty()) {
    // Each end alone first, so that a bad date is reported under its own option.
    if (!req.from.empty()) DateFilter(req.from, "", "--from");
    if (!req.to.empty()) DateFilter("", req.to, "--to");
    all.push_back(DateFilter(req.from, req.to, "--from/--to"));
  }
  if (all.empty()) return Xapian::Query();
  if (all.size() == 1) return all.front();
  return Xapian::Query(Xapian::Query::OP_AND, all.begin(), all.end());
}

}  // namespace concord
