"""A PDF's text layer whose bullet glyphs had no character: each item opens a space in from the
margin, its wrapped lines go on at the margin, every line a paragraph (synthetic plan of an
invented province's Youth Union)."""

from __future__ import annotations

from pipeline.extractor import extract_text
from pipeline.normalize import normalize

PLAN = """BAN CHẤP HÀNH TỈNH HÀ AN

Số: 214-KH/TĐTN-VP

ĐOÀN TNCS HỒ CHÍ MINH

Hà An, ngày 06 tháng 3 năm 2026

KẾ HOẠCH

Tổ chức Ngày hội thanh niên năm 2026

I. MỤC ĐÍCH, YÊU CẦU

 Tạo sân chơi cho đoàn viên, thanh niên trên địa bàn tỉnh, góp phần nâng cao

đời sống tinh thần.

II. TỔ CHỨC THỰC HIỆN

1. Ban Thường vụ Tỉnh đoàn

 Ban hành kế hoạch, các văn bản hướng dẫn và huy động các nguồn lực tổ

chức các hoạt động.

2. Trung tâm Hỗ trợ và Phát triển thanh niên Việt Nam

 Tham gia hỗ trợ, thực hiện các hoạt động trong ngày hội theo phân công của

Ban Tổ chức.

 Chuẩn bị cơ sở vật chất, điều kiện cần thiết trước ngày 15/4/2026 để tổ chức

ngày hội.

TM. BAN THƯỜNG VỤ

BÍ THƯ

  Lê Văn An

Nơi nhận:
 Các huyện, thị đoàn;
 Lưu VP.
"""


def test_items_whose_marks_were_lost_stay_items():
    r = extract_text(PLAN)
    units = {u.name: u.tasks for u in r.responsible_units}
    assert list(units) == ["Ban Thường vụ Tỉnh đoàn", "Trung tâm Hỗ trợ và Phát triển thanh niên Việt Nam"]
    assert units["Ban Thường vụ Tỉnh đoàn"][0].startswith("Ban hành kế hoạch, các văn bản hướng dẫn")
    assert units["Trung tâm Hỗ trợ và Phát triển thanh niên Việt Nam"][0].startswith("Tham gia hỗ trợ")
    assert [(t.start, t.end) for t in r.timeline] == [(None, "2026-04-15")]
    # the signer set in from the margin is no item
    assert r.signer is not None and r.signer.name == "Lê Văn An"


def test_a_text_indented_for_layout_keeps_its_lines():
    # wrapped lines indented like the first: no lost mark, the lines join as before
    text = " Ủy ban nhân dân tỉnh tổ chức tuyên truyền\n rộng rãi đến các tầng lớp nhân dân.\n"
    assert normalize(text).text == "Ủy ban nhân dân tỉnh tổ chức tuyên truyền rộng rãi đến các tầng lớp nhân dân.\n"
