"""Markup other converters and tools leave around a document (synthetic Party plan of an
invented body): pandoc's loose list items ("-   item", "*   item", the marker set apart from
its text by spaces) are list items, not two columns; a code fence a chat tool or a converter
put around the text is no part of it; a Party group ("Đảng đoàn …") under its parent
committee is the issuer."""

from __future__ import annotations

from pipeline.extractor import extract_text
from pipeline.normalize import normalize

PLAN = """```markdown
      ## ĐẢNG CỘNG SẢN VIỆT NAM

**BAN CHẤP HÀNH TRUNG ƯƠNG**
**ĐẢNG ĐOÀN HỘI LIÊN HIỆP SÔNG XANH**

Số 415-KH/ĐĐSX

Hà Nội, ngày 14 tháng 02 năm 2031

**KẾ HOẠCH**

**thực hiện Chỉ thị số 09-CT/TW về công tác thanh niên**

---

Đảng đoàn ban hành Kế hoạch thực hiện Chỉ thị số 09-CT/TW như sau.

1. Ban Tuyên giáo Hội chủ trì tổ chức hội nghị quán triệt trong tháng 3 năm 2031.

**Nơi nhận:**

*   Ban Bí thư Trung ương Đảng (để b/c),
*   Các Ủy viên Đảng đoàn,
*   Lưu VP.

**T/M ĐẢNG ĐOÀN**

**BÍ THƯ**

Lê Thị Hạnh
```
"""


def test_loose_list_items_are_items_not_columns():
    t = normalize("Nơi nhận:\n-   Bộ Tài chính;\n-   Bộ Xây dựng;\n-   Lưu: VT.\n").text
    assert "- Bộ Tài chính;\n- Bộ Xây dựng;\n- Lưu: VT." in t


def test_a_code_fence_is_no_part_of_the_text():
    t = normalize("Lê Thị Hạnh\n```\n").text
    assert "`" not in t and "“" not in t and t.strip() == "Lê Thị Hạnh"


def test_the_party_plan_reads_like_any_other():
    r = extract_text(PLAN)
    assert r.issuer.name.casefold() == "đảng đoàn hội liên hiệp sông xanh"
    assert r.issuer.parent == "Ban Chấp hành Trung ương"
    assert r.signer.name == "Lê Thị Hạnh" and r.signer.position == "Bí thư"
    assert r.recipients == ["Ban Bí thư Trung ương Đảng", "Các Ủy viên Đảng đoàn"]
    assert r.number.raw == "415-KH/ĐĐSX"
