"""Serve: build, serve the site on localhost, rebuild when the input or templates change, reload the page.

The built files stay exactly what ``digest build`` writes: the reload snippet is added to HTML responses
by the server only. Watching polls file modification times (no extra dependency, works on every system);
the per-article cache makes each rebuild redo only the changed files.
"""

from __future__ import annotations

import functools
import http.server
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from .config import Config

RELOAD_PATH = "/__digest__/version"
RELOAD_SNIPPET = (
    "<script>(function(){var v=null;setInterval(function(){fetch('" + RELOAD_PATH + "').then(function(r)"
    "{return r.text()}).then(function(t){if(v!==null&&t!==v){location.reload()}v=t}).catch(function(){})},"
    "700)})();</script>"
).encode()


def snapshot(folders: Iterable[Path]) -> dict[str, float]:
    """Modification time of every file under the folders: a change shows as a different snapshot."""
    state: dict[str, float] = {}
    for folder in folders:
        if folder.is_dir():
            for path in folder.rglob("*"):
                try:
                    if path.is_file():
                        state[str(path)] = path.stat().st_mtime_ns
                except OSError:
                    continue  # a file deleted while we looked
    return state


class SiteVersion:
    """A counter that goes up after each successful rebuild; pages poll it to know when to reload."""

    def __init__(self) -> None:
        self.value = 0
        self.lock = threading.Lock()

    def bump(self) -> None:
        with self.lock:
            self.value += 1


def make_handler(root: Path, version: SiteVersion) -> type[http.server.SimpleHTTPRequestHandler]:
    class Handler(http.server.SimpleHTTPRequestHandler):
        def do_GET(self) -> None:  # the http.server API names it so
            if self.path == RELOAD_PATH:
                self._send(str(version.value).encode(), "text/plain")
                return
            path = Path(self.translate_path(self.path))
            if path.is_dir():
                path = path / "index.html"
            if path.suffix == ".html" and path.is_file():
                body = path.read_bytes()
                body = (body.replace(b"</body>", RELOAD_SNIPPET + b"</body>", 1) if b"</body>" in body
                        else body + RELOAD_SNIPPET)
                self._send(body, "text/html; charset=utf-8")
                return
            super().do_GET()

        def _send(self, body: bytes, content_type: str) -> None:
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            self.send_header("Cache-Control", "no-store")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:  # quiet: the terminal is for build news
            return

    return functools.partial(Handler, directory=str(root))  # type: ignore[return-value]


def watch_and_rebuild(config: Config, rebuild: Callable[[], bool], version: SiteVersion, stop: threading.Event,
                      interval: float = 0.5) -> None:
    """Poll the input folder and templates; rebuild and bump the version when anything changed."""
    folders = [config.input] + ([config.templates] if config.templates else []) + [_builtin_templates()]
    seen = snapshot(folders)
    while not stop.wait(interval):
        now = snapshot(folders)
        if now != seen:
            seen = now
            if rebuild():
                version.bump()


def _builtin_templates() -> Path:
    return Path(__file__).resolve().parents[2] / "templates"


def serve(config: Config, host: str, port: int, rebuild: Callable[[], bool],
          on_ready: Callable[[str], None] = print) -> None:
    """Serve ``config.output`` until Ctrl-C; ``rebuild`` returns True when a build succeeded."""
    version = SiteVersion()
    server = http.server.ThreadingHTTPServer((host, port), make_handler(config.output, version))
    stop = threading.Event()
    watcher = threading.Thread(target=watch_and_rebuild, args=(config, rebuild, version, stop), daemon=True)
    watcher.start()
    on_ready(f"serving {config.output} at http://{host}:{server.server_address[1]}/ (Ctrl-C stops)")
    try:
        server.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        pass
    finally:
        stop.set()
        server.server_close()
        watcher.join(timeout=2)
        time.sleep(0)  # let the watcher thread finish its print, if any
