"""What the numbers were measured on: machine, date, versions, load."""

import datetime
import os
import re
import subprocess


def _run(argv, cwd=None):
    try:
        return subprocess.run(argv, cwd=cwd, capture_output=True, text=True,
                              check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return ""


def cpu_model():
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return "unknown"


def ram_gib():
    with open("/proc/meminfo") as f:
        for line in f:
            m = re.match(r"MemTotal:\s+(\d+) kB", line)
            if m:
                return int(m.group(1)) / (1024 * 1024)
    return 0.0


def git_revision(source_dir):
    """Short commit id, with '+changes' when the tree differs from it."""
    rev = _run(["git", "rev-parse", "--short", "HEAD"], cwd=source_dir) or "unknown"
    dirty = _run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=source_dir)
    return rev + ("+changes" if dirty else "")


def scheduling():
    """The autogroup nice value of this run's session ('nice 0' when the run
    had no raised priority; see scripts/bench --priority)."""
    try:
        with open("/proc/self/autogroup") as f:
            return f.read().split(" ", 1)[1].strip()
    except (OSError, IndexError):
        return "unknown"


def allocator(binary):
    """The malloc a program runs with: 'jemalloc' when it links it (CMake option
    CONCORD_JEMALLOC), else glibc's."""
    libs = _run(["ldd", binary])
    return "jemalloc" if "libjemalloc" in libs else "glibc malloc"


def describe(source_dir, concord_index=None):
    sqlite = _run(["sqlite3", "--version"]).split(" ")[0] or "unknown"
    xapian = _run(["xapian-config", "--version"]).split(" ")[-1] or "unknown"
    return {
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "nproc": os.cpu_count(),
        "cpu": cpu_model(),
        "ram_gib": round(ram_gib(), 1),
        "kernel": _run(["uname", "-r"]),
        "concord_rev": git_revision(source_dir),
        "xapian": xapian,
        "sqlite": sqlite,
        "compiler": _run(["c++", "--version"]).splitlines()[0] if _run(["c++", "--version"]) else "",
        "load_at_start": round(os.getloadavg()[0], 2),
        "scheduling": scheduling(),
        "allocator": allocator(concord_index) if concord_index else "unknown",
    }
