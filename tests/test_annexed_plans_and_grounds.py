"""A decision that approves a plan set out as its annex, the plan's tasks as labelled fields;
a decision whose articles number their items "2 - …" or put an item's number on a line of its
own; a council's grounds with a mistyped colon, an excerpt of minutes and the debate after the
committee's report (synthetic documents of invented bodies)."""

from __future__ import annotations

from pipeline.extractor import extract_text
from pipeline.lexicon import starts_with_org_head
from pipeline.segment import HEADING, opens_with_type

DECISION = """BỘ HÀ AN
Số: 12/QĐ-BHA
Hà Nội, ngày 21 tháng 11 năm 2030
QUYẾT ĐỊNH
Phê duyệt Kế hoạch hoạt động triển khai Chương trình
BỘ TRƯỞNG BỘ HÀ AN
{grounds}
QUYẾT ĐỊNH:
Điều 1. Phê duyệt Kế hoạch hoạt động triển khai Chương trình kèm theo Quyết định này.
Điều 2. Giao Giám đốc Trung tâm Đổi mới sáng tạo Hà An đầu mối, phối hợp với các cơ quan liên quan theo dõi, báo cáo tình hình thực hiện Kế hoạch.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
Nơi nhận:
- Như Điều 3;
- Lưu: VT.
BỘ TRƯỞNG
Nguyễn Văn An
{annex}"""

ANNEX = """
Phụ lục
KẾ HOẠCH HOẠT ĐỘNG TRIỂN KHAI CHƯƠNG TRÌNH "PHÁT TRIỂN NGUỒN NHÂN LỰC NGÀNH VI MẠCH ĐẾN NĂM 2035, ĐỊNH HƯỚNG ĐẾN NĂM 2050"
(Kèm theo Quyết định số 12/QĐ-BHA ngày 21 tháng 11 năm 2030 của Bộ trưởng Bộ Hà An)

I. Nhóm các nhiệm vụ hoàn thiện chính sách

1.1. Nhiệm vụ: Nghiên cứu, đề xuất cơ chế ưu đãi đầu tư.
- Cơ quan chủ trì: Bộ Tài chính.
- Cơ quan phối hợp: Các bộ, ngành liên quan.
- Thời gian triển khai - hoàn thành: Tháng 12/2030 - 6/2031.

1.2. Nhiệm vụ: Xây dựng dự án đầu tư phòng thí nghiệm dùng chung.
- Cơ quan chủ trì: Các cơ sở giáo dục đại học công lập được ưu tiên xem xét đầu tư.
- Thời gian triển khai - hoàn thành: 2031.
"""


def test_a_plan_annexed_under_its_type_line_and_quoted_name_is_read_as_the_decision_adopts_it():
    # "Phụ lục" over "KẾ HOẠCH … “TÊN CHƯƠNG TRÌNH …”" (the type line run into the quoted name it
    # plans for): the plan the decision issues — its task fields give units and items, a field's
    # bare year included, a lead described by a passive ("… được ưu tiên …") named whole
    r = extract_text(DECISION.format(grounds="", annex=ANNEX))
    assert [(t.start, t.end) for t in r.timeline] == [("2030-12", "2031-06"), ("2031", "2031")]
    names = [u.name for u in r.responsible_units]
    assert "Bộ Tài chính" in names
    assert "Các cơ sở giáo dục đại học công lập được ưu tiên xem xét đầu tư" in names
    # a capitalised verb right after a body's head opens its proper name; "đầu mối" after a
    # proper name is the task ("… Trung tâm Đổi mới sáng tạo Hà An đầu mối, phối hợp …")
    assert names[0] == "Giám đốc Trung tâm Đổi mới sáng tạo Hà An"
    line = 'KẾ HOẠCH HOẠT ĐỘNG TRIỂN KHAI CHƯƠNG TRÌNH "PHÁT TRIỂN NGUỒN NHÂN LỰC NGÀNH VI MẠCH ĐẾN NĂM 2035"'
    assert opens_with_type(line)
    assert not opens_with_type("NHIỆM VỤ TRỌNG TÂM CỦA CÁC SỞ, BAN, NGÀNH TRONG NĂM 2031 VÀ NHỮNG NĂM TIẾP THEO")


def test_a_form_after_the_signature_is_no_plan_the_decision_adopts():
    form = ("\nMẫu số 01\n(Ban hành kèm theo Quyết định số 12/QĐ-BHA ngày 21 tháng 11 năm 2030)\n"
            "BÁO CÁO SỐ LIỆU\nTổng số cán bộ:.............\n1. Đối với các trường cao đẳng\n"
            "Tổng số cán bộ:.............\n+ Số cán bộ đạt chuẩn:.............\n")
    names = [u.name for u in extract_text(DECISION.format(grounds="", annex=form)).responsible_units]
    assert not any("Tổng số" in n or "trường cao đẳng" in n for n in names)


def test_a_compound_with_focal_point_after_a_common_noun_stays_a_name():
    text = DECISION.format(grounds="", annex="").replace(
        "Giao Giám đốc Trung tâm Đổi mới sáng tạo Hà An đầu mối, phối hợp với các cơ quan liên quan theo dõi",
        "Các thương nhân đầu mối kinh doanh xăng dầu có trách nhiệm theo dõi")
    assert [u.name for u in extract_text(text).responsible_units][0] == "Các thương nhân đầu mối kinh doanh xăng dầu"


ARTICLES = """ỦY BAN NHÂN DÂN TỈNH HÀ AN
Số: 88/QĐ-UBND
Hà An, ngày 16 tháng 8 năm 2030
QUYẾT ĐỊNH
Về việc ban hành mức trợ giúp xã hội
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
QUYẾT ĐỊNH:
Điều 1. Ban hành mức trợ giúp xã hội trên địa bàn tỉnh.
Điều 2. Tổ chức thực hiện:
1
- Thời gian thực hiện: kể từ ngày ký.
2 - Sở Y tế có trách nhiệm.
- Quản lý chặt chẽ đối tượng trên địa bàn tỉnh;
- Thực hiện chế độ báo cáo theo quy định.
3
- Ủy ban nhân dân các huyện:
- Quản lý đối tượng trên địa bàn;
4
- Sở Tài chính có trách nhiệm thẩm định dự toán kinh phí.
Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký.
Nơi nhận:
- Lưu: VT.
CHỦ TỊCH
Nguyễn Văn An
"""


def test_items_numbered_with_a_dash_or_their_number_alone_on_a_line():
    # "2 - Sở A có trách nhiệm." opens item 2; "4" / "- Sở B có trách nhiệm …": the item's number
    # on a line of its own, its text a dash line — each item's body is a unit
    m = HEADING.match("2 - Sở Y tế có trách nhiệm.")
    assert (m.group("marker"), m.group("title")) == ("2 -", "Sở Y tế có trách nhiệm.")
    assert HEADING.match("2 - 3 ngày làm việc").group("marker") == "2"  # a range, no marker
    names = [u.name for u in extract_text(ARTICLES).responsible_units]
    assert names == ["Sở Y tế", "Ủy ban nhân dân các huyện", "Sở Tài chính"]


def test_a_lone_number_out_of_the_lists_order_is_a_page_number():
    # a page's number between two dash items (its centring lost) follows no item before it: it
    # opens no item (the dash line after it stays a line of its own)
    from corpus_files import segment_text

    from pipeline.extract.units import _logical_lines

    for number, joined in (("4", True), ("7", False)):
        doc = segment_text(ARTICLES.replace("4\n- Sở Tài chính", f"{number}\n- Sở Tài chính"))
        lls = _logical_lines(doc, range(len(doc.lines)))
        assert any(ll.text.startswith(f"{number} - Sở Tài chính") for ll in lls) is joined


COUNCIL_GROUNDS = (
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015:\n"
    "Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015;\n"
    "Căn cứ Trích Biên bản Hội nghị tập thể lãnh đạo Đại học Hà An ngày 11/5/2030;\n"
    "Xét Tờ trình số 120/TTr-UBND ngày 28 tháng 6 năm 2030 của Ủy ban nhân dân tỉnh; Báo cáo thẩm tra "
    "của Ban Văn hóa - Xã hội và ý kiến thảo luận của đại biểu Hội đồng nhân dân tỉnh."
)


def test_council_grounds_a_mistyped_colon_an_excerpt_of_minutes_and_the_debate():
    bases = extract_text(DECISION.format(grounds=COUNCIL_GROUNDS, annex="")).legal_bases
    got = [(b.doc_type, b.number, b.date, b.issuer) for b in bases]
    assert got == [
        ("Luật", None, "2015-06-19", None),
        ("Luật", None, "2015-06-22", None),  # after "…2015:" the next "Căn cứ" is a ground of its own
        # an excerpt of minutes is the minutes cited; the meeting they record issued nothing
        ("Biên bản", None, "2030-05-11", None),
        ("Tờ trình", "120/TTr-UBND", "2030-06-28", "Ủy ban nhân dân tỉnh"),
        ("Báo cáo", None, None, "Ban Văn hóa - Xã hội"),  # the debate after "và" is no issuer
    ]
    assert starts_with_org_head("Hội nghị tập thể lãnh đạo") is None  # a meeting, not the body "Hội"
    assert starts_with_org_head("Hội Nông dân tỉnh") == "Hội"
