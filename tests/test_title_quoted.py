"""A công văn's trích yếu set in quotes and wrapped, its second line opening in capitals with a
programme's quoted name (synthetic Youth Union letters)."""

from __future__ import annotations

from pipeline.extractor import extract_text

TAIL = ("Kính gửi: Ban Thường vụ các huyện, thị đoàn\n\nBan Thường vụ Tỉnh đoàn đề nghị các đơn vị cử "
        "đại biểu tham dự.\n\nNơi nhận:\n- Như trên;\n- Lưu VP.\n\nTM. BAN THƯỜNG VỤ\nBÍ THƯ\n\nLê Văn An\n")
WANT = "triệu tập tham dự Hội nghị, triển khai Chương trình “Mùa hè xanh” năm 2026"


def test_the_quoted_trich_yeu_goes_on_to_the_line_that_closes_it():
    apart = ("BAN CHẤP HÀNH TỈNH HÀ AN\n\nSố: 214 CV/TĐTN-VP\n“V/v triệu tập tham dự Hội nghị, triển khai\n"
             "Chương trình “Mùa hè xanh” năm 2026”\n\nĐOÀN TNCS HỒ CHÍ MINH\n\nHà An, ngày 06 tháng 3 năm 2026\n\n")
    assert extract_text(apart + TAIL).title == WANT
    # … the number's line run into it by the converter
    run_in = apart.replace("Số: 214 CV/TĐTN-VP\n“V/v", "Số: 214 CV/TĐTN-VP “V/v")
    assert extract_text(run_in + TAIL).title == WANT
