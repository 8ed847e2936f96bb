"""Responsible units: places where a document assigns work that no implementation heading marks
(pipeline/extract/unit_sites.py). Every document is synthetic, names of places and bodies
invented where they are proper names; each test pins one mechanism and what it must not take.
"""

from __future__ import annotations

from corpus_files import segment_text

from pipeline.extract.unit_sites import hands_over_list, letter_part
from pipeline.extract.units import extract_responsible_units
from pipeline.provenance import Prov


def _units(text: str) -> dict[str, list[str]]:
    return {u["name"]: u["tasks"] for u in extract_responsible_units(segment_text(text), Prov())}


_HEAD = """BAN CHỈ ĐẠO TỈNH HÀ AN

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 12/KH-BCĐ
Hà An, ngày 10 tháng 4 năm 2026

KẾ HOẠCH
Triển khai công tác phòng chống thiên tai năm 2026

"""

_TAIL = """
Nơi nhận:
- Như trên;
- Lưu: VT.

TRƯỞNG BAN
Lê Văn Minh
"""

# a plan in lettered parts: its tasks as sections with lists of lead and co-operating bodies,
# its implementation part lettered too
_LETTERED = _HEAD + """A. MỤC ĐÍCH, YÊU CẦU

1. Mục đích

Nâng cao năng lực ứng phó với thiên tai trên địa bàn tỉnh.

B. NHIỆM VỤ CỤ THỂ

I. RÀ SOÁT PHƯƠNG ÁN ỨNG PHÓ THIÊN TAI

1. Nội dung

a) Rà soát phương án ứng phó của từng huyện;

b) Bổ sung danh mục công trình xung yếu.

2. Cơ quan chủ trì, phối hợp

a) Cơ quan chủ trì

- Sở Nông nghiệp và Môi trường.

- Bộ Chỉ huy Quân sự tỉnh; Công an tỉnh.

b) Cơ quan phối hợp

- Sở Tài chính.

- Các đơn vị, địa phương.

3. Thời gian thực hiện: Tháng 5/2026.

II. BẢO ĐẢM KINH PHÍ CHO CÔNG TÁC ỨNG PHÓ

1. Nội dung

a) Cân đối nguồn dự phòng ngân sách tỉnh.

2. Cơ quan chủ trì, phối hợp

a) Cơ quan chủ trì: Sở Xây dựng; Kho bạc Nhà nước khu vực IX.

b) Cơ quan phối hợp: Sở Y tế.

C. NHIỆM VỤ TRỌNG TÂM NĂM 2026

1. Hoàn thành rà soát phương án ứng phó trước mùa mưa bão.

2. Tổ chức diễn tập ứng phó thiên tai tại hai huyện ven biển.

3. Kiện toàn lực lượng xung kích phòng chống thiên tai cấp xã.

D. TỔ CHỨC THỰC HIỆN

1. Văn phòng Ban Chỉ đạo tỉnh

Theo dõi, đôn đốc việc thực hiện Kế hoạch này; tổng hợp báo cáo Ban Chỉ đạo.

2. Ủy ban nhân dân các huyện

Xây dựng kế hoạch chi tiết của địa phương, hoàn thành trong tháng 5/2026./.
""" + _TAIL


def test_lettered_implementation_part_is_read() -> None:
    """"D. TỔ CHỨC THỰC HIỆN", lettered in capitals, is the implementation part: its unit
    sub-headings are units with their paragraphs as tasks."""
    got = _units(_LETTERED)
    assert "Văn phòng Ban Chỉ đạo tỉnh" in got
    assert any("đôn đốc" in t for t in got["Văn phòng Ban Chỉ đạo tỉnh"])
    assert "Ủy ban nhân dân các huyện" in got


def test_lead_list_under_label_gives_units_with_section_task() -> None:
    """"a) Cơ quan chủ trì" over dash items: one unit per body (";" parts them), each given the
    task section's title; the co-operating list names none."""
    got = _units(_LETTERED)
    for name in ("Sở Nông nghiệp và Môi trường", "Bộ Chỉ huy Quân sự tỉnh", "Công an tỉnh"):
        assert name in got, (name, list(got))
        assert any("phương án ứng phó" in t.casefold() for t in got[name]), got[name]
    # on the label's line, the list stops at the next field
    assert "Sở Xây dựng" in got
    assert "Kho bạc Nhà nước khu vực IX" in got
    assert "Sở Tài chính" not in got
    assert "Sở Y tế" not in got
    assert not any(n.casefold().startswith("các đơn vị") for n in got)
    assert not any("phối hợp" in n or "thực hiện" in n.casefold() for n in got)


def test_letter_part_needs_a_title_in_capitals() -> None:
    assert letter_part("D. TỔ CHỨC THỰC HIỆN") == ("D.", "TỔ CHỨC THỰC HIỆN", 0)
    assert letter_part("B. Nguyễn Văn An, chuyên viên") is None  # an initial before a name
    assert letter_part("A. MỤC") is None  # one word: no part's title
    assert letter_part("D. Tổ chức thực hiện") == ("D.", "Tổ chức thực hiện", 0)
    assert letter_part("C. Nguyễn Văn An, chuyên viên phòng") is None


_RESOLUTION = """ỦY BAN THƯỜNG VỤ HỘI ĐỒNG NHÂN DÂN TỈNH HÀ AN

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 08/NQ-TTHĐND
Hà An, ngày 20 tháng 6 năm 2026

NGHỊ QUYẾT
Về kết quả giám sát việc quản lý chợ nông thôn

THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN TỈNH HÀ AN

Căn cứ Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân ngày 20 tháng 11 năm 2015;

QUYẾT NGHỊ:

Điều 1. Tán thành Báo cáo kết quả giám sát của Đoàn giám sát về việc quản lý chợ nông thôn.

Điều 2. Thường trực Hội đồng nhân dân tỉnh yêu cầu Ủy ban nhân dân tỉnh, Sở Công Thương thực hiện các nhiệm vụ sau đây:

1. Rà soát quy hoạch mạng lưới chợ nông thôn trên địa bàn tỉnh.

2. Bố trí kinh phí sửa chữa các chợ xuống cấp.

Điều 3. Các Ban của Hội đồng nhân dân tỉnh, các Tổ đại biểu theo chức năng, nhiệm vụ của mình giám sát việc thực hiện Nghị quyết này.

Điều 4. Nghị quyết này có hiệu lực kể từ ngày ký./.
""" + _TAIL


def test_resolution_article_handing_list_and_oversight() -> None:
    """In a resolution whose articles set rules, an article asking bodies to carry out the list
    that follows assigns it; so does the article naming who oversees it."""
    got = _units(_RESOLUTION)
    assert "Ủy ban nhân dân tỉnh" in got
    assert "Sở Công Thương" in got
    assert "Các Ban của Hội đồng nhân dân tỉnh" in got
    assert "Các Tổ đại biểu" in got
    # the approving article names the monitoring team as an author, not as an assignee
    assert not any("Đoàn giám sát" in n for n in got)


def test_hands_over_list_needs_asking_verb_and_list() -> None:
    assert hands_over_list("Bộ A yêu cầu các cơ quan thực hiện các nhiệm vụ sau đây:")
    assert not hands_over_list("Doanh nghiệp phải đáp ứng các điều kiện sau đây:")
    assert not hands_over_list("Đề nghị các cơ quan quan tâm, phối hợp.")
    # "yêu cầu" as a noun ("yêu cầu về năng lực"): no body is asked
    assert not hands_over_list("Ban soạn thảo xây dựng chuẩn đầu ra, yêu cầu về năng lực theo các bước sau:")


_GOV_RESOLUTION = """CHÍNH PHỦ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 140/NQ-CP
Hà Nội, ngày 05 tháng 8 năm 2026

NGHỊ QUYẾT
Về việc chuyển giao Trung tâm Bảo tồn cây dược liệu

CHÍNH PHỦ

Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;

QUYẾT NGHỊ:

Điều 1.

1. Đồng ý chủ trương chuyển giao nguyên trạng Trung tâm Bảo tồn cây dược liệu về Ủy ban nhân dân tỉnh Hà An quản lý.

2. Giao Bộ Y tế:

a) Chủ trì, phối hợp với các bộ, ngành liên quan thực hiện thủ tục bàn giao theo quy định;

b) Hướng dẫn việc quản lý hồ sơ, tài liệu của Trung tâm.

3. Giao Ủy ban nhân dân tỉnh Hà An:

a) Tiếp nhận nguyên trạng Trung tâm;

b) Bố trí kinh phí hoạt động của Trung tâm từ năm 2027.

Điều 2. Bộ Tài chính chủ trì, phối hợp với Bộ Y tế hướng dẫn việc chuyển giao tài sản công của Trung tâm.

Điều 3. Ủy ban nhân dân tỉnh Hà An quyết định cơ cấu tổ chức của Trung tâm sau khi tiếp nhận.

Điều 4. Phân công Phó Thủ tướng Chính phủ chỉ đạo việc chuyển giao.

Điều 5. Nghị quyết này có hiệu lực thi hành kể từ ngày ký.

Điều 6. Các Bộ trưởng, Chủ tịch Ủy ban nhân dân tỉnh Hà An chịu trách nhiệm thi hành Nghị quyết này./.
""" + _TAIL


def test_articles_giving_work_outright() -> None:
    """A resolution's clauses that give work ("2. Giao Bộ Y tế:" over its points; "Phân công
    …"; "Bộ A chủ trì, phối hợp …") assign it beside the execution article; an article where a
    body decides under a rule ("… quyết định cơ cấu tổ chức …") is no assignment."""
    got = _units(_GOV_RESOLUTION)
    assert "Bộ Y tế" in got
    assert any("bàn giao" in t for t in got["Bộ Y tế"])
    assert "Ủy ban nhân dân tỉnh Hà An" in got
    assert any("kinh phí" in t for t in got["Ủy ban nhân dân tỉnh Hà An"])
    assert "Bộ Tài chính" in got
    assert "Phó Thủ tướng Chính phủ" in got
    assert "Các Bộ trưởng" in got
    assert not any("quyết định cơ cấu" in t for t in got["Ủy ban nhân dân tỉnh Hà An"])


def _letter(addressee: str, closing: str) -> str:
    return f"""SỞ CÔNG THƯƠNG
TỈNH HÀ AN

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 215/SCT-QLCN
Hà An, ngày 12 tháng 3 năm 2026

V/v hướng dẫn an toàn hồ chứa nước

Kính gửi: {addressee}

Trả lời Văn bản số 45/UBND ngày 02 tháng 3 năm 2026 về việc đề nghị hướng dẫn an toàn hồ chứa nước, Sở Công Thương có ý kiến như sau:

Theo quy định hiện hành, chủ hồ chứa nước phải lập phương án ứng phó với tình huống khẩn cấp và trình cơ quan có thẩm quyền phê duyệt trước mùa mưa lũ.

{closing}

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Trần Văn Bình
"""


def test_letter_closing_request_to_direct_assigns_the_body_asked() -> None:
    got = _units(_letter(
        "Ủy ban nhân dân huyện Đông Sơn",
        "Trên đây là ý kiến của Sở Công Thương, đề nghị Ủy ban nhân dân huyện Đông Sơn chỉ đạo các chủ hồ "
        "chứa nước trên địa bàn thực hiện đúng quy định./.",
    ))
    assert list(got) == ["Ủy ban nhân dân huyện Đông Sơn"]
    assert any("chủ hồ" in t for t in got["Ủy ban nhân dân huyện Đông Sơn"])


def test_letter_courtesy_word_means_the_addressee() -> None:
    got = _units(_letter(
        "Ủy ban nhân dân huyện Đông Sơn",
        "Trên đây là ý kiến của Sở Công Thương, đề nghị Quý Ủy ban hướng dẫn các chủ hồ chứa nước thực hiện./.",
    ))
    assert list(got) == ["Ủy ban nhân dân huyện Đông Sơn"]


def test_letter_asking_only_to_apply_the_rules_assigns_nothing() -> None:
    got = _units(_letter(
        "Ủy ban nhân dân huyện Đông Sơn",
        "Trên đây là ý kiến của Sở Công Thương, đề nghị Ủy ban nhân dân huyện Đông Sơn căn cứ các quy định "
        "trên, chủ động nghiên cứu để thực hiện theo đúng quy định./.",
    ))
    assert got == {}


def test_letter_request_only_if_problems_arise_assigns_nothing() -> None:
    got = _units(_letter(
        "Ủy ban nhân dân huyện Đông Sơn",
        "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị Quý Ủy ban phản hồi về Sở Công Thương "
        "để được hướng dẫn./.",
    ))
    assert got == {}


_DIRECTIVE = """THỦ TƯỚNG CHÍNH PHỦ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 09/CT-TTg
Hà Nội, ngày 04 tháng 5 năm 2026

CHỈ THỊ
Về tăng cường hỗ trợ học nghề cho thanh niên nông thôn

Thời gian qua, công tác hỗ trợ học nghề cho thanh niên nông thôn đã đạt được một số kết quả, song còn nhiều hạn chế.

Để nâng cao hiệu quả công tác này, Thủ tướng Chính phủ yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương:

1. Chỉ đạo các cấp đưa chỉ tiêu học nghề vào kế hoạch phát triển kinh tế - xã hội hằng năm.

2. Bố trí kinh phí hỗ trợ học nghề cho thanh niên nông thôn.

3. Trung tâm dịch vụ việc làm có trách nhiệm tư vấn, giới thiệu việc làm sau học nghề.

Thủ tướng Chính phủ yêu cầu các cấp, các ngành thực hiện nghiêm túc Chỉ thị này./.

Nơi nhận:
- Như trên;
- Lưu: VT.

THỦ TƯỚNG
Nguyễn Văn An
"""


def test_directive_intro_hands_its_list_to_the_role_named() -> None:
    """The intro ending "… yêu cầu Chủ tịch …:" hands the numbered items to that role, even when
    one item names a body of its own; the role is given the items as tasks."""
    got = _units(_DIRECTIVE)
    name = "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"
    assert name in got, list(got)
    assert any("kinh phí" in t for t in got[name])


_EXEC_PARAGRAPH = """ỦY BAN NHÂN DÂN
TỈNH HÀ AN

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 310/QĐ-UBND
Hà An, ngày 20 tháng 2 năm 2026

QUYẾT ĐỊNH
Về việc giao vốn đầu tư công năm 2026

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ AN

Căn cứ Luật Đầu tư công ngày 29 tháng 11 năm 2024;

QUYẾT ĐỊNH:

Điều 1. Giao vốn đầu tư công năm 2026 cho các chủ đầu tư theo Phụ lục kèm theo.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tài chính chịu trách nhiệm thi hành Quyết định này. Sở Nội vụ, Công an tỉnh theo chức năng, nhiệm vụ được giao theo dõi việc triển khai thực hiện Quyết định đúng quy định của pháp luật./.

Nơi nhận:
- Như Điều 2;
- Lưu: VT.

CHỦ TỊCH
Lê Văn An
"""


def test_execution_paragraph_other_sentence_about_carrying_it_out() -> None:
    got = _units(_EXEC_PARAGRAPH)
    for name in ("Chánh Văn phòng Ủy ban nhân dân tỉnh", "Giám đốc Sở Tài chính", "Sở Nội vụ", "Công an tỉnh"):
        assert name in got, (name, list(got))


_COUNCIL = """HỘI ĐỒNG NHÂN DÂN
TỈNH HÀ AN

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 21/2026/NQ-HĐND
Hà An, ngày 10 tháng 7 năm 2026

NGHỊ QUYẾT
Quy định mức hỗ trợ lãi suất cho hợp tác xã nông nghiệp

HỘI ĐỒNG NHÂN DÂN TỈNH HÀ AN

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;

QUYẾT NGHỊ:

Điều 1. Mức hỗ trợ

1. Hỗ trợ 50% lãi suất vay vốn cho hợp tác xã nông nghiệp.

2. Giao Sở Tài chính quyết định mức hỗ trợ cụ thể cho từng hợp tác xã trong hạn mức dự toán.

Điều 2. Điều khoản thi hành

1. Nghị quyết này có hiệu lực từ ngày 01 tháng 8 năm 2026.

2. Giao Ủy ban nhân dân tỉnh hướng dẫn, tổ chức thực hiện Nghị quyết bảo đảm đúng đối tượng.

3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh tham gia giám sát việc thực hiện Nghị quyết.

Nghị quyết này đã được Hội đồng nhân dân tỉnh Hà An thông qua ngày 10 tháng 7 năm 2026./.

Nơi nhận:
- Như Điều 2;
- Lưu: VT.

CHỦ TỊCH
Trần Văn Bình
"""


def test_normative_text_gives_work_only_to_carry_it_out() -> None:
    """A normative text (its year in its number) delegates powers in its articles ("Giao Sở A
    quyết định mức …"): no assignment; its clauses about carrying it out are."""
    got = _units(_COUNCIL)
    assert "Ủy ban nhân dân tỉnh" in got
    assert "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh" in got
    assert "Sở Tài chính" not in got


def test_lead_label_over_tasks_names_no_unit() -> None:
    """Under a "Chủ trì:" label, dash items that are tasks ("- Xây dựng kế hoạch …", "- Tổ chức
    hội nghị …") name no unit; a body's item below them is not read as the lead's either."""
    doc = _HEAD + """I. NHIỆM VỤ

1. Công tác tuyên truyền

a) Chủ trì:

- Xây dựng kế hoạch tuyên truyền năm 2026;

- Tổ chức hội nghị sơ kết công tác tuyên truyền.

b) Thời gian thực hiện: Quý III/2026.
""" + _TAIL
    got = _units(doc)
    assert not any(n.startswith(("Xây dựng", "Tổ chức")) for n in got), list(got)


def test_single_sentence_giving_clause_names_no_co_operating_body() -> None:
    """"Điều 2. Giao Sở A chủ trì, phối hợp với các sở, ngành; Ủy ban nhân dân các xã và các
    doanh nghiệp … triển khai thực hiện": the bodies after "phối hợp với" co-operate."""
    doc = _GOV_RESOLUTION.replace(
        "Điều 2. Bộ Tài chính chủ trì, phối hợp với Bộ Y tế hướng dẫn việc chuyển giao tài sản công của Trung tâm.",
        "Điều 2. Giao Bộ Tài chính chủ trì, phối hợp với các bộ, ngành; Ủy ban nhân dân tỉnh Hà An và các "
        "doanh nghiệp có liên quan hướng dẫn việc chuyển giao tài sản công của Trung tâm.",
    )
    got = _units(doc)
    assert "Bộ Tài chính" in got
    assert not any(n.casefold().startswith("các doanh nghiệp") for n in got), list(got)


def test_normative_by_number_or_by_what_the_text_calls_itself() -> None:
    from pipeline.extract.unit_sites import normative

    assert normative(segment_text(_COUNCIL))  # its year in its number
    assert not normative(segment_text(_GOV_RESOLUTION))  # "140/NQ-CP": an individual resolution
    headless = _COUNCIL.replace("Số: 21/2026/NQ-HĐND\n", "").replace(
        "Điều 1. Mức hỗ trợ\n", "Điều 1. Phạm vi điều chỉnh\n\nNghị quyết này quy định mức hỗ trợ lãi suất.\n\n"
    )
    assert normative(segment_text(headless))


def test_dash_item_with_another_body_as_subject_is_its_own_unit() -> None:
    # under "2. Ủy ban nhân dân các xã": "- Ủy ban nhân dân xã Tân Lạc chủ trì …" gives that body
    # its own task; the heading's officer ("- Chủ tịch Ủy ban nhân dân các xã chịu trách nhiệm …")
    # and a member a group heading lists ("3. Các Sở: Y tế, Tài chính") stay the heading's
    text = _HEAD + (
        "III. TỔ CHỨC THỰC HIỆN\n"
        "1. Sở Xây dựng\n"
        "- Hướng dẫn các xã rà soát nhà ở xuống cấp.\n"
        "2. Ủy ban nhân dân các xã\n"
        "- Chủ tịch Ủy ban nhân dân các xã chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh về công tác di dời.\n"
        "- Bố trí địa điểm sơ tán người dân vùng trũng.\n"
        "- Ủy ban nhân dân xã Tân Lạc chủ trì, phối hợp với Ủy ban nhân dân xã Đồng Mai lập phương án di dời cụm dân cư ven sông.\n"
        "- Kiểm tra hệ thống kênh mương trước mùa mưa.\n"
        "3. Các Sở: Y tế, Tài chính\n"
        "- Sở Tài chính chủ trì bố trí kinh phí dự phòng.\n"
        "4. Công an tỉnh\n"
        "a) Bảo đảm an ninh tại các điểm sơ tán.\n"
        "b) Chủ trì, phối hợp\n"
        "- Sở Nội vụ tham mưu khen thưởng các tập thể có thành tích.\n"
    ) + _TAIL
    units = _units(text)
    assert any("di dời cụm dân cư" in t for t in units["Ủy ban nhân dân xã Tân Lạc"])
    own = units["Ủy ban nhân dân các xã"]
    assert any("sơ tán" in t for t in own) and any("kênh mương" in t for t in own)
    assert not any("di dời cụm dân cư" in t for t in own)
    assert "Ủy ban nhân dân xã Đồng Mai" not in units  # it co-operates
    assert not [n for n in units if n.startswith("Chủ tịch")]
    assert "Sở Nội vụ" not in units  # a partner's part under the unit's own task "b) Chủ trì, phối hợp"
