"""Where the time goes: a sampling profile of concord indexing a slice of
the corpus and answering the query set with facets.

perf samples the software cpu-clock event (this works in VMs without
hardware counters) and reports self time per function and per library; with
--call-graph dwarf it also reports the inclusive time of concord's
functions and of Xapian's API calls (replace_document, commit), which says
how much of the time is Xapian's own work. Where perf cannot run, valgrind's
callgrind counts instructions instead (slower, so on a smaller slice).
"""

import os
import re
import shutil
import subprocess

from querying import FACETS

TOP = 15


def perf_works():
    if not shutil.which("perf"):
        return False
    probe = subprocess.run(["perf", "stat", "-e", "cpu-clock", "true"], capture_output=True)
    return probe.returncode == 0


def _perf_rows(data, sort, children):
    """(percent, name) rows of perf report, biggest first."""
    argv = ["perf", "report", "-i", data, "--stdio", "--sort", sort, "--percent-limit", "0.5",
            "-g", "none"]
    argv.append("--children" if children else "--no-children")
    text = subprocess.run(argv, capture_output=True, text=True).stdout
    rows = []
    for line in text.splitlines():
        if line.startswith("#") or "%" not in line:
            continue
        fields = line.split()
        if children:
            # children%  self%  [dso]  [.]  symbol...
            if len(fields) < 4 or not fields[1].endswith("%"):
                continue
            percent, rest = float(fields[0].rstrip("%")), fields[2:]
        else:
            percent, rest = float(fields[0].rstrip("%")), fields[1:]
        name = " ".join(f for f in rest if f not in ("[.]", "[k]"))
        rows.append((percent, name))
    return rows


def _perf_profile(argv, work, name, dwarf):
    data = os.path.join(work, name + ".perf.data")
    record = ["perf", "record", "-e", "cpu-clock", "-F", "499", "-o", data]
    if dwarf:
        record += ["--call-graph", "dwarf,16384"]
    subprocess.run(record + ["--"] + argv, capture_output=True, check=True)
    profile = {
        "tool": "perf (cpu-clock, %s)" % ("call graph" if dwarf else "self time"),
        "self": _perf_rows(data, "dso,symbol", children=False)[:TOP],
        "by_library": _perf_rows(data, "dso", children=False)[:8],
    }
    if dwarf:
        inclusive = [r for r in _perf_rows(data, "symbol", children=True)
                     if "concord::" in r[1] or r[1].startswith("Xapian::")]
        profile["inclusive"] = inclusive[:TOP]
    os.remove(data)
    return profile


def _callgrind_profile(argv, work, name):
    out = os.path.join(work, name + ".callgrind")
    subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=" + out] + argv,
                   capture_output=True, check=True)
    text = subprocess.run(["callgrind_annotate", out], capture_output=True, text=True).stdout
    total, rows = None, []
    for line in text.splitlines():
        m = re.match(r"\s*([\d,]+)\s+\(?[\d.]*%?\)?\s*PROGRAM TOTALS", line)
        if m:
            total = int(m.group(1).replace(",", ""))
            continue
        m = re.match(r"\s*([\d,]+)\s+(?:\([\d.]+%\)\s+)?(\S+):(.*)", line)
        if m and total:
            rows.append((100.0 * int(m.group(1).replace(",", "")) / total,
                         m.group(3).strip() + " [" + os.path.basename(m.group(2)) + "]"))
    os.remove(out)
    return {"tool": "callgrind (instructions)", "self": rows[:TOP], "by_library": []}


def _slice(corpus_files, lines, path):
    with open(path, "w", encoding="utf-8") as out:
        written = 0
        for name in corpus_files:
            with open(name, encoding="utf-8") as f:
                for line in f:
                    if written == lines:
                        return
                    out.write(line)
                    written += 1


def run(tools, corpus, db, queries, work, documents=3000):
    """Profiles of indexing `documents` stories and of the query set (with
    facets, twenty rounds) on the full index db."""
    folder = os.path.join(work, "profile")
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    use_perf = perf_works()
    if not use_perf:
        documents = min(documents, 500)
    subset = os.path.join(folder, "slice.jsonl")
    _slice(corpus["files"], documents, subset)
    batch = os.path.join(folder, "queries.txt")
    with open(batch, "w", encoding="utf-8") as f:
        f.write("\n".join(queries * 20) + "\n")
    index_argv = [tools["concord-index"], "--db", os.path.join(folder, "index"), "--quiet",
                  subset]
    query_argv = [tools["concord-search"], "--db", db, "--batch", batch, "--facets", FACETS]
    result = {"documents": documents}
    for name, argv in (("indexing", index_argv), ("queries", query_argv)):
        if use_perf:
            result[name] = _perf_profile(argv, folder, name, dwarf=True)
        else:
            result[name] = _callgrind_profile(argv, folder, name)
        shutil.rmtree(os.path.join(folder, "index"), ignore_errors=True)
    return result
