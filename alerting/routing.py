"""From a hot issue to the alerts its recipients must get: once each, again only when it grows materially.

Routing: the lead department of each of the issue's topics (data/topics.yaml → data/departments.yaml),
and the departments marked ``always_copied`` (the Văn phòng) on every issue. One alert per issue, level
and recipient (email address or webhook), keyed ``issue|recipient|level`` so the outbox never holds it
twice. Level 0 is the first alert; level n the n-th escalation, raised only when the issue has grown
``escalation_factor`` times since it was last alerted and by at least ``escalation_min_articles``.

Timing: an urgent alert (score ≥ ``urgent_score``) goes at once, day or night. A first alert raised
outside the quiet hours goes at once; a non-urgent one raised in the quiet hours, and every non-urgent
escalation, waits for the next daily digest (``digest_time``), where each recipient gets one message
listing all of them — each issue once, as last alerted: one whose newer alert went in the meantime (urgent) is left out.
The quiet hours are judged again when an alert goes (Service.deliver): a non-urgent one due in them (detected on an
article published before they began, or a retry) waits for the digest too.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Any, Mapping, Sequence

from alerting.messages import body, home_link, issue_link, signal_body, signal_subject, subject
from diemnong.config import Department, not_a_time
from diemnong.domain import Alert, HotIssue, Signal


@dataclass(frozen=True)
class AlertPolicy:
    escalation_factor: float = 2.0
    escalation_min_articles: int = 4
    quiet_start: time = time(22, 0)
    quiet_end: time = time(6, 0)
    digest_time: time = time(7, 30)
    urgent_score: float = 12.0
    dashboard_url: str = "http://localhost:8501"

    @classmethod
    def from_settings(cls, settings: Any) -> AlertPolicy:
        get = settings.__getitem__
        start, end = parse_hours(get("alerts.quiet_hours"))
        return cls(
            escalation_factor=float(get("detector.escalation_factor")),
            escalation_min_articles=int(settings.get("alerts.escalation_min_articles", 4)),
            quiet_start=start, quiet_end=end, digest_time=time_of_day("alerts.digest_time", get("alerts.digest_time")),
            urgent_score=float(get("alerts.urgent_score")), dashboard_url=get("general.dashboard_url"),
        )


def time_of_day(name: str, value: Any) -> time:
    """A setting's HH:MM; ConfigError naming the setting for anything else («7h30» ended `diemnong run` in a traceback)."""
    try:
        return time.fromisoformat(str(value).strip())
    except ValueError:
        raise not_a_time(name, value) from None


def parse_hours(text: str) -> tuple[time, time]:
    """'22:00-06:00' → (22:00, 06:00); an empty text means no quiet hours. Anything else is a ConfigError."""
    if not str(text).strip():
        return time(0, 0), time(0, 0)
    parts = str(text).split("-")
    try:
        if len(parts) != 2:
            raise ValueError(text)
        return time.fromisoformat(parts[0].strip()), time.fromisoformat(parts[1].strip())
    except ValueError:  # the whole value and its HH:MM-HH:MM form, not half of it as a single time
        raise not_a_time("alerts.quiet_hours", text, span=True) from None


def in_quiet_hours(at: datetime, policy: AlertPolicy) -> bool:
    t = at.time()
    if policy.quiet_start == policy.quiet_end:
        return False
    if policy.quiet_start < policy.quiet_end:
        return policy.quiet_start <= t < policy.quiet_end
    return t >= policy.quiet_start or t < policy.quiet_end


def after_quiet_hours(at: datetime, policy: AlertPolicy) -> datetime:
    """The first moment after the quiet period that contains ``at`` (the monthly report waits for it)."""
    end = at.replace(hour=policy.quiet_end.hour, minute=policy.quiet_end.minute, second=0, microsecond=0)
    return end if end > at else end + timedelta(days=1)


def next_digest(at: datetime, policy: AlertPolicy) -> datetime:
    """The first digest time strictly after ``at`` (local time)."""
    slot = at.replace(hour=policy.digest_time.hour, minute=policy.digest_time.minute, second=0, microsecond=0)
    return slot if slot > at else slot + timedelta(days=1)


def next_level(issue: HotIssue, policy: AlertPolicy) -> int | None:
    """The alert level an issue calls for now: 0 when never alerted, n+1 when it grew materially, else None."""
    if issue.alert_level < 0:
        return 0
    size, base = len(issue.article_ids), max(1, issue.alerted_size)
    if size >= base * policy.escalation_factor and size - base >= policy.escalation_min_articles:
        return issue.alert_level + 1
    return None


def urgent(issue: HotIssue, policy: AlertPolicy) -> bool:
    return issue.score >= policy.urgent_score


def schedule(issue: HotIssue, level: int, now: datetime, policy: AlertPolicy) -> tuple[datetime, bool]:
    """When the alerts of this decision go, and whether they go in the daily digest."""
    if urgent(issue, policy):
        return now, False
    if level > 0 or in_quiet_hours(now, policy):
        return next_digest(now, policy), True
    return now, False


def recipients(issue: HotIssue | Signal, departments: Mapping[str, Department]) -> list[tuple[str, str, str]]:
    """(department id, channel, address) of everyone who must hear about the issue (or signal), each address once (a
    mailbox once whatever the case it is written in: mail servers ignore it)."""
    out, seen = [], set()
    for dep_id in issue.lead_departments:
        dep = departments.get(dep_id)
        if dep is None:
            continue
        for channel, target in [("email", e) for e in dep.emails] + [("webhook", w) for w in dep.webhooks]:
            same = mailbox(channel, target)
            if same not in seen:
                seen.add(same)
                out.append((dep_id, channel, target))
    return out


def mailbox(channel: str, address: str) -> str:
    """Who an address reaches: an email address whatever the case it is written in (mail servers ignore it), a webhook
    as written."""
    return address.lower() if channel == "email" else address


def same_mailbox(a: Alert, b: Alert) -> bool:
    """Whether two alerts went (or go) to one recipient, however its address is written in each."""
    return a.channel == b.channel and mailbox(a.channel, a.recipient) == mailbox(b.channel, b.recipient)


def same_key(a: Alert, b: Alert) -> bool:
    """Whether two alerts are one in the outbox but for how their one mailbox's address is written in their keys
    (issue|address|level and the like): «VanPhong@sogd…» typed back for «vanphong@soGD…» is no second recipient, and
    what its old spelling has (queued, sent, given up, replaced) it has. A webhook's address is as written."""
    return same_mailbox(a, b) and _key_parts(a) == _key_parts(b)


def _key_parts(alert: Alert) -> list[str]:
    reaches = mailbox(alert.channel, alert.recipient)
    return [reaches if mailbox(alert.channel, part) == reaches else part for part in alert.key.split("|")]


def alert_key(issue_id: str, recipient: str, level: int) -> str:
    return f"{issue_id}|{recipient}|{level}"


def resend_targets(alert: Alert, departments: Mapping[str, Department]) -> list[str]:
    """Where an alert the outbox gave up on goes when a person re-sends it, by the departments as configured now: its
    own address while its department still lists it (a server that was down, a mailbox since created: the same
    alert, same key); else every address the department lists now on the same channel (the wrong address was
    corrected, and sending there again would be refused again); none when the department is gone or has none.
    An address is its mailbox (routing.mailbox): «VanPhong@…» listed now is still where «vanphong@…» went.

    An address taken off its department that another department the alert's issue concerns still lists, or one
    copied on every issue (the Văn phòng; whatever the issue, for alerts planned before their payload named the
    issue's departments), is still a recipient of the issue: recipients() planned it once, under the first department
    listing it. It comes first, keeping the alert, followed by the department's addresses now, which get copies
    (readdressed: one that has its own alert gets nothing more): Phòng Mầm non, that listed the Văn phòng's mailbox
    for want of its own, given its own mailbox in its place, must hear of the issues it leads, and the Văn phòng too."""
    reaches = mailbox(alert.channel, alert.recipient)
    dep = departments.get(alert.department)
    current = _listed(dep, alert.channel) if dep is not None else []
    if reaches in {mailbox(alert.channel, a) for a in current}:
        return [alert.recipient]
    concerned = _concerned(alert)
    if any(reaches in _mailboxes(d, alert.channel) for d_id, d in departments.items()
           if d.always_copied or d_id in concerned):
        return [alert.recipient, *current]
    return current


def kept_and_copies(alert: Alert, targets: Sequence[str]) -> tuple[bool, list[str]]:
    """resend_targets' answer read for its callers: whether the alert stays at its own address, and the addresses that
    get it as their own (copies when it stays; else where it moves)."""
    kept = targets[:1] == [alert.recipient]
    return kept, list(targets[1:] if kept else targets)


def _concerned(alert: Alert) -> set[str]:
    """The alert's department and those its issue (or signal) concerns, as its payload names them; a digest's, those
    of the issues it lists."""
    items = [alert.payload, *(alert.payload.get("issues", ()) if alert.kind == "digest" else ())]
    return {alert.department, *(d for item in items for d in item.get("lead_departments", ()))}


def _mailboxes(dep: Department, channel: str) -> set[str]:
    return {mailbox(channel, a) for a in _listed(dep, channel)}


def _listed(dep: Department, channel: str) -> list[str]:
    """A department's addresses on a channel ('email' or 'webhook')."""
    return list(dep.emails if channel == "email" else dep.webhooks)


def readdressed(alert: Alert, target: str) -> Alert:
    """The same alert for another address of its department, keyed as if planned for it (issue|address|level and
    the like), so that the address gets it once however often it is re-sent, and its Message-ID, Idempotency-Key
    and an escalation's In-Reply-To are those of that address's own alerts."""
    key, old = alert.key, f"|{alert.recipient}"
    at = key.find(old)
    while at >= 0:
        end = at + len(old)
        if end == len(key) or key[end] == "|":  # the address as a whole part of the key
            return alert.with_(key=f"{key[:at]}|{target}{key[end:]}", recipient=target)
        at = key.find(old, at + 1)
    return alert.with_(key=f"{key}|{target}", recipient=target)


def plan_alerts(issue: HotIssue, level: int, departments: Mapping[str, Department], topic_names: Mapping[int, str],
                links: Sequence[tuple[str, str]], policy: AlertPolicy, now: datetime, previous_size: int = 0) -> list[Alert]:
    """One alert per recipient (email address or webhook) of each department concerned; an escalation says the
    issue's size when last alerted (``previous_size``)."""
    kind = "new" if level == 0 else "escalation"
    due, digest = schedule(issue, level, now, policy)
    text = body(issue, kind, topic_names, links, policy.dashboard_url, departments, previous_size if level else 0)
    payload: dict[str, Any] = {
        "issue_id": issue.id, "title": issue.title, "topics": list(issue.topics), "score": issue.score,
        "reason": issue.reason, "articles": len(issue.article_ids), "outlets": list(issue.outlets),
        "outlet_count": issue.outlets_total,
        "negative_share": issue.negative_share, "local": issue.local, "phase": issue.phase.value,
        "issue_kind": issue.kind, "level": level, "previous_articles": previous_size if level else 0, "urgent": urgent(issue, policy), "digest": digest,
        "lead_departments": list(issue.lead_departments),  # who else a re-send finds an address under (resend_targets)
        "links": [{"title": t, "url": u} for t, u in links[:5]],
        "dashboard": issue_link(policy.dashboard_url, issue.id),
    }
    return [
        Alert(key=alert_key(issue.id, target, level), issue_id=issue.id, department=dep_id, recipient=target,
              channel=channel, kind=kind, subject=subject(issue, kind, payload["urgent"]), body=text, raised_at=now, next_attempt=due,
              payload=payload)
        for dep_id, channel, target in recipients(issue, departments)
    ]


def plan_signal_alerts(sig: Signal, departments: Mapping[str, Department], topic_names: Mapping[int, str],
                       links: Sequence[tuple[str, str]], policy: AlertPolicy, now: datetime, sender: str) -> list[Alert]:
    """An early signal an analyst forwards: one message per recipient of its departments, sent at once (a person
    chose to send it), keyed ``signal id|recipient|signal`` so forwarding it again sends nothing."""
    text = signal_body(sig, topic_names, links, policy.dashboard_url, departments, sender)
    payload: dict[str, Any] = {
        "signal_id": sig.id, "label": sig.label, "topics": list(sig.topics), "score": sig.score, "threshold": sig.threshold,
        "share": round(sig.share, 3), "reason": sig.reason, "stories": len(sig.article_ids), "outlets": list(sig.outlets),
        "outlet_count": sig.outlets_total,
        "negative_share": sig.negative_share, "local": sig.local, "sent_by": sender,
        "lead_departments": list(sig.lead_departments),
        "links": [{"title": t, "url": u} for t, u in links[:8]],
        "dashboard": home_link(policy.dashboard_url),  # Tổng quan, the default page
    }
    return [
        Alert(key=f"{sig.id}|{target}|signal", issue_id=sig.id, department=dep_id, recipient=target, channel=channel,
              kind="signal", subject=signal_subject(sig), body=text, raised_at=now, next_attempt=now, payload=payload)
        for dep_id, channel, target in recipients(sig, departments)
    ]
