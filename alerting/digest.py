"""The daily digest: the non-urgent alerts due at the digest time, folded into one message per recipient.

Pure: given the due alerts and the digests already in the outbox for a day, return the digest alerts to
queue and the member alerts to mark 'digested'. The pipeline writes both; if it crashes in between, the
next round finds the digest already queued (its key is derived from its members) and only marks them, so
every member is listed in exactly one digest and each digest is sent once.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence

from alerting.messages import digest_body, digest_subject
from alerting.routing import mailbox
from diemnong.config import Department
from diemnong.domain import Alert


@dataclass
class Folded:
    digests: list[Alert] = field(default_factory=list)
    members: list[Alert] = field(default_factory=list)  # with state 'digested' and the key of their digest


def digest_day(alert: Alert) -> str:
    """The day of the digest an alert is listed in (YYYY-MM-DD): that of its time to go."""
    at = alert.next_attempt or alert.raised_at
    return at.date().isoformat()


def fold_digests(due: Iterable[Alert], existing: Callable[[str], Sequence[Alert]], dashboard_url: str,
                 later: Callable[[Alert], str] = lambda _alert: "", told: Callable[[Alert], str] = lambda _alert: "x") -> Folded:
    """Fold due digest-bound alerts (payload 'digest') into one digest per (channel, recipient, day): one per mailbox,
    whatever the case its address is written in under each department (recipients() sends an issue to it once).

    An alert that ``later`` names a newer alert for (a higher level of its issue to the same recipient, sent at once
    because urgent, or in this digest too) is not listed: the recipient hears of the issue once, as it is now. An
    escalation is said to have grown only to a recipient whom ``told`` names an earlier message of it for.
    """
    groups: dict[tuple[str, str, str], list[Alert]] = {}
    for alert in due:
        if alert.kind != "digest" and alert.payload.get("digest") and alert.state in ("pending", "sending"):
            groups.setdefault((alert.channel, mailbox(alert.channel, alert.recipient), digest_day(alert)), []).append(alert)
    out = Folded()
    known: dict[str, list[Alert]] = {}
    for (channel, reaches, day), members in sorted(groups.items()):
        if day not in known:
            known[day] = [d for d in existing(day) if d.kind == "digest" and d.state != "withheld"]  # never sent
        listed = {k: d.key for d in known[day] if mailbox(d.channel, d.recipient) == reaches for k in d.payload.get("members", ())}
        superseded = {m.key: later(m) for m in members if m.key not in listed}
        fresh = sorted((m for m in members if m.key not in listed and not superseded[m.key]), key=lambda m: (m.raised_at, m.key))
        if fresh:
            keys = [m.key for m in fresh]
            first = fresh[0]
            recipient = first.recipient  # as written for the first of them (one mailbox may be written in two cases)
            digest_key = f"digest|{recipient}|{day}|{hashlib.sha1(' '.join(keys).encode()).hexdigest()[:10]}"
            digest = Alert(
                key=digest_key, issue_id=f"digest|{day}", department=first.department, recipient=recipient,
                channel=channel, kind="digest", subject=digest_subject(_vn_date(day), len(fresh)),
                body=digest_body([_item(m, told) for m in fresh], _vn_date(day), dashboard_url),
                raised_at=max(m.raised_at for m in fresh), next_attempt=first.next_attempt,
                payload={"kind": "digest", "day": day, "members": keys, "issues": [_item(m, told) for m in fresh]},
            )
            out.digests.append(digest)
            known[day].append(digest)
            listed.update({k: digest_key for k in keys})
        for m in members:
            mark = {"digest_key": listed[m.key]} if m.key in listed else {"superseded_by": superseded[m.key]}
            out.members.append(m.with_(state="digested", payload={**m.payload, **mark}))
    return out


def _item(member: Alert, told: Callable[[Alert], str]) -> dict:
    """A member's entry in its digest: its payload, marked ``first_word`` when it is an escalation of an issue its
    recipient never heard of (its earlier alert was left out as outgrown)."""
    if member.payload.get("level", 0) and not told(member):
        return {**member.payload, "first_word": True}
    return member.payload


def digest_for(alert: Alert, department: str, departments: Mapping[str, Department], dashboard_url: str) -> Alert | None:
    """A digest narrowed to the issues ``department`` should hear of (those of its topics; every one for a department
    copied on every issue, the Văn phòng), as its copy for that department's own address gets it: a digest folded for
    a mailbox several departments listed lists theirs too. None when it lists none of them; any other alert as it is."""
    if alert.kind != "digest":
        return alert
    dep = departments.get(department)
    issues = list(alert.payload.get("issues", ()))
    return narrowed(alert, [n for n, item in enumerate(issues) if _hears_of(department, dep, item)], dashboard_url)


def narrowed(alert: Alert, kept: Sequence[int], dashboard_url: str) -> Alert | None:
    """A digest listing only its issues of these positions (as it is when all; None when none)."""
    issues, members = list(alert.payload.get("issues", ())), list(alert.payload.get("members", ()))
    kept = [n for n in kept if n < len(issues)]
    if len(kept) == len(issues):
        return alert
    if not kept:
        return None
    return _listing(alert, [issues[n] for n in kept], [members[n] for n in kept if n < len(members)], dashboard_url)


def widened(digest: Alert, more: Alert, dashboard_url: str) -> Alert:
    """A digest not sent yet listing also the issues of another digest for its mailbox (a copy come back to the address
    it was narrowed away from) it does not list yet, each issue at a level once, their members with them."""
    issues, members = list(digest.payload.get("issues", ())), list(digest.payload.get("members", ()))
    listed, theirs = {issue_at(item) for item in issues}, list(more.payload.get("members", ()))
    extra = [n for n, item in enumerate(more.payload.get("issues", ())) if issue_at(item) not in listed]
    if not extra:
        return digest
    return _listing(digest, issues + [more.payload["issues"][n] for n in extra],
                    members + [theirs[n] for n in extra if n < len(theirs)], dashboard_url)


def _listing(digest: Alert, items: list[Any], members: list[Any], dashboard_url: str) -> Alert:
    """A digest listing these issues (and their members): its subject, payload and body made for them."""
    day = _vn_date(_day(digest))
    return digest.with_(subject=digest_subject(day, len(items)), body=digest_body(items, day, dashboard_url),
                        payload={**digest.payload, "issues": items, "members": members})


def issue_at(item: Mapping[str, Any]) -> tuple[str, int]:
    """What a digest's entry tells of: its issue, at its level."""
    return str(item.get("issue_id", "")), int(item.get("level", 0) or 0)


def copy_keys(copy: Alert) -> Iterator[str]:
    """Keys for a digest's copy, the first its own (readdressed): the next ones when a row of that key is already in
    the outbox, sent or replaced (an address given back), each keyed by the issues it lists (not a digest's members:
    those are the original's), its Message-ID then one the mailbox never had."""
    yield copy.key
    listed = " ".join(f"{issue}@{level}" for issue, level in map(issue_at, copy.payload.get("issues", ())))
    tag = hashlib.sha1(listed.encode()).hexdigest()[:10]
    for n in range(1, 100):
        yield f"{copy.key}-{tag}" + (f"-{n}" if n > 1 else "")  # no '|': digest_issue_id still finds its day


def digest_shares(alert: Alert, departments: Mapping[str, Department]) -> tuple[list[int], dict[str, list[int]]]:
    """Who should hear of each issue of a waiting digest by the departments as configured now, decided per issue: the
    positions of the issues its own address should still list (those of a department that lists that address now),
    and every other address on its channel of a department that should hear of some issue, with the positions of
    the issues it should (each address once, whatever the case it is written in, with all its departments' issues).

    The departments are its own, those that lead its issues and those copied on every issue (the Văn phòng): a
    department that had the digest's mailbox for want of its own, given its own, hears there of the issues it leads,
    whichever department the digest was folded under."""
    issues, channel = list(alert.payload.get("issues", ())), alert.channel
    concerned = {alert.department, *(d for item in issues for d in item.get("lead_departments") or ())}
    own, shares, spelled = mailbox(channel, alert.recipient), {}, {}
    for dep_id, dep in departments.items():
        if dep_id not in concerned and not dep.always_copied:
            continue
        hears = {n for n, item in enumerate(issues) if _hears_of(dep_id, dep, item)}
        for address in dep.emails if channel == "email" else dep.webhooks:
            reaches = mailbox(channel, address)
            spelled.setdefault(reaches, alert.recipient if reaches == own else address)
            shares[reaches] = shares.get(reaches, set()) | hears
    kept = sorted(shares.pop(own, set()))
    return kept, {spelled[reaches]: sorted(hears) for reaches, hears in shares.items() if hears}


def _hears_of(department: str, dep: Department | None, item: Mapping[str, Any]) -> bool:
    """Whether a department should hear of a digest's issue: one of its topics' (the issue's lead departments), or
    any when it is copied on every issue; an item of an older version, that names none, is kept."""
    leads = item.get("lead_departments")
    return leads is None or department in leads or (dep is not None and dep.always_copied)


def digest_issue_id(digest_key: str) -> str:
    """Where the digest of this key is kept in the outbox (its issue id: digest|day)."""
    return f"digest|{digest_key.rsplit('|', 2)[-2]}"


def _day(digest: Alert) -> str:
    return str(digest.payload.get("day") or digest.issue_id.rsplit("|", 1)[-1])


def _vn_date(day: str) -> str:
    y, m, d = day.split("-")
    return f"{d}/{m}/{y}"
