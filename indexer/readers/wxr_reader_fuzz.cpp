// libFuzzer target: the WordPress export (WXR) reader on any bytes (reader_fuzz.h says what is
// checked). Built by the fuzz preset (CONCORD_FUZZ); run with scripts/fuzz wxr_reader_fuzz.
#include "indexer/readers/reader_fuzz.h"
#include "indexer/readers/wxr_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const concord::WxrReader reader;
  return concord::fuzz::FuzzReader(reader, data, size, "/fuzz/export.xml");
}
