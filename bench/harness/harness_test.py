"""Unit tests of the benchmark harness's arithmetic and parsing (ctest:
bench_harness_unit). The measurements themselves are exercised by the peers'
smoke test and by scripts/bench."""

import json
import os
import sys
import tempfile
import unittest

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import latency  # noqa: E402
import measure  # noqa: E402
import querying  # noqa: E402
import targets  # noqa: E402


class PercentileTest(unittest.TestCase):
    def test_nearest_rank_returns_a_measured_value(self):
        samples = list(range(1, 201))  # 1..200
        self.assertEqual(latency.percentile(samples, 50), 100)
        self.assertEqual(latency.percentile(samples, 99), 198)
        self.assertEqual(latency.percentile(samples, 100), 200)
        self.assertEqual(latency.percentile([7.5], 99), 7.5)

    def test_first_round_is_dropped(self):
        rows = [(1, 100.0, 3, "a"), (1, 90.0, 5, "b"), (2, 2.0, 3, "a"), (2, 4.0, 5, "b")]
        summary = latency.warm_summary(rows)
        self.assertEqual(summary["n"], 2)
        self.assertEqual(summary["max"], 4.0)
        self.assertEqual(latency.matches_by_query(rows), [3, 5])


class ParsingTest(unittest.TestCase):
    def test_gnu_time_fields(self):
        text = ("\tUser time (seconds): 12.50\n\tSystem time (seconds): 0.75\n"
                "\tElapsed (wall clock) time (h:mm:ss or m:ss): 1:02.50\n"
                "\tMaximum resident set size (kbytes): 204800\n")
        fields = measure.parse_gnu_time(text)
        self.assertEqual(fields["wall_s"], 62.5)
        self.assertEqual(fields["user_s"], 12.5)
        self.assertEqual(fields["peak_rss_mb"], 200.0)

    def test_concord_batch_lines_map_to_rounds(self):
        lines = [{"query": "a", "total": 3, "took_ms": 9.0},
                 {"query": "b", "error": "unbalanced quote"},
                 {"query": "a", "total": 3, "took_ms": 1.0},
                 {"query": "b", "error": "unbalanced quote"}]
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
            f.write("\n".join(json.dumps(line) for line in lines) + "\n")
        try:
            rows = latency.read_concord_timings(f.name, queries_per_round=2)
        finally:
            os.remove(f.name)
        self.assertEqual([r[0] for r in rows], [1, 1, 2, 2])
        self.assertEqual(latency.errors(rows), ["b"])
        self.assertEqual(latency.warm_summary(rows)["n"], 1)

    def test_peer_lines_keep_tabs_of_the_query(self):
        with tempfile.NamedTemporaryFile("w", suffix=".tsv", delete=False) as f:
            f.write("round\tms\tmatches\tquery\n1\t0.5\t7\tflood\t2011-06-01\t2011-09-30\n"
                    "1\t0.1\t-1\tRyong-hae\n")
        try:
            rows = latency.read_peer_timings(f.name)
        finally:
            os.remove(f.name)
        self.assertEqual(rows[0], (1, 0.5, 7, "flood\t2011-06-01\t2011-09-30"))
        self.assertEqual(latency.errors(rows), ["Ryong-hae"])  # -1: the peer refused it


class QuerySetTest(unittest.TestCase):
    def test_shipped_query_files_are_aligned(self):
        here = os.path.dirname(os.path.abspath(__file__))
        query_set = querying.load_query_set(os.path.join(here, "..", "queries"))
        self.assertGreaterEqual(len(query_set["concord"]), 40)
        for kind in ("name-kcna", "name-variant", "phrase", "boolean", "filter"):
            self.assertIn(kind, query_set["kinds"])

    def test_misaligned_files_are_refused(self):
        with tempfile.TemporaryDirectory() as folder:
            for name, count in (("kinds", 2), ("concord", 2), ("xapian", 2), ("fts5", 1)):
                with open(os.path.join(folder, name + ".txt"), "w") as f:
                    f.write("x\n" * count)
            with self.assertRaises(ValueError):
                querying.load_query_set(folder)


class TargetsTest(unittest.TestCase):
    def run_with(self, concord_p99, fts5_p99):
        def q(p99):
            return {"latency": {"p99": p99}}
        build = {"system": "concord", "label": "concord-t1", "threads": 1, "wall_s": 100.0,
                 "docs_per_s": 200.0, "size_mb": 150.0, "compacted_mb": 110.0,
                 "cpu_s": 30.0}
        xapian = {"system": "xapian_baseline", "label": "xapian", "threads": 1, "wall_s": 50.0,
                  "docs_per_s": 400.0, "size_mb": 120.0, "compacted_mb": 100.0,
                  "cpu_s": 15.0}
        return {"builds": [build, xapian],
                "queries": {"concord-facets": q(concord_p99), "fts5-facets": q(fts5_p99),
                            "concord": q(4.0), "xapian": q(1.0)},
                "nightly": {"unchanged": {"wall_s": 5.0}}}

    def test_ratios_and_verdicts(self):
        by_name = {t["name"]: t for t in targets.evaluate(self.run_with(10.0, 40.0))}
        facets = by_name["query p99 with facets vs FTS5 (with its year GROUP BY)"]
        self.assertAlmostEqual(facets["ratio"], 0.25)
        self.assertTrue(facets["met"])
        self.assertFalse(by_name["query p99 without facets vs raw Xapian"]["met"])  # 4x > 2x
        self.assertFalse(
            by_name["full build throughput vs raw Xapian single-threaded"]["met"])  # 0.5x
        self.assertAlmostEqual(by_name["index size vs raw Xapian compacted"]["ratio"], 1.5)
        self.assertTrue(by_name["index size vs raw Xapian compacted"]["met"])
        nightly = by_name["nightly re-scan of an unchanged archive vs full build"]
        self.assertAlmostEqual(nightly["ratio"], 20.0)
        self.assertTrue(nightly["met"])
        cpu = by_name["(CPU time) single-thread indexing CPU throughput vs raw Xapian"]
        self.assertTrue(cpu["informational"])
        self.assertAlmostEqual(cpu["ratio"], 0.5)
        self.assertFalse(facets["informational"])

    def test_size_target_prefers_the_compact_build(self):
        run = self.run_with(10.0, 40.0)
        run["builds"].append({"system": "concord", "label": "concord-t2-compact", "threads": 2,
                              "compact": True, "wall_s": 120.0, "docs_per_s": 180.0,
                              "size_mb": 105.0})
        by_name = {t["name"]: t for t in targets.evaluate(run)}
        size = by_name["index size vs raw Xapian compacted"]
        self.assertAlmostEqual(size["ratio"], 1.05)
        self.assertIn("concord-t2-compact", size["explain"])
        plain = by_name["(as built) index size of a plain build vs raw Xapian compacted"]
        self.assertAlmostEqual(plain["ratio"], 1.5)

    def test_a_missing_number_is_not_met(self):
        run = self.run_with(10.0, 40.0)
        del run["queries"]["fts5-facets"]
        first = targets.evaluate(run)[0]
        self.assertIsNone(first["met"])
        self.assertIsNone(first["ratio"])


if __name__ == "__main__":
    unittest.main()
