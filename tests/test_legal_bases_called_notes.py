"""Grounds a document lists in a note: a preamble or narrated ground calls a note ("… đã ban
hành nhiều văn bản[1] chỉ đạo …") and the note, under the signature, lists the documents. The
call's mark is dropped in normalization; the model keeps where it stood."""

from __future__ import annotations

from corpus_files import segment_text

from pipeline.extract.legal_bases import extract_legal_bases
from pipeline.normalize import normalize
from pipeline.provenance import Prov

HEAD = (
    "THỦ TƯỚNG CHÍNH PHỦ\n\nSố: 41/CĐ-TTg\n\nHà Nội, ngày 02 tháng 3 năm 2031\n\n"
    "CÔNG ĐIỆN\n\nVề việc bảo đảm nguồn nước mùa khô\n\n"
    "THỦ TƯỚNG CHÍNH PHỦ điện:\n- Bộ trưởng các Bộ: Nông nghiệp và Môi trường, Công Thương;\n"
    "- Chủ tịch Ủy ban nhân dân các tỉnh.\n\n"
)
CLOSING = (
    "\nNơi nhận:\n- Như trên;\n- Lưu: VT, NN.\n\nTHỦ TƯỚNG\n\nLê Văn Bình\n\n"
)


def _numbers(text: str) -> list[str | None]:
    return [x["number"] for x in extract_legal_bases(segment_text(text), Prov())]


def test_a_ground_that_calls_a_note_takes_the_documents_the_note_lists():
    text = HEAD + (
        "Thời gian qua, Thủ tướng Chính phủ đã ban hành Chỉ thị số 07/CT-TTg ngày 10/01/2031 và "
        "nhiều văn bản[1] chỉ đạo các bộ, địa phương chủ động ứng phó. Để bảo đảm nguồn nước, Thủ "
        "tướng Chính phủ yêu cầu:\n\n1. Bộ Nông nghiệp và Môi trường theo dõi chặt chẽ nguồn nước.\n"
    ) + CLOSING + (
        "[1] Công điện số 12/CĐ-TTg ngày 15/01/2031; các văn bản số: 301/VPCP-NN ngày\n"
        "20/01/2031, 455/VPCP-NN ngày 03/02/2031 của Văn phòng Chính phủ.\n"
        "Công điện 41/CĐ-TTg năm 2031 về việc bảo đảm nguồn nước mùa khô do Thủ tướng Chính phủ điện\n"
    )
    lb = extract_legal_bases(segment_text(text), Prov())
    assert [x["number"] for x in lb] == ["07/CT-TTg", "12/CĐ-TTg", "301/VPCP-NN", "455/VPCP-NN"]
    assert lb[1]["date"] == "2031-01-15" and lb[3]["issuer"] == "Văn phòng Chính phủ"


def test_the_call_is_where_its_mark_stood_in_the_input():
    norm = normalize("Đã ban hành nhiều văn bản[2] chỉ đạo.\n\n[2] Công văn số 5/UBND-VP.\n")
    [(pos, label)] = norm.note_calls()
    assert label == "2" and norm.text[:pos].endswith("văn bản") and "[2]" not in norm.text[:pos + 3]


def test_a_note_called_from_the_body_or_for_papers_that_carry_a_ground_out_is_no_ground():
    body_call = HEAD + (
        "Thủ tướng Chính phủ yêu cầu:\n\n1. Bộ Nông nghiệp và Môi trường rà soát các công trình "
        "thủy lợi[1], báo cáo trước ngày 30/3/2031.\n"
    ) + CLOSING + "[1] Theo Quyết định số 88/QĐ-BNNMT ngày 05/01/2031.\n"
    assert "88/QĐ-BNNMT" not in _numbers(body_call)
    carried_out = HEAD + (
        "Sau 5 năm thực hiện Chỉ thị số 07/CT-TTg ngày 10/01/2026, các bộ, địa phương đã ban hành "
        "nhiều chương trình, kế hoạch[1] để triển khai đến cơ sở. Để bảo đảm nguồn nước, Thủ tướng "
        "Chính phủ yêu cầu:\n\n1. Bộ Công Thương điều tiết nguồn điện.\n"
    ) + CLOSING + "[1] Kế hoạch số 20/KH-UBND ngày 12/3/2026 của Ủy ban nhân dân tỉnh A.\n"
    got = _numbers(carried_out)
    assert "07/CT-TTg" in got and "20/KH-UBND" not in got


def test_a_note_called_on_facts_is_no_ground_even_where_it_names_a_paper():
    # "… đã triển khai các nhiệm vụ được giao[1]": the note tells what the bodies did ("… ban hành
    # Quyết định số …"), no ground; a call at the end of a citation details that paper
    text = HEAD + (
        "Thực hiện Nghị quyết số 66/NQ-CP ngày 26/3/2031 của Chính phủ, các bộ đã tập trung triển khai "
        "các nhiệm vụ được giao[1]. Để hoàn thành chương trình, Thủ tướng Chính phủ yêu cầu:\n\n"
        "1. Bộ Tài chính hoàn thành phương án cắt giảm thủ tục.\n"
    ) + CLOSING + (
        "[1] 07 Bộ đã ban hành Quyết định phê duyệt phương án (Ngân hàng Nhà nước ban hành Quyết định "
        "số 3539/QĐ-NHNN bổ sung phương án).\n"
    )
    assert _numbers(text) == ["66/NQ-CP"]
