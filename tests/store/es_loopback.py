"""A loopback HTTP server that answers the official client like Elasticsearch does — product header,
JSON bodies in the shapes of the real APIs — and records every request it gets.

It has no search semantics: searches find nothing, gets find nothing, bulk items succeed, unless a
test scripts an answer with :meth:`EsLoopback.reply`. It exists to check the requests the store
sends (paths, parameters, bodies) and how the store reads the answers; the behaviour of a real
server is checked by the contract suite when ELASTICSEARCH_URL is set.
"""
from __future__ import annotations

import json
import re
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable
from urllib.parse import parse_qs, urlsplit

Answer = tuple[int, Any]


@dataclass
class Request:
    method: str
    path: str
    params: dict[str, str]
    headers: dict[str, str]
    text: str

    @property
    def json(self) -> Any:
        return json.loads(self.text) if self.text else None

    @property
    def ndjson(self) -> list[Any]:
        return [json.loads(line) for line in self.text.splitlines() if line.strip()]


@dataclass
class Script:
    method: str
    pattern: re.Pattern[str]
    answer: Callable[[Request], Answer]
    times: int | None = None  # None: always


@dataclass
class EsLoopback:
    version: str = "8.17.4"
    product: bool = True
    requests: list[Request] = field(default_factory=list)
    scripts: list[Script] = field(default_factory=list)
    indices: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                parts = urlsplit(self.path)
                req = Request(self.command, parts.path, {k: v[-1] for k, v in parse_qs(parts.query).items()},
                              {k.lower(): v for k, v in self.headers.items()}, raw.decode("utf-8"))
                outer.requests.append(req)
                status, body = outer.answer(req)
                data = b"" if body is None else json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/vnd.elasticsearch+json;compatible-with=8")
                if outer.product:
                    self.send_header("X-Elastic-Product", "Elasticsearch")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(data)

            do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _serve

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    # ------------------------------------------------------------------ scripting
    def reply(self, method: str, pattern: str, answer: Answer | Callable[[Request], Answer], times: int | None = None) -> None:
        """Answer requests whose method and path match (newest script first)."""
        fn = answer if callable(answer) else (lambda _req, a=answer: a)
        self.scripts.insert(0, Script(method, re.compile(pattern), fn, times))

    def find(self, method: str, pattern: str) -> list[Request]:
        return [r for r in self.requests if r.method == method and re.search(pattern, r.path)]

    def clear(self) -> None:
        self.requests.clear()

    # ------------------------------------------------------------------ default answers
    def answer(self, req: Request) -> Answer:
        for s in self.scripts:
            if s.method == req.method and s.pattern.search(req.path) and s.times != 0:
                if s.times is not None:
                    s.times -= 1
                return s.answer(req)
        return self.default(req)

    def default(self, req: Request) -> Answer:
        m, p = req.method, req.path
        segs = [s for s in p.split("/") if s]
        if p == "/" and m in ("GET", "HEAD"):
            return 200, {"name": "loopback", "cluster_name": "test", "version": {"number": self.version,
                                                                                "build_flavor": "default"},
                         "tagline": "You Know, for Search"}
        if segs[:1] == ["_index_template"] or (m == "PUT" and segs[-1:] == ["_mapping"]):
            return 200, {"acknowledged": True}
        if p.endswith("/_search"):
            body = req.json or {}
            res: dict[str, Any] = {"took": 1, "timed_out": False, "hits": {"total": {"value": 0, "relation": "eq"}, "hits": []}}
            if "aggs" in body or "aggregations" in body:
                res["aggregations"] = {"cube": {"buckets": []}}
            return 200, res
        if p.endswith("/_count"):
            return 200, {"count": 0}
        if p == "/_mget":
            return 200, {"docs": [{"_index": d["_index"], "_id": d["_id"], "found": False} for d in req.json["docs"]]}
        if p.endswith("/_bulk"):
            return 200, bulk_answer(req)
        if p.endswith("/_refresh"):
            return 200, {"_shards": {"total": 1, "successful": 1, "failed": 0}}
        if len(segs) == 1:  # an index
            if m == "HEAD":
                return (200 if segs[0] in self.indices else 404), None
            if m == "PUT":
                self.indices.add(segs[0])
                return 200, {"acknowledged": True, "shards_acknowledged": True, "index": segs[0]}
        if len(segs) == 3 and segs[1] == "_update":
            return 200, {"_index": segs[0], "_id": segs[2], "result": "updated", "_seq_no": 1, "_primary_term": 1}
        if len(segs) == 3 and segs[1] in ("_doc", "_create"):
            if m in ("GET", "HEAD"):
                return 404, ({"_index": segs[0], "_id": segs[2], "found": False} if m == "GET" else None)
            return 201, {"_index": segs[0], "_id": segs[2], "result": "created", "_seq_no": 0, "_primary_term": 1}
        return 400, {"error": {"type": "loopback", "reason": f"no answer for {m} {p}"}, "status": 400}


def bulk_answer(req: Request, status_of: Callable[[str, dict[str, Any]], int] | None = None) -> dict[str, Any]:
    """Items for every action of a bulk request; status_of(op, meta) picks each status (default: success)."""
    lines = req.ndjson
    items, i = [], 0
    while i < len(lines):
        op, meta = next(iter(lines[i].items()))
        i += 1 if op == "delete" else 2
        status = status_of(op, meta) if status_of else (200 if op in ("delete", "index", "update") else 201)
        item: dict[str, Any] = {"_index": meta.get("_index"), "_id": meta.get("_id"), "status": status}
        if status >= 300:
            item["error"] = {"type": {409: "version_conflict_engine_exception", 429: "es_rejected_execution_exception",
                                      503: "unavailable_shards_exception"}.get(status, "mapper_parsing_exception"),
                             "reason": f"loopback status {status}"}
        else:
            item.update(result="created" if status == 201 else "updated", _seq_no=0, _primary_term=1)
        items.append({op: item})
    return {"took": 1, "errors": any(next(iter(x.values()))["status"] >= 300 for x in items), "items": items}
