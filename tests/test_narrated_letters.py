"""Grounds a letter narrates: synthetic documents.

- "(Sau đây viết tắt là …) Bộ Y tế có Công văn số A … và Công văn số B …": a bracketed note
  run into the line ahead of the narrated subject does not hide it, and the paper joined by
  "và" was issued by the same subject;
- "(gọi tắt là Đề án 06/CP)": the short name a bracket gives the document cited before it is
  no citation of its own;
- "(Sau đây viết tắt là …)" under the list of addressees: work the letter gives under that
  short name goes to each addressee, as "Kính gửi" lists them.
"""

from __future__ import annotations

from pipeline.extractor import extract_text

LETTER = """BẢO HIỂM XÃ HỘI TỈNH NAM SƠN
Số: 88/BHXH-GĐBHYT
V/v hướng dẫn thanh toán chi phí khám bệnh
Nam Sơn, ngày 05 tháng 3 năm 2031
Kính gửi:
- Các bệnh viện trên địa bàn tỉnh;
- Trung tâm Y tế các huyện.
(Sau đây viết tắt là các cơ sở KCB) Sở Y tế có Công văn số 120/SYT-NVY ngày 01/3/2031 về việc hướng dẫn thanh toán chi phí khám bệnh và Công văn số 121/SYT-NVY ngày 02/3/2031 về việc đính chính Công văn số 120/SYT-NVY. Bảo hiểm xã hội tỉnh đề nghị các cơ sở KCB thực hiện đúng hướng dẫn.
Nơi nhận:
- Như trên;
- Lưu: VT.
GIÁM ĐỐC
Lê Văn Hùng
"""

DECISION = """BỘ Y TẾ
Số: 77/QĐ-BYT
Hà Nội, ngày 03 tháng 3 năm 2031
QUYẾT ĐỊNH
Về việc ban hành danh mục mã dùng chung
BỘ TRƯỞNG BỘ Y TẾ
Căn cứ Nghị định số 42/2030/NĐ-CP ngày 27 tháng 02 năm 2030 của Chính phủ quy định chức năng, nhiệm vụ của Bộ Y tế;
Căn cứ Quyết định số 16/QĐ-TTg ngày 06 tháng 01 năm 2030 của Thủ tướng Chính phủ phê duyệt Đề án phát triển dữ liệu y tế (gọi tắt là Đề án 16/CP);
Theo đề nghị của Cục trưởng Cục Quản lý Khám, chữa bệnh.
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này danh mục mã dùng chung.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Nguyễn Văn Thức
"""


def test_narrated_subject_after_a_bracketed_note_issues_both_papers() -> None:
    bases = extract_text(LETTER).legal_bases
    assert [(b.number, b.issuer) for b in bases] == [("120/SYT-NVY", "Sở Y tế"), ("121/SYT-NVY", "Sở Y tế")]


def test_short_name_in_an_alias_bracket_is_no_citation() -> None:
    numbers = [b.number for b in extract_text(DECISION).legal_bases]
    assert numbers == ["42/2030/NĐ-CP", "16/QĐ-TTg"]


def test_work_given_under_the_addressees_short_name_goes_to_each() -> None:
    names = [u.name for u in extract_text(LETTER).responsible_units]
    assert names == ["Các bệnh viện trên địa bàn tỉnh", "Trung tâm Y tế các huyện"]


def test_a_short_name_of_kinds_only_keeps_the_work_under_it() -> None:
    # "(sau đây gọi chung là các đơn vị)": a kind, not a name; the work is written as the text says
    text = LETTER.replace("(Sau đây viết tắt là các cơ sở KCB)", "(Sau đây gọi chung là các đơn vị)").replace(
        "đề nghị các cơ sở KCB thực hiện", "đề nghị các đơn vị triển khai")
    names = [u.name for u in extract_text(text).responsible_units]
    assert names == ["Các đơn vị"]
    # the same letter with a short name that names something: each addressee
    text = LETTER.replace("(Sau đây viết tắt là", "(Sau đây gọi chung là")
    names = [u.name for u in extract_text(text).responsible_units]
    assert names == ["Các bệnh viện trên địa bàn tỉnh", "Trung tâm Y tế các huyện"]


def test_law_amended_by_a_law_named_after_theo_is_a_ground_too() -> None:
    text = DECISION.replace(
        "Căn cứ Nghị định số 42/2030/NĐ-CP",
        "Căn cứ Luật Lưu trữ ngày 21 tháng 6 năm 2024 được sửa đổi, bổ sung một số điều theo Luật Lưu trữ "
        "ngày 10 tháng 12 năm 2030;\nCăn cứ Nghị định số 42/2030/NĐ-CP",
    )
    bases = extract_text(text).legal_bases
    assert [(b.doc_type, b.number, b.date) for b in bases[:2]] == [("Luật", None, "2024-06-21"), ("Luật", None, "2030-12-10")]


PROVINCE = """ỦY BAN NHÂN DÂN TỈNH NAM SƠN
Số: 412/UBND-NCKS
V/v triển khai Công văn số 88-CV/ĐU
Nam Sơn, ngày 11 tháng 6 năm 2031
Kính gửi:
- Thủ trưởng các sở, ban, ngành tỉnh;
- Chủ tịch UBND các huyện, thị xã, thành phố.
Thực hiện Công văn số 310-CV/TU ngày 23/4/2031 của Ban Thường vụ Tỉnh ủy về phòng, chống lãng phí, chỉ đạo của Đảng ủy Ủy ban nhân dân (UBND) tỉnh tại Công văn số 88-CV/ĐU ngày 25/4/2031 về triển khai Công văn số 310-CV/TU và xét đề nghị của Chánh Thanh tra tỉnh tại Tờ trình số 125/TTr-TTr ngày 30/5/2031; Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch UBND các huyện, thị xã, thành phố trong phạm vi trách nhiệm của mình, tổ chức triển khai thực hiện tốt các nội dung sau:
1. Tiếp tục đẩy mạnh phòng, chống lãng phí gắn với sắp xếp tổ chức bộ máy.
2. Rà soát, xử lý tài sản công dôi dư sau sắp xếp. Hoàn thành trong tháng 7/2031.
Nơi nhận:
- Như trên;
- Lưu: VT.
CHỦ TỊCH
Đỗ Văn Huy
"""


def test_the_clause_closing_a_long_preamble_hands_the_list_on() -> None:
    names = [u.name for u in extract_text(PROVINCE).responsible_units]
    assert names == ["Thủ trưởng các sở, ban, ngành tỉnh", "Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố"]


def test_issuer_with_a_defined_abbreviation_inside_it() -> None:
    bases = {b.number: b.issuer for b in extract_text(PROVINCE).legal_bases}
    assert bases["88-CV/ĐU"] == "Đảng ủy Ủy ban nhân dân tỉnh"


def test_results_asked_for_by_a_date_set_a_deadline() -> None:
    text = PROVINCE.replace(
        "2. Rà soát, xử lý tài sản công dôi dư sau sắp xếp. Hoàn thành trong tháng 7/2031.",
        "2. Rà soát, xử lý tài sản công dôi dư sau sắp xếp.\nKết quả thực hiện báo cáo Ủy ban nhân dân tỉnh (qua Sở Tài chính) "
        "trước ngày 30/8/2031 để tổng hợp./.",
    )
    items = [(t.start, t.end) for t in extract_text(text).timeline]
    assert (None, "2031-08-30") in items


def test_papers_of_a_senders_plural_list_and_ocr_damaged_so() -> None:
    text = DECISION.replace(
        "Theo đề nghị của Cục trưởng Cục Quản lý Khám, chữa bệnh.",
        "Căn cứ Quyết định số 3905/QĐ-DK.VN ngày 18/7/2029 của Hội đồng thành viên Tập đoàn Y tế;\n"
        "Xét đề nghị của Cục trưởng Cục Quản lý Khám, chữa bệnh tại các Công văn sô 105/KCB-NV ngày 03/1/2031; "
        "Công văn sô 27/KCB-NV ngày 13/2/2031 và Công văn sô 64/KCB-NV ngày 13/3/2031,",
    )
    bases = {b.number: b.issuer for b in extract_text(text).legal_bases}
    assert "3905/QĐ-DK.VN" in bases
    assert [bases.get(n) for n in ("105/KCB-NV", "27/KCB-NV", "64/KCB-NV")] == ["Cục trưởng Cục Quản lý Khám, chữa bệnh"] * 3


def test_texts_named_only_by_kind_after_a_law_are_no_part_of_its_name() -> None:
    text = DECISION.replace(
        "Căn cứ Nghị định số 42/2030/NĐ-CP",
        "Căn cứ Luật Lưu trữ và các văn bản quy phạm pháp luật có liên quan;\nCăn cứ Nghị định số 42/2030/NĐ-CP",
    )
    titles = [b.title for b in extract_text(text).legal_bases if b.doc_type == "Luật"]
    assert titles == ["Luật Lưu trữ"]


def test_bodies_the_asked_chairman_is_to_direct_carry_the_list_out() -> None:
    text = PROVINCE.replace(
        "Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch UBND các huyện, thị xã, thành phố trong phạm vi trách nhiệm của mình, tổ chức triển khai thực hiện tốt các nội dung sau:",
        "Ủy ban nhân dân tỉnh đề nghị Chủ tịch UBND các huyện chỉ đạo Trưởng phòng Tài chính - Kế hoạch, Giám đốc các Ban quản lý dự án thực hiện các nội dung sau:",
    )
    names = [u.name for u in extract_text(text).responsible_units]
    assert names[:3] == ["Chủ tịch Ủy ban nhân dân các huyện", "Trưởng phòng Tài chính - Kế hoạch",
                         "Giám đốc các Ban quản lý dự án"]


def test_each_sender_of_a_two_paper_request_issues_its_own() -> None:
    text = DECISION.replace(
        "Theo đề nghị của Cục trưởng Cục Quản lý Khám, chữa bệnh.",
        "Theo đề nghị của Giám đốc Sở Công Thương tại Công văn số 854/SCT-QLTM ngày 01 tháng 4 năm 2031 "
        "và Giám đốc Sở Nội vụ tại Tờ trình số 488/TTr-SNV ngày 02 tháng 4 năm 2031.",
    )
    bases = {b.number: b.issuer for b in extract_text(text).legal_bases}
    assert bases["854/SCT-QLTM"] == "Giám đốc Sở Công Thương"
    assert bases["488/TTr-SNV"] == "Giám đốc Sở Nội vụ"


def test_the_courtesy_title_before_the_asked_unit_is_no_part_of_it() -> None:
    text = PROVINCE.replace(
        "Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch UBND các huyện, thị xã, thành phố trong phạm vi trách nhiệm của mình, tổ chức triển khai thực hiện tốt các nội dung sau:",
        "Ủy ban nhân dân tỉnh đề nghị Đ/c Chủ tịch UBND các huyện tiếp tục chỉ đạo thực hiện một số nội dung sau:",
    )
    names = [u.name for u in extract_text(text).responsible_units]
    assert names[:1] == ["Chủ tịch Ủy ban nhân dân các huyện"]
