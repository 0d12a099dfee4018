"""Query latency from the systems' own timing output.

Each system runs the whole query set several rounds in one process on one
open database. Round 1 warms the caches and is dropped; the percentiles are
over the per-query times of the remaining rounds. Percentiles are
nearest-rank: p99 of 200 samples is the 198th smallest, a time that was
really measured.
"""

import json
import math


def percentile(samples, p):
    """Nearest-rank percentile of a non-empty list."""
    ordered = sorted(samples)
    rank = max(1, math.ceil(p / 100.0 * len(ordered)))
    return ordered[rank - 1]


def summarise(samples):
    """p50/p95/p99/max/mean in ms of a list of per-query times in ms."""
    if not samples:
        return None
    return {
        "n": len(samples),
        "p50": percentile(samples, 50),
        "p95": percentile(samples, 95),
        "p99": percentile(samples, 99),
        "max": max(samples),
        "mean": sum(samples) / len(samples),
    }


def read_peer_timings(path):
    """The peers' tab-separated lines (bench/peers/query_loop.h) as
    (round, ms, matches, query) tuples."""
    rows = []
    with open(path, encoding="utf-8") as f:
        header = f.readline()
        if not header.startswith("round\t"):
            raise ValueError("%s: not a peer timing file" % path)
        for line in f:
            round_, ms, matches, query = line.rstrip("\n").split("\t", 3)
            rows.append((int(round_), float(ms), int(matches), query))
    return rows


def read_concord_timings(path, queries_per_round):
    """concord-search --batch output (one JSON result per input line, in
    order) as the same tuples; took_ms is concord's own time for the search,
    page and facets, without printing. A line with an error has matches -1."""
    rows = []
    with open(path, encoding="utf-8") as f:
        for index, line in enumerate(f):
            result = json.loads(line)
            round_ = index // queries_per_round + 1
            if "error" in result:
                rows.append((round_, float("nan"), -1, result.get("query", "")))
            else:
                rows.append((round_, float(result["took_ms"]), int(result["total"]),
                             result["query"]))
    return rows


def warm_summary(rows):
    """Latency summary over every round but the first (all rounds if only one)."""
    last = max(r[0] for r in rows)
    warm = [r[1] for r in rows if (r[0] > 1 or last == 1) and not math.isnan(r[1])]
    return summarise(warm)


def matches_by_query(rows):
    """Matches per query position, from round 1: what each system found."""
    return [r[2] for r in rows if r[0] == 1]


def errors(rows):
    """Queries (round 1) that the system refused."""
    return [r[3] for r in rows if r[0] == 1 and r[2] < 0]
