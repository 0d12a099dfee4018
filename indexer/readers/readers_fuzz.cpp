// libFuzzer target: a file as the indexer meets it. The first byte picks the
// file's extension (bit 0 also sets include_unpublished); the content chooses
// the reader (sniff.h, ChooseReader) as in index_run.cpp, and that reader reads
// it under the checks of reader_fuzz.h. The per-reader targets
// (*_reader_fuzz.cpp) go deeper into one format each; this one covers sniffing.
// Built by the fuzz preset (CONCORD_FUZZ); run with scripts/fuzz readers_fuzz.
#include <string>
#include <string_view>

#include "indexer/readers/reader_fuzz.h"
#include "indexer/readers/sniff.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  static const char* const kPaths[] = {"/fuzz/a.txt",   "/fuzz/a.html", "/fuzz/a.xml",
                                       "/fuzz/a.jsonl", "/fuzz/a.atom", "/fuzz/a.rss",
                                       "/fuzz/a.md",    "/fuzz/a"};
  const char* path = kPaths[(data[0] >> 1) % (sizeof kPaths / sizeof kPaths[0])];
  const std::string_view content(reinterpret_cast<const char*>(data + 1), size - 1);
  const std::string_view head = content.substr(0, 4096);
  (void)concord::SniffFormat(head);
  const concord::Reader* reader = concord::ChooseReader(path, head);
  if (reader == nullptr) return 0;  // binary: skipped by the indexer
  return concord::fuzz::FuzzReader(*reader, data, size, path);
}
