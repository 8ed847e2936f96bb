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


# an annexed plan printed without its own date line: its preamble cites a strategy "đến năm 2050"
UNDATED = """KẾ HOẠCH
Phát triển rừng ven biển giai đoạn 2026 - 2030, tầm nhìn đến năm 2050
(Kèm theo Quyết định số 301/QĐ-UBND ngày 14 tháng 3 năm 2026 của Ủy ban nhân dân tỉnh Hoa Sen)
Thực hiện Quyết định số 55/QĐ-TTg ngày 02 tháng 2 năm 2026 của Thủ tướng Chính phủ phê duyệt Chiến
lược phát triển lâm nghiệp đến năm 2050, Ủy ban nhân dân tỉnh ban hành Kế hoạch với những nội dung sau:
I. MỤC TIÊU
Nâng cao độ che phủ của rừng phòng hộ ven biển.
II. CÁC GIAI ĐOẠN THỰC HIỆN
1. Giai đoạn đến năm 2030
- Trồng mới rừng phòng hộ trên các bãi bồi.
2. Định hướng đến năm 2050
Giai đoạn sau năm 2030 cho đến năm 2050, tiếp tục mở rộng diện tích rừng ngập mặn.
"""


def test_phases_of_a_plan_without_a_date_line() -> None:
    """A horizon in the preamble ("… đến năm 2050") is no date the document was written after,
    so the phases stay: "Giai đoạn đến năm 2030" (a heading) and "sau năm 2030 cho đến năm
    2050" (one period)."""
    rec = vanban.extract_text(UNDATED)
    dated = {(t.start, t.end) for t in rec.timeline}
    assert (None, "2030") in dated
    assert ("2030", "2050") in dated
