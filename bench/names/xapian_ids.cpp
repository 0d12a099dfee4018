// Raw Xapian for the names evaluation: the ids of the matches of each query
// line, over an index built by bench/peers/xapian_baseline (TermGenerator,
// English stemmer), parsed as that peer parses (QueryParser, STEM_SOME,
// default AND). Output: one JSON line per query, {"query", "ids"} in rank order.
//   xapian_ids DB QUERIES_FILE
#include <xapian.h>

#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: xapian_ids DB QUERIES_FILE\n";
    return 2;
  }
  Xapian::Database db(argv[1]);
  Xapian::QueryParser parser;
  parser.set_database(db);
  parser.set_stemmer(Xapian::Stem("english"));
  parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
  parser.set_default_op(Xapian::Query::OP_AND);
  Xapian::Enquire enquire(db);
  std::ifstream in(argv[2]);
  for (std::string line; std::getline(in, line);) {
    nlohmann::json ids = nlohmann::json::array();
    try {
      enquire.set_query(parser.parse_query(line, Xapian::QueryParser::FLAG_DEFAULT));
      const Xapian::MSet mset = enquire.get_mset(0, db.get_doccount());
      for (auto it = mset.begin(); it != mset.end(); ++it) {
        ids.push_back(nlohmann::json::parse(it.get_document().get_data())["id"]);
      }
    } catch (const Xapian::Error& e) {
      std::cerr << "xapian_ids: '" << line << "': " << e.get_msg() << "\n";
    }
    std::cout << nlohmann::json{{"query", line}, {"ids", ids}}.dump() << "\n";
  }
  return 0;
}
