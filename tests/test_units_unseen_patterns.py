"""Responsible units: general patterns that unseen documents showed the extractor missing or
misreading, each on a synthetic document written here (invented places: "tỉnh Hà An").

- a decision that founds a body sets out that body's duties: they are no work it assigns;
- a request reported in the past ("Cục A đã có văn bản đề nghị Cục B …") assigns nothing;
- a class and its members ("Các cơ sở gồm: Trường A, Trường B …"): the members, never "… gồm";
- a bare head noun referring back to bodies just named ("Công ty chịu trách nhiệm …" under a
  heading naming two companies, "Các đơn vị nêu trên …"): those bodies, never the bare noun;
- a report or a reply that asks its addressee to act ("Do đó, Sở A đề nghị Ủy ban nhân dân tỉnh
  có ý kiến chỉ đạo:", "Trên đây là ý kiến của Cục A để Quý Sở nghiên cứu, thực hiện"): the
  addressee is a unit, as the request (or, for "Quý …", "Kính gửi") names it;
- a verb that is also a kind of body ("tổ chức") right after a comma that closes a named body
  ("Công an tỉnh, tổ chức lực lượng …") opens the task; after a list of kinds it is one more;
- an acronym the text defines whose letters are no initials of the words ("Cảng biển Hà An
  (HSP)", an English name's letters) is written out, with the list's head where it hangs on one;
- a bare enterprise head asked to act ("Đề nghị Công ty tiếp tục …") is the enterprises the text
  named before it with their proper names; with none named, no unit;
- a letter's closing formula that names bodies one by one ("Yêu cầu Sở A, Sở B, … triển khai
  thực hiện./.") assigns them; addressed to classes and their heads alone it assigns nothing;
- a notice's closing "… thông báo để Ủy ban nhân dân tỉnh A và các Bộ, cơ quan liên quan biết,
  thực hiện./." assigns the bodies it names one by one;
- what a draft provides ("… chỉnh lý dự thảo Luật theo hướng:" / "- Giao Chính phủ quy định …"),
  a body's own decision ("Bộ trưởng Bộ A đồng ý …") or report ("Bộ A kính báo cáo Thủ tướng
  Chính phủ, Chính phủ xem xét …") assign nothing; a lower-case "thuế" (the tax) is no body
  passing work on.
"""

from __future__ import annotations

import pytest
from corpus_files import segment_text
from synthetic_decision import HEAD, TAIL
from test_units_grammar_unseen import _HEAD, _IMPL, _TAIL

from pipeline.extract.units import extract_responsible_units
from pipeline.provenance import Prov


def _units(text: str) -> list[str]:
    return [u["name"] for u in extract_responsible_units(segment_text(text), Prov())]


_FOUNDING = (
    HEAD.replace("Về việc ban hành quy chế", "Thành lập Hội đồng thẩm định đề án và Tổ giúp việc Hội đồng thẩm định đề án")
    .replace(
        "Điều 1. Ban hành quy chế kèm theo Quyết định này.",
        "Điều 1. Thành lập Hội đồng thẩm định đề án gồm các ông, bà có tên sau:\n"
        "1. Ông Lê Văn Bình, Giám đốc Sở Tài chính - Chủ tịch Hội đồng.\n"
        "2. Bà Trần Thị Cúc, Phó Giám đốc Sở Xây dựng - Thành viên.",
    )
    .replace(
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
        "Điều 2. Nhiệm vụ của Hội đồng và Tổ giúp việc\n1. Nhiệm vụ của Hội đồng\n"
        "- Thẩm định hồ sơ đề án theo quy định.\n2. Nhiệm vụ của Tổ giúp việc Hội đồng\n"
        "- Giúp Hội đồng tổng hợp hồ sơ, chuẩn bị tài liệu.\n"
        "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.",
    )
)


def test_founded_bodies_duties_are_no_assignment() -> None:
    names = _units(
        _FOUNDING + "Điều 4. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tài chính và các ông, bà có tên "
        "tại Điều 1 chịu trách nhiệm thi hành Quyết định này./." + TAIL
    )
    assert names == ["Chánh Văn phòng Ủy ban nhân dân tỉnh", "Giám đốc Sở Tài chính", "Các ông, bà có tên tại Điều 1"]


def test_founded_body_in_the_execution_article_stays() -> None:
    names = _units(
        _FOUNDING + "Điều 4. Chánh Văn phòng Ủy ban nhân dân tỉnh, Hội đồng thẩm định đề án chịu trách nhiệm "
        "thi hành Quyết định này./." + TAIL
    )
    assert "Hội đồng thẩm định đề án" in names


_LETTER = """ỦY BAN NHÂN DÂN
TỈNH HÀ AN

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 215/UBND-KT
V/v tháo gỡ vướng mắc trong cấp phép vận chuyển
Hà An, ngày 12 tháng 3 năm 2026

Kính gửi: Bộ Công Thương

Ủy ban nhân dân tỉnh Hà An báo cáo tình hình như sau:
1. Tình hình thực hiện
Các doanh nghiệp trên địa bàn tỉnh đã thực hiện đầy đủ thủ tục cấp phép.
2. Khó khăn, vướng mắc
Thứ hai, Cục Hóa chất đã có văn bản ngày 10/01/2026 đề nghị Cục Quản lý thị trường ban hành hướng dẫn kiểm tra trước ngày 05/02/2026, nhưng đến nay chưa có hướng dẫn.
3. Kiến nghị
Ủy ban nhân dân tỉnh Hà An trân trọng đề nghị Bộ Công Thương:
a) Sớm chỉ đạo sửa đổi các quy chuẩn kỹ thuật có liên quan.
b) Hướng dẫn các cơ quan địa phương thực hiện thống nhất.
Ủy ban nhân dân tỉnh Hà An trân trọng đề nghị Bộ Công Thương quan tâm, sớm xem xét, chỉ đạo giải quyết./.

Nơi nhận:
- Như trên;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Trần Văn Bình
"""


def test_request_reported_in_the_past_assigns_nothing() -> None:
    names = _units(_LETTER)
    assert "Cục Quản lý thị trường" not in names


def _plan_units(section: str) -> list[str]:
    return _units(_HEAD + _IMPL + section + _TAIL)


@pytest.mark.parametrize(
    ("section", "expected"),
    [
        (
            "1. Các đơn vị phối hợp gồm: Sở Y tế, Sở Nội vụ thực hiện kiểm tra định kỳ.\n"
            "2. Sở Tài chính bố trí kinh phí.\n",
            ["Sở Y tế", "Sở Nội vụ", "Sở Tài chính"],
        ),
        (
            "1. Các cơ sở đào tạo gồm Trường Cao đẳng Hà An, Trường Cao đẳng Y tế Hà An tổ chức tuyển sinh.\n",
            ["Trường Cao đẳng Hà An", "Trường Cao đẳng Y tế Hà An"],
        ),
        (
            "1. Các đơn vị bao gồm\nTổ chức tuyên truyền kế hoạch.\n2. Sở Tài chính\nBố trí kinh phí.\n",
            ["Các đơn vị", "Sở Tài chính"],
        ),
    ],
    ids=["colon-members-then-verb", "members-without-colon", "class-alone"],
)
def test_inclusion_gives_members_never_the_verb(section: str, expected: list[str]) -> None:
    names = _plan_units(section)
    assert not any(n.endswith("gồm") for n in names)
    assert names == expected


def test_bare_head_under_a_heading_is_the_heading_units() -> None:
    section = (
        "1. Công ty cổ phần Môi trường Hà An, Công ty TNHH Xây dựng Bình Minh\n"
        "Công ty chịu trách nhiệm thu gom rác thải trên địa bàn.\n2. Sở Tài chính\nBố trí kinh phí.\n"
    )
    doc = segment_text(_HEAD + _IMPL + section + _TAIL)
    units = extract_responsible_units(doc, Prov())
    assert [u["name"] for u in units] == ["Công ty cổ phần Môi trường Hà An", "Công ty TNHH Xây dựng Bình Minh",
                                          "Sở Tài chính"]
    assert "thu gom rác thải" in units[1]["tasks"][0]


@pytest.mark.parametrize(
    "section",
    [
        "1. Sở Y tế, Sở Nội vụ, Sở Tài chính: Triển khai kế hoạch.\n"
        "2. Các đơn vị nêu trên báo cáo kết quả về Sở Nội vụ trước ngày 15/12/2026.\n",
        "Giao Sở Y tế, Sở Nội vụ, Sở Tài chính triển khai kế hoạch; các cơ quan, đơn vị trên báo cáo kết quả "
        "về Ủy ban nhân dân tỉnh.\n",
    ],
    ids=["numbered-item", "same-sentence"],
)
def test_back_reference_is_no_unit(section: str) -> None:
    assert _plan_units(section) == ["Sở Y tế", "Sở Nội vụ", "Sở Tài chính"]


_REPORT = """SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
TỈNH HÀ AN

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 77/BC-SNNMT
Hà An, ngày 20 tháng 4 năm 2026

BÁO CÁO
Kết quả kiểm tra ranh giới khu vực khai thác khoáng sản

Kính gửi: Ủy ban nhân dân tỉnh Hà An

I. KẾT QUẢ KIỂM TRA
Đoàn kiểm tra đã làm việc với các doanh nghiệp tại thực địa.
II. KIẾN NGHỊ, ĐỀ XUẤT
Ranh giới hai khu vực mỏ rất gần nhau, có nguy cơ ảnh hưởng đến khu vực lân cận.
Do đó, Sở Nông nghiệp và Môi trường đề nghị Ủy ban nhân dân tỉnh có ý kiến chỉ đạo:
1. Đối với Công ty TNHH Đá Xanh Hà An
- Thường xuyên kiểm tra hệ thống mốc giới khu vực khai thác.
2. Đối với Ủy ban nhân dân xã Bình Sơn
- Tăng cường kiểm tra, giám sát hoạt động khai thác trên địa bàn.

Nơi nhận:
- Như trên;
- Lưu: VT.

GIÁM ĐỐC

Nguyễn Văn Hòa
"""


def test_report_asking_its_addressee_to_direct() -> None:
    assert _units(_REPORT) == ["Ủy ban nhân dân tỉnh", "Công ty TNHH Đá Xanh Hà An", "Ủy ban nhân dân xã Bình Sơn"]


def test_plural_class_asked_in_an_intro_only_introduces() -> None:
    text = _REPORT.replace("Sở Nông nghiệp và Môi trường đề nghị Ủy ban nhân dân tỉnh có ý kiến chỉ đạo:",
                           "Sở Nông nghiệp và Môi trường đề nghị các cơ quan, đơn vị thực hiện:")
    assert _units(text) == ["Công ty TNHH Đá Xanh Hà An", "Ủy ban nhân dân xã Bình Sơn"]


_REPLY = """CỤC CÔNG NGHIỆP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 118/CCN-QL
V/v góp ý hồ sơ điều chỉnh cụm công nghiệp
Hà Nội, ngày 02 tháng 6 năm 2026

Kính gửi: Sở Công Thương tỉnh Hà An

Cục Công nghiệp nhận được Văn bản số 310/SCT-QLCN của Sở Công Thương tỉnh Hà An; sau khi xem xét, Cục có ý kiến như sau:
1. Về quy mô diện tích
Việc điều chỉnh quy mô diện tích cụm công nghiệp thực hiện theo quy định hiện hành.
2. Về địa giới hành chính
Địa điểm cụm công nghiệp xác định theo địa giới hành chính mới.
Trên đây là ý kiến của Cục Công nghiệp để Quý Sở nghiên cứu, thực hiện theo quy định pháp luật./.

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. CỤC TRƯỞNG
PHÓ CỤC TRƯỞNG

Lê Thị Mai
"""


def test_reply_closing_hands_the_matter_to_its_addressee() -> None:
    assert _units(_REPLY) == ["Sở Công Thương tỉnh Hà An"]


@pytest.mark.parametrize(
    ("section", "expected"),
    [
        ("2. Sở Văn hóa, Thể thao và Du lịch, Đài Phát thanh và Truyền hình tỉnh, tổ chức các hoạt động tuyên truyền.\n",
         ["Sở Văn hóa, Thể thao và Du lịch", "Đài Phát thanh và Truyền hình tỉnh"]),
        ("5. Giao Công an tỉnh, tổ chức lực lượng bảo đảm an ninh, trật tự.\n", ["Công an tỉnh"]),
        ("1. Ủy ban nhân dân các xã, phường, tổ chức tuyên truyền sâu rộng đến Nhân dân.\n",
         ["Ủy ban nhân dân các xã, phường"]),
        ("3. Các cơ quan, đơn vị, tổ chức triển khai thực hiện nghiêm túc Kế hoạch.\n", ["Các cơ quan, đơn vị, tổ chức"]),
    ],
    ids=["list-of-named-bodies", "after-a-cue", "after-levels", "list-of-kinds"],
)
def test_verb_after_a_comma_opens_the_task(section: str, expected: list[str]) -> None:
    assert _plan_units(section) == expected


_NOTICE = """VĂN PHÒNG CHÍNH PHỦ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 512/TB-VPCP
Hà Nội, ngày 14 tháng 5 năm 2026

THÔNG BÁO
Kết luận của Phó Thủ tướng tại cuộc họp về các dự án cảng biển

Ngày 10 tháng 5 năm 2026, Phó Thủ tướng chủ trì cuộc họp với các Bộ: Xây dựng, Tài chính; các Tập đoàn, Tổng công ty: Dầu khí Hà An (HAP), Cảng biển Hà An (HSP) và Tổ chức Phát triển Công nghiệp Liên hợp quốc (UNIDO). Sau khi nghe báo cáo, Phó Thủ tướng kết luận như sau:
1. Giao Bộ Xây dựng hướng dẫn thủ tục đầu tư các bến cảng.
2. Các bộ, ngành, nhất là HSP cần khẩn trương hoàn thành thủ tục đầu tư dự án trong tháng 6 năm 2026.
3. Đề nghị UNIDO phối hợp hỗ trợ kỹ thuật cho dự án.

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. BỘ TRƯỞNG, CHỦ NHIỆM
PHÓ CHỦ NHIỆM

Trần Văn Nam
"""


def test_acronym_written_out_with_its_list_head() -> None:
    names = _units(_NOTICE)
    assert "Tổng công ty Cảng biển Hà An" in names
    assert "HSP" not in names


_INSPECTION = """SỞ CÔNG THƯƠNG
TỈNH HÀ AN

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 88/TB-SCT
Hà An, ngày 08 tháng 4 năm 2026

THÔNG BÁO
Kết quả kiểm tra sử dụng vật liệu nổ công nghiệp

1. Kết quả kiểm tra
Qua kiểm tra việc sử dụng vật liệu nổ công nghiệp của các đơn vị: Công ty cổ phần Xây dựng cầu đường Bình Sơn (Gói thầu số 4: thi công tuyến tránh); Tổng công ty Xây dựng Hà An (Gói thầu số 7); Công ty TNHH Minh Phát (Gói thầu số 9), các đơn vị cơ bản chấp hành tốt các quy định.
2. Kiến nghị
Sở Công Thương yêu cầu đơn vị nêu trên thực hiện một số nội dung sau:
- Đề nghị Công ty tiếp tục tăng cường công tác quản lý, kiểm tra, giám sát nổ mìn.
- Tiếp tục thực hiện giám sát việc lập hộ chiếu nổ mìn.
Sở Công Thương thông báo cho các đơn vị được biết và thực hiện./.

Nơi nhận:
- Công ty CP XD cầu đường Bình Sơn;
- Lưu: VT.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

Lê Văn Hùng
"""


def test_bare_company_is_the_companies_named_before() -> None:
    assert _units(_INSPECTION) == ["Công ty cổ phần Xây dựng cầu đường Bình Sơn", "Tổng công ty Xây dựng Hà An",
                                   "Công ty TNHH Minh Phát"]


def test_bare_company_without_antecedent_is_no_unit() -> None:
    text = _INSPECTION.replace(
        "của các đơn vị: Công ty cổ phần Xây dựng cầu đường Bình Sơn (Gói thầu số 4: thi công tuyến tránh); "
        "Tổng công ty Xây dựng Hà An (Gói thầu số 7); Công ty TNHH Minh Phát (Gói thầu số 9)",
        "tại các công trường trên địa bàn",
    )
    assert _units(text) == []


_SHORT_LETTER = """ỦY BAN NHÂN DÂN
TỈNH HÀ AN

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 930/UBND-KT
V/v xác minh việc khai thác khoáng sản vượt ranh giới
Hà An, ngày 15 tháng 7 năm 2026

Kính gửi:
- Sở Nông nghiệp và Môi trường;
- Sở Xây dựng;
- Ủy ban nhân dân xã Bình Sơn.

Xét báo cáo của Ủy ban nhân dân xã Bình Sơn về việc khai thác đá vượt ranh giới, Chủ tịch Ủy ban nhân dân tỉnh có ý kiến như sau:
Giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Xây dựng, Ủy ban nhân dân xã Bình Sơn tổ chức xác minh, báo cáo kết quả trước ngày 30/8/2026.
Yêu cầu Sở Nông nghiệp và Môi trường, Sở Xây dựng, Ủy ban nhân dân xã Bình Sơn, các cơ quan, đơn vị liên quan triển khai thực hiện./.

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Trần Văn Bình
"""


def test_closing_formula_naming_bodies_assigns_them() -> None:
    assert _units(_SHORT_LETTER) == ["Sở Nông nghiệp và Môi trường", "Sở Xây dựng", "Ủy ban nhân dân xã Bình Sơn"]


def test_closing_formula_to_classes_assigns_nothing() -> None:
    text = _SHORT_LETTER.replace(
        "Yêu cầu Sở Nông nghiệp và Môi trường, Sở Xây dựng, Ủy ban nhân dân xã Bình Sơn, các cơ quan, đơn vị liên quan",
        "Yêu cầu Thủ trưởng các sở, ban, ngành, Chủ tịch Ủy ban nhân dân các xã, phường",
    )
    assert _units(text) == ["Sở Nông nghiệp và Môi trường"]


def test_notice_closing_names_who_carries_it_out() -> None:
    text = _NOTICE.replace(
        "3. Đề nghị UNIDO phối hợp hỗ trợ kỹ thuật cho dự án.\n",
        "3. Đề nghị UNIDO phối hợp hỗ trợ kỹ thuật cho dự án.\n"
        "Văn phòng Chính phủ thông báo để Ủy ban nhân dân tỉnh Hà An, các Bộ: Tài chính, Công Thương và "
        "các cơ quan liên quan biết, thực hiện./.\n",
    )
    names = _units(text)
    assert {"Ủy ban nhân dân tỉnh Hà An", "Bộ Tài chính", "Bộ Công Thương"} <= set(names)
    assert not any(n.casefold().startswith("các cơ quan") for n in names)


_DRAFT_LETTER = """BỘ TÀI CHÍNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 2150/BTC-CST
V/v tiếp thu, giải trình ý kiến về dự án Luật Thuế tài nguyên (sửa đổi)
Hà Nội, ngày 02 tháng 12 năm 2026

Kính gửi: Thủ tướng Chính phủ

Bộ Tài chính báo cáo nội dung tiếp thu, giải trình như sau:
- Về mức thuế suất đối với khoáng sản, dự thảo Luật giao Chính phủ trình Ủy ban Thường vụ Quốc hội quyết định cho phù hợp.
Tiếp thu ý kiến đại biểu, Bộ Tài chính chỉnh lý dự thảo Luật theo hướng:
- Đưa khung thuế suất vào trong Luật.
- Giao Chính phủ quy định chi tiết danh mục tài nguyên chịu thuế.
Căn cứ ý kiến thẩm tra (Báo cáo số 12/BC-UBKT ngày 10/11/2026), Bộ trưởng Bộ Tài chính đồng ý điều chỉnh lộ trình áp dụng thuế suất mới từ năm 2027.
Căn cứ quy định của Luật Ban hành văn bản quy phạm pháp luật (được sửa đổi, bổ sung năm 2025), Bộ Tài chính kính báo cáo Thủ tướng Chính phủ, Chính phủ xem xét, thông qua./.

Nơi nhận:
- Như trên;
- Lưu: VT, CST.

KT. BỘ TRƯỞNG
THỨ TRƯỞNG

Cao Anh Tuấn
"""


def test_draft_content_decisions_and_reports_assign_nothing() -> None:
    assert _units(_DRAFT_LETTER) == []


def test_subject_after_an_opener_closed_by_a_bracket() -> None:
    section = ("1. Căn cứ Kế hoạch số 12/KH-UBND (đã được sửa đổi, bổ sung), Sở Y tế chủ trì tổ chức tiêm chủng "
               "cho trẻ em trên địa bàn tỉnh.\n")
    assert _plan_units(section) == ["Sở Y tế"]


def test_sectors_after_thuoc_he_thong_stay_in_the_class() -> None:
    section = ("5. Các Chi cục thuộc hệ thống Thuế, Kho bạc, Hải quan, Thống kê thực hiện chỉnh lý tài liệu "
               "thuộc phạm vi quản lý.\n6. Sở Tài chính bố trí kinh phí.\n")
    assert _plan_units(section) == ["Các Chi cục thuộc hệ thống Thuế, Kho bạc, Hải quan, Thống kê", "Sở Tài chính"]


def test_quoted_name_with_a_comma_attests_the_whole_name() -> None:
    section = ("1. Thay cụm từ “Vụ Thanh tra” bằng cụm từ “Cục Quản lý, giám sát bảo hiểm”.\n"
               "2. Thanh tra tỉnh, Cục Quản lý, giám sát bảo hiểm, Vụ Pháp chế chịu trách nhiệm thanh tra, giám sát "
               "việc thực hiện Kế hoạch này.\n")
    names = _plan_units(section)
    assert "Cục Quản lý, giám sát bảo hiểm" in names
    assert "Cục Quản lý" not in names


def test_capitalised_task_glued_after_a_name() -> None:
    section = ("8. Các sở, ban, ngành và các đơn vị khác có liên quan Phối hợp chặt chẽ với các cơ quan chủ trì "
               "trong tổ chức thực hiện Kế hoạch này.\n9. Phòng giáo dục và Đào tạo tổ chức hội thi.\n")
    assert _plan_units(section) == ["Các sở, ban, ngành và các đơn vị khác có liên quan", "Phòng giáo dục và Đào tạo"]


def test_items_a_report_proposes_for_adoption_assign_nothing() -> None:
    text = _DRAFT_LETTER.replace(
        "Căn cứ quy định của Luật Ban hành văn bản quy phạm pháp luật (được sửa đổi, bổ sung năm 2025), Bộ Tài chính "
        "kính báo cáo Thủ tướng Chính phủ, Chính phủ xem xét, thông qua./.",
        "Bộ Tài chính kính báo cáo Thủ tướng Chính phủ, Chính phủ xem xét thông qua:\n"
        "- Dự thảo Báo cáo tiếp thu, giải trình ý kiến đại biểu.\n"
        "- Giao Bộ trưởng Bộ Tài chính thay mặt Chính phủ ký Báo cáo tiếp thu gửi Ủy ban Thường vụ Quốc hội./.",
    )
    assert _units(text) == []


def test_lettered_item_with_another_body_as_subject() -> None:
    section = ("8. Chủ tịch Ủy ban nhân dân các xã, phường\n"
               "a) Chủ động nắm bắt khó khăn của doanh nghiệp trên địa bàn.\n"
               "b) Ban Quản lý chợ Hà An thường xuyên cập nhật thông tin giá cả hàng hóa.\n"
               "c) Chủ tịch Ủy ban nhân dân phường Bình Sơn tăng cường kiểm tra chợ đêm.\n")
    assert _plan_units(section) == ["Chủ tịch Ủy ban nhân dân các xã, phường", "Ban Quản lý chợ Hà An"]


def test_helper_founded_in_the_first_article_describes_the_body() -> None:
    text = (
        HEAD.replace("Về việc ban hành quy chế", "Về việc thành lập Hội đồng thẩm định đề án")
        .replace("Điều 1. Ban hành quy chế kèm theo Quyết định này.",
                 "Điều 1. Thành lập Hội đồng thẩm định đề án và Tổ thư ký Hội đồng thẩm định đề án.")
        .replace("Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
                 "Điều 2. Nhiệm vụ của Hội đồng và Tổ thư ký\n1. Tổ thư ký Hội đồng thẩm định đề án\n- Tổng hợp hồ sơ, chuẩn bị tài liệu.\n"
                 "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.")
        + "Điều 4. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tài chính chịu trách nhiệm thi hành "
        "Quyết định này./." + TAIL
    )
    assert _units(text) == ["Chánh Văn phòng Ủy ban nhân dân tỉnh", "Giám đốc Sở Tài chính"]


def test_role_referred_back_takes_its_first_name() -> None:
    text = (
        HEAD.replace("Về việc ban hành quy chế", "Về việc giao nhiệm vụ lập biên bản vi phạm hành chính")
        .replace("Điều 1. Ban hành quy chế kèm theo Quyết định này.",
                 "Điều 1. Giao nhiệm vụ cho Chuyên viên thuộc Phòng Quản lý thương mại khi thi hành công vụ "
                 "có thẩm quyền lập biên bản vi phạm hành chính.")
        .replace("Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
                 "Điều 2. Trách nhiệm của Chuyên viên được giao nhiệm vụ\n"
                 "1. Lập biên bản đúng trình tự, thủ tục theo quy định.\n"
                 "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.")
        + "Điều 4. Chánh Văn phòng Sở chịu trách nhiệm thi hành Quyết định này./." + TAIL
    )
    names = _units(text)
    assert "Chuyên viên thuộc Phòng Quản lý thương mại" in names
    assert "Chuyên viên được giao nhiệm vụ" not in names


def test_last_paragraph_asking_quy_addressee() -> None:
    text = _REPORT.replace(
        _REPORT[_REPORT.index("II. KIẾN NGHỊ, ĐỀ XUẤT") : _REPORT.index("\nNơi nhận:")],
        "II. KIẾN NGHỊ\nKính đề nghị Quý Ủy ban xem xét, cho ý kiến chỉ đạo.\n",
    )
    assert _units(text) == ["Ủy ban nhân dân tỉnh Hà An"]


def test_a_bracket_glossing_the_authority_reports_go_to_charges_no_one() -> None:
    """"báo cáo cấp thẩm quyền (Ủy ban nhân dân tỉnh, Bộ A và các Bộ, cơ quan trung ương chủ trì
    dự án)": the bracket says who the authority is; its bodies "chủ trì" projects elsewhere, the
    plan gives them nothing. A bracket naming the lead of the task before it still does."""
    text = _HEAD + _IMPL + (
        "1. Sở Nông nghiệp và Môi trường\n"
        "- Tổng hợp, tham mưu báo cáo cấp thẩm quyền (Ủy ban nhân dân tỉnh, Bộ Nông nghiệp và Môi "
        "trường và các Bộ, cơ quan trung ương chủ trì dự án, tiểu dự án thuộc Chương trình) việc thực "
        "hiện Chương trình.\n"
        "- Tổ chức tập huấn cho cán bộ cấp xã (Sở Nội vụ chủ trì, phối hợp với Sở Tài chính).\n"
    ) + _TAIL
    names = _units(text)
    assert "Sở Nông nghiệp và Môi trường" in names and "Sở Nội vụ" in names
    for n in ("Ủy ban nhân dân tỉnh", "Bộ Nông nghiệp và Môi trường", "Các Bộ, cơ quan trung ương", "Sở Tài chính"):
        assert n not in names


def test_a_request_to_a_dozen_named_bodies_gives_each() -> None:
    """"Đề nghị Văn phòng Tỉnh ủy, …, Chi cục Hải quan khu vực XI tăng cường …": a list of
    bodies' names that runs past the usual reach of a subject still ends at its verb; a region
    numbered in figures ("khu vực 8") keeps its number."""
    bodies_ = ["Văn phòng Tỉnh ủy", "Ủy ban Kiểm tra Tỉnh ủy", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
               "Viện kiểm sát nhân dân tỉnh", "Tòa án nhân dân tỉnh", "Thuế tỉnh", "Kiểm toán nhà nước khu vực II",
               "Kho bạc nhà nước khu vực XI", "Ngân hàng nhà nước khu vực 8", "Chi cục Hải quan khu vực XI",
               "Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh", "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh",
               "Ban Quản lý Khu kinh tế tỉnh"]
    text = _HEAD + _IMPL + (
        "1. Sở Nội vụ theo dõi việc thực hiện Kế hoạch.\n"
        "2. Đề nghị " + ", ".join(bodies_) + " tăng cường công tác bảo vệ bí mật nhà nước theo quy định.\n"
    ) + _TAIL
    assert len(", ".join(bodies_)) > 320
    names = _units(text)
    for b in bodies_:
        assert b in names
    assert "Sở Nội vụ" in names


def test_ministries_and_agencies_over_one_colon_list() -> None:
    """"Các Bộ, cơ quan: Tài chính, Xây dựng, …, Tập đoàn A khẩn trương …": the fields take the
    ministry's head, a member named with a head of its own stays whole."""
    text = _HEAD + _IMPL + (
        "1. Các Bộ, cơ quan: Tài chính, Xây dựng, Văn hóa, Thể thao và Du lịch, Ngoại giao, Tập đoàn Điện lực "
        "Việt Nam theo chức năng, nhiệm vụ được giao khẩn trương rà soát, báo cáo Thủ tướng Chính phủ.\n"
    ) + _TAIL
    names = _units(text)
    assert names == ["Bộ Tài chính", "Bộ Xây dựng", "Bộ Văn hóa, Thể thao và Du lịch", "Bộ Ngoại giao",
                     "Tập đoàn Điện lực Việt Nam"]


def test_a_time_that_opens_the_item_up_to_its_comma() -> None:
    """"Định kỳ trước ngày 15 tháng 12 hằng năm và khi có yêu cầu, Ủy ban nhân dân các xã có trách
    nhiệm báo cáo …": the clause after the time's comma names the unit; where the time's own words
    hold the action ("Định kỳ hoặc đột xuất báo cáo Ủy ban nhân dân tỉnh, Bộ A về …") the bodies
    after it are whom the report goes to."""
    text = _HEAD + _IMPL + (
        "1. Sở Nội vụ theo dõi việc thực hiện Kế hoạch.\n"
        "2. Định kỳ trước ngày 15 tháng 12 hằng năm và khi có yêu cầu, Ủy ban nhân dân các xã có trách "
        "nhiệm báo cáo kết quả thực hiện về Sở Nội vụ.\n"
        "3. Định kỳ hoặc đột xuất báo cáo Ủy ban nhân dân tỉnh, Bộ Khoa học và Công nghệ về tình hình "
        "thực hiện.\n"
    ) + _TAIL
    names = _units(text)
    assert "Ủy ban nhân dân các xã" in names
    assert "Bộ Khoa học và Công nghệ" not in names


def test_a_reply_whose_writer_gives_its_opinion_is_no_unit_of_its_own() -> None:
    """"Sở A nhận được Công văn số … của Sở B …; trên cơ sở …, Sở A có ý kiến tham gia như sau:"
    over the reply's points: the writer states its opinion, it takes on no work; the closing
    request to the addressee still assigns ("… đề nghị Sở B tổng hợp, báo cáo")."""
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH HÀ AN\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n\nSố: 67/SNNMT-KHTC\nV/v tham gia ý kiến hồ sơ dự án\n"
        "Hà An, ngày 17 tháng 7 năm 2031\n\nKính gửi: Sở Công Thương\n\n"
        "Sở Nông nghiệp và Môi trường nhận được Công văn số 41/SCT-CN ngày 14/7/2031 của Sở Công Thương "
        "về việc tham gia ý kiến hồ sơ dự án. Trên cơ sở chức năng, nhiệm vụ được giao, Sở Nông nghiệp và "
        "Môi trường có ý kiến tham gia như sau:\n"
        "1. Về quy hoạch: dự án phù hợp với quy hoạch sử dụng đất.\n"
        "2. Về môi trường: đề nghị bổ sung các căn cứ pháp lý.\n\n"
        "Trên đây là ý kiến tham gia của Sở Nông nghiệp và Môi trường đề nghị Sở Công Thương tổng hợp, "
        "báo cáo theo quy định./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nTrần Văn An\n"
    )
    names = _units(text)
    assert "Sở Nông nghiệp và Môi trường" not in names
    assert "Sở Công Thương" in names


def test_who_heads_the_bodies_listed_is_said_of_them() -> None:
    """"Bộ Chính trị, Ban Bí thư, đứng đầu là đồng chí Tổng Bí thư … đã tập trung lãnh đạo": the
    appositive names who heads the bodies; the clause narrates what was done, it assigns nothing
    (and "Ban Bí thư, đứng đầu" is no name)."""
    text = _HEAD + _IMPL + (
        "1. Sở Nội vụ theo dõi việc thực hiện Kế hoạch.\n"
        "2. Bộ Chính trị, Ban Bí thư, đứng đầu là đồng chí Tổng Bí thư đã tập trung lãnh đạo công tác "
        "khắc phục hậu quả mưa lũ.\n"
    ) + _TAIL
    names = _units(text)
    assert names == ["Sở Nội vụ"]


def test_a_name_wrapped_after_a_word_that_needs_its_object_and_a_name_before_chi_duoc() -> None:
    """"2. Trách nhiệm của các phòng chuyên môn và đơn vị sự nghiệp trực thuộc" / "Ban Quản lý các
    khu công nghiệp tỉnh Hà An:": the heading's name goes on over the wrap; "Nhà đầu tư chỉ được
    phép …" names the investor, "chỉ" opens the clause."""
    text = _HEAD + _IMPL + (
        "1. Nhà đầu tư chỉ được phép đưa dự án vào hoạt động khi hoàn thiện đầy đủ các thủ tục về môi trường.\n"
        "2. Trách nhiệm của các phòng chuyên môn và đơn vị sự nghiệp trực thuộc\n"
        "Ban Quản lý các khu công nghiệp tỉnh Hà An:\n"
        "Chủ động kiểm tra, giám sát việc thực hiện dự án.\n"
    ) + _TAIL
    names = _units(text)
    assert "Nhà đầu tư" in names and "Nhà đầu tư chỉ" not in names
    assert "Các phòng chuyên môn và đơn vị sự nghiệp trực thuộc Ban Quản lý các khu công nghiệp tỉnh Hà An" in names
