// libFuzzer target: the Atom reader on any bytes (reader_fuzz.h says what is checked).
// Built by the fuzz preset (CONCORD_FUZZ); run with scripts/fuzz atom_reader_fuzz.
#include "indexer/readers/atom_reader.h"
#include "indexer/readers/reader_fuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const concord::AtomReader reader;
  return concord::fuzz::FuzzReader(reader, data, size, "/fuzz/feed.atom");
}
