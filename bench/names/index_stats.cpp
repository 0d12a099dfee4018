// How much of an index the name-key (XN) and entity (XE) terms take:
// distinct terms and postings (within-document frequencies summed) per prefix.
//   index_stats DB
//   index_stats DB --strip-xn OUT   copies DB to OUT without its XN terms, so
//                                   that the on-disk cost of name keys can be
//                                   measured (compact both, compare sizes)
#include <xapian.h>

#include <cstdio>
#include <string>
#include <vector>

int main(int argc, char** argv) {
  if (argc != 2 && !(argc == 4 && std::string(argv[2]) == "--strip-xn")) {
    std::fprintf(stderr, "usage: index_stats DB [--strip-xn OUT]\n");
    return 2;
  }
  Xapian::Database db(argv[1]);
  if (argc == 4) {
    Xapian::WritableDatabase out(argv[3], Xapian::DB_CREATE_OR_OVERWRITE);
    for (auto id = db.postlist_begin(""); id != db.postlist_end(""); ++id) {
      Xapian::Document doc = db.get_document(*id);
      std::vector<std::string> xn;
      for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
        if ((*t).rfind("XN", 0) == 0) xn.push_back(*t);
      }
      for (const std::string& t : xn) doc.remove_term(t);
      out.replace_document(*id, doc);
    }
    for (auto k = db.metadata_keys_begin(); k != db.metadata_keys_end(); ++k) {
      out.set_metadata(*k, db.get_metadata(*k));
    }
    out.commit();
    return 0;
  }
  unsigned long long terms = 0, postings = 0, xn_terms = 0, xn_postings = 0, xe_terms = 0,
                     xe_postings = 0;
  for (auto t = db.allterms_begin(); t != db.allterms_end(); ++t) {
    const std::string term = *t;
    const Xapian::termcount cf = db.get_collection_freq(term);
    const Xapian::doccount tf = t.get_termfreq();
    ++terms;
    postings += cf ? cf : tf;
    if (term.rfind("XN", 0) == 0) ++xn_terms, xn_postings += cf;
    if (term.rfind("XE", 0) == 0) ++xe_terms, xe_postings += tf;
  }
  std::printf(
      "{\"documents\": %u, \"terms\": %llu, \"postings\": %llu, \"xn_terms\": %llu, "
      "\"xn_postings\": %llu, \"xe_terms\": %llu, \"xe_postings\": %llu}\n",
      db.get_doccount(), terms, postings, xn_terms, xn_postings, xe_terms, xe_postings);
  return 0;
}
