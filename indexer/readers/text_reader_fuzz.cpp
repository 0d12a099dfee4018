// libFuzzer target: the plain-text reader (metadata from the text) on any bytes (reader_fuzz.h says
// what is checked). Built by the fuzz preset (CONCORD_FUZZ); run with scripts/fuzz
// text_reader_fuzz.
#include "indexer/readers/reader_fuzz.h"
#include "indexer/readers/text_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const concord::TextReader reader;
  return concord::fuzz::FuzzReader(reader, data, size, "/fuzz/article.txt");
}
