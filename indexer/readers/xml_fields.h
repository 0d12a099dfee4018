// Reading fields of feed and export records: text of an element whatever its
// namespace prefix, with stray control characters and bad bytes cleaned.
#pragma once

#include <functional>
#include <pugixml.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace concord {

// Prefixes that a document's root declares, looked up by namespace URI.
class XmlPrefixes {
 public:
  explicit XmlPrefixes(const pugi::xml_node& root);
  // The prefix declared for the first namespace URI that matches, or
  // fallback (the conventional prefix) when none does.
  std::string For(const std::function<bool(std::string_view uri)>& matches,
                  std::string_view fallback) const;

 private:
  std::vector<std::pair<std::string, std::string>> declared_;  // uri, prefix ("" default)
};

// True when uri is base (or base without its final '/') in its http:// or
// https:// form: export namespaces in the wild use either.
bool SameNamespace(std::string_view uri, std::string_view base);

// "prefix:local", or local when prefix is "".
std::string QualifiedName(std::string_view prefix, std::string_view local);

// The first child element with this qualified name.
pugi::xml_node Child(const pugi::xml_node& node, std::string_view prefix, std::string_view local);

// All text (text and CDATA) directly in node, as valid UTF-8 without control
// characters. Markup inside CDATA is kept as text.
std::string RawText(const pugi::xml_node& node);

// RawText as one line, with HTML entities decoded and tags removed (titles,
// names and categories often hold "&#8217;" or "&amp;" inside CDATA).
std::string LineText(const pugi::xml_node& node);

// The value of node's attribute `name` as one line of valid UTF-8 without
// control characters ("" when there is none): attribute values are no more
// trustworthy than text (bad bytes become U+FFFD).
std::string AttributeText(const pugi::xml_node& node, const char* name);

}  // namespace concord
