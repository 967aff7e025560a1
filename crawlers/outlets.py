"""Per-outlet article page selectors, declared in data/outlets.yaml rather than coded.

A selector that matches nothing is harmless: the extractor then falls back to page metadata and
trafilatura for that field. An outlet whose pages need more than selectors would get a small parser
function of its own (fundus style); none needs one yet.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from diemnong.config import DATA_DIR, _items, _nonempty, css_problem, load_document

FIELDS = ("title", "lead", "body", "time", "author", "image", "drop")


@dataclass(frozen=True)
class Outlet:
    name: str
    domains: tuple[str, ...]
    title: str = ""
    lead: str = ""
    body: str = ""
    time: str = ""
    author: str = ""
    image: str = ""
    drop: str = ""  # elements removed from the body before its text is read (related links, captions, ads)


def _domains_problem(domains: list) -> str | None:
    """Why a list of an outlet's domains is refused: the first one that is no host name with a dot."""
    bad = next((d for d in domains if not isinstance(d, str) or "." not in d), None)
    return None if bad is None else f"cần tên miền có dấu chấm, ví dụ vnexpress.net (đã nhập {bad!r})"


def load_outlets(path: Path | None = None) -> list[Outlet]:
    """Load and validate the outlets' selectors (errors name file:line: field)."""
    doc = load_document(path or DATA_DIR / "outlets.yaml")
    out = []
    for _, f in _items(doc, "outlets"):
        f.unknown({"name", "domains", "notes", *FIELDS})
        domains = f.get("domains", list, check=lambda v: _nonempty(v) or _domains_problem(v))
        out.append(Outlet(
            name=f.get("name", str, check=_nonempty), domains=tuple(d.lower() for d in domains),
            **{k: f.get(k, str, "", check=lambda v: css_problem(v) if v else None) for k in FIELDS},
        ))
    return out


@lru_cache(maxsize=1)
def default_outlets() -> tuple[Outlet, ...]:
    return tuple(load_outlets())


def outlet_for(site: str, outlets: tuple[Outlet, ...] | list[Outlet] | None = None) -> Outlet | None:
    """The outlet whose domain is the site or a parent of it (news.zing.vn → zing.vn)."""
    site = site.lower()
    for outlet in outlets if outlets is not None else default_outlets():
        if any(site == d or site.endswith("." + d) for d in outlet.domains):
            return outlet
    return None

