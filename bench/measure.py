"""Run one command and measure it: wall time, the largest process's peak RSS, and the whole tree's peak RSS.

Two memory numbers because the tools differ in shape: Hugo is one multi-threaded process, Pelican one
process, digest a main process plus worker processes. ``os.wait4`` gives the kernel's max RSS of the
largest single process in the child's tree (what ``/usr/bin/time -v`` prints, and what
``getrusage(RUSAGE_CHILDREN)`` would give); it understates a build spread over several processes, so a
sampler thread also sums the RSS of every live process in the tree every ``SAMPLE_SECONDS`` (a peak
shorter than that can be missed). A sum of RSS counts every page a forked worker shares with its parent
once per process, so the sampler also sums the proportional set size (PSS: a shared page split between its
sharers) every ``PSS_EVERY`` samples: the memory the build really takes from the machine.
"""

from __future__ import annotations

import os
import subprocess
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

SAMPLE_SECONDS = 0.02
PSS_EVERY = 10  # reading smaps_rollup walks the page tables: too slow for every sample of a big process
_PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024


@dataclass(frozen=True)
class Run:
    seconds: float
    max_rss_mb: float  # the largest single process of the tree, from the kernel
    tree_rss_mb: float  # sampled sum over the live processes of the tree
    returncode: int
    timed_out: bool = False
    tree_pss_mb: float = 0.0  # sampled sum of PSS over the tree: shared pages counted once in all


def _children(pid: int) -> list[int]:
    found: list[int] = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as handle:
                found.extend(int(child) for child in handle.read().split())
    except OSError:
        pass  # the process ended while we looked
    return found


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm") as handle:
            return int(handle.read().split()[1]) * _PAGE_KB
    except (OSError, IndexError, ValueError):
        return 0


def _pss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as handle:
            return next((int(line.split()[1]) for line in handle if line.startswith("Pss:")), 0)
    except (OSError, IndexError, ValueError):
        return 0


def tree_rss_kb(root: int, measure=_rss_kb) -> int:  # type: ignore[no-untyped-def]
    """Sum of resident memory (or another per-process ``measure``) of ``root`` and all its descendants right
    now (0 when it is gone)."""
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += measure(pid)
        todo.extend(_children(pid))
    return total


def tree_pss_kb(root: int) -> int:
    return tree_rss_kb(root, _pss_kb)


def run_measured(command: Sequence[str | Path], cwd: Path | None = None, log: Path | None = None,
                 timeout: float | None = None) -> Run:
    """Run ``command`` to the end (or kill it after ``timeout`` seconds), output to ``log`` or nowhere."""
    out = log.open("wb") if log else subprocess.DEVNULL
    peak, peak_pss = [0], [0]
    done = threading.Event()
    try:
        started = time.perf_counter()
        process = subprocess.Popen([str(c) for c in command], cwd=cwd, stdout=out, stderr=subprocess.STDOUT,
                                   stdin=subprocess.DEVNULL, start_new_session=True)

        def sample() -> None:
            count = 0
            while not done.wait(SAMPLE_SECONDS):
                peak[0] = max(peak[0], tree_rss_kb(process.pid))
                count += 1
                if count % PSS_EVERY == 0:
                    peak_pss[0] = max(peak_pss[0], tree_pss_kb(process.pid))
                if timeout is not None and time.perf_counter() - started > timeout:
                    os.killpg(process.pid, 9)
                    return

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        done.set()
        sampler.join()
        process.returncode = os.waitstatus_to_exitcode(status)  # tell Popen it is reaped
    finally:
        if log:
            out.close()  # type: ignore[union-attr]
    timed_out = timeout is not None and seconds > timeout
    # ru_maxrss is in kilobytes on Linux.
    return Run(seconds=seconds, max_rss_mb=usage.ru_maxrss / 1024, tree_rss_mb=max(peak[0], usage.ru_maxrss) / 1024,
               returncode=process.returncode, timed_out=timed_out, tree_pss_mb=peak_pss[0] / 1024)
