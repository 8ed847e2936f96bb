"""Sections numbered with a slash ("1/ Đối tượng …:", "6/ Tổ chức thực hiện:"), as letters of
agencies and firms often number them: they are headings like "1." and "6.", so a letter's
implementation section is found under one and a statement of duties in the sections before it
assigns no work. The letter is synthetic."""

from __future__ import annotations

from corpus_files import segment_text

from pipeline.extract.units import extract_responsible_units
from pipeline.provenance import Prov
from pipeline.segment import parse_heading

_LETTER = """SỞ Y TẾ TỈNH HÀ AN

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 812/SYT-KHTC
V/v thay đổi mức thu phí khám sức khỏe
Hà An, ngày 10 tháng 12 năm 2026

Kính gửi: Các cơ sở khám bệnh, chữa bệnh trên địa bàn tỉnh.

Sở Y tế thông báo một số thay đổi như sau:

**1/ Đối tượng áp dụng:**

Người lao động làm việc theo hợp đồng từ đủ 03 tháng trở lên.

**2/ Lưu ý về thu phí:**

– Cơ quan, tổ chức, người sử dụng lao động có trách nhiệm nộp phí mà không nộp đủ thì sẽ bị xử lý theo quy định.

**3/ Tổ chức thực hiện:**

Sở Y tế đề nghị các cơ sở khám bệnh, chữa bệnh:

– Niêm yết công khai mức thu mới tại nơi tiếp đón người bệnh.

– Báo cáo kết quả thực hiện về Sở Y tế trước ngày 31/12/2026.

Nơi nhận:
- Như trên;
- Lưu: VT.

GIÁM ĐỐC

Trần Văn Bình
"""


def test_a_slash_after_the_number_marks_a_heading() -> None:
    assert parse_heading("6/ Tổ chức thực hiện:") == ("6/", "Tổ chức thực hiện:", 2)
    assert parse_heading("1/ 3 số hộ được hỗ trợ") is None  # a fraction, not a heading
    assert parse_heading("12/2025/NĐ-CP quy định") is None


def test_the_units_are_those_of_the_slash_numbered_implementation_section() -> None:
    names = [u["name"] for u in extract_responsible_units(segment_text(_LETTER), Prov())]
    assert [n.casefold() for n in names] == ["các cơ sở khám bệnh, chữa bệnh"]
