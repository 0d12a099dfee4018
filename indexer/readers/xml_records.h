// XML exports and feeds read record by record (<item>, <entry>), surviving
// damage: a truncated WordPress export still gives every post before the cut.
#pragma once

#include <functional>
#include <pugixml.hpp>
#include <string_view>

#include "indexer/readers/reader.h"

namespace concord {

struct XmlRecordCallbacks {
  // Called once, before any record, with the document's root element
  // (channel-level data: site, authors, namespace prefixes).
  std::function<void(const pugi::xml_node& root)> on_root;
  // Called for each complete record, in document order.
  std::function<void(const pugi::xml_node& record)> on_record;
};

// Parses content (converted to UTF-8 first when it declares another charset)
// and calls back for each record: an element named record_local (any prefix)
// that is a child of the root or of the root's <channel>.
//
// When the XML breaks, every record complete before the break is read; the
// record cut by it is skipped and reported to errors as "FILE:LINE" with the
// byte offset; reading resumes at the next record after the break, so a
// damaged item in the middle costs only that item, as does a record that
// on_record refuses with Error(kInvalidArgument). Throws Error when nothing
// at all can be read (no root element, or no record before the damage).
void ReadXmlRecords(const SourceFile& file, std::string_view content, std::string_view record_local,
                    const XmlRecordCallbacks& callbacks, const ErrorSink& errors);

// Local part of a qualified name: "wp:status" -> "status", "item" -> "item".
std::string_view LocalName(const char* qualified_name);

}  // namespace concord
