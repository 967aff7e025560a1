"""A small store with known coverage for the report tests: two months, two stories, analysts' responses."""
from __future__ import annotations

from datetime import timedelta

from diemnong.domain import Alert, Article, Classification, HotIssue, IssueEvent, Phase
from store.base import Store
from tests.conftest import at

NASTY = 'Trường <script>alert("x")</script> & <b>“lạm thu”</b>'


def article(n: int, when: str, source: str, topics: tuple[int, ...], tone: str, local: bool = False, story: str = "",
            title: str = "") -> Article:
    return Article(url=f"https://bao{n % 5}.example.vn/bai-{n}.html", title=title or f"Bài thử số {n} về giáo dục", source=source,
                   published=at(when), fetched=at(when), story_id=story, classification=Classification(topics=topics, sentiment=tone, local=local))


def fill(store: Store) -> dict[str, HotIssue]:
    """Upsert the articles, save the issues and record analysts' events and an alert; returns the issues by id."""
    outlets = ["VnExpress", "Tuổi Trẻ", "Dân trí", "Báo Hậu Giang"]
    arts = [
        # August 2025 (the previous month)
        article(1, "2025-08-03T08:00:00+07:00", "VnExpress", (8,), "negative"),
        article(2, "2025-08-10T09:00:00+07:00", "Tuổi Trẻ", (2,), "neutral"),
        article(3, "2025-08-20T10:00:00+07:00", "Dân trí", (), "positive"),
        article(4, "2025-08-31T23:30:00+07:00", "Báo Hậu Giang", (1,), "positive", local=True),
    ]
    # September 2025: a story about fees (6 articles, 4 outlets, mostly negative, partly local)
    for i in range(6):
        arts.append(article(10 + i, f"2025-09-0{5 + i // 3}T{8 + i:02d}:00:00+07:00", outlets[i % 4], (8,),
                            "negative" if i < 4 else "neutral", local=i % 2 == 0, story="st-lamthu",
                            title=f"Phụ huynh phản ánh lạm thu ở trường Vị Tân (bài {i + 1})"))
    # a story about new textbooks (4 articles, 2 outlets)
    for i in range(4):
        arts.append(article(20 + i, f"2025-09-1{2 + i}T10:00:00+07:00", outlets[i % 2], (15, 2), "positive" if i % 2 else "neutral",
                            story="st-sgk", title=f"Sách giáo khoa mới năm học 2025-2026 (bài {i + 1})"))
    arts += [
        article(30, "2025-09-01T00:00:00+07:00", "Dân trí", (4,), "negative"),  # first instant of the month
        article(31, "2025-09-02T12:00:00+07:00", "VnExpress", (4, 10), "neutral"),
        article(32, "2025-09-18T15:00:00+07:00", "Báo Hậu Giang", (), "positive", local=True, title=NASTY),
        article(33, "2025-09-30T23:59:00+07:00", "Tuổi Trẻ", (16,), "neutral"),  # last minute of the month
        article(34, "2025-10-01T00:00:00+07:00", "Tuổi Trẻ", (16,), "negative"),  # October: outside
    ]
    store.upsert_articles(arts)
    lamthu = HotIssue(
        id="st-lamthu", title="Phụ huynh phản ánh lạm thu ở trường Vị Tân", topics=(8,), lead_departments=("ke-hoach-tai-chinh", "van-phong"),
        first_seen=at("2025-09-05T08:00:00+07:00"), last_seen=at("2025-09-06T13:00:00+07:00"), score=14.5,
        reason="6 bài trên 4 cơ quan báo chí trong 30 giờ, phần lớn tiêu cực, liên quan Hậu Giang",
        article_ids=tuple(f"x{i}" for i in range(6)), outlets=tuple(outlets), negative_share=0.667, local=True,
        phase=Phase.PEAK, alert_level=0, alerted_size=4,
        events=(IssueEvent(at("2025-09-05T11:00:00+07:00"), "phase", "new"), IssueEvent(at("2025-09-06T12:00:00+07:00"), "phase", "peak")),
    )
    sgk = HotIssue(
        id="st-sgk", title="Sách giáo khoa mới năm học 2025-2026", topics=(2, 15), lead_departments=("tieu-hoc", "van-phong"),
        first_seen=at("2025-09-12T10:00:00+07:00"), last_seen=at("2025-09-15T10:00:00+07:00"), score=7.0,
        reason="4 bài trên 2 cơ quan báo chí", article_ids=("a", "b", "c", "d"), outlets=("VnExpress", "Tuổi Trẻ"),
        events=(IssueEvent(at("2025-09-15T10:00:00+07:00"), "phase", "new"),),
    )
    july = HotIssue(
        id="st-old", title="Vấn đề của tháng 7", topics=(5,), lead_departments=("qlcl-csvc",),
        first_seen=at("2025-07-01T10:00:00+07:00"), last_seen=at("2025-07-03T10:00:00+07:00"), score=30.0, reason="cũ",
    )
    for issue in (lamthu, sgk, july):
        store.save_issue(issue)
    store.add_issue_event("st-lamthu", IssueEvent(at("2025-09-05T14:00:00+07:00"), "status", "acknowledged", who="Nguyễn Thị Lan",
                                                  note="Đã báo cáo lãnh đạo Sở"))
    store.add_issue_event("st-lamthu", IssueEvent(at("2025-09-08T16:30:00+07:00"), "status", "closed", who="Trần Văn Minh",
                                                  note="Trường đã hoàn trả các khoản thu sai quy định"))
    store.enqueue_alerts([Alert(key="st-lamthu|vanphong@x.example|0", issue_id="st-lamthu", department="van-phong",
                                recipient="vanphong@x.example", channel="email", kind="new", subject="s", body="b",
                                raised_at=at("2025-09-05T11:00:00+07:00"), payload={"level": 0}, state="sent",
                                sent_at=at("2025-09-05T11:01:00+07:00"))])
    return {i.id: store.get_issue(i.id) for i in (lamthu, sgk, july)}  # type: ignore[misc]


SEPT_TIME = at("2025-10-15T08:00:00+07:00") + timedelta(0)


def drowning_surge(store: Store, input_ids: bool = False) -> HotIssue:
    """A title-term surge («đuối nước»): five stories on five outlets, in topics 10 and 11 (no topic of its own), on days
    with eight other articles of those and other topics; saved with its five stories' articles (document ids, or with
    input_ids the ids the lines of an ingested file gave them, as the detector then names them)."""
    drown = [article(200 + i, f"2025-09-2{1 + i // 3}T{8 + i:02d}:00:00+07:00", f"Báo số {i + 1}", (10,) if i % 2 else (11,),
                     "negative", story=f"st-duoi-{i}", title=f"Học sinh đuối nước ở xã thứ {i + 1}") for i in range(5)]
    drown = [a.with_(external_id=f"dong-{i}") if input_ids else a for i, a in enumerate(drown)]
    others = [article(300 + i, f"2025-09-2{1 + i % 2}T{7 + i:02d}:30:00+07:00", "VnExpress", (10,) if i < 4 else (3,), "positive",
                      story=f"st-khac-{i}", title=f"Hội khỏe Phù Đổng cấp trường lần {i + 1}") for i in range(8)]
    store.upsert_articles(drown + others)
    surge = HotIssue(
        id="sg-wduoinuoc-202509210800", title="Nhiều tin khác nhau về «đuối nước» từ 21/09/2025", topics=(),
        lead_departments=("van-phong",), first_seen=drown[0].published, last_seen=drown[-1].published, score=9.0,
        reason="5 tin khác nhau về «đuối nước» trong 24 giờ", kind="surge", article_ids=tuple(a.ref for a in drown),
        outlets=tuple(a.source for a in drown), negative_share=1.0,
    )
    store.save_issue(surge)
    return surge

