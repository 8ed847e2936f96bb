"""Grounds as converters and typists leave them, on a synthetic plan of an invented province:
symbols wrapped or spaced at their dash or slash, a preamble flattened onto one line, issuers
that a body's term closes or a conjunction follows, Party and council citations, conclusion
notices and letters, and the plan's own number among its grounds."""

from __future__ import annotations

import pytest

from pipeline.extractor import extract_text

HEAD = """ỦY BAN NHÂN DÂN
TỈNH SÔNG BẠC
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 77/KH-UBND
Sông Bạc, ngày 11 tháng 4 năm 2032

KẾ HOẠCH
Triển khai công tác chuyển đổi số năm 2032

{pre}

I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích: bảo đảm hiệu quả.

Nơi nhận:
- Sở Tư pháp;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Đỗ Minh Khang
"""


def _bases(pre: str) -> list[tuple]:
    rec = extract_text(HEAD.format(pre=pre)).model_dump()
    return [(b["doc_type"], b["number"], b["date"], b["issuer"]) for b in rec["legal_bases"]]


@pytest.mark.parametrize(
    "pre",
    [
        # wrapped at the dash or the slash by the converter
        "Căn cứ Nghị định số 12/2031/NĐ-\nCP ngày 05/3/2031 của Chính phủ;\n"
        "Thực hiện Nghị quyết số 57-\nNQ/TW ngày 22/12/2024 của Bộ Chính trị;",
        # spaced by the typist
        "Căn cứ Nghị định số 12/2031/NĐ- CP ngày 05/3/2031 của Chính phủ;\n"
        "Thực hiện Nghị quyết số 57-NQ/ TW ngày 22/12/2024 của Bộ Chính trị;",
        # the whole preamble on one line
        "Căn cứ Nghị định số 12/2031/NĐ-CP ngày 05/3/2031 của Chính phủ; Thực hiện Nghị quyết số "
        "57-NQ/TW ngày 22/12/2024 của Bộ Chính trị; Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
    ],
)
def test_symbols_wrapped_spaced_or_flattened(pre: str) -> None:
    assert _bases(pre) == [
        ("Nghị định", "12/2031/NĐ-CP", "2031-03-05", "Chính phủ"),
        ("Nghị quyết", "57-NQ/TW", "2024-12-22", "Bộ Chính trị"),
    ]


def test_a_date_and_an_issuer_wrapped_over_lines() -> None:
    pre = "Căn cứ Quyết định số 88/QĐ-UBND ngày 05 tháng\n3 năm 2031 của Ủy ban\nnhân dân tỉnh Sông Bạc về việc ban hành quy chế;"
    assert _bases(pre) == [("Quyết định", "88/QĐ-UBND", "2031-03-05", "Ủy ban nhân dân tỉnh Sông Bạc")]


def test_a_bodys_term_closes_its_name() -> None:
    # an uncued trích yếu right after the term ("… khóa XII một số vấn đề …") is no part of
    # the issuer
    pre = ("Thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII "
           "một số vấn đề về tiếp tục đổi mới;")
    rec = extract_text(HEAD.format(pre=pre)).model_dump()
    (b,) = rec["legal_bases"]
    assert b["issuer"] == "Ban Chấp hành Trung ương Đảng khóa XII"
    assert b["title"] == "một số vấn đề về tiếp tục đổi mới"


def test_a_conjunction_after_the_issuer_opens_no_title() -> None:
    pre = "Thực hiện Kế hoạch số 10/KH-UBND ngày 03/01/2032 của UBND tỉnh và Kế hoạch số 11/KH-SNV ngày 04/01/2032 của Sở Nội vụ;"
    rec = extract_text(HEAD.format(pre=pre)).model_dump()
    assert [(b["number"], b["issuer"], b["title"]) for b in rec["legal_bases"]] == [
        ("10/KH-UBND", "Ủy ban nhân dân tỉnh", None),
        ("11/KH-SNV", "Sở Nội vụ", None),
    ]


def test_party_and_council_citations() -> None:
    pre = (
        "Thực hiện Kết luận số 123-KL/TW ngày 24/01/2025 của Ban Chấp hành Trung ương Đảng về Đề án;\n"
        "Thực hiện Hướng dẫn số 05-HD/BTGTU ngày 03/02/2032 của BTG Tỉnh ủy;\n"
        "Căn cứ Nghị quyết số 45/2030/NQ-HĐND ngày 08/12/2030 của HĐND tỉnh về kế hoạch đầu tư công;\n"
        "Thực hiện Chương trình hành động số 25-CTr/TU ngày 10/3/2031 của Tỉnh ủy Sông Bạc;"
    )
    assert _bases(pre) == [
        ("Kết luận", "123-KL/TW", "2025-01-24", "Ban Chấp hành Trung ương Đảng"),
        ("Hướng dẫn", "05-HD/BTGTU", "2032-02-03", "Ban Tuyên giáo Tỉnh ủy"),
        ("Nghị quyết", "45/2030/NQ-HĐND", "2030-12-08", "Hội đồng nhân dân tỉnh"),
        ("Chương trình", "25-CTr/TU", "2031-03-10", "Tỉnh ủy Sông Bạc"),
    ]


def test_conclusion_notice_and_letter_types() -> None:
    pre = (
        "Căn cứ Kết luận số 12-KL/TU ngày 05/3/2032 của Ban Thường vụ Tỉnh ủy;\n"
        "Căn cứ Thông báo số 45/TB-UBND ngày 06/3/2032 của Ủy ban nhân dân tỉnh về kết luận của Chủ tịch "
        "Ủy ban nhân dân tỉnh tại cuộc họp ngày 01/3/2032;\n"
        "Theo Công văn 321/STTTT-CĐS ngày 07/3/2032 của Sở Thông tin và Truyền thông;"
    )
    assert _bases(pre) == [
        ("Kết luận", "12-KL/TU", "2032-03-05", "Ban Thường vụ Tỉnh ủy"),
        ("Thông báo", "45/TB-UBND", "2032-03-06", "Ủy ban nhân dân tỉnh"),
        ("Công văn", "321/STTTT-CĐS", "2032-03-07", "Sở Thông tin và Truyền thông"),
    ]


def test_the_plans_own_number_is_no_ground() -> None:
    pre = ("Căn cứ Quyết định số 88/QĐ-UBND ngày 01/02/2032 của UBND tỉnh;\n"
           "Kế hoạch số 77/KH-UBND này thay thế Kế hoạch số 50/KH-UBND ngày 01/01/2032 của UBND tỉnh.")
    numbers = [b[1] for b in _bases(pre)]
    assert "77/KH-UBND" not in numbers and numbers[0] == "88/QĐ-UBND"


def test_ve_viec_with_a_mark_ocr_misread_ends_the_issuer() -> None:
    # a scan's OCR reads "về việc" as "vê việc": the issuer still ends before it
    pre = "Căn cứ Nghị quyết số 37/2031/NQ-HĐND ngày 08/12/2031 của HĐND tỉnh vê việc thông qua danh mục dự án;"
    rec = extract_text(HEAD.format(pre=pre)).model_dump()
    (b,) = rec["legal_bases"]
    assert b["issuer"] == "Hội đồng nhân dân tỉnh" and b["title"] == "vê việc thông qua danh mục dự án"


def test_an_issuer_read_without_marks_takes_a_later_mentions_spelling() -> None:
    # the first mention OCR'd without its marks, the same document cited again inside the next
    # ground's trích yếu with them: the marked spelling; a different body stays as it is
    pre = (
        "Căn cứ Thông tư số 37/2031/TT-BCT ngày 14/6/2031 của Bo truong Bo Cong Thuong hướng dẫn chức năng;\n"
        "Căn cứ Thông tư số 50/2032/TT-BCT ngày 13/1/2032 của Bộ trưởng Bộ Công Thương sửa đổi Thông tư số "
        "37/2031/TT-BCT ngày 14/6/2031 của Bộ trưởng Bộ Công Thương;\n"
        "Căn cứ Quyết định số 12/QĐ-STC ngày 02/02/2032 của Sở Tài chính;\n"
        "Căn cứ Văn bản số 12/QĐ-STC ngày 02/02/2032 của Bộ Tài chính;"
    )
    assert _bases(pre) == [
        ("Thông tư", "37/2031/TT-BCT", "2031-06-14", "Bộ trưởng Bộ Công Thương"),
        ("Thông tư", "50/2032/TT-BCT", "2032-01-13", "Bộ trưởng Bộ Công Thương"),
        ("Quyết định", "12/QĐ-STC", "2032-02-02", "Sở Tài chính"),
    ]


def test_a_later_mention_with_more_words_keeps_the_first_issuer() -> None:
    pre = (
        "Căn cứ Thông tư số 04/2031/TT-BNNPTNT ngày 10/5/2031 của Bộ Nông nghiệp và PTNT về phòng dịch;\n"
        "Căn cứ Thông tư số 12/2032/TT-BNNPTNT ngày 24/10/2032 của Bộ Nông nghiệp và PTNT sửa đổi Thông tư số "
        "04/2031/TT-BNNPTNT ngày 10/5/2031 của Bộ trưởng Bộ Nông nghiệp và PTNT;"
    )
    assert _bases(pre)[0][3] == "Bộ Nông nghiệp và Phát triển nông thôn"


@pytest.mark.parametrize(
    ("issuer", "expanded"),
    [
        ("UBND tỉnh", "Ủy ban nhân dân tỉnh"),
        ("UBND tỉnh Sông Bạc", "Ủy ban nhân dân tỉnh Sông Bạc"),
        ("Văn phòng UBND tỉnh", "Văn phòng Ủy ban nhân dân tỉnh"),
        ("Ban Thường vụ Tỉnh ủy", "Ban Thường vụ Tỉnh ủy"),
        ("Công an tỉnh", "Công an tỉnh"),
        ("UBND xã Đông Hà", "Ủy ban nhân dân xã Đông Hà"),
        ("UBND tỉnh Bà Rịa - Vũng Tàu", "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu"),
    ],
)
@pytest.mark.parametrize("clause", ["tăng cường công tác phòng cháy", "tổ chức thực hiện", "truyền đạt ý kiến chỉ đạo"])
def test_an_issuer_that_reached_its_level_ends_before_a_verb(issuer: str, expanded: str, clause: str) -> None:
    # a trích yếu that opens with its verb, no "về" before it
    pre = f"Thực hiện Công văn số 12/VP-KT ngày 02/3/2032 của {issuer} {clause};"
    rec = extract_text(HEAD.format(pre=pre)).model_dump()
    (b,) = rec["legal_bases"]
    assert b["issuer"] == expanded and b["title"] == clause


@pytest.mark.parametrize(
    ("issuer", "expanded"),
    [
        # a level goes on with these words, or the name is a body's after the level's place
        ("HĐND tỉnh khóa X", "Hội đồng nhân dân tỉnh khóa X"),
        ("UBND thành phố trực thuộc tỉnh", "Ủy ban nhân dân thành phố trực thuộc tỉnh"),
        ("Đảng ủy Ủy ban nhân dân tỉnh", "Đảng ủy Ủy ban nhân dân tỉnh"),
        ("Thành ủy Thành phố", "Thành ủy Thành phố"),
        ("Bảo hiểm xã hội tỉnh", "Bảo hiểm xã hội tỉnh"),
        ("Ban Chỉ đạo phòng, chống thiên tai tỉnh", "Ban Chỉ đạo phòng, chống thiên tai tỉnh"),
    ],
)
def test_names_that_go_on_past_a_level_word(issuer: str, expanded: str) -> None:
    pre = f"Thực hiện Công văn số 12/VP-KT ngày 02/3/2032 của {issuer};"
    assert _bases(pre)[0][3] == expanded


def test_an_issuer_named_as_the_agent_of_ban_hanh() -> None:
    pre = "Thực hiện Quyết định số 12/QĐ-UBND ngày 02/3/2032 do Ủy ban nhân dân tỉnh ban hành;"
    rec = extract_text(HEAD.format(pre=pre)).model_dump()
    (b,) = rec["legal_bases"]
    assert (b["issuer"], b["title"]) == ("Ủy ban nhân dân tỉnh", None)


def test_a_cooperatives_head_is_no_level() -> None:
    pre = "Xét đề nghị của Hợp tác xã Nông nghiệp Đồng Tâm tại Văn bản số 7/ĐN-HTX ngày 03/4/2032."
    assert _bases(pre)[0][3] == "Hợp tác xã Nông nghiệp Đồng Tâm"


@pytest.mark.parametrize(
    ("sender", "expanded"),
    [
        ("đồng chí Chủ tịch UBND tỉnh", "Chủ tịch Ủy ban nhân dân tỉnh"),
        ("đ/c Phó Chủ tịch UBND tỉnh Trần Văn Bình", "Phó Chủ tịch Ủy ban nhân dân tỉnh"),
        ("Bộ trưởng Bộ Tài chính Lê Minh Cường", "Bộ trưởng Bộ Tài chính"),
        ("Đoàn ĐBQH tỉnh", "Đoàn đại biểu Quốc hội tỉnh"),
    ],
)
def test_honorific_person_and_abbreviation_around_a_cited_issuer(sender: str, expanded: str) -> None:
    pre = f"Thực hiện Văn bản số 12/VP-KT ngày 02/3/2032 của {sender} về việc triển khai nhiệm vụ;"
    assert _bases(pre)[0][3] == expanded


@pytest.mark.parametrize(
    "issuer",
    [
        # a ministry whose field opens with a type word
        "Sở Kế hoạch và Đầu tư",
        "Bộ Kế hoạch và Đầu tư",
        # nouns whose second syllable is a predicate ("trình")
        "Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh",
        "Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh",
        # a place's address after a comma
        "Ủy ban nhân dân huyện Đông Hà, tỉnh Sông Bạc",
        "Ủy ban nhân dân xã Hòa Bình, huyện Đông Hà",
    ],
)
@pytest.mark.parametrize("tail", [" về việc triển khai nhiệm vụ;", ";", " ngày 05/3/2032;"])
def test_issuer_names_that_used_to_stop_short(issuer: str, tail: str) -> None:
    pre = f"Thực hiện Văn bản số 12/VP-KT ngày 02/3/2032 của {issuer}{tail}"
    assert _bases(pre)[0][3] == issuer


def test_a_type_word_after_a_whole_name_still_opens_the_title() -> None:
    pre = "Thực hiện Thông báo số 12/TB-VPCP ngày 02/3/2032 của Văn phòng Chính phủ Kết luận của Thủ tướng Chính phủ;"
    rec = extract_text(HEAD.format(pre=pre)).model_dump()
    (b,) = rec["legal_bases"]
    assert b["issuer"] == "Văn phòng Chính phủ" and b["title"].startswith("Kết luận")


CV = """BỘ CÔNG THƯƠNG
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 610/BCT-KH
V/v tiếp thu ý kiến về dự án Luật
Hà Nội, ngày 11 tháng 4 năm 2032

Kính gửi: Văn phòng Chính phủ.

Ngày 01/4/2032, Bộ Công Thương đã có Công văn số 500/BCT-KH báo cáo về dự án Luật. Ngày 05/4/2032,
Bộ Công Thương nhận được Công văn số 77/VPCP-KTTH ngày 04/4/2032 của Văn phòng Chính phủ. Bộ Công Thương
báo cáo như sau:

1. Tiếp thu ý kiến của các Bộ.

Công văn này thay thế Công văn số 500/BCT-KH ngày 01/4/2032.

Nơi nhận:
- Như trên;
- Lưu: VT.

BỘ TRƯỞNG

Đỗ Minh Khang
"""


def test_the_predecessor_a_letter_replaces_is_no_ground() -> None:
    # told as history ("… đã có Công văn số …"), the letter this one replaces is no ground
    rec = extract_text(CV).model_dump()
    assert [b["number"] for b in rec["legal_bases"]] == ["77/VPCP-KTTH"]


def test_a_replaced_document_cited_as_a_ground_stays() -> None:
    text = CV.replace("Ngày 01/4/2032, Bộ Công Thương đã có", "Căn cứ")
    rec = extract_text(text).model_dump()
    assert "500/BCT-KH" in [b["number"] for b in rec["legal_bases"]]


def test_number_patterns_that_skip_to_their_first_character_find_what_they_found() -> None:
    """The citation number patterns read their first figure (or "số") before the test of what
    stands before it (pipeline/extract/legal_bases.py): searched, matched or iterated over any
    stretch, they must give the spans and groups of the patterns that tested it first."""
    import random
    import re
    from pathlib import Path

    from pipeline.extract import legal_bases as lb

    L, an = r"[^\W\d_]", r"(?:[^\W_]|&)"
    sym = rf"{L}{an}*(?:(?:[-–]|[ \t]?[-–][ \t]?\n?[ \t]?|[-–]\n)(?=[A-ZĐ]){an}+|[-–]{an}+)*"
    slash = r"[ \t]?\n?[ \t]?/[ \t]?\n?[ \t]?(?=[A-ZĐ])"
    seq = r"\d{1,6}(?:\.\d{1,3})?"
    old = {
        "NUMBER": re.compile(
            rf"(?<![\w/.\-–])(?:\d{{1,6}}-\s?{L}+(?:/|{slash}){sym}|{seq}(?:/(?:19|20)\d{{2}})?(?:/|{slash}){sym}(?:/{sym})*)"
            rf"(?:\.[A-ZĐ]{{2,6}}(?![\w.]))?(?![\w&])"),
        "BARE_NUMBER": re.compile(r"(?<!\w)số\s*:?\s*(?P<n>\d{1,6})(?![\w/.\-–]|[.,]\d)", re.IGNORECASE),
        "BLANK_NUMBER": re.compile(
            r"(?<!\w)số\s*:?[ \t.…_]*(?P<n>/[ \t]?[A-ZĐ][\w.&-]*\w(?:[ \t]?-[ \t]?[A-ZĐ][\w.&-]*\w)*)(?![\w/])",
            re.IGNORECASE),
        "FREE_NUMBER": re.compile(r"(?<!\w)số\s*:?\s*(?P<n>[A-Za-zĐđ0-9]+(?:[-/][A-Za-zĐđ0-9]+)+)(?![\w/-])",
                                  re.IGNORECASE),
    }
    root = Path(__file__).resolve().parent.parent / "corpus" / "seeds"
    texts = [p.read_text(encoding="utf-8") for p in sorted(root.glob("*.txt"))]
    rng = random.Random(21)
    bits = ["12", "2284", "1234567", "/", "QĐ", "-", "–", "UBND", "NĐ-CP", "2020", ".", "số", "Số", "SỐ", "xsố", " ",
            ":", "\n", "a", "&", "ĐT", "/ ", "QH14", ".VN", "_"]
    texts += ["".join(rng.choice(bits) for _ in range(rng.randint(0, 20))) for _ in range(4000)]
    for text in texts:
        for a, b in ((0, len(text)), *((rng.randint(0, len(text)), rng.randint(0, len(text))) for _ in range(3))):
            for name, rx in old.items():
                new = getattr(lb, name)
                assert [(m.span(), m.groups()) for m in new.finditer(text, a, b)] == \
                    [(m.span(), m.groups()) for m in rx.finditer(text, a, b)], (name, text, a, b)
                x, y = new.match(text, a, max(a, b)), rx.match(text, a, max(a, b))
                assert (x and (x.span(), x.groups())) == (y and (y.span(), y.groups())), (name, text, a)
