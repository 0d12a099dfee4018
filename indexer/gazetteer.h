// The gazetteer (gazetteer/entities.tsv, format in gazetteer/README.md):
// entities with their aliases, looked up by name key, so that one alias
// line covers every spelling that folds to the same key.
#pragma once

#include <istream>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace concord {

struct GazetteerEntry {
  std::string id;
  std::string type;  // person, place or org
  std::string name;  // display name
  std::vector<std::string> aliases;
  std::vector<std::string> keys;  // distinct NameKey of the display name (first) and aliases
  // Ids of the other entities with a key that holds one of this entity's
  // keys as a run of its parts ("kim il sung square" holds "kim il sung").
  // Extraction takes the longest match, so a document that writes this
  // entity's name inside theirs gets their id, not this one.
  std::vector<std::string> containers;
};

class Gazetteer {
 public:
  // Reads TSV lines from in. A malformed line (not four tab-separated
  // columns, an empty id or name, an unknown type, a duplicate id) is skipped
  // and described in warnings() as "<origin>:<line>: <what>".
  static Gazetteer Parse(std::istream& in, const std::string& origin);
  // Parses the file at path; a missing file gives an empty gazetteer and a warning.
  static Gazetteer Load(const std::string& path);

  // The entity an alias key stands for. A key that several entities share
  // goes to the one whose display name has that key, when exactly one does
  // ("Ri Yong Ho" -> ri-yong-ho, not "Ri Yong Ho (general)"); otherwise it is
  // ambiguous: null, and *ambiguous (when given) is set.
  const GazetteerEntry* FindByKey(std::string_view key, bool* ambiguous = nullptr) const;
  const GazetteerEntry* FindById(std::string_view id) const;

  // Most key parts of any alias: extraction never looks further.
  size_t max_key_parts() const { return max_key_parts_; }
  const std::vector<GazetteerEntry>& entries() const { return entries_; }
  const std::vector<std::string>& warnings() const { return warnings_; }
  // A hash of every entry's id and keys, in order (16 hex digits): two
  // gazetteers with the same fingerprint extract the same entities
  // (EntityExtractor::fingerprint() builds on it).
  const std::string& fingerprint() const { return fingerprint_; }

 private:
  std::vector<GazetteerEntry> entries_;
  std::map<std::string, std::vector<size_t>, std::less<>> by_key_;
  std::map<std::string, size_t, std::less<>> by_id_;
  std::vector<std::string> warnings_;
  size_t max_key_parts_ = 0;
  std::string fingerprint_;

  void Finish();  // containers and fingerprint, once every entry is read
};

// The gazetteer of this process, loaded once (thread-safe) from
// $CONCORD_GAZETTEER when set, else DataDir()/gazetteer/entities.tsv. Its
// warnings are written to stderr once, when it is loaded.
const Gazetteer& DefaultGazetteer();

// Path DefaultGazetteer() reads.
std::string DefaultGazetteerPath();

}  // namespace concord
