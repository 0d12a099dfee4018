// A small real index for the searcher's libFuzzer targets (query_parser_fuzz,
// request_params_fuzz): a few documents in English, Russian and Korean with
// names, authors, dates and entities, so that fields, name keys, wildcards,
// filters, facets and snippets all have something to work on. Built once per
// process in a fresh directory under $TMPDIR (scripts/fuzz points it at its
// work dir) and removed at exit.
#pragma once

#include <concord/index_writer.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

namespace concord::fuzz {

inline const std::string& FuzzIndexPath() {
  static const std::string path = [] {
    const char* tmp = std::getenv("TMPDIR");
    std::string dir = std::string(tmp && *tmp ? tmp : "/tmp") + "/concord-fuzz-XXXXXX";
    if (mkdtemp(dir.data()) == nullptr) {
      std::perror("mkdtemp");
      std::abort();
    }
    static const std::string removed_at_exit = dir;
    std::atexit([] { std::filesystem::remove_all(removed_at_exit); });

    std::unique_ptr<IndexWriter> writer;
    Status s = IndexWriter::Open(dir + "/index", WriterOptions(), &writer);
    const Document docs[] = {
        {"kcna-1",
         "Choe Ryong Hae meets Russian delegation",
         {"KCNA"},
         "2014-11-18",
         "en",
         "http://example.org/1",
         "Choe Ryong Hae, special envoy of Kim Jong Un, met Sergei Lavrov "
         "in Moscow.\n\nThe talks covered the Rajin-Khasan railway and economic agreements.",
         "fuzz",
         {"Diplomacy"},
         {"Russia"},
         {}},
        {"ru-1",
         "Почему Ким не приедет",
         {"Андрей Ланьков"},
         "2015-04-30",
         "ru",
         "",
         "Ким Чен Ын не приедет в Москву на парад. Чхве Рён Хэ встречался с Лавровым.",
         "fuzz",
         {},
         {},
         {}},
        {"ko-1",
         "신년사",
         {},
         "2019-01-01",
         "ko",
         "",
         "김정은 위원장은 신년사에서 최룡해 동지와 함께 경제 건설을 강조하였다.",
         "fuzz",
         {},
         {},
         {}},
        {"seed-1",
         "Trutnev visits Pyongyang",
         {"Marta Quiroga", "Ri Su Yong"},
         "2012-02-29",
         "en",
         "",
         "Yuri Trutnev arrived in Pyongyang. Agreements on the Tumen river bridge and "
         "presidential visits were signed by the presidents.",
         "fuzz",
         {},
         {"trade"},
         {}},
    };
    for (const Document& doc : docs) {
      if (s.ok()) s = writer->Put(doc);
    }
    if (s.ok()) s = writer->Commit();
    if (!s.ok()) {
      std::fprintf(stderr, "fuzz index: %s\n", s.ToString().c_str());
      std::abort();
    }
    return dir + "/index";
  }();
  return path;
}

}  // namespace concord::fuzz
