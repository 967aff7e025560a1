"""What one user may see: everything, or a lead department's own topics and issues."""
from __future__ import annotations

from dataclasses import dataclass, replace

from diemnong.config import Department, Topic
from diemnong.domain import HotIssue, Signal
from diemnong.text import name_key
from store import Filters

NOTHING = -1  # a topic id no article has: a filter on it matches nothing


@dataclass(frozen=True)
class Scope:
    """Everything (department "") or one department's topics."""

    department: str = ""
    topics: tuple[int, ...] = ()
    names: tuple[str, ...] = ()  # the department's id and name (name_key): an issue given to it («Giao cho») is its own

    @property
    def everything(self) -> bool:
        return not self.department

    @property
    def topic_filter(self) -> tuple[int, ...]:
        """The topics to count for charts: () for every topic, NOTHING for a department that leads none (not ())."""
        return () if self.everything else (self.topics or (NOTHING,))

    @property
    def issue_filter(self) -> dict[str, tuple]:
        """The store's list_issues (data.hot_issues) arguments for the issues this scope sees (`sees`): none for
        everything; a department's topics, the issues it leads and those given to it."""
        if self.everything:
            return {}
        return {"topics": self.topics, "departments": (self.department,), "assignees": self.names}

    def filters(self, filters: Filters) -> Filters:
        """Narrow search/aggregate filters to the topics this scope may see."""
        if self.everything:
            return filters
        wanted = tuple(t for t in filters.topics if t in self.topics) if filters.topics else self.topics
        return replace(filters, topics=wanted or (NOTHING,))

    def sees(self, issue: HotIssue | Signal) -> bool:
        """Whether an issue or an early signal belongs to this scope (one of its topics, its department leads it, or the
        office gave the issue to its department, written as its id or name, accents and case optional)."""
        return self.everything or self.department in issue.lead_departments or bool(set(issue.topics) & set(self.topics)) \
            or self.given(issue)

    def given(self, issue: HotIssue | Signal) -> bool:
        """Whether the issue was given to this department («Giao cho»): a department that leads none of its topics was
        refused the issue it had to handle."""
        assignee = name_key(getattr(issue, "assignee", ""))
        return bool(assignee) and assignee in self.names

    def topic_choices(self, topics: dict[int, Topic]) -> list[int]:
        """Topic ids offered in filters."""
        return sorted(topics) if self.everything else [t for t in sorted(topics) if t in self.topics]


def scope_for(role: str, department: str, topics: dict[int, Topic], departments: dict[str, Department]) -> Scope:
    """The scope of a role: admins and analysts see everything; a department viewer its own topics."""
    if role != "department" or not department:
        return Scope()
    dep = departments.get(department)
    if dep is not None and dep.always_copied:
        return Scope()
    names = tuple(name_key(n) for n in (department, dep.name if dep is not None else ""))
    return Scope(department, tuple(sorted(t.id for t in topics.values() if t.department == department)), names)
