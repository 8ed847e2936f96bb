"""legal_bases on real documents of the corpus, through the real pipeline (decode → normalize →
segment → extract), and every provenance span re-locating its value."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
from corpus_files import CORPUS, segment_text, segmented

from pipeline.dates import find_dates
from pipeline.extract.legal_bases import _unglued_heads, extract_legal_bases, without_repeat
from pipeline.lexicon import expand_abbreviations
from pipeline.provenance import Prov
from pipeline.segment import Document
from pipeline.textutil import clean_value, collapse, fold

DOCS = sorted(p for p in CORPUS.rglob("*") if p.suffix in {".txt", ".md"})


@cache
def _run(stem: str) -> tuple[Document, list[dict], Prov]:
    return _found(segmented(stem))


def _extract(text: str) -> tuple[Document, list[dict], Prov]:
    return _found(segment_text(text))


def _found(doc: Document) -> tuple[Document, list[dict], Prov]:
    prov = Prov()
    return doc, extract_legal_bases(doc, prov), prov


def items(stem: str) -> list[dict]:
    return _run(stem)[1]


def by_number(stem: str) -> dict[str | None, dict]:
    return {x["number"]: x for x in items(stem)}


# ---------------------------------------------------------------- concrete items


def test_several_documents_in_one_sentence():
    lb = items("002_e6a1c966cc80ae34")
    assert [x["number"] for x in lb] == ["1373/QĐ-TTg", "3320/BGDĐT-GDTrX", "4206/KHUBND", "46/KH-UBND"]
    first = lb[0]  # cited without "số": "Căn cứ Quyết định 1373/QĐ-TTg ngày 30/7/2021 …"
    assert (first["doc_type"], first["date"], first["issuer"]) == ("Quyết định", "2021-07-30", "Thủ tướng Chính phủ")
    assert lb[1]["issuer"] == "Bộ Giáo dục và Đào tạo" and lb[1]["title"].startswith("về việc triển khai Đề án")
    assert lb[2]["date"] is None and lb[2]["issuer"] == "Ủy ban nhân dân tỉnh Hải Dương"
    assert lb[3]["issuer"] == "Ủy ban nhân dân huyện Ninh Giang"


def test_list_of_bare_numbers_shares_type_date_and_issuer():
    # "Các Công điện: số 007/CĐ-UBND ngày 17/11/2025, số 008/CĐ-UBND và số 009/CĐ-UBND ngày
    # 19/11/2025; số 010/CĐ-UBND ngày 20/11/2025 của UBND tỉnh về …"
    lb = by_number("62f25a030c183151")
    for n, d in (("007", "2025-11-17"), ("008", "2025-11-19"), ("009", "2025-11-19"), ("010", "2025-11-20")):
        x = lb[f"{n}/CĐ-UBND"]
        assert (x["doc_type"], x["date"], x["issuer"]) == ("Công điện", d, "Ủy ban nhân dân tỉnh")
    # "Phương án 02600/PA-UBND" (no "số"), a Quy chế phối hợp without issuer
    assert lb["02600/PA-UBND"]["issuer"] == "Ủy ban nhân dân tỉnh Đắk Lắk"
    assert lb["49/QCPH-UBND-UBMT-HCTĐ"]["issuer"] is None
    # a ground clause naming a document without number; its date is part of the name
    report = lb[None]
    assert report["doc_type"] == "Báo cáo" and report["date"] is None
    assert report["title"].startswith("Báo cáo nhanh tình hình thiệt hại mưa lũ")


def test_law_by_name_and_date_and_proposal_issuer():
    lb = items("ad52bc0b105a20cd")
    law = lb[0]
    assert law == {
        "doc_type": "Luật",
        "number": None,
        "date": "2025-06-16",
        "issuer": None,
        "title": "Luật Tổ chức chính quyền địa phương",
    }
    nums = [x["number"] for x in lb]
    assert "48/2013/NĐ-CP" in nums and "92/2017/NĐ-CP" in nums  # list continued without "Căn cứ"
    tt = by_number("ad52bc0b105a20cd")
    assert tt["02/2017/TT-VPCP"]["issuer"] == "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ"
    # "Theo đề nghị của Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh tại Tờ trình số 5829/TTr-BCH …"
    assert tt["5829/TTr-BCH"]["issuer"] == "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"
    assert tt["5829/TTr-BCH"]["date"] == "2025-11-14" and tt["5829/TTr-BCH"]["doc_type"] == "Tờ trình"


def test_laws_by_name_and_number():
    lb = by_number("b1ce4a2380c2c8e3")
    law = lb["72/2025/QH15"]
    assert (law["doc_type"], law["date"], law["issuer"]) == ("Luật", None, None)
    assert law["title"] == "Luật Tổ chức chính quyền địa phương"
    assert lb["15/2017/QH14"]["title"] == "Luật Quản lý, sử dụng tài sản công"
    # "được sửa đổi, bổ sung bởi Luật số 64/2020/QH14, Luật số 07/2022/QH15, … và Luật số 90/2025/QH15"
    for n in ("64/2020/QH14", "07/2022/QH15", "24/2023/QH15", "56/2024/QH15", "90/2025/QH15"):
        assert lb[n]["doc_type"] == "Luật" and lb[n]["title"] is None
    assert lb["15/2025/QĐ-TTg"]["issuer"] == "Thủ tướng Chính phủ"
    assert lb["241/TTr-STC"]["issuer"] == "Giám đốc Sở Tài chính"
    assert len(lb) == 13


def test_party_numbers():
    lb = by_number("09daab284f92e2dd")
    assert list(lb) == ["14-KH/TU", "24/KH-UBND", "66-NQ/TW"]
    assert lb["14-KH/TU"]["issuer"] == "Ban Thường vụ Tỉnh ủy" and lb["14-KH/TU"]["date"] == "2025-07-29"
    assert lb["66-NQ/TW"]["issuer"] == "Bộ Chính trị" and lb["66-NQ/TW"]["date"] == "2025-04-30"
    lb = by_number("ceb89a53c7b93f00")
    assert lb["328-KH/TU"]["issuer"] == "Ban chấp hành Đảng bộ tỉnh Nghệ An"  # first mention wins
    assert lb["01-KH/BCĐ"]["issuer"].endswith("cải cách hành chính và đề án 06")
    assert lb["02-KH/BCĐTW"]["issuer"] == "Ban Chỉ đạo Trung ương"


def test_documents_named_inside_another_title_are_items():
    lb = items("8718801c503045f9")
    assert [x["number"] for x in lb] == ["283/KH-UBND", "71/NQ-CP", "10-CTr/TU", "57-NQ/TW"]
    assert lb[1]["issuer"] == "Chính phủ" and lb[1]["date"] == "2025-05-01"
    assert lb[2]["doc_type"] == "Chương trình" and lb[2]["issuer"] == "Ban Thường vụ Tỉnh ủy"
    # the Quốc hội session between date and issuer, without "của"
    lb = by_number("91035abb77ae0a1b")
    assert lb["66/2013/QH13"]["issuer"] == "Quốc hội khóa XIII"
    assert lb["63/2022/QH15"]["issuer"] == "Quốc hội khóa XV" and lb["63/2022/QH15"]["date"] == "2022-06-16"


def test_cong_van_replies():
    (x,) = items("84469287cb7bce65")  # body "Căn cứ Điều 10 Nghị định số 43/2017/NĐ-CP …" is not a ground
    assert x["number"] == "USABC-HN-20251121-01" and x["date"] == "2025-11-21"
    assert x["issuer"] == "Hội đồng Kinh doanh Hoa kỳ - ASEAN" and x["doc_type"] == "Công văn"
    (x,) = items("e3cc96834c0a575f")  # "Cục Thuế nhận được công văn số 1879-CV/BTGVTW …"
    assert (x["number"], x["issuer"]) == ("1879-CV/BTGVTW", "Ban Tuyên giáo và Dân vận Trung ương")


def test_cong_van_without_introduction_narrates_its_grounds():
    lb = by_number("28219392db3ee2e0")
    # "Ngày 30/6/2025, Chính phủ ban hành Nghị định số 175/2025/NĐ-CP sửa đổi, bổ sung …"
    assert (lb["175/2025/NĐ-CP"]["date"], lb["175/2025/NĐ-CP"]["issuer"]) == ("2025-06-30", "Chính phủ")
    assert (lb["67/2025/TT-BTC"]["date"], lb["67/2025/TT-BTC"]["issuer"]) == ("2025-07-01", "Bộ Tài chính")
    assert lb["13/2022/TT-BTC"]["issuer"] == "Bộ trưởng Bộ Tài chính"
    assert lb["102/CĐ-CT"]["doc_type"] == "Công điện" and lb["3316/CT-CS"]["issuer"] == "Cục Thuế"
    assert {"78/2025/NĐ-CP", "187/2025/NĐ-CP", "2226/QĐ-BTC", "10/2022/NĐ-CP"} <= set(lb)
    assert len(lb) == 9  # each once, the request paragraph ("… đề nghị …") is not read


@pytest.mark.parametrize("stem", ["24701a1c97c8c368", "6bac4a0d92da936d", "a49ef8a0da1f62dd", "abca9704d4c889cd"])
def test_no_grounds_no_items(stem):
    assert items(stem) == []


# ---------------------------------------------------------------- general rules on small texts

_HEAD = (
    "ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
    "Số: 12/QĐ-UBND\n\nAn Bình, ngày 5 tháng 3 năm 2024\n\nQUYẾT ĐỊNH\nVề việc ban hành Quy chế làm việc\n\n"
    "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ AN BÌNH\n\n"
)
_TAIL = (
    "\nQUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này.\n\nNơi nhận:\n- UBND huyện;\n- Lưu: VT.\n\n"
    "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn An\n"
)


def test_amending_law_is_one_item_and_proposal_issuer():
    _, lb, _ = _extract(
        _HEAD
        + "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số "
        "điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;\n\n"
        "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;\n\n"
        "Căn cứ chức năng, nhiệm vụ, quyền hạn của Ủy ban nhân dân xã;\n\n"
        "Xét đề nghị của Trưởng phòng Nội vụ tại Tờ trình số 15/TTr-NV ngày 5/3/2024; Quyết định số 12/QĐ-UBND.\n"
        + _TAIL
    )
    assert [(x["number"], x["date"]) for x in lb] == [
        (None, "2015-06-19"),
        (None, "2019-11-22"),
        ("30/2020/NĐ-CP", "2020-03-05"),
        ("15/TTr-NV", "2024-03-05"),
    ]  # the document's own number is never one of its grounds
    assert lb[1]["title"].startswith("Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ")
    assert lb[3]["issuer"] == "Trưởng phòng Nội vụ"


def test_what_a_sentence_asks_for_is_not_a_ground():
    _, lb, _ = _extract(
        _HEAD
        + "Thực hiện Công văn số 567/BGDĐT-GDTX ngày 20/02/2024 của Bộ GDĐT, Ủy ban nhân dân xã đề nghị các "
        "đơn vị thực hiện theo Hướng dẫn số 77/HD-UBND ngày 1/3/2024 như sau:\n"
        + _TAIL
    )
    assert [x["number"] for x in lb] == ["567/BGDĐT-GDTX"]
    assert lb[0]["issuer"] == "Bộ Giáo dục và Đào tạo"


# ---------------------------------------------------------------- provenance


_MARRED_DATE_WORDS = re.compile(r"(?<!\w)(?:ng[aáàảãạ]y|th[aáàảãạ]ng|n[aăâáàảãạắằẳẵặấầẩẫậ]m)(?!\w)", re.IGNORECASE)
_DATE_WORD = {"ngay": "ngày", "thang": "tháng", "nam": "năm"}


@pytest.mark.parametrize("path", DOCS, ids=[p.stem for p in DOCS])
def test_every_span_relocates_its_value(path: Path):
    doc, lb, prov = _run(path.name.split(".")[0])
    text = doc.text
    for i, x in enumerate(lb):
        base = f"legal_bases[{i}]"
        assert base in prov.spans
        whole = prov.spans[base]
        assert 0 <= whole.start < whole.end <= len(text) and 0.0 <= whole.confidence <= 1.0
        for key, value in x.items():
            span = prov.spans.get(f"{base}.{key}")
            if value is None:
                assert span is None, f"{base}.{key}"
                continue
            if key == "doc_type" and span is None:
                continue  # read from the symbol ("NĐ" → Nghị định): the number span holds it
            assert span is not None, f"{base}.{key}"
            assert 0.0 <= span.confidence <= 1.0
            at = text[span.start : span.end]
            if key == "number":
                # a number is written without the spaces a typist left in it ("QĐ- UBND"); a
                # sequence listed before a number that shares its symbol spans the sequence; a
                # look-alike letter ("Ð") or an OCR letter for a figure ("l5/…") is put back
                flat = "".join(at.split()).translate(str.maketrans({"Ð": "Đ", "ð": "đ"}))
                seq, _, rest = flat.partition("/")
                fixed = seq.translate(str.maketrans("lIOo", "1100")) + "/" + rest if rest else flat
                # (… and a type code's Đ whose bar OCR lost, "136 /CD-TTg": read as its type's code)
                unbarred = value.replace("Đ", "D")
                assert value in flat or value in fixed or value.split("/")[0] == at \
                    or unbarred in flat.replace("Đ", "D")
            elif key == "date":
                # (a scan's OCR may mar the words of the date, "ngày 30 thảng 6 năm 2016": the date
                # reader reads them folded, as the words they stand for)
                words = _MARRED_DATE_WORDS.sub(lambda m: _DATE_WORD[fold(m.group()).casefold()], at.replace("\n", " "))
                assert value in {d.iso for d in find_dates(words, coarse=False)}
            elif key == "issuer":
                # (the space a converter lost before a head word put back: "Bộ trưởngBộ …"; an
                # abbreviation the text defines in brackets inside the name left out: "Đảng ủy Ủy
                # ban nhân dân (UBND) tỉnh")
                at = re.sub(r"\s*\([A-ZĐ]{2,10}\)", "", at)
                got = _unglued_heads(without_repeat(expand_abbreviations(clean_value(at))))
                # a member of a colon list under a plural head ("các Bộ: Tài chính (Công văn số
                # …)") takes the head's kind before the name its span holds
                assert got == value or (value.endswith(" " + got) and " " not in value[: -len(got) - 1])
            elif key == "doc_type":
                assert collapse(at).casefold() == value.casefold()
            else:
                assert collapse(value) in collapse(at)


def test_law_cited_by_name_and_number_keeps_its_name_as_title():
    # the name of a law may hold a type word of its own ("… văn bản quy phạm pháp luật")
    from pipeline.extractor import extract_text

    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 5/QĐ-UBND\nNinh Bình, ngày 5 tháng 9 năm 2024\n\nQUYẾT ĐỊNH\nVề việc ban hành Quy chế\n\n"
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n\n"
        "Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15;\n"
        "Căn cứ văn bản số 123/UBND-VX ngày 1/2/2024 của UBND tỉnh;\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Ban hành.\n"
    )
    got = [(lb.doc_type, lb.number, lb.title) for lb in extract_text(text).legal_bases]
    assert got == [
        ("Luật", "64/2025/QH15", "Luật Ban hành văn bản quy phạm pháp luật"),
        ("Công văn", "123/UBND-VX", None),
    ]


# ---------------------------------------------------------------- synthetic documents

_SHEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÀ AN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
    "Số: 45/KH-UBND\n\nHà An, ngày 02 tháng 01 năm 2026\n\nKẾ HOẠCH\nThực hiện nhiệm vụ năm 2026\n\n"
)
_STAIL = "\n\nI. MỤC ĐÍCH\nBảo đảm tiến độ.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn An\n"


def synth(preamble: str, head: str = _SHEAD) -> list[dict]:
    return _extract(head + preamble + _STAIL)[1]


def test_symbol_wrapped_or_spaced_at_its_dash_is_kept_whole():
    lb = synth(
        "Căn cứ Nghị quyết số 45/NQ-\nCP ngày 10/3/2025 của Chính phủ về phát triển kinh tế số;\n"
        "Thực hiện Kế hoạch số 310/KH - UBND ngày 05/6/2025 của Ủy ban nhân dân tỉnh về chuyển đổi số;\n"
    )
    assert [x["number"] for x in lb] == ["45/NQ-CP", "310/KH-UBND"]
    assert lb[0]["issuer"] == "Chính phủ"


def test_grounds_read_as_the_title_of_a_header_without_one_are_still_grounds():
    # a header without a trích yếu: the first ground lies where the title would be; the
    # document's own number, on its "Số:" line, is never a ground
    head = "Số: 45/KH-UBND Hà An, ngày 02/01/2026\nKẾ HOẠCH\n"
    lb = synth(
        "Căn cứ Quyết định số 12/QĐ-UBND ngày 05/01/2025 của Ủy ban nhân dân tỉnh;\n"
        "Căn cứ Kế hoạch số 45/KH-UBND của Ủy ban nhân dân tỉnh;\n", head=head,
    )
    assert [x["number"] for x in lb] == ["12/QĐ-UBND"]


def test_issuer_with_về_in_its_name_is_not_cut_short():
    lb = synth(
        "Căn cứ Kế hoạch số 01/KH-TGV ngày 05/3/2025 của Tổ giúp việc Ban Chỉ đạo Trung ương về phát triển "
        "khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số về triển khai nhiệm vụ năm 2025;\n"
    )
    assert lb[0]["issuer"] == (
        "Tổ giúp việc Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số"
    )


def test_issuer_does_not_run_into_the_cited_title():
    lb = synth(
        "Thực hiện Thông báo số 123/TB-VPCP ngày 05/3/2025 của Văn phòng Chính phủ Kết luận của Thủ tướng "
        "Chính phủ tại Phiên họp thứ nhất;\n"
    )
    assert lb[0]["issuer"] == "Văn phòng Chính phủ"
    assert lb[0]["title"].startswith("Kết luận của Thủ tướng")


def test_citations_found_when_the_header_was_not_read():
    # no header at all: the grounds open the text
    text = (
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n"
        "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;\n\n"
        "I. MỤC ĐÍCH\nBảo đảm tiến độ.\n"
    )
    lb = _extract(text)[1]
    assert "30/2020/NĐ-CP" in [x["number"] for x in lb]


def test_issuer_whose_name_holds_a_comma_is_kept_whole():
    lb = synth(
        "Căn cứ Thông tư số 01/2025/TT-BVHTTDL ngày 05/3/2025 của Bộ Văn hóa, Thể thao và Du lịch về hướng dẫn "
        "tổ chức lễ hội;\nThực hiện Kế hoạch số 20/KH-BTVTU ngày 06/3/2025 của Ban Thường vụ Tỉnh ủy, Thành ủy về "
        "chuyển đổi số;\n"
    )
    assert [(x["issuer"], x["title"]) for x in lb] == [
        ("Bộ Văn hóa, Thể thao và Du lịch", "về hướng dẫn tổ chức lễ hội"),
        ("Ban Thường vụ Tỉnh ủy, Thành ủy", "về chuyển đổi số"),
    ]


def test_own_number_found_without_an_anchored_number_line():
    # a header laid out in one run: the "Số:" line is not anchored, its number is still the
    # document's own and never a ground
    head = "UBND TỈNH HÀ AN Số: 45/KH-UBND CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
    lb = synth(
        "Căn cứ Quyết định số 12/QĐ-UBND ngày 05/01/2025 của Ủy ban nhân dân tỉnh;\n"
        "Thực hiện Kế hoạch số 45/KH-UBND của Ủy ban nhân dân tỉnh;\n", head=head,
    )
    assert "45/KH-UBND" not in [x["number"] for x in lb]


def test_a_single_về_after_a_board_opens_the_trích_yếu():
    # with one "về" only, it starts the cited title; with two, the first belongs to the name
    lb = synth(
        "Căn cứ Kế hoạch số 02-KH/BCĐTW ngày 19/6/2025 của Ban Chỉ đạo Trung ương về thúc đẩy chuyển đổi số "
        "liên thông, đồng bộ gắn với sắp xếp tổ chức bộ máy;\n"
    )
    assert (lb[0]["issuer"], lb[0]["title"][:20]) == ("Ban Chỉ đạo Trung ương", "về thúc đẩy chuyển đ")


# ---------------------------------------------------------------- synthetic: grounds of every form

_GROUNDS = """ỦY BAN NHÂN DÂN
TỈNH AN PHÚ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 15/2026/QĐ-UBND
An Phú, ngày 10 tháng 3 năm 2026

QUYẾT ĐỊNH
Ban hành Quy định về quản lý chợ trên địa bàn tỉnh

ỦY BAN NHÂN DÂN TỈNH AN PHÚ

Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;
Căn cứ Luật Ban hành văn bản quy phạm pháp luật;
Căn cứ Điều lệ Đảng;
Theo phân công tại Văn bản số 21.4/GĐN ngày 02/3/2026 của Sở Công Thương;
Tiếp theo Công văn số 30.6/GĐN-ĐQ&V ngày 01/3/2026 của Sở Tài chính;
Xét đề nghị của Giám đốc Sở Xây dựng tại Văn bản số 05/2026/VLN/CV-LV ngày 05/3/2026 và Văn bản số 02 ngày 06/3/2026.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy định về quản lý chợ, theo quy định tại Thông tư số 12/2025/TT-BCT.
Điều 2. Quyết định này có hiệu lực từ ngày 20 tháng 3 năm 2026.
"""


def test_grounds_named_without_number_and_issuers_own_numbering():
    lb = _extract(_GROUNDS)[1]
    got = [(x["doc_type"], x["number"], x["date"], x["title"] if x["number"] is None else x["issuer"]) for x in lb]
    assert got == [
        ("Hiến pháp", None, None, "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam"),
        ("Luật", None, None, "Luật Ban hành văn bản quy phạm pháp luật"),
        ("Điều lệ", None, None, "Điều lệ Đảng"),
        ("Công văn", "21.4/GĐN", "2026-03-02", "Sở Công Thương"),
        ("Công văn", "30.6/GĐN-ĐQ&V", "2026-03-01", "Sở Tài chính"),
        ("Công văn", "05/2026/VLN/CV-LV", "2026-03-05", "Giám đốc Sở Xây dựng"),
        # joined by "và" after "của <issuer> tại": the same proposer's letter
        ("Công văn", "02", "2026-03-06", "Giám đốc Sở Xây dựng"),
    ]
    # the Thông tư named inside Điều 1 is body text, not a ground
    assert all(x["number"] != "12/2025/TT-BCT" for x in lb)


def test_bare_sequence_needs_a_type_word_before_so():
    text = _GROUNDS.replace("Căn cứ Điều lệ Đảng;", "Căn cứ khoản số 2 của quy định chung;")
    assert all(x["number"] != "2" for x in _extract(text)[1])


_NARRATED = """ỦY BAN NHÂN DÂN
TỈNH AN PHÚ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 345/UBND-KT
V/v triển khai quy định về quản lý chợ
An Phú, ngày 10 tháng 3 năm 2026

Kính gửi: Sở Công Thương.

Ngày 01/02/2026, Bộ Công Thương ban hành Thông tư số 05/2026/TT-BCT quy định về quản lý chợ. Ngày 15/02/2026, Sở Công Thương có Tờ trình số 120/TTr-SCT về việc triển khai Thông tư. Ngày 20/02/2026, Sở Tài chính có Báo cáo số 33/BC-STC về kinh phí.

Ủy ban nhân dân tỉnh đề nghị Sở Công Thương chủ trì triển khai Thông tư trên địa bàn tỉnh.
"""


def test_narrated_submission_and_report_are_history_not_grounds():
    assert [x["number"] for x in _extract(_NARRATED)[1]] == ["05/2026/TT-BCT"]
    # opened by a ground opener, the same submission is a ground
    text = _NARRATED.replace("Ngày 15/02/2026, Sở Công Thương có Tờ trình", "Xét Tờ trình")
    assert "120/TTr-SCT" in [x["number"] for x in _extract(text)[1]]


_SYNTH_HEAD = """ỦY BAN NHÂN DÂN
TỈNH AN PHÚ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 120/QĐ-UBND
An Phú, ngày 05 tháng 3 năm 2026

QUYẾT ĐỊNH
Về việc cho phép thành lập cửa hàng

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH AN PHÚ

"""
_SYNTH_TAIL = """

QUYẾT ĐỊNH:

Điều 1. Cho phép.
"""


def _synth(grounds: str) -> dict[str | None, dict]:
    return {x["number"] or x["title"]: x for x in _extract(_SYNTH_HEAD + grounds + _SYNTH_TAIL)[1]}


def test_issuer_named_before_tai_and_cut_at_its_verb():
    lb = _synth(
        "Căn cứ Công văn số 77/BTC-CST ngày 02/02/2026 của Bộ Tài chính tham gia ý kiến về dự thảo;\n"
        "Xét đề nghị của Công ty TNHH Hoa Sen Xanh, tại Văn bản số 15/2026/HSX ngày 20/02/2026 về việc cấp phép;\n"
        "Theo đề nghị của Sở Công Thương tại Tờ trình số 45/TTr-SCT và Đề án số 46/ĐA-SCT ngày 25/02/2026;\n"
        "Căn cứ báo cáo của Doanh nghiệp tư nhân Minh Long tại Báo cáo số 9/BC-ML ngày 01/3/2026,"
    )
    assert lb["77/BTC-CST"]["issuer"] == "Bộ Tài chính"
    assert lb["15/2026/HSX"]["issuer"] == "Công ty TNHH Hoa Sen Xanh"
    assert lb["45/TTr-SCT"]["issuer"] == "Sở Công Thương"
    assert lb["46/ĐA-SCT"]["issuer"] == "Sở Công Thương"  # a sibling joined by "và" shares it
    assert lb["9/BC-ML"]["issuer"] == "Doanh nghiệp tư nhân Minh Long"


def test_issuer_stated_once_after_a_list_of_grounds():
    lb = _synth(
        "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013, Luật Đầu tư ngày 17 tháng 6 năm 2020, "
        "Luật Doanh nghiệp ngày 17 tháng 6 năm 2020 của Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n"
        "Căn cứ các Luật: Luật Thương mại ngày 14 tháng 6 năm 2005, Luật Quản lý thuế ngày 13 tháng 6 năm 2019 của Quốc hội;\n"
        "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Đất đai, Luật Nhà ở ngày 29 tháng 6 năm 2024;\n"
        "Căn cứ Nghị định số 11/2025/NĐ-CP ngày 02/01/2025 về quản lý chợ, Thông tư số 3/2025/TT-BCT ngày 05/02/2025 của Bộ Công Thương;"
    )
    qh = "Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam"
    named = {k: v for k, v in lb.items() if v["number"] is None}
    assert named["Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013"]["issuer"] == qh
    assert named["Luật Đầu tư"]["issuer"] == qh and named["Luật Đầu tư"]["date"] == "2020-06-17"
    assert named["Luật Doanh nghiệp"]["issuer"] == qh
    assert named["Luật Thương mại"]["issuer"] == "Quốc hội" and named["Luật Quản lý thuế"]["issuer"] == "Quốc hội"
    # one amending law that names the laws it amends: not a list, no issuer stated
    amend = [v for k, v in named.items() if k.startswith("Luật sửa đổi")]
    assert len(amend) == 1 and "Luật Nhà ở" in amend[0]["title"] and amend[0]["issuer"] is None
    # a document of another type, with its own trích yếu, keeps none
    assert lb["11/2025/NĐ-CP"]["issuer"] is None and lb["3/2025/TT-BCT"]["issuer"] == "Bộ Công Thương"


def test_issuer_named_in_a_plural_list_head():
    lb = _synth(
        "Căn cứ các Thông tư của Bộ trưởng Bộ Công Thương: số 3/2025/TT-BCT ngày 05/02/2025 quy định về chợ; "
        "số 4/2025/TT-BCT ngày 06/02/2025 hướng dẫn về siêu thị;\n"
        "Căn cứ các Luật của Quốc hội: Luật Thương mại số 36/2005/QH11 ngày 14/6/2005; Luật Đầu tư số 61/2020/QH14 ngày 17/6/2020;\n"
        "Căn cứ Quyết định số 8/2025/QĐ-UBND ngày 01/3/2025 về quản lý chợ;"
    )
    assert lb["3/2025/TT-BCT"]["issuer"] == "Bộ trưởng Bộ Công Thương"
    assert lb["4/2025/TT-BCT"]["issuer"] == "Bộ trưởng Bộ Công Thương"
    assert lb["36/2005/QH11"]["issuer"] == "Quốc hội" and lb["61/2020/QH14"]["issuer"] == "Quốc hội"
    assert lb["8/2025/QĐ-UBND"]["issuer"] is None  # the next ground ends the list


def test_issuer_of_a_plural_list_head_without_a_colon():
    lb = _synth(
        "Căn cứ các Công văn của Bộ Xây dựng số 120/BXD-KTXD ngày 02/3/2025 về giá vật liệu, "
        "số 131/BXD-KTXD ngày 09/3/2025 về chi phí nhân công;\n"
        "Căn cứ Quyết định số 8/2025/QĐ-UBND ngày 01/3/2025 về quản lý chợ;"
    )
    assert lb["120/BXD-KTXD"]["issuer"] == "Bộ Xây dựng" and lb["131/BXD-KTXD"]["issuer"] == "Bộ Xây dựng"
    assert lb["8/2025/QĐ-UBND"]["issuer"] is None


def test_senders_listed_before_tai_enterprises_too():
    # a list of proposals, each sender (a company, a cooperative, a branch) named before "tại"
    lb = _synth(
        "Căn cứ Quyết định số 8/2025/QĐ-UBND ngày 01/3/2025 về quản lý chợ;\n\n"
        "Xét đề nghị của 04 đơn vị gồm: Công ty TNHH Hoa Sen Bắc tại Văn bản số 11/CV-HSB ngày 02/4/2026; "
        "Hợp tác xã Nông nghiệp Đồng Tâm tại Văn bản số 7/ĐN-HTX ngày 03/4/2026; Công ty cổ phần Xây dựng "
        "giao thông Miền Núi tại Văn bản số 21/GĐN ngày 05/4/2026; Chi nhánh Tây Sơn - Công ty cổ phần Gạch "
        "Ngói Nam Hà tại Văn bản số 02 ngày 06/4/2026."
    )
    assert lb["11/CV-HSB"]["issuer"] == "Công ty TNHH Hoa Sen Bắc"
    assert lb["7/ĐN-HTX"]["issuer"] == "Hợp tác xã Nông nghiệp Đồng Tâm"
    # "giao thông" is a noun, not the verb "giao" that would end the name
    assert lb["21/GĐN"]["issuer"] == "Công ty cổ phần Xây dựng giao thông Miền Núi"
    assert lb["02"]["issuer"] == "Chi nhánh Tây Sơn - Công ty cổ phần Gạch Ngói Nam Hà"
    assert lb["8/2025/QĐ-UBND"]["issuer"] is None


def test_no_sender_taken_from_a_clause_with_a_verb_or_an_opener():
    lb = _synth(
        "Căn cứ Quyết định số 8/2025/QĐ-UBND ngày 01/3/2025 về quản lý chợ; Sở Y tế đã hướng dẫn tại "
        "Công văn số 55/SYT-NV ngày 02/3/2025;\n\nCăn cứ nội dung tại Công văn số 60/SYT-NV ngày 03/3/2025;"
    )
    assert lb["55/SYT-NV"]["issuer"] is None and lb["60/SYT-NV"]["issuer"] is None


def test_documents_submitted_together_share_sender_and_date():
    lb = _synth(
        "Theo đề nghị của Sở Tài chính tại các Tờ trình: số 41/TTr-STC ngày 29/10/2025, số 50/TTr-STC ngày "
        "20/11/2025 và Văn bản số 16/STC-NS ngày 03/12/2025; ý kiến của Sở Tư pháp tại Báo cáo số 22/BC-STP "
        "ngày 24/10/2025;\n\nXét đề nghị của Chính phủ tại Tờ trình số 35/TTr-CP vàĐề án số 36/ĐA-CP ngày "
        "09 tháng 5 năm 2025;"
    )
    assert [lb[k]["issuer"] for k in ("41/TTr-STC", "50/TTr-STC", "16/STC-NS")] == ["Sở Tài chính"] * 3
    assert lb["22/BC-STP"]["issuer"] == "Sở Tư pháp"
    # "vàĐề án": the converter dropped the space; the two documents share the date after the last
    assert lb["36/ĐA-CP"]["doc_type"] == "Đề án" and lb["36/ĐA-CP"]["issuer"] == "Chính phủ"
    assert lb["35/TTr-CP"]["date"] == lb["36/ĐA-CP"]["date"] == "2025-05-09"


def test_garbled_date_does_not_hide_the_issuer():
    # ("tháng" typed where "năm" belongs, the year's four figures after it: still the date, as
    # both annotators of T80 read it, SETTLEMENT-f81)
    lb = _synth("Căn cứ Quyết định số 10/QĐ-TTg ngày 15 tháng 9 tháng 2022 của Thủ tướng Chính phủ ban hành Kế hoạch;")
    assert lb["10/QĐ-TTg"]["issuer"] == "Thủ tướng Chính phủ" and lb["10/QĐ-TTg"]["date"] == "2022-09-15"


def test_issuer_that_is_a_whole_central_name_stops_before_an_uncued_trich_yeu():
    lb = _synth(
        "Căn cứ Nghị quyết số 20/2025/QH15 của Quốc hội thí điểm một số cơ chế về nhà ở;\n"
        "Căn cứ Nghị quyết số 21/NQ-UBTVQH15 ngày 16 tháng 6 năm 2025 của Ủy ban Thường vụ Quốc hội sắp xếp "
        "các đơn vị hành chính cấp xã;\nCăn cứ Nghị định số 22/2007/NĐ-CP của Chính phủ Ứng dụng công nghệ thông tin;\n"
        "Căn cứ Luật Thương mại số 36/2005/QH11 ngày 14/6/2005 của Quốc hội khóa XI;"
    )
    assert lb["20/2025/QH15"]["issuer"] == "Quốc hội"
    assert lb["21/NQ-UBTVQH15"]["issuer"] == "Ủy ban Thường vụ Quốc hội"
    assert lb["22/2007/NĐ-CP"]["issuer"] == "Chính phủ"
    assert lb["36/2005/QH11"]["issuer"] == "Quốc hội khóa XI"  # a term goes on with the name


def test_document_amended_by_the_enacting_sentence_is_no_ground():
    lb = _synth(
        "Căn cứ Nghị định số 11/2025/NĐ-CP ngày 02/01/2025 của Chính phủ quy định chức năng của Bộ Y tế;\n"
        "Căn cứ Nghị quyết số 12/2025/QH15 của Quốc hội về thí điểm;\n"
        "Theo đề nghị của Cục trưởng Cục Y tế dự phòng, Bộ trưởng Bộ Y tế ban hành Thông tư sửa đổi, bổ sung "
        "một số điều của Thông tư số 13/2020/TT-BYT ngày 05 tháng 6 năm 2020 của Bộ trưởng Bộ Y tế và thi hành "
        "Nghị quyết số 12/2025/QH15 ngày 29 tháng 5 năm 2025."
    )
    assert "13/2020/TT-BYT" not in lb
    assert lb["11/2025/NĐ-CP"]["issuer"] == "Chính phủ"
    # a ground named again in the enacting sentence takes its date from there
    assert lb["12/2025/QH15"]["date"] == "2025-05-29"


def test_a_trich_yeu_that_enacts_is_no_enacting_sentence():
    lb = _synth(
        "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\n"
        "Căn cứ Quyết định số 5/2025/QĐ-UBND ngày 01/3/2025 của Ủy ban nhân dân tỉnh ban hành Quy chế phối "
        "hợp kèm theo Quyết định số 6/QĐ-UBND;"
    )
    assert "5/2025/QĐ-UBND" in lb and "6/QĐ-UBND" in lb


def test_headerless_narration_of_reports_is_history():
    text = (
        "Ngày 26/11/2025, Bộ Công Thương đã nhận được Công văn số 15/VPCP-KTTH ngày 25/11/2025 của Văn phòng "
        "Chính phủ về dự án Luật.\n\nDự án Luật Điện lực (sửa đổi) đã được Chính phủ trình Quốc hội tại Tờ trình "
        "số 16/TTr-CP ngày 24/10/2025.\n\nNgày 31/10/2025, Ủy ban Kinh tế của Quốc hội đã có Báo cáo thẩm tra số "
        "17/BC-UBKT15 về dự án Luật.\n\nCăn cứ Nghị định số 18/2025/NĐ-CP ngày 01/4/2025 của Chính phủ, Bộ Công "
        "Thương báo cáo như sau:\n\n1. Về phạm vi điều chỉnh\nGiữ như dự thảo.\n"
    )
    lb = {x["number"]: x for x in _extract(text)[1]}
    assert set(lb) == {"15/VPCP-KTTH", "18/2025/NĐ-CP"}


def test_blank_number_line_does_not_take_the_next_line_as_own_number():
    # the clerk's blank number shares its row with the date; the V/v line follows at once
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH AN PHÚ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "Số: | /UBND-XD | An Phú, ngày | tháng 7 năm 2026\n"
        "V/v triển khai Quyết định số 30/QĐ-BXD ngày 29/6/2026 của Bộ Xây dựng\n\n"
        "Kính gửi:\n- Các sở, ngành;\n- Công an tỉnh.\n\n"
        "Ngày 29/6/2026, Bộ trưởng Bộ Xây dựng ban hành Quyết định số 30/QĐ-BXD về giải pháp an toàn.\n\n"
        "Ủy ban nhân dân tỉnh yêu cầu các sở thực hiện như sau:\n\n1. Rà soát.\n"
    )
    lb = {x["number"]: x for x in _extract(text)[1]}
    assert lb["30/QĐ-BXD"]["issuer"] == "Bộ trưởng Bộ Xây dựng" and lb["30/QĐ-BXD"]["date"] == "2026-06-29"


def test_named_ground_amended_by_a_numbered_document_is_an_item_of_its_own():
    lb = _synth(
        "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam đã được sửa đổi, bổ sung một số điều theo "
        "Nghị quyết số 30/2025/QH15;\n"
        "Căn cứ Luật Tiếp công dân của Quốc hội đã được sửa đổi, bổ sung tại Nghị quyết số 31/2024/QH15 ngày "
        "23 tháng 6 năm 2024 của Quốc hội;\n"
        "Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15;"
    )
    assert lb["Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam"]["number"] is None
    # "của Quốc hội" after the name states who passed the law (its issuer), no part of the name
    assert lb["Luật Tiếp công dân"]["date"] is None and lb["Luật Tiếp công dân"]["issuer"] == "Quốc hội"
    assert lb["31/2024/QH15"]["date"] == "2024-06-23" and lb["31/2024/QH15"]["issuer"] == "Quốc hội"
    assert "30/2025/QH15" in lb and lb["64/2025/QH15"]["title"] == "Luật Ban hành văn bản quy phạm pháp luật"


def test_undated_named_rules_keep_their_of_phrase_in_the_name():
    lb = _synth(
        "Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh, Ban Thường vụ Tỉnh ủy khóa XV;\n"
        "Căn cứ Kế hoạch số 12/KH-UBND ngày 01/3/2025 của Ủy ban nhân dân tỉnh về chợ;"
    )
    item = lb["Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh, Ban Thường vụ Tỉnh ủy khóa XV"]
    assert item["issuer"] is None and item["date"] is None


def test_law_cited_through_an_article_inside_a_ground():
    lb = _synth(
        "Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;\n"
        "Căn cứ quy định tại điểm a khoản 7 Điều 40 Luật Quản lý thuế và khoản 1 Điều 21 Nghị định số "
        "78/2025/NĐ-CP ngày 01/4/2025 quy định chi tiết Điều 5 Luật Đầu tư công; Điều 12 Luật Đất đai;"
    )
    assert lb["Luật Quản lý thuế"]["number"] is None and lb["Luật Quản lý thuế"]["date"] is None
    assert lb["78/2025/NĐ-CP"]["date"] == "2025-04-01"
    assert "Luật Đầu tư công" not in lb  # named inside the decree's trích yếu
    laws = [k for k in lb if k and k.startswith("Luật Đất đai")]
    assert laws == ["Luật Đất đai"]  # the article reference repeats a law already cited


_TABLE_HEAD = """ỦY BAN NHÂN DÂN
XÃ AN BÌNH
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 40/KH-UBND
An Bình, ngày 05 tháng 3 năm 2026

KẾ HOẠCH
Kiểm tra an toàn thực phẩm năm 2026

I. CĂN CỨ XÂY DỰNG KẾ HOẠCH
STT | Văn bản | Cơ quan ban hành | Ngày ban hành
1 | Quyết định số 12/QĐ-UBND về an toàn thực phẩm | Ủy ban nhân dân tỉnh An Phú | 05/3/2025
2 | Công văn số 55/SYT-NV về kiểm tra | Sở Y tế | 06/3/2025
3 | Kế hoạch số 8/KH-UBND ngày 02/01/2026 của Ủy ban nhân dân xã | Ủy ban nhân dân huyện | Ghi chú

II. MỤC ĐÍCH
Bảo đảm an toàn.
"""


def test_issuer_and_date_in_cells_of_the_citation_row():
    lb = {x["number"]: x for x in _extract(_TABLE_HEAD)[1]}
    assert lb["12/QĐ-UBND"]["issuer"] == "Ủy ban nhân dân tỉnh An Phú" and lb["12/QĐ-UBND"]["date"] == "2025-03-05"
    assert lb["55/SYT-NV"]["issuer"] == "Sở Y tế" and lb["55/SYT-NV"]["date"] == "2025-03-06"
    # what the citation states itself stands
    assert lb["8/KH-UBND"]["issuer"] == "Ủy ban nhân dân xã" and lb["8/KH-UBND"]["date"] == "2026-01-02"


def test_sender_heading_a_listed_item_before_a_colon():
    lb = _synth(
        "Căn cứ Quyết định số 8/2025/QĐ-UBND ngày 01/3/2025 về quản lý chợ;\n"
        "Xét đề nghị của các đơn vị:\n- Công ty cổ phần Sông Đà Xanh: Văn bản số 12/CV-SĐX ngày 02/4/2026;\n"
        "- Hợp tác xã Đồng Tâm: Văn bản số 13/HTX ngày 03/4/2026;\n"
        "- Về an toàn: Văn bản số 14/SYT-NV ngày 04/4/2026;"
    )
    assert lb["12/CV-SĐX"]["issuer"] == "Công ty cổ phần Sông Đà Xanh"
    assert lb["13/HTX"]["issuer"] == "Hợp tác xã Đồng Tâm"
    assert lb["14/SYT-NV"]["issuer"] is None  # a topic, not a body


def test_listed_letter_without_number_is_an_item_with_its_sender():
    items_ = _extract(
        _SYNTH_HEAD + "Căn cứ Quyết định số 8/2025/QĐ-UBND ngày 01/3/2025 về quản lý chợ;\n\n"
        "Xét đề nghị của 03 đơn vị gồm: Công ty TNHH An Hòa tại Văn bản số 5/CV-AH ngày 21/4/2026; Công ty cổ "
        "phần Gỗ Miền Núi tại Văn bản năm 2026; Hợp tác xã Đồng Tâm tại Văn bản số 6/HTX ngày 22/4/2026.\n\n"
        "Căn cứ nội dung đã thống nhất tại cuộc họp;" + _SYNTH_TAIL
    )[1]
    bare = [x for x in items_ if x["number"] is None]
    assert bare == [{"doc_type": "Văn bản", "number": None, "date": None, "issuer": "Công ty cổ phần Gỗ Miền Núi", "title": None}]
    assert [x["number"] for x in items_] == ["8/2025/QĐ-UBND", "5/CV-AH", None, "6/HTX"]


def test_law_named_after_a_dated_law_and_va_is_a_sibling():
    lb = _synth(
        "Căn cứ Luật Xây dựng ngày 18 tháng 6 năm 2014 và Luật sửa đổi, bổ sung một số điều của Luật Xây dựng "
        "ngày 17 tháng 6 năm 2020;"
    )
    assert lb["Luật Xây dựng"]["date"] == "2014-06-18"
    assert lb["Luật sửa đổi, bổ sung một số điều của Luật Xây dựng"]["date"] == "2020-06-17"


def test_grounds_reflowed_into_a_capitalised_title_paragraph():
    # a converter that keeps no paragraph break: the title's line runs on into the grounds
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH AN PHÚ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 14/KH-UBND\nAn Phú, ngày 20 tháng 11 năm 2025\nKẾ HOẠCH\nPHÁT TRIỂN VĂN HÓA ĐỌC GIAI ĐOẠN 2026 - 2030 "
        "Thực hiện Kế hoạch số 12-KH/TU ngày 29/7/2025 của Ban Thường vụ Tỉnh ủy và Kế hoạch số 20/KH-UBND ngày "
        "14/8/2025 của UBND tỉnh, UBND tỉnh ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n"
        "1. Mục đích\n- Nâng cao văn hóa đọc.\n"
    )
    lb = {x["number"]: x for x in _extract(text)[1]}
    assert lb["12-KH/TU"]["issuer"] == "Ban Thường vụ Tỉnh ủy" and lb["12-KH/TU"]["date"] == "2025-07-29"
    assert lb["20/KH-UBND"]["date"] == "2025-08-14"


def test_grounds_read_where_the_header_was_lost_in_conversion():
    # no header block: the text opens with the grounds, which the segmenter takes for a header
    text = (
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;\n\n"
        "Căn cứ Nghị định số 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ về thủ tục hành chính;\n\n"
        "Theo đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số 107/TTr-STP ngày 17/11/2025.\n\n"
        "QUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Danh mục thủ tục hành chính.\n\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
    )
    lb = {x["number"] or x["title"]: x for x in _extract(text)[1]}
    assert set(lb) == {"Luật Tổ chức chính quyền địa phương", "45/2020/NĐ-CP", "107/TTr-STP"}
    assert lb["107/TTr-STP"]["issuer"] == "Giám đốc Sở Tư pháp"


def test_grounds_inside_a_header_run_into_one_line():
    text = (
        "Số: 17/KH-UBND Hồng Đức, ngày 08 tháng 3 năm 2022 KẾ HOẠCH Thực hiện Đề án học tập trên địa bàn xã "
        "Căn cứ Quyết định 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án; Công văn số "
        "3320/BGDĐT-GDTrX ngày 06/8/2021 của Bộ Giáo dục và Đào tạo. Ủy ban nhân dân xã xây dựng Kế hoạch như sau:\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n\n1. Mục đích\n\n- Xây dựng xã hội học tập.\n"
    )
    lb = {x["number"]: x for x in _extract(text)[1]}
    assert lb["1373/QĐ-TTg"]["issuer"] == "Thủ tướng Chính phủ"
    assert lb["3320/BGDĐT-GDTrX"]["issuer"] == "Bộ Giáo dục và Đào tạo"


def test_submission_considered_in_a_preamble_is_a_ground_not_history():
    lb = _synth(
        "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\n\n"
        "Sau khi xem xét Tờ trình số 21/TTr-UBND ngày 10/11/2025 của Ủy ban nhân dân tỉnh; Báo cáo thẩm tra số "
        "22/BC-HĐND ngày 12/11/2025 của Ban Pháp chế Hội đồng nhân dân tỉnh."
    )
    assert lb["21/TTr-UBND"]["issuer"] == "Ủy ban nhân dân tỉnh" and "22/BC-HĐND" in lb


def test_plan_enacted_to_carry_out_a_decision_rests_on_it():
    lb = _synth(
        "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\n\n"
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện Quyết định số 31/QĐ-TTg ngày 02/01/2025 của Thủ tướng "
        "Chính phủ như sau:"
    )
    assert lb["31/QĐ-TTg"]["issuer"] == "Thủ tướng Chính phủ"


def test_generic_plural_head_names_the_issuer_of_every_listed_type():
    lb = _synth(
        "Thực hiện các văn bản của Ủy ban nhân dân tỉnh: Kế hoạch số 41/KH-UBND ngày 02/3/2025 về chợ; "
        "Công văn số 42/UBND-KT ngày 03/3/2025 về siêu thị;\nCăn cứ Quyết định số 8/2025/QĐ-UBND ngày 01/3/2025 về quản lý chợ;"
    )
    assert lb["41/KH-UBND"]["issuer"] == lb["42/UBND-KT"]["issuer"] == "Ủy ban nhân dân tỉnh"
    assert lb["8/2025/QĐ-UBND"]["issuer"] is None


def test_senders_listed_one_a_line_without_semicolons():
    lb = _synth(
        "Căn cứ Quyết định số 8/2025/QĐ-UBND ngày 01/3/2025 về quản lý chợ;\n"
        "Xét đề nghị của các đơn vị:\n- Công ty TNHH Hoa Sen Bắc tại Văn bản số 11/CV-HSB ngày 02/4/2026\n"
        "- Hợp tác xã Nông nghiệp Đồng Tâm tại Văn bản số 7/ĐN-HTX ngày 03/4/2026\n"
    )
    assert lb["11/CV-HSB"]["issuer"] == "Công ty TNHH Hoa Sen Bắc"
    assert lb["7/ĐN-HTX"]["issuer"] == "Hợp tác xã Nông nghiệp Đồng Tâm"


def test_plural_type_heading_gives_its_bare_numbers_type_and_issuer():
    # the heading's type and issuer reach every bare "số …" under it, and the list never
    # continues the previous ground's citation
    lb = _synth(
        "Căn cứ Luật Thủy lợi số 08/2017/QH14;\n"
        "Căn cứ các Thông tư của Bộ Tài chính: số 51/2024/TT-BTC ngày 05/7/2024 hướng dẫn thu phí; "
        "số 52/2024/TT-BTC ngày 05/7/2024 về quản lý kinh phí;\n"
    )
    assert lb["51/2024/TT-BTC"]["doc_type"] == lb["52/2024/TT-BTC"]["doc_type"] == "Thông tư"
    assert lb["51/2024/TT-BTC"]["issuer"] == lb["52/2024/TT-BTC"]["issuer"] == "Bộ Tài chính"


def test_next_ground_after_a_comma_is_not_a_trich_yeu():
    lb = _synth(
        "Xét đề nghị của Giám đốc Sở Xây dựng tại Tờ trình số 31/TTr-SXD ngày 02/6/2025,\n"
        "Thực hiện Chỉ thị số 07/CT-TTg ngày 01/4/2025 của Thủ tướng Chính phủ về nhà ở xã hội;\n"
    )
    assert lb["31/TTr-SXD"]["title"] is None
    assert lb["07/CT-TTg"]["title"] == "về nhà ở xã hội"


def test_issuer_ends_where_a_trich_yeu_opens_with_its_verb():
    lb = _synth(
        "Căn cứ Quyết định số 245/QĐ-UBND ngày 01/7/2025 của Ủy ban nhân dân tỉnh Hà Giang tiếp nhận nguyên trạng "
        "Trung tâm Khuyến nông;\nCăn cứ Quyết định số 12/QĐ-UBND ngày 02/7/2025 của Ủy ban nhân dân tỉnh ủy quyền "
        "cho Sở Tài chính;\n"
    )
    assert lb["245/QĐ-UBND"]["issuer"] == "Ủy ban nhân dân tỉnh Hà Giang"
    assert lb["12/QĐ-UBND"]["issuer"] == "Ủy ban nhân dân tỉnh"


def test_narrated_ground_on_the_line_after_kinh_gui_is_its_own_paragraph():
    from pipeline.extractor import extract_text

    text = (
        "BỘ Y TẾ\nSố: 12/BYT-KCB\nV/v triển khai quy định mới\nHà Nội, ngày 20 tháng 11 năm 2025\n"
        "     Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương\n"
        "     Ngày 09 tháng 6 năm 2025, Chính phủ ban hành Nghị định số 119/2025/NĐ-CP sửa đổi\n"
        "Nghị định số 06/2022/NĐ-CP. Để triển khai, Bộ Y tế đề nghị:\n1. Ủy ban nhân dân các tỉnh chỉ đạo thực hiện.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nTrần Văn Thuấn\n"
    )
    r = extract_text(text)
    assert r.recipients == ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]
    assert [b.number for b in r.legal_bases][:1] == ["119/2025/NĐ-CP"]


def test_senders_listed_with_commas_each_before_tai():
    # a letter sums up several bodies' opinions in one sentence, one "<body> tại văn bản số …"
    # per comma; each letter's issuer is the body right before its "tại"
    lb = _synth(
        "Theo đề nghị của Ủy ban nhân dân tỉnh Hà An tại văn bản số 210/TTr-UBND ngày 04/3/2026, "
        "Bộ Xây dựng tại văn bản số 88/BXD-KHTC ngày 12/02/2026, ý kiến của Bộ Tài chính tại văn bản số "
        "1503/BTC-NSNN ngày 20/01/2026, Bộ Văn hóa, Thể thao và Du lịch tại văn bản số 77/BVHTTDL-KHTC "
        "ngày 15/01/2026 về chủ trương đầu tư;\n"
    )
    assert [lb[n]["issuer"] for n in ("210/TTr-UBND", "88/BXD-KHTC", "1503/BTC-NSNN", "77/BVHTTDL-KHTC")] == [
        "Ủy ban nhân dân tỉnh Hà An", "Bộ Xây dựng", "Bộ Tài chính", "Bộ Văn hóa, Thể thao và Du lịch",
    ]


def test_sequences_listed_before_a_number_share_its_symbol():
    # "số 5, 6 và 7/QĐ-UBND": three decisions under one symbol, each an item; the date and
    # issuer stated after the last are theirs too
    doc, lb, prov = _extract(
        _SYNTH_HEAD + "Căn cứ Quyết định số 210/QĐ-TTg ngày 02/02/2024 của Thủ tướng Chính phủ;\n"
        "Căn cứ các Quyết định số 5, 6 và 7/QĐ-UBND ngày 10/01/2026 của Ủy ban nhân dân tỉnh về giao chỉ tiêu;\n"
        "Căn cứ Bảng số 3, 4 chi tiết kèm theo;\n" + _SYNTH_TAIL
    )
    got = [(x["number"], x["doc_type"], x["date"], x["issuer"]) for x in lb]
    assert got == [
        ("210/QĐ-TTg", "Quyết định", "2024-02-02", "Thủ tướng Chính phủ"),
        ("5/QĐ-UBND", "Quyết định", "2026-01-10", "Ủy ban nhân dân tỉnh"),
        ("6/QĐ-UBND", "Quyết định", "2026-01-10", "Ủy ban nhân dân tỉnh"),
        ("7/QĐ-UBND", "Quyết định", "2026-01-10", "Ủy ban nhân dân tỉnh"),
    ]
    # the provenance of a shared-symbol item is its own sequence
    span = prov.spans["legal_bases[2].number"]
    assert doc.text[span.start : span.end] == "6"


def test_body_of_the_parties_to_an_instrument_keeps_the_instruments_name():
    # "tham gia" joins the parties to the instrument they are parties to, and the instrument's
    # name goes on with its subject ("về …"): no predicate, no trích yếu
    lb = _synth(
        "Căn cứ Nghị quyết số 3/CMP5 của Hội nghị các Bên tham gia Nghị định thư Kyoto về cắt giảm khí thải;\n"
        "Căn cứ Công văn số 77/BTC-CST ngày 02/02/2026 của Bộ Tài chính tham gia ý kiến về dự thảo;\n"
    )
    assert lb["3/CMP5"]["issuer"] == "Hội nghị các Bên tham gia Nghị định thư Kyoto về cắt giảm khí thải"
    assert lb["77/BTC-CST"]["issuer"] == "Bộ Tài chính"


def test_number_in_a_trich_yeu_run_onto_the_number_line_is_a_ground():
    # a Party letter's "Số … -CV/…" with a spaced dash and its trích yếu on the same line: the
    # document cited in that trích yếu is a ground, not the letter's own number
    from pipeline.extractor import extract_text

    text = (
        "ĐẢNG BỘ TỈNH HÀ AN\nĐẢNG ỦY CÁC CƠ QUAN TỈNH\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nHà An, ngày 07 tháng 3 năm 2026\n\n"
        "Số 318 -CV/ĐU về việc thực hiện Kế hoạch số 52-KH/TU ngày 20/02/2026 của Tỉnh ủy Hà An\n\n"
        "Kính gửi: Các chi bộ trực thuộc.\n\n"
        "Thực hiện Kế hoạch số 52-KH/TU ngày 20/02/2026 của Tỉnh ủy Hà An về chuyển đổi số trong các cơ quan "
        "đảng, Ban Thường vụ Đảng ủy đề nghị các chi bộ triển khai một số việc như sau:\n"
        "1. Quán triệt nội dung Kế hoạch.\n\nNơi nhận:\n- Như trên;\n- Lưu VP.\n\nT/M ĐẢNG ỦY\nBÍ THƯ\n\nLê Văn Hải\n"
    )
    r = extract_text(text)
    assert r.number is not None and r.number.raw == "318-CV/ĐU"
    assert [(b.number, b.issuer) for b in r.legal_bases] == [("52-KH/TU", "Tỉnh ủy Hà An")]


def test_number_with_a_space_beside_its_slash_is_read_whole():
    # OCR and typists leave a space before or after the slash; the symbol still opens with a
    # capital, so the number is one (spaces dropped), not a truncated "49-CT"
    lb = _synth(
        "Căn cứ Chỉ thị số 49-CT /TW ngày 28/6/2025 của Ban Bí thư về công tác đối ngoại;\n"
        "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 72/TTr-SNV ngày 28/4/2026 và Văn bản số 3374/ SNV-\n"
        "CCVC ngày 21/5/2026.\n"
    )
    assert list(lb) == ["49-CT/TW", "72/TTr-SNV", "3374/SNV-CCVC"]
    assert lb["3374/SNV-CCVC"]["date"] == "2026-05-21"


def test_narrated_ground_after_a_comma_and_a_written_out_date():
    # a letter tells its grounds as history: the date written out ("Ngày 05 tháng 3 năm 2026,")
    # is the cited document's, and a second narration may follow a comma inside the sentence,
    # its date without a comma before the subject
    from pipeline.extractor import extract_text

    text = (
        "BỘ XÂY DỰNG\nSố: 41/BXD-QLN\nV/v triển khai các quy định mới về nhà ở\n"
        "Hà Nội, ngày 20 tháng 4 năm 2026\n\nKính gửi: Ủy ban nhân dân các tỉnh, thành phố\n\n"
        "Ngày 05 tháng 3 năm 2026, Chính phủ ban hành Nghị định số 31/2026/NĐ-CP quy định chi tiết một số điều "
        "của Luật Nhà ở. Để hướng dẫn Nghị định số 31/2026/NĐ-CP của Chính phủ, ngày 02 tháng 4 năm 2026 "
        "Bộ trưởng Bộ Xây dựng đã ban hành Thông tư số 09/2026/TT-BXD hướng dẫn về nhà ở xã hội.\n"
        "Để triển khai kịp thời, Bộ Xây dựng đề nghị Ủy ban nhân dân các tỉnh chỉ đạo thực hiện.\n\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nTrần Văn Minh\n"
    )
    got = {b.number: (b.date, b.issuer) for b in extract_text(text).legal_bases}
    assert got["31/2026/NĐ-CP"] == ("2026-03-05", "Chính phủ")
    assert got["09/2026/TT-BXD"] == ("2026-04-02", "Bộ trưởng Bộ Xây dựng")


def test_date_that_opens_the_next_narration_is_not_the_issuers():
    lb = _synth(
        "Thực hiện Nghị định số 31/2026/NĐ-CP của Chính phủ, ngày 02 tháng 4 năm 2026 Bộ trưởng Bộ Xây dựng "
        "đã ban hành Thông tư số 09/2026/TT-BXD hướng dẫn về nhà ở xã hội;\n"
    )
    assert lb["31/2026/NĐ-CP"]["date"] is None
    assert lb["09/2026/TT-BXD"]["date"] == "2026-04-02"


def test_documents_joined_inside_a_trich_yeu_share_the_issuer_after_them():
    lb = _synth(
        "Căn cứ Nghị định số 44/2024/NĐ-CP của Chính phủ quy định về phí trước bạ được sửa đổi bởi "
        "Nghị định số 12/2025/NĐ-CP và Nghị định số 98/2025/NĐ-CP của Chính phủ;\n"
    )
    assert [lb[n]["issuer"] for n in ("44/2024/NĐ-CP", "12/2025/NĐ-CP", "98/2025/NĐ-CP")] == ["Chính phủ"] * 3


def test_list_headed_by_a_narrated_sentence_takes_its_subject_as_issuer():
    # a letter tells that a body issued "các Thông tư …" and lists them after a colon
    from pipeline.extractor import extract_text

    text = (
        "SỞ XÂY DỰNG TỈNH HÀ AN\nSố: 88/SXD-QLXD\nV/v phổ biến văn bản mới\nHà An, ngày 20 tháng 4 năm 2026\n\n"
        "Kính gửi: Ủy ban nhân dân các xã, phường\n\n"
        "Bộ Xây dựng đã ban hành các Thông tư hướng dẫn về quản lý chất lượng công trình, cụ thể:\n"
        "- Thông tư số 05/2026/TT-BXD ngày 10/3/2026 về quản lý chất lượng;\n"
        "- Thông tư số 06/2026/TT-BXD ngày 12/3/2026 về bảo trì công trình.\n"
        "Để triển khai kịp thời, Sở Xây dựng đề nghị Ủy ban nhân dân các xã, phường tổ chức thực hiện.\n\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nTrần Văn Minh\n"
    )
    got = {b.number: b.issuer for b in extract_text(text).legal_bases}
    assert got == {"05/2026/TT-BXD": "Bộ Xây dựng", "06/2026/TT-BXD": "Bộ Xây dựng"}


def test_citation_inside_a_quoted_provision_is_not_a_ground():
    # a letter quotes another document's provision after a colon; what that provision cites is
    # the quoted document's ground, not the letter's; a name quoted without a colon still is one
    from pipeline.extractor import extract_text

    text = (
        "BỘ Y TẾ\nSố: 12/BYT-KCB\nV/v triển khai quy định mới\nHà Nội, ngày 20 tháng 4 năm 2026\n\n"
        "Kính gửi: Sở Y tế các tỉnh, thành phố\n\n"
        "Ngày 02 tháng 3 năm 2026, Bộ Y tế ban hành Thông tư số 07/2026/TT-BYT về khám bệnh từ xa, cụ thể:\n"
        "- Khoản 2 Điều 3 của Thông tư số 07/2026/TT-BYT quy định: “Sở Y tế cấp phép theo quy định tại "
        "Điều 12 Nghị định số 96/2023/NĐ-CP của Chính phủ”.\n"
        "Bộ Y tế đề nghị Sở Y tế các tỉnh tổ chức thực hiện.\n\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nTrần Văn Thuấn\n"
    )
    assert [b.number for b in extract_text(text).legal_bases] == ["07/2026/TT-BYT"]


def test_document_a_text_is_attached_to_is_not_its_ground():
    # an annex whose header was lost: "(Kèm theo Quyết định số …)" under its title names the
    # decision it is attached to; "Quy chế ban hành kèm theo Quyết định số …" in a ground cites it
    text = (
        "KẾ HOẠCH QUỐC GIA\nPhòng chống thiên tai giai đoạn 2026 - 2030\n"
        "(Kèm theo Quyết định số 845/QĐ-TTg\nngày 12 tháng 5 năm 2026 của Thủ tướng Chính phủ)\n\n"
        "Thực hiện Luật Phòng, chống thiên tai số 33/2013/QH13 ngày 19 tháng 6 năm 2013;\n"
        "Căn cứ Quy chế ban hành kèm theo Quyết định số 17/QĐ-BNN ngày 05/01/2026 của Bộ trưởng Bộ Nông nghiệp;\n\n"
        "I. MỤC TIÊU\nGiảm thiệt hại do thiên tai.\n"
    )
    assert [x["number"] for x in _extract(text)[1]] == ["33/2013/QH13", "17/QĐ-BNN"]


def test_ocr_damage_to_a_citation_is_repaired_or_left_out():
    # what OCR typically does to a citation: "Đ" read as the look-alike "Ð", "ngày" without its
    # accents, a figure of the sequence read as a letter ("l" for 1, "O" for 0); the number,
    # date and issuer are still read — none comes out as a junk value
    lb = _synth(
        "Căn cứ Quyết định số 1234/QÐ-UBND ngày 05/01/2025 của UBND tỉnh;\n"
        "Căn cứ Nghị định sô 30/2020/NĐ-CP ngay 05/3/2020 của Chính phủ về công tác văn thư;\n"
        "Căn cứ Thông tư số l5/2025/TT-BTC ngày 10/3/2025 của Bộ Tài chính;\n"
        "Căn cứ Quyết định số 5O/QĐ-UBND ngàv 02/02/2026 của UBND tỉnh;\n"
        "Căn cứ Quyết định số 31/QĐ-UBND ngày 05/3/2025 cùa UBND tỉnh;\n"
        "Căn cứ Quyết định số 33/QĐ-UBND ngày 05 thảng 3 nam 2025 cúa Ủy ban nhân dân tỉnh;\n"
    )
    assert [(n, x["date"], x["issuer"]) for n, x in lb.items()] == [
        ("1234/QĐ-UBND", "2025-01-05", "Ủy ban nhân dân tỉnh"),
        ("30/2020/NĐ-CP", "2020-03-05", "Chính phủ"),
        ("15/2025/TT-BTC", "2025-03-10", "Bộ Tài chính"),
        ("50/QĐ-UBND", "2026-02-02", "Ủy ban nhân dân tỉnh"),
        ("31/QĐ-UBND", "2025-03-05", "Ủy ban nhân dân tỉnh"),  # "của" with its marks damaged
        ("33/QĐ-UBND", "2025-03-05", "Ủy ban nhân dân tỉnh"),  # "tháng", "năm" likewise
    ]


def test_sender_named_with_an_honorific_and_a_conclusion_notices_trich_yeu():
    lb = _synth(
        "Căn cứ ý kiến chỉ đạo của đồng chí Phó Chủ tịch UBND tỉnh Trần Văn Hòa tại Văn bản số 55/UBND-VX "
        "ngày 06/3/2026;\n"
        "Thực hiện ý kiến chỉ đạo của đ/c Chủ tịch UBND tỉnh tại Công văn số 56/UBND-VX ngày 07/3/2026;\n"
        "Thực hiện Thông báo số 45/TB-UBND ngày 09/3/2026 của UBND tỉnh kết luận của đồng chí Chủ tịch UBND tỉnh "
        "tại buổi làm việc;\n"
    )
    assert lb["55/UBND-VX"]["issuer"] == "Phó Chủ tịch Ủy ban nhân dân tỉnh"
    assert lb["56/UBND-VX"]["issuer"] == "Chủ tịch Ủy ban nhân dân tỉnh"
    assert lb["45/TB-UBND"]["issuer"] == "Ủy ban nhân dân tỉnh"
    assert lb["45/TB-UBND"]["title"].startswith("kết luận của")


def test_issuer_between_type_and_number_and_an_expansion_that_repeats_the_text():
    lb = _synth(
        "Căn cứ Thông tư của Bộ Tài chính số 12/2025/TT-BTC ngày 05/3/2025 hướng dẫn quản lý kinh phí;\n"
        "Căn cứ Quyết định số 110/QĐ-TTg ngày 13/3/2026 của TTg Chính phủ;\n"
    )
    assert lb["12/2025/TT-BTC"]["issuer"] == "Bộ Tài chính"
    assert lb["110/QĐ-TTg"]["issuer"] == "Thủ tướng Chính phủ"


def test_number_broken_at_its_slash_by_a_line_break():
    lb = _synth(
        "Căn cứ Nghị định số 12/2025/\nNĐ-CP ngày 05/3/2025 của Chính phủ;\n"
        "Căn cứ Kế hoạch số 45/\nKH-UBND ngày 05/3/2025 của UBND tỉnh;\n"
        "Căn cứ Công văn số 46\n/UBND-VX ngày 05/3/2025 của UBND tỉnh;\n"
    )
    assert list(lb) == ["12/2025/NĐ-CP", "45/KH-UBND", "46/UBND-VX"]



def test_known_central_body_whose_name_holds_ve_and_commas_is_kept_whole():
    # a steering committee's whole name holds "về" and commas (a closed public list, data in
    # citations.toml [issuer] known_names); another board's single "về" still opens the trích yếu
    lb = _synth(
        "Căn cứ Chương trình số 05-CTr/BCĐ ngày 20/12/2025 của Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, "
        "lãng phí, tiêu cực;\n"
        "Căn cứ Kế hoạch số 06/KH-BCĐ ngày 21/12/2025 của Ban Chỉ đạo tỉnh về triển khai thi đua;\n"
    )
    assert lb["05-CTr/BCĐ"]["issuer"] == "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực"
    assert (lb["06/KH-BCĐ"]["issuer"], lb["06/KH-BCĐ"]["title"]) == ("Ban Chỉ đạo tỉnh", "về triển khai thi đua")


def test_plural_head_names_the_issuer_of_numbers_listed_in_parentheses():
    # "Các Nghị định của Chính phủ quy định … Luật X (Số …, số …)"; a ';' clause that goes on
    # with "các Quyết định của …" without an opener; the number after a law's name in brackets
    # is a decree's (its symbol), not that law's
    lb = _synth(
        "Căn cứ Các Nghị định của Chính phủ quy định chi tiết thi hành Luật Đường bộ (Số 11/2025/NĐ-CP "
        "ngày 07/5/2025, số 12/2025/NĐ-CP ngày 12/8/2025 sửa đổi Nghị định số 11/2025/NĐ-CP);\n"
        "Căn cứ Quyết định số 991/QĐ-TTg ngày 16/9/2024 của Thủ tướng Chính phủ phê duyệt Quy hoạch mạng lưới "
        "đường bộ; các Quyết định của Bộ trưởng Bộ Xây dựng phê duyệt điều chỉnh Quy hoạch (Số 1226/QĐ-BXD "
        "ngày 29/4/2025 và số 2657/QĐ-BXD ngày 29/7/2025);\n"
    )
    assert [(n, x["doc_type"], x["issuer"]) for n, x in lb.items()] == [
        ("11/2025/NĐ-CP", "Nghị định", "Chính phủ"),
        ("12/2025/NĐ-CP", "Nghị định", "Chính phủ"),
        ("991/QĐ-TTg", "Quyết định", "Thủ tướng Chính phủ"),
        ("1226/QĐ-BXD", "Quyết định", "Bộ trưởng Bộ Xây dựng"),
        ("2657/QĐ-BXD", "Quyết định", "Bộ trưởng Bộ Xây dựng"),
    ]


def test_narrated_subject_whose_name_holds_commas():
    from pipeline.extractor import extract_text

    text = (
        "SỞ DU LỊCH TỈNH HÀ AN\nSố: 41/SDL-QLDL\nV/v triển khai văn bản mới\nHà An, ngày 20 tháng 4 năm 2026\n\n"
        "Kính gửi: Các doanh nghiệp lữ hành\n\n"
        "Ngày 02/4/2026, Bộ Văn hóa, Thể thao và Du lịch đã có văn bản số 1501/BVHTTDL-TCDL hướng dẫn phục hồi "
        "du lịch. Sở Du lịch đề nghị các doanh nghiệp thực hiện.\n\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nTrần Văn Minh\n"
    )
    got = {b.number: (b.date, b.issuer) for b in extract_text(text).legal_bases}
    assert got == {"1501/BVHTTDL-TCDL": ("2026-04-02", "Bộ Văn hóa, Thể thao và Du lịch")}


def test_law_cited_with_the_year_it_was_passed():
    lb = _synth("Căn cứ Luật Thủy lợi năm 2017;\nCăn cứ Luật Đê điều năm 2006 và Luật Lâm nghiệp năm 2017;\n")
    assert [(x["title"], x["date"]) for x in lb.values()] == [
        ("Luật Thủy lợi", None), ("Luật Đê điều", None), ("Luật Lâm nghiệp", None),
    ]


def test_law_cited_by_its_article_after_its_number_is_one_item():
    lb = _synth(
        "Căn cứ khoản 2 Điều 15 Luật Thủ đô số 39/2024/QH15;\n"
        "Xét Tờ trình số 12/TTr-UBND ngày 02/3/2026 của Ủy ban nhân dân Thành phố đề nghị ban hành Nghị quyết "
        "về cơ chế đặc thù (Thực hiện khoản 2 Điều 15 Luật Thủ đô); Báo cáo thẩm tra số 15/BC-BPC ngày 05/3/2026 "
        "của Ban Pháp chế;\n"
    )
    assert list(lb) == ["39/2024/QH15", "12/TTr-UBND", "15/BC-BPC"]


def test_consolidated_texts_grounds_after_its_numbered_amendment_note():
    # a consolidated text: the note lists the amending documents as "1. …", "2. …", and the
    # "Căn cứ" lines follow them up to "Chương I"; a numbered line does not end the grounds
    text = (
        "BỘ XÂY DỰNG\n\nSố: 05/VBHN-BXD\n\nHà Nội, ngày 10 tháng 3 năm 2026\n\nTHÔNG TƯ\n\n"
        "QUY ĐỊNH VỀ QUẢN LÝ CHẤT LƯỢNG CÔNG TRÌNH\n\n"
        "Thông tư số 10/2025/TT-BXD ngày 01 tháng 02 năm 2025 của Bộ trưởng Bộ Xây dựng quy định về quản lý "
        "chất lượng công trình, có hiệu lực kể từ ngày 01 tháng 3 năm 2025, được sửa đổi, bổ sung bởi:\n\n"
        "1. Thông tư số 20/2025/TT-BXD ngày 13 tháng 6 năm 2025 của Bộ trưởng Bộ Xây dựng sửa đổi Điều 3 "
        "Thông tư số 10/2025/TT-BXD, có hiệu lực kể từ ngày 01 tháng 8 năm 2025.\n\n"
        "*Căn cứ Luật Xây dựng ngày 18 tháng 6 năm 2014;*\n\n"
        "*Căn cứ Nghị định số 52/2022/NĐ-CP ngày 08 tháng 8 năm 2022 của Chính phủ quy định chức năng, "
        "nhiệm vụ của Bộ Xây dựng;*\n\n"
        "*Bộ trưởng Bộ Xây dựng ban hành Thông tư quy định về quản lý chất lượng công trình.*\n\n"
        "**Chương I**\n\n**QUY ĐỊNH CHUNG**\n\n**Điều 1. Phạm vi điều chỉnh**\n\nThông tư này quy định về chất lượng.\n"
    )
    got = [x["number"] or x["title"] for x in _extract(text)[1]]
    assert got == ["10/2025/TT-BXD", "20/2025/TT-BXD", "Luật Xây dựng", "52/2022/NĐ-CP"]


def test_bare_citation_before_a_semicolon_shares_the_issuer_of_the_same_type_after_it():
    lb = _synth(
        "Căn cứ Nghị quyết số 2/CMP3; Nghị quyết số 4, 5/CMP4 của Hội nghị các Bên tham gia Nghị định thư Kyoto;\n"
        "Căn cứ Quyết định số 12/QĐ-UBND; Kế hoạch số 13/KH-UBND ngày 02/3/2026 của Ủy ban nhân dân tỉnh;\n"
    )
    parties = "Hội nghị các Bên tham gia Nghị định thư Kyoto"
    assert [lb[n]["issuer"] for n in ("2/CMP3", "4/CMP4", "5/CMP4")] == [parties] * 3
    assert lb["12/QĐ-UBND"]["issuer"] is None  # another type: not the same list


def test_letters_body_with_a_reference_wrapped_to_a_line_start_adds_no_grounds():
    # a công văn's grounds end at "… như sau:"; its body cites laws in passing ("theo quy định
    # tại …"), and a wrapped reference that begins a line ("Điều 61 Luật …") is no article
    # heading the preamble could run on to
    text = (
        "ỦY BAN NHÂN DÂN TỈNH A\nSỞ XÂY DỰNG\n\nSố: 210/SXD-QLN\nV/v thực hiện quy định về nhà ở\n\n"
        "Tỉnh A, ngày 04 tháng 5 năm 2026\n\nKính gửi: Công ty cổ phần Phát triển nhà B\n\n"
        "Thực hiện Công văn số 88/UBND-KT ngày 20/4/2026 của Ủy ban nhân dân tỉnh A, Sở Xây dựng đề nghị "
        "Công ty thực hiện các nội dung như sau:\n"
        "1. Hoàn thiện hồ sơ dự án\n"
        "- Theo quy định tại khoản 1 Điều 12 Nghị định số 95/2024/NĐ-CP ngày 24/7/2024, Công ty lập hồ\n"
        "sơ đề nghị chấp thuận theo quy định tại khoản 2\n"
        "Điều 61 Luật Nhà ở và khoản 3 Điều 18 Nghị định số 95/2024/NĐ-CP.\n"
        "- Báo cáo kết quả về Sở Xây dựng trước ngày 30/6/2026.\n\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nTrần Văn C\n"
    )
    got = [x["number"] or x["title"] for x in _extract(text)[1]]
    assert got == ["88/UBND-KT"]


def test_party_number_with_its_dash_set_apart() -> None:
    # a Party number's dash apart from its sequence ("Kế hoạch số 18 -KH/ĐU"), as a PDF's text
    # layer leaves it: the number whole, its spaces out
    from pipeline.extract.legal_bases import NUMBER

    m = NUMBER.search("- Căn cứ Kế hoạch số 18 -KH/ĐU, ngày 10/10/2031 của Ban Thường vụ Đảng ủy về …")
    assert m is not None and m.group() == "18 -KH/ĐU"
    # a range of years is no number
    assert NUMBER.search("giai đoạn 2026 -2030 và tầm nhìn") is None


def test_a_party_style_cited_number_glued_or_with_a_letter_after_its_sequence():
    # "Kế hoạch số 541aKH/TWĐTNBTG" (a converter dropped the dash; the sequence's letter marks
    # a number issued between two) and "541a-KH/TWĐTN-BTG": each the number as printed
    for num in ("541aKH/TWĐTNBTG", "541a-KH/TWĐTN-BTG"):
        lb = _synth(f"Thực hiện Kế hoạch số {num} ngày 27/6/2022 của Ban Bí thư Trung ương Đoàn về tổ chức các "
                    "hoạt động triển khai Dự án truyền thông;\n")
        assert lb[num]["date"] == "2022-06-27" and lb[num]["issuer"] == "Ban Bí thư Trung ương Đoàn"


def test_a_law_then_another_kind_after_a_comma_are_two_grounds():
    # "Luật Phòng, chống …, Chiến lược quốc gia về …": a law's name goes on after a comma in small
    # letters only; a capitalised kind after one starts the next ground ("Chiến lược" a kind cited
    # by name); the laws an amending law names after its "của" stay its name
    lb = _synth("Thực hiện Luật Phòng, chống tác hại của thuốc lá, Chiến lược quốc gia về phòng, chống tác hại "
                "của thuốc lá;\n")
    assert [(k, v["doc_type"]) for k, v in lb.items()] == [
        ("Luật Phòng, chống tác hại của thuốc lá", "Luật"),
        ("Chiến lược quốc gia về phòng, chống tác hại của thuốc lá", "Chiến lược")]
    lb = _synth("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Đầu tư, Luật Doanh nghiệp ngày 11 tháng 1 năm 2022;\n")
    assert list(lb) == ["Luật sửa đổi, bổ sung một số điều của Luật Đầu tư, Luật Doanh nghiệp"]
