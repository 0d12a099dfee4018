// Embedding concord in a C++ program: open (or create) an index, put a
// document, search it with facets, print the JSON result.
//
//   embed_search INDEX_DIR [QUERY]
//
// Only <concord/concord.h> is used: no Xapian or ICU headers are needed.
#include <concord/concord.h>

#include <cstdio>
#include <iostream>
#include <memory>
#include <string>

namespace {

int Fail(const char* what, const concord::Status& status) {
  std::fprintf(stderr, "embed_search: %s: %s\n", what, status.ToString().c_str());
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: embed_search INDEX_DIR [QUERY]\n");
    return 2;
  }
  const std::string index_dir = argv[1];
  const std::string query = argc > 2 ? argv[2] : "Choe Ryong-hae";

  {
    // The writer holds the index's write lock until it goes out of scope.
    std::unique_ptr<concord::IndexWriter> writer;
    concord::Status status =
        concord::IndexWriter::Open(index_dir, concord::WriterOptions(), &writer);
    if (!status.ok()) return Fail("cannot open the index for writing", status);

    concord::Document doc;
    doc.id = "example.org/2014/11/choe-moscow";  // stable: putting it again replaces it
    doc.title = "Choe Ryong-hae arrives in Moscow as Kim Jong-un's envoy";
    doc.authors = {"Example Desk"};
    doc.date = "2014-11-17";
    doc.lang = "en";
    doc.url = "https://example.org/2014/11/choe-moscow";
    doc.body =
        "Choe Ryong-hae, a secretary of the Workers' Party of Korea, arrived in Moscow on "
        "Monday as the special envoy of Kim Jong-un.\n\n"
        "He is expected to meet Sergei Lavrov and to discuss the Rajin port project.";
    concord::PutResult result;
    status = writer->Put(doc, &result);
    if (!status.ok()) return Fail("cannot index the document", status);
    status = writer->Commit();
    if (!status.ok()) return Fail("cannot commit", status);
    std::fprintf(stderr, "embed_search: %s %s\n", doc.id.c_str(),
                 result == concord::PutResult::kAdded      ? "added"
                 : result == concord::PutResult::kReplaced ? "replaced"
                                                           : "unchanged");
  }

  std::unique_ptr<concord::Searcher> searcher;
  concord::Status status = concord::Searcher::Open(index_dir, &searcher);
  if (!status.ok()) return Fail("cannot open the index for searching", status);

  concord::SearchRequest request;
  request.query = query;
  request.facets = {"author", "year"};
  request.limit = 5;
  concord::SearchResponse response;
  status = searcher->Search(request, &response);
  if (!status.ok()) return Fail("search failed", status);

  std::cout << concord::ToJson(response) << "\n";
  return 0;
}
