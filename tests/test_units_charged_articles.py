"""A regulation's articles titled by the body they charge ("Điều 6. Nội dung Công an tỉnh có
trách nhiệm chủ trì") give that body the article's clauses, as "Trách nhiệm của …" does; a
numbered clause a converter ran onto the sentence before it ("… tiêu cực.2. Giao Thường trực
…") is a clause of its own."""

from __future__ import annotations

from pipeline.extractor import extract_text
from pipeline.normalize import normalize

_HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÀ AN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
    "Số: 26/2025/QĐ-UBND\n\nHà An, ngày 06 tháng 3 năm 2026\n\nQUYẾT ĐỊNH\nBan hành Quy chế phối hợp\n\n"
    "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.\n\nĐiều 2. Quyết định có hiệu lực kể từ ngày ký.\n\n"
    "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLê Văn An\n\n"
    "QUY CHẾ\nPhối hợp quản lý nhà nước\n\nChương I\nQUY ĐỊNH CHUNG\n\nĐiều 1. Phạm vi điều chỉnh\n\n"
    "Quy chế này quy định việc phối hợp.\n\nChương II\nNỘI DUNG PHỐI HỢP\n\n"
)


def test_an_article_titled_by_the_body_it_charges_gives_it_the_clauses() -> None:
    body = ("Điều 5. Nội dung Sở Xây dựng có trách nhiệm chủ trì\n\n1. Tham mưu quản lý nhà nước về xây dựng.\n\n"
            "2. Giải quyết các vấn đề cụ thể theo thẩm quyền.\n\nĐiều 6. Nội dung Công an tỉnh có trách nhiệm chủ trì\n\n"
            "1. Nắm tình hình an ninh.\n\n2. Phối hợp xử lý vi phạm.\n\nĐiều 7. Nội dung phối hợp chung\n\n"
            "Các cơ quan trao đổi thông tin định kỳ.\n")
    units = {u.name: u.tasks for u in extract_text(_HEAD + body).responsible_units}
    assert units["Sở Xây dựng"] == ["Tham mưu quản lý nhà nước về xây dựng", "Giải quyết các vấn đề cụ thể theo thẩm quyền"]
    assert units["Công an tỉnh"] == ["Nắm tình hình an ninh", "Phối hợp xử lý vi phạm"]


def test_a_clause_run_onto_the_sentence_before_gets_its_line_back() -> None:
    text = ("1. Giao Ủy ban nhân dân Thành phố tổ chức thực hiện\nNghị quyết, không để xảy ra tiêu cực.2. Giao Thường\n"
            "trực Hội đồng nhân dân Thành phố giám sát thực hiện Nghị quyết.\n")
    assert "tiêu cực.\n2. Giao Thường trực" in normalize(text).text
    # a figure after a full stop, or a clause's own number, is no item
    assert "năm 2025.2 tỷ" in normalize("1. Giao Sở Tài chính bố trí kinh phí năm 2025.2 tỷ đồng.\n").text


def test_a_duty_named_after_what_else_the_article_governs_is_a_duty_title() -> None:
    body = ("Điều 5. Quy trình, trách nhiệm của các địa phương, cơ quan, đơn vị đề xuất\n\n1. Quy trình xét tặng:\n\n"
            "a) Các sở, ban, ngành đề xuất cá nhân tiêu biểu.\n\n"
            "b) Ủy ban nhân dân các xã, phường tổng hợp hồ sơ, gửi Sở Nội vụ.\n\nĐiều 6. Hồ sơ đề nghị\n\n"
            "Hồ sơ gồm tờ trình và báo cáo thành tích.\n")
    names = [u.name for u in extract_text(_HEAD + body).responsible_units]
    assert "Các sở, ban, ngành" in names and "Ủy ban nhân dân các xã, phường" in names
