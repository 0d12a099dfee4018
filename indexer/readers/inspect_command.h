// `concord-index inspect [--include-unpublished] FILE...`: what would be
// indexed from each file, as JSON, one object per document per line: the tool
// to run when a facet looks wrong.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace concord {

// args: files, and optionally "--include-unpublished" anywhere among them.
// Each document is completed exactly as indexing completes it (language
// detection, entities, invalid dates dropped) and printed with "file",
// "format", "id", "title", "authors", "date", "lang", "url", "source",
// "categories", "tags", "entities", "body_length" (characters), "body_start"
// and "body_end" (up to 200 characters each). Problems and what a reader left
// out on purpose go to stderr. Returns the exit code: 0, 1 when something
// could not be read, 2 when a file does not exist or cannot be opened.
int InspectFiles(const std::vector<std::string>& args, std::ostream& out);

}  // namespace concord
