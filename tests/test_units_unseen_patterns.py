"""Responsible units: general patterns that unseen documents showed the extractor missing or
misreading, each on a synthetic document written here (invented places: "tỉnh Hà An").

- a decision that founds a body sets out that body's duties: they are no work it assigns;
- a request reported in the past ("Cục A đã có văn bản đề nghị Cục B …") assigns nothing;
"""

from __future__ import annotations

from corpus_files import segment_text
from synthetic_decision import HEAD, TAIL

from pipeline.extract.units import extract_responsible_units
from pipeline.provenance import Prov


def _units(text: str) -> list[str]:
    return [u["name"] for u in extract_responsible_units(segment_text(text), Prov())]


_FOUNDING = (
    HEAD.replace("Về việc ban hành quy chế", "Thành lập Hội đồng thẩm định đề án và Tổ giúp việc Hội đồng thẩm định đề án")
    .replace(
        "Điều 1. Ban hành quy chế kèm theo Quyết định này.",
        "Điều 1. Thành lập Hội đồng thẩm định đề án gồm các ông, bà có tên sau:\n"
        "1. Ông Lê Văn Bình, Giám đốc Sở Tài chính - Chủ tịch Hội đồng.\n"
        "2. Bà Trần Thị Cúc, Phó Giám đốc Sở Xây dựng - Thành viên.",
    )
    .replace(
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
        "Điều 2. Nhiệm vụ của Hội đồng và Tổ giúp việc\n1. Nhiệm vụ của Hội đồng\n"
        "- Thẩm định hồ sơ đề án theo quy định.\n2. Nhiệm vụ của Tổ giúp việc Hội đồng\n"
        "- Giúp Hội đồng tổng hợp hồ sơ, chuẩn bị tài liệu.\n"
        "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.",
    )
)


def test_founded_bodies_duties_are_no_assignment() -> None:
    names = _units(
        _FOUNDING + "Điều 4. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tài chính và các ông, bà có tên "
        "tại Điều 1 chịu trách nhiệm thi hành Quyết định này./." + TAIL
    )
    assert names == ["Chánh Văn phòng Ủy ban nhân dân tỉnh", "Giám đốc Sở Tài chính", "Các ông, bà có tên tại Điều 1"]


def test_founded_body_in_the_execution_article_stays() -> None:
    names = _units(
        _FOUNDING + "Điều 4. Chánh Văn phòng Ủy ban nhân dân tỉnh, Hội đồng thẩm định đề án chịu trách nhiệm "
        "thi hành Quyết định này./." + TAIL
    )
    assert "Hội đồng thẩm định đề án" in names


_LETTER = """ỦY BAN NHÂN DÂN
TỈNH HÀ AN

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 215/UBND-KT
V/v tháo gỡ vướng mắc trong cấp phép vận chuyển
Hà An, ngày 12 tháng 3 năm 2026

Kính gửi: Bộ Công Thương

Ủy ban nhân dân tỉnh Hà An báo cáo tình hình như sau:
1. Tình hình thực hiện
Các doanh nghiệp trên địa bàn tỉnh đã thực hiện đầy đủ thủ tục cấp phép.
2. Khó khăn, vướng mắc
Thứ hai, Cục Hóa chất đã có văn bản ngày 10/01/2026 đề nghị Cục Quản lý thị trường ban hành hướng dẫn kiểm tra trước ngày 05/02/2026, nhưng đến nay chưa có hướng dẫn.
3. Kiến nghị
Ủy ban nhân dân tỉnh Hà An trân trọng đề nghị Bộ Công Thương:
a) Sớm chỉ đạo sửa đổi các quy chuẩn kỹ thuật có liên quan.
b) Hướng dẫn các cơ quan địa phương thực hiện thống nhất.
Ủy ban nhân dân tỉnh Hà An trân trọng đề nghị Bộ Công Thương quan tâm, sớm xem xét, chỉ đạo giải quyết./.

Nơi nhận:
- Như trên;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Trần Văn Bình
"""


def test_request_reported_in_the_past_assigns_nothing() -> None:
    names = _units(_LETTER)
    assert "Cục Quản lý thị trường" not in names
