// The stored form of a document (Xapian document data) and its content hash.
#pragma once

#include <concord/document.h>

#include <nlohmann/json.hpp>

#include <string>

namespace concord {

// Document <-> JSON object with the fields of docs/search.md ("id", "title",
// "authors", "date", "lang", "url", "body", "source", "categories", "tags",
// "entities"). FromJson accepts "author" (string) for "authors" and ignores
// unknown fields; it throws Error(kInvalidArgument) on a wrongly typed field.
nlohmann::json ToJson(const Document& doc);
Document DocumentFromJson(const nlohmann::json& json);

// A 64-bit FNV-1a hash (hex) of the fields that a reader supplies (not of
// what analysis adds), so an unchanged source gives the same hash run after run.
std::string ContentHash(const Document& doc);

}  // namespace concord
