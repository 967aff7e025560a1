"""The real thing: `streamlit run` on a free port with the bundled demo data, driven by Debian's headless
Chromium over the DevTools protocol — sign in, overview, search, sign out — with screenshots checked
for rendered content (not a blank page) and the DOM checked for the expected Vietnamese text.

Set DIEMNONG_SCREENSHOTS=<folder> to keep the PNGs."""
from __future__ import annotations

import base64
import io
import json
import os
import shutil
import subprocess
import time
import urllib.request
from pathlib import Path
from contextlib import contextmanager
from typing import Any, Callable, Iterator

import pytest

from dashboard.users import add_user, make_user, users_path
from diemnong.cli import dashboard_command, ingest_file
from diemnong.config import load_settings
from diemnong.pipeline import Service, article_from_record
from store.sqlite import SQLiteStore
from tests.conftest import ROOT, at, free_port
from tests.dashboard.conftest import PASSWORD

CHROMIUM = Path("/usr/bin/chromium")
DEMO = ROOT / "data" / "demo" / "stream.jsonl"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--hide-scrollbars", "--lang=vi-VN"]

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (apt-get install -y chromium)")


@pytest.fixture(scope="module")
def demo_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A home with the bundled demo stream ingested through the whole pipeline, an analyst and an admin account."""
    if not DEMO.exists():
        pytest.skip(f"the demo stream {DEMO} is missing")
    home = tmp_path_factory.mktemp("browser-home")
    settings = load_settings(env={"DIEMNONG_HOME": str(home)})
    service = Service(settings, SQLiteStore(home / "diemnong.sqlite3"), workers=2)
    try:
        ingest_file(service, str(DEMO), batch=256)
    finally:
        service.close()
        service.store.close()
    add_user(users_path(home), make_user("lan", "Nguyễn Thị Lan", "analyst", PASSWORD))
    add_user(users_path(home), make_user("quantri", "Quản trị Thử", "admin", PASSWORD))
    return home


@pytest.fixture(scope="module")
def server(demo_home: Path):
    """`streamlit run dashboard/app.py` on a free port; its URL once it answers /_stcore/health."""
    with streamlit(demo_home) as url:
        yield url


@contextmanager
def streamlit(home: Path, base: str = "") -> Iterator[str]:
    """The dashboard served from a home on a free port (under the path ``base``, as behind a reverse proxy: Streamlit's
    server.baseUrlPath); its URL once it answers /_stcore/health."""
    port = free_port()
    env = {**os.environ, "DIEMNONG_HOME": str(home), "PYTHONPATH": str(ROOT)}
    command = dashboard_command(None, port) + ["--server.address", "127.0.0.1", "--server.fileWatcherType", "none",
                                               *(["--server.baseUrlPath", base] if base else [])]
    proc = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, cwd=ROOT)
    url = f"http://127.0.0.1:{port}" + (f"/{base}" if base else "")
    try:
        _wait(lambda: _get(url + "/_stcore/health") == "ok", 60, "streamlit did not start")
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


class Browser:
    """One headless Chromium page driven over the DevTools protocol (websocket-client)."""

    def __init__(self, profile: Path):
        import websocket

        port = free_port()
        self.proc = subprocess.Popen([str(CHROMIUM), *FLAGS, f"--user-data-dir={profile}", f"--remote-debugging-port={port}",
                                      "--window-size=1440,1000", "about:blank"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        targets: list[dict[str, Any]] = []

        def page_target() -> bool:
            nonlocal targets
            try:
                targets = [t for t in json.loads(_get(f"http://127.0.0.1:{port}/json/list")) if t["type"] == "page"]
            except OSError:
                return False
            return bool(targets)

        _wait(page_target, 30, "chromium did not open its DevTools port")
        self.ws = websocket.create_connection(targets[0]["webSocketDebuggerUrl"], timeout=30, suppress_origin=True)
        self.seq = 0
        self.call("Page.enable")
        self.call("Runtime.enable")
        self.call("Emulation.setDeviceMetricsOverride", width=1440, height=1000, deviceScaleFactor=1, mobile=False)

    def call(self, method: str, **params: Any) -> dict[str, Any]:
        self.seq += 1
        self.ws.send(json.dumps({"id": self.seq, "method": method, "params": params}))
        while True:
            msg = json.loads(self.ws.recv())
            if msg.get("id") == self.seq:
                if "error" in msg:
                    raise RuntimeError(f"{method}: {msg['error']}")
                return msg.get("result", {})

    def js(self, expression: str) -> Any:
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        return result.get("result", {}).get("value")

    def text(self) -> str:
        return self.js("document.body ? document.body.innerText : ''") or ""

    def wait_text(self, *wanted: str, timeout: float = 45) -> str:
        _wait(lambda: all(w in self.text() for w in wanted), timeout, f"page never showed {wanted}: {self.text()[:600]!r}")
        return self.text()

    def type_into(self, selector: str, value: str, enter: bool = False) -> None:
        assert self.js(f"(() => {{ const e = document.querySelector({json.dumps(selector)}); if (!e) return false; e.focus(); e.select && e.select(); return true; }})()"), selector
        self.call("Input.insertText", text=value)
        if enter:
            for kind in ("keyDown", "keyUp"):
                self.call("Input.dispatchKeyEvent", type=kind, key="Enter", code="Enter", windowsVirtualKeyCode=13)

    def click_button(self, label: str) -> None:
        assert self.js(f"(() => {{ const b = [...document.querySelectorAll('button')].find(b => b.innerText.trim() === {json.dumps(label)}); if (!b) return false; b.click(); return true; }})()"), label

    def screenshot(self, name: str) -> bytes:
        """A PNG of the whole page (not only the viewport)."""
        height = self.js("Math.min(6000, Math.max(document.body.scrollHeight, ...[...document.querySelectorAll('section, [data-testid=stMain], [data-testid=stAppScrollToBottomContainer]')].map(e => e.scrollHeight)))") or 1000
        self.call("Emulation.setDeviceMetricsOverride", width=1440, height=int(height), deviceScaleFactor=1, mobile=False)
        time.sleep(1.0)  # let the charts re-layout to the new size
        png = base64.b64decode(self.call("Page.captureScreenshot", format="png")["data"])
        self.call("Emulation.setDeviceMetricsOverride", width=1440, height=1000, deviceScaleFactor=1, mobile=False)
        keep = os.environ.get("DIEMNONG_SCREENSHOTS")
        if keep:
            Path(keep).mkdir(parents=True, exist_ok=True)
            (Path(keep) / name).write_bytes(png)
        return png

    def close(self) -> None:
        try:
            self.ws.close()
        finally:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as r:  # noqa: S310 - loopback only
        return r.read().decode()


def _wait(check: Callable[[], bool], timeout: float, message: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if check():
                return
        except OSError:
            pass
        time.sleep(0.3)
    raise AssertionError(message)


def not_blank(png: bytes) -> tuple[float, int]:
    """(pixel standard deviation, number of distinct colours) of a screenshot."""
    from PIL import Image, ImageStat

    image = Image.open(io.BytesIO(png)).convert("RGB")
    assert image.width == 1440 and image.height >= 900
    small = image.resize((image.width // 4, image.height // 4))
    return sum(ImageStat.Stat(image).stddev) / 3, len(set(small.getdata()))


def main_menu(browser: Browser) -> list[str]:
    """The labels of Streamlit's own ⋮ menu (top right), opened as a user would: [] when the page has no such menu."""
    if not browser.js("(() => { const b = document.querySelector('[data-testid=stMainMenu] button'); if (!b) return false; "
                      "b.click(); return true; })()"):
        return []
    items = "[...document.querySelectorAll('[data-testid=stMainMenuPopover] [data-testid^=stMainMenuItem-]')]"
    _wait(lambda: browser.js(f"{items}.length") > 0, 10, "the menu did not open")
    labels = browser.js(f"{items}.map(e => e.innerText.trim()).filter(t => t)")
    for kind in ("keyDown", "keyUp"):
        browser.call("Input.dispatchKeyEvent", type=kind, key="Escape", code="Escape", windowsVirtualKeyCode=27)
    return labels


def log_in(browser: Browser, user: str, password: str, tries: int = 3) -> None:
    """Fill and submit the login form. On a loaded machine the form can be drawn again while the session
    connects, losing what was typed (CI saw the form come back empty, with no error); so the typed values
    are read back before the click, and the whole form is filled again if it is still there afterwards."""
    fields = {"input[aria-label='Tên đăng nhập']": user, "input[aria-label='Mật khẩu']": password}
    for attempt in range(tries):
        browser.wait_text("Tên đăng nhập", "Mật khẩu")
        for selector, value in fields.items():
            browser.type_into(selector, value)
        try:
            _wait(lambda: all(browser.js(f"document.querySelector({json.dumps(sel)})?.value") == value
                              for sel, value in fields.items()), 10, "the login form did not keep what was typed")
        except AssertionError:  # drawn again while the session connected, after the typing: filled again
            if attempt == tries - 1:
                raise
            continue
        browser.click_button("Đăng nhập")
        try:
            _wait(lambda: not browser.js("!!document.querySelector(\"input[aria-label='Mật khẩu']\")"), 20,
                  "still on the login form")
            return
        except AssertionError:
            if attempt == tries - 1:
                raise
            assert "Sai tên đăng nhập" not in browser.text(), "the login was refused"  # a failure, not a race


def test_overview_and_search_render_in_chromium(server: str, tmp_path: Path) -> None:
    browser = Browser(tmp_path / "profile")
    try:
        browser.call("Page.navigate", url=server + "/")
        log_in(browser, "lan", PASSWORD)
        text = browser.wait_text("Vấn đề nóng", "Tín hiệu sớm", "Số bài theo chủ đề", "Hậu Giang trên báo chí", "Bản đồ nhiệt")
        _wait(lambda: browser.js("document.querySelectorAll('.vega-embed canvas, .vega-embed svg').length") >= 4, 45,
              "the charts did not render")
        text = browser.wait_text("Điểm nóng", "Tỷ lệ tiêu cực")
        overview = browser.screenshot("tong_quan.png")
        assert "Nguyễn Thị Lan" in text and "Vì sao nóng" in text and "Điểm nóng" in text
        assert "Deploy" not in text and not browser.js("document.querySelectorAll('[data-testid=\"stAppDeployButton\"]').length")
        # Streamlit's ⋮ menu speaks English (System/Light/Dark, Print, Record a screencast; About, Get help, Report a bug
        # when set) and no option translates it:
        # the office gets none (printing stays the browser's own, Ctrl+P).
        assert main_menu(browser) == [], "Streamlit's English menu is shown"
        spread, colours = not_blank(overview)
        assert spread > 12 and colours > 40, (spread, colours)

        # A new page load is a new session: the signed cookie set at sign-in keeps the user signed in.
        browser.call("Page.navigate", url=server + "/tra_cuu")
        browser.wait_text("Tra cứu", "Từ khóa", "bài khớp")
        browser.type_into("input[aria-label='Từ khóa']", "hoc phi", enter=True)
        _wait(lambda: browser.js("document.querySelectorAll('mark').length") > 0, 30, "no highlighted result")
        text = browser.wait_text("bài khớp", "CSV (")
        marks = browser.js("[...document.querySelectorAll('mark')].map(m => m.innerText.toLowerCase())")
        assert any(m in ("học", "phí", "hoc", "phi") for m in marks), marks
        assert not browser.js("document.querySelectorAll('script:not([src])').length > 20")
        search = browser.screenshot("tra_cuu.png")
        spread, colours = not_blank(search)
        assert spread > 8 and colours > 20, (spread, colours)
        # The CSV is made when its button is clicked (Streamlit's deferred download), and arrives whole.
        downloads = tmp_path / "downloads"
        browser.call("Page.setDownloadBehavior", behavior="allow", downloadPath=str(downloads))
        assert browser.js("(() => { const b = [...document.querySelectorAll('button')].find(b => b.innerText.includes('CSV (')); "
                          "if (!b) return false; b.click(); return true; })()")
        _wait(lambda: [f for f in downloads.glob("tra-cuu-*.csv")], 60, "the CSV did not download")
        csv_text = next(downloads.glob("tra-cuu-*.csv")).read_bytes().decode("utf-8")
        assert csv_text.startswith("\ufeffNgày đăng,Giờ,Nguồn,Tiêu đề") and "\n" in csv_text.strip()

        browser.click_button("Đăng xuất")
        browser.wait_text("Tên đăng nhập", "Mật khẩu")
    finally:
        browser.close()
        shutil.rmtree(tmp_path / "profile", ignore_errors=True)


def test_an_early_signal_renders_in_chromium(tmp_path: Path) -> None:
    """The demo up to the third day of its slow drowning series (never alerted): Tổng quan draws its early signal."""
    home = tmp_path / "home"
    home.mkdir()
    cut = at("2025-07-16T12:00:00+07:00")
    records = [json.loads(line) for line in DEMO.open(encoding="utf-8")]
    service = Service(load_settings(env={"DIEMNONG_HOME": str(home)}), SQLiteStore(home / "diemnong.sqlite3"), workers=1)
    try:
        service.ingest(article_from_record(r, f"demo:{n}") for n, r in enumerate(records) if at(r["published"]) <= cut)
    finally:
        service.close()
        service.store.close()
    add_user(users_path(home), make_user("lan", "Nguyễn Thị Lan", "analyst", PASSWORD))
    with streamlit(home) as url:
        browser = Browser(tmp_path / "profile")
        try:
            browser.call("Page.navigate", url=url + "/")
            log_in(browser, "lan", PASSWORD)
            text = browser.wait_text("Tín hiệu sớm (1)", "«đuối nước»", "ngưỡng cảnh báo", "Các tin")
            assert "Không có tín hiệu sớm" not in text and "Phòng Pháp chế" in text and "câu chuyện khác nhau" in text
            _wait(lambda: browser.js("document.querySelectorAll('[data-testid=stProgress]').length") == 1, 30,
                  "the signal's bar was not drawn")
            spread, colours = not_blank(browser.screenshot("tin_hieu_som.png"))
            assert spread > 8 and colours > 20, (spread, colours)
        finally:
            browser.close()


def test_a_link_to_an_issue_opened_signed_out_lands_on_that_issue_after_sign_in(server: str, demo_home: Path,
                                                                                 tmp_path: Path) -> None:
    """An alert e-mail links to /van_de?id=…: signing in first must not lose the page or the issue."""
    with SQLiteStore(demo_home / "diemnong.sqlite3") as store:
        issue = store.list_issues(limit=5)[-1]
    browser = Browser(tmp_path / "profile")
    try:
        browser.call("Page.navigate", url=f"{server}/van_de?id={issue.id}")
        log_in(browser, "lan", PASSWORD)
        browser.wait_text("Diễn biến", "Xử lý", issue.id)
        assert browser.js("location.pathname").endswith("/van_de")
        assert f"id={issue.id}" in browser.js("location.search")
    finally:
        browser.close()
        shutil.rmtree(tmp_path / "profile", ignore_errors=True)


def test_an_address_no_page_has_lands_on_the_overview_with_a_vietnamese_notice(server: str, tmp_path: Path) -> None:
    """http://host:8501/khong_co (typed by hand, an old bookmark): Streamlit's own English «Page not found» dialog
    never shows; the overview does, saying in Vietnamese that no page has that address — signed out (after signing
    in) and signed in alike."""
    browser = Browser(tmp_path / "profile")
    try:
        browser.call("Page.navigate", url=server + "/khong_co")
        log_in(browser, "lan", PASSWORD)
        text = browser.wait_text("Không có trang nào ở địa chỉ «/khong_co»", "Vấn đề nóng")
        assert "Page not found" not in text and "does not seem to exist" not in text
        browser.call("Page.navigate", url=server + "/trang-cu")  # signed in by the cookie: a new session
        text = browser.wait_text("Không có trang nào ở địa chỉ «/trang-cu»", "Vấn đề nóng")
        time.sleep(2)  # the dialog would come with the first run's messages
        assert "Page not found" not in browser.text() and not browser.js("document.querySelectorAll('[role=dialog]').length")
        browser.screenshot("dia_chi_khong_co.png")
        browser.call("Page.navigate", url=server + "/Tra-Cuu")  # a page's name spelled another way opens that page
        browser.wait_text("Từ khóa", "bài khớp")
        assert "Page not found" not in browser.text()
    finally:
        browser.close()
        shutil.rmtree(tmp_path / "profile", ignore_errors=True)


@contextmanager
def lan_signed_in(tmp_path: Path) -> Iterator[tuple[Path, Browser, str]]:
    """A dashboard with an administrator and an analyst (lan), and a browser in which lan has signed in and is
    remembered: the home, the browser and the dashboard's address."""
    home = tmp_path / "home"
    SQLiteStore(home / "diemnong.sqlite3").close()
    add_user(users_path(home), make_user("quantri", "Quản trị Thử", "admin", PASSWORD))
    add_user(users_path(home), make_user("lan", "Nguyễn Thị Lan", "analyst", PASSWORD))
    with streamlit(home) as url:
        browser = Browser(tmp_path / "profile")
        try:
            browser.call("Page.navigate", url=url + "/")
            log_in(browser, "lan", PASSWORD)
            browser.wait_text("Nguyễn Thị Lan", "Chưa có bài báo nào")
            yield home, browser, url
        finally:
            browser.close()


def test_a_browser_remembered_for_a_removed_account_gets_the_sign_in_form(tmp_path: Path) -> None:
    """An account removed while its browser keeps the signed cookie (a colleague who left, a shared office PC): the next
    visit offers the Vietnamese sign-in form to whoever uses that browser, not the library's English «User not
    authorized» with no form until the cookie runs out (dashboard.session_days)."""
    from dashboard.users import remove_user

    with lan_signed_in(tmp_path) as (home, browser, url):
        remove_user(users_path(home), "lan")
        browser.call("Page.navigate", url=url + "/")  # a new session, with lan's cookie
        browser.wait_text("Tên đăng nhập", "Mật khẩu")
        assert "not authorized" not in browser.text() and "Nguyễn Thị Lan" not in browser.text()
        log_in(browser, "quantri", PASSWORD)
        browser.wait_text("Quản trị Thử", "Chưa có bài báo nào")


def test_a_browser_remembered_before_a_password_reset_gets_the_sign_in_form(tmp_path: Path) -> None:
    """A password reset because a laptop was lost: the laptop's browser, closed with its signed cookie, still signed in
    on its next visit until the cookie ran out (dashboard.session_days); it gets the sign-in form now, and the new
    password signs in (a cookie signed after the reset is kept: test_parts' test of auth._still_valid)."""
    with lan_signed_in(tmp_path) as (home, browser, url):
        time.sleep(1.1)  # the reset is kept to the second
        add_user(users_path(home), make_user("lan", "Nguyễn Thị Lan", "analyst", "mat-khau-moi-2026"), replace=True)
        browser.call("Page.navigate", url=url + "/")  # a new session, with the cookie signed before the reset
        browser.wait_text("Tên đăng nhập", "Mật khẩu")
        assert "Nguyễn Thị Lan" not in browser.text()
        _wait(lambda: "diemnong_auth=" not in browser.js("document.cookie"), 30, "the old cookie was not deleted")
        log_in(browser, "lan", "mat-khau-moi-2026")
        browser.wait_text("Nguyễn Thị Lan", "Chưa có bài báo nào")


# Streamlit's own English that an office analyst would meet on a page, in its text or its attributes (placeholder, title,
# aria-label: what a tooltip, an empty box or a screen reader says). What Streamlit offers no option for (the table and
# chart toolbars' «Search», «Download as CSV», «Fullscreen», «Show data»; «Open», «Show password», «Add row») is left out.
ENGLISH = ("Choose an option", "Choose options", "No options to select", "Vega visualization", "X-axis", "Y-axis",
           "for a discrete scale", "Symbol legend", "Link to heading", "Deploy", "Rerun", "Made with Streamlit", "Drag and drop",
           "Browse files", "Page not found")
PAGES = {"": ("Vấn đề nóng", 4), "van_de": ("Diễn biến", 1), "tra_cuu": ("bài khớp", 0), "chu_de": ("Xem theo", 1),
         "nguon_tin": ("Nguồn cấu hình", 1), "bao_cao": ("Tháng báo cáo", 0), "cau_hinh": ("Ngưỡng", 0)}
SEEN = """(() => [document.title, document.body.innerText, ...[...document.querySelectorAll('[placeholder], [title], [aria-label]')]
    .flatMap(e => ['placeholder', 'title', 'aria-label'].map(a => e.getAttribute(a) || ''))].join('\\n'))()"""


def test_each_page_speaks_vietnamese_only(server: str, tmp_path: Path) -> None:
    """Every main page, signed in as admin: none of Streamlit's known English words in what the page shows or says
    (empty select boxes said «Choose an option»; each chart's name was «Vega visualization», its axes «X-axis titled …»)."""
    browser = Browser(tmp_path / "profile")
    try:
        browser.call("Page.navigate", url=server + "/")
        log_in(browser, "quantri", PASSWORD)
        for path, (wanted, charts) in PAGES.items():
            browser.call("Page.navigate", url=f"{server}/{path}")
            browser.wait_text("Quản trị Thử", wanted)
            _wait(lambda: browser.js("document.querySelectorAll('.vega-embed svg, .vega-embed canvas').length") >= charts,
                  45, f"the charts of /{path} did not render")
            _wait(lambda: not browser.js("!!document.querySelector('[data-testid=stStatusWidgetRunningIcon]')"), 30,
                  f"/{path} kept running")
            time.sleep(1)
            seen = browser.js(SEEN)
            assert [e for e in ENGLISH if e in seen] == [], f"/{path}"
    finally:
        browser.close()
        shutil.rmtree(tmp_path / "profile", ignore_errors=True)


def click_issue_link(browser: Browser) -> str:
    """Click «Xem» in the first row of the page's issue table (a link cell Streamlit draws on a canvas and opens with
    window.open): the address it opens, as the browser resolves it against the page's."""
    grid = "[...document.querySelectorAll('[data-testid=stDataFrame]')].find(e => [...e.querySelectorAll('th')].some(h => h.innerText === 'Mở'))"
    _wait(lambda: browser.js(f"!!({grid})"), 30, "no issue table")
    browser.js(f"({grid}).scrollIntoView({{block: 'center'}})")
    time.sleep(1)
    browser.js("window.opened = []; window.open = (u) => { window.opened.push(new URL(u, location.href).href); return null; }")
    box = browser.js(f"(() => {{ const r = ({grid}).getBoundingClientRect(); return [r.x, r.y]; }})()")
    x, y = box[0] + 360 + 16, box[1] + 35 + 18  # the «Mở» column after the title's 360 px, under the 35 px header
    browser.call("Input.dispatchMouseEvent", type="mouseMoved", x=x, y=y)
    time.sleep(0.5)
    for kind in ("mousePressed", "mouseReleased"):
        browser.call("Input.dispatchMouseEvent", type=kind, x=x, y=y, button="left", clickCount=1)
    _wait(lambda: browser.js("window.opened.length") > 0, 10, "the link did not open")
    return browser.js("window.opened[0]")


def test_behind_a_reverse_proxy_s_path_links_lead_to_the_issue(home: Path, tmp_path: Path) -> None:
    """The dashboard served at http://host/diemnong/ (server.baseUrlPath, as behind a reverse proxy at that path): an
    alert's link opened signed out shows the sign-in form, then that issue, which a reload keeps; a remembered browser
    opening a topic's page and the «Xem» of its issue table lands on the issue too (the table linked /van_de?id=…, the
    proxy's own root, outside the dashboard)."""
    with SQLiteStore(home / "diemnong.sqlite3") as store:
        issue = max(store.list_issues(limit=50), key=lambda i: i.score)
    with streamlit(home, "diemnong") as url:
        browser = Browser(tmp_path / "profile")
        try:
            browser.call("Page.navigate", url=f"{url}/van_de?id={issue.id}")
            log_in(browser, "lan", PASSWORD)
            browser.wait_text("Diễn biến", "Xử lý", issue.id)
            assert browser.js("location.pathname") == "/diemnong/van_de" and browser.js("location.search") == f"?id={issue.id}"
            browser.call("Page.reload")
            time.sleep(1)
            browser.wait_text("Diễn biến", issue.id)
            assert browser.js("location.search") == f"?id={issue.id}"

            browser.call("Page.navigate", url=f"{url}/")  # remembered: no form; Tổng quan's cards link each issue
            browser.wait_text("Nguyễn Thị Lan", "Vấn đề nóng", issue.title)
            card = f"{url}/van_de?id={issue.id}"
            _wait(lambda: card in browser.js("[...document.querySelectorAll('a')].map(a => a.href)"), 30,
                  f"no card links {card}")
            browser.call("Page.navigate", url=f"{url}/chu_de?topic={issue.topics[0]}")
            browser.wait_text("Nguyễn Thị Lan", "Vấn đề nóng trong")
            opened = click_issue_link(browser)
            assert opened == f"{url}/van_de?id={issue.id}", opened
            browser.call("Page.navigate", url=opened)
            browser.wait_text("Diễn biến", issue.id)
        finally:
            browser.close()


PHONE = {"width": 390, "height": 844, "deviceScaleFactor": 2, "mobile": True}  # an alert's link tapped on a phone
TABLET = {"width": 820, "height": 1180, "deviceScaleFactor": 2, "mobile": True}  # Tổng quan on a tablet, upright
# What of the page reaches past the screen's right edge, or is cut by its box: an element wider than the screen (the
# page scrolls sideways), or whose text or drawing goes on past the box that holds it (a chart's legend, a link's
# title cut in the middle of a word). A table scrolls sideways within itself, as its own (Glide's) frame is made to;
# the sidebar is off-screen, to the left, until opened.
CUT_OFF = """(() => {
  const main = document.querySelector('[data-testid=stMain]');
  if (!main) return ['no main'];
  const right = window.innerWidth + 1, seen = [];
  const clip = e => {  // the right edge of the nearest box that hides what goes past it
    for (let a = e.parentElement; a; a = a.parentElement)
      if (['hidden', 'clip'].includes(getComputedStyle(a).overflowX)) return a.getBoundingClientRect().right;
    return Infinity;
  };
  const name = e => (e.closest('[data-testid]')?.getAttribute('data-testid') || e.tagName) + ': '
    + (e.textContent || '').trim().slice(0, 60);
  for (const e of main.querySelectorAll('*')) {
    if (e.closest('[data-testid=stDataFrame], [data-testid=stTable], [role=tablist]')) continue;
    // a chart's words (its groups pad past them), those it shows: an axis label that would overlap is drawn transparent
    if (e instanceof SVGElement && (!(e instanceof SVGTextElement) || getComputedStyle(e).opacity === '0')) continue;
    const r = e.getBoundingClientRect();
    if (r.width > 0 && r.height > 0 && r.right > right) seen.push('past the screen ' + Math.round(r.right) + ' ' + name(e));
    else if (e instanceof SVGTextElement && r.width > 0 && r.right > clip(e) + 1)
      seen.push('cut by its box ' + Math.round(r.right) + '>' + Math.round(clip(e)) + ' ' + name(e));
    else if (e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 1 && ['hidden', 'clip'].includes(getComputedStyle(e).overflowX)
             && (e.textContent || '').trim() && !e.closest('[data-testid=stSelectbox], [data-testid=stMultiSelect]'))
      seen.push('cut ' + e.scrollWidth + '>' + e.clientWidth + ' ' + name(e));
  }
  return [...new Set(seen)].slice(0, 12);
})()"""


def settled(browser: Browser, url: str) -> None:
    """Until the charts' drawings keep their size for ~1 s (Vega lays out its legends after Streamlit gives the width)."""
    sizes = "[...document.querySelectorAll('.vega-embed svg, .vega-embed canvas')].map(e => { const r = e.getBoundingClientRect(); return [r.width, r.height]; })"
    seen: list[Any] = []

    def same() -> bool:
        seen[:] = [*seen[-3:], browser.js(f"JSON.stringify({sizes})")]
        return len(seen) == 4 and len(set(seen)) == 1

    _wait(same, 30, f"the charts of {url} kept changing size")


def on_screen(browser: Browser, size: dict[str, Any], url: str, *wanted: str, charts: int = 1) -> list[str]:
    """The page at `url` on a screen of `size`, once it shows `wanted` and has drawn its charts: what of it is cut off
    (CUT_OFF) or wider than the screen."""
    browser.call("Emulation.setDeviceMetricsOverride", **size)
    browser.call("Page.navigate", url=url)
    browser.wait_text(*wanted)
    _wait(lambda: browser.js("document.querySelectorAll('.vega-embed svg, .vega-embed canvas').length") >= charts, 45,
          f"the charts of {url} did not render")
    _wait(lambda: not browser.js("!!document.querySelector('[data-testid=stStatusWidgetRunningIcon]')"), 30, f"{url} kept running")
    settled(browser, url)  # the charts' own layout, after Streamlit's
    wide = browser.js("[document.documentElement.scrollWidth, window.innerWidth]")
    return ([f"the page is {wide[0]} px wide on a {wide[1]} px screen"] if wide[0] > wide[1] else []) + browser.js(CUT_OFF)


def test_an_alert_s_link_on_a_phone_and_the_overview_on_a_tablet_show_their_words_whole(server: str, demo_home: Path,
                                                                                        tmp_path: Path) -> None:
    """A head of department taps an alert's link on a phone, signs in there and reads the issue; an analyst opens Tổng
    quan on a tablet. Nothing is cut off or wider than the screen: the timeline's keys side by side ran ~450 px past a
    phone's edge («Tích cực», the sizes), an issue card's title on Tổng quan was cut in a word, the issue's date beside
    a tablet's sidebar read «23/…», the tone chart's key and Tra cứu's «← Trang trước» were cut in a tablet's narrow
    columns. On the phone an issue's title takes four lines or fewer, the demo's longest too (five were its first screen),
    and its five figures share a row or two, not a whole screen one under another."""
    with SQLiteStore(demo_home / "diemnong.sqlite3") as store:
        issues = store.list_issues(limit=50)
    issue = max(issues, key=lambda i: i.score)  # eight outlets: a timeline with both keys
    longest = max(issues, key=lambda i: len(i.title))
    link = f"{server}/van_de?id={issue.id}"
    browser = Browser(tmp_path / "profile")
    try:
        browser.call("Emulation.setDeviceMetricsOverride", **PHONE)
        browser.call("Page.navigate", url=link)
        log_in(browser, "lan", PASSWORD)
        browser.wait_text("Diễn biến", issue.id)
        assert browser.js("location.pathname").endswith("/van_de") and f"id={issue.id}" in browser.js("location.search")
        assert on_screen(browser, PHONE, link, "Diễn biến", issue.id) == []
        rows = browser.js("new Set([...document.querySelectorAll('[data-testid=stMetric]')].map(m => Math.round(m.getBoundingClientRect().top))).size")
        assert rows <= 2, f"the issue's figures take {rows} rows"
        assert on_screen(browser, PHONE, f"{server}/van_de?id={longest.id}", "Diễn biến", longest.id) == []
        lines = browser.js("(() => { const h = document.querySelector('h1'), s = getComputedStyle(h); "
                           "return (h.clientHeight - parseFloat(s.paddingTop) - parseFloat(s.paddingBottom)) / parseFloat(s.lineHeight); })()")
        assert lines < 4.5, f"the longest issue's title takes {lines:.1f} lines"  # five were the whole first screen
        assert on_screen(browser, PHONE, f"{server}/", "Vấn đề nóng", "Bản đồ nhiệt", charts=4) == []
        assert on_screen(browser, PHONE, f"{server}/tra_cuu", "bài khớp", charts=0) == []
        for path, wanted, charts in ((f"van_de?id={issue.id}", ("Diễn biến", issue.id), 1),
                                     ("", ("Vấn đề nóng", "Bản đồ nhiệt"), 4), ("tra_cuu", ("bài khớp",), 0),
                                     ("chu_de", ("Xem theo", "Vấn đề nóng trong"), 1)):
            assert on_screen(browser, TABLET, f"{server}/{path}", *wanted, charts=charts) == [], f"/{path} on a tablet"
    finally:
        browser.close()
        shutil.rmtree(tmp_path / "profile", ignore_errors=True)


DESKTOP = {"width": 1440, "height": 900, "deviceScaleFactor": 1, "mobile": False}
# The issue's five figures: each one's box (its element's container in the row) and the row's.
FIGURES = """(() => {
  const boxes = [...document.querySelectorAll('[data-testid=stMetric]')]
    .map(m => m.closest('[data-testid=stElementContainer]') || m);
  const row = boxes[0].parentElement.getBoundingClientRect();
  return {row: [row.left, row.right], boxes: boxes.map(b => { const r = b.getBoundingClientRect(); return [r.left, r.right, r.top]; })};
})()"""


def test_an_issue_s_figures_spread_over_a_computer_s_screen_and_share_a_row_or_two_on_a_phone(
        server: str, demo_home: Path, tmp_path: Path) -> None:
    """On a computer the issue's five figures were packed at the left of their row (each as wide as its text), most of
    the row empty: spread as Streamlit's columns are, equal, over the whole row; a phone's two rows stay as they were."""
    with SQLiteStore(demo_home / "diemnong.sqlite3") as store:
        issue = max(store.list_issues(limit=50), key=lambda i: i.score)
    link = f"{server}/van_de?id={issue.id}"
    browser = Browser(tmp_path / "profile")
    try:
        browser.call("Emulation.setDeviceMetricsOverride", **DESKTOP)
        browser.call("Page.navigate", url=link)
        log_in(browser, "lan", PASSWORD)
        assert on_screen(browser, DESKTOP, link, "Diễn biến", issue.id) == []
        seen = browser.js(FIGURES)
        (left, right), boxes = seen["row"], seen["boxes"]
        assert len(boxes) == 5 and len({round(b[2]) for b in boxes}) == 1, seen  # one row
        widths = [b[1] - b[0] for b in boxes]
        assert max(widths) - min(widths) <= 2, f"figures of unequal widths: {seen}"
        assert boxes[-1][1] >= right - 2 and boxes[0][0] <= left + 2, f"packed, the row's end empty: {seen}"
        assert on_screen(browser, PHONE, link, "Diễn biến", issue.id) == []
        tops = {round(b[2]) for b in browser.js(FIGURES)["boxes"]}
        assert len(tops) <= 2, f"the issue's figures take {len(tops)} rows on a phone"
    finally:
        browser.close()
        shutil.rmtree(tmp_path / "profile", ignore_errors=True)
