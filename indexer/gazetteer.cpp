#include "indexer/gazetteer.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "analysis/name_key.h"
#include "common/data_dir.h"
#include "common/fnv_hash.h"

namespace concord {

namespace {

std::vector<std::string> Split(std::string_view s, std::string_view separator) {
  std::vector<std::string> out;
  for (size_t start = 0;;) {
    const size_t end = s.find(separator, start);
    out.emplace_back(s.substr(start, end == std::string_view::npos ? s.npos : end - start));
    if (end == std::string_view::npos) break;
    start = end + separator.size();
  }
  return out;
}

std::string Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return std::string(s);
}

size_t PartCount(std::string_view key) {
  return key.empty() ? 0 : static_cast<size_t>(std::count(key.begin(), key.end(), ' ')) + 1;
}

}  // namespace

Gazetteer Gazetteer::Parse(std::istream& in, const std::string& origin) {
  Gazetteer g;
  std::string line;
  for (size_t number = 1; std::getline(in, line); ++number) {
    const std::string trimmed = Trim(line);
    if (trimmed.empty() || trimmed.front() == '#') continue;
    auto warn = [&](const std::string& what) {
      g.warnings_.push_back(origin + ":" + std::to_string(number) + ": " + what +
                            "; the line is skipped (format: gazetteer/README.md)");
    };
    const std::vector<std::string> columns = Split(trimmed, "\t");
    if (columns.size() != 4) {
      warn("expected 4 tab-separated columns (id, type, name, aliases), found " +
           std::to_string(columns.size()));
      continue;
    }
    GazetteerEntry e{Trim(columns[0]), Trim(columns[1]), Trim(columns[2]), {}, {}, {}};
    if (e.id.empty() || e.name.empty()) {
      warn("empty id or display name");
      continue;
    }
    if (e.type != "person" && e.type != "place" && e.type != "org") {
      warn("type '" + e.type + "' is not person, place or org");
      continue;
    }
    if (g.by_id_.count(e.id)) {
      warn("duplicate id '" + e.id + "'");
      continue;
    }
    for (const std::string& alias : Split(columns[3], "|")) {
      if (std::string a = Trim(alias); !a.empty()) e.aliases.push_back(std::move(a));
    }
    std::vector<std::string> spellings{e.name};
    spellings.insert(spellings.end(), e.aliases.begin(), e.aliases.end());
    for (const std::string& spelling : spellings) {
      std::string key = NameKey(spelling);
      if (key.empty() || std::find(e.keys.begin(), e.keys.end(), key) != e.keys.end()) continue;
      e.keys.push_back(std::move(key));
    }
    const size_t index = g.entries_.size();
    for (const std::string& key : e.keys) {
      g.by_key_[key].push_back(index);
      g.max_key_parts_ = std::max(g.max_key_parts_, PartCount(key));
    }
    g.by_id_[e.id] = index;
    g.entries_.push_back(std::move(e));
  }
  g.Finish();
  return g;
}

void Gazetteer::Finish() {
  // Every shorter run of parts of every key, looked up as a key.
  for (const GazetteerEntry& outer : entries_) {
    for (const std::string& key : outer.keys) {
      const std::vector<std::string> parts = Split(key, " ");
      for (size_t first = 0; first < parts.size(); ++first) {
        std::string run;
        for (size_t last = first; last < parts.size(); ++last) {
          if (!run.empty()) run.push_back(' ');
          run += parts[last];
          if (last - first + 1 == parts.size()) break;  // the whole key
          auto it = by_key_.find(run);
          if (it == by_key_.end()) continue;
          for (size_t index : it->second) {
            std::vector<std::string>& containers = entries_[index].containers;
            if (entries_[index].id != outer.id &&
                std::find(containers.begin(), containers.end(), outer.id) == containers.end()) {
              containers.push_back(outer.id);
            }
          }
        }
      }
    }
  }
  FnvHash hash;
  for (const GazetteerEntry& e : entries_) {
    hash.Field(e.id);
    for (const std::string& key : e.keys) hash.Field(key);
    hash.Field("\x01");
  }
  fingerprint_ = hash.Hex();
}

Gazetteer Gazetteer::Load(const std::string& path) {
  std::ifstream in(path);
  if (!in) {
    Gazetteer g;
    g.warnings_.push_back("cannot read the gazetteer " + path +
                          "; no entities will be found by alias (set CONCORD_GAZETTEER or "
                          "CONCORD_DATA_DIR to a folder with gazetteer/entities.tsv)");
    g.Finish();
    return g;
  }
  return Parse(in, path);
}

const GazetteerEntry* Gazetteer::FindByKey(std::string_view key, bool* ambiguous) const {
  if (ambiguous) *ambiguous = false;
  auto it = by_key_.find(key);
  if (it == by_key_.end()) return nullptr;
  if (it->second.size() == 1) return &entries_[it->second.front()];
  const GazetteerEntry* by_display = nullptr;
  int display_matches = 0;
  for (size_t index : it->second) {
    const std::vector<std::string>& keys = entries_[index].keys;  // keys[0]: the display name's
    if (!keys.empty() && keys.front() == key) {
      by_display = &entries_[index];
      ++display_matches;
    }
  }
  if (display_matches == 1) return by_display;
  if (ambiguous) *ambiguous = true;
  return nullptr;
}

const GazetteerEntry* Gazetteer::FindById(std::string_view id) const {
  auto it = by_id_.find(id);
  return it == by_id_.end() ? nullptr : &entries_[it->second];
}

std::string DefaultGazetteerPath() {
  if (const char* env = std::getenv("CONCORD_GAZETTEER"); env && *env) return env;
  return (std::filesystem::path(DataDir()) / "gazetteer" / "entities.tsv").string();
}

const Gazetteer& DefaultGazetteer() {
  static const Gazetteer gazetteer = [] {
    Gazetteer g = Gazetteer::Load(DefaultGazetteerPath());
    for (const std::string& w : g.warnings()) std::cerr << "concord: gazetteer: " << w << "\n";
    return g;
  }();
  return gazetteer;
}

}  // namespace concord
