"""docs/benchmarks.md from the results of one run (run.py writes both).

Everything in the report comes from the results, except the hand-written
review in bench/notes.md, which is included as it stands and says which
revision it was written for."""

import os
import re

import targets as targets_module


def _cell(text):
    return str(text).replace("|", "\\|").replace("\t", " ⇥ ")


def _table(header, rows):
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def _f(value, digits=1):
    if value is None:
        return "–"
    return ("%." + str(digits) + "f") % value


def _machine(results):
    m = results["machine"]
    rows = [
        ("date", m["date"]),
        ("machine", "%s cores (nproc), %s, %.1f GiB RAM, Linux %s"
         % (m["nproc"], m["cpu"], m["ram_gib"], m["kernel"])),
        ("load average at start", "%.2f (other sessions' work on the machine; see the load "
         "column of each measurement)" % m["load_at_start"]),
        ("scheduling", "autogroup %s%s" % (m.get("scheduling", "unknown"),
                                          " (scripts/bench --priority)"
                                          if m.get("scheduling", "nice 0") != "nice 0" else "")),
        ("concord", "git %s, release build (%s), %s" % (m["concord_rev"], m["compiler"],
                                                        m.get("allocator", "allocator unknown"))),
        ("peers", "Xapian %s, SQLite %s" % (m["xapian"], m["sqlite"])),
    ]
    return _table(["", ""], rows)


def _corpus_line(run):
    c = run["corpus"]
    return ("**%s**: %s documents, %.1f MB of JSONL in %d file%s; queries: %d per round, "
            "%d rounds, round 1 dropped.\n" % (
                run["label"], "{:,}".format(c["documents"]), c["bytes"] / 1e6, len(c["files"]),
                "" if len(c["files"]) == 1 else "s", run["query_count"], run["rounds"]))


def _targets(run):
    rows = []
    for t in targets_module.evaluate(run):
        if t["informational"] and t["ratio"] is None:
            continue
        bound = ("≤ " if t["at_most"] else "≥ ") + "%g×" % t["bound"]
        met = {True: "**met**", False: "**not met**", None: "not measured"}[t["met"]]
        if t["informational"]:
            met = "(%s)" % met.replace("**", "")
        rows.append((t["name"], _f(t["ratio"], 2) + "×" if t["ratio"] is not None else "–",
                     bound, met, t["explain"]))
    return _table(["target", "ratio", "bound", "result", "what is divided"], rows)


def _builds(run):
    rows = []
    for b in run["builds"]:
        runs = " / ".join(_f(w) for w in b.get("all_wall_s", [b["wall_s"]]))
        rows.append((b["label"], b["threads"], b.get("documents", "–"), _f(b["wall_s"]), runs,
                     _f(b["cpu_s"]), "{:,.0f}".format(b["docs_per_s"]), _f(b["mb_per_s"], 2),
                     _f(b.get("peak_rss_mb"), 0), _f(b["size_mb"]), _f(b.get("compacted_mb")),
                     _f(b.get("load"), 1)))
    return _table(["build", "threads", "docs", "wall s", "every run, s", "CPU s", "docs/s", "MB/s",
                   "peak RSS MB", "index MB", "compacted MB", "load"], rows)


def _nightly(run):
    n = run.get("nightly")
    if not n:
        return "Not measured.\n"
    full = min(b["wall_s"] for b in run["builds"] if b["system"] == "concord")
    rows = [("full build (fastest concord build above)", _f(full, 2), "1×", "–"),
            ("scripts/nightly-reindex, archive unchanged", _f(n["unchanged"]["wall_s"], 2),
             _f(full / n["unchanged"]["wall_s"], 1) + "× faster",
             _f(n["unchanged"].get("peak_rss_mb"), 0)),
            ("concord-index --force (reads every file, compares content hashes)",
             _f(n["forced"]["wall_s"], 2), _f(full / n["forced"]["wall_s"], 1) + "× faster",
             _f(n["forced"].get("peak_rss_mb"), 0))]
    return _table(["run", "wall s", "vs full build", "peak RSS MB"], rows)


QUERY_RUNS = [("concord", "concord", "no"), ("concord-facets", "concord", "author, year, entity"),
              ("xapian", "xapian_baseline", "no"),
              ("xapian-bare", "xapian_baseline --bare", "no (no snippets, estimated count)"),
              ("fts5", "fts5_peer", "no (count(*))"),
              ("fts5-facets", "fts5_peer", "year (GROUP BY)")]


def _latency(run):
    rows = []
    for key, system, facets in QUERY_RUNS:
        q = run["queries"].get(key)
        if not q or not q.get("latency"):
            continue
        lat = q["latency"]
        rows.append((system, facets, lat["n"], _f(lat["p50"], 2), _f(lat["p95"], 2),
                     _f(lat["p99"], 2), _f(lat["max"], 2), _f(lat["mean"], 2),
                     _f(q.get("peak_rss_mb"), 0), len(q["errors"])))
    return _table(["system", "facets", "samples", "p50 ms", "p95 ms", "p99 ms", "max ms",
                   "mean ms", "peak RSS MB", "refused"], rows)


def _by_kind(run, query_set):
    kinds = query_set["kinds"]
    order = []
    for k in kinds:
        if k not in order:
            order.append(k)
    rows = []
    for kind in order:
        positions = [i for i, k in enumerate(kinds) if k == kind]
        row = [kind, len(positions)]
        for key, _, _ in QUERY_RUNS:
            q = run["queries"].get(key)
            per = q["per_query_ms"] if q else []
            values = sorted(per[i] for i in positions if i < len(per))
            row.append(_f(values[len(values) // 2], 2) if values else "–")
        rows.append(row)
    return _table(["kind", "queries", "concord", "concord + facets", "xapian", "xapian bare",
                   "fts5", "fts5 + year"], rows)


def _matches(run, query_set):
    rows = []
    for i, kind in enumerate(query_set["kinds"]):
        row = [i + 1, kind, query_set["concord"][i]]
        for key in ("concord", "xapian", "fts5"):
            found = run["queries"].get(key, {}).get("matches", [])
            row.append("{:,}".format(found[i]) if i < len(found) and found[i] >= 0 else
                       ("refused" if i < len(found) else "–"))
        peer_syntax = {query_set["xapian"][i], query_set["fts5"][i]} - {query_set["concord"][i]}
        row.append("; ".join(sorted(peer_syntax)) if peer_syntax else "same")
        rows.append(row)
    return _table(["#", "kind", "concord query", "concord", "xapian", "fts5",
                   "peer syntax, where different"], rows)


def _short_symbol(name):
    """perf's 'dso symbol' without template arguments, ABI tags and the
    empty columns perf pads with; stripped libraries show as 'lib (address)'."""
    words = [w for w in name.split() if w != "-"]
    text = " ".join(words).replace("(anonymous namespace)::", "")
    if "_Function_handler" in text or "{lambda" in text:
        owner = re.search(r"(concord::[\w:]+?)(?:\(|::\{lambda)", text)
        if owner:
            return "`lambda in %s`" % owner.group(1)
    out, depth = [], 0
    for ch in text:
        if ch == "<":
            depth += 1
        elif ch == ">" and depth:
            depth -= 1
        elif depth == 0:
            out.append(ch)
    text = "".join(out).replace("[abi:cxx11]", "")
    parts = text.split(" ", 1)
    if len(parts) == 2 and parts[1].startswith("0x"):
        return "%s (address %s)" % (parts[0], parts[1])
    if len(parts) == 2 and (".so" in parts[0] or parts[0].startswith("[")
                            or parts[0].startswith("concord-")):
        return "%s `%s`" % (parts[0], parts[1])
    return "`%s`" % text if "::" in text or "(" in text else text


def _profile_rows(rows):
    return "; ".join("%s %.1f%%" % (_short_symbol(name), pct) for pct, name in rows)


def _profile(profile):
    if not profile:
        return "No profile in this run.\n"
    out = []
    for name, title in (("indexing", "Indexing %d stories (concord-index, one thread)"
                         % profile["documents"]),
                        ("queries", "The query set with facets, twenty rounds (concord-search "
                         "--batch)")):
        p = profile.get(name)
        if not p:
            continue
        out.append("**%s**, %s.\n" % (title, p["tool"]))
        if p.get("by_library"):
            out.append("- by library (self time): " + _profile_rows(p["by_library"]))
        out.append("- top functions (self time): " + _profile_rows(p["self"]))
        inclusive = [r for r in p.get("inclusive", []) if r[0] < 95.0]  # not main() and kin
        if inclusive:
            out.append("- concord functions and Xapian calls, inclusive time (what they call "
                       "included): " +
                       _profile_rows(inclusive))
        out.append("")
    return "\n".join(out) + "\n"


def _names(run):
    names = run.get("names")
    if not names:
        return "bench/names/run was not there in this run: no name-variant evaluation.\n"
    return names["text"].rstrip() + "\n"


def render(results, query_set, notes_path):
    parts = ["# Benchmarks\n",
             "Written by `scripts/bench` on %s. Rerun it to regenerate this page; only the "
             "review at the end is written by hand. Method and fairness notes: "
             "[bench/README.md](../bench/README.md).\n" % results["machine"]["date"],
             "## Machine, versions\n", _machine(results)]
    for run in results["runs"]:
        parts += ["## %s\n" % run["title"], _corpus_line(run),
                  "### Targets\n", _targets(run),
                  "### Indexing\n", _builds(run),
                  "### Nightly re-scan (issue 8)\n", _nightly(run),
                  "### Query latency (warm, one open database)\n", _latency(run),
                  "Median warm latency (ms) by kind of query:\n\n", _by_kind(run, query_set),
                  "### What each system found\n",
                  "Matches reported per query, without facets (concord and xapian: exact up "
                  "to 10,000, Xapian's estimate above; fts5: count(*), always exact).\n\n",
                  _matches(run, query_set)]
        if "names" in run:
            parts += ["### Name variants (bench/names/run)\n", _names(run)]
        if run.get("profile"):
            parts += ["### Where the time goes (profile)\n", _profile(run["profile"])]
    if os.path.exists(notes_path):
        with open(notes_path, encoding="utf-8") as f:
            parts += ["## Review (hand-written, bench/notes.md)\n", f.read()]
    return "\n".join(parts)
