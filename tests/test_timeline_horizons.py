"""Target horizons, phases and visions of plans and programmes, read into timeline items.

Every document here is synthetic (invented targets, bodies and years in the genre's wording).
"""

from __future__ import annotations

import pipeline as vanban

PLAN = """ỦY BAN NHÂN DÂN
TỈNH HOA SEN
Số: 77/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hoa Sen, ngày 12 tháng 5 năm 2026
KẾ HOẠCH
Phát triển nông nghiệp sinh thái của tỉnh
I. MỤC TIÊU
"""


def _dated(body: str) -> dict[tuple[str | None, str | None], str]:
    rec = vanban.extract_text(PLAN + body)
    return {(t.start, t.end): t.label for t in rec.timeline}


def test_target_reached_by_a_far_year_is_a_horizon() -> None:
    """"Phấn đấu … vào năm 2045": the target is met by then (no start); a near year after "vào"
    stays the year of the work."""
    dated = _dated(
        "1. Phấn đấu đưa toàn bộ diện tích lúa của tỉnh đạt chứng nhận hữu cơ vào năm 2045.\n"
        "2. Tổ chức hội chợ nông sản sạch của tỉnh vào năm 2027.\n"
    )
    assert (None, "2045") in dated
    assert ("2045", "2045") not in dated
    assert ("2027", "2027") in dated
