"""A flattened document (its lines joined by spaces) gets its line breaks back and its record."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extractor import extract_text
from pipeline.reline import reline

FLAT = (
    "UBND TỈNH LÂM ĐỒNG SỞ Y TẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự do – Hạnh phúc "
    "Số: 215/KH-SYT Lâm Đồng, ngày 08 tháng 4 năm 2025 KẾ HOẠCH Triển khai chiến dịch tiêm chủng "
    "vắc xin sởi năm 2025 Căn cứ Quyết định số 1234/QĐ-BYT ngày 20/3/2025 của Bộ Y tế về việc phê "
    "duyệt Kế hoạch tiêm vắc xin sởi; Thực hiện Công văn số 567/UBND-VX ngày 01/4/2025 của UBND tỉnh "
    "Lâm Đồng về việc triển khai tiêm chủng, Sở Y tế xây dựng Kế hoạch như sau: I. MỤC TIÊU 1. Mục "
    "tiêu chung: Chủ động phòng chống dịch sởi. II. THỜI GIAN: từ ngày 15/4/2025 đến ngày 30/5/2025. "
    "III. TỔ CHỨC THỰC HIỆN 1. Trung tâm Kiểm soát bệnh tật tỉnh: chủ trì tổ chức chiến dịch; báo cáo "
    "kết quả trước ngày 10/6/2025. 2. Bệnh viện Đa khoa tỉnh: bố trí đội cấp cứu lưu động. 3. Trung "
    "tâm Y tế các huyện, thành phố: tổ chức tiêm chủng tại địa phương. Nơi nhận: - Bộ Y tế (b/c); - "
    "UBND tỉnh (b/c); - Như mục III; - Lưu: VT, NVY. KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Trần Minh Tâm\n"
)


def test_flattened_plan_reads_like_its_printed_twin() -> None:
    r = extract_text(FLAT)
    assert (r.number.raw, r.place, r.date.iso) == ("215/KH-SYT", "Lâm Đồng", "2025-04-08")
    assert r.doc_type.code == "KH"
    assert r.title == "Triển khai chiến dịch tiêm chủng vắc xin sởi năm 2025"
    assert [b.number for b in r.legal_bases] == ["1234/QĐ-BYT", "567/UBND-VX"]
    assert [u.name for u in r.responsible_units] == [
        "Trung tâm Kiểm soát bệnh tật tỉnh", "Bệnh viện Đa khoa tỉnh", "Trung tâm Y tế các huyện, thành phố"]
    assert {(t.start, t.end) for t in r.timeline} >= {("2025-04-15", "2025-05-30"), (None, "2025-06-10")}
    assert r.recipients == ["Bộ Y tế", "UBND tỉnh"]
    assert (r.signer.name, r.signer.authority) == ("Trần Minh Tâm", "KT.")


def test_long_paragraph_of_an_ordinary_document_is_left_alone() -> None:
    # one or two kinds of cue in a long line (grounds and items) are a paragraph, not a flattening
    para = "Căn cứ Luật Đầu tư công số 58/2024/QH15; " * 12 + "các đơn vị thực hiện: 1. rà soát; 2. báo cáo."
    assert len(para) > 400
    assert reline(para) == para


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("Số: 12/KH-UBND ngày 1 tháng 2 năm 2025 KẾ HOẠCH Căn cứ I. AB 1. Nơi nhận:;.- \n")),
               max_size=900))
def test_relining_only_turns_spaces_into_line_breaks(text: str) -> None:
    out = reline(text)
    assert len(out) == len(text)
    assert all(a == b or (a == " " and b == "\n") for a, b in zip(text, out, strict=True))


def test_probes_find_their_kinds_exactly() -> None:
    """A kind's probe (rules/reline.toml [flattened.probes]) is found in a line exactly where
    the kind's own pattern is: on every line of the bundled corpus, on crafted lines, and on
    each line cut short at every position."""
    from pathlib import Path

    from pipeline.reline import _rules

    rules = _rules()
    assert rules.probes, "no probes: the test would check nothing"
    lines = ["Xem mục a) Sở Y tế; b) Sở Tài chính", "như sau: 1. Sở A; 2.1 Sở B", "x\u00a0a)\tB", "Hết. - Lưu",
             "a) B", ". a) B", "; - x", ":\t3.2.1. y", "a)B b) C", "đ) Đ"]
    root = Path(__file__).resolve().parent.parent / "corpus"
    for path in sorted(root.rglob("*.txt"))[:400]:
        lines.extend(path.read_text(encoding="utf-8", errors="replace").split("\n"))
    for kind, probe in rules.probes.items():
        rx = rules.patterns[kind]
        for ln in lines:
            for cut in {len(ln), *range(0, min(len(ln), 60))}:
                s = ln[:cut] if cut < len(ln) else ln
                assert (probe.search(s) is None) == (rx.search(s) is None), (kind, s)


# what a page or a reproduction puts after the signature, all on the flattened line
_AFTER_SIGNATURE = {
    "annex heading with its number": "PHỤ LỤC 1 CÁC CHỈ TIÊU TIÊM CHỦNG NĂM 2025 Chỉ tiêu tiêm vắc xin sởi đạt 95%.",
    "gazette running head": "CÔNG BÁO/Số 238/Ngày 21-04-2025 94 Phụ lục Danh sách các huyện.",
    "site caption by type and number": "Kế hoạch 215/KH-SYT năm 2025 về tiêm chủng vắc xin sởi tại Lâm Đồng.",
}


def test_the_signature_is_cut_from_what_follows_it_on_the_flattened_line() -> None:
    for what, tail in _AFTER_SIGNATURE.items():
        r = extract_text(FLAT.rstrip("\n") + " " + tail + "\n")
        assert r.signer is not None, what
        assert (r.signer.name, r.signer.position) == ("Trần Minh Tâm", "Phó Giám đốc"), what
        assert r.recipients == ["Bộ Y tế", "UBND tỉnh"], what


# a draft decision flattened whole, its date line's day left blank
DRAFT = (
    "ỦY BAN NHÂN DÂN TỈNH HÀ AN Số: /QĐ-UBND CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - "
    "Hạnh phúc Hà An, ngày tháng 8 năm 2026 QUYẾT ĐỊNH Về việc thu hồi chứng chỉ hành nghề kiến trúc "
    "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ AN Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 "
    "năm 2025; Căn cứ Luật Kiến trúc ngày 13 tháng 6 năm 2019; Theo đề nghị của Giám đốc Sở Xây dựng "
    "tại Tờ trình số 45/TTr-SXD ngày 01 tháng 8 năm 2026. QUYẾT ĐỊNH: Điều 1. Thu hồi chứng chỉ hành "
    "nghề kiến trúc của ông Nguyễn Văn B. Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn "
    "phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Xây dựng chịu trách nhiệm thi hành Quyết định này. Nơi "
    "nhận: - Như Điều 2; - Lưu: VT. KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lê Văn An\n"
)


def test_a_draft_whose_date_line_leaves_the_day_blank_is_relined_too() -> None:
    # (an unsigned copy or a draft: "ngày tháng 8 năm 2026"; the date line still ends the
    # header, the type heading and the title stand on lines of their own)
    r = extract_text(DRAFT)
    assert r.doc_type is not None and r.doc_type.code == "QĐ"
    assert r.title == "Về việc thu hồi chứng chỉ hành nghề kiến trúc"
    assert r.date is not None and (r.date.year, r.date.month, r.date.day) == (2026, 8, None)
    # the enacting word and each article on a line of their own: the execution article is read
    assert [u.name for u in r.responsible_units] == ["Chánh Văn phòng Ủy ban nhân dân tỉnh", "Giám đốc Sở Xây dựng"]


# a telegram flattened whole: its trích yếu in capitals runs into the sender line
TELEGRAM = (
    "ỦY BAN NHÂN DÂN TỈNH HÀ AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
    "Số: 12/CĐ-UBND Hà An, ngày 02 tháng 11 năm 2026 CÔNG ĐIỆN V/V CHỦ ĐỘNG ỨNG PHÓ MƯA LŨ TẠI KHU "
    "VỰC MIỀN NÚI PHÍA BẮC CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện: - Giám đốc các sở: Nông nghiệp và Môi "
    "trường, Xây dựng; - Chủ tịch Ủy ban nhân dân các xã, phường. Trong hai ngày qua, mưa lớn kéo dài "
    "đã gây sạt lở tại nhiều địa phương. Để chủ động ứng phó, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu: "
    "1. Chủ tịch Ủy ban nhân dân các xã, phường tổ chức sơ tán người dân khỏi vùng nguy hiểm. 2. Sở "
    "Nông nghiệp và Môi trường theo dõi chặt chẽ diễn biến mưa lũ, báo cáo trước ngày 05 tháng 11 "
    "năm 2026. Nơi nhận: - Như trên; - Lưu: VT. KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lê Văn An\n"
)


def test_a_flattened_telegram_parts_its_title_from_its_sender_line() -> None:
    r = extract_text(TELEGRAM)
    assert r.title == "V/V CHỦ ĐỘNG ỨNG PHÓ MƯA LŨ TẠI KHU VỰC MIỀN NÚI PHÍA BẮC"
    assert r.signer is not None and r.signer.name == "Lê Văn An"


def test_a_signature_right_after_the_end_mark_opens_the_closing() -> None:
    # a resolution printed without a Nơi nhận list or an authority: the position in capitals
    # right after the text's end mark "./." is the closing's first line
    text = DRAFT.replace(" Nơi nhận: - Như Điều 2; - Lưu: VT. KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lê Văn An",
                         "/. CHỦ TỊCH Lê Văn An")
    assert "Quyết định này./.\nCHỦ TỊCH Lê Văn An" in reline(text)
    r = extract_text(text)
    assert r.signer is not None and (r.signer.name, r.signer.position) == ("Lê Văn An", "Chủ tịch")
