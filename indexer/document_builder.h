// Turns a concord Document into the Xapian document that the index stores:
// terms of every field (schema.h), filter terms, value slots and stored data.
#pragma once

#include <concord/document.h>

#include <xapian.h>

#include <string>

namespace concord {

// The key under which an author is filtered and counted: the matching form of
// the name with single spaces ("Nadège Rolland" -> "nadege rolland").
std::string AuthorKey(std::string_view author);

// Completes doc where the reader left gaps (language detected from the text,
// entities extracted, a date that is not a real date dropped) and builds its
// Xapian form. doc is updated in place so callers see what was indexed.
// content_hash is ContentHash() of the document as the reader gave it.
Xapian::Document BuildXapianDocument(Document& doc, const std::string& content_hash);

}  // namespace concord
