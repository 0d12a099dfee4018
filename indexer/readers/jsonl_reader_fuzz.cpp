// libFuzzer target: the JSON Lines reader on any bytes (reader_fuzz.h says what is checked).
// Built by the fuzz preset (CONCORD_FUZZ); run with scripts/fuzz jsonl_reader_fuzz.
#include "indexer/readers/jsonl_reader.h"
#include "indexer/readers/reader_fuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const concord::JsonlReader reader;
  return concord::fuzz::FuzzReader(reader, data, size, "/fuzz/docs.jsonl");
}
