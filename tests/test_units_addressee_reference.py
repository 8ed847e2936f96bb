"""A letter to one addressee that later asks it by a shortened name ("Kính gửi: Giám đốc Sở A
các tỉnh, thành phố trực thuộc Trung ương" … "Bộ yêu cầu các đồng chí Giám đốc Sở chỉ đạo …"):
the unit is the addressee as "Kính gửi" writes it (synthetic letter of an invented ministry)."""

from __future__ import annotations

from pipeline.extractor import extract_text

LETTER = """BỘ PHÁT TRIỂN ĐÔ THỊ

Số: 415/BPT-KH
V/v xây dựng dự toán năm 2032

Hà Nội, ngày 02 tháng 7 năm 2031

Kính gửi: Giám đốc Sở Xây dựng các tỉnh, thành phố trực thuộc Trung ương

Để bảo đảm thời hạn tổng hợp dự toán, Bộ yêu cầu các đồng chí Giám đốc Sở chỉ đạo các đơn vị chuyên môn xây dựng dự toán gửi về Bộ trước ngày 20/7/2031.

Nơi nhận:
- Như trên;
- Lưu: VT, KH.

KT. BỘ TRƯỞNG
THỨ TRƯỞNG

Lê Văn Bình
"""


def test_the_shortened_name_is_the_addressee():
    names = [u.name for u in extract_text(LETTER).responsible_units]
    assert names == ["Giám đốc Sở Xây dựng các tỉnh, thành phố trực thuộc Trung ương"]
