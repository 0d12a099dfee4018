"""Index builds of every system on one corpus, measured alike.

Each build starts from nothing in its own folder under the work directory,
runs as its own process under GNU time (measure.timed), and is sized with du
when it is done. Throughput is corpus bytes and documents over wall time.
"""

import json
import os
import shutil
import subprocess

from measure import disk_mb, load_average, timed


def concord_supports(concord_index, option):
    """Whether concord-index --help lists an option (e.g. --threads)."""
    help_text = subprocess.run([concord_index, "--help"], capture_output=True,
                               text=True).stdout
    return option in help_text


def _fresh(path):
    if os.path.lexists(path):
        if os.path.isdir(path) and not os.path.islink(path):
            shutil.rmtree(path)
        else:
            os.remove(path)
    os.makedirs(path)


def _throughput(result, corpus):
    result["docs_per_s"] = corpus["documents"] / result["wall_s"]
    result["mb_per_s"] = corpus["bytes"] / 1e6 / result["wall_s"]
    result["cpu_s"] = result.get("user_s", 0) + result.get("sys_s", 0)
    return result


def build_concord(tools, corpus, work, name, threads=None, compact=False):
    """concord-index into work/name/index; threads=None leaves the option out,
    compact adds --compact (merge the shards into one compact database)."""
    folder = os.path.join(work, name)
    _fresh(folder)
    db = os.path.join(folder, "index")
    argv = [tools["concord-index"], "--db", db, "--quiet"]
    if threads is not None:
        argv += ["--threads", str(threads)]
    if compact:
        argv.append("--compact")
    load = load_average()
    # Exit 1 means some inputs were skipped (listed in the log): still a build.
    result = timed(argv + corpus["files"], os.path.join(work, name + ".log"), ok_codes=(0, 1))
    result.update(system="concord", label=name, db=db, threads=threads or 1, load=load,
                  compact=compact, size_mb=disk_mb(folder))
    status = subprocess.run([tools["concord-index"], "status", "--db", db, "--json"],
                            capture_output=True, text=True)
    try:
        result["documents"] = json.loads(status.stdout).get("documents")
    except ValueError:
        result["documents"] = None
    return _throughput(result, corpus)


def build_peer(tools, corpus, work, name, program, db_name):
    """A peer's `index` mode into work/name/db_name."""
    folder = os.path.join(work, name)
    _fresh(folder)
    db = os.path.join(folder, db_name)
    load = load_average()
    result = timed([tools[program], "index", "--db", db] + corpus["files"],
                   os.path.join(work, name + ".log"))
    reported = json.loads(result["stdout"].strip().splitlines()[-1])
    result.update(system=program, label=name, db=db, threads=1, load=load,
                  size_mb=disk_mb(folder), documents=reported["documents"])
    return _throughput(result, corpus)


def xapian_compacted_mb(db, work, name):
    """Size of a copy of a Xapian database after xapian-compact."""
    out = os.path.join(work, name + "-compacted")
    if os.path.lexists(out):
        shutil.rmtree(out)
    subprocess.run(["xapian-compact", os.path.realpath(db), out], check=True,
                   capture_output=True)
    size = disk_mb(out)
    shutil.rmtree(out)
    return size


def fts5_compacted_mb(tools, db, work):
    """Size of a copy of the FTS5 database after 'optimize' and VACUUM."""
    copy = os.path.join(work, "fts5-compacted.db")
    shutil.copyfile(db, copy)
    subprocess.run([tools["fts5_peer"], "compact", "--db", copy], check=True,
                   capture_output=True)
    size = disk_mb(copy)
    os.remove(copy)
    return size


def nightly_rescan(tools, source_dir, db, corpus, work):
    """The operator's nightly job (scripts/nightly-reindex, which adds
    --prune) on an index that is already up to date, then the same with
    --force, which reads every file again and compares content hashes."""
    nightly = [os.path.join(source_dir, "scripts", "nightly-reindex"),
               "--bin", tools["concord-index"], "--db", db]
    result = {"unchanged": timed(nightly + corpus["files"],
                                 os.path.join(work, "nightly.log"), ok_codes=(0, 1))}
    forced = [tools["concord-index"], "--db", db, "--quiet", "--force"]
    result["forced"] = timed(forced + corpus["files"],
                             os.path.join(work, "nightly-force.log"), ok_codes=(0, 1))
    return result
