#include "indexer/readers/xml_records.h"

#include <algorithm>
#include <string>

#include "common/error.h"
#include "indexer/extract/charset.h"
#include "indexer/extract/text_clean.h"

namespace concord {

namespace {

size_t LineOf(std::string_view text, size_t offset) {
  offset = std::min(offset, text.size());
  return 1 + static_cast<size_t>(std::count(text.begin(), text.begin() + offset, '\n'));
}

bool IsNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ':' ||
         c == '_' || c == '-' || c == '.';
}

// Offset of the next start tag "<local" or "<prefix:local" at or after from.
size_t NextStartTag(std::string_view text, size_t from, std::string_view local) {
  for (size_t pos = text.find('<', from); pos != std::string_view::npos;
       pos = text.find('<', pos + 1)) {
    size_t end = pos + 1;
    while (end < text.size() && IsNameChar(text[end])) ++end;
    std::string_view name = text.substr(pos + 1, end - pos - 1);
    if (LocalName(std::string(name).c_str()) == local && end < text.size() &&
        (text[end] == '>' || text[end] == ' ' || text[end] == '\t' || text[end] == '\n' ||
         text[end] == '\r')) {
      return pos;
    }
  }
  return std::string_view::npos;
}

// Offset just past the last end tag "</local>" (any prefix) in text, or 0.
size_t EndOfLastRecord(std::string_view text, std::string_view local) {
  for (size_t pos = text.rfind("</"); pos != std::string_view::npos && pos > 0;
       pos = text.rfind("</", pos - 1)) {
    size_t end = pos + 2;
    while (end < text.size() && IsNameChar(text[end])) ++end;
    std::string name(text.substr(pos + 2, end - pos - 2));
    if (LocalName(name.c_str()) == local) {
      size_t close = text.find('>', end);
      return close == std::string_view::npos ? 0 : close + 1;
    }
  }
  return 0;
}

// Records are children of the root or of its <channel> (not of channels
// nested deeper: a hostile file may nest them 100,000 deep).
void CollectRecords(const pugi::xml_node& parent, std::string_view local,
                    std::vector<pugi::xml_node>* out, bool in_channel = false) {
  for (pugi::xml_node child : parent.children()) {
    if (child.type() != pugi::node_element) continue;
    std::string_view name = LocalName(child.name());
    if (name == local) {
      out->push_back(child);
    } else if (name == "channel" && !in_channel) {
      CollectRecords(child, local, out, true);
    }
  }
}

}  // namespace

std::string_view LocalName(const char* qualified_name) {
  std::string_view name(qualified_name);
  size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

void ReadXmlRecords(const SourceFile& file, std::string_view raw, std::string_view local,
                    const XmlRecordCallbacks& callbacks, const ErrorSink& errors) {
  std::string_view content = raw;
  std::string converted;  // only for a document in a legacy charset
  if (!IsValidUtf8(raw)) {
    bool did_convert = false;
    converted = ToUtf8(raw, DeclaredCharset(raw), &did_convert);
    if (did_convert) content = converted;
  }
  size_t records_read = 0;
  bool root_seen = false;
  size_t base = 0;  // offset in content of the text being parsed
  std::string_view text = content;
  unsigned options = pugi::parse_default;
  while (true) {
    pugi::xml_document doc;
    pugi::xml_parse_result result =
        doc.load_buffer(text.data(), text.size(), options, pugi::encoding_utf8);
    if (!root_seen) {
      pugi::xml_node root = doc.document_element();
      if (!root) {
        throw Error(Status::Code::kInvalidArgument,
                    "not readable as XML at byte " + std::to_string(result.offset) + " (line " +
                        std::to_string(LineOf(content, result.offset)) +
                        "): " + result.description());
      }
      root_seen = true;
      if (callbacks.on_root) callbacks.on_root(root);
    }
    std::vector<pugi::xml_node> records;
    if (options & pugi::parse_fragment) {
      for (pugi::xml_node n : doc.children()) {
        if (n.type() == pugi::node_element && LocalName(n.name()) == local) records.push_back(n);
      }
    } else {
      CollectRecords(doc.document_element(), local, &records);
    }
    // A record that cannot be read (e.g. HTML content nested too deep) costs
    // only that record.
    auto read = [&](const pugi::xml_node& record) {
      try {
        callbacks.on_record(record);
      } catch (const Error& e) {
        if (e.code() != Status::Code::kInvalidArgument) throw;
        size_t line = LineOf(content, base + static_cast<size_t>(record.offset_debug()));
        errors(file.path + ":" + std::to_string(line),
               std::string(e.what()) + "; the <" + std::string(local) + "> was skipped");
      }
    };
    if (result) {
      for (const pugi::xml_node& r : records) read(r);
      return;
    }
    // The parse broke at error: the last record is complete only when its end
    // tag comes before the break.
    size_t error = static_cast<size_t>(result.offset);
    size_t cut_start = std::string_view::npos;
    if (!records.empty()) {
      size_t last_start = static_cast<size_t>(records.back().offset_debug());
      if (EndOfLastRecord(text.substr(0, error), local) <= last_start) {
        cut_start = last_start;
        records.pop_back();
      }
    }
    for (const pugi::xml_node& r : records) read(r);
    records_read += records.size();
    size_t from = std::max<size_t>(
        {error, cut_start == std::string_view::npos ? 0 : cut_start + 1, 1});  // always moves on
    size_t resume = NextStartTag(text, from, local);
    std::string reason =
        "XML breaks at byte " + std::to_string(base + error) + " (" + result.description() + ")";
    if (cut_start != std::string_view::npos) {
      reason += "; the <" + std::string(local) + "> starting at line " +
                std::to_string(LineOf(content, base + cut_start)) +
                " is incomplete and was skipped";
    }
    reason += resume == std::string_view::npos
                  ? "; everything before it was read (is the file complete?)"
                  : "; reading resumed at line " + std::to_string(LineOf(content, base + resume));
    if (records_read == 0 && resume == std::string_view::npos) {
      throw Error(Status::Code::kInvalidArgument,
                  reason + "; no complete <" + std::string(local) + "> could be read");
    }
    errors(file.path + ":" + std::to_string(LineOf(content, base + error)), reason);
    if (resume == std::string_view::npos) return;
    size_t end = EndOfLastRecord(text, local);
    if (end <= resume) return;
    base += resume;
    text = text.substr(resume, end - resume);
    options = pugi::parse_default | pugi::parse_fragment;
  }
}

}  // namespace concord
