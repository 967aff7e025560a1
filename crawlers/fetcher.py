"""HTTP fetching for the crawlers: conditional GET, size caps, redirects, and refusal of private addresses.

Exceptions::

    FetchError                 a URL could not be fetched (the message says why)
    └── BlockedAddress         the URL resolves to a private, loopback or link-local address
"""
from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import httpx


class FetchError(RuntimeError):
    """A URL could not be fetched."""


class BlockedAddress(FetchError):
    """The URL resolves to an address the settings do not allow."""


@dataclass(frozen=True)
class Response:
    url: str
    status: int
    content: bytes
    headers: dict[str, str] = field(default_factory=dict)
    truncated: bool = False

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def check_address(url: str, allow_private: bool) -> None:
    """Raise BlockedAddress when the URL's host resolves to a private, loopback or link-local address."""
    host = urlsplit(url).hostname
    if not host:
        raise FetchError(f"no host in URL {url!r}")
    if allow_private:
        return
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except socket.gaierror as exc:
        raise FetchError(f"cannot resolve {host}: {exc.strerror}") from exc
    for info in infos:
        ip = ipaddress.ip_address(info[4][0].split("%")[0])
        if ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved or ip.is_multicast or ip.is_unspecified:
            raise BlockedAddress(f"refused {url}: {host} resolves to the non-public address {ip}")


class Fetcher:
    """One httpx client with the crawler's limits; give it a client to aim it elsewhere in tests."""

    def __init__(self, user_agent: str, timeout: float = 20.0, max_bytes: int = 5_000_000, max_redirects: int = 5,
                 allow_private: bool = False, client: httpx.Client | None = None):
        self.max_bytes, self.allow_private = max_bytes, allow_private
        self.client = client or httpx.Client(
            headers={"User-Agent": user_agent, "Accept-Language": "vi,en;q=0.5"},
            timeout=httpx.Timeout(timeout),
            follow_redirects=True,
            max_redirects=max_redirects,
            event_hooks={"request": [self._guard]},
        )

    def _guard(self, request: httpx.Request) -> None:
        check_address(str(request.url), self.allow_private)

    def get(self, url: str, etag: str = "", last_modified: str = "") -> Response:
        """GET a URL (conditionally when validators are given), reading at most max_bytes."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        try:
            with self.client.stream("GET", url, headers=headers) as resp:
                chunks, size, truncated = [], 0, False
                for chunk in resp.iter_bytes():
                    size += len(chunk)
                    if size > self.max_bytes:
                        truncated = True
                        chunks.append(chunk[: len(chunk) - (size - self.max_bytes)])
                        break
                    chunks.append(chunk)
                return Response(str(resp.url), resp.status_code, b"".join(chunks), dict(resp.headers), truncated)
        except BlockedAddress:
            raise
        except httpx.TooManyRedirects as exc:
            raise FetchError(f"too many redirects from {url}") from exc
        except httpx.TimeoutException as exc:
            raise FetchError(f"timed out fetching {url}") from exc
        except httpx.HTTPError as exc:
            raise FetchError(f"cannot fetch {url}: {exc}") from exc

    def close(self) -> None:
        self.client.close()
