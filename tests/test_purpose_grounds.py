"""A letter's ground told inside a sentence that opens otherwise, and an intro that asks a class
beside a named body (synthetic letters of an invented province)."""

from __future__ import annotations

from pipeline.extractor import extract_text

HEAD = ("ĐOÀN TNCS HỒ CHÍ MINH\nBAN CHẤP HÀNH TỈNH HÀ AN\n\nSố: 214-CV/TĐTN-VP\nV/v hưởng ứng Tháng hành động\n\n"
        "Hà An, ngày 06 tháng 3 năm 2026\n\nKính gửi: Ban Thường vụ các huyện đoàn, thành đoàn\n\n")
TAIL = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VP.\n\nTM. BAN THƯỜNG VỤ\nBÍ THƯ\n\nLê Văn An\n"
GROUND = ("Hưởng ứng Tháng hành động vì môi trường năm 2026, đồng thời để tiếp tục thực thi Luật Bảo vệ "
          "môi trường, Chiến lược quốc gia về tăng trưởng xanh, đặc biệt là triển khai Nghị quyết số "
          "12/2025/NQ-HĐND ngày 05/3/2025 của Hội đồng nhân dân tỉnh, Ban Thường vụ Tỉnh đoàn đề nghị "
          "Ban Thường vụ các huyện đoàn, thành đoàn thực hiện một số nội dung sau:")
BODY = "\n\n1. Tổ chức ra quân làm sạch môi trường.\n\n2. Báo cáo kết quả về Tỉnh đoàn."


def _bases(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(b.doc_type, b.number, b.title) for b in extract_text(text).legal_bases]


def test_documents_named_in_a_purpose_clause_are_grounds():
    assert _bases(HEAD + GROUND + BODY + TAIL) == [
        ("Luật", None, "Luật Bảo vệ môi trường"),
        ("Chiến lược", None, "Chiến lược quốc gia về tăng trưởng xanh"),
        ("Nghị quyết", "12/2025/NQ-HĐND", None),
    ]


def test_a_purpose_clause_after_the_request_or_without_a_law_names_no_ground():
    # what the letter asks the units to carry out is their task, not its ground
    asked = ("Ban Thường vụ Tỉnh đoàn đề nghị Ban Thường vụ các huyện đoàn, thành đoàn tổ chức tuyên "
             "truyền để thực thi Luật Bảo vệ môi trường, cụ thể như sau:")
    assert _bases(HEAD + asked + BODY + TAIL) == []
    # a purpose that names a kind in small letters ("để triển khai kế hoạch …") cites nothing
    own = ("Hưởng ứng Tháng hành động vì môi trường năm 2026, để triển khai kế hoạch của Tỉnh đoàn, "
           "Ban Thường vụ Tỉnh đoàn đề nghị Ban Thường vụ các huyện đoàn thực hiện một số nội dung sau:")
    assert _bases(HEAD + own + BODY + TAIL) == []


def test_a_class_asked_beside_a_named_body_is_a_unit():
    head = HEAD.replace("Ban Thường vụ các huyện đoàn, thành đoàn\n", "\n- Các sở, ban, ngành tỉnh;\n- UBND cấp xã.\n")
    intro = "Để triển khai mô hình, Tỉnh đoàn đề nghị các sở, ban, ngành, UBND cấp xã thực hiện một số nội dung sau:"
    items = "\n\n1. Lựa chọn ít nhất 01 mô hình phù hợp.\n\n2. Công an tỉnh tổng hợp kết quả."
    names = [u.name for u in extract_text(head + intro + items + TAIL).responsible_units]
    assert "Các sở, ban, ngành" in names and "Ủy ban nhân dân cấp xã" in names and "Công an tỉnh" in names
    # the class alone, the items naming bodies: it points at the addressees, no unit of its own
    alone = intro.replace("các sở, ban, ngành, UBND cấp xã", "các đơn vị")
    names = [u.name for u in extract_text(head + alone + items + TAIL).responsible_units]
    assert names == ["Công an tỉnh"]


def test_a_cited_type_code_whose_bar_ocr_lost_is_read_as_its_types():
    ground = ("Thực hiện Quyết định số 2503/QD-BTC ngày 29/11/2025 của Bộ Tài chính, Ban Thường vụ Tỉnh đoàn "
              "đề nghị Ban Thường vụ các huyện đoàn, thành đoàn thực hiện một số nội dung sau:")
    assert _bases(HEAD + ground + BODY + TAIL) == [("Quyết định", "2503/QĐ-BTC", None)]
    # "HD" is a type's own code (Hướng dẫn) and stays
    ground = ground.replace("Quyết định số 2503/QD-BTC", "Hướng dẫn số 12/HD-BTC")
    assert _bases(HEAD + ground + BODY + TAIL) == [("Hướng dẫn", "12/HD-BTC", None)]
