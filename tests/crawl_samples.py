"""Feeds and article pages in the formats of Vietnamese news sites, written for these tests.

The markup follows the real outlets (GD&TĐ's ``article__*`` classes and ``-post123.html`` links,
VnExpress's enclosure with a raw ``&`` and ``fck_detail`` body, a 2012-style page in windows-1258);
the stories are invented.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass

STORIES = [
    ("Phụ huynh phản ánh lạm thu đầu năm học tại một trường tiểu học",
     "Nhiều phụ huynh bức xúc vì các khoản thu ngoài quy định ngay tuần đầu năm học mới.",
     ["Theo phản ánh của phụ huynh, ngay trong buổi họp đầu năm, ban đại diện cha mẹ học sinh đã đề nghị mỗi em đóng "
      "quỹ phòng học, tiền lắp máy lạnh và tiền vệ sinh với tổng số tiền gần hai triệu đồng.",
      "Hiệu trưởng nhà trường cho biết các khoản này do phụ huynh tự nguyện đóng góp, nhà trường không chủ trương thu.",
      "Sở Giáo dục và Đào tạo đã yêu cầu phòng giáo dục kiểm tra, trả lại các khoản thu sai quy định và báo cáo kết quả "
      "trước ngày 20/9."]),
    ("Tỉnh đầu tư xây mới ba trường mầm non ở vùng sâu",
     "Ba trường mầm non với tổng vốn hơn 40 tỷ đồng được khởi công để giảm cảnh thiếu phòng học.",
     ["Các công trình gồm 36 phòng học, nhà bếp và sân chơi, dự kiến đưa vào sử dụng trước năm học 2026 - 2027.",
      "Lãnh đạo huyện cho biết nhiều điểm trường hiện phải học nhờ nhà văn hóa ấp, thiếu nhà vệ sinh và nước sạch.",
      "Ngành giáo dục cũng kiến nghị bổ sung biên chế giáo viên mầm non để đáp ứng số lớp tăng thêm."]),
    ("Học sinh đuối nước khi tắm sông, ngành giáo dục khuyến cáo phụ huynh",
     "Một học sinh lớp 7 tử vong do đuối nước khi tắm sông cùng bạn vào chiều thứ bảy.",
     ["Theo chính quyền địa phương, nhóm bốn học sinh rủ nhau ra bến sông gần nhà tắm mát, một em bị nước cuốn trôi.",
      "Sở Giáo dục và Đào tạo đề nghị các trường tăng cường dạy kỹ năng phòng chống đuối nước và phối hợp với gia đình "
      "quản lý học sinh trong dịp nghỉ hè.",
      "Nhà trường đã đến thăm hỏi, động viên gia đình em học sinh."]),
    ("Công bố điểm chuẩn vào lớp 10 công lập năm học mới",
     "Điểm chuẩn vào lớp 10 các trường công lập tăng nhẹ so với năm trước ở hầu hết các trường.",
     ["Trường có điểm chuẩn cao nhất là 24,5 điểm, thấp nhất là 12 điểm; thí sinh xác nhận nhập học trực tuyến.",
      "Sở lưu ý thí sinh trúng tuyển phải nộp hồ sơ đúng hạn, nếu không sẽ bị xóa tên khỏi danh sách.",
      "Các trường còn thiếu chỉ tiêu sẽ tuyển bổ sung theo kế hoạch được công bố vào tuần sau."]),
]


@dataclass(frozen=True)
class Story:
    n: int
    title: str
    lead: str
    paragraphs: tuple[str, ...]

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)


def story(n: int) -> Story:
    title, lead, paragraphs = STORIES[n % len(STORIES)]
    suffix = f" (số {n})" if n >= len(STORIES) else ""
    return Story(n, title + suffix, lead, tuple(paragraphs))


# --------------------------------------------------------------------------- feeds

def gdtd_rss(base: str, numbers: list[int], dates: bool = True, extra_items: str = "") -> str:
    """GD&TĐ-style RSS 2.0: CDATA titles, thumbnail in the description, -postNNN.html links, non-permalink GUIDs."""
    items = []
    for n in numbers:
        s = story(n)
        date = f"<pubDate>Fri, 05 Sep 2025 {8 + n % 10:02d}:30:00 +0700</pubDate>" if dates else ""
        items.append(
            f"<item><title><![CDATA[{s.title}]]></title><link>{base}/giao-duc/bai-{n}-post{700000 + n}.html</link>"
            f"<description><![CDATA[<a href=\"{base}/giao-duc/bai-{n}-post{700000 + n}.html\"><img src=\"{base}/img/{n}.jpg\" /></a>{s.lead}]]></description>"
            f"{date}<guid isPermaLink=\"false\">post{700000 + n}</guid></item>"
        )
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Giáo dục - Báo Giáo dục và Thời đại</title>"
            f"<link>{base}/giao-duc/</link><description>Tin giáo dục</description>{''.join(items)}{extra_items}</channel></rss>")


def vnexpress_rss(base: str, numbers: list[int]) -> str:
    """VnExpress-style RSS 2.0 with the raw '&' its enclosure URLs carry (not well-formed XML)."""
    items = []
    for n in numbers:
        s = story(n)
        url = f"{base}/giao-duc/bai-{n}-{4900000 + n}.html"
        items.append(
            f"<item><title>{s.title}</title><description><![CDATA[<a href=\"{url}\"><img src=\"{base}/t/{n}.jpg\" ></a></br>{s.lead}]]></description>"
            f"<pubDate>Fri, 05 Sep 2025 {8 + n % 10:02d}:15:00 +0700</pubDate><link>{url}</link><guid>{url}</guid>"
            f"<enclosure type=\"image/jpeg\" length=\"1200\" url=\"{base}/i/{n}.jpg?w=1200&h=0&q=100&dpr=1&fit=crop&s=x\"/></item>"
        )
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Giáo dục - VnExpress RSS</title>"
            f"<link>{base}/rss/giao-duc.rss</link>{''.join(items)}</channel></rss>")


def atom_feed(base: str, numbers: list[int]) -> str:
    entries = "".join(
        f"<entry><title type=\"html\">{story(n).title}</title><link rel=\"alternate\" href=\"{base}/tin/{n}.htm\"/>"
        f"<id>tag:{n}</id><updated>2025-09-05T0{n % 10}:00:00+07:00</updated><summary>{story(n).lead}</summary></entry>"
        for n in numbers
    )
    return f"<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Tin</title><id>x</id><updated>2025-09-05T08:00:00Z</updated>{entries}</feed>"


def rdf_feed(base: str, numbers: list[int]) -> str:
    items = "".join(
        f"<item rdf:about=\"{base}/r/{n}.html\"><title>{story(n).title}</title><link>{base}/r/{n}.html</link>"
        f"<description>{story(n).lead}</description><dc:date>2025-09-05T10:00:00+07:00</dc:date></item>"
        for n in numbers
    )
    return ("<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\" "
            f"xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel rdf:about=\"{base}/\"><title>T</title><link>{base}/</link></channel>{items}</rdf:RDF>")


# --------------------------------------------------------------------------- pages

def gdtd_page(n: int, date: str = "05/09/2025 08:30", meta_time: str = "2025-09-05T08:30:00+07:00", padding: str = "") -> str:
    """A GD&TĐ-style article page: article__title, article__sapo, article__body, with menus and related links around it."""
    s = story(n)
    body = "".join(f"<p>{p}</p>" for p in s.paragraphs)
    meta = f"<meta property=\"article:published_time\" content=\"{meta_time}\">" if meta_time else ""
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{s.title} | Báo Giáo dục và Thời đại Online</title>
<meta property="og:title" content="{s.title}"><meta property="og:type" content="article">{meta}
<meta property="og:image" content="/img/{n}-large.jpg"><meta name="description" content="{s.lead}"></head>
<body><header><nav><a href="/">Trang chủ</a> <a href="/giao-duc/">Giáo dục</a> <a href="/hoc-duong/">Học đường</a></nav></header>
<main><article class="article"><h1 class="article__title">{s.title}</h1>
<div class="article__meta"><time class="time">{date}</time> <span class="article__author"><span class="name">Minh Anh</span></span></div>
<div class="article__sapo">GD&amp;TĐ - {s.lead}</div>
<div class="article__body">{body}<figure><img src="/img/{n}.jpg"><figcaption>Ảnh minh họa.</figcaption></figure>
<div class="article__related"><a href="/giao-duc/khac-post1.html">Tin liên quan: một bài khác rất dài về giáo dục</a></div></div>
</article></main>{padding}<footer>Cơ quan chủ quản: Bộ Giáo dục và Đào tạo. Giấy phép số 479/GP-BTTTT.</footer></body></html>"""


def vnexpress_page(n: int, date: str = "Thứ sáu, 5/9/2025, 08:15 (GMT+7)") -> str:
    s = story(n)
    body = "".join(f"<p class=\"Normal\">{p}</p>" for p in s.paragraphs)
    return f"""<html><head><meta charset="utf-8"><title>{s.title} - VnExpress</title></head><body>
<div class="header-content"><span class="date">{date}</span></div>
<h1 class="title-detail">{s.title}</h1><p class="description">{s.lead}</p>
<article class="fck_detail">{body}<p class="Normal" style="text-align:right;"><strong>Thanh Hà</strong></p></article>
<ul class="list-news"><li><a href="/x-1.html">Bài liên quan số một về giáo dục và đào tạo</a></li></ul></body></html>"""


def legacy_page(n: int) -> str:
    """A 2012-style page: table layout, the date as text above the headline, no metadata."""
    s = story(n)
    body = "<br><br>".join(s.paragraphs)
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"><title>{s.title} - Báo Thử</title></head>
<body><table><tr><td class="menu"><a href="/">Trang chủ</a></td></tr><tr><td>
<div class="email-print"><span class="spanTime">Thứ sáu, 05/09/2025, 10:20 GMT+7</span></div>
<h1 class="Title">{s.title}</h1><h2 class="Lead">{s.lead}</h2><p class="Normal">{body}</p>
</td></tr></table></body></html>"""


def cp1258(text: str) -> bytes:
    """Text in windows-1258 the way legacy Vietnamese pages store it: tone marks as separate combining characters."""
    out = bytearray()
    tones = "\u0300\u0301\u0303\u0309\u0323"
    for ch in text:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        out += base.encode("cp1258") + "".join(c for c in parts if c in tones).encode("cp1258")
    return bytes(out)


def listing_page(base: str, numbers: list[int], next_href: str = "") -> str:
    """A Lao Động / Báo Hậu Giang-style section page: image link and title link per article, a "next" link."""
    rows = "".join(
        f"<article class=\"item\"><a href=\"{base}/giao-duc/bai-{n}-{1000000 + n}.ldo\"><img src=\"/i/{n}.jpg\"></a>"
        f"<h3><a href=\"{base}/giao-duc/bai-{n}-{1000000 + n}.ldo?utm_source=home\">{story(n).title}</a></h3></article>"
        for n in numbers
    )
    nxt = f"<div class=\"pagination\"><a rel=\"next\" href=\"{next_href}\">Trang sau</a></div>" if next_href else ""
    return f"<html><head><meta charset=\"utf-8\"><title>Giáo dục</title></head><body><nav><a href=\"/\">Trang chủ</a></nav><section>{rows}</section>{nxt}</body></html>"


def teasers(numbers: list[int]) -> str:
    """Other articles' teasers as section pages and «Tin cùng chuyên mục» blocks show them: the headline link, the
    section's name, a time and a summary, each in a block of its own."""
    return "".join(
        f"<div class=\"story\"><h3 class=\"story__title\"><a href=\"/giao-duc/bai-{n}-post{700000 + n}.html\">{story(n).title}</a></h3>"
        f"<div class=\"story__meta\"><a href=\"/giao-duc/\">Giáo dục</a> <time>0{n % 9 + 1}/09/2025 08:00</time></div>"
        f"<p class=\"story__summary\">{story(n).lead}</p></div>"
        for n in numbers
    )


def topic_page(numbers: list[int]) -> str:
    """A topic (chủ đề) page: a heading over teasers of several articles, no article of its own."""
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Tuyển sinh 2025 | Báo Giáo dục và Thời đại</title>
<meta property="og:title" content="Tuyển sinh 2025"><meta property="og:type" content="website"></head>
<body><nav><a href="/">Trang chủ</a> <a href="/giao-duc/">Giáo dục</a></nav><main><h1 class="cate-title">Tuyển sinh 2025</h1>
{teasers(numbers)}</main><footer>Giấy phép số 479/GP-BTTTT.</footer></body></html>"""
