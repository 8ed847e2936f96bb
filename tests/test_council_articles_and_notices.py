"""A council's articles that hand work out, a ministry's article over its clauses, a school's
notice with clock-timed windows and conditions (synthetic documents of invented bodies)."""

from __future__ import annotations

from pipeline.extractor import extract_text

RESOLUTION = """HỘI ĐỒNG NHÂN DÂN TỈNH HÀ AN
NGHỊ QUYẾT
Về Chương trình giám sát của Hội đồng nhân dân tỉnh năm 2031
HỘI ĐỒNG NHÂN DÂN TỈNH HÀ AN
KHÓA XV, KỲ HỌP THỨ NĂM
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
QUYẾT NGHỊ:
Điều 1. Thông qua Chương trình giám sát của Hội đồng nhân dân tỉnh năm 2031.
{article}
Điều 3. Hiệu lực thi hành
Nghị quyết này có hiệu lực từ ngày 01 tháng 8 năm 2030./.
"""

HANDS_OUT = """Điều 2. Hội đồng nhân dân tỉnh giao
1. Thường trực Hội đồng nhân dân tỉnh ban hành kế hoạch và tổ chức thực hiện chương trình giám sát; báo cáo tại kỳ họp giữa năm 2031;
2. Ủy ban nhân dân tỉnh, các cơ quan, tổ chức có liên quan có trách nhiệm báo cáo, cung cấp thông tin theo yêu cầu."""

TWO_GIVINGS = """Điều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.
Giao Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh và Tổ đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết."""


def test_an_article_titled_by_the_body_that_hands_work_out_gives_each_clause_its_unit():
    names = [u.name for u in extract_text(RESOLUTION.format(article=HANDS_OUT)).responsible_units]
    assert names == ["Thường trực Hội đồng nhân dân tỉnh", "Ủy ban nhân dân tỉnh", "Các cơ quan, tổ chức có liên quan"]


def test_a_second_giving_after_an_article_that_is_a_whole_assignment_is_its_own():
    names = [u.name for u in extract_text(RESOLUTION.format(article=TWO_GIVINGS)).responsible_units]
    assert names == ["Ủy ban nhân dân tỉnh", "Thường trực Hội đồng nhân dân tỉnh",
                     "Các Ban của Hội đồng nhân dân tỉnh", "Tổ đại biểu Hội đồng nhân dân tỉnh"]


DECISION = """BỘ NỘI VỤ
Số: 83/QĐ-BNV
Hà Nội, ngày 28 tháng 3 năm 2031
QUYẾT ĐỊNH
Ban hành kế hoạch giải ngân vốn đầu tư công năm 2031
BỘ TRƯỞNG BỘ NỘI VỤ
QUYẾT ĐỊNH:
Điều 1. Ban hành kế hoạch giải ngân vốn đầu tư công năm 2031 kèm theo Quyết định này.
Điều 2. Các đơn vị thuộc và trực thuộc Bộ Nội vụ có trách nhiệm:
1. Các đơn vị được phân bổ kế hoạch vốn:
a) Khẩn trương tổ chức thực hiện kế hoạch giải ngân;
b) Định kỳ báo cáo tiến độ giải ngân.
2. Vụ Kế hoạch - Tài chính chủ trì theo dõi, đôn đốc tiến độ giải ngân của các dự án.
3. Các trường hợp bị chậm giải ngân:
a) Báo cáo rõ nguyên nhân.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
Nơi nhận:
- Lưu: VT.
BỘ TRƯỞNG
Nguyễn Văn An
"""


def test_an_article_over_clauses_each_naming_its_body_and_a_class_named_by_a_passive():
    # "Điều 2. Các đơn vị … có trách nhiệm:" over "1. Các đơn vị được phân bổ …:" / "2. Vụ A chủ
    # trì …": the clauses' bodies; "Các trường hợp bị …:" are cases, no body
    names = [u.name for u in extract_text(DECISION).responsible_units]
    assert names == ["Các đơn vị được phân bổ kế hoạch vốn", "Vụ Kế hoạch - Tài chính"]


NOTICE = """TRƯỜNG ĐẠI HỌC HÀ AN
Số: 1010/TB-ĐHHA
Hà An, ngày 05 tháng 9 năm 2030
THÔNG BÁO
Về việc nộp chứng chỉ ngoại ngữ
1. Đối với sinh viên nộp chứng chỉ hợp lệ trước ngày 13/10/2030
- Thời gian nộp: từ 9:00 ngày 15/09/2030 trước 16:00 ngày 13/10/2030 (các ngày Thứ 2, Thứ 4);
2. Đối với sinh viên nộp chứng chỉ sau ngày 13/10/2030
- Sinh viên nộp chứng chỉ sau ngày 13/10/2030 chỉ được xét công nhận chuẩn đầu ra.
- Trường Đại học Hà An khuyến khích sinh viên nộp chứng chỉ sớm để kịp tiến độ thẩm định.
Nơi nhận:
- Lưu: VT.
HIỆU TRƯỞNG
Nguyễn Văn An
"""


def test_a_window_timed_by_the_clock_and_a_condition_after_a_day():
    r = extract_text(NOTICE)
    # "từ 9:00 ngày A trước 16:00 ngày B": one window; "… sau ngày B chỉ được …": who a rule
    # covers, no item; the school encouraging its students gives no one work
    assert [(t.start, t.end) for t in r.timeline] == [("2030-09-15", "2030-10-13")]
    assert r.responsible_units == []
    text = NOTICE.replace("từ 9:00 ngày 15/09/2030 trước 16:00", "từ 9:00 ngày 15/09/2030 đến 16:00")
    assert [(t.start, t.end) for t in extract_text(text).timeline] == [("2030-09-15", "2030-10-13")]


def test_the_quarter_a_published_report_covers_is_its_window_though_past():
    # "công khai số liệu … Quý 1 năm 2031" in a decision of April 2031: the span the published
    # figures cover, which the document sets — no past fact
    text = DECISION.replace("Điều 1. Ban hành kế hoạch giải ngân vốn đầu tư công năm 2031 kèm theo Quyết định này.",
                            "Điều 1. Công bố công khai số liệu thực hiện dự toán ngân sách Quý 1 năm 2031 của Bộ.").replace(
        "ngày 28 tháng 3 năm 2031", "ngày 04 tháng 4 năm 2031")
    assert ("2031-01", "2031-03") in [(t.start, t.end) for t in extract_text(text).timeline]
    # the same quarter told as what was done ("đã hoàn thành … Quý 1 năm 2031") is history
    told = text.replace("Công bố công khai số liệu thực hiện dự toán ngân sách Quý 1 năm 2031 của Bộ.",
                        "Bộ đã hoàn thành giải ngân trong Quý 1 năm 2031.")
    assert ("2031-01", "2031-03") not in [(t.start, t.end) for t in extract_text(told).timeline]


def test_one_deadline_restated_for_each_group_is_one_item():
    # a notice repeats its deadline in the section of each group it addresses, in the same words
    # but for the group: one event; two tasks that share a day keep it each
    groups = ("- Sinh viên nộp chứng chỉ ngoại ngữ tiếng Anh tương đương bậc 3 trước ngày 10/10/2030 được xét "
              "miễn học học phần tiếng Anh 1.\n"
              "- Sinh viên nộp chứng chỉ ngoại ngữ tiếng Anh tương đương bậc 4 trước ngày 10/10/2030 được xét "
              "miễn học học phần tiếng Anh 2.\n")
    text = NOTICE.replace("- Thời gian nộp: từ 9:00 ngày 15/09/2030 trước 16:00 ngày 13/10/2030 (các ngày Thứ 2, Thứ 4);\n",
                          groups)
    assert [(t.start, t.end) for t in extract_text(text).timeline] == [(None, "2030-10-10")]


_STEERING_NOTICE = """VĂN PHÒNG CHÍNH PHỦ
Số: 536/TB-VPCP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 05 tháng 10 năm 2031

THÔNG BÁO
Kết luận của Phó Thủ tướng tại phiên họp Ban Chỉ đạo Hội chợ

I. Đánh giá cao Bộ Công Thương và Bộ Tài chính đã phối hợp hoàn thành dự thảo kế hoạch.

II. Để tổ chức thành công Hội chợ, Ban Chỉ đạo đề nghị các đồng chí Bộ trưởng, Thủ trưởng cơ quan, Chủ tịch \
Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương tập trung chỉ đạo triển khai thực hiện các nhiệm vụ \
được phân công; trong đó chú trọng một số nội dung trọng tâm sau:

1. Các bộ, cơ quan, địa phương liên quan
a) Đẩy nhanh tiến độ triển khai các công việc được phân công.
b) Ủy ban nhân dân thành phố Hà Nội chủ trì bảo đảm an ninh trật tự.

2. Bộ Công Thương
Khẩn trương hoàn thiện Đề án tổ chức Hội chợ.

Văn phòng Chính phủ thông báo để các cơ quan, đơn vị liên quan biết, thực hiện./.

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. BỘ TRƯỞNG, CHỦ NHIỆM
PHÓ CHỦ NHIỆM

Mai Thị Thu Vân
"""


def test_a_sections_title_that_asks_bodies_to_act_names_them_beside_its_items() -> None:
    """"II. Để …, Ban Chỉ đạo đề nghị các đồng chí Bộ trưởng, … tập trung chỉ đạo …; trong đó chú
    trọng một số nội dung sau:": the bodies the title asks are units of its task, beside the
    numbered items under it; a title that only opens its items' duties ("Điều 2. Các đơn vị …
    có trách nhiệm:") names no unit of its own."""
    names = [u.name for u in extract_text(_STEERING_NOTICE).responsible_units]
    assert names == ["Bộ trưởng", "Thủ trưởng cơ quan", "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
                     "Các bộ, cơ quan, địa phương liên quan", "Ủy ban nhân dân thành phố Hà Nội", "Bộ Công Thương"]
