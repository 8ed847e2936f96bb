"""Responsible units in a normative text's implementation chapter whose articles are titled by
the body they charge ("Điều 3. Vụ Ngân sách nhà nước" / its duties), on a synthetic circular
(invented ministry and offices):

- such an article assigns its body the work below it, and a numbered sub-heading that is a
  body's name ("1. Cục Kiểm soát chi") does the same inside it;
- an article of rules in the same chapter ("Điều 5. Hiệu lực thi hành") assigns nothing, nor
  one titled by a body whose text has another subject setting that body up ("Điều 7. Văn phòng
  Ban Chỉ đạo" / "Trưởng Ban Chỉ đạo quyết định thành lập Văn phòng …");
- an office written with its parent after a bare slash ("Cục Tài chính/Bộ Hà An") is one name,
  where a slash between peers ("Sở A/Sở B") parts two;
- a chapter marker whose I the OCR read with a dot below ("Chương VỊ") still opens the chapter,
  and a footnote's call mark read as "?" or "!" after a name is no part of it.
"""

from __future__ import annotations

from corpus_files import segment_text

from pipeline.extract.units import extract_responsible_units
from pipeline.provenance import Prov
from pipeline.segment import HEADING


def _units(text: str) -> list[str]:
    return [u["name"] for u in extract_responsible_units(segment_text(text), Prov())]


def _circular(chapter: str = "Chương II", extra: str = "") -> str:
    return (
        "BỘ HÀ AN\nSố: 12/2026/TT-BHA\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Hà An, ngày 3 tháng 4 năm 2026\n\nTHÔNG TƯ\nHướng dẫn quản lý kinh phí hỗ trợ phòng chống thiên tai\n\n"
        "Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;\n"
        "Bộ trưởng Bộ Hà An ban hành Thông tư hướng dẫn quản lý kinh phí hỗ trợ phòng chống thiên tai.\n\n"
        "Chương I\nQUY ĐỊNH CHUNG\n\nĐiều 1. Phạm vi điều chỉnh\nThông tư này hướng dẫn việc quản lý kinh phí.\n\n"
        "Điều 2. Đối tượng áp dụng\nThông tư này áp dụng đối với các cơ quan, đơn vị sử dụng kinh phí.\n\n"
        f"{chapter}\nTỔ CHỨC THỰC HIỆN\n\n"
        "Điều 3. Vụ Ngân sách nhà nước\n"
        "Chủ trì hướng dẫn, kiểm tra việc thực hiện Thông tư này; tổng hợp báo cáo Bộ trưởng hằng năm.\n\n"
        "Điều 4. Kho bạc Nhà nước\n"
        "Chỉ đạo kho bạc các tỉnh kiểm soát chi theo quy định; phối hợp thực hiện các nội dung sau:\n"
        "1. Cục Kiểm soát chi?\na) Hướng dẫn hồ sơ thanh toán;\nb) Tổng hợp số liệu giải ngân.\n"
        "2. Cục Kế toán nhà nước\nThực hiện hạch toán kinh phí theo quy định.\n\n"
        f"{extra}"
        "Điều 9. Hiệu lực thi hành\nThông tư này có hiệu lực từ ngày 20 tháng 5 năm 2026.\n\n"
        "Nơi nhận:\n- Văn phòng Chính phủ;\n- Lưu: VT, NSNN.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nTrần Văn Bình\n"
    )


_CHARGED = ["Vụ Ngân sách nhà nước", "Kho bạc Nhà nước", "Cục Kiểm soát chi", "Cục Kế toán nhà nước"]


def test_articles_titled_by_a_body_assign_it_their_work() -> None:
    assert _units(_circular()) == _CHARGED


def test_dotted_chapter_numeral_still_opens_the_chapter() -> None:
    assert HEADING.match("Chương VỊ") is not None
    assert HEADING.match("Chương trình hành động") is None
    assert _units(_circular("Chương VỊ")) == _CHARGED


def test_office_named_with_its_parent_is_one_unit() -> None:
    extra = ("Điều 5. Cục Tài chính/Bộ Hà An\nHằng năm, hướng dẫn lập dự toán và thanh quyết toán kinh phí.\n\n"
             "Điều 6. Sở Tài chính/Sở Nông nghiệp và Môi trường\nPhối hợp kiểm tra việc sử dụng kinh phí.\n\n")
    got = _units(_circular(extra=extra))
    assert got == [*_CHARGED, "Cục Tài chính/Bộ Hà An", "Sở Tài chính", "Sở Nông nghiệp và Môi trường"]


def test_an_article_that_sets_the_titled_body_up_assigns_it_nothing() -> None:
    extra = ("Điều 7. Văn phòng Ban Chỉ đạo\n\nTrưởng Ban Chỉ đạo quyết định thành lập Văn phòng Ban Chỉ đạo để "
             "giúp việc Ban Chỉ đạo; quy định chức năng, nhiệm vụ của Văn phòng.\n\n")
    assert _units(_circular(extra=extra)) == _CHARGED
