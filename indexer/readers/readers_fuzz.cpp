// libFuzzer target for every reader and the text extractors behind them: any
// bytes must give documents, reported problems or an Error, never a crash, a
// hang or an invalid UTF-8 field. Build (clang) and run, from the project root:
//   clang++ -std=c++20 -g -O1 -fsanitize=fuzzer,address,undefined -I. -Iinclude \
//     -DCONCORD_SOURCE_DATA_DIR='"."' -DCONCORD_INSTALL_DATA_DIR='"."' -DCONCORD_VERSION='"0"' \
//     indexer/readers/readers_fuzz.cpp $(ls common/*.cpp analysis/*.cpp indexer/extract/*.cpp \
//     indexer/readers/*.cpp indexer/document_codec.cpp | grep -v -e _test -e _fuzz -e inspect) \
//     -lxapian -licuuc -licui18n -licudata -lpugixml -lgumbo -lcld2 -o /tmp/readers_fuzz
//   CONCORD_DATA_DIR=. /tmp/readers_fuzz -max_len=65536 corpus/
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "common/error.h"
#include "indexer/extract/text_clean.h"
#include "indexer/readers/reader.h"

namespace {

void CheckField(const std::string& field) {
  if (!concord::IsValidUtf8(field)) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  // The first byte picks the reader (so that every one sees every input) and
  // the ReaderOptions; the rest is the file.
  const auto& readers = concord::AllReaders();
  const concord::Reader* reader = readers[data[0] % readers.size()];
  concord::ReaderOptions options;
  options.include_unpublished = (data[0] & 0x80) != 0;
  options.skipped = [](const std::string&, const std::string&, uint64_t) {};
  std::string content(reinterpret_cast<const char*>(data + 1), size - 1);
  concord::SourceFile file{"/fuzz/input", "input", "/fuzz"};
  try {
    reader->Read(
        file, content, options,
        [](concord::Document&& doc) {
          for (const std::string* f : {&doc.id, &doc.title, &doc.date, &doc.lang, &doc.body}) {
            CheckField(*f);
          }
          for (const std::string& a : doc.authors) CheckField(a);
        },
        [](const std::string&, const std::string&) {});
  } catch (const concord::Error&) {
    // A file that cannot be read at all: reported by the caller.
  }
  return 0;
}
