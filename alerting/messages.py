"""Vietnamese alert texts: what is hot, why, how big, its tone, where to read it and where to answer it."""
from __future__ import annotations

from typing import Any, Mapping, Sequence

from diemnong.config import dashboard_base
from diemnong.domain import UNKNOWN_OUTLET, UNNAMED, Alert, HotIssue, Signal, outlet_counts
from diemnong.text import clip, number, one_line

TONE = {"negative": "tiêu cực", "neutral": "trung tính", "positive": "tích cực"}
PHASE = {"new": "mới xuất hiện", "rising": "đang tăng", "peak": "ở đỉnh", "fading": "đang giảm"}
PREFIX = {"new": "[Điểm Nóng] Vấn đề nóng", "escalation": "[Điểm Nóng] Tiếp tục nóng lên", "digest": "[Điểm Nóng] Tổng hợp"}


def issue_link(dashboard_url: str, issue_id: str) -> str:
    """The stable dashboard address of an issue; '' when the dashboard has no address a recipient can open."""
    base = dashboard_base(dashboard_url)
    return f"{base}/van_de?id={issue_id}" if base else ""


def home_link(dashboard_url: str) -> str:
    """The dashboard's default page (Tổng quan), its root; '' as issue_link."""
    base = dashboard_base(dashboard_url)
    return f"{base}/" if base else ""


def report_link(dashboard_url: str, month: str) -> str:
    """Báo cáo with a month chosen; '' as issue_link."""
    base = dashboard_base(dashboard_url)
    return f"{base}/bao_cao?month={month}" if base else ""


# Where a message sends its reader when the dashboard has no public address (general.dashboard_url empty or not an
# http(s) address): a relative «/van_de?id=…» in an e-mail opens nothing, so the page is named, and the issue's id.
UNLINKED = {"issue": "trang Vấn đề của Điểm Nóng, mã {id}", "home": "bảng điều khiển Điểm Nóng",
            "report": "trang Báo cáo của Điểm Nóng"}


def issue_where(dashboard_url: str, issue_id: str) -> str:
    """Where a message sends its reader for an issue: its link, else the page and the issue's id."""
    return issue_link(dashboard_url, issue_id) or UNLINKED["issue"].format(id=issue_id)


def linked(alert: Alert, dashboard_url: str) -> Alert:
    """The alert with its links to the dashboard made from ``dashboard_url`` as set now, in its text and its payload:
    an alert is written when it is planned and may wait in the outbox (the digest, a server down), so a dashboard
    moved in the meantime (general.dashboard_url changed) was announced at its old address. Each link (or the words
    UNLINKED puts in its place) is the end of its own line of the text, as the payload names it (outboxes of older
    versions too); an alert without one is left as it is."""
    payload, swaps = dict(alert.payload), {}

    def swap(entry: dict, field: str, link: str, unlinked: str) -> None:
        old, new = entry.get(field) or unlinked, link or unlinked
        if old != new:
            swaps[old], entry[field] = new, link

    if alert.kind == "digest":
        payload["issues"] = [dict(item) for item in payload.get("issues", ())]
        for item in payload["issues"]:
            issue_id = str(item.get("issue_id", ""))
            swap(item, "dashboard", issue_link(dashboard_url, issue_id), UNLINKED["issue"].format(id=issue_id))
    elif alert.kind == "signal":
        swap(payload, "dashboard", home_link(dashboard_url), UNLINKED["home"])
    elif alert.kind == "report" and payload.get("month"):
        swap(payload, "link", report_link(dashboard_url, str(payload["month"])), UNLINKED["report"])
    elif payload.get("issue_id"):
        issue_id = str(payload["issue_id"])
        swap(payload, "dashboard", issue_link(dashboard_url, issue_id), UNLINKED["issue"].format(id=issue_id))
    return alert.with_(body=_swapped(alert.body, swaps), payload=payload) if swaps else alert


def _swapped(text: str, swaps: Mapping[str, str]) -> str:
    """The text with each line that ends with a key of ``swaps`` ending with its value instead."""
    lines = text.split("\n")
    for n, line in enumerate(lines):
        old = next((o for o in swaps if line.endswith(" " + o)), None)
        if old is not None:
            lines[n] = line[:-len(old)] + swaps[old]
    return "\n".join(lines)


def subject(issue: HotIssue, kind: str, urgent: bool = False) -> str:
    return clip(f"{PREFIX.get(kind, '[Điểm Nóng]')}: {'KHẨN - ' if urgent else ''}{issue.title}")


def _departments(issue: HotIssue, departments: Mapping[str, Any] | None) -> str:
    names = [getattr(departments.get(d), "name", d) if departments else d for d in issue.lead_departments]
    return ", ".join(names) or "Văn phòng Sở"


def spread(named: int, unknown: int, unit: str = "bài") -> str:
    """What follows a number of articles, in alerts as in the monthly report: « trên 3 cơ quan báo chí», « trên 3 cơ
    quan báo chí (trong đó 2 bài không rõ cơ quan đăng)», «, đều không rõ cơ quan đăng». Ten articles no outlet's name
    came with are not ten more outlets (as the detector counts them to reach min_outlets; its reasons say them apart
    too: covered). Numbers with Vietnamese thousands separators (1.234)."""
    if not unknown:
        return f" trên {number(named)} cơ quan báo chí"
    if not named:
        return f", đều {UNNAMED}"
    return f" trên {number(named)} cơ quan báo chí (trong đó {number(unknown)} {unit} {UNNAMED})"


def covered(named: int, unknown: int, unit: str = "bài") -> str:
    """Who carried a story, as a hot issue's reason says it (before «đưa tin»): «3 cơ quan báo chí», «1 cơ quan báo chí
    và 2 bài không rõ cơ quan đăng», «2 bài không rõ cơ quan đăng»: counted as «Quy mô» counts them (spread); a surge's
    stories are «tin»."""
    said = [f"{number(named)} cơ quan báo chí"] * bool(named or not unknown) + [f"{number(unknown)} {unit} {UNNAMED}"] * bool(unknown)
    return " và ".join(said)


def _named(outlets: Sequence[str], n: int = 8) -> str:
    """The first n outlets that have a name, and how many more."""
    known = [o for o in dict.fromkeys(outlets) if o.strip() not in ("", UNKNOWN_OUTLET)]
    rest = [f"{number(len(known) - n)} cơ quan khác"] * (len(known) > n)
    return f"{', '.join(known[:n])} và {rest[0]}" if rest else ", ".join(known)


def scale(articles: int, outlets: Sequence[str], total: int = 0) -> str:
    """«Quy mô»: «5 bài trên 3 cơ quan báo chí (Tuổi Trẻ, VnExpress, Dân trí)», with «, trong đó 2 bài không rõ cơ
    quan đăng» after it when some articles came with no outlet's name, «5 bài, đều không rõ cơ quan đăng» when none did."""
    named, unknown = outlet_counts(outlets, total)
    if not named:
        return f"{number(articles)} bài{spread(named, unknown)}"
    said = f"{number(articles)} bài{spread(named, 0)} ({_named(outlets)})"
    return said + (f", trong đó {number(unknown)} bài {UNNAMED}" if unknown else "")


def body(issue: HotIssue, kind: str, topic_names: Mapping[int, str], links: Sequence[tuple[str, str]], dashboard_url: str,
         departments: Mapping[str, Any] | None = None, previous: int = 0) -> str:
    """Plain-text message body for one issue; an escalation says how many articles it had when last alerted."""
    topics = "; ".join(f"{t}. {topic_names.get(t, '')}" for t in issue.topics) or "chưa xác định"
    what = {"escalation": "Vấn đề tiếp tục nóng lên", "new": "Phát hiện vấn đề nóng"}.get(kind, "Vấn đề nóng")
    if issue.kind == "surge":
        what += " (nhiều tin khác nhau cùng chủ đề)"
    negative = round(issue.negative_share * 100)
    lines = [
        f"{what}: {one_line(issue.title)}",
        "",
        f"Chủ đề: {topics}",
        f"Đơn vị đầu mối: {_departments(issue, departments)}",
        f"Vì sao nóng: {issue.reason}",
        f"Quy mô: {scale(len(issue.article_ids), issue.outlets, issue.outlets_total)}",
        *([f"Lan rộng: từ {number(previous)} bài khi báo lần trước lên {number(len(issue.article_ids))} bài"]
          if kind == "escalation" and previous else []),
        f"Sắc thái: {negative}% bài tiêu cực" + (" — có liên quan Hậu Giang" if issue.local else ""),
        f"Diễn biến: {PHASE.get(issue.phase.value, issue.phase.value)}; từ {issue.first_seen:%H:%M %d/%m/%Y} "
        f"đến {issue.last_seen:%H:%M %d/%m/%Y}",
        "",
        "Bài tiêu biểu:",
        *[f"- {one_line(title)}\n  {url}" for title, url in links[:5]],
        "",
        f"Xem chi tiết, ghi nhận và phân công xử lý: {issue_where(dashboard_url, issue.id)}",
        "",
        "Thư này do hệ thống Điểm Nóng gửi tự động; mỗi vấn đề chỉ được báo một lần, "
        "và báo lại khi vấn đề lan rộng đáng kể.",
    ]
    return "\n".join(lines)


def as_first(alert: Alert) -> Alert:
    """An escalation to a recipient who never got the issue's earlier alert (held for the morning digest, then left out
    of it because this one went first): worded as the first alert, with no growth «since last time» and no reply to
    a message they never received."""
    lines = [line for line in alert.body.split("\n") if not line.startswith("Lan rộng: ")]
    return alert.with_(kind="new", subject=alert.subject.replace(PREFIX["escalation"], PREFIX["new"], 1),
                       body="\n".join(lines).replace("Vấn đề tiếp tục nóng lên", "Phát hiện vấn đề nóng", 1),
                       payload={**alert.payload, "previous_articles": 0})


def signal_subject(sig: Signal) -> str:
    return clip(f"[Điểm Nóng] Tín hiệu sớm: {sig.label}")


def signal_body(sig: Signal, topic_names: Mapping[int, str], links: Sequence[tuple[str, str]], dashboard_url: str,
                departments: Mapping[str, Any] | None = None, sender: str = "") -> str:
    """Plain-text message of an early signal that an analyst forwards to its lead departments."""
    topics = "; ".join(f"{t}. {topic_names.get(t, '')}" for t in sig.topics) or "chưa xác định"
    names = [getattr(departments.get(d), "name", d) if departments else d for d in sig.lead_departments]
    lines = [
        f"Tín hiệu sớm: {one_line(sig.label)} — {round(sig.share * 100)}% ngưỡng cảnh báo, chưa thành vấn đề nóng",
        "",
        f"Chủ đề: {topics}",
        f"Đơn vị đầu mối: {', '.join(names) or 'Văn phòng Sở'}",
        f"Vì sao đáng chú ý: {sig.reason}",
        f"Quy mô: {number(len(sig.article_ids))} tin khác nhau{spread(*outlet_counts(sig.outlets, sig.outlets_total), 'tin')}; "
        f"{round(sig.negative_share * 100)}% tiêu cực" + (" — có liên quan Hậu Giang" if sig.local else ""),
        f"Từ {sig.first_seen:%H:%M %d/%m/%Y} đến {sig.last_seen:%H:%M %d/%m/%Y}",
        "",
        "Các tin:",
        *[f"- {one_line(title)}\n  {url}" for title, url in links[:8]],
        "",
        f"Theo dõi trên trang Tổng quan: {home_link(dashboard_url) or UNLINKED['home']}",  # the default page is the app's root
        "",
        (f"{sender} chuyển" if sender else "Văn phòng chuyển") + " để đơn vị đầu mối theo dõi và chuẩn bị thông tin trước "
        "khi vấn đề có thể nóng lên. Điểm Nóng sẽ gửi cảnh báo riêng nếu nó thành vấn đề nóng.",
    ]
    return "\n".join(lines)


def digest_subject(day: str, count: int) -> str:
    return f"{PREFIX['digest']} {number(count)} vấn đề cần chú ý ngày {day}"


def digest_body(items: Sequence[Mapping[str, Any]], day: str, dashboard_url: str) -> str:
    """One message listing the non-urgent issues of a day (payloads of the alerts it replaces)."""
    lines = [f"Tổng hợp các vấn đề nóng không khẩn cấp đến {day} ({number(len(items))} vấn đề):", ""]
    for n, p in enumerate(items, 1):
        again = " (tiếp tục nóng lên)" if p.get("level", 0) and not p.get("first_word") else ""
        lines += [
            f"{n}. {one_line(p.get('title', ''))}{again}",
            f"   {number(int(p.get('articles', 0)))} bài{spread(*outlet_counts(p.get('outlets', []), p.get('outlet_count', 0)))}, "
            f"{round(float(p.get('negative_share', 0)) * 100)}% tiêu cực" + ("; liên quan Hậu Giang" if p.get("local") else ""),
            f"   Vì sao nóng: {p.get('reason', '')}",
            f"   Xem: {p.get('dashboard') or issue_where(dashboard_url, str(p.get('issue_id', '')))}",
            "",
        ]
    lines.append("Các vấn đề khẩn cấp được báo ngay khi phát hiện, không chờ bản tổng hợp này.")
    return "\n".join(lines)
