"""Canonical URLs: one article, one address, whatever tracking, AMP or mobile variant linked to it."""
from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

TRACKING = re.compile(r"^(utm_\w+|fbclid|gclid|dclid|msclkid|zarsrc|zx_\w+|_ga|mc_cid|mc_eid|igshid|ref|refsrc|src|source|cmpid|itm_\w+)$", re.I)
MOBILE_HOST = re.compile(r"^(m|mobile|amp)\.", re.I)
AMP_PATH = re.compile(r"(/amp)(?=/|$)|\.amp(?=\.html?$)|(?<=\.html)/amp$", re.I)


def canonical_url(url: str) -> str:
    """Lowercase scheme and host (the scheme is kept: identity ignores it, see domain.doc_id), drop tracking parameters, fragments, AMP/mobile markers and trailing slashes."""
    url = url.strip()
    parts = urlsplit(url)
    scheme = (parts.scheme or "http").lower()
    if scheme not in ("http", "https"):
        return url
    host = (parts.hostname or "").lower().rstrip(".")
    host = MOBILE_HOST.sub("", host)
    if host.startswith("www."):
        host = host[4:]
    port = f":{parts.port}" if parts.port and (scheme, parts.port) not in (("http", 80), ("https", 443)) else ""
    path = AMP_PATH.sub("", parts.path) or "/"
    path = re.sub(r"/{2,}", "/", path)
    if len(path) > 1:
        path = path.rstrip("/")
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not TRACKING.match(k) and k.lower() != "amp"]
    return urlunsplit((scheme, host + port, path, urlencode(sorted(query)), ""))
