"""Grounds of letters, on synthetic letters of an invented province: a law cited by name with the
year it was passed (the year no part of its name, the clause going on after it, a numbered
ground after "và"), and a document a narrated story measures an act by ("… chưa thực hiện …
theo quy định tại Thông tư số …"), which is no ground."""

from __future__ import annotations

from pipeline.extractor import extract_text

_LETTER = """ỦY BAN NHÂN DÂN
TỈNH HÀ AN

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 120/UBND-KT
Hà An, ngày 02 tháng 3 năm 2026

V/v tăng cường quản lý lao động

Kính gửi: Sở Nội vụ.

{pre}

1. Sở Nội vụ kiểm tra các doanh nghiệp cho thuê lại lao động.

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Văn Sinh
"""


def _bases(pre: str) -> list[tuple[str | None, str | None]]:
    r = extract_text(_LETTER.format(pre=pre))
    return [(b.number or b.title, b.date) for b in r.legal_bases]


def test_a_law_named_with_its_year_then_a_numbered_ground() -> None:
    pre = ("Thực hiện quy định Bộ luật Lao động năm 2012 và Nghị định số 145/2020/NĐ-CP ngày 14 tháng 12 "
           "năm 2020 của Chính phủ quy định chi tiết một số điều của Bộ luật Lao động;")
    assert _bases(pre) == [("Bộ luật Lao động", None), ("145/2020/NĐ-CP", "2020-12-14")]


def test_a_law_named_with_its_year_before_the_clause_goes_on() -> None:
    pre = "Thực hiện Bộ luật Lao động năm 2019, Ủy ban nhân dân tỉnh đề nghị Sở Nội vụ thực hiện như sau:"
    assert _bases(pre) == [("Bộ luật Lao động", None)]


def test_the_rule_a_narrated_act_is_measured_by_is_no_ground() -> None:
    pre = ("Thời gian qua, Ủy ban nhân dân tỉnh đã có nhiều văn bản chỉ đạo thực hiện chính sách bảo hiểm y tế.\n\n"
           "Tuy nhiên, một số cơ sở chưa thực hiện nghiêm túc việc trích chuyển dữ liệu thanh toán đúng ngày "
           "theo quy định tại Thông tư số 48/2017/TT-BYT của Bộ Y tế, làm ảnh hưởng đến công tác quản lý.")
    assert _bases(pre) == []
    # … while a ground opener makes the same citation a ground
    assert _bases("Thực hiện theo quy định tại Thông tư số 48/2017/TT-BYT của Bộ Y tế;") == [("48/2017/TT-BYT", None)]


def test_a_grounds_date_with_a_space_beside_a_slash() -> None:
    # PDF text layers and converters leave a space beside a slash ("ngày 13 /8/2026"); after
    # "ngày" the figures are still the date, while a bare "13 /8/2026" stays unread
    from pipeline.dates import find_dates

    assert _bases("Xét Báo cáo thẩm định số 259 /BC-BQL ngày 13 /8/2025 của Ban Quản lý Khu kinh tế tỉnh;") == [
        ("259/BC-BQL", "2025-08-13")]
    assert [d.iso for d in find_dates("ngày 13/8 /2026")] == ["2026-08-13"]
    assert find_dates("13 /8/2026") == []


def test_the_rules_of_a_law_name_the_law_not_a_sender() -> None:
    # "quy định của Luật … số …": the law is the document cited, no body sending it; its issuer
    # is not stated
    r = extract_text(_LETTER.format(pre="Căn cứ quy định của Luật Quản lý thuế số 38/2019/QH14, Nghị định số "
                                        "126/2020/NĐ-CP ngày 19/10/2020 của Chính phủ;"))
    assert [(b.number, b.issuer) for b in r.legal_bases] == [("38/2019/QH14", None), ("126/2020/NĐ-CP", "Chính phủ")]
    # a body between a type word and the number still sends it
    r = extract_text(_LETTER.format(pre="Căn cứ Thông tư của Bộ Tài chính số 12/2025/TT-BTC ngày 02/3/2025;"))
    assert [(b.number, b.issuer) for b in r.legal_bases] == [("12/2025/TT-BTC", "Bộ Tài chính")]


def test_a_figure_set_apart_after_so_is_the_sequences_first() -> None:
    # OCR or a typist leaves a space inside the sequence right after "số": one number
    r = extract_text(_LETTER.format(pre="Căn cứ Nghị định số 1 17/2018/NĐ-CP ngày 11/9/2018 của Chính phủ;"))
    assert [(b.number, b.date) for b in r.legal_bases] == [("117/2018/NĐ-CP", "2018-09-11")]


def test_a_law_takes_no_issuer_from_an_act_listed_after_it() -> None:
    # the type word of the act after a law marred ("_Nghị định", an OCR mark): its number still
    # names another kind (NĐ) than the law's (QH), a document of its own — the law does not
    # take the decree's issuer
    r = extract_text(_LETTER.format(pre="Căn cứ quy định của Luật Quản lý thuế số 38/2019/QH14, _Nghị định số "
                                        "126/2020/NĐ-CP ngày 19/10/2020 của Chính phủ quy định chi tiết;"))
    assert [(b.number, b.issuer) for b in r.legal_bases] == [("38/2019/QH14", None), ("126/2020/NĐ-CP", "Chính phủ")]
    # papers of several kinds from one sender still share it
    r = extract_text(_LETTER.format(pre="Xét Tờ trình số 12/TTr-SYT và số 45/BC-SYT ngày 03/4/2026 của Sở Y tế;"))
    assert [(b.number, b.issuer) for b in r.legal_bases] == [("12/TTr-SYT", "Sở Y tế"), ("45/BC-SYT", "Sở Y tế")]
