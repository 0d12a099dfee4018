"""Running one benchmark step as a process and measuring it.

Every indexing run goes through timed(): GNU time (/usr/bin/time -v) reports
the wall clock, CPU seconds and peak resident set of the process and of its
children, which a wrapper script or a multi-threaded indexer would hide from
an in-process clock. Sizes are what `du` says the index takes on disk.
"""

import os
import re
import subprocess
import time

GNU_TIME = "/usr/bin/time"


class StepFailed(RuntimeError):
    """A measured command exited with a code it was not allowed to."""


def _seconds(clock):
    """'1:02.35' or '1:02:03' (GNU time's elapsed field) -> seconds."""
    parts = [float(p) for p in clock.split(":")]
    total = 0.0
    for p in parts:
        total = total * 60 + p
    return total


def parse_gnu_time(text):
    """The fields of `/usr/bin/time -v` output that the report uses."""
    fields = {}
    for line in text.splitlines():
        line = line.strip()
        m = re.match(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", line)
        if m:
            fields["wall_s"] = _seconds(m.group(1))
        m = re.match(r"User time \(seconds\): (\S+)", line)
        if m:
            fields["user_s"] = float(m.group(1))
        m = re.match(r"System time \(seconds\): (\S+)", line)
        if m:
            fields["sys_s"] = float(m.group(1))
        m = re.match(r"Maximum resident set size \(kbytes\): (\d+)", line)
        if m:
            fields["peak_rss_mb"] = int(m.group(1)) / 1024.0
    return fields


def timed(argv, log_path, ok_codes=(0,), stdout_path=None, env=None):
    """Runs argv under GNU time; returns wall_s, user_s, sys_s, peak_rss_mb,
    exit code and the command's stdout (unless sent to stdout_path).
    stderr of the command and of GNU time go to log_path. The wall time is
    also taken here, with a monotonic clock, in case GNU time's is coarse."""
    time_file = log_path + ".time"
    out = open(stdout_path, "w") if stdout_path else subprocess.PIPE
    with open(log_path, "w") as log:
        start = time.monotonic()
        proc = subprocess.run([GNU_TIME, "-v", "-o", time_file] + list(argv),
                              stdout=out, stderr=log, text=True, env=env)
        wall = time.monotonic() - start
    if stdout_path:
        out.close()
    if proc.returncode not in ok_codes:
        raise StepFailed("%s exited with %d; see %s" % (argv[0], proc.returncode, log_path))
    with open(time_file) as f:
        result = parse_gnu_time(f.read())
    result["wall_s"] = wall
    result["exit_code"] = proc.returncode
    result["stdout"] = proc.stdout if not stdout_path else ""
    return result


def disk_mb(path):
    """Disk space of a file or directory tree in MB (du, following a
    top-level symlink such as concord's switched index)."""
    out = subprocess.run(["du", "-s", "-L", "--block-size=1", path], check=True,
                         capture_output=True, text=True).stdout
    return int(out.split()[0]) / 1e6


def load_average():
    """The 1-minute load average: other work on the machine skews timings."""
    return os.getloadavg()[0]
