// Filters shared by the query language's fields (author:, entity:, lang:,
// date:) and the options of a SearchRequest (--author, --entity, --lang,
// --from, --to). Every filter selects documents without adding weight, so
// ranking comes from the text of the query alone.
#pragma once

#include <concord/search.h>
#include <xapian.h>

#include <string_view>

namespace concord {

// q with its weight scaled to zero: it selects, it does not rank.
Xapian::Query Unweighted(const Xapian::Query& q);

// Documents by an author, matched by AuthorKey ("Nadège Rolland" also finds
// "Nadege  Rolland"): the facet key and --author use this.
Xapian::Query AuthorFilter(std::string_view name);

// author: in a query. The whole name by AuthorKey, or the words of the name
// in order within one author's byline: author:Rolland finds Nadège Rolland.
Xapian::Query AuthorFieldQuery(std::string_view name);

// Documents naming any of the entity ids ResolveEntity gives for text.
Xapian::Query EntityFilter(const Xapian::Database& db, std::string_view text);

// Documents in language code (ISO 639-1 such as "en"; matched lower-cased).
// Throws Error(kInvalidArgument) naming `where` for something that is not a
// language code.
Xapian::Query LangFilter(std::string_view code, std::string_view where);

// Documents dated from `from` to `to`, both inclusive, each "YYYY", "YYYY-MM"
// or "YYYY-MM-DD" or empty for an open end. Documents without a date never
// match. Throws Error(kInvalidArgument) naming `where` for a date that does
// not exist ("2014-02-30", "2014-13") and for a range that ends before it starts.
Xapian::Query DateFilter(std::string_view from, std::string_view to, std::string_view where);

// date: in a query: "2014-11" (the month), "2014-11..2015-04", "2014..",
// "..2015-04-15".
Xapian::Query DateFieldQuery(std::string_view value);

// The filter options of a request as one query (all of them must hold), or
// an empty Query when it has none.
Xapian::Query RequestFilter(const SearchRequest& request, const Xapian::Database& db);

}  // namespace concord
