"""A plan's numbered tasks each followed by their fields, and a trích yếu that names the plan it
implements: synthetic documents.

- "- Thực hiện: Sở A, Sở B." under a numbered task names the units in charge of it (the colon
  right after the label; "Thực hiện tốt các nội dung sau:" is no field);
- a plan without a preamble whose trích yếu opens "Triển khai thực hiện Kế hoạch số …" has no
  legal bases: the documents the title names are the preamble's to cite;
- a title that is a first ground taken for the trích yếu (closed by ";") still gives its item.
"""

from __future__ import annotations

from pipeline.extractor import extract_text

PLAN = """ỦY BAN NHÂN DÂN
TỈNH ĐÔNG SƠN
Số: 15/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đông Sơn, ngày 6 tháng 1 năm 2031
KẾ HOẠCH
Triển khai thực hiện Kế hoạch số 45-KH/TU ngày 20/12/2030 của Ban Thường vụ Tỉnh ủy về phòng ngừa lãng phí trong quản lý tài sản công
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao trách nhiệm của người đứng đầu trong quản lý tài sản công.
II. NHIỆM VỤ
1. Tổ chức quán triệt Kế hoạch số 45-KH/TU đến cán bộ, công chức.
- Thực hiện: Sở Tài chính, Sở Nội vụ.
- Thời gian thực hiện: Hoàn thành trong tháng 02/2031.
2. Rà soát, sắp xếp lại trụ sở làm việc dôi dư.
- Trách nhiệm: Sở Xây dựng.
- Thời gian thực hiện: Thường xuyên.
3. Thực hiện tốt các nội dung sau: kiểm kê tài sản, công khai kết quả.
III. TỔ CHỨC THỰC HIỆN
Giao Thanh tra tỉnh theo dõi, đôn đốc việc thực hiện Kế hoạch này.
Nơi nhận:
- Thường trực Tỉnh ủy;
- Lưu: VT.
CHỦ TỊCH
Phạm Văn Long
"""


def test_task_field_names_the_units_in_charge() -> None:
    names = [u.name for u in extract_text(PLAN).responsible_units]
    assert {"Sở Tài chính", "Sở Nội vụ", "Sở Xây dựng", "Thanh tra tỉnh"} <= set(names)
    assert not any(n.startswith(("Thực hiện", "Kiểm kê")) for n in names)


def test_trich_yeu_naming_the_plan_it_implements_is_no_ground() -> None:
    assert extract_text(PLAN).legal_bases == []


def test_a_ground_taken_for_the_title_still_counts() -> None:
    text = PLAN.replace(
        "KẾ HOẠCH\nTriển khai thực hiện Kế hoạch số 45-KH/TU ngày 20/12/2030 của Ban Thường vụ Tỉnh ủy "
        "về phòng ngừa lãng phí trong quản lý tài sản công\n",
        "KẾ HOẠCH\nCăn cứ Kế hoạch số 45-KH/TU ngày 20/12/2030 của Ban Thường vụ Tỉnh ủy về phòng ngừa "
        "lãng phí trong quản lý tài sản công;\n",
    )
    assert [b.number for b in extract_text(text).legal_bases] == ["45-KH/TU"]
