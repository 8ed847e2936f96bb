"""Degrade, never collapse: an OCR pipeline that lowercased the page and ran the whole header
into one line still gives the date and the place ("… số : 31 iqđ-ubnd sông bạc , ngày 14 tháng 4
năm 2031 quyết định …"): the first place-date phrase of the header, whatever its case; the place
gets its capitals back (synthetic)."""

from __future__ import annotations

from pipeline.normalize import normalize
from pipeline.segment import segment

PAGE = ("ủy ban nhân dân tỉnh sông bạc cộng hòa xã hội chủ nghĩa việt nam độc lập tự do hạnh phúc "
        "số : 31 iqđ-ubnd sông bạc , ngày 14 tháng 4 năm 2031 quyết định về việc công bố thủ tục "
        "hành chính căn cứ luật tổ chức chính quyền địa phương ngày 16 6 2025 ; QUYẾT ĐỊNH : điều 1 .\n"
        "công bố kèm theo quyết định này thủ tục hành chính .\n"
        "điều 2 quyết định này có hiệu lực thi hành kể từ ngày ký .\n"
        "bãi bỏ các nội dung liên quan đến thủ tục hành chính tại quyết định số 1284 qđ-ubnd ngày 13 5 2031 "
        "của chủ tịch ủy ban nhân dân tỉnh về việc công bố thủ tục hành chính .\n"
        "điều 3 .\n"
        "chánh văn phòng , giám đốc các sở và các tổ chức , cá nhân có liên quan chịu trách nhiệm thi hành "
        "quyết định này . nơi nhận : như điều 3 ; văn phòng chính phủ ; lưu : vt .\n"
        "kt . chủ tịch phó chủ tịch lê văn bình\n")


def _header(page: str) -> tuple[dict | None, str | None]:
    doc = segment(normalize(page).text)
    date, place = doc.annotations.get("date"), doc.annotations.get("place")
    return (date.value if date else None), (place.value if place else None)


def test_the_date_and_place_of_a_lowercased_one_line_header():
    date, place = _header(PAGE)
    assert date is not None and date["iso"] == "2031-04-14"
    assert place == "Sông Bạc"


def test_a_cased_header_keeps_its_own_reading():
    date, place = _header(PAGE.replace("sông bạc , ngày", "Sông Bạc, ngày"))
    assert date is not None and date["iso"] == "2031-04-14"
    assert place is not None and place.endswith("Sông Bạc")


def test_a_date_in_the_body_is_no_header_date():
    # the fallback reads the header zone only: a page whose only date phrase is a cited one's
    # in the body keeps its date null
    page = "Báo cáo tình hình\n\n" + "Nội dung công việc được giao.\n" * 90 + "Hà Nội, ngày 14 tháng 4 năm 2031\n"
    assert _header(page)[0] is None


def test_a_cited_decision_opening_a_line_is_no_type_line():
    # "QUYẾT ĐỊNH số 1284 … ngày … của …" opening a line of the body cites another document by
    # its number: no type line, no trích yếu
    page = PAGE.replace("bãi bỏ các nội dung", "QUYẾT ĐỊNH số 1284 qđ-ubnd ngày 13 5 2031 của chủ tịch ủy ban "
                        "nhân dân tỉnh về việc công bố thủ tục hành chính.\nbãi bỏ các nội dung")
    doc = segment(normalize(page).text)
    t = doc.anchors.get("type")
    assert t is None or not doc.lines[t].text.startswith("QUYẾT ĐỊNH số")


def test_the_enacting_word_before_article_one_types_a_text_without_its_header():
    # no type line (a lowercased page), no number: "QUYẾT ĐỊNH : điều 1" still says what the text
    # is — a document, and a decision
    from pipeline.extractor import extract_text

    r = extract_text(PAGE)
    assert r.is_document
    assert r.doc_type is not None and r.doc_type.code == "QĐ"
    assert r.date is not None and r.date.iso == "2031-04-14"


def test_a_cited_decision_gives_no_enacting_word():
    from pipeline.extractor import extract_text

    page = "Tin tức\n\nHôm qua, tỉnh công bố Quyết định số 12/QĐ-UBND về giá đất.\n"
    r = extract_text(page)
    assert not r.is_document and r.doc_type is None
