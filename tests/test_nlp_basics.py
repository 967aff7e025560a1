"""Text handling every model depends on: NFC, tone marks, clean-up, segmentation, locality."""
from __future__ import annotations

import unicodedata

import pytest

from crawlers.urls import canonical_url
from diemnong.text import fold
from nlp.locality import detect_locality
from nlp.normalize import normalize, tidy
from nlp.segment import segment


def test_nfd_input_and_both_tone_mark_placements_normalise_alike() -> None:
    nfd = unicodedata.normalize("NFD", "Hoà bình thuỷ lợi")
    assert normalize(nfd) == normalize("Hòa bình thủy lợi")
    assert unicodedata.is_normalized("NFC", tidy(nfd))


def test_tidy_drops_captions_and_trailing_byline_but_keeps_text() -> None:
    text = "Ảnh: Nguyễn Văn A\nHọc sinh trở lại trường sau kỳ nghỉ.\n\n\nNhà trường chuẩn bị chu đáo .\nTHANH HÀ"
    assert tidy(text) == "Học sinh trở lại trường sau kỳ nghỉ.\n\nNhà trường chuẩn bị chu đáo."


def test_segmentation_joins_words_per_line() -> None:
    out = segment("Phụ huynh bức xúc vì lạm thu\nHọc sinh Hậu Giang")
    assert out.split("\n") == ["Phụ_huynh bức_xúc vì lạm_thu", "Học_sinh Hậu_Giang"]


def test_fold_keeps_offsets() -> None:
    s = "Đào tạo Giáo dục ở Ngã Bảy"
    assert fold(s) == "dao tao giao duc o nga bay" and len(fold(s)) == len(s)


@pytest.mark.parametrize(
    "text, local",
    [
        pytest.param("Trường THCS ở TP Vị Thanh, tỉnh Hậu Giang khai giảng", True, id="old-province"),
        pytest.param("Phường Vị Tân, TP Cần Thơ: học sinh nhận học bổng", True, id="new-ward"),
        pytest.param("Xã Phụng Hiệp (TP Cần Thơ) xây thêm phòng học", True, id="new-commune"),
        pytest.param("Học sinh huyện Châu Thành A nhận xe đạp", True, id="chau-thanh-a"),
        pytest.param("Huyện Châu Thành, tỉnh Tiền Giang có 3 em đuối nước", False, id="other-chau-thanh"),
        pytest.param("Đến ngã bảy thì rẽ phải vào trường", False, id="common-word"),
        pytest.param("Quận Ninh Kiều, TP Cần Thơ tuyển sinh lớp 10", False, id="old-can-tho"),
        pytest.param("Sóc Trăng khen thưởng giáo viên giỏi", False, id="soc-trang"),
        pytest.param("Tân Bình, TP.HCM có thêm trường mới", False, id="tan-binh-hcm"),
    ],
)
def test_locality(text: str, local: bool) -> None:
    assert detect_locality(text).local is local


def test_canonical_urls() -> None:
    assert canonical_url("HTTPS://M.VnExpress.net/giao-duc/a-1.html/?utm_source=fb&fbclid=1#x") == "https://vnexpress.net/giao-duc/a-1.html"
    assert canonical_url("https://dantri.com.vn/amp/giao-duc/b.htm") == "https://dantri.com.vn/giao-duc/b.htm"
    assert canonical_url("https://tuoitre.vn/a.htm?b=2&a=1") == "https://tuoitre.vn/a.htm?a=1&b=2"
