#include "indexer/readers/json_ld.h"

#include <map>
#include <nlohmann/json.hpp>

#include "indexer/extract/text_clean.h"

namespace concord {

namespace {

using nlohmann::json;

std::string String(const json& j) {
  if (j.is_string()) return CollapseSpaces(j.get<std::string>());
  if (j.is_number()) return j.dump();
  return "";
}

bool TypeIs(const json& node, bool (*predicate)(std::string_view)) {
  auto it = node.find("@type");
  if (it == node.end()) return false;
  if (it->is_string()) return predicate(it->get<std::string>());
  if (it->is_array()) {
    for (const json& t : *it) {
      if (t.is_string() && predicate(t.get<std::string>())) return true;
    }
  }
  return false;
}

bool IsArticleType(std::string_view type) {
  return type.ends_with("Article") || type == "BlogPosting" || type == "Report" ||
         type == "ReportageNews" || type == "LiveBlogPosting" || type == "Blog";
}

bool IsPageType(std::string_view type) { return type.ends_with("WebPage"); }

// Every object node of the block: top level, arrays, and @graph members.
void CollectNodes(const json& j, std::vector<const json*>* nodes, int depth = 0) {
  if (depth > 4) return;
  if (j.is_array()) {
    for (const json& item : j) CollectNodes(item, nodes, depth + 1);
  } else if (j.is_object()) {
    nodes->push_back(&j);
    if (auto graph = j.find("@graph"); graph != j.end()) CollectNodes(*graph, nodes, depth + 1);
  }
}

void AddNames(const json& value, const std::map<std::string, const json*>& by_id,
              std::vector<std::string>* out, int depth = 0) {
  if (depth > 3) return;
  if (value.is_string()) {
    std::string name = String(value);
    if (!name.empty() && name.find("://") == std::string::npos) out->push_back(name);
  } else if (value.is_array()) {
    for (const json& v : value) AddNames(v, by_id, out, depth + 1);
  } else if (value.is_object()) {
    if (auto name = value.find("name"); name != value.end()) {
      AddNames(*name, by_id, out, depth + 1);
    } else if (auto id = value.find("@id"); id != value.end() && id->is_string()) {
      auto target = by_id.find(id->get<std::string>());
      if (target != by_id.end() && target->second != &value) {
        AddNames(*target->second, by_id, out, depth + 1);
      }
    }
  }
}

void AddStrings(const json& value, std::vector<std::string>* out, bool split_commas,
                int depth = 0) {
  if (value.is_array()) {
    if (depth > 3) return;  // nested lists are no keywords: do not recurse into 10^6 of them
    for (const json& v : value) AddStrings(v, out, split_commas, depth + 1);
    return;
  }
  std::string s = String(value);
  size_t pos = 0;
  while (pos <= s.size() && !s.empty()) {
    size_t end = split_commas ? s.find(',', pos) : std::string::npos;
    if (end == std::string::npos) end = s.size();
    std::string item = CollapseSpaces(std::string_view(s).substr(pos, end - pos));
    if (!item.empty()) out->push_back(item);
    pos = end + 1;
  }
}

void SetIfEmpty(std::string* field, const json& node, std::initializer_list<const char*> keys) {
  if (!field->empty()) return;
  for (const char* key : keys) {
    auto it = node.find(key);
    if (it == node.end()) continue;
    if (it->is_object()) {
      for (const char* inner : {"@id", "url", "name", "alternateName"}) {
        if (auto v = it->find(inner); v != it->end()) *field = String(*v);
        if (!field->empty()) return;
      }
    } else if (it->is_array() && !it->empty()) {
      *field = String(it->front());
    } else {
      *field = String(*it);
    }
    if (!field->empty()) return;
  }
}

}  // namespace

void ReadJsonLd(std::string_view json_text, JsonLdArticle* article) {
  json root = json::parse(json_text.begin(), json_text.end(), nullptr, /*allow_exceptions=*/false);
  if (root.is_discarded()) return;
  std::vector<const json*> nodes;
  CollectNodes(root, &nodes);
  std::map<std::string, const json*> by_id;
  for (const json* n : nodes) {
    if (auto id = n->find("@id"); id != n->end() && id->is_string())
      by_id[id->get<std::string>()] = n;
  }
  const json* best = nullptr;
  for (const json* n : nodes) {
    if (TypeIs(*n, IsArticleType)) {
      best = n;
      break;
    }
  }
  if (!best) {
    for (const json* n : nodes) {
      if (TypeIs(*n, IsPageType)) {
        best = n;
        break;
      }
    }
  }
  if (!best) return;
  const json& node = *best;
  article->found = true;
  SetIfEmpty(&article->headline, node, {"headline", "name"});
  SetIfEmpty(&article->date_published, node, {"datePublished", "dateCreated"});
  SetIfEmpty(&article->url, node, {"url", "mainEntityOfPage"});
  SetIfEmpty(&article->language, node, {"inLanguage"});
  if (article->publisher.empty()) {
    if (auto p = node.find("publisher"); p != node.end()) {
      std::vector<std::string> names;
      AddNames(*p, by_id, &names);
      if (!names.empty()) article->publisher = names.front();
    }
  }
  if (article->authors.empty()) {
    if (auto a = node.find("author"); a != node.end()) AddNames(*a, by_id, &article->authors);
    if (article->authors.empty()) {
      if (auto c = node.find("creator"); c != node.end()) AddNames(*c, by_id, &article->authors);
    }
  }
  if (article->sections.empty()) {
    if (auto s = node.find("articleSection"); s != node.end())
      AddStrings(*s, &article->sections, false);
  }
  if (article->keywords.empty()) {
    if (auto k = node.find("keywords"); k != node.end()) AddStrings(*k, &article->keywords, true);
  }
}

}  // namespace concord
