#!/usr/bin/env python3
"""The benchmark run behind scripts/bench: concord against raw Xapian and
SQLite FTS5 on the same corpus in the same run, then docs/benchmarks.md.

  run.py --build-dir DIR --work-dir DIR [--rounds N] [--full] [--no-profile]
  run.py --work-dir DIR --render-only      (the report again, from results.json)

DIR holds the release build (concord-index, concord-search, bench/xapian_baseline,
bench/fts5_peer). The work directory receives the indexes, the raw outputs
and results.json; scripts/bench removes it unless told to keep it.
"""

import argparse
import glob
import json
import os
import subprocess
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the source tree

import indexing  # noqa: E402
import machine  # noqa: E402
import profiling  # noqa: E402
import querying  # noqa: E402
import report  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.normpath(os.path.join(HERE, "..", ".."))


def log(message):
    print("bench: " + message, file=sys.stderr, flush=True)


def describe_corpus(files):
    documents, size = 0, 0
    for name in files:
        size += os.path.getsize(name)
        with open(name, "rb") as f:
            documents += sum(1 for line in f if line.strip())
    return {"files": files, "documents": documents, "bytes": size}


def find_tools(build_dir):
    tools = {"concord-index": os.path.join(build_dir, "concord-index"),
             "concord-search": os.path.join(build_dir, "concord-search"),
             "xapian_baseline": os.path.join(build_dir, "bench", "xapian_baseline"),
             "fts5_peer": os.path.join(build_dir, "bench", "fts5_peer")}
    missing = [path for path in tools.values() if not os.access(path, os.X_OK)]
    if missing:
        sys.exit("bench: not built: %s (scripts/bench builds them)" % ", ".join(missing))
    return tools


def names_evaluation(tools, run, work):
    """bench/names/run (the names issue's evaluation), when it is there: it
    prints its own markdown table of recall and P@10 per name variant. Its
    work folder is given this run's indexes (it reuses what it finds there)
    so that it builds none of its own."""
    runner = os.path.join(SOURCE, "bench", "names", "run")
    if not os.access(runner, os.X_OK):
        return None
    folder = os.path.join(work, "names")
    os.makedirs(folder, exist_ok=True)
    by_label = {b["label"]: b["db"] for b in run["builds"]}
    concord_db = by_label.get("concord-t2", by_label.get("concord"))
    for name, target in (("concord", concord_db), ("xapian", by_label.get("xapian")),
                         ("fts5.db", by_label.get("fts5"))):
        link = os.path.join(folder, name)
        if target and not os.path.lexists(link):
            os.symlink(os.path.abspath(target), link)
    proc = subprocess.run([runner, "--build", os.path.dirname(tools["concord-search"]),
                           "--work", folder], capture_output=True, text=True)
    with open(os.path.join(work, "names.log"), "w") as f:
        f.write(proc.stderr)
    if proc.returncode != 0:
        return {"text": "bench/names/run failed (exit %d); see names.log in the work "
                        "folder.\n" % proc.returncode}
    return {"text": proc.stdout}


def best_of(build, runs):
    """The fastest of `runs` fresh builds (each one replaces the last), with
    every wall time kept: the spread shows how noisy the machine was."""
    results = [build() for _ in range(runs)]
    best = min(results, key=lambda r: r["wall_s"])
    best["all_wall_s"] = [r["wall_s"] for r in results]
    return best


def run_corpus(title, label, files, tools, query_set, args, work, extras):
    """Every measurement on one corpus. extras: "profile", "nightly", "names",
    "one-thread" (also a --threads 1 build), "repeat-builds" (best of
    --build-runs builds; otherwise one)."""
    os.makedirs(work, exist_ok=True)
    corpus = describe_corpus(files)
    run = {"title": title, "label": label, "corpus": corpus, "rounds": args.rounds,
           "query_count": len(query_set["concord"]), "builds": [], "queries": {}}
    threads = indexing.concord_supports(tools["concord-index"], "--threads")
    compact = indexing.concord_supports(tools["concord-index"], "--compact")
    concord_runs = [("concord-t1", 1, False), ("concord-t2", 2, False)] if threads else \
        [("concord", None, False)]
    if threads and "one-thread" not in extras:
        concord_runs = concord_runs[1:]  # long corpora: the builds the targets use
    if compact:
        concord_runs.append(("concord-t2-compact" if threads else "concord-compact",
                             2 if threads else None, True))
    builds = [(name, lambda n=n, c=c, name=name:
               indexing.build_concord(tools, corpus, work, name, n, c))
              for name, n, c in concord_runs]
    builds.append(("xapian", lambda: indexing.build_peer(tools, corpus, work, "xapian",
                                                         "xapian_baseline", "index")))
    builds.append(("fts5", lambda: indexing.build_peer(tools, corpus, work, "fts5", "fts5_peer",
                                                       "docs.db")))
    build_runs = args.build_runs if "repeat-builds" in extras else 1
    for name, build in builds:
        log("%s: %s full build (best of %d)" % (label, name, build_runs))
        run["builds"].append(best_of(build, build_runs))
    log("%s: compacting" % label)
    for b in run["builds"]:
        if b["system"] == "fts5_peer":
            b["compacted_mb"] = indexing.fts5_compacted_mb(tools, b["db"], work)
        else:
            b["compacted_mb"] = indexing.xapian_compacted_mb(b["db"], work, b["label"])

    # Queries run on the index an operator gets from the fastest full build
    # (two threads, sharded, not compacted), the least favourable layout.
    uncompacted = [b for b in run["builds"] if b["system"] == "concord" and not b["compact"]]
    concord_db = uncompacted[-1]["db"]
    peer_db = {b["label"]: b["db"] for b in run["builds"]}
    log("%s: queries (%d x %d rounds per system)" % (label, run["query_count"], args.rounds))
    q = run["queries"]
    q["concord"] = querying.run_concord(tools, concord_db, query_set["concord"], args.rounds,
                                        work, "q-concord", facets=False)
    q["concord-facets"] = querying.run_concord(tools, concord_db, query_set["concord"],
                                               args.rounds, work, "q-concord-facets", facets=True)
    q["xapian"] = querying.run_peer(tools, "xapian_baseline", peer_db["xapian"],
                                    query_set["xapian"], args.rounds, work, "q-xapian")
    q["xapian-bare"] = querying.run_peer(tools, "xapian_baseline", peer_db["xapian"],
                                         query_set["xapian"], args.rounds, work, "q-xapian-bare",
                                         extra=["--bare"])
    q["fts5"] = querying.run_peer(tools, "fts5_peer", peer_db["fts5"], query_set["fts5"],
                                  args.rounds, work, "q-fts5")
    q["fts5-facets"] = querying.run_peer(tools, "fts5_peer", peer_db["fts5"], query_set["fts5"],
                                         args.rounds, work, "q-fts5-facets", facets=True)
    if "nightly" in extras:
        log("%s: nightly re-scan" % label)
        run["nightly"] = indexing.nightly_rescan(tools, SOURCE, run["builds"][0]["db"], corpus,
                                                 work)
    if "names" in extras:
        log("%s: name variants (bench/names/run)" % label)
        run["names"] = names_evaluation(tools, run, work)
    if "profile" in extras and not args.no_profile:
        log("%s: profiling" % label)
        run["profile"] = profiling.run(tools, corpus, concord_db, query_set["concord"], work)
    return run


def generated_corpus(args, work):
    """The --full corpus from bench/gen (the scale issue's generator)."""
    generator = os.path.join(SOURCE, "bench", "gen", "concord-gen")
    if not os.access(generator, os.X_OK):
        log("bench/gen/concord-gen is missing: no --full run")
        return None
    out = os.path.join(work, "corpus-%d" % args.full_count)
    if not glob.glob(os.path.join(out, "*.jsonl")):
        log("generating %d documents with bench/gen" % args.full_count)
        subprocess.run([generator, "--out", out, "--count", str(args.full_count)] + args.corpus,
                       check=True)
    return sorted(glob.glob(os.path.join(out, "*.jsonl")))


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build-dir")
    parser.add_argument("--work-dir", required=True)
    parser.add_argument("--corpus", nargs="+",
                        default=sorted(glob.glob(os.path.join(SOURCE, "..", "shared", "data",
                                                              "kcna", "*.jsonl"))))
    parser.add_argument("--rounds", type=int, default=10,
                        help="runs of the query set per system; the first is dropped")
    parser.add_argument("--build-runs", type=int, default=2,
                        help="fresh builds per system; the fastest counts")
    parser.add_argument("--full", action="store_true", help="also the generated 1M corpus")
    parser.add_argument("--full-count", type=int, default=1000000,
                        help="documents in the generated corpus of --full")
    parser.add_argument("--no-profile", action="store_true")
    parser.add_argument("--report", default=os.path.join(SOURCE, "docs", "benchmarks.md"))
    parser.add_argument("--render-only", action="store_true",
                        help="measure nothing: write the report from WORK_DIR/results.json")
    args = parser.parse_args()
    query_set = querying.load_query_set(os.path.join(SOURCE, "bench", "queries"))
    if args.render_only:
        with open(os.path.join(args.work_dir, "results.json")) as f:
            write_report(json.load(f), query_set, args)
        return
    if not args.corpus:
        sys.exit("bench: no corpus: ../shared/data/kcna/*.jsonl not found; pass --corpus")
    args.corpus = [os.path.abspath(p) for p in args.corpus]
    if not args.build_dir:
        sys.exit("bench: --build-dir DIR is needed to measure")
    tools = find_tools(args.build_dir)
    results = {"machine": machine.describe(SOURCE, tools["concord-index"]), "runs": []}
    results["runs"].append(run_corpus(
        "KCNA stories", "kcna", args.corpus, tools, query_set, args,
        os.path.join(args.work_dir, "kcna"),
        {"nightly", "names", "profile", "one-thread", "repeat-builds"}))
    if args.full:
        files = generated_corpus(args, os.path.join(args.work_dir, "full"))
        if files:
            results["runs"].append(run_corpus(
                "Generated corpus (bench/gen/concord-gen, %s documents)"
                % "{:,}".format(args.full_count), "generated", files, tools, query_set,
                args, os.path.join(args.work_dir, "full"), {"nightly"}))
    with open(os.path.join(args.work_dir, "results.json"), "w") as f:
        json.dump(results, f, indent=1)
    write_report(results, query_set, args)


def write_report(results, query_set, args):
    text = report.render(results, query_set, os.path.join(SOURCE, "bench", "notes.md"))
    with open(args.report, "w", encoding="utf-8") as f:
        f.write(text)
    log("wrote %s (results: %s)" % (args.report, os.path.join(args.work_dir, "results.json")))


if __name__ == "__main__":
    main()
