"""Grounds that name laws through other laws, on a synthetic decision of an invented province:
an amending law whose title lists the laws it amends by number, the same law cited once by name
and date and once by number, and an amending law named in the note after a ground."""

from __future__ import annotations

from pipeline.extractor import extract_text

HEAD = """ỦY BAN NHÂN DÂN
TỈNH SÔNG BẠC
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 41/2033/QĐ-UBND
Sông Bạc, ngày 11 tháng 4 năm 2033

QUYẾT ĐỊNH
Quy định hạn mức giao đất ở trên địa bàn tỉnh Sông Bạc

ỦY BAN NHÂN DÂN TỈNH SÔNG BẠC

{pre}

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy định hạn mức giao đất ở.

Điều 2. Quyết định này có hiệu lực kể từ ngày 21 tháng 4 năm 2033.

Nơi nhận:
- Sở Tư pháp;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Đỗ Minh Khang
"""


def _bases(pre: str) -> list[tuple]:
    rec = extract_text(HEAD.format(pre=pre)).model_dump()
    return [(b["number"], b["date"], b["title"]) for b in rec["legal_bases"]]


def test_amending_law_listing_amended_laws_by_number() -> None:
    got = _bases(
        "Căn cứ Luật Thủy lợi ngày 05 tháng 3 năm 2031; Luật sửa đổi, bổ sung một số điều của Luật "
        "Thủy lợi số 14/2031/QH16, Luật Lâm nghiệp số 09/2030/QH16 và Luật Đê điều số 22/2031/QH16 "
        "ngày 30 tháng 11 năm 2032;\n"
        "Căn cứ Nghị định số 12/2032/NĐ-CP ngày 05/3/2032 của Chính phủ quy định chi tiết về đất ở;"
    )
    # the law named by date and by number is one item; the amending law is its own, dated
    assert ("14/2031/QH16", "2031-03-05", "Luật Thủy lợi") in got
    assert ("09/2030/QH16", None, "Luật Lâm nghiệp") in got
    assert ("22/2031/QH16", None, "Luật Đê điều") in got
    amending = [b for b in got if b[0] is None]
    assert len(amending) == 1
    assert amending[0][1] == "2032-11-30"
    assert amending[0][2].startswith("Luật sửa đổi, bổ sung một số điều của Luật Thủy lợi")
    assert len(got) == 5


def test_amending_law_with_its_own_number_unchanged() -> None:
    # one number after the amended law's name is the amending law's own: one item, dated
    got = _bases("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Thủy lợi số 14/2031/QH16 "
                 "ngày 30 tháng 11 năm 2031;")
    assert [(n, d) for n, d, _t in got] == [("14/2031/QH16", "2031-11-30")]


def test_named_law_not_merged_with_another_year() -> None:
    # the number's year differs from the named law's date: two documents
    got = _bases(
        "Căn cứ Luật Thủy lợi ngày 05 tháng 3 năm 2021; Luật sửa đổi, bổ sung một số điều của Luật "
        "Thủy lợi số 14/2031/QH16 và Luật Đê điều số 22/2031/QH16 ngày 30 tháng 11 năm 2032;"
    )
    assert (None, "2021-03-05", "Luật Thủy lợi") in got
    assert ("14/2031/QH16", None, "Luật Thủy lợi") in got


def test_amending_law_in_the_note_after_a_ground() -> None:
    got = _bases(
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 10 tháng 6 năm 2030 (đã được sửa đổi, bổ "
        "sung bởi Luật sửa đổi, bổ sung một số điều của Luật Thủy lợi và Luật Tổ chức chính quyền "
        "địa phương ngày 22 tháng 11 năm 2032);"
    )
    assert got == [
        (None, "2030-06-10", "Luật Tổ chức chính quyền địa phương"),
        (None, "2032-11-22", "Luật sửa đổi, bổ sung một số điều của Luật Thủy lợi và Luật Tổ chức "
                             "chính quyền địa phương"),
    ]


def _issuers(pre: str) -> dict[str | None, str | None]:
    rec = extract_text(HEAD.format(pre=pre)).model_dump()
    return {b["number"]: b["issuer"] for b in rec["legal_bases"]}


def test_shared_issuer_inside_a_trich_yeu_before_a_sender_named_report() -> None:
    got = _issuers(
        "Theo đề nghị của Giám đốc Sở Xây dựng tại Tờ trình số 310/TTr-SXD ngày 02/3/2033 về việc "
        "bãi bỏ Quyết định số 05/2028/QĐ-UBND ngày 10 tháng 2 năm 2028 và Quyết định số "
        "11/2030/QĐ-UBND ngày 04 tháng 5 năm 2030 của Ủy ban nhân dân tỉnh Sông Bạc quy định hạn "
        "mức giao đất và báo cáo thẩm định của Sở Tư pháp số 88/BC-STP ngày 20/02/2033."
    )
    assert got["05/2028/QĐ-UBND"] == "Ủy ban nhân dân tỉnh Sông Bạc"
    assert got["11/2030/QĐ-UBND"] == "Ủy ban nhân dân tỉnh Sông Bạc"
    assert got["88/BC-STP"] == "Sở Tư pháp"


def test_amendment_note_then_a_ground_with_its_own_trich_yeu() -> None:
    # the "của …" after the second names the ground that follows the note, not the amender
    got = _issuers(
        "Căn cứ Nghị định số 40/2031/NĐ-CP ngày 01 tháng 4 năm 2031 của Chính phủ quy định chi tiết "
        "thi hành Luật Thủy lợi được sửa đổi, bổ sung bởi Nghị định số 90/2032/NĐ-CP ngày 01 tháng 7 "
        "năm 2032 và Nghị định số 41/2031/NĐ-CP ngày 01 tháng 4 năm 2031 của Chính phủ về kiểm tra "
        "công trình thủy lợi;"
    )
    assert got["90/2032/NĐ-CP"] is None
    assert got["41/2031/NĐ-CP"] == "Chính phủ"


def test_amendment_note_list_shares_its_issuer() -> None:
    got = _issuers(
        "Căn cứ Nghị định số 40/2031/NĐ-CP ngày 01 tháng 4 năm 2031 của Chính phủ quy định chi tiết "
        "thi hành Luật Thủy lợi được sửa đổi, bổ sung bởi Nghị định số 90/2032/NĐ-CP ngày 01 tháng 7 "
        "năm 2032 và Nghị định số 95/2032/NĐ-CP ngày 09 tháng 7 năm 2032 của Chính phủ;"
    )
    assert got["90/2032/NĐ-CP"] == "Chính phủ"


def test_council_committee_keeps_its_council() -> None:
    got = _issuers("Xét Tờ trình số 07/TTr-UBND ngày 01/3/2033 của Ủy ban nhân dân tỉnh; Báo cáo thẩm "
                   "tra số 21/BC-KTNS ngày 05 tháng 3 năm 2033 của Ban Kinh tế - Ngân sách, HĐND tỉnh;")
    assert got["21/BC-KTNS"] == "Ban Kinh tế - Ngân sách, Hội đồng nhân dân tỉnh"


LETTER = """BỘ NÔNG NGHIỆP
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 512/BNN-KH
V/v tổng hợp danh sách hộ được hỗ trợ
Hà Nội, ngày 11 tháng 4 năm 2033

Kính gửi: Thủ tướng Chính phủ

Ngày 02/01/2033, Thủ tướng Chính phủ đã ban hành Quyết định số 33/QĐ-TTg về việc hỗ trợ hộ nghèo về giống cây trồng.

Ngày 15/01/2033, Bộ Nông nghiệp ban hành Thông tư số 04/2033/TT-BNN hướng dẫn thực hiện Quyết định trên.

Do các tỉnh phải rà soát danh sách các hộ thuộc diện được hỗ trợ nên đến ngày 20/3/2033 mới có 12 tỉnh có báo cáo {note}. Đến nay đã có thêm 9 tỉnh gửi báo cáo.

Để bảo đảm tiến độ, Bộ Nông nghiệp đề nghị Bộ Tài chính bố trí kinh phí hỗ trợ.

Nơi nhận:
- Như trên;
- Lưu: VT.

BỘ TRƯỞNG

Lê Văn Tâm
"""


def _letter_numbers(note: str) -> list[str | None]:
    rec = extract_text(LETTER.format(note=note)).model_dump()
    return [b["number"] for b in rec["legal_bases"]]


def test_past_step_told_in_a_parenthesis_is_no_ground() -> None:
    got = _letter_numbers("(đã gửi danh sách kèm theo công văn số 301/BNN-KH ngày 25/3/2033 đến Bộ Tài chính)")
    assert "33/QĐ-TTg" in got
    assert "301/BNN-KH" not in got


def test_document_told_outside_a_past_step_note_stays() -> None:
    # the same citation in a parenthesis that tells no step taken ("đã …"): still an item
    got = _letter_numbers("(danh sách kèm theo công văn số 301/BNN-KH ngày 25/3/2033 gửi Bộ Tài chính)")
    assert "301/BNN-KH" in got


def test_two_papers_named_with_their_bodies_and_joined_by_va_are_two_grounds() -> None:
    """"Căn cứ Quy chế làm việc của Ban Chấp hành … và Chương trình công tác toàn khóa của Ban
    Chấp hành, Ban Thường vụ …;": the capitalised kind after "và" opens a second document."""
    got = _bases(
        "Căn cứ Quy chế làm việc của Ban Chấp hành khóa I, nhiệm kỳ 2030-2035 và Chương trình công tác "
        "toàn khóa của Ban Chấp hành, Ban Thường vụ Đảng ủy khóa I, nhiệm kỳ 2030-2035;"
    )
    titles = [t for n, _d, t in got if n is None]
    assert titles == ["Quy chế làm việc của Ban Chấp hành khóa I, nhiệm kỳ 2030-2035",
                      "Chương trình công tác toàn khóa của Ban Chấp hành, Ban Thường vụ Đảng ủy khóa I, nhiệm kỳ 2030-2035"]


def test_a_symbol_wrapped_after_its_ampersand_is_one_number() -> None:
    """"Công văn số 15972/SXD-QLN& TTBĐS ngày 14 tháng 11 năm 2032": a wrap left a space after
    the "&" of a department's code; the symbol goes on, read without it."""
    got = _bases("Xét đề nghị của Sở Xây dựng tại Công văn số 15972/SXD-QLN& TTBĐS ngày 14 tháng 11 năm 2032;")
    assert [n for n, _d, _t in got] == ["15972/SXD-QLN&TTBĐS"]
