"""Render pages on every core: forked workers inherit the corpus, the views and the compiled templates.

Each page is a job that returns its text; jobs are pure (a page depends only on the corpus, the settings
and the templates), so which process renders a page cannot change it: the result is the same list, in the
same order, as rendering them one by one. Workers are forked, so the corpus is never pickled on the way in;
only what each job returns comes back: with the site writer that is a page's hash, since the workers write
the pages into the staging folder themselves (call ``gc.freeze()`` first, so the workers share the inherited
objects).
Where fork is not available (Windows, macOS default), or the site is small enough that starting workers
costs more than it saves, pages are rendered in this process.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
from collections.abc import Callable, Sequence
from typing import Any

PARALLEL_FROM = 400  # pages; below this, forking and collecting cost more than a second core saves
# A worker renders one chunk and exits, and a fresh one is forked for the next: rendering writes the reference counts
# of every object it touches, so a long-lived worker ends up with its own copy of most of the corpus (at 100k
# articles, over 1 GB each); a worker that lives for one chunk copies only what that chunk touched. Many small
# chunks keep each copy small and even out slow pages; each costs a fork (cheap: the page tables).
CHUNKS_PER_WORKER = 16

Job = Callable[[], Any]  # returns a page (with whatever the caller wants to know about it)

_jobs: Sequence[Job] = ()  # the jobs of the current run, set before forking so the workers inherit them


def available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def render_jobs(jobs: Sequence[Job], workers: int | None = None) -> list[Any]:
    """Run every job and return the pages in job order, on ``workers`` processes.

    ``None`` chooses: one per core for a site of PARALLEL_FROM pages or more, else this process alone.
    """
    if workers is None:
        workers = available_cores() if len(jobs) >= PARALLEL_FROM else 1
    workers = min(workers, len(jobs))
    if workers <= 1 or not can_fork():
        return [job() for job in jobs]
    global _jobs
    _jobs = jobs
    size = max(1, len(jobs) // (workers * CHUNKS_PER_WORKER))
    bounds = [(start, min(start + size, len(jobs))) for start in range(0, len(jobs), size)]
    _return_free_heap()
    try:
        with multiprocessing.get_context("fork").Pool(workers, maxtasksperchild=1) as pool:
            return [page for part in pool.imap(_render_range, bounds) for page in part]
    finally:
        _jobs = ()


def _return_free_heap() -> None:
    """Hand the heap pages gathering freed back to the system before forking (glibc keeps them otherwise), so the
    parent is smaller while its workers run: at 30k articles its resident size fell from 499 to 371 MB."""
    with contextlib.suppress(OSError, AttributeError):  # not glibc: nothing to do
        ctypes.CDLL("libc.so.6").malloc_trim(0)


def _render_range(bounds: tuple[int, int]) -> list[Any]:
    start, stop = bounds
    return [_jobs[i]() for i in range(start, stop)]
