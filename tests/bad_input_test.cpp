// The bad-input matrix (issue #12), black-box: hostile files and queries
// against a real index built by the built concord-index and concord-search.
//
// Every file row: concord-index exits 0 or 1 (never a signal, never 4 for one
// bad file), names the file and the reason on stderr, indexes the good file
// beside it, leaves the index answering as before, and `status` still works.
// Every query row: concord-search exits 0 (with or without results) or 2 with
// one line, never a crash; the index answers as before afterwards.
#include <fcntl.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <functional>
#include <nlohmann/json.hpp>
#include <random>
#include <set>
#include <sstream>

#include "indexer/readers/reader_testing.h"
#include "tests/cli_helpers.h"
#include "tests/test_support.h"

using namespace concord::test;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

std::string Repeat(const std::string& s, size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (size_t i = 0; i < n; ++i) out += s;
  return out;
}

std::string Random(size_t n, unsigned seed) {
  std::mt19937 rng(seed);
  std::string out(n, '\0');
  for (char& c : out) c = static_cast<char>(rng() & 0xFF);
  return out;
}

// A file of size bytes that takes no room on disk.
void WriteSparse(const std::string& path, off_t size) {
  int fd = open(path.c_str(), O_CREAT | O_WRONLY | O_TRUNC, 0644);
  REQUIRE(fd >= 0);
  REQUIRE(ftruncate(fd, size) == 0);
  close(fd);
}

// text up to the n-th occurrence of marker, then cut bytes into what follows it.
std::string CutAfter(const std::string& text, const std::string& marker, int n, size_t bytes) {
  size_t pos = std::string::npos;
  for (int i = 0; i < n; ++i) pos = text.find(marker, pos == std::string::npos ? 0 : pos + 1);
  REQUIRE(pos != std::string::npos);
  return text.substr(0, pos + bytes);
}

std::string Corpus(const std::string& path) { return ReadFileText(SourceDir() / "corpus" / path); }

// What the index answers about the documents it held before the bad input:
// per probe query, the set of those documents found. New documents may join
// the answers (the feeds also mention Russia), none of the old may leave.
const char* const kProbes[] = {
    "Russia",      "\"friend in need\"", "Choe Ryong-hae", "Kim Jong Il",        "ko*",
    "title:Korea", "date:2011-12",       "railway -coal",  "Moscow OR Pyongyang"};

json Answers(const TempDir& tmp, const std::string& db, const std::set<std::string>& among) {
  std::string queries;
  for (const char* q : kProbes) queries += std::string(q) + "\n";
  WriteFile(tmp / "probes.txt", queries);
  auto r = Run(BinaryPath("concord-search"),
               {"--db", db, "--limit", "1000", "--batch", tmp / "probes.txt"});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  json answers = json::array();
  std::istringstream lines(r.out);
  for (std::string line; std::getline(lines, line);) {
    json j = json::parse(line);
    std::set<std::string> ids;
    for (const json& hit : j["results"]) {
      std::string id = hit["id"];
      if (among.count(id)) ids.insert(id);
    }
    answers.push_back({{"query", j["query"]}, {"ids", ids}});
  }
  REQUIRE(answers.size() == std::size(kProbes));
  return answers;
}

std::set<std::string> AllIds(const std::string& db) {
  std::set<std::string> ids;
  const json all = Search(db, {"--all", "--limit", "1000"});
  for (const json& hit : all["results"]) ids.insert(hit["id"].get<std::string>());
  return ids;
}

int Documents(const std::string& db) { return Status(db)["documents"].get<int>(); }

int Total(const std::string& db, const std::string& query) {
  return Search(db, {"--limit", "0", query})["total"].get<int>();
}

// The line of stderr that names file, or "".
std::string LineNaming(const std::string& err, const std::string& file) {
  std::istringstream lines(err);
  for (std::string line; std::getline(lines, line);) {
    if (line.find("/" + file) != std::string::npos) return line;
  }
  return "";
}

struct FileRow {
  std::string what;
  std::string file;                                 // the bad file's name
  std::function<std::string()> content;             // its bytes (unless written by write)
  std::string reason{};                             // on its stderr line; "" when it reads well
  int documents = 0;                                // it still gives (repaired, good parts)
  std::string found{};                              // a query those documents answer
  std::function<void(const std::string&)> write{};  // writes the file itself
};

std::vector<FileRow> FileRows() {
  const std::string bad = (SourceDir() / "tests/data/bad").string();
  const std::string wxr = Corpus("wordpress/peninsulawatch.wordpress.2015-06-20.xml");
  const std::string rss = Corpus("feeds/krdesk-rss2.xml");
  const std::string atom = Corpus("feeds/apnotes-atom.xml");
  const size_t deep = 100000;
  const size_t very_deep = 1000000;
  return {
      {"invalid UTF-8 text", "invalid-utf8.txt",
       [=] { return ReadFileText(bad + "/invalid-utf8.txt"); }, "invalid UTF-8", 1, "Pohang"},
      {"invalid UTF-8 HTML", "bad-bytes.html",
       [] {
         return "<!doctype html><html><head><title>Sokcho \xff\xfe harbour</title></head><body>"
                "<article><h1>Sokcho \xc3\x28 harbour</h1><p>Fishing boats \xed\xa0\x80 return "
                "to Sokcho \xc0\xaf after the storm.</p></article></body></html>";
       },
       "invalid UTF-8", 1, "Sokcho"},
      {"invalid UTF-8 JSONL line", "bad-bytes.jsonl",
       [] {
         return "{\"title\":\"Wonsan \xff ferry\",\"body\":\"The Wonsan \xc3\x28 ferry sailed.\"}\n"
                "\xff\xfe{\"title\":\n";
       },
       "invalid UTF-8", 1, "Wonsan"},
      {"random bytes with NULs", "binary.bin", [=] { return ReadFileText(bad + "/binary.bin"); },
       "binary"},
      {"ELF header", "program",
       [] { return std::string(1, '\x7f') + "ELF\x02\x01\x01" + Random(8000, 1); }, "binary"},
      {"PNG header", "picture.png",
       [] { return std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) + Random(8000, 2); }, "binary"},
      {"text with NUL bytes", "nul.txt",
       [] { return Article("Title", "Body") + std::string(64, '\0') + "tail"; }, "binary"},
      {"empty file", "empty.txt", [] { return ""; }, "empty file"},
      {"only white space", "blank.txt", [] { return " \n\n\t \r\n "; }, "empty"},
      {"1 GB sparse file", "huge.txt", nullptr, "larger than the limit", 0, "",
       [](const std::string& path) { WriteSparse(path, off_t{1} << 30); }},
      {"WXR cut in the middle of an element", "cut-export.xml",
       [=] { return CutAfter(wxr, "<wp:post_id>104", 1, 5); }, "XML breaks at byte", 3,
       "\"Paying in Rubles\""},
      {"RSS cut in the middle of an element", "cut-feed.xml",
       [=] { return CutAfter(rss, "<link>", 5, 3); }, "XML breaks at byte", 2,
       "\"Will Not Attend Victory Day\""},
      {"Atom cut in the middle of an element", "cut-atom.xml",
       [=] { return CutAfter(atom, "<title", 3, 4); }, "XML breaks at byte", 1,
       "\"Kim Yong-nam on Red Square\""},
      {"XML nested 100,000 deep", "deep.xml",
       [=] { return "<?xml version=\"1.0\"?><root>" + Repeat("<x>", deep) + "text"; },
       "nested more than 512 deep"},
      {"HTML nested 1,000,000 deep", "deep.html",
       [=] { return "<!doctype html><html><body>" + Repeat("<div>", very_deep) + "text"; },
       "nested more than 512 deep"},
      {"HTML of unclosed formatting elements", "formatting.html",
       [=] { return "<!doctype html><html><body><p>" + Repeat("<b id=x><i>", deep) + "text"; },
       "nested more than 512 deep"},
      {"RSS item whose HTML is nested 100,000 deep", "deep-item.xml",
       [=] {
         return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>c</title>\n"
                "<item><title>Deep</title><description>" +
                Repeat("&lt;div&gt;", deep) +
                "</description></item>\n<item><title>Chongjin market</title><description>"
                "Traders in Chongjin.</description></item></channel></rss>";
       },
       "nested more than 512 deep", 1, "Chongjin"},
      {"Atom entry of XHTML nested 100,000 deep", "deep-entry.xml",
       [=] {
         return "<?xml version=\"1.0\"?><feed "
                "xmlns=\"http://www.w3.org/2005/Atom\"><title>f</title>"
                "<entry><id>deep</id><title>Deep</title><content type=\"xhtml\">" +
                Repeat("<div>", deep) + "x" + Repeat("</div>", deep) +
                "</content></entry><entry><id>good</id><title>Kaesong tour</title>"
                "<content type=\"text\">Tours of Kaesong resume.</content></entry></feed>";
       },
       "nested more than 512 deep", 1, "Kaesong"},
      {"RSS channels nested 100,000 deep", "deep-channels.xml",
       [=] {
         return "<?xml version=\"1.0\"?><rss version=\"2.0\">" + Repeat("<channel>", deep) +
                "<item><title>t</title></item>" + Repeat("</channel>", deep) + "</rss>";
       },
       ""},
      {"HTML with JSON-LD nested 100,000 deep", "deep-ld.html",
       [=] {
         return "<!doctype html><html><head><script type=\"application/ld+json\">"
                "{\"@type\":\"NewsArticle\",\"keywords\":" +
                Repeat("[", deep) + "\"k\"" + Repeat("]", deep) +
                "}</script></head><body><article><h1>Hamhung plant</h1><p>The Hamhung plant "
                "reopened.</p></article></body></html>";
       },
       "", 1, "Hamhung"},
      {"JSONL line [[[[... 1,000,000 deep", "arrays.jsonl",
       [=] { return Repeat("[", very_deep) + Repeat("]", very_deep) + "\n"; }, "not a JSON object"},
      {"JSONL line {\"a\":{\"a\":... 1,000,000 deep", "objects.jsonl",
       [=] { return Repeat("{\"a\":", very_deep) + "1" + Repeat("}", very_deep) + "\n"; },
       "neither \"title\" nor \"body\""},
      {"JSONL field nested 1,000,000 deep", "field.jsonl",
       [=] {
         return "{\"title\":\"t\",\"body\":\"b\",\"tags\":" + Repeat("[", very_deep) +
                Repeat("]", very_deep) + "}\n";
       },
       "must hold strings"},
      {"JSONL line of 4 MB", "long.jsonl",
       [] {
         return "{\"title\":\"Sinuiju bridge\",\"body\":\"" +
                Repeat("Sinuiju bridge traffic. ", 170000) + "\"}";  // and no final newline
       },
       "", 1, "Sinuiju"},
      {"text of one 4 MB line without spaces", "long-line.txt",
       [] { return "Nampo dock\n\n" + Repeat("x", 4 << 20) + "\n"; }, "", 1, "Nampo"},
  };
}

const char* const kGoodWords[] = {
    "aardwolf", "bandicoot", "caracal",  "dugong",  "echidna",   "fossa",  "gharial",
    "hoatzin",  "jerboa",    "kinkajou", "loris",   "margay",    "numbat", "okapi",
    "pangolin", "quoll",     "serval",   "tarsier", "urial",     "vicuna", "wombat",
    "xerus",    "yapok",     "zorilla",  "axolotl", "binturong", "coati",  "dikdik"};

// An index of the seed articles and 200 KCNA stories.
std::string BuildIndex(const TempDir& tmp) {
  std::string db = tmp / "index";
  WriteKcnaSample(tmp / "kcna.jsonl", 200);
  auto r = Index({"--db", db, (SourceDir() / "corpus/seeds").string(), tmp / "kcna.jsonl"});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  return db;
}

}  // namespace

TEST_CASE("bad input: every bad file is reported and skipped, the index stays intact",
          "[bad-input][index]") {
  TempDir tmp;
  const std::string db = BuildIndex(tmp);
  const std::set<std::string> old_ids = AllIds(db);
  REQUIRE(old_ids.size() == 205);
  const json before = Answers(tmp, db, old_ids);
  const std::vector<FileRow> rows = FileRows();
  REQUIRE(rows.size() <= std::size(kGoodWords));
  for (size_t i = 0; i < rows.size(); ++i) {
    const FileRow& row = rows[i];
    INFO("row: " << row.what);
    fs::path dir = tmp.path() / ("row" + std::to_string(i));
    fs::create_directories(dir);
    if (row.write) {
      row.write((dir / row.file).string());
    } else {
      WriteFile(dir / row.file, row.content());
    }
    const std::string word = kGoodWords[i];
    WriteFile(dir / (word + ".txt"), Article("Control story " + word, "A " + word + " was seen."));
    const int documents = Documents(db);

    auto start = std::chrono::steady_clock::now();
    auto r = Index({"--db", db, dir.string()});
    double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    INFO("stderr: " << r.err);
    CHECK(seconds < 10);
    if (row.reason.empty()) {
      CHECK(r.exit_code == 0);
    } else {
      CHECK(r.exit_code == 1);
      std::string line = LineNaming(r.err, row.file);
      CHECK(line.find("skipped") != std::string::npos);
      CHECK(line.find(row.reason) != std::string::npos);
    }
    // The good file beside it, and what the bad file still gave, are indexed.
    CHECK(Total(db, word) == 1);
    if (!row.found.empty()) CHECK(Total(db, row.found) >= 1);
    CHECK(Documents(db) == documents + 1 + row.documents);
    CHECK(Answers(tmp, db, old_ids) == before);
  }
  CHECK(AllIds(db).size() == static_cast<size_t>(Documents(db)));
}

TEST_CASE("bad input: files over the size limit are not read", "[bad-input][index]") {
  TempDir tmp;
  WriteSparse(tmp / "huge.jsonl", off_t{1} << 30);
  WriteSparse(tmp / "small.txt", off_t{3} << 20);
  // inspect has the same limit as indexing: no 1 GB read into memory.
  auto start = std::chrono::steady_clock::now();
  auto inspect = Run(BinaryPath("concord-index"), {"inspect", tmp / "huge.jsonl"});
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(5));
  INFO(inspect.err);
  CHECK(inspect.exit_code == 1);
  CHECK(inspect.err.find("huge.jsonl: file of 1024 MB is larger than the limit of 256 MB") !=
        std::string::npos);
  // --max-file-mb lowers the limit.
  auto r = Index({"--db", tmp / "index", "--max-file-mb", "2", tmp / "small.txt"});
  INFO(r.err);
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("small.txt: file of 3 MB is larger than the limit of 2 MB (--max-file-mb)") !=
        std::string::npos);
  CHECK(Status(tmp / "index")["documents"] == 0);
}

TEST_CASE("bad input: documents over the size limit are skipped, the others indexed",
          "[bad-input][index]") {
  TempDir tmp;
  const std::string big = R"({"id":"big","title":"Big","body":")" + Repeat("Rajin port. ", 300000) +
                          "\"}\n";  // 3.4 MB
  WriteFile(tmp / "mixed.jsonl",
            big + R"({"id":"small","title":"Small","body":"The port of Rajin."})" "\n");
  auto r = Index({"--db", tmp / "index", "--max-doc-mb", "2", tmp / "mixed.jsonl"});
  INFO(r.err);
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("mixed.jsonl (big): document of 3 MB is larger than the limit of 2 MB "
                   "(--max-doc-mb)") != std::string::npos);
  CHECK(Status(tmp / "index")["documents"] == 1);
  // The default limit (16 MB) takes it.
  r = Index({"--db", tmp / "index", tmp / "mixed.jsonl"});
  CHECK(r.exit_code == 0);
  CHECK(Status(tmp / "index")["documents"] == 2);
  CHECK(Index({"--db", tmp / "index", "--max-doc-mb", "0", tmp / "mixed.jsonl"}).exit_code == 2);
}

TEST_CASE("bad input: a feed or JSONL file with no documents gets a note, not a failure",
          "[bad-input][index]") {
  TempDir tmp;
  WriteFile(tmp / "empty.rss",
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>x</title></channel></rss>\n");
  WriteFile(tmp / "blank.jsonl", "\n\n");
  WriteFile(tmp / "one.jsonl", R"({"id":"a","title":"Rajin","body":"The port of Rajin."})" "\n");
  // Index() passes --quiet: the note shows even then.
  auto r = Index({"--db", tmp / "index", tmp / "empty.rss", tmp / "blank.jsonl", tmp / "one.jsonl"});
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK(r.err.find("empty.rss holds no documents (read as rss)") != std::string::npos);
  CHECK(r.err.find("blank.jsonl holds no documents (read as jsonl)") != std::string::npos);
  CHECK(r.err.find("one.jsonl holds") == std::string::npos);
  CHECK(Status(tmp / "index")["documents"] == 1);
}

TEST_CASE("bad input: hostile queries get results or one clear line", "[bad-input][search]") {
  TempDir tmp;
  const std::string db = BuildIndex(tmp);
  const std::set<std::string> old_ids = AllIds(db);
  const json before = Answers(tmp, db, old_ids);
  const std::vector<std::string> queries = {
      Repeat("(", 10000),
      Repeat("(", 4000),
      Repeat("(", 16) + "Russia" + Repeat(")", 16),
      Repeat("(", 17) + "Russia" + Repeat(")", 17),
      Repeat(")", 10000),
      ")))",
      Repeat("Russia ", 100 * 1024 / 7),  // 100 kB
      Repeat("a ", 2000),                 // under the byte limit, over the word limit
      "\"Choe Ryong-hae",
      "Choe \"Ryong-hae",
      "\"\"",
      "\"",
      "AND",
      "OR",
      "NOT",
      "-",
      "+",
      "AND OR NOT",
      "Russia AND",
      "NOT NOT Russia",
      "- - -Russia",
      "the of and",
      "the",
      "\xff\xfe",
      "Russia \xc3\x28 \xed\xa0\x80",
      "\xc3",
      "title:",
      "title:\"\"",
      "title: Russia",
      "author:",
      "entity:",
      "lang:",
      "lang:xx-not-a-language",
      "nofield:value",
      "date:9999-99-99",
      "date:0000-00-00",
      "date:99999999999999999999",
      "date:2015..2014",
      "date:..",
      "a*",
      "*",
      "**",
      "ko*",
      "k*o*",
      "title:*",
      "-ko*",
      Repeat("ko* ", 64),
      Repeat("x", 4096),
  };
  for (const std::string& q : queries) {
    INFO("query: " << q.substr(0, 80) << " (" << q.size() << " bytes)");
    auto r = Run(BinaryPath("concord-search"), {"--db", db, "--json", "--", q});
    INFO("stderr: " << r.err);
    REQUIRE((r.exit_code == 0 || r.exit_code == 2));
    if (r.exit_code == 0) {
      json j = json::parse(r.out);  // valid JSON, valid UTF-8
      CHECK(j["total"].get<int>() >= 0);
    } else {
      CHECK(r.out.empty());
      CHECK(r.err.rfind("concord-search: ", 0) == 0);
      CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
      CHECK(r.err.size() < 600);  // says what is wrong, does not echo 100 kB back
    }
  }

  // NUL bytes cannot travel in argv: in a --batch file and on stdin, each line
  // gets its answer or its error, in order.
  const std::string nul(1, '\0');
  std::string batch = "Russia" + nul + "Moscow\n" + nul + "\n" + Repeat(nul, 100) + "\n" + nul +
                      "ko*\nRussia\n\xff" + nul + "\xfe\n" + Repeat("(", 5000) + nul + "\n";
  WriteFile(tmp / "nul-queries.txt", batch);
  for (const auto& [args, input] :
       {std::pair<std::vector<std::string>, std::string>{{"--batch", tmp / "nul-queries.txt"}, ""},
        {{"--batch", "-"}, batch}}) {
    std::vector<std::string> all{"--db", db};
    all.insert(all.end(), args.begin(), args.end());
    auto r = Run(BinaryPath("concord-search"), all, input);
    INFO(r.err);
    CHECK((r.exit_code == 0 || r.exit_code == 1));
    std::istringstream lines(r.out);
    int answered = 0;
    for (std::string line; std::getline(lines, line); ++answered) {
      json j = json::parse(line);
      CHECK((j.contains("results") || j.contains("error")));
    }
    CHECK(answered == 7);
  }

  CHECK(Answers(tmp, db, old_ids) == before);
  CHECK(AllIds(db) == old_ids);
  CHECK(Status(db)["documents"] == 205);
}
