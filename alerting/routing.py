"""From a hot issue to the alerts its recipients must get (once each; again only when it grows)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Mapping, Sequence

from alerting.messages import body, subject
from diemnong.config import Department
from diemnong.domain import Alert, HotIssue


@dataclass(frozen=True)
class AlertPolicy:
    escalation_factor: float = 2.0
    quiet_start: time = time(22, 0)
    quiet_end: time = time(6, 0)
    urgent_score: float = 12.0
    dashboard_url: str = "http://localhost:8501"

    @classmethod
    def from_settings(cls, settings: object) -> AlertPolicy:
        get = getattr(settings, "__getitem__")
        start, end = (time.fromisoformat(x.strip()) for x in get("alerts.quiet_hours").split("-"))
        return cls(float(get("detector.escalation_factor")), start, end, float(get("alerts.urgent_score")), get("general.dashboard_url"))


def in_quiet_hours(at: datetime, policy: AlertPolicy) -> bool:
    t = at.time()
    if policy.quiet_start <= policy.quiet_end:
        return policy.quiet_start <= t < policy.quiet_end
    return t >= policy.quiet_start or t < policy.quiet_end


def after_quiet_hours(at: datetime, policy: AlertPolicy) -> datetime:
    """The first moment after the quiet period that contains `at`."""
    end = at.replace(hour=policy.quiet_end.hour, minute=policy.quiet_end.minute, second=0, microsecond=0)
    return end if end > at else end + timedelta(days=1)


def alert_level(issue: HotIssue, policy: AlertPolicy) -> int:
    """0 for the first alert, then one more each time the issue grows by the escalation factor."""
    level, size = 0, max(1, issue.alerted_size)
    while len(issue.article_ids) >= size * policy.escalation_factor:
        size = int(size * policy.escalation_factor)
        level += 1
    return level


def plan_alerts(issue: HotIssue, level: int, departments: Mapping[str, Department], topic_names: Mapping[int, str],
                links: Sequence[tuple[str, str]], policy: AlertPolicy, now: datetime) -> list[Alert]:
    """One alert per recipient (email address or webhook) of each department concerned."""
    kind = "new" if level == 0 else "escalation"
    due = now
    if in_quiet_hours(now, policy) and issue.score < policy.urgent_score:
        due = after_quiet_hours(now, policy)
    text = body(issue, kind, topic_names, links, policy.dashboard_url)
    alerts = []
    for dep_id in issue.lead_departments:
        dep = departments.get(dep_id)
        if dep is None:
            continue
        targets = [("email", e) for e in dep.emails] + [("webhook", w) for w in dep.webhooks]
        for channel, target in targets:
            alerts.append(Alert(
                key=f"{issue.id}|{target}|{level}", issue_id=issue.id, department=dep_id, recipient=target,
                channel=channel, kind=kind, subject=subject(issue, kind), body=text, raised_at=now, next_attempt=due,
                payload={"issue_id": issue.id, "title": issue.title, "topics": list(issue.topics), "score": issue.score,
                         "reason": issue.reason, "articles": len(issue.article_ids), "outlets": list(issue.outlets),
                         "level": level, "links": [u for _, u in links[:5]]},
            ))
    return alerts
