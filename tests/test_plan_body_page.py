"""A portal page that kept a plan's body alone — no header, number or signature, its opening
sentence naming who builds it, then "I. MỤC ĐÍCH, YÊU CẦU" / "II. NỘI DUNG" (synthetic pages of
an invented department): still the plan; an article about a plan is not."""

from __future__ import annotations

from pipeline.extractor import extract_text

PAGE = ("<h3>Giới thiệu</h3>\n<li>Trang chủ</li>\n\n"
        "<b>Để có cơ sở tham mưu cho Tỉnh ủy, UBND Tỉnh xây dựng Chương trình phát triển văn hóa giai đoạn tiếp "
        "theo. Sở Văn hóa và Thể thao xây dựng kế hoạch tổ chức diễn đàn trực tuyến như sau:</b><br>\n"
        "<b>I. MỤC ĐÍCH, YÊU CẦU</b><br>\n- Tuyên truyền kết quả thực hiện chương trình.<br>\n"
        "<b>II. NỘI DUNG</b><br>\n<b>1. Chủ đề:</b> Phát huy giá trị văn hóa.<br>\n"
        "<b>2. Thời gian tổ chức diễn đàn:</b> Dự kiến từ tháng 10 đến 31/12/2026<br>\n"
        "<b>3. Kinh phí:</b> Ngân sách tỉnh năm 2026.<br>\n")


def test_a_plans_body_kept_alone_is_the_plan():
    r = extract_text(PAGE)
    assert r.is_document
    assert r.doc_type is not None and r.doc_type.code == "KH"
    # the body that builds it, not the one a purpose clause says it serves
    assert r.issuer is not None and r.issuer.name == "Sở Văn hóa và Thể thao"
    # the period's label: its own line's lead-in, there being no title
    assert [(t.start, t.end, t.label) for t in r.timeline] == [("2026-10", "2026-12-31", "Thời gian tổ chức diễn đàn")]


def test_an_article_about_a_plan_is_not_one():
    article = ("<h3>Tin tức</h3>\n\nNgày 10/10/2026, Sở Văn hóa và Thể thao tỉnh Hà An đã ban hành kế hoạch tổ chức "
               "diễn đàn trực tuyến về phát triển văn hóa. Theo kế hoạch, diễn đàn dự kiến diễn ra từ tháng 10 đến "
               "hết năm 2026, với mục đích tuyên truyền kết quả thực hiện chương trình.\n\nH.L\n")
    assert not extract_text(article).is_document
    # (a purpose and a content heading not numbered as a plan's parts count for nothing either)
    assert not extract_text(article + "\nMục đích của diễn đàn là lắng nghe ý kiến.\nNội dung: thảo luận.\n").is_document
