// The index schema: every term prefix and value slot concord uses, named once.
// Prefixes follow Xapian's convention (single capitals for standard fields,
// "X" + capitals for concord's own). Nothing else in the code base may spell a
// prefix or slot number literally.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace concord::schema {

// Boolean (filter) terms: exact keys, no positions, no weight.
inline constexpr std::string_view kIdPrefix = "Q";        // Q<document id>
inline constexpr std::string_view kAuthorPrefix = "A";    // A<author key> (lower-cased, folded)
inline constexpr std::string_view kEntityPrefix = "XE";   // XE<entity id>
inline constexpr std::string_view kDayPrefix = "D";       // D<YYYYMMDD>
inline constexpr std::string_view kYearPrefix = "Y";      // Y<YYYY>
inline constexpr std::string_view kMonthPrefix = "M";     // M<YYYYMM>
inline constexpr std::string_view kLangPrefix = "L";      // L<iso 639-1>
inline constexpr std::string_view kSourcePrefix = "K";    // K<source root or feed>
inline constexpr std::string_view kCategoryPrefix = "XC"; // XC<category, lower-cased>
inline constexpr std::string_view kTagPrefix = "XT";      // XT<tag, lower-cased>

// Filter values longer than this are cut, at index and query time alike:
// Xapian terms are at most 245 bytes.
inline constexpr size_t kMaxBooleanTermBytes = 240;

// The boolean term of value under prefix (BooleanTerm(kEntityPrefix, "kcna")
// -> "XEkcna"), cut to kMaxBooleanTermBytes. Every writer and reader of a
// boolean term builds it here, so a long value is cut the same way on both sides.
inline std::string BooleanTerm(std::string_view prefix, std::string_view value) {
  std::string term(prefix);
  term.append(value);
  if (term.size() > kMaxBooleanTermBytes) term.resize(kMaxBooleanTermBytes);
  return term;
}

// Free-text terms: positional, weighted.
inline constexpr std::string_view kBodyPrefix = "";       // body words (and their stems, Z...)
inline constexpr std::string_view kTitlePrefix = "S";     // title words
inline constexpr std::string_view kAuthorTextPrefix = "XA";  // author name words
inline constexpr std::string_view kNameKeyPrefix = "XN";  // name keys (analysis/name_key.h)

// Value slots.
inline constexpr unsigned kSlotDate = 0;         // "YYYYMMDD" (sortable, range filter)
inline constexpr unsigned kSlotContentHash = 1;  // hex content hash of the stored document
inline constexpr unsigned kSlotAuthors = 2;      // authors, serialised (facets.h)
inline constexpr unsigned kSlotEntities = 3;     // entity ids, serialised (facets.h)
inline constexpr unsigned kSlotSourcePath = 4;   // absolute source path (pruning)
inline constexpr unsigned kSlotFileStamp = 5;    // "size:mtime" of the source file (fast skip)
inline constexpr unsigned kSlotLang = 6;         // language code
inline constexpr unsigned kSlotCategories = 7;   // categories and tags, serialised

// Metadata keys (Xapian user metadata).
inline constexpr std::string_view kMetaSchemaVersion = "concord:schema";
inline constexpr std::string_view kMetaLastRun = "concord:last-run";
inline constexpr std::string_view kMetaLastCommit = "concord:last-commit";
inline constexpr std::string_view kMetaEntityPrefix = "concord:entity:";  // + id -> JSON {name,type}
inline constexpr std::string_view kMetaFileStampPrefix = "concord:file:";  // + path hash -> stamp\tpath
// EntityExtractor::fingerprint() of the extraction (rules, gazetteer,
// surnames) every document's entity terms (XE) came from, or kExtractionMixed
// once the index holds documents from two. The searcher matches a known name
// by its entity term only when this equals its own extractor's
// (searcher/name_query.h).
inline constexpr std::string_view kMetaExtraction = "concord:extraction";
inline constexpr std::string_view kExtractionMixed = "mixed";
inline constexpr std::string_view kMetaLastRunSummary = "concord:last-run-summary";  // JSON of the run
// "1" while committed documents' words are not yet in the spelling table (a
// bulk run defers them to its end); a writer that opens such a database
// rebuilds the table from the index (index_aids.h).
inline constexpr std::string_view kMetaSearchAidsBehind = "concord:search-aids-behind";

// Bumped whenever the analysis changes so that old indexes are rebuilt.
inline constexpr std::string_view kSchemaVersion = "1";

}  // namespace concord::schema
