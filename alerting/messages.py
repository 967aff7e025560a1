"""Vietnamese alert texts: what is hot, why, how big, and where to look."""
from __future__ import annotations

from typing import Mapping, Sequence

from diemnong.domain import HotIssue

TONE = {"negative": "tiêu cực", "neutral": "trung tính", "positive": "tích cực"}


def issue_link(dashboard_url: str, issue_id: str) -> str:
    """The stable dashboard address of an issue."""
    return f"{dashboard_url.rstrip('/')}/van_de?id={issue_id}"


def subject(issue: HotIssue, kind: str) -> str:
    prefix = {"new": "[Điểm Nóng] Vấn đề nóng", "escalation": "[Điểm Nóng] Vấn đề tiếp tục nóng lên", "digest": "[Điểm Nóng] Tổng hợp"}.get(kind, "[Điểm Nóng]")
    return f"{prefix}: {issue.title}"[:200]


def body(issue: HotIssue, kind: str, topic_names: Mapping[int, str], links: Sequence[tuple[str, str]], dashboard_url: str) -> str:
    """Plain-text message body for one issue."""
    topics = "; ".join(f"{t}. {topic_names.get(t, '')}" for t in issue.topics) or "chưa xác định"
    lines = [
        ("Vấn đề tiếp tục nóng lên" if kind == "escalation" else "Phát hiện vấn đề nóng") + f": {issue.title}",
        "",
        f"Chủ đề: {topics}",
        f"Vì sao nóng: {issue.reason}",
        f"Quy mô: {len(issue.article_ids)} bài trên {len(issue.outlets)} cơ quan báo chí ({', '.join(issue.outlets[:6])})",
        f"Sắc thái: {round(issue.negative_share * 100)}% bài tiêu cực" + (" — có liên quan Hậu Giang" if issue.local else ""),
        f"Thời gian: từ {issue.first_seen:%H:%M %d/%m/%Y} đến {issue.last_seen:%H:%M %d/%m/%Y}",
        "",
        "Bài tiêu biểu:",
        *[f"- {title}\n  {url}" for title, url in links[:5]],
        "",
        f"Xem và ghi nhận xử lý: {issue_link(dashboard_url, issue.id)}",
    ]
    return "\n".join(lines)
