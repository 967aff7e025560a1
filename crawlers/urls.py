"""Canonical URLs: one article, one address, whatever tracking, AMP or mobile variant linked to it.

Pure functions over strings. The scheme is kept in the canonical form (identity ignores it: see
``diemnong.domain.doc_id``), everything else that does not name a different page is normalised away.
The canonical form names an article; it is not an address every site answers at, so a page is requested
at the link as published (:func:`fetch_url`).
"""
from __future__ import annotations

import re
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

# Query parameters that only say where a click came from (analytics, social networks, newsletters, Zalo).
TRACKING = re.compile(
    r"^(utm_\w+|fbclid|gclid|gbraid|wbraid|dclid|msclkid|yclid|twclid|ttclid|li_fat_id|zarsrc|gidzl|zx_\w+|_ga|_gl|_hs\w+|"
    r"mc_cid|mc_eid|mkt_tok|igshid|ref|ref_src|refsrc|referer|src|cmpid|ncid|ocid|spm|share|s_cid|itm_\w+|vn_\w+|"
    r"rss|from|fromrss|amp|outputtype)$",
    re.I,
)
MOBILE_HOST = re.compile(r"^(?:m|mobile|amp|wap)\.", re.I)
# AMP variants of an article path: /amp/... prefix, .../amp suffix, name.amp.html, name.html/amp.
AMP_PREFIX = re.compile(r"^/amp(?=/)", re.I)
AMP_SUFFIX = re.compile(r"/amp/?$|\.amp(?=\.html?$)|(?<=\.html)/amp$|(?<=\.htm)/amp$", re.I)
PCT = re.compile(r"%[0-9a-fA-F]{2}")
UNRESERVED = re.compile(r"[A-Za-z0-9\-._~]")
PATH_SAFE = "/:@!$&'()*+,;=-._~%"


def _normalise_escapes(path: str) -> str:
    """Percent-encode raw non-ASCII, upper-case escapes and decode escaped unreserved characters."""
    path = quote(path, safe=PATH_SAFE)

    def fix(m: re.Match[str]) -> str:
        char = chr(int(m.group(0)[1:], 16))
        return char if UNRESERVED.fullmatch(char) else m.group(0).upper()

    return PCT.sub(fix, path)


def _remove_dot_segments(path: str) -> str:
    out: list[str] = []
    for segment in path.split("/"):
        if segment == "..":
            if len(out) > 1:
                out.pop()
        elif segment != ".":
            out.append(segment)
    return "/".join(out)


def _host(parts_host: str) -> str:
    host = parts_host.lower().rstrip(".")
    try:
        host = host.encode("idna").decode("ascii") if any(ord(c) > 127 for c in host) else host
    except UnicodeError:
        pass
    host = MOBILE_HOST.sub("", host)
    return host[4:] if host.startswith("www.") else host


def canonical_url(url: str) -> str:
    """Lowercase scheme and host, drop tracking parameters, fragments, AMP/mobile markers, default ports and trailing slashes."""
    url = (url or "").strip()
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return url
    scheme = (parts.scheme or "http").lower()
    if scheme not in ("http", "https") or not parts.hostname:
        return url
    host = _host(parts.hostname)
    host = f"[{host}]" if ":" in host else host
    netloc = host + (f":{port}" if port and (scheme, port) not in (("http", 80), ("https", 443)) else "")
    path = AMP_SUFFIX.sub("", AMP_PREFIX.sub("", parts.path))
    path = _remove_dot_segments(re.sub(r"/{2,}", "/", _normalise_escapes(path or "/"))) or "/"
    if len(path) > 1:
        path = path.rstrip("/") or "/"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not TRACKING.match(k)]
    return urlunsplit((scheme, netloc, path, urlencode(sorted(query)), ""))


def fetch_url(url: str) -> str:
    """The address a page is requested at: the link as published, only its fragment removed.

    Host (``www.``, ``m.``), path and query stay as given, since a site may answer only there or need a parameter
    that :func:`canonical_url` sorts or drops; the canonical form is the article's identity, not where it is read.
    """
    url = (url or "").strip()
    return url.split("#", 1)[0]


def host_of(url: str) -> str:
    """The host a request for this URL goes to (lowercase, port kept)."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    return f"{host}:{parts.port}" if parts.port else host


def site_of(url: str) -> str:
    """The site of a URL: its host without www., m. or amp. (so mobile and desktop pages are one site)."""
    parts = urlsplit(url)
    return _host(parts.hostname or "")


def slug_title(url: str) -> str:
    """A readable stand-in title from a URL's last path segment, for an item known only by its link."""
    segment = unquote(urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1])
    segment = re.sub(r"\.(html?|ldo|aspx?|php)$", "", segment, flags=re.I)
    segment = re.sub(r"[-_]?\d{5,}$|-(?:post|a)\d+$", "", segment)
    words = [w for w in re.split(r"[-_+]+", segment) if w]
    return " ".join(words).capitalize() if words else urlsplit(url).netloc
