#include "indexer/readers/xml_fields.h"

#include "indexer/extract/text_clean.h"
#include "indexer/readers/html_text.h"

namespace concord {

XmlPrefixes::XmlPrefixes(const pugi::xml_node& root) {
  for (pugi::xml_node n = root; n && n.type() == pugi::node_element; n = n.parent()) {
    for (pugi::xml_attribute a : n.attributes()) {
      std::string_view name = a.name();
      if (name == "xmlns")
        declared_.emplace_back(a.value(), "");
      else if (name.starts_with("xmlns:"))
        declared_.emplace_back(a.value(), name.substr(6));
    }
  }
}

std::string XmlPrefixes::For(const std::function<bool(std::string_view uri)>& matches,
                             std::string_view fallback) const {
  for (const auto& [uri, prefix] : declared_) {
    if (matches(uri)) return prefix;
  }
  return std::string(fallback);
}

bool SameNamespace(std::string_view uri, std::string_view base) {
  auto strip = [](std::string_view s) {
    if (s.starts_with("https://"))
      s.remove_prefix(8);
    else if (s.starts_with("http://"))
      s.remove_prefix(7);
    if (s.ends_with("/")) s.remove_suffix(1);
    return s;
  };
  return strip(Trim(uri)) == strip(Trim(base));
}

std::string QualifiedName(std::string_view prefix, std::string_view local) {
  if (prefix.empty()) return std::string(local);
  std::string name(prefix);
  name += ':';
  name += local;
  return name;
}

pugi::xml_node Child(const pugi::xml_node& node, std::string_view prefix, std::string_view local) {
  return node.child(QualifiedName(prefix, local).c_str());
}

std::string RawText(const pugi::xml_node& node) {
  std::string text;
  for (pugi::xml_node child : node.children()) {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata)
      text += child.value();
  }
  return CleanUtf8(text);
}

std::string LineText(const pugi::xml_node& node) { return HtmlToLine(RawText(node)); }

std::string AttributeText(const pugi::xml_node& node, const char* name) {
  return CollapseSpaces(CleanUtf8(node.attribute(name).value()));
}

}  // namespace concord
