"""Junk a converter or a typo leaves in a unit's name, on synthetic text: a space lost before a
proper name, a name cut before the last member of its list, the verb of a joint assignment run
into a name, and a generic noun left alone by a line break. Each is repaired or gives no unit,
never a wrong one."""

from __future__ import annotations

from synthetic_decision import exec_units

from pipeline import bodies
from pipeline.extract.units import _clean_name


def test_a_space_lost_before_a_proper_name_is_restored() -> None:
    assert _clean_name("Ủy ban nhân dân tỉnhHà An") == "Ủy ban nhân dân tỉnh Hà An"
    # abbreviations keep their capitals: no two lower-case letters stand before them
    assert _clean_name("Văn phòng Ủy ban nhân dân tỉnh") == "Văn phòng Ủy ban nhân dân tỉnh"
    assert "kWh" in _clean_name("Trạm điện 500 kWh")


def test_a_glued_locality_is_shared_by_the_list() -> None:
    names = exec_units(
        "Hội đồng nhân dân, Ủy ban nhân dân tỉnhHà An và các cơ quan có liên quan chịu trách nhiệm "
        "thi hành Quyết định này./."
    )
    assert "Ủy ban nhân dân tỉnh Hà An" in names
    assert not any("tỉnhHà" in n for n in names)


def test_a_name_cut_before_its_last_member_is_no_unit() -> None:
    assert bodies.is_fragment("Cơ quan, đơn vị nhận nhiệm vụ hoặc")
    assert bodies.is_fragment("Các sở, ngành và")
    assert not bodies.is_fragment("Sở Văn hóa, Thể thao và Du lịch")


def test_the_verb_of_a_joint_assignment_is_no_part_of_a_name() -> None:
    assert bodies.is_fragment("Bộ Công nghệ và phối hợp với các cơ quan liên quan")
    assert not bodies.is_fragment("Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh")


def test_a_generic_noun_alone_names_no_body() -> None:
    for bare in ("Cơ quan", "Đơn vị", "Sở", "Đoàn", "cơ quan"):
        assert bodies.is_bare_noun(bare)
    for name in ("Sở Tư pháp", "Chính phủ", "Cơ quan thường trực", "Quỹ Bảo trì đường bộ"):
        assert not bodies.is_bare_noun(name)
    names = exec_units(
        "Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tư pháp,\nCơ quan, Thủ trưởng các đơn vị có liên "
        "quan chịu trách nhiệm thi hành Quyết định này./."
    )
    assert "Giám đốc Sở Tư pháp" in names
    assert "Cơ quan" not in names


def test_a_short_name_the_document_defines_is_kept_in_full() -> None:
    names = exec_units(
        "Thành lập Quỹ Phát triển đất tỉnh Hà An (sau đây gọi là Quỹ). Quỹ có trách nhiệm quản lý vốn "
        "được giao; Sở Tài chính có trách nhiệm hướng dẫn./."
    )
    assert "Cơ quan" not in names and "Quỹ" not in names


# ---------------------------------------------------------------- the kind a symbol names

def _kind(type_lines: str, number: str) -> str | None:
    from pipeline.extractor import extract_text

    # a text printed without marks, as an OCR run without Vietnamese gives it
    text = (
        "HOI DONG NHAN DAN\nTINH HA AN\n\nCONG HOA XA HOI CHU NGHIA VIET NAM\nDoc lap - Tu do - Hanh phuc\n\n"
        f"So: {number}\nHa An, ngay 10 thang 3 nam 2026\n\n{type_lines}"
        "Can cu Luat Ngan sach nha nuoc ngay 25 thang 6 nam 2015;\n\n"
        "Dieu 1. Dieu chinh du toan ngan sach.\n\nNoi nhan:\n- Luu: VT.\n\nCHU TICH\n\nLe Van An\n"
    )
    return extract_text(text).doc_type.code


def test_a_lost_type_line_is_read_from_the_symbol_before_the_subject_line() -> None:
    subject = "Ve viec dieu chinh du toan ngan sach nam 2026\n\n"
    # the type line glued to the subject by a converter: the subject line alone would say công văn
    assert _kind("NGHI QUYET" + subject + subject, "12/NQ-HDND") == "NQ"
    # a công văn's symbol names no kind: the subject line still makes it one
    assert _kind("V/v dieu chinh du toan ngan sach nam 2026\n\n", "12/HDND-VP") == "CV"
    # an issuer's abbreviation that spells a kind's code, no type name above: still a công văn
    assert _kind("V/v dieu chinh du toan ngan sach nam 2026\n\n", "12/CT-CS") == "CV"


def test_a_text_without_marks_but_full_of_typographic_quotes_is_still_folded() -> None:
    from pipeline.diacritics import is_folded

    sentence = "Can cu “Nghi dinh so 12/2026/ND-CP” – ve viec quy dinh chi tiet… thi hanh Luat\u00a0nay. "
    assert is_folded(sentence * 20)
    marked = "Căn cứ “Nghị định số 12/2026/NĐ-CP” – về việc quy định chi tiết… thi hành Luật\u00a0này. "
    assert not is_folded(marked * 20)


def test_a_place_without_marks_takes_them_from_the_issuers_name() -> None:
    from pipeline.extract.header import marked_place

    assert marked_place("Ha An", ["Ủy ban nhân dân tỉnh Hà An", None]) == "Hà An"
    assert marked_place("Hue", ["Sở Tư pháp", "Ủy ban nhân dân thành phố Huế"]) == "Huế"
    # a place the issuer does not name, or one already marked, stays as written
    assert marked_place("Ha Noi", ["Ủy ban nhân dân tỉnh Hà An"]) == "Ha Noi"
    assert marked_place("Hà Nội", ["Bộ Tài chính"]) == "Hà Nội"
    assert marked_place("Kon Tum", ["Ủy ban nhân dân tỉnh Kon Tum"]) == "Kon Tum"


def test_a_name_running_on_without_marks_is_no_unit() -> None:
    assert bodies.reads_unmarked("Sở Tài chính dinh ky hang quy tong hop")
    assert not bodies.reads_unmarked("Các Bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ")
    assert not bodies.reads_unmarked("Thương nhân đầu mối kinh doanh xăng dầu")
    assert not bodies.reads_unmarked("Ủy ban nhân dân tỉnh Kon Tum")
    folded = (
        "Chanh Van phong Uy ban nhan dan tinh, Giam doc So Tu phap; So Tai chinh dinh ky hang quy tong hop "
        "bao cao chiu trach nhiem thi hanh Quyet dinh nay./."
    )
    assert not any(bodies.reads_unmarked(n) for n in exec_units(folded))


def test_the_formulas_of_an_amending_citation_get_their_marks_back() -> None:
    from pipeline.normalize import normalize

    line = ("Can cu Luat sua doi, bo sung mot so dieu cua Luat Dat dai ngay 29 thang 6 nam 2026; "
            "So Tai chinh tham muu, ra soat, dinh ky tong hop bao cao. ")
    text = normalize(line * 8).text
    assert "một số điều của" in text
    assert "tham mưu, rà soát, định kỳ tổng hợp" in text


def test_an_enterprise_head_alone_names_no_body() -> None:
    for bare in ("Công ty", "Tổng công ty", "công ty"):
        assert bodies.is_bare_noun(bare)
    for name in ("Công ty TNHH Hà An", "Tổng công ty Xây dựng Bình Sơn", "Công ty cổ phần Nước sạch Hà An"):
        assert not bodies.is_bare_noun(name)
