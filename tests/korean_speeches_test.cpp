// Hangul search on the 73 Korean New Year speeches (../shared/data/ko-new-year),
// with grep as the truth: a file "contains" a word when the word's bytes
// occur in it. The default tests check concord's analysis (and the binaries
// end to end); [.measure] prints the comparison of the three approaches that
// docs/analysis.md reports: concord's positional syllable n-grams, Xapian's
// CJK n-grams, and particle stripping.
#include <xapian.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "analysis/analyzer.h"
#include "tests/test_support.h"

using concord::test::TempDir;
namespace fs = std::filesystem;

namespace {

struct Speech {
  std::string name;  // "1946.txt"
  std::string text;
};

std::vector<Speech> LoadSpeeches() {
  std::vector<Speech> speeches;
  for (const auto& entry : fs::directory_iterator(concord::test::SharedDataDir() / "ko-new-year")) {
    if (entry.path().extension() != ".txt") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    speeches.push_back({entry.path().filename().string(), text.str()});
  }
  std::sort(speeches.begin(), speeches.end(),
            [](const Speech& a, const Speech& b) { return a.name < b.name; });
  return speeches;
}

// Words of the speeches from very common (인민: every file) to rare (녀성: 3
// files), one to four syllables, nouns that appear inside compounds.
const std::vector<std::string> kWords = {
    "통일",     "경제",     "인민",     "혁명", "당",     "핵",       "쌀",
    "조국통일", "사회주의", "인민경제", "미제", "핵무기", "자력갱생", "선군",
    "주체사상", "천리마",   "비핵화",   "대학", "쏘련",   "토지개혁", "협동조합",
    "수령",     "세포",     "강성국가", "병진", "녀성",   "장군님",   "평화"};

using Names = std::set<std::string>;

Names FilesContaining(const std::vector<Speech>& speeches, const std::string& word) {
  Names names;
  for (const Speech& s : speeches) {
    if (s.text.find(word) != std::string::npos) names.insert(s.name);
  }
  return names;
}

// One way of indexing and querying Hangul.
struct Approach {
  std::string name;
  std::function<void(const std::string& text, Xapian::Document& doc)> index;
  std::function<Xapian::Query(const std::string& word)> query;
};

struct Score {
  size_t truth = 0, found = 0, right = 0;
  double coverage() const { return truth ? double(right) / truth : 1.0; }
  double precision() const { return found ? double(right) / found : 1.0; }
};

class SpeechIndex {
 public:
  SpeechIndex(const TempDir& tmp, const std::vector<Speech>& speeches, const Approach& approach)
      : path_(tmp / approach.name), approach_(approach) {
    Xapian::WritableDatabase db(path_, Xapian::DB_CREATE_OR_OVERWRITE);
    for (const Speech& s : speeches) {
      Xapian::Document doc;
      doc.set_data(s.name);
      approach.index(s.text, doc);
      for (Xapian::TermIterator t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
        positions_ += t.positionlist_count();
        postings_ += 1;
      }
      db.add_document(doc);
    }
    db.commit();
    db_ = Xapian::Database(path_);
  }

  Names Find(const std::string& word) const {
    Xapian::Enquire enquire(db_);
    enquire.set_query(approach_.query(word));
    Names names;
    Xapian::MSet mset = enquire.get_mset(0, db_.get_doccount());
    for (Xapian::MSetIterator it = mset.begin(); it != mset.end(); ++it) {
      names.insert(it.get_document().get_data());
    }
    return names;
  }

  Score Measure(const std::string& word, const Names& truth) const {
    Names found = Find(word);
    Score s{truth.size(), found.size(), 0};
    for (const std::string& n : found) s.right += truth.count(n);
    return s;
  }

  uint64_t DiskBytes() const {
    uint64_t bytes = 0;
    for (const auto& f : fs::directory_iterator(path_)) bytes += f.file_size();
    return bytes;
  }
  uint64_t positions() const { return positions_; }
  uint64_t postings() const { return postings_; }
  uint64_t UniqueTerms() const {
    uint64_t count = 0;
    for (Xapian::TermIterator t = db_.allterms_begin(); t != db_.allterms_end(); ++t) ++count;
    return count;
  }

 private:
  std::string path_;
  Approach approach_;
  Xapian::Database db_;
  uint64_t positions_ = 0;  // term positions stored, all documents
  uint64_t postings_ = 0;   // (term, document) pairs
};

Approach ConcordNgrams() {
  return {"concord-ngrams",
          [](const std::string& text, Xapian::Document& doc) {
            Xapian::termpos pos = 0;
            concord::IndexText(text, "ko", "", doc, &pos);
          },
          [](const std::string& word) { return concord::TextQuery(word, "", {"en"}); }};
}

Approach XapianCjkNgrams() {
  return {"xapian-cjk-ngram",
          [](const std::string& text, Xapian::Document& doc) {
            Xapian::TermGenerator generator;
            generator.set_flags(Xapian::TermGenerator::FLAG_CJK_NGRAM);
            generator.set_document(doc);
            generator.index_text(text);
          },
          [](const std::string& word) {
            Xapian::QueryParser parser;
            return parser.parse_query(
                word, Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_CJK_NGRAM);
          }};
}

// Particle stripping: each Hangul word is indexed as written and without its
// longest trailing particle (case markers, topic and additive particles,
// postpositions, the copula); the query word is stripped the same way.
std::string StripParticle(const std::string& word) {
  static const char* const kParticles[] = {
      "에서는", "에게서", "으로써", "으로서", "으로는", "에서도", "에서의", "까지도",
      "이라는", "이라고", "이였다", "에서",   "에게",   "으로",   "로써",   "로서",
      "로는",   "부터",   "까지",   "마저",   "조차",   "보다",   "처럼",   "만큼",
      "과의",   "와의",   "에는",   "에도",   "이며",   "이고",   "이나",   "이란",
      "라는",   "라고",   "이다",   "와",     "과",     "을",     "를",     "이",
      "가",     "은",     "는",     "의",     "에",     "로",     "도",     "만"};
  for (const char* particle : kParticles) {  // longest first
    const std::string p(particle);
    if (word.size() > p.size() + 2 && word.ends_with(p))
      return word.substr(0, word.size() - p.size());
  }
  return word;
}

Approach ParticleStripping() {
  return {"particle-stripping",
          [](const std::string& text, Xapian::Document& doc) {
            Xapian::termpos pos = 0;
            for (const concord::Token& t : concord::Tokenize(text)) {
              doc.add_posting(t.text, ++pos);
              if (t.script == concord::Script::kHangul) doc.add_posting(StripParticle(t.text), pos);
            }
          },
          [](const std::string& word) { return Xapian::Query(StripParticle(word)); }};
}

}  // namespace

TEST_CASE("Korean speeches: common words are found with >=95% coverage and precision", "[korean]") {
  const std::vector<Speech> speeches = LoadSpeeches();
  REQUIRE(speeches.size() == 73);
  TempDir tmp;
  SpeechIndex index(tmp, speeches, ConcordNgrams());
  for (const std::string& word : kWords) {
    const Names truth = FilesContaining(speeches, word);
    const Score s = index.Measure(word, truth);
    INFO(word << ": " << s.truth << " files contain it, " << s.found << " found, " << s.right
              << " right");
    CHECK(s.coverage() >= 0.95);
    CHECK(s.precision() >= 0.95);
  }
}

TEST_CASE("Korean speeches: particles and compounds through the real binaries", "[korean][cli]") {
  using concord::test::BinaryPath;
  using concord::test::Run;
  const std::vector<Speech> speeches = LoadSpeeches();
  TempDir tmp;
  const std::string db = tmp / "index";
  auto indexed =
      Run(BinaryPath("concord-index"),
          {"--db", db, "--quiet", (concord::test::SharedDataDir() / "ko-new-year").string()});
  INFO(indexed.err);
  REQUIRE(indexed.exit_code == 0);
  for (const std::string word : {"통일", "경제", "인민", "혁명", "조국통일", "비핵화"}) {
    auto r = Run(BinaryPath("concord-search"), {"--db", db, "--json", "--limit", "100", word});
    INFO(word << ": " << r.err);
    REQUIRE(r.exit_code == 0);
    const nlohmann::json response = nlohmann::json::parse(r.out);
    Names found;
    for (const auto& hit : response["results"]) {
      found.insert(hit["id"].get<std::string>());
    }
    const Names truth = FilesContaining(speeches, word);
    size_t right = 0;
    for (const std::string& id : found) right += truth.count(id);
    CHECK(right >= 0.95 * truth.size());
    CHECK(right >= 0.95 * found.size());
  }
}

TEST_CASE("Korean speeches: n-grams vs particle stripping, measured", "[.measure]") {
  const std::vector<Speech> speeches = LoadSpeeches();
  TempDir tmp;
  std::vector<Approach> approaches = {ConcordNgrams(), XapianCjkNgrams(), ParticleStripping()};
  std::vector<std::unique_ptr<SpeechIndex>> indexes;
  for (const Approach& a : approaches)
    indexes.push_back(std::make_unique<SpeechIndex>(tmp, speeches, a));
  std::printf("%-10s %5s", "word", "grep");
  for (const Approach& a : approaches) std::printf(" | %-22s", a.name.c_str());
  std::printf("\n");
  std::vector<Score> totals(approaches.size());
  std::vector<double> worst_cov(approaches.size(), 1), worst_prec(approaches.size(), 1);
  for (const std::string& word : kWords) {
    const Names truth = FilesContaining(speeches, word);
    std::printf("%-10s %5zu", word.c_str(), truth.size());
    for (size_t i = 0; i < approaches.size(); ++i) {
      const Score s = indexes[i]->Measure(word, truth);
      std::printf(" | found %3zu cov %5.1f%% prec %5.1f%%", s.found, 100 * s.coverage(),
                  100 * s.precision());
      totals[i].truth += s.truth;
      totals[i].found += s.found;
      totals[i].right += s.right;
      worst_cov[i] = std::min(worst_cov[i], s.coverage());
      worst_prec[i] = std::min(worst_prec[i], s.precision());
    }
    std::printf("\n");
  }
  for (size_t i = 0; i < approaches.size(); ++i) {
    std::printf(
        "%-20s overall coverage %5.1f%% precision %5.1f%%, worst word %5.1f%% / %5.1f%%, "
        "%llu unique terms, %llu postings, %llu positions, %llu KB on disk\n",
        approaches[i].name.c_str(), 100 * totals[i].coverage(), 100 * totals[i].precision(),
        100 * worst_cov[i], 100 * worst_prec[i],
        static_cast<unsigned long long>(indexes[i]->UniqueTerms()),
        static_cast<unsigned long long>(indexes[i]->postings()),
        static_cast<unsigned long long>(indexes[i]->positions()),
        static_cast<unsigned long long>(indexes[i]->DiskBytes() / 1024));
  }
  SUCCEED();
}
