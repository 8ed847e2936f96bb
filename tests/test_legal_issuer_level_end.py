"""An issuer that reached its level ends before "và" and words that name no body ("… của Ban
Kinh tế - Ngân sách Hội đồng nhân dân tỉnh và ý kiến thảo luận của đại biểu …"), the level's word
also capitalised as older texts write it ("Hội đồng nhân dân Tỉnh"); "và" before another body
or level goes on (synthetic resolution of invented numbers)."""

from __future__ import annotations

import pytest
from synthetic_council import council_resolution

from pipeline.extractor import extract_text

RESOLUTION = council_resolution(
    "Xét Báo cáo thẩm tra số 147/BC-HĐND ngày 16 tháng 6 năm 2031 của {issuer}{rest} tại kỳ họp,",
    "Điều 1. Thông qua chương trình giám sát năm 2032.\n\n"
    "Điều 2. Thường trực Hội đồng nhân dân tỉnh tổ chức thực hiện Nghị quyết này./.\n",
)


@pytest.mark.parametrize(("issuer", "rest"), [
    ("Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh", " và ý kiến thảo luận của đại biểu Hội đồng nhân dân tỉnh"),
    ("Ban Kinh tế - Ngân sách Hội đồng nhân dân Tỉnh", " và ý kiến thảo luận của đại biểu Hội đồng nhân dân tỉnh"),
    ("Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh và Ủy ban nhân dân tỉnh", ""),
])
def test_the_issuer_ends_where_the_conjunction_joins_no_body(issuer: str, rest: str):
    lb = next(lb for lb in extract_text(RESOLUTION.format(issuer=issuer, rest=rest)).legal_bases
              if lb.number == "147/BC-HĐND")
    assert lb.issuer == issuer


def _grounds(xet: str):
    text = RESOLUTION.replace(
        "Xét Báo cáo thẩm tra số 147/BC-HĐND ngày 16 tháng 6 năm 2031 của {issuer}{rest}", xet)
    return extract_text(text).legal_bases[1:]


def test_a_review_report_without_number_names_its_issuer_not_a_title():
    # "Báo cáo thẩm tra (của) Ban A …": the kind is no trích yếu, the body is the issuer
    for xet in ("Xét Báo cáo thẩm tra của Ban Pháp chế Hội đồng nhân dân tỉnh và ý kiến thảo luận của đại biểu",
                "Xét Tờ trình số 28/TTr-UBND ngày 02/7/2031 của Ủy ban nhân dân tỉnh; Báo cáo thẩm tra "
                "Ban Pháp chế Hội đồng nhân dân tỉnh và ý kiến thảo luận của đại biểu"):
        lb = [x for x in _grounds(xet) if x.number is None]
        assert len(lb) == 1
        assert (lb[0].doc_type, lb[0].issuer, lb[0].title) == ("Báo cáo", "Ban Pháp chế Hội đồng nhân dân tỉnh", None)


def test_a_type_word_in_small_letters_after_the_opener_takes_its_sender():
    lb = _grounds("Xét báo cáo của Ủy ban nhân dân tỉnh số 218/BC-UBND, ngày 08/12/2031 về tình hình thu ngân sách")
    assert lb[0].number == "218/BC-UBND" and lb[0].issuer == "Ủy ban nhân dân tỉnh"
