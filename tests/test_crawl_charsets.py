"""Pages and feeds declared in a code of another script or language (windows-1251, KOI8-R, GBK, EUC-KR, Shift_JIS,
Big5, ISO-8859-x) are read in it (crawlers/encoding.py), while Vietnamese text behind such a label (windows-1258, TCVN3)
is still read as Vietnamese; alone and through the service from a loopback HTTP server into SQLite."""
from __future__ import annotations

import unicodedata

import pytest

from crawlers.encoding import decode_bytes, decode_html, syllable_score
from crawlers.feeds import parse_feed
from diemnong.config import Settings, Source
from diemnong.domain import doc_id
from diemnong.pipeline import Service
from store.sqlite import SQLiteStore
from tests.conftest import LoopbackServer, at
from tests.crawl_samples import cp1258, story
from tests.test_crawl_hunt import tcvn3, vni

NOW = at("2026-11-27T12:00:00+07:00")
RUSSIAN = "Министерство образования сообщило о новых правилах приёма в школы"
TEXTS = {
    "windows-1251": RUSSIAN, "koi8-r": RUSSIAN, "iso-8859-5": RUSSIAN,
    "gb2312": "教育部发布了关于学校招生的新规定", "gbk": "教育部发布了关于学校招生的新规定",
    "gb18030": "教育部发布了关于学校招生的新规定", "big5": "教育部發布了關於學校招生的新規定",
    "euc-kr": "교육부는 학교 입학에 관한 새로운 규정을 발표했습니다", "shift_jis": "文部科学省は学校の入学に関する新しい規則を発表しました",
    "iso-8859-2": "Ministerstwo Edukacji ogłosiło nowe zasady przyjęć do szkół", "iso-8859-7": "Το Υπουργείο Παιδείας ανακοίνωσε",
}


def page(text: str, charset: str = "") -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    return f"<html><head>{meta}<title>{text}</title></head><body><h1>{text}</h1><p>{text}. {text}.</p></body></html>"


@pytest.mark.parametrize("charset", TEXTS)
@pytest.mark.parametrize("where", ["header", "meta"])
def test_a_page_is_read_in_the_charset_it_declares(charset: str, where: str) -> None:
    # All but Shift_JIS were read as windows-1258 or windows-1252 («Ìèíèñòåðñòâî», «½ÌÓư²¿»): the declared reading,
    # with no Vietnamese letter, lost to the guess, whose Latin letters count as Vietnamese ones.
    text = TEXTS[charset]
    header = f"text/html; charset={charset}" if where == "header" else "text/html"
    content = page(text, "" if where == "header" else charset).encode(charset)
    decoded, used = decode_bytes(content, header)
    assert decoded.count(text) == 4 and used != "guessed", used


@pytest.mark.parametrize("charset, code, text", [
    ("gb2312", "gbk", "朱镕基总理访问学校"), ("euc-kr", "cp949", "똠방각하 학교"), ("shift_jis", "cp932", "①学校の入学"),
    ("big5", "big5hkscs", "香港教育局學校𨋢"),
])
def test_a_charset_is_read_as_browsers_read_it(charset: str, code: str, text: str) -> None:
    """Pages labelled GB2312, EUC-KR, Shift_JIS or Big5 are written in the superset browsers read them as (WHATWG): GBK,
    windows-949, windows-31J, Big5-HKSCS; a letter only the superset has made the label's strict reading fail."""
    assert decode_html(page(text, charset).encode(code)).count(text) == 4


@pytest.mark.parametrize("charset", ["windows-1251", "koi8-r", "gb18030", "euc-kr", "iso-8859-2", "iso-8859-5"])
def test_vietnamese_behind_a_foreign_charset_is_still_read_as_vietnamese(charset: str) -> None:
    """A legacy Vietnamese page whose server or template names the wrong code: windows-1258 and TCVN3 readings win there
    as before."""
    html = page(story(1).title + ". " + " ".join(story(1).paragraphs), charset)
    for content, meant in ((cp1258(html), html), tcvn3(html)):
        for header in (f"text/html; charset={charset}", "text/html"):
            assert decode_html(content, header) == meant, header


def rss(base: str, titles: list[str], encoding: str) -> str:
    items = "".join(f"<item><title>{t}</title><link>{base}/p/{n}.html</link><pubDate>Fri, 27 Nov 2026 08:15:00 +0700"
                    f"</pubDate></item>" for n, t in enumerate(titles))
    return (f'<?xml version="1.0" encoding="{encoding}"?><rss version="2.0"><channel><title>Feed</title>'
            f"<link>{base}/</link>{items}</channel></rss>")


@pytest.mark.parametrize("charset", ["windows-1251", "koi8-r", "gbk", "big5", "euc-kr"])
def test_a_feed_in_a_declared_charset_has_its_titles(charset: str) -> None:
    titles = [TEXTS[charset], TEXTS[charset][:20]]
    feed = parse_feed(rss("https://x.example", titles, charset).encode(charset))
    assert [i.title for i in feed.items] == titles


def article(text: str, charset: str) -> str:
    """A page in `charset`'s script: headline, dateline, a few paragraphs."""
    body = "".join(f"<p>{text}. {text}, {n}. {text}.</p>" for n in range(6))
    return (f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>{text}</title></head><body>'
            f'<div class="main"><h1>{text}</h1><div class="date">27/11/2026 08:15</div><div class="content">{body}'
            "</div></div></body></html>")


def test_pages_and_a_feed_in_declared_charsets_are_stored_as_written(settings: Settings, store: SQLiteStore,
                                                                     http_server: LoopbackServer) -> None:
    """A feed in windows-1251 (its XML declaration only), a page in windows-1251 (its header), one in GBK (its <meta>), and
    a Vietnamese page in windows-1258 behind a header's «windows-1251»: each stored in the text it was written in."""
    fast = settings.override(crawler__retry_backoff_seconds=0.01, crawler__max_retries=1, crawler__timeout_seconds=2.0)
    chinese, vietnamese = TEXTS["gbk"], story(4)
    http_server.route("/p/0.html", article(RUSSIAN, "windows-1251").encode("cp1251"), content_type="text/html; charset=windows-1251")
    http_server.route("/p/1.html", article(chinese, "gbk").encode("gbk"), content_type="text/html")
    legacy = article(vietnamese.title, "windows-1258").replace("<p>", "<p>" + vietnamese.paragraphs[0] + " ", 1)
    http_server.route("/p/2.html", cp1258(legacy), content_type="text/html; charset=windows-1251")
    titles = [RUSSIAN, chinese, vietnamese.title]
    feed = rss(http_server.url, titles, "windows-1251").replace(chinese, "Китай")  # windows-1251 has no Chinese
    feed = feed.replace(vietnamese.title, "Вьетнам")
    http_server.route("/rss.xml", feed.encode("cp1251"), content_type="application/rss+xml")
    source = Source(name="Báo Dân Sinh", kind="rss", url=http_server.url + "/rss.xml", section="Giáo dục")
    result = Service(fast, store, workers=1).crawl_once([source], now=NOW)[0]
    assert result.error == "" and result.outcomes["stored"] == 3
    stored = [store.get_article(doc_id(f"{http_server.url}/p/{n}.html")) for n in range(3)]
    assert [a.status for a in stored] == ["complete"] * 3
    assert stored[0].title == RUSSIAN and RUSSIAN in stored[0].text
    assert chinese in stored[1].text
    assert vietnamese.paragraphs[0] in stored[2].text and vietnamese.title in stored[2].text


DAK_LAK = "Sở GD&ĐT Đắk Lắk: Krông Búk, M'Đrắk, Ea Súp thiếu 300 giáo viên"
WINDOWS_1252_LABELS = ["iso8859-1", "ISO_8859-1", "iso_8859-1:1987", "iso88591", "l1", "cp819", "IBM819", "iso-ir-100",
                       "csisolatin1", "x-cp1252", "ISO8859_1", "ansi_x3.4-1968"]


@pytest.mark.parametrize("charset", WINDOWS_1252_LABELS + ["iso-8859-15", "windows-1250", "windows-1251", "iso-8859-2"])
@pytest.mark.parametrize("where", ["header", "meta"])
def test_a_short_central_highlands_notice_in_windows_1258_is_read_behind_any_label(charset: str, where: str) -> None:
    """A one-line notice of the Đắk Lắk department in windows-1258: every label browsers read as windows-1252 is
    weighed as windows-1252 is, and behind a code of another language the windows-1258 reading wins on its syllables,
    the highlands' «ắk», «úk» and «Kr» among them. Read as declared it was «Ðãìk Lãìk», «Ргмk Lгмk»."""
    content = cp1258(page(DAK_LAK, "" if where == "header" else charset))
    header = f"text/html; charset={charset}" if where == "header" else "text/html"
    decoded, used = decode_bytes(content, header)
    assert decoded.count(DAK_LAK) == 4 and used == "guessed", used


@pytest.mark.parametrize("text", ["Đắk Lắk", "Đăk Nông", "Krông Búk", "M'Đrắk", "Chư Prông", "Chư Păh", "Kon Plông",
                                  "Đạ Tẻh", "Cư Jút", "H'Hen Niê", "Đắk Glei"])
def test_the_central_highlands_names_are_vietnamese_syllables(text: str) -> None:
    assert syllable_score(text) == 1.0


@pytest.mark.parametrize("charset", ["windows-1251", "koi8-r", "iso-8859-15", "iso-8859-2"])
def test_a_short_notice_with_a_word_the_syllables_lack_wins_over_a_foreign_reading(charset: str) -> None:
    """«ôtô» is no syllable: 6 of this headline's 7 words weighed are (0.86, short of GOOD_READING), while its reading
    in the declared code has hardly one («Ргмk Lгмk»): the windows-1258 reading, far better, wins."""
    text = "Học sinh Đắk Lắk đi học bằng ôtô"
    decoded, used = decode_bytes(cp1258(page(text)), f"text/html; charset={charset}")
    assert decoded.count(text) == 4 and used == "guessed", used


# A Russian and a Greek news paragraph as their outlets write them: Latin names and addresses beside the words
# («iPhone», «Wi-Fi», «e-mail», «Lenovo»), numbers, «ЕГЭ-2026», quotes.
RUSSIAN_NEWS = ("Министерство просвещения России сообщило, что с 1 сентября 2026 года в школах Москвы и Санкт-Петербурга "
                "начнётся эксперимент по использованию электронных дневников на платформе «Сферум». По словам заместителя "
                "министра, учителя смогут выставлять оценки через приложение на iPhone и Android, а родители — получать "
                "уведомления по e-mail и в Telegram. Ранее Рособрнадзор опубликовал расписание ЕГЭ-2026: основной период "
                "продлится с 23 мая по 1 июля. Директор лицея № 239 отметил, что Wi-Fi в классах пока работает с перебоями, "
                "а закупка ноутбуков Lenovo и HP для кабинетов информатики задерживается до декабря.")
GREEK_NEWS = ("Το Υπουργείο Παιδείας ανακοίνωσε ότι από τον Σεπτέμβριο του 2026 τα σχολεία της Αθήνας και της Θεσσαλονίκης "
              "θα χρησιμοποιούν την πλατφόρμα Webex για την τηλεκπαίδευση. Οι μαθητές θα λαμβάνουν τους βαθμούς τους μέσω "
              "email, ενώ οι γονείς μπορούν να επικοινωνούν με τους εκπαιδευτικούς μέσω Viber και Microsoft Teams. Οι "
              "Πανελλαδικές Εξετάσεις θα ξεκινήσουν στις 29 Μαΐου.")
VNI_LABELS = {"windows-1251": "cp1251", "koi8-r": "koi8_r", "iso-8859-5": "iso8859_5", "iso-8859-7": "iso8859_7",
              "windows-1253": "cp1253"}
NOTICE = "Sở GD&ĐT Đắk Lắk: Krông Búk, M'Đrắk, Ea Súp thiếu 300 giáo viên"


@pytest.mark.parametrize("charset", VNI_LABELS)
@pytest.mark.parametrize("where", ["header", "meta"])
@pytest.mark.parametrize("length", ["article", "notice"])
def test_vni_behind_a_cyrillic_or_greek_charset_is_read_as_vietnamese(charset: str, where: str, length: str) -> None:
    """A page in VNI («Vieät») labelled windows-1251, KOI8-R, ISO-8859-5, ISO-8859-7 or windows-1253: read in that code
    its marks were letters of the script («Vieдt», «Trцфшng», «Ngheδ»), and it was stored so; now the VNI reading
    wins, an article and a one-line notice alike."""
    text = NOTICE if length == "notice" else story(2).title + ". " + " ".join(story(2).paragraphs)
    content = vni(page(text, "" if where == "header" else charset))
    header = f"text/html; charset={charset}" if where == "header" else "text/html"
    decoded, used = decode_bytes(content, header)
    assert decoded.count(unicodedata.normalize("NFC", text)) == 4 and used == "guessed", (used, decoded[:200])


@pytest.mark.parametrize("charset", VNI_LABELS)
def test_real_russian_and_greek_pages_with_latin_names_stay_as_declared(charset: str) -> None:
    """Russian (windows-1251, KOI8-R, ISO-8859-5) and Greek (ISO-8859-7, windows-1253) news with Latin names in it, a
    word or two of mixed scripts among them («Mосква» typed with a Latin «M», «SMS-ка», «iPhoneом»): read as declared."""
    text = GREEK_NEWS if charset in ("iso-8859-7", "windows-1253") else (
        RUSSIAN_NEWS + " Mосква, SMSка, iPhoneом, Windowsе.")
    if charset in ("koi8-r", "iso-8859-5"):  # codes without «», — (and KOI8-R without №): what such sites type
        text = text.translate(str.maketrans({"«": '"', "»": '"', "—": "-", "№": "N"}))
    for html in (page(text, charset), article(text, charset)):
        decoded, used = decode_bytes(html.encode(VNI_LABELS[charset]), "text/html")
        assert decoded == html and used != "guessed", used


def test_vni_and_russian_pages_behind_windows_1251_are_stored_as_written(settings: Settings, store: SQLiteStore,
                                                                        http_server: LoopbackServer) -> None:
    """Through the service from a loopback server: a Vietnamese article in VNI and a Russian one, both sent with
    «charset=windows-1251», are stored in the text each was written in."""
    fast = settings.override(crawler__retry_backoff_seconds=0.01, crawler__max_retries=1, crawler__timeout_seconds=2.0)
    vietnamese = story(5)
    legacy = article(vietnamese.title, "windows-1251").replace("<p>", "<p>" + " ".join(vietnamese.paragraphs) + " ", 1)
    http_server.route("/p/0.html", vni(legacy), content_type="text/html; charset=windows-1251")
    http_server.route("/p/1.html", article(RUSSIAN_NEWS, "windows-1251").encode("cp1251"),
                      content_type="text/html; charset=windows-1251")
    feed = rss(http_server.url, ["Вьетнам", "Россия"], "windows-1251")
    http_server.route("/rss.xml", feed.encode("cp1251"), content_type="application/rss+xml")
    source = Source(name="Báo Dân Sinh", kind="rss", url=http_server.url + "/rss.xml", section="Giáo dục")
    result = Service(fast, store, workers=1).crawl_once([source], now=NOW)[0]
    assert result.error == "" and result.outcomes["stored"] == 2
    vi, ru = (store.get_article(doc_id(f"{http_server.url}/p/{n}.html")) for n in range(2))
    assert vi.status == ru.status == "complete"
    assert vietnamese.paragraphs[0] in vi.text, vi.text[:200]
    assert RUSSIAN_NEWS[:200] in ru.text
