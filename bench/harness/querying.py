"""The query set, run by every system from one open database.

bench/queries/ holds one file per system (concord.txt, xapian.txt,
fts5.txt), line N of each being the same question in that system's syntax,
and kinds.txt naming what line N exercises. Each system runs the whole set
`rounds` times in one process; latency.warm_summary drops round 1.
"""

import os

import latency
from measure import load_average, timed

FACETS = "author,year,entity"


def load_query_set(queries_dir):
    """{'kinds': [...], 'concord': [...], 'xapian': [...], 'fts5': [...]},
    checked to be aligned line by line."""
    query_set = {}
    for name in ("kinds", "concord", "xapian", "fts5"):
        with open(os.path.join(queries_dir, name + ".txt"), encoding="utf-8") as f:
            query_set[name] = [line.rstrip("\n") for line in f if line.strip()]
    counts = {name: len(lines) for name, lines in query_set.items()}
    if len(set(counts.values())) != 1:
        raise ValueError("the query files of %s are not aligned: %s" % (queries_dir, counts))
    return query_set


def _write_lines(path, lines):
    with open(path, "w", encoding="utf-8") as f:
        for line in lines:
            f.write(line + "\n")


def run_concord(tools, db, queries, rounds, work, name, facets):
    """concord-search --batch over the set repeated `rounds` times."""
    batch = os.path.join(work, name + ".queries")
    _write_lines(batch, queries * rounds)
    argv = [tools["concord-search"], "--db", db, "--batch", batch]
    if facets:
        argv += ["--facets", FACETS]
    out = os.path.join(work, name + ".jsonl")
    load = load_average()
    # Exit 1: some query failed; its line says which, and the report lists it.
    process = timed(argv, os.path.join(work, name + ".log"), ok_codes=(0, 1), stdout_path=out)
    rows = latency.read_concord_timings(out, len(queries))
    return _result(rows, process, load)


def run_peer(tools, program, db, queries, rounds, work, name, facets=False, extra=()):
    """A peer's `query` mode with --rounds (and extra options)."""
    query_file = os.path.join(work, name + ".queries")
    _write_lines(query_file, queries)
    argv = [tools[program], "query", "--db", db, "--queries", query_file,
            "--rounds", str(rounds)]
    if facets:
        argv.append("--facets")
    argv += list(extra)
    out = os.path.join(work, name + ".tsv")
    load = load_average()
    process = timed(argv, os.path.join(work, name + ".log"), stdout_path=out)
    rows = latency.read_peer_timings(out)
    return _result(rows, process, load)


def _result(rows, process, load):
    return {
        "latency": latency.warm_summary(rows),
        "matches": latency.matches_by_query(rows),
        "errors": latency.errors(rows),
        "per_query_ms": _median_per_query(rows),
        "peak_rss_mb": process.get("peak_rss_mb"),
        "load": load,
    }


def _median_per_query(rows):
    """Median warm time of each query position, for the per-kind table."""
    last = max(r[0] for r in rows)
    per_position = {}
    position = 0
    current_round = None
    for r in rows:
        if r[0] != current_round:
            current_round, position = r[0], 0
        if r[0] > 1 or last == 1:
            per_position.setdefault(position, []).append(r[1])
        position += 1
    return [latency.percentile(per_position[p], 50) for p in sorted(per_position)]
