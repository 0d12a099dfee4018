#include "indexer/document_codec.h"

#include "common/error.h"
#include "common/fnv_hash.h"

namespace concord {

namespace {

using nlohmann::json;

std::string StringField(const json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return "";
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number()) return it->dump();
  throw Error(Status::Code::kInvalidArgument, std::string("field \"") + key + "\" must be a string");
}

std::vector<std::string> StringList(const json& j, const char* key) {
  std::vector<std::string> out;
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return out;
  if (it->is_string()) {
    if (!it->get<std::string>().empty()) out.push_back(it->get<std::string>());
    return out;
  }
  if (!it->is_array()) {
    throw Error(Status::Code::kInvalidArgument,
                std::string("field \"") + key + "\" must be a string or a list of strings");
  }
  for (const json& v : *it) {
    if (v.is_string()) {
      if (!v.get<std::string>().empty()) out.push_back(v.get<std::string>());
    } else if (v.is_object() && v.contains("name") && v["name"].is_string()) {
      out.push_back(v["name"].get<std::string>());  // {"name": "..."} author objects
    } else {
      throw Error(Status::Code::kInvalidArgument,
                  std::string("field \"") + key + "\" must hold strings");
    }
  }
  return out;
}

}  // namespace

nlohmann::json ToJson(const Document& doc) {
  json entities = json::array();
  for (const Entity& e : doc.entities) {
    entities.push_back({{"id", e.id}, {"name", e.name}, {"type", e.type}});
  }
  return {{"id", doc.id},       {"title", doc.title},   {"authors", doc.authors},
          {"date", doc.date},   {"lang", doc.lang},     {"url", doc.url},
          {"source", doc.source}, {"categories", doc.categories}, {"tags", doc.tags},
          {"entities", entities}, {"body", doc.body}};
}

Document DocumentFromJson(const nlohmann::json& j) {
  if (!j.is_object()) throw Error(Status::Code::kInvalidArgument, "a document must be a JSON object");
  Document doc;
  doc.id = StringField(j, "id");
  doc.title = StringField(j, "title");
  doc.authors = j.contains("authors") ? StringList(j, "authors") : StringList(j, "author");
  doc.date = StringField(j, "date");
  doc.lang = StringField(j, "lang");
  doc.url = StringField(j, "url");
  doc.body = StringField(j, "body");
  doc.source = StringField(j, "source");
  doc.categories = StringList(j, "categories");
  doc.tags = StringList(j, "tags");
  if (auto it = j.find("entities"); it != j.end() && it->is_array()) {
    for (const json& e : *it) {
      if (!e.is_object()) continue;
      doc.entities.push_back({StringField(e, "id"), StringField(e, "name"), StringField(e, "type")});
    }
  }
  return doc;
}

std::string ContentHash(const Document& doc) {
  FnvHash h;
  for (const std::string* s : {&doc.id, &doc.title, &doc.date, &doc.lang, &doc.url, &doc.body}) {
    h.Field(*s);
  }
  for (const auto* list : {&doc.authors, &doc.categories, &doc.tags}) {
    for (const std::string& s : *list) h.Field(s);
    h.Field("\x01");
  }
  return h.Hex();
}

}  // namespace concord
