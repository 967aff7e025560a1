"""The entities a feed or sitemap declares in its own DOCTYPE, expanded where they are used; pure functions over text.

«<!DOCTYPE rss [<!ENTITY gddt "Giáo dục và Thời đại">]>» and «&gddt;» in a title: the title reads «Giáo dục và Thời
đại», as an XML parser reads it. Only simple internal general entities are read: an external one (SYSTEM, PUBLIC: a
local file, the network) or a parameter entity («%») is not, and its references stay as written (text, once
feeds.repaired_xml has repaired their «&»). A replacement text that is not well-formed content on its own («lớp 10 <
30 học sinh», «<b>GD» left open) goes in as text, its «<» and «>» escaped, so it cannot break the document around it.
Expansion is bounded (EXPANSION_BUDGET characters in all, NESTING levels): a «billion laughs» document has its
references beyond the budget left as written, at once. Only the DOCTYPE of the prolog counts (one written inside a
comment is not), and its internal subset is taken out, so the parsers after (feedparser, lxml's safe parser) meet no
entity declaration at all.
"""
from __future__ import annotations

import re
from xml.parsers import expat

NAME = r"[^\W\d][\w.:-]*"
LITERAL = r"\"[^\"]*\"|'[^']*'"
# What may come before the DOCTYPE in a prolog, one at a time: the XML declaration or another processing instruction, a
# comment, spaces (a byte-order mark first), and text that is no markup (a stray word a server printed before the feed,
# which feedparser reads past).
PROLOG_PART = re.compile(r"\ufeff|<\?.*?\?>|<!--.*?-->|[^<]+", re.S)
# A DOCTYPE of the prolog with an internal subset: its name and external identifier (kept), then «[».
DOCTYPE_OPEN = re.compile(rf"<!DOCTYPE\s+{NAME}(?:\s+(?:SYSTEM\s*(?:{LITERAL})|PUBLIC\s*(?:{LITERAL})\s*(?:{LITERAL})))?\s*\[")
# What an internal subset holds, one at a time: an entity's declaration (the groups: «%», name, value, external id),
# a comment, a processing instruction, another declaration (quoted literals may hold «>»), a parameter entity's
# reference, spaces; and its end, «]» then «>».
SUBSET_PART = re.compile(
    rf"<!ENTITY\s+(%\s+)?({NAME})\s+(?:\"([^\"]*)\"|'([^']*)'|(SYSTEM|PUBLIC)\s*(?:{LITERAL})(?:\s*(?:{LITERAL}))?"
    rf"(?:\s+NDATA\s+{NAME})?)\s*>"
    rf"|<!--.*?-->|<\?.*?\?>|<!(?:[^<>\"']|{LITERAL})*>|%{NAME};|\s+", re.S)
SUBSET_END = re.compile(r"\]\s*>")
PREDEFINED = frozenset({"lt", "gt", "amp", "quot", "apos"})
# Where a declared entity's reference is expanded: not in CDATA or a comment (taken as written); in a tag's attribute
# values with its quotes and «<» escaped (they would end the value); elsewhere as written, markup and all, as XML does
# (a text that is not well-formed content on its own is escaped when made: as_content).
USES = re.compile(rf"<!\[CDATA\[.*?(?:\]\]>|\Z)|<!--.*?(?:-->|\Z)|(<[^\W\d][^<>]*>)|&({NAME});", re.S)
REFERENCE = re.compile(rf"&({NAME});")
# Characters of replacement text a document may have made, in all: an entity's text is charged once when made (its
# first use in text is that text), then again at each further use and at each use in an attribute (escaped there).
EXPANSION_BUDGET = 1_000_000
NESTING = 16  # entities within entities, at most
DEPTH = 64  # elements within elements in one replacement text, at most, that it goes in as markup (lxml stops at 256)
IN_ATTRIBUTE = str.maketrans({'"': "&#34;", "'": "&#39;", "<": "&#60;"})
AS_TEXT = str.maketrans({"<": "&lt;", ">": "&gt;"})


def as_content(text: str) -> str:
    """A replacement text as it may go into the document: as written when it is well-formed content on its own (its
    elements closed, no stray «<») and nested at most DEPTH elements deep, as XML requires of an entity; else as text,
    its «<» and «>» escaped (its «&»s are feeds.repaired_xml's). Checked by expat without namespaces (a prefix the
    document's root declares is fine here), every «&» escaped first: no reference is read, no DTD, nothing outside."""
    if "<" not in text and "]]>" not in text:
        return text
    return text if _well_formed(f"<x>{text.replace('&', '&amp;')}</x>") else text.translate(AS_TEXT)


def _well_formed(content: str) -> bool:
    """Whether expat reads `content` whole, its elements nested at most DEPTH (besides the wrapper) deep."""
    parser, depth = expat.ParserCreate(), [0, 0]  # now, deepest

    def start(*_: object) -> None:
        depth[0] += 1
        depth[1] = max(depth)

    def end(*_: object) -> None:
        depth[0] -= 1

    parser.StartElementHandler, parser.EndElementHandler = start, end
    try:
        parser.Parse(content, True)
    except expat.ExpatError:
        return False
    return depth[1] <= DEPTH + 1


def doctype_open(document: str) -> re.Match[str] | None:
    """Where the prolog's DOCTYPE with an internal subset opens: after the XML declaration, comments, processing
    instructions and spaces, at a token's start (not inside a comment); None when there is none."""
    at = 0
    while part := PROLOG_PART.match(document, at):
        at = part.end()
    return DOCTYPE_OPEN.match(document, at)


def internal_subset(document: str) -> tuple[dict[str, str], str] | None:
    """The general entities a document's DOCTYPE declares (name → value as written; the first declaration binds, as
    in XML) and the document without its internal subset; None when it has none, or one that cannot be read (left
    to the parsers as it is). The DOCTYPE is looked for in the prolog only (doctype_open)."""
    opened = doctype_open(document)
    if opened is None:
        return None
    entities: dict[str, str] = {}
    at = opened.end()
    while not (end := SUBSET_END.match(document, at)):
        part = SUBSET_PART.match(document, at)
        if part is None:
            return None
        percent, name, double, single, external = part.groups()
        if name and not percent and not external and name not in PREDEFINED:
            entities.setdefault(name, double if double is not None else single)
        at = part.end()
    return entities, document[:opened.end() - 1].rstrip() + ">" + document[end.end():]


class _Expander:
    """Expansions of one document's entities, each made once, within EXPANSION_BUDGET and NESTING."""

    def __init__(self, entities: dict[str, str]) -> None:
        self.entities, self.made, self.left = entities, {}, EXPANSION_BUDGET
        self.refused, self.inserted = 0, set()

    def expand(self, name: str, depth: int = 0) -> str | None:
        """The replacement text of entity `name`, its own references expanded; None when it is not declared, refers
        to itself, nests too deep or runs past the budget."""
        if name not in self.entities or depth > NESTING:
            return None
        if name not in self.made:
            self.made[name] = None  # while being made: a reference to itself is refused
            self.made[name] = self._made(self.entities[name], depth)
        return self.made[name]

    def _made(self, value: str, depth: int) -> str | None:
        pieces, size, at = [], 0, 0
        for m in REFERENCE.finditer(value):
            inner = self.expand(m.group(1), depth + 1) if m.group(1) in self.entities else m.group(0)
            if inner is None:
                return None
            pieces += [value[at:m.start()], inner]
            size += m.start() - at + len(inner)
            at = m.end()
            if size > self.left:
                return None
        pieces.append(value[at:])
        return self.spent(as_content("".join(pieces)))

    def spent(self, text: str) -> str | None:
        """`text`, charged to the budget; None when the budget cannot pay for it."""
        if len(text) > self.left:
            return None
        self.left -= len(text)
        return text

    def use(self, m: re.Match[str]) -> str:
        tag, name = m.group(1), m.group(2)
        if tag is not None:
            return REFERENCE.sub(lambda r: self._inserted(r, attribute=True), tag) if "&" in tag else tag
        return self._inserted(m) if name else m.group(0)

    def _inserted(self, m: re.Match[str], attribute: bool = False) -> str:
        name = m.group(m.lastindex or 0)
        if name not in self.entities:
            return m.group(0)
        text = self.expand(name)
        if text is not None and (attribute or name in self.inserted):  # the first use in text was paid when made
            text = self.spent(text.translate(IN_ATTRIBUTE) if attribute else text)
        if text is None:
            self.refused += 1
            return m.group(0)
        self.inserted.add(name)
        return text


def expand_entities(document: str) -> tuple[str, str]:
    """The document with the entities its DOCTYPE declares expanded and its internal subset taken out (see the
    module's docstring), and what could not be expanded ('' when everything could: a feed's own entities are no fault
    of its format)."""
    found = internal_subset(document)
    if found is None:
        return document, ""
    entities, document = found
    if not entities:
        return document, ""
    expander = _Expander(entities)
    document = USES.sub(expander.use, document)
    if not expander.refused:
        return document, ""  # a document's own entities, expanded, are XML as written: nothing to say
    return document, (f"declared entity left unexpanded ×{expander.refused} (circular, nested beyond {NESTING} levels "
                      f"or beyond {EXPANSION_BUDGET} characters)")
