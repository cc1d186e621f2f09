"""`digest serve`: builds, serves on localhost, rebuilds on change, and stops cleanly on Ctrl-C."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ARTICLE = """Bridge reopens after repairs

By Ines Costa

The old bridge reopened to traffic on Friday after two months of repairs, the city said.
"""


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:  # localhost only
        return response.read().decode("utf-8")


def test_serve_rebuilds_on_change_and_stops_on_ctrl_c(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    article = tmp_path / "in" / "bridge.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "digest.cli", "serve", "--input", "in", "--output", "out",
                             "--port", "0", "--no-cache"], cwd=tmp_path, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        base = None
        assert proc.stdout is not None
        for line in proc.stdout:
            found = re.search(r"at (http://127\.0\.0\.1:\d+/)", line)
            if found:
                base = found.group(1)
                break
        assert base, "the server never said where it listens"
        index = fetch(base)
        assert "__digest__/version" in index  # the reload snippet, added by the server only
        assert "__digest__" not in (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
        before = fetch(base + "__digest__/version")
        article.write_text(ARTICLE.replace("Friday", "Saturday"), encoding="utf-8")
        deadline = time.monotonic() + 20
        while fetch(base + "__digest__/version") == before and time.monotonic() < deadline:
            time.sleep(0.2)
        assert fetch(base + "__digest__/version") != before, "no rebuild after the article changed"
        data = (tmp_path / "out" / "data" / "articles.json").read_text(encoding="utf-8")
        assert "Saturday" in data
    finally:
        proc.send_signal(signal.SIGINT)
        code = proc.wait(timeout=10)
    assert code == 0
    assert os.listdir(tmp_path / "out")
