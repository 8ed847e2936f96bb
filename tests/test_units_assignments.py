"""Responsible units: how letters, task-assignment sections and execution clauses hand out work.

Every document here is synthetic (written for the test, names of places invented); each test
pins one mechanism of pipeline/extract/units.py and would fail without it.
"""

from __future__ import annotations

import pytest
from corpus_files import segment_text
from synthetic_decision import LETTER_TAIL
from synthetic_party import PARTY_TAIL

from pipeline.extract.units import _analyse, extract_responsible_units
from pipeline.provenance import Prov


def _units(text: str) -> dict[str, list[str]]:
    return {u["name"]: u["tasks"] for u in extract_responsible_units(segment_text(text), Prov())}


_HEAD = """ỦY BAN NHÂN DÂN
TỈNH HÀ AN

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 812/UBND-KT
Hà An, ngày 12 tháng 3 năm 2026

V/v tăng cường quản lý hoạt động khai thác cát, sỏi

Kính gửi:
- Các sở, ban, ngành tỉnh;
- Ủy ban nhân dân các xã, phường.

Để tăng cường quản lý hoạt động khai thác cát, sỏi trên địa bàn, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:
"""

_TAIL = """
Nơi nhận:
- Như trên;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn D
"""

# a first paragraph of common duties (which the segmenter may take for the implementation
# section), then one numbered paragraph per unit; the last unit's tasks are plain paragraphs
_LETTER = _HEAD + """
1. Trách nhiệm chung của các cơ quan, đơn vị
- Thực hiện nghiêm các quy định về quản lý khoáng sản.
- Phối hợp chặt chẽ trong kiểm tra, giám sát.
2. Sở Nông nghiệp và Môi trường
- Chủ trì kiểm tra các bến bãi tập kết cát, sỏi.
3. Công an tỉnh
- Điều tra, xử lý các hành vi khai thác trái phép.
4. Giao Sở Xây dựng
Chủ trì rà soát các phương tiện khai thác cát, sỏi trên sông.
Đối với các bến bãi thuộc phạm vi quản lý, hướng dẫn chủ bến lập hồ sơ theo quy định.
5. Tổ chức thực hiện
Thủ trưởng các sở, ban, ngành tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường chịu trách nhiệm tổ chức triển khai thực hiện nghiêm túc các nội dung nêu trên./.
""" + _TAIL


def test_a_letters_numbered_unit_paragraphs_are_read_beside_a_first_section_of_common_duties():
    got = _units(_LETTER)
    assert list(got) == [
        "Các cơ quan, đơn vị",
        "Sở Nông nghiệp và Môi trường",
        "Công an tỉnh",
        "Sở Xây dựng",
        "Thủ trưởng các sở, ban, ngành tỉnh",
        "Chủ tịch Ủy ban nhân dân các xã, phường",
    ]
    # the last unit's tasks are plain paragraphs: they stay its tasks
    assert got["Sở Xây dựng"][0] == "Chủ trì rà soát các phương tiện khai thác cát, sỏi trên sông"
    # "Đối với X, <task>": X is the topic of the task, no unit
    assert not any(n.startswith("Các bến bãi") for n in got)


_TEAM = """SỞ CÔNG THƯƠNG TỈNH HÀ AN
ĐOÀN KIỂM TRA

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 03/KH-ĐKT
Hà An, ngày 2 tháng 4 năm 2026

KẾ HOẠCH
Kiểm tra việc sử dụng vật liệu nổ công nghiệp năm 2026

1. Mục đích
- Đánh giá việc chấp hành pháp luật.
2. Phân công nhiệm vụ
2.1. Ông Lê Minh Tuấn - Trưởng đoàn: Phụ trách chung; chủ trì các buổi làm việc.
2.2. Bà Phạm Thu Hà - Phó Trưởng đoàn: Kiểm tra hồ sơ pháp lý.
2.3. Ông Đỗ Văn Nam - Thư ký đoàn: Ghi biên bản, tổng hợp báo cáo.
3. Kinh phí
Kinh phí thực hiện theo quy định.
""" + _TAIL


def test_a_person_named_before_a_role_gives_the_role():
    got = _units(_TEAM)
    assert list(got) == ["Trưởng đoàn", "Phó Trưởng đoàn", "Thư ký đoàn"]
    assert got["Trưởng đoàn"][0] == "Phụ trách chung"


@pytest.mark.parametrize("line", [
    "Ông Lê Minh Tuấn chủ trì buổi làm việc.",
    "Bà Phạm Thu Hà phát biểu ý kiến.",
])
def test_a_person_without_a_role_is_no_unit(line: str):
    assert _analyse(line, "line", False) is None


_DECREE = """BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 07/2026/TT-BLĐTBXH
Hà Nội, ngày 5 tháng 5 năm 2026

THÔNG TƯ
Hướng dẫn quản lý lao động, tiền lương đối với Quỹ hỗ trợ việc làm

Điều 1. Phạm vi điều chỉnh
Thông tư này hướng dẫn quản lý lao động, tiền lương đối với Quỹ.
Điều 2. Xếp lương
Quỹ thực hiện xếp lương theo quy định.
Điều 3. Trách nhiệm thực hiện
1. Trách nhiệm của Quỹ:
a) Chủ tịch Quỹ có trách nhiệm phê duyệt quỹ tiền lương kế hoạch.
b) Tổng giám đốc, Giám đốc Quỹ có trách nhiệm xây dựng quỹ tiền lương.
c) Kiểm soát viên có trách nhiệm giám sát việc thực hiện.
2. Trách nhiệm của Sở Tài chính
a) Hướng dẫn lập dự toán.
b) Kiểm tra quyết toán.
Điều 4. Hiệu lực thi hành
Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2026.

KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Nguyễn Văn E
"""


def test_officers_charged_under_a_body_s_duties_are_the_units_and_the_title_names_the_section_s_unit():
    got = _units(_DECREE)
    assert list(got) == ["Chủ tịch Quỹ", "Tổng giám đốc Quỹ", "Giám đốc Quỹ", "Kiểm soát viên", "Sở Tài chính"]
    # "2. Trách nhiệm của Sở Tài chính" / "a) …": the section's own title names its unit
    assert got["Sở Tài chính"] == ["Hướng dẫn lập dự toán", "Kiểm tra quyết toán"]


def test_under_a_plain_unit_heading_its_chief_s_responsibility_is_its_task():
    text = _LETTER.replace(
        "3. Công an tỉnh\n- Điều tra, xử lý các hành vi khai thác trái phép.",
        "3. Ủy ban nhân dân các xã, phường\na) Chủ tịch Ủy ban nhân dân xã, phường chịu trách nhiệm trước Chủ tịch "
        "Ủy ban nhân dân tỉnh về khai thác trái phép trên địa bàn.\nb) Kiểm tra các bến bãi.",
    )
    got = _units(text)
    assert "Chủ tịch Ủy ban nhân dân xã, phường" not in got
    assert len(got["Ủy ban nhân dân các xã, phường"]) == 2


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # an execution clause's list runs to "chịu trách nhiệm thi hành", a copula and an agent
        # clause ("do A, B thành lập mà không phải là …") inside a name included
        ("Bộ trưởng, người đứng đầu tổ chức do Chính phủ, Thủ tướng Chính phủ thành lập mà không phải là "
         "đơn vị sự nghiệp công lập, Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương chịu "
         "trách nhiệm thi hành Thông tư này.",
         ["Bộ trưởng",
          "Người đứng đầu tổ chức do Chính phủ, Thủ tướng Chính phủ thành lập mà không phải là đơn vị sự nghiệp công lập",
          "Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương"]),
        # a field's name that ends in a collective's word ("… Xã hội") is complete
        ("Sở Lao động - Thương binh và Xã hội, trường trung cấp chịu trách nhiệm thi hành Thông tư này.",
         ["Sở Lao động - Thương binh và Xã hội", "Trường trung cấp"]),
        # a body that exists at every level, named bare, shares the locality of the next name
        ("Hội đồng nhân dân, Ủy ban nhân dân tỉnh Hà An có trách nhiệm tổ chức thi hành Nghị quyết này.",
         ["Hội đồng nhân dân tỉnh Hà An", "Ủy ban nhân dân tỉnh Hà An"]),
        ("Ủy ban nhân dân và Sở Y tế các tỉnh, thành phố trực thuộc Trung ương chịu trách nhiệm thi hành Thông tư này.",
         ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
          "Sở Y tế các tỉnh, thành phố trực thuộc Trung ương"]),
        # a distributed list ends at a member naming its own unit; a role's jurisdictions stay
        # with it; "nêu trên" qualifies no unit
        ("Bộ trưởng các Bộ: Quốc phòng, Y tế và các Bộ, ngành có liên quan; Bí thư tỉnh ủy, thành ủy và Chủ "
         "tịch Ủy ban nhân dân các tỉnh, thành phố nêu trên theo chức năng, nhiệm vụ: chỉ đạo ứng phó.",
         ["Bộ trưởng Bộ Quốc phòng", "Bộ trưởng Bộ Y tế", "Các Bộ, ngành có liên quan", "Bí thư tỉnh ủy, thành ủy",
          "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố"]),
        ("Giao Phó Thủ tướng Chính phủ Lê Văn Khải chỉ đạo các địa phương khắc phục hậu quả.",
         ["Phó Thủ tướng Chính phủ Lê Văn Khải"]),
        # a role before a colon goes with each body of its list
        ("Chánh Văn phòng; Giám đốc: Trung tâm Phục vụ hành chính công tỉnh, Trung tâm Công báo tỉnh; Chủ tịch "
         "Ủy ban nhân dân cấp xã chịu trách nhiệm thi hành Quyết định này.",
         ["Chánh Văn phòng", "Giám đốc Trung tâm Phục vụ hành chính công tỉnh", "Giám đốc Trung tâm Công báo tỉnh",
          "Chủ tịch Ủy ban nhân dân cấp xã"]),
        # two roles in a list are two units; a role's agent and relative clauses stay in its name
        ("Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, người đứng đầu tổ chức do Chính phủ thành lập mà không phải là "
         "đơn vị sự nghiệp công lập, Chủ tịch Ủy ban nhân dân tỉnh có trách nhiệm chỉ đạo các cơ quan thuộc quyền.",
         ["Bộ trưởng", "Thủ trưởng cơ quan ngang Bộ",
          "Người đứng đầu tổ chức do Chính phủ thành lập mà không phải là đơn vị sự nghiệp công lập",
          "Chủ tịch Ủy ban nhân dân tỉnh"]),
        # the chief of his own office names one body, "và" inside its name included
        ("Chánh Văn phòng, Cục trưởng Cục Nhà giáo và Cán bộ quản lý giáo dục, Thủ trưởng các đơn vị có liên "
         "quan chịu trách nhiệm thi hành Thông tư này.",
         ["Chánh Văn phòng", "Cục trưởng Cục Nhà giáo và Cán bộ quản lý giáo dục", "Thủ trưởng các đơn vị có liên quan"]),
        ("Cục trưởng Cục Quản lý chất lượng và Vụ trưởng Vụ Pháp chế chịu trách nhiệm thi hành Thông tư này.",
         ["Cục trưởng Cục Quản lý chất lượng", "Vụ trưởng Vụ Pháp chế"]),
        # the charging formula is never part of a name
        ("Các địa phương, cơ quan, đơn vị chịu trách nhiệm về hồ sơ đề nghị khen thưởng.",
         ["Các địa phương, cơ quan, đơn vị"]),
        # "theo <nhiệm vụ …>" qualifies the assignment
        ("Các Phó Thủ tướng Chính phủ theo nhiệm vụ được phân công: chỉ đạo các bộ, ngành.",
         ["Các Phó Thủ tướng Chính phủ"]),
    ],
)
def test_a_list_of_units_is_cut_between_names_and_never_inside_one(line: str, names: list[str]):
    f = _analyse(line, "line", False)
    assert f is not None and [n for n, _a, _b in f.names] == names


_SLASH = _HEAD.replace("khai thác cát, sỏi", "quản lý vật liệu nổ") + """
Công tác quản lý vật liệu nổ công nghiệp (VLNCN), tiền chất thuốc nổ (TCTN) thời gian qua được tăng cường.
1. Công an tỉnh
a) Kiểm tra việc sử dụng VLNCN.
2. Bộ Chỉ huy Quân sự tỉnh/Ban Chỉ huy Bộ đội Biên phòng tỉnh
a) Tuyên truyền pháp luật cho cá nhân, tổ chức trong khu vực biên giới.
3. Các tổ chức, doanh nghiệp hoạt động liên quan đến VLNCN, TCTN
a) Chấp hành nghiêm quy định về bảo quản VLNCN.
4. Đài Truyền hình Việt Nam, Thông tấn xã Việt Nam kịp thời đưa tin về công tác quản lý.
""" + _TAIL


def test_slash_joined_names_are_two_units_and_the_document_s_own_abbreviations_are_expanded():
    got = _units(_SLASH)
    assert list(got) == [
        "Công an tỉnh",
        "Bộ Chỉ huy Quân sự tỉnh",
        "Ban Chỉ huy Bộ đội Biên phòng tỉnh",
        "Các tổ chức, doanh nghiệp hoạt động liên quan đến vật liệu nổ công nghiệp, tiền chất thuốc nổ",
        "Đài Truyền hình Việt Nam",
        "Thông tấn xã Việt Nam",
    ]


@pytest.mark.parametrize("line", [
    "Sở Tư pháp chủ trì thẩm định văn bản số 30/2020/NĐ-CP.",
    "Phòng Văn hóa - Thông tin chủ trì tuyên truyền.",
])
def test_a_slash_inside_a_symbol_parts_no_names(line: str):
    f = _analyse(line, "line", False)
    assert f is not None and len(f.names) == 1


_NOTICE = """VĂN PHÒNG CHÍNH PHỦ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 141/TB-VPCP
Hà Nội, ngày 2 tháng 12 năm 2025

THÔNG BÁO
Kết luận của Phó Thủ tướng tại buổi làm việc với lãnh đạo tỉnh Hà An

Ngày 20/11/2025, Phó Thủ tướng đã làm việc với lãnh đạo tỉnh Hà An. Phó Thủ tướng kết luận như sau:

I. ĐÁNH GIÁ CHUNG
Năm 2025 tỉnh Hà An đạt nhiều kết quả. Tuy nhiên, tỉnh Hà An cần khắc phục những hạn chế về giải ngân.

II. MỘT SỐ NHIỆM VỤ, GIẢI PHÁP
1. Về tăng trưởng kinh tế:
Tỉnh cần tập trung lãnh đạo, chỉ đạo hoàn thành các chỉ tiêu năm 2025.
2. Đẩy nhanh giải ngân vốn đầu tư công.

III. VỀ KIẾN NGHỊ CỦA TỈNH
Giao Bộ Tài chính xem xét, xử lý kiến nghị của tỉnh Hà An.
"""


def test_a_notice_s_province_named_by_its_level_alone_is_the_province_it_is_about():
    got = _units(_NOTICE)
    assert list(got) == ["Tỉnh Hà An", "Bộ Tài chính"]
    # the appraisal section's "tỉnh Hà An cần khắc phục …" gives the province no task
    assert got["Tỉnh Hà An"] == ["Cần tập trung lãnh đạo, chỉ đạo hoàn thành các chỉ tiêu năm 2025"]


def test_a_level_alone_without_a_province_named_anywhere_is_dropped():
    text = _NOTICE.replace("tỉnh Hà An", "địa phương")
    assert "Tỉnh" not in _units(text)


_DUTIES = _DECREE.replace(
    """Điều 3. Trách nhiệm thực hiện
1. Trách nhiệm của Quỹ:
a) Chủ tịch Quỹ có trách nhiệm phê duyệt quỹ tiền lương kế hoạch.
b) Tổng giám đốc, Giám đốc Quỹ có trách nhiệm xây dựng quỹ tiền lương.
c) Kiểm soát viên có trách nhiệm giám sát việc thực hiện.
2. Trách nhiệm của Sở Tài chính
a) Hướng dẫn lập dự toán.
b) Kiểm tra quyết toán.
""",
    """Điều 3. Trình tự hỗ trợ
1. Hồ sơ gồm đơn đề nghị.
2. Trình tự thực hiện:
a) Trách nhiệm của Ủy ban nhân dân cấp xã
Chủ tịch Ủy ban nhân dân cấp xã thành lập Tổ kiểm tra để thống kê thiệt hại.
b) Trách nhiệm của Ủy ban nhân dân cấp tỉnh
Căn cứ báo cáo của cấp xã, cơ quan chuyên môn về nông nghiệp thuộc Ủy ban nhân dân cấp tỉnh có trách nhiệm thẩm định hồ sơ.
Điều 4. Trách nhiệm của các tổ chức và cá nhân trong công tác hỗ trợ
1. Thủ trưởng các đơn vị thuộc Bộ trực tiếp chỉ đạo và chịu trách nhiệm về công tác hỗ trợ.
2. Trách nhiệm của các cơ quan, tổ chức và cá nhân có liên quan:
a) Chấp hành các quy định của pháp luật.
Điều 5. Tổ chức thực hiện
Các cơ quan, cá nhân và tổ chức có liên quan chịu trách nhiệm thi hành Thông tư này.
""").replace("Điều 4. Hiệu lực thi hành", "Điều 6. Hiệu lực thi hành")


def test_duties_of_a_body_at_any_level_and_what_their_articles_charge():
    got = _units(_DUTIES)
    assert list(got) == [
        "Ủy ban nhân dân cấp xã",
        # charged by the formula under "Trách nhiệm của …": a unit of its own
        "Cơ quan chuyên môn về nông nghiệp thuộc Ủy ban nhân dân cấp tỉnh",
        "Thủ trưởng các đơn vị thuộc Bộ",
        "Các cơ quan, tổ chức và cá nhân có liên quan",
    ]
    # a procedural sentence under a body's duties is its task, not a unit
    assert got["Ủy ban nhân dân cấp xã"][0].startswith("Chủ tịch Ủy ban nhân dân cấp xã thành lập")


_TELEGRAM = _HEAD.replace("khai thác cát, sỏi", "ứng phó mưa lũ") + """
1. Chủ tịch Ủy ban nhân dân các xã, phường chỉ đạo sơ tán dân khỏi vùng nguy hiểm.
2. Chủ tịch Ủy ban nhân dân các xã, phường tại khu vực dự báo có mưa lớn tổ chức trực ban 24/24 giờ.
3. Giao Sở Xây dựng kiểm tra an toàn công trình; Sở Y tế bảo đảm thuốc men cho vùng bị cô lập.
4. Các tổ chức, cá nhân được cấp phép khai thác khoáng sản có trách nhiệm bảo đảm an toàn moong khai thác.
5. Bộ trưởng Bộ Nội vụ chủ trì hướng dẫn thi hành; Bộ trưởng, Thủ trưởng cơ quan ngang bộ chịu trách nhiệm thi hành Công điện này.
""" + _TAIL


def test_one_letter_s_ways_of_naming_the_same_and_several_units():
    got = _units(_TELEGRAM)
    assert list(got) == [
        # named again with where it acts: the same unit, its first name kept
        "Chủ tịch Ủy ban nhân dân các xã, phường",
        "Sở Xây dựng",
        # a new subject after a semicolon is a new assignment
        "Sở Y tế",
        # the class's passive qualifier runs on to the formula that charges it
        "Các tổ chức, cá nhân được cấp phép khai thác khoáng sản",
        "Bộ trưởng Bộ Nội vụ",
        # every minister is not the Minister of Home Affairs
        "Bộ trưởng",
        "Thủ trưởng cơ quan ngang bộ",
    ]
    assert len(got["Chủ tịch Ủy ban nhân dân các xã, phường"]) == 2


def test_a_subject_that_only_asks_is_not_assigned():
    assert _analyse("Bộ Tài chính đề nghị điều chỉnh mức doanh thu chịu thuế.", "sentence") is None
    f = _analyse("Bộ Tài chính đề nghị các bộ, ngành phối hợp thực hiện.", "sentence")
    assert f is not None and [n for n, _a, _b in f.names] == ["Các bộ, ngành"]


_DEMANDS = """SỞ CÔNG THƯƠNG
TỈNH HÀ AN

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 77/SCT-KTAT
Hà An, ngày 3 tháng 6 năm 2026

V/v chấn chỉnh hoạt động kinh doanh khí dầu mỏ hóa lỏng

Kính gửi: Các thương nhân kinh doanh khí dầu mỏ hóa lỏng trên địa bàn tỉnh

Để bảo đảm an toàn trong kinh doanh khí dầu mỏ hóa lỏng, Sở Công Thương yêu cầu các doanh nghiệp kinh doanh khí dầu mỏ hóa lỏng trên địa bàn thực hiện một số nội dung sau:

1. Rà soát, kiểm tra các cửa hàng bán lẻ.
2. Thực hiện chế độ báo cáo định kỳ.
""" + _TAIL


def test_a_letter_whose_items_name_no_unit_assigns_them_to_the_units_its_intro_names():
    got = _units(_DEMANDS)
    # the subject that asks (Sở Công Thương) is not an assignee
    assert list(got) == ["Các doanh nghiệp kinh doanh khí dầu mỏ hóa lỏng trên địa bàn"]


def test_a_task_joined_onto_its_unit_heading_by_the_converter_is_cut_at_the_name_s_level():
    # "3. Đề nghị … tỉnh" / "Tuyên truyền …" joined into one line: after the level a capitalised
    # task opener is the task, not a place name
    f = _analyse("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh "
                 "Tuyên truyền vận động nhân dân.", "line", False)
    assert f is not None and [n for n, _a, _b in f.names] == [
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Các tổ chức chính trị - xã hội tỉnh"]
    # a place name after the level stays
    f = _analyse("Ủy ban nhân dân tỉnh Hà An chỉ đạo thực hiện.", "line", False)
    assert f is not None and [n for n, _a, _b in f.names] == ["Ủy ban nhân dân tỉnh Hà An"]


def test_a_commune_health_station_is_a_unit():
    f = _analyse("Trạm Y tế xã: thực hiện tiêm chủng.", "line", False)
    assert f is not None and [n for n, _a, _b in f.names] == ["Trạm Y tế xã"]


def test_a_duty_announced_in_the_future_tense_assigns():
    f = _analyse("Bộ Công Thương sẽ phối hợp với các cơ quan chức năng kiểm tra, giám sát.", "sentence")
    assert f is not None and [n for n, _a, _b in f.names] == ["Bộ Công Thương"]


@pytest.mark.parametrize(("line", "name"), [
    ("Ủy ban nhân dân Thành phố có quyền hạn và trách nhiệm: chỉ đạo thực hiện.", "Ủy ban nhân dân Thành phố"),
    ("Bộ Lao động - Thương binh và Xã hội giúp Bộ trưởng hướng dẫn thực hiện.", "Bộ Lao động - Thương binh và Xã hội"),
    ("Ủy ban nhân dân cấp xã thông báo nội dung của dự án đến người dân.", "Ủy ban nhân dân cấp xã"),
    ("Công chức khi tham gia đào tạo: chấp hành nội quy.", "Công chức"),
])
def test_a_name_ends_where_its_clause_begins(line: str, name: str):
    f = _analyse(line, "line", False)
    assert f is not None and [n for n, _a, _b in f.names] == [name]


def test_a_body_listed_after_a_unit_with_va_is_not_that_unit():
    from pipeline.extract.units import _key, _same_unit

    assert not _same_unit(_key("Ủy ban nhân dân Thành phố"), _key("Ủy ban nhân dân Thành phố và cơ quan có liên quan"))
    assert _same_unit(_key("Ủy ban nhân dân xã"), _key("Ủy ban nhân dân xã, phường"))


def test_a_notice_s_province_by_its_level_alone_opening_a_sentence_with_an_action():
    """"Tỉnh căn cứ các quy định hiện hành để sắp xếp …": no modal, the action itself; the
    province the notice names most often. A level in small letters inside a sentence is none."""
    text = _NOTICE.replace("Tỉnh cần tập trung lãnh đạo", "Tỉnh tổ chức thực hiện nghiêm túc nhiệm vụ; tập trung lãnh đạo")
    got = _units(text)
    assert "Tỉnh Hà An" in got and "Bộ Tài chính" in got
    text = _NOTICE.replace("Tỉnh cần tập trung lãnh đạo", "Các sở của tỉnh tổ chức thực hiện nghiêm túc; tập trung lãnh đạo")
    assert "Tỉnh Hà An" not in _units(text)


_MIXED_LIST_LETTER = """ĐẢNG BỘ TỈNH AN PHÚ
ĐẢNG ỦY XÃ BÌNH MINH
*
Số 15-CV/ĐU
V/v triển khai Kết luận số 12-KL/TU

ĐẢNG CỘNG SẢN VIỆT NAM

Bình Minh, ngày 05 tháng 01 năm 2026

Kính gửi: Các cơ quan, đơn vị trên địa bàn xã.

Thực hiện Kết luận số 12-KL/TU ngày 20/12/2025 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Đảng ủy yêu cầu Hội đồng nhân dân xã, Ủy ban nhân dân xã, Ủy ban Mặt trận Tổ quốc Việt Nam xã tập trung triển khai thực hiện tốt các nhiệm vụ sau đây:
1. Tổ chức quán triệt, tuyên truyền sâu rộng trong đội ngũ cán bộ, công chức về nội dung Kết luận, hoàn thành trong tháng 01/2026.
2. Tổ chức thực hiện nghiêm túc quy chế làm việc, đổi mới phương thức làm việc và tăng cường ứng dụng công nghệ thông tin.
3. Ủy ban Kiểm tra Đảng ủy chủ trì tham mưu việc kiểm tra, giám sát việc thực hiện của các tổ chức đảng.
4. Giao Văn phòng Đảng ủy theo dõi, tổng hợp kết quả thực hiện, báo cáo Ban Thường vụ Đảng ủy.

Nơi nhận:
- Như trên;
- Lưu VPĐU.

T/M BAN THƯỜNG VỤ
BÍ THƯ

Trần Văn Bình
"""


def test_an_intro_hands_a_list_that_opens_with_subjectless_tasks_to_its_asked_units():
    """Numbered items of which the first is a task without a subject ("1. Tổ chức quán triệt …")
    are the work of the bodies the intro asks, though later items name units of their own; a list
    whose every item names its unit leaves the intro's bodies to those items."""
    got = _units(_MIXED_LIST_LETTER)
    for name in ("Hội đồng nhân dân xã", "Ủy ban nhân dân xã", "Ủy ban Mặt trận Tổ quốc Việt Nam xã",
                 "Ủy ban Kiểm tra Đảng ủy", "Văn phòng Đảng ủy"):
        assert name in got, (name, list(got))
    assert any("quán triệt" in t for t in got["Ủy ban nhân dân xã"])
    named = _MIXED_LIST_LETTER.replace("1. Tổ chức quán triệt", "1. Ban Xây dựng Đảng tổ chức quán triệt").replace(
        "2. Tổ chức thực hiện", "2. Ban Tuyên giáo tổ chức thực hiện")
    assert "Hội đồng nhân dân xã" not in _units(named)


_TOPIC_CUE_PLAN = """ĐẢNG BỘ TỈNH AN PHÚ
ĐẢNG ỦY XÃ BÌNH MINH
*
Số 12-KH/ĐU

ĐẢNG CỘNG SẢN VIỆT NAM

Bình Minh, ngày 10 tháng 9 năm 2025

KẾ HOẠCH
làm việc với các tổ chức cơ sở Đảng

I. MỤC ĐÍCH, YÊU CẦU
1. Nắm tình hình thực hiện nhiệm vụ của các tổ chức cơ sở Đảng.
II. TỔ CHỨC THỰC HIỆN
1. Căn cứ Kế hoạch này, đề nghị các tổ chức cơ sở Đảng chuẩn bị nội dung báo cáo và các điều kiện phục vụ làm việc.
- Đối với báo cáo của các chi bộ thôn: Đề nghị các đ/c Ủy viên Ban Thường vụ Đảng ủy, Đảng ủy viên được phân công phụ trách địa bàn các thôn chỉ đạo, hướng dẫn, tổng hợp báo cáo.
2. Văn phòng Đảng ủy tham mưu Thường trực Đảng ủy dự kiến chương trình công tác hằng tuần.

""" + PARTY_TAIL


def test_an_item_that_names_its_topic_then_charges_other_bodies_by_a_cue_is_theirs():
    """"- Đối với báo cáo …: Đề nghị các đ/c Ủy viên …, Đảng ủy viên … chỉ đạo …" under a unit's
    paragraph charges the bodies after the cue (the abbreviated honorific "các đ/c" dropped), it
    is no task of the paragraph's unit."""
    got = _units(_TOPIC_CUE_PLAN)
    assert "Ủy viên Ban Thường vụ Đảng ủy" in got and "Đảng ủy viên" in got
    assert not any("Đề nghị" in t for t in got["Các tổ chức cơ sở Đảng"])


def test_a_last_paragraph_that_gives_a_named_body_its_own_task_assigns():
    """The paragraph closing a letter ("…./.") is its closing formula, unless a body named as such
    is its subject with a task of its own ("Văn phòng Bộ theo dõi, đôn đốc …, báo cáo …./.");
    a class asked to carry the letter out (the formula) still assigns nothing."""
    head, tail = _MIXED_LIST_LETTER.split("\nNơi nhận:")
    text = head.rstrip() + "\nVăn phòng Đảng ủy theo dõi, đôn đốc các tổ chức đảng thực hiện nghiêm túc Công văn này, kịp thời tổng hợp, báo cáo Ban Thường vụ./.\n\nNơi nhận:" + tail
    text = text.replace("4. Giao Văn phòng Đảng ủy theo dõi, tổng hợp kết quả thực hiện, báo cáo Ban Thường vụ Đảng ủy.\n", "")
    assert "Văn phòng Đảng ủy" in _units(text)
    formula = text.replace("Văn phòng Đảng ủy theo dõi, đôn đốc các tổ chức đảng thực hiện nghiêm túc Công văn này, kịp thời tổng hợp, báo cáo Ban Thường vụ./.",
                           "Các tổ chức đảng nghiêm túc triển khai thực hiện./.")
    assert "Các tổ chức đảng" not in _units(formula)


def test_an_intro_over_general_requirements_hands_them_to_its_asked_bodies():
    """"… yêu cầu Sở A, UBND các xã, phường, Tổng công ty B thực hiện một số nội dung sau:" over
    "1. Yêu cầu chung:" and "2. Trách nhiệm của các đơn vị: 2.1. Sở Tài chính: …": the general
    requirements are the asked bodies' (a capitalised kind after the list of localities starts a
    body of its own), the later section's bodies are units too."""
    text = """ỦY BAN NHÂN DÂN
TỈNH HÀ AN

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 815/UBND-KT
Hà An, ngày 14 tháng 3 năm 2026

V/v tăng cường quản lý công tác đấu thầu

Kính gửi:
- Các sở, ban, ngành thuộc tỉnh;
- Ủy ban nhân dân các xã, phường.

Ủy ban nhân dân tỉnh yêu cầu Sở Xây dựng, Ủy ban nhân dân các xã, phường, Tổng công ty Đầu tư Hà An và các đơn vị trực thuộc tỉnh tiếp tục nghiên cứu, thực hiện một số nội dung sau:

1. Yêu cầu chung:
- Nghiên cứu, quán triệt và thực hiện nghiêm túc quy định pháp luật về đấu thầu.
2. Trách nhiệm của các đơn vị:
2.1. Sở Tài chính:
- Chủ trì tổ chức đào tạo chuyên sâu về đấu thầu.

""" + LETTER_TAIL
    got = _units(text)
    for name in ("Sở Xây dựng", "Ủy ban nhân dân các xã, phường", "Tổng công ty Đầu tư Hà An", "Sở Tài chính"):
        assert name in got, (name, list(got))
    assert not any(n.startswith("Ủy ban nhân dân các xã, phường, Tổng") for n in got)


def test_numbered_heading_that_gives_work_to_a_unit_alone_takes_the_items_under_it():
    # "3. Giao Sở Nội vụ" with no colon, its tasks as dash items below: the heading assigns them;
    # a heading naming a topic ("c) Đối với các doanh nghiệp" over criteria) assigns nothing
    text = (
        "ỦY BAN NHÂN DÂN TỈNH HÀ AN\n\nSố: 12/UBND-NV\nV/v đánh giá cán bộ năm 2031\n\n"
        "Hà An, ngày 02 tháng 11 năm 2031\n\nKính gửi: Các sở, ban, ngành tỉnh.\n\n"
        "Chủ tịch Ủy ban nhân dân tỉnh có ý kiến chỉ đạo như sau:\n\n"
        "1. Về tiêu chí đánh giá\n\nc) Đối với các doanh nghiệp nhà nước\n\n"
        "- Hoàn thành vượt mức các chỉ tiêu kế hoạch sản xuất kinh doanh năm 2031.\n\n"
        "2. Giao Sở Nội vụ\n\n- Tổng hợp, tham mưu Ủy ban nhân dân tỉnh đánh giá tập thể lãnh đạo.\n\n"
        "- Báo cáo kết quả theo yêu cầu của cấp có thẩm quyền.\n\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn A\n"
    )
    got = _units(text)
    assert got.get("Sở Nội vụ", [""])[0].startswith("Tổng hợp, tham mưu"), got
    assert not any("doanh nghiệp" in n for n in got)
