"""A ministry's plan as held-out scans have it, on synthetic texts (invented ministry "Bộ Hà An"):

- the tasks section's sub-items that say what a class of bodies should do ("1.1. Các cơ quan
  quản lý giáo dục … phải là nơi …") are no implementation section, where sub-items that put a
  body in the lead ("1. Sở Y tế chủ trì …") or name it alone ("2. Sở Tài chính") are;
- a task table's lead cell names the head of an emulation cluster beside a department
  ("Vụ Tổ chức cán bộ, Cụm trưởng các cụm thi đua": two units);
- a department written by the initials of its field in the table ("Vụ TCCB", "Báo GDTĐ") is
  the one the text names in full; an initialism the text never spells out stays as written;
- a V/v line whose slash the OCR read as "l" ("Vlv …") is still the trích yếu, without the
  column rule the scan left after it.
"""

from __future__ import annotations

from corpus_files import segment_text

from pipeline.extract.units import extract_responsible_units
from pipeline.extractor import extract_text
from pipeline.initialisms import spelled_out
from pipeline.provenance import Prov

_HEAD = (
    "BỘ HÀ AN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
    "Số: 595/KH-BHA\nHà An, ngày 10 tháng 4 năm 2026\n\nKẾ HOẠCH\nTuyên truyền gương điển hình tiên tiến\n\n"
)
_TASKS = (
    "I. MỤC ĐÍCH, YÊU CẦU\nKịp thời phát hiện, nhân rộng các điển hình tiên tiến.\n"
    "II. NHIỆM VỤ VÀ GIẢI PHÁP\n"
    "1. Nâng cao nhận thức về công tác phát hiện điển hình tiên tiến\n"
    "1.1. Các cơ quan quản lý giáo dục và các cơ sở giáo dục phải là nơi phát hiện, bồi dưỡng điển hình tiên tiến.\n"
    "1.2. Các cấp công đoàn trong ngành giáo dục tăng cường tuyên truyền về gương người tốt, việc tốt.\n"
    "2. Tăng cường kiểm tra, giám sát\n"
    "2.1. Các sở giáo dục và đào tạo cần phân công cụ thể trách nhiệm kiểm tra.\n"
    "2.2. Bộ phận làm công tác thi đua các cấp thường xuyên theo dõi, đôn đốc.\n"
)
_IMPL = (
    "III. TỔ CHỨC THỰC HIỆN\n"
    "1. Vụ Tổ chức cán bộ chủ trì thực hiện Kế hoạch, tổng hợp báo cáo Bộ trưởng trước ngày 30 tháng 11.\n"
    "2. Báo Giáo dục và Thời đại mở chuyên mục tuyên truyền điển hình tiên tiến.\n\n"
    "Nơi nhận:\n- Bộ trưởng;\n- Lưu: VT, Vụ TCCB.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nTrần Văn Bình\n\n"
    "Phụ lục\nDANH MỤC NHIỆM VỤ\n\n"
    "| STT | Tên nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành |\n"
    "| 1 | Phát hành ấn phẩm tuyên truyền | Báo GDTĐ | Vụ TCCB | Năm 2026 |\n"
    "| 2 | Tổ chức hội nghị giao lưu điển hình | Vụ Tổ chức cán bộ, Cụm trưởng các cụm thi đua | Các đơn vị | Năm 2027 |\n"
    "| 3 | Xây dựng phim tài liệu | Vụ QLCL | Các đơn vị | Năm 2027 |\n"
)


def _units(text: str) -> list[str]:
    return [u["name"] for u in extract_responsible_units(segment_text(text), Prov())]


def test_a_tasks_sections_exhortations_are_no_implementation_section() -> None:
    got = _units(_HEAD + _TASKS + _IMPL)
    assert not any(n.startswith(("Các cơ quan quản lý", "Các cấp công đoàn", "Bộ phận", "Các sở giáo dục"))
                   for n in got), got


def test_table_leads_are_named_in_full_and_apart() -> None:
    got = _units(_HEAD + _TASKS + _IMPL)
    assert got[:2] == ["Vụ Tổ chức cán bộ", "Báo Giáo dục và Thời đại"]
    assert "Cụm trưởng các cụm thi đua" in got
    assert "Vụ QLCL" in got  # (never spelled out: as written)
    assert not any(n in ("Vụ TCCB", "Báo GDTĐ") for n in got)


def test_initialism_written_out_only_where_the_text_spells_it() -> None:
    text = "Vụ Khoa học, Công nghệ và Môi trường chủ trì; Vụ Kế hoạch - Tài chính phối hợp."
    assert spelled_out("Vụ KHCNMT", text) == "Vụ Khoa học, Công nghệ và Môi trường"
    assert spelled_out("Vụ KHTC", text) == "Vụ Kế hoạch - Tài chính"
    assert spelled_out("Vụ GDĐH", text) == "Vụ GDĐH"
    assert spelled_out("Sở Y tế", text) == "Sở Y tế"


def test_an_initialism_is_not_spelled_by_itself_and_the_next_item() -> None:
    # the heading "Giao Vụ DTTT" then a dash item: the initialism's own "D" and the item's
    # first words ("- Tiếp tục theo …") are no field of the body
    text = "2.2. Giao Vụ DTTT\n\n- Tiếp tục theo dõi sát tình hình thu.\n2.3. Giao Vụ TCCB\n- Thực hiện tốt."
    assert spelled_out("Vụ DTTT", text) == "Vụ DTTT"
    assert spelled_out("Vụ TCCB", text) == "Vụ TCCB"
    # words of a sentence whose initials happen to match are no field ("các Cục Thuế triển
    # khai thực hiện …" for "Cục TTKT")
    assert spelled_out("Cục TTKT", "đôn đốc các Cục\nThuế triển khai thực hiện dự toán.") == "Cục TTKT"
    # a name wrapped once at the line's end is still spelled out
    assert spelled_out("Vụ TCCB", text + "\nVụ Tổ chức\ncán bộ chủ trì.") == "Vụ Tổ chức cán bộ"


def test_an_ocr_read_vv_line_is_the_trich_yeu() -> None:
    text = (
        "BỘ HÀ AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 4499/BHA-GDĐH Hà An, ngày 06 tháng 10 năm 2026\nVlv hướng dẫn thực hiện nhiệm vụ\n"
        "năm học 2026-2027 |\nKính gửi: Các trường đại học.\n\n"
        "Bộ Hà An đề nghị các trường đại học xây dựng kế hoạch năm học, báo cáo trước ngày 30/11/2026.\n\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nTrần Văn Bình\n"
    )
    assert extract_text(text).title == "hướng dẫn thực hiện nhiệm vụ năm học 2026-2027"


def test_a_kinh_gui_lines_ocr_semicolon_before_small_letters_is_its_comma() -> None:
    # one line of kinds whose comma the OCR read as ";", and the letter's short name for them
    # with one word of the definition marred ("sU phạm")
    text = (
        "BỘ HÀ AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 4499/BHA-GDĐH Hà An, ngày 06 tháng 10 năm 2026\nV/v hướng dẫn thực hiện nhiệm vụ năm học\n"
        "Kính gửi:\nCác đại học, học viện; trường đại học;\nCác trường cao đẳng sư phạm.\n"
        "Bộ Hà An đề nghị các đại học, học viện, trường đại học, các trường cao đẳng sU phạm (sau đây gọi là "
        "cơ sở đào tạo) thực hiện nhiệm vụ năm học với các nội dung sau:\n"
        "1. Rà soát chương trình đào tạo.\n2. Tăng cường truyền thông.\n"
        "III. TỔ CHỨC THỰC HIỆN\nCác cơ sở đào tạo xây dựng kế hoạch chi tiết để tổ chức thực hiện các nhiệm vụ "
        "năm học, báo cáo Bộ trước ngày 30/11/2026.\n\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nTrần Văn Bình\n"
    )
    r = extract_text(text)
    assert r.recipients[:2] == ["Các đại học, học viện, trường đại học", "Các trường cao đẳng sư phạm"]
    assert [u.name for u in r.responsible_units] == ["Các đại học, học viện, trường đại học",
                                                     "Các trường cao đẳng sư phạm"]


def test_a_semicolon_before_another_class_still_parts_two_addressees() -> None:
    from pipeline.extract.closing import kinh_gui_semicolons

    assert kinh_gui_semicolons("Các đại học, học viện; trường đại học;") == "Các đại học, học viện, trường đại học;"
    line = "Các cơ sở giáo dục đại học; các cơ sở giáo dục khác có đào tạo trình độ đại học."
    assert kinh_gui_semicolons(line) == line


def test_ocr_semicolons_inside_a_subject_list_are_its_commas() -> None:
    from pipeline.extract.units import _split_units

    names = "Giám đốc đại học; học viện; hiệu trưởng các trường đại học, cao đẳng sư phạm"
    assert [n for n, _a, _b in _split_units(names, 0, len(names))] == [
        "Giám đốc đại học, học viện", "Hiệu trưởng các trường đại học, cao đẳng sư phạm"]
    # (a list whose items are capitalised, or open another class with "các", still parts there)
    # … and so does one before a list of its own ("…; cơ quan, đơn vị có liên quan")
    for text, want in (("Sở Y tế; Sở Tài chính", ["Sở Y tế", "Sở Tài chính"]),
                       ("Ủy ban nhân dân các xã; các phường", ["Ủy ban nhân dân các xã", "Các phường"]),
                       ("Giám đốc Trung tâm Hà An; cơ quan, đơn vị có liên quan",
                        ["Giám đốc Trung tâm Hà An", "Cơ quan, đơn vị có liên quan"])):
        assert [n for n, _a, _b in _split_units(text, 0, len(text))] == want
