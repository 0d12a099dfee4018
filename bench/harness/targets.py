"""The targets of issue 11 (and issue 8's nightly re-scan) as ratios of
numbers measured in the same run. Each target says which numbers it divides,
the bound, and whether it was met; a number that is missing (a system that
could not run) makes the target 'not measured', never 'met'."""


def _build(run, label):
    return next((b for b in run["builds"] if b["label"] == label), None)


def best_concord_build(run):
    """The fastest full concord build (the one with the most threads, if any)."""
    builds = [b for b in run["builds"] if b["system"] == "concord"]
    return min(builds, key=lambda b: b["wall_s"]) if builds else None


def smallest_concord_build(run):
    """The concord build an operator who cares about size makes: --compact
    when concord-index offers it, else the first build as it is."""
    builds = [b for b in run["builds"] if b["system"] == "concord"]
    compact = [b for b in builds if b.get("compact")]
    return (compact or builds or [None])[0]


def _p99(run, name):
    q = run["queries"].get(name)
    return q["latency"]["p99"] if q and q.get("latency") else None


def _target(name, numerator, denominator, bound, at_most, explain, informational=False):
    """informational: a stricter or looser reading shown beside the target,
    not the target itself."""
    result = {"name": name, "ratio": None, "bound": bound, "at_most": at_most, "met": None,
              "explain": explain, "informational": informational}
    if numerator is None or denominator is None or denominator == 0:
        return result
    ratio = numerator / denominator
    result.update(ratio=ratio, met=ratio <= bound if at_most else ratio >= bound,
                  numerator=numerator, denominator=denominator)
    return result


def evaluate(run):
    concord = best_concord_build(run)
    xapian = _build(run, "xapian")
    first_concord = next((b for b in run["builds"] if b["system"] == "concord"), None)
    sized = smallest_concord_build(run)
    one_thread = next((b for b in run["builds"]
                       if b["system"] == "concord" and b["threads"] == 1 and not b.get("compact")),
                      None)
    targets = [
        _target("query p99 with facets vs FTS5 (with its year GROUP BY)",
                _p99(run, "concord-facets"), _p99(run, "fts5-facets"), 0.5, True,
                "concord --facets author,year,entity p99 / FTS5 page + GROUP BY year p99"),
        _target("query p99 without facets vs raw Xapian",
                _p99(run, "concord"), _p99(run, "xapian"), 2.0, True,
                "concord p99 / xapian_baseline p99"),
        _target("full build throughput vs raw Xapian single-threaded",
                concord["docs_per_s"] if concord else None,
                xapian["docs_per_s"] if xapian else None, 1.8, False,
                "concord docs/s (%s thread%s) / xapian_baseline docs/s (1 thread)"
                % ((concord or {}).get("threads", "?"),
                   "" if (concord or {}).get("threads") == 1 else "s")),
        _target("index size vs raw Xapian compacted",
                sized["size_mb"] if sized else None,
                xapian.get("compacted_mb") if xapian else None, 1.5, True,
                "concord index as built by %s (MB) / xapian_baseline after xapian-compact (MB)"
                % (sized or {}).get("label", "?")),
        _target("(as built) index size of a plain build vs raw Xapian compacted",
                first_concord["size_mb"] if first_concord else None,
                xapian.get("compacted_mb") if xapian else None, 1.5, True,
                "concord index as built by %s, no --compact (MB) / xapian_baseline after "
                "xapian-compact (MB)" % (first_concord or {}).get("label", "?"),
                informational=True),
        _target("(stricter) query p99 without facets vs raw Xapian's bare page",
                _p99(run, "concord"), _p99(run, "xapian-bare"), 2.0, True,
                "concord p99 / xapian_baseline --bare p99 (no snippets, estimated count)",
                informational=True),
        _target("(CPU time) single-thread indexing CPU throughput vs raw Xapian",
                xapian.get("cpu_s") if xapian else None,
                one_thread.get("cpu_s") if one_thread else None, 1.0, False,
                "xapian_baseline CPU s / concord one-thread CPU s: the work per document, "
                "whatever else ran on the machine", informational=True),
        _target("(both compacted) index size vs raw Xapian compacted",
                first_concord.get("compacted_mb") if first_concord else None,
                xapian.get("compacted_mb") if xapian else None, 1.5, True,
                "concord after xapian-compact (MB) / xapian_baseline after xapian-compact (MB)",
                informational=True),
    ]
    nightly = run.get("nightly")
    if nightly:
        full = min(b["wall_s"] for b in run["builds"] if b["system"] == "concord")
        targets.append(_target(
            "nightly re-scan of an unchanged archive vs full build", full,
            nightly["unchanged"]["wall_s"], 10.0, False,
            "fastest concord full build (s) / scripts/nightly-reindex on the built index (s)"))
    return targets
