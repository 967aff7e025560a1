"""Tone for the education sector from cue phrases (a first implementation; trained models replace it)."""
from __future__ import annotations

import re

from diemnong.text import fold

NEGATIVE = (
    "lạm thu", "bức xúc", "bạo lực", "bạo hành", "gian lận", "đuối nước", "tử vong", "sai sót", "thiếu giáo viên",
    "vi phạm", "kỷ luật", "tố cáo", "xâm hại", "ngộ độc", "tai nạn", "đánh học sinh", "bị đánh", "sai phạm",
    "phản đối", "lo lắng", "khiếu nại", "nợ lương", "xuống cấp", "quá tải", "đình chỉ", "cách chức", "khởi tố",
    "lừa đảo", "thất nghiệp", "bỏ học", "tự tử", "bất cập", "nâng điểm", "lộ đề", "chết", "thương vong",
)
POSITIVE = (
    "đạt giải", "huy chương", "vinh danh", "tấm gương", "khen thưởng", "xuất sắc", "thành công", "thủ khoa",
    "giải nhất", "tuyên dương", "sáng tạo", "hiệu quả", "trao tặng", "học bổng", "khánh thành", "đỗ đạt",
    "huy chương vàng", "điển hình", "nghĩa cử",
)


def _found(cues: tuple[str, ...], folded: str) -> list[str]:
    """The cues that occur as whole syllables: at a line's end or before any punctuation too ("… vì lạm thu.\n")."""
    return [c for c in cues if re.search(rf"(?<!\w){re.escape(fold(c))}(?!\w)", folded)]


def cue_tone(text: str) -> tuple[str, dict[str, float], list[str]]:
    """Return (tone, scores, cues found) from counts of negative and positive cue phrases."""
    folded = fold(text)
    neg, pos = _found(NEGATIVE, folded), _found(POSITIVE, folded)
    total = len(neg) + len(pos) + 1.0
    scores = {"negative": len(neg) / total, "positive": len(pos) / total, "neutral": 1.0 / total}
    tone = "negative" if len(neg) > len(pos) else "positive" if len(pos) > len(neg) else "neutral"
    return tone, scores, neg if tone == "negative" else pos
