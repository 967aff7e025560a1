"""Shared fixtures: real SQLite files, real loopback HTTP servers, settings under a temporary home."""
from __future__ import annotations

import os
import signal
import socket
import sys
import threading
from dataclasses import dataclass, field
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from diemnong.config import Settings, load_settings  # noqa: E402
from diemnong.domain import Article, Classification, parse_time  # noqa: E402
from store.sqlite import SQLiteStore  # noqa: E402

SHARED_DATA = Path(os.environ.get("DIEMNONG_SHARED_DATA", ROOT.parent / "shared" / "data"))


@pytest.fixture
def shipped(monkeypatch: pytest.MonkeyPatch):
    """The models shipped in nlp/models, loaded afresh: a test that needs them fails (not skips) when they are missing."""
    from nlp import bundle as models

    monkeypatch.delenv("DIEMNONG_NLP_MODELS", raising=False)
    models.shipped.cache_clear()
    bundle = models.shipped()
    if bundle is None:
        pytest.fail(f"no trained models in {models.MODELS_DIR} (run `diemnong train`)")
    return bundle


@pytest.fixture
def shared_data() -> Path:
    if not (SHARED_DATA / "news").is_dir():
        pytest.skip(f"the shared datasets are not at {SHARED_DATA} (set DIEMNONG_SHARED_DATA)")
    return SHARED_DATA


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return load_settings(env={"DIEMNONG_HOME": str(tmp_path / "home"), "DIEMNONG_ALLOW_PRIVATE_ADDRESSES": "1",
                              "DIEMNONG_NLP_WORKERS": "1", "DIEMNONG_HOST_DELAY": "0"})


@pytest.fixture
def store(tmp_path: Path):
    s = SQLiteStore(tmp_path / "store.sqlite3")
    yield s
    s.close()


def make_article(n: int, title: str = "", published: str = "2025-09-01T08:00:00+07:00", source: str = "VnExpress",
                 topics: tuple[int, ...] = (), sentiment: str = "neutral", local: bool = False, **kw: object) -> Article:
    return Article(
        url=f"https://example.vn/bai-{n}.html", title=title or f"Bài số {n}", source=source,
        published=parse_time(published), summary=kw.pop("summary", ""), text=kw.pop("text", ""),  # type: ignore[arg-type]
        classification=Classification(topics=topics, sentiment=sentiment, local=local), **kw,  # type: ignore[arg-type]
    )


@dataclass
class Route:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    handler: Callable[["LoopbackServer", BaseHTTPRequestHandler], tuple[int, dict[str, str], bytes]] | None = None


class LoopbackServer:
    """A real HTTP server on 127.0.0.1 (or another loopback address; port 0) serving routes; it records every request."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.host = host
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, str, dict[str, str]]] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def _serve(self, method: str) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body_in = self.rfile.read(length) if length else b""
                outer.requests.append((method, self.path, {**dict(self.headers), "_body": body_in.decode("utf-8", "replace")}))
                route = outer.routes.get(self.path) or outer.routes.get(self.path.split("?")[0])
                if route is None:
                    status, headers, body = 404, {"Content-Type": "text/plain"}, b"not found"
                elif route.handler:
                    status, headers, body = route.handler(outer, self)
                else:
                    if route.delay:
                        import time

                        time.sleep(route.delay)
                    status, headers, body = route.status, route.headers, route.body
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if method != "HEAD":
                    try:
                        self.wfile.write(body)
                    except (BrokenPipeError, ConnectionResetError):
                        pass

            def do_GET(self) -> None:
                self._serve("GET")

            def do_POST(self) -> None:
                self._serve("POST")

            def do_HEAD(self) -> None:
                self._serve("HEAD")

        self.httpd = ThreadingHTTPServer((host, 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.httpd.server_address[1]}"

    def route(self, path: str, body: bytes | str = b"", status: int = 200, content_type: str = "text/html; charset=utf-8", **kw: object) -> str:
        data = body.encode("utf-8") if isinstance(body, str) else body
        headers = {"Content-Type": content_type, **kw.pop("headers", {})}  # type: ignore[dict-item]
        self.routes[path] = Route(status=status, body=data, headers=headers, **kw)  # type: ignore[arg-type]
        return self.url + path

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def http_server():
    server = LoopbackServer()
    yield server
    server.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def at(text: str) -> datetime:
    value = parse_time(text)
    assert value is not None
    return value


def run_once_here() -> int:
    """One round of `diemnong run` in this process (its home from DIEMNONG_HOME), no dashboard, crawl or demo; the
    service's SIGINT/SIGTERM handlers are taken back afterwards, so pytest's own stay."""
    from diemnong.cli import main

    handlers = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        return main(["run", "--once", "--no-dashboard", "--no-crawl", "--no-demo"])
    finally:
        for sig, handler in handlers.items():
            signal.signal(sig, handler)
