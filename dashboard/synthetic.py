"""Synthetic Vietnamese education coverage made from our own templates, for tests, screenshots and the
200,000-article benchmark (no text of any real dataset is used).

``records()`` gives input lines for ``Service.ingest`` (the real NLP then classifies them);
``articles()`` gives already-classified Articles for filling a big store quickly; ``issues()`` gives
hot issues over those articles. With ``full_text=True`` both write article bodies of real length
(4–6 paragraphs, about 2,300 characters like the VNTC articles of ../shared/MEASURED.md) from the
sentence templates below; the default stays the short three-sentence body the tests were built on.
"""
from __future__ import annotations

import hashlib
import random
from collections import deque
from datetime import datetime, timedelta
from typing import Any, Iterator

from diemnong.domain import Article, Classification, HotIssue, IssueEvent, Phase

OUTLETS = ("Giáo dục và Thời đại", "VnExpress", "Tuổi Trẻ", "Thanh Niên", "Dân trí", "VietNamNet", "Người Lao Động",
           "Tiền Phong", "Báo Hậu Giang", "Báo Cần Thơ", "Lao Động", "Nhân Dân")
LOCAL_PLACES = ("Vị Thanh", "Ngã Bảy", "Long Mỹ", "Phụng Hiệp", "Châu Thành A", "Vị Thủy", "Hậu Giang")
OTHER_PLACES = ("Hà Nội", "TP.HCM", "Đà Nẵng", "Nghệ An", "Thanh Hóa", "Bình Dương", "Quảng Ninh", "Huế", "Gia Lai")
SCHOOLS = ("Trường Tiểu học {p}", "Trường THCS {p}", "Trường THPT {p}", "Trường Mầm non Hoa Sen ({p})",
           "Trường Phổ thông Dân tộc nội trú {p}")

# topic id → (subject phrases, which carry the topic's seed phrases)
SUBJECTS: dict[int, tuple[str, ...]] = {
    1: ("cô giáo mầm non", "nhóm trẻ tư thục", "trẻ mầm non", "lớp mẫu giáo"),
    2: ("học sinh tiểu học", "đánh giá bằng nhận xét theo Thông tư 22", "học sinh lớp 1", "trường tiểu học"),
    3: ("kỳ thi tốt nghiệp THPT", "tuyển sinh lớp 10", "dạy thêm, học thêm", "đề thi học sinh giỏi"),
    4: ("giáo viên hợp đồng", "lương giáo viên", "tuyển dụng giáo viên", "hiệu trưởng"),
    5: ("phòng học xuống cấp", "cơ sở vật chất trường học", "thiết bị dạy học", "phòng học tạm"),
    6: ("học bạ số", "chuyển đổi số trong trường học", "dạy học trực tuyến", "phần mềm quản lý"),
    7: ("học sinh dân tộc thiểu số", "trường dân tộc nội trú", "học sinh người Khmer", "chế độ bán trú"),
    8: ("lạm thu đầu năm học", "học phí", "quỹ phụ huynh", "các khoản thu"),
    9: ("cuộc thi khoa học kỹ thuật", "đề tài nghiên cứu khoa học", "giáo dục môi trường", "sáng tạo khoa học"),
    10: ("đuối nước", "ngộ độc thực phẩm ở bếp ăn", "an toàn trường học", "tai nạn thương tích"),
    11: ("bạo lực học đường", "học sinh đánh nhau, quay clip", "kỹ năng sống", "văn hóa học đường"),
    12: ("bằng cấp", "văn bằng chứng chỉ", "kiểm định chất lượng", "thi chứng chỉ"),
    13: ("giáo dục thường xuyên", "xóa mù chữ", "học tập suốt đời", "trung tâm giáo dục nghề nghiệp"),
    14: ("công tác thanh tra", "khiếu nại, tố cáo", "sai phạm", "kết luận thanh tra"),
    15: ("sách giáo khoa", "chương trình giáo dục phổ thông 2018", "đổi mới chương trình", "giá sách giáo khoa"),
    16: ("ngoại ngữ", "tiếng Anh", "du học", "hợp tác quốc tế"),
}
NEGATIVE = ("Phụ huynh bức xúc vì {s} tại {school}", "Sai phạm liên quan {s} ở {place}, nhiều người bị kỷ luật",
            "Lo ngại {s} tại {school} gây bức xúc dư luận", "{place}: phản ánh tiêu cực về {s}")
NEUTRAL = ("{place} triển khai kế hoạch về {s} năm học mới", "Sở GD&ĐT {place} hướng dẫn {s}",
           "Thông tin về {s} tại {school}", "{place} tổng kết {s}")
POSITIVE = ("{school} đạt giải nhất nhờ {s}", "{place} khen thưởng thành tích nổi bật về {s}",
            "Điểm sáng {s} tại {school}", "Học sinh {place} vui mừng với {s}")
BODY = ("Theo ghi nhận của phóng viên, {s} đang được nhiều phụ huynh và giáo viên quan tâm. "
        "Đại diện Sở Giáo dục và Đào tạo cho biết sẽ kiểm tra, làm rõ và báo cáo kết quả. "
        "Nhà trường đã tổ chức họp phụ huynh để trao đổi về {s} trong năm học.")
# Sentences of a full-length body: {s} subject, {place}, {school}, {n} a number, {m} a month, {who} a speaker.
SENTENCES = (
    "Theo báo cáo của {school}, năm học này trường có {n} lớp với gần {n}0 học sinh, tăng so với năm trước.",
    "Ông {who}, đại diện Sở Giáo dục và Đào tạo {place}, cho biết đơn vị đã thành lập đoàn kiểm tra về {s}.",
    "Nhiều phụ huynh cho rằng thông tin về {s} cần được công khai sớm để gia đình chủ động chuẩn bị.",
    "Trong tháng {m}, ngành giáo dục {place} đã tổ chức {n} buổi tập huấn cho cán bộ quản lý và giáo viên.",
    "Bà {who}, hiệu trưởng {school}, khẳng định nhà trường luôn lắng nghe ý kiến của cha mẹ học sinh.",
    "Kết quả rà soát cho thấy còn {n} trường chưa thực hiện đầy đủ hướng dẫn về {s}.",
    "Ủy ban nhân dân {place} đề nghị các phòng chuyên môn phối hợp chặt chẽ, báo cáo kết quả trước ngày {n} tháng {m}.",
    "Một giáo viên có nhiều năm công tác tại địa phương chia sẻ rằng áp lực công việc ngày càng lớn.",
    "Các chuyên gia giáo dục nhận định {s} là vấn đề cần giải pháp lâu dài chứ không chỉ xử lý tình huống.",
    "Sở Giáo dục và Đào tạo yêu cầu các đơn vị không được tự ý đặt ra các quy định trái với văn bản hiện hành.",
    "Ngân sách dành cho {s} năm nay khoảng {n} tỷ đồng, tập trung cho các xã vùng sâu, vùng xa.",
    "Học sinh {school} cho biết các em mong muốn được học tập trong môi trường an toàn, thân thiện.",
    "Thanh tra Sở đã tiếp nhận {n} đơn phản ánh liên quan đến {s} từ đầu năm học.",
    "Theo kế hoạch, đến tháng {m} năm sau, toàn tỉnh sẽ hoàn thành việc sắp xếp lại mạng lưới trường lớp.",
    "Phòng Giáo dục và Đào tạo {place} đã có văn bản chấn chỉnh, yêu cầu làm rõ trách nhiệm của tập thể, cá nhân liên quan.",
    "Nhiều ý kiến đề xuất tăng cường kiểm tra, giám sát và xử lý nghiêm các trường hợp vi phạm.",
    "Đại diện hội cha mẹ học sinh cho biết hội đã họp {n} lần để thống nhất các nội dung với nhà trường.",
    "Bộ Giáo dục và Đào tạo đã ban hành hướng dẫn mới, có hiệu lực từ ngày {n} tháng {m}.",
    "Tại buổi làm việc, lãnh đạo tỉnh ghi nhận những cố gắng của ngành giáo dục trong điều kiện còn nhiều khó khăn.",
    "Đến nay, tỷ lệ học sinh đi học đúng độ tuổi ở {place} đạt trên {n} phần trăm.",
    "Một số trường đã chủ động ứng dụng công nghệ thông tin để công khai các khoản thu, chi cho phụ huynh theo dõi.",
    "Ông {who} nhấn mạnh: mọi khoản thu phải trên tinh thần tự nguyện, không được ép buộc phụ huynh.",
    "Sở sẽ tiếp tục theo dõi, đánh giá và kịp thời tham mưu Ủy ban nhân dân tỉnh các giải pháp phù hợp.",
    "Báo chí sẽ tiếp tục thông tin về diễn biến của vụ việc tại {school}.",
)
WHO = ("Nguyễn Văn Hùng", "Trần Thị Mai", "Lê Minh Tuấn", "Phạm Thị Lan", "Võ Thành Nhân", "Huỳnh Ngọc Anh", "Đặng Quốc Bảo")
TONE_SCORES = {"negative": {"negative": 0.8, "neutral": 0.15, "positive": 0.05},
               "neutral": {"negative": 0.1, "neutral": 0.8, "positive": 0.1},
               "positive": {"negative": 0.05, "neutral": 0.15, "positive": 0.8}}


def full_body(rng: random.Random, subject: str, place: str, school: str, chars: int = 2300) -> str:
    """A body of about `chars` characters in paragraphs of three to five sentences."""
    paragraphs, size = [BODY.format(s=subject)], len(BODY)
    while size < chars:
        sentences = [rng.choice(SENTENCES).format(s=subject, place=place, school=school, n=rng.randint(2, 98),
                                                  m=rng.randint(1, 12), who=rng.choice(WHO))
                     for _ in range(rng.randint(3, 5))]
        paragraphs.append(" ".join(sentences))
        size += len(paragraphs[-1]) + 1
    return "\n".join(paragraphs)


def _text(rng: random.Random, topic: int, tone: str, local: bool, full_text: bool = False) -> tuple[str, str, str, str]:
    subject = rng.choice(SUBJECTS[topic])
    place = rng.choice(LOCAL_PLACES if local else OTHER_PLACES)
    school = rng.choice(SCHOOLS).format(p=place)
    templates = {"negative": NEGATIVE, "neutral": NEUTRAL, "positive": POSITIVE}[tone]
    title = rng.choice(templates).format(s=subject, place=place, school=school)
    title = title[0].upper() + title[1:]
    summary = f"{title}. " + (f"Vụ việc xảy ra tại {school}, tỉnh Hậu Giang." if local else f"Vụ việc xảy ra tại {school}.")
    body = full_body(rng, subject, place, school) if full_text else BODY.format(s=subject)
    return title, summary, body, subject


def _tone(rng: random.Random) -> str:
    r = rng.random()
    return "negative" if r < 0.3 else "positive" if r > 0.8 else "neutral"


def articles(n: int, end: datetime, days: int = 365, seed: int = 7, full_text: bool = False) -> Iterator[Article]:
    """n classified articles spread over `days` before `end`; one in eight is a syndicated copy."""
    rng = random.Random(seed)
    span = days * 86400
    previous: deque[Article] = deque(maxlen=50)  # the recent originals a syndicated copy is drawn from
    for i in range(n):
        published = end - timedelta(seconds=int(span * (1 - (i + rng.random()) / n)))
        if previous and rng.random() < 0.125:
            src = rng.choice(list(previous))
            outlet = rng.choice([o for o in OUTLETS if o != src.source])
            yield src.with_(url=f"https://{_host(outlet)}/tin/{i}-{_slug(src.title)}.html", source=outlet,
                            published=published, duplicate_of=src.id, external_id=f"syn-{i}")
            continue
        topic = rng.choice(tuple(SUBJECTS))
        topics = (topic,) if rng.random() < 0.8 else tuple(sorted({topic, rng.choice(tuple(SUBJECTS))}))
        tone, local = _tone(rng), rng.random() < 0.08
        title, summary, text, subject = _text(rng, topic, tone, local, full_text)
        outlet = "Báo Hậu Giang" if local and rng.random() < 0.5 else rng.choice(OUTLETS)
        cls = Classification(topics=topics, topic_scores={t: 0.8 for t in topics}, sentiment=tone,
                             sentiment_scores=TONE_SCORES[tone], local=local,
                             places=(rng.choice(LOCAL_PLACES),) if local else (),
                             explanations={**{f"topic:{t}": [subject] for t in topics}, "sentiment": []})
        article = Article(url=f"https://{_host(outlet)}/tin/{i}-{_slug(title)}.html", title=title, source=outlet,
                          published=published, summary=summary, text=text, external_id=f"syn-{i}",
                          story_id=f"st-syn-{i // 40}" if i % 40 < 6 else "", classification=cls)
        previous.append(article)
        yield article


def issues(end: datetime, count: int = 60, seed: int = 7) -> list[HotIssue]:
    """Hot issues over the synthetic stories st-syn-*, hottest first (articles attached by story id)."""
    rng = random.Random(seed)
    out = []
    for k in range(count):
        topic = rng.choice(tuple(SUBJECTS))
        local = rng.random() < 0.2
        first = end - timedelta(hours=rng.randint(6, 24 * 30))
        n, outlets = rng.randint(4, 30), rng.sample(OUTLETS, rng.randint(2, 6))
        score = round(n + 1.5 * (len(outlets) - 1) * (2.0 if local else 1.0), 2)
        out.append(HotIssue(
            id=f"st-syn-{k}", title=_text(rng, topic, "negative", local)[0], topics=(topic,),
            lead_departments=("van-phong",), first_seen=first, last_seen=first + timedelta(hours=rng.randint(1, 72)),
            score=score, reason=f"{n} bài trong 48 giờ, {len(outlets)} cơ quan báo chí" + (", liên quan Hậu Giang" if local else ""),
            outlets=tuple(outlets), negative_share=round(rng.random(), 2), local=local,
            phase=rng.choice(list(Phase)), events=(IssueEvent(first, "phase", "new"),)))
    return out


def records(n: int, end: datetime, days: int = 30, seed: int = 11, full_text: bool = False) -> list[dict[str, Any]]:
    """Input lines (id, title, summary, text, published, url, source) with one local hot story among them."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        topic, tone, local = rng.choice(tuple(SUBJECTS)), _tone(rng), rng.random() < 0.1
        title, summary, text, _ = _text(rng, topic, tone, local, full_text)
        outlet = rng.choice(OUTLETS)
        published = end - timedelta(days=days * (1 - i / max(1, n)), minutes=rng.randint(0, 600))
        out.append({"id": f"demo-{i}", "title": title, "summary": summary, "text": text, "source": outlet,
                    "url": f"https://{_host(outlet)}/tin/{i}-{_slug(title)}.html", "published": published.isoformat()})
    story = "Phụ huynh bức xúc vì lạm thu đầu năm học ở Trường Tiểu học Vị Tân, Vị Thanh"
    for j in range(8):
        outlet = OUTLETS[j % 6] if j else "Báo Hậu Giang"
        out.append({"id": f"demo-story-{j}", "title": story,
                    "summary": "Trường thu hàng chục khoản ngoài quy định, Sở GD&ĐT Hậu Giang yêu cầu trả lại tiền cho phụ huynh",
                    "text": BODY.format(s="các khoản thu đầu năm"), "source": outlet,
                    "url": f"https://{_host(outlet)}/tin/lam-thu-vi-tan-{j}.html",
                    "published": (end - timedelta(hours=20 - 2 * j)).isoformat()})
    return out


def _host(outlet: str) -> str:
    return "b" + hashlib.sha1(outlet.encode()).hexdigest()[:8] + ".vn"


def _slug(title: str) -> str:
    from diemnong.text import fold

    return "-".join(w for w in "".join(c if c.isalnum() else " " for c in fold(title)).split()[:8])
