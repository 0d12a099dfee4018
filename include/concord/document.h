// Document: what every reader produces and what the index stores.
#pragma once

#include <string>
#include <vector>

namespace concord {

// A named entity found in a document (see gazetteer/README.md).
struct Entity {
  std::string id;    // stable key, e.g. "choe-ryong-hae"
  std::string name;  // display name, e.g. "Choe Ryong-hae"
  std::string type;  // "person", "place" or "org"
  bool operator==(const Entity&) const = default;
};

struct Document {
  // Stable identity: the JSONL id, the WXR post id + site, the feed item guid,
  // or the path relative to the indexed root. Re-indexing the same id replaces.
  std::string id;
  std::string title;
  std::vector<std::string> authors;  // display names, in byline order
  std::string date;                  // "YYYY-MM-DD", or "" when unknown
  std::string lang;                  // ISO 639-1 ("en", "ru", "es", "ko"), or "" to detect
  std::string url;
  std::string body;                  // plain text, paragraphs separated by blank lines
  std::string source;                // where it came from: file path, feed or site name
  std::vector<std::string> categories;
  std::vector<std::string> tags;
  std::vector<Entity> entities;      // filled by extraction at index time
};

}  // namespace concord
