"""Responsible units: mechanisms that carry to documents never seen — a decision's attached
Quy chế, chapters of rules, task lists with numbered titles, notices that address localities by
lists. Every document is synthetic (names of places and bodies invented where they are proper
names); each test pins one mechanism of pipeline/extract/units.py.
"""

from __future__ import annotations

from corpus_files import segment_text

from pipeline.extract.units import _analyse, _distribute_localities, extract_responsible_units
from pipeline.provenance import Prov


def _units(text: str) -> dict[str, list[str]]:
    return {u["name"]: u["tasks"] for u in extract_responsible_units(segment_text(text), Prov())}


_DECISION = """ỦY BAN NHÂN DÂN
TỈNH HÀ AN

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 15/2026/QĐ-UBND
Hà An, ngày 02 tháng 3 năm 2026

QUYẾT ĐỊNH
Ban hành Quy chế quản lý hộp thư điện tử công vụ

ỦY BAN NHÂN DÂN TỈNH HÀ AN

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý hộp thư điện tử công vụ.

Điều 2. Quyết định này có hiệu lực kể từ ngày 15 tháng 3 năm 2026.

Điều
3. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Sở Nội vụ;
Thủ trưởng các sở, ban, ngành; Chủ tịch Ủy ban nhân dân các xã, phường;
Thủ trưởng các đơn vị trực thuộc tỉnh và các tập thể, cá nhân liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Lê Văn Tâm

QUY CHẾ
Quản lý hộp thư điện tử công vụ
(Ban hành kèm theo Quyết định số 15/2026/QĐ-UBND)

Chương I

QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh
Quy chế này quy định việc quản lý hộp thư điện tử công vụ.

Chương II

TỔ CHỨC THỰC HIỆN

Điều 2. Khiếu nại, tố cáo
1. Cơ quan, tổ chức, cá nhân có thẩm quyền có trách nhiệm giải quyết khiếu nại theo quy định.

Điều 3. Trách nhiệm các cơ quan, đơn vị
1. Văn phòng Ủy ban nhân dân tỉnh.
a) Quản lý, vận hành hệ thống thư điện tử công vụ.
b) Hướng dẫn các cơ quan sử dụng hệ thống.
2. Công an tỉnh.
a) Giám sát an toàn thông tin của hệ thống.

PHỤ LỤC
MẪU ĐĂNG KÝ
1. Cơ quan đăng ký.
a) Ghi tên cơ quan.
"""


def test_attached_regulation_and_split_execution_article() -> None:
    units = _units(_DECISION)
    # "Điều" cut from its number, the article's ";"-lines: one execution clause, one unit a role
    for role in ("Chánh Văn phòng Ủy ban nhân dân tỉnh", "Giám đốc Sở Nội vụ", "Thủ trưởng các sở, ban, ngành",
                 "Chủ tịch Ủy ban nhân dân các xã, phường", "Các tập thể, cá nhân liên quan"):
        assert units.get(role) == ["Chịu trách nhiệm thi hành Quyết định này"], role
    # the attached Quy chế's implementation chapter: unit headings with a full stop
    assert units["Văn phòng Ủy ban nhân dân tỉnh"][0].startswith("Quản lý, vận hành")
    assert units["Công an tỉnh"] == ["Giám sát an toàn thông tin của hệ thống"]
    # an article of rules inside that chapter, and the annex after it, assign nothing
    assert not any("thẩm quyền" in n for n in units)
    assert "Cơ quan đăng ký" not in units


def test_without_attachment_cue_text_after_signature_is_not_read() -> None:
    # (neither in the decision's words, nor under the attached text's title, nor a type heading
    # opening it: text after the closing that is no issued document)
    text = _DECISION.replace("Ban hành kèm theo Quyết định này Quy chế", "Phê chuẩn Quy chế").replace(
        "(Ban hành kèm theo Quyết định số 15/2026/QĐ-UBND)\n", "").replace("QUY CHẾ\nQuản lý", "Ghi chú về quản lý")
    units = _units(text)
    assert "Công an tỉnh" not in units


def test_an_issued_regulation_whose_heading_was_lost_is_read_by_its_articles() -> None:
    # a web page's text where the Quy chế's title block was an image: what follows the closing of
    # a decision that says it issues one is its articles; its annex (behind the page's number,
    # "6 Mẫu số 01") is still no part of it
    text = _DECISION.replace(
        "QUY CHẾ\nQuản lý hộp thư điện tử công vụ\n(Ban hành kèm theo Quyết định số 15/2026/QĐ-UBND)\n\n"
        "Chương I\n\nQUY ĐỊNH CHUNG\n\n", "![Image](https://example.org/p1.png)\n\n3\n\n",
    ).replace("PHỤ LỤC\nMẪU ĐĂNG KÝ\n", "6 Mẫu số 01\n\nMẫu đăng ký hộp thư\n\nI. THÔNG TIN\n")
    units = _units(text)
    assert units["Công an tỉnh"] == ["Giám sát an toàn thông tin của hệ thống"]
    assert "Cơ quan đăng ký" not in units
    # without the decision's word that it issues a regulation, those articles stay unread
    units = _units(text.replace("Ban hành kèm theo Quyết định này Quy chế", "Phê chuẩn Quy chế"))
    assert "Công an tỉnh" not in units


_DECREE = """CHÍNH PHỦ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 40/2026/NĐ-CP
Hà Nội, ngày 10 tháng 2 năm 2026

NGHỊ ĐỊNH
Về hợp đồng dịch vụ trong cơ quan hành chính

Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 2 năm 2025;

Chương I
QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh
Nghị định này quy định về hợp đồng dịch vụ.

Điều 2. Đối tượng áp dụng
Cơ quan hành chính các cấp.

Chương II
TRÁCH NHIỆM THI HÀNH

Điều 3. Kinh phí thực hiện
1. Đơn vị nhóm 1 tự bảo đảm kinh phí thực hiện hợp đồng.
2. Cơ quan hành chính bố trí kinh phí từ ngân sách nhà nước.

Điều 4. Trách nhiệm thi hành
1. Bộ Nội vụ chủ trì, phối hợp với Bộ Tài chính hướng dẫn thực hiện Nghị định này.
2. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ chịu trách nhiệm thi hành Nghị định này.
"""


def test_chapter_of_execution_reads_only_assigning_articles() -> None:
    units = _units(_DECREE)
    assert "Bộ Nội vụ" in units
    assert not any(n.startswith(("Đơn vị nhóm", "Cơ quan hành chính")) for n in units)


_PLAN = _DECISION.split("QUY CHẾ")[0].replace("Quy chế quản lý hộp thư điện tử công vụ", "Kế hoạch phổ biến pháp luật") + """KẾ HOẠCH
Phổ biến pháp luật về an toàn thông tin

I. NỘI DUNG

1. Tổ chức tuyên truyền pháp luật về an toàn thông tin

- Cơ quan thực hiện: Sở Nội vụ, Sở Tư pháp, Đài Phát thanh và Truyền hình tỉnh.

- Thời gian thực hiện: năm 2026.

2. Rà soát văn bản

- Cơ quan thực hiện: Sở Tư pháp tiến hành rà soát các văn bản của tỉnh; các sở, ban, ngành rà soát văn bản thuộc lĩnh vực quản lý.
"""


def test_task_list_of_attached_plan() -> None:
    units = _units(_PLAN)
    # the numbered title right above the lead field is the task
    assert units["Sở Nội vụ"][0] == "Tổ chức tuyên truyền pháp luật về an toàn thông tin"
    assert "Đài Phát thanh và Truyền hình tỉnh" in units
    # a lead field written as clauses: each clause's subject, not the clause
    assert "Sở Tư pháp" in units
    assert not any("tiến hành" in n or "rà soát" in n for n in units)


def test_plural_level_over_names_is_distributed() -> None:
    assert _distribute_localities("Các tỉnh An Phú, Bình Sơn, Hà An") == ["Tỉnh An Phú", "Tỉnh Bình Sơn", "Tỉnh Hà An"]
    assert _distribute_localities("Ủy ban nhân dân các tỉnh, thành phố: An Phú, Hải Phòng") == [
        "Ủy ban nhân dân tỉnh An Phú", "Ủy ban nhân dân thành phố Hải Phòng"]
    # after a name that governs no locality, the localities stand alone
    assert _distribute_localities("Bộ Quốc phòng các tỉnh An Phú, Bình Sơn") == [
        "Bộ Quốc phòng", "Tỉnh An Phú", "Tỉnh Bình Sơn"]
    assert _distribute_localities("Thành phố Hà An và các tỉnh Bình Sơn, Vĩnh Tây") == [
        "Thành phố Hà An", "Tỉnh Bình Sơn", "Tỉnh Vĩnh Tây"]
    # not a list of proper names: unchanged
    assert _distribute_localities("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương") == [
        "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"]


def test_notice_addresses_localities() -> None:
    f = _analyse("Thành phố Hà An, tỉnh Bình Sơn đẩy nhanh việc lựa chọn nhà đầu tư.", "sentence")
    assert f is not None and [n for n, _a, _b in f.names] == ["Thành phố Hà An", "Tỉnh Bình Sơn"]
    f = _analyse("Ủy ban nhân dân các tỉnh, thành phố: An Phú, Bình Sơn quyết liệt chỉ đạo các chủ đầu tư.", "sentence")
    assert f is not None and f.task_at is not None
    # a fact about a locality is no assignment
    assert _analyse("Thành phố Hà An là trung tâm kinh tế của vùng.", "sentence") is None


def test_name_ends_before_role_scope_deadline_and_singled_out_unit() -> None:
    f = _analyse("Bộ Xây dựng với vai trò là cơ quan thường trực, chủ động phối hợp.", "sentence")
    assert f is not None and [n for n, _a, _b in f.names] == ["Bộ Xây dựng"]
    f = _analyse("Giao đồng chí Bộ trưởng Bộ Công Thương trực tiếp chỉ đạo kiểm tra.", "sentence")
    assert f is not None and [n for n, _a, _b in f.names] == ["Bộ trưởng Bộ Công Thương"]
    f = _analyse("Giao Phó Thủ tướng Chính phủ Lê Văn An trước ngày 15 tháng 11 năm 2026 trực tiếp kiểm tra.", "sentence")
    assert f is not None and [n for n, _a, _b in f.names] == ["Phó Thủ tướng Chính phủ Lê Văn An"]
    f = _analyse("Yêu cầu các bộ, ngành, nhất là Bộ Tài chính khẩn trương có giải pháp.", "sentence")
    assert f is not None and [n for n, _a, _b in f.names] == ["Các bộ, ngành", "Bộ Tài chính"]


def _names(s: str) -> list[str]:
    f = _analyse(s, "sentence")
    assert f is not None, s
    return [n for n, _a, _b in f.names]


def test_role_heads_each_kind_of_a_list() -> None:
    names = _names("Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ chịu trách nhiệm thi hành Quyết định này.")
    assert names == ["Bộ trưởng", "Thủ trưởng cơ quan ngang bộ", "Thủ trưởng cơ quan thuộc Chính phủ"]


def test_slash_pair_shares_its_locality() -> None:
    names = _names("Sở Văn hóa, Thể thao và Du lịch/Sở Văn hóa và Thể thao tỉnh, thành phố trực thuộc Trung ương "
                   "chủ trì tổ chức hội thi.")
    assert names == ["Sở Văn hóa, Thể thao và Du lịch tỉnh, thành phố trực thuộc Trung ương",
                     "Sở Văn hóa và Thể thao tỉnh, thành phố trực thuộc Trung ương"]


def test_long_head_after_collective_is_its_own_body() -> None:
    # the second name is a body of its own; repeating the first's last words, it states the
    # council both belong to (as with "và")
    names = _names("Các Tổ đại biểu, đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết.")
    assert names == ["Các Tổ đại biểu Hội đồng nhân dân tỉnh", "Đại biểu Hội đồng nhân dân tỉnh"]


def test_field_after_comma_in_a_class_and_time_opener() -> None:
    assert _names("Các cơ quan thông tin, tuyên truyền và báo chí của tỉnh có trách nhiệm giới thiệu điển hình.") == [
        "Các cơ quan thông tin, tuyên truyền và báo chí của tỉnh"]
    # "văn bản" holds no village ("bản"): the verb before it ends the name
    assert _names("Hằng năm, Sở Nội vụ thành phố Hà An ban hành văn bản hướng dẫn.") == ["Sở Nội vụ thành phố Hà An"]


def test_contract_parties_charged_by_article() -> None:
    text = _DECREE.replace("Điều 4. Trách nhiệm thi hành\n", "Điều 4. Trách nhiệm của Bên mua điện\n"
                           "1. Đàm phán hợp đồng mua bán điện với bên bán điện.\n\n"
                           "Điều 5. Trách nhiệm thi hành\n")
    units = _units(text)
    assert units["Bên mua điện"] == ["Đàm phán hợp đồng mua bán điện với bên bán điện"]


_REPORT = """ỦY BAN NHÂN DÂN
TỈNH HÀ AN

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 88/KH-UBND
Hà An, ngày 12 tháng 3 năm 2026

KẾ HOẠCH
Tài chính - ngân sách nhà nước 03 năm 2026 - 2028

I. DỰ BÁO THU NGÂN SÁCH
Để bảo đảm cân đối ngân sách, Ủy ban nhân dân tỉnh Hà An xác định khung cân đối ngân sách như các mẫu biểu kèm theo.
Sở Tài chính tổng hợp dự toán thu ngân sách hằng năm.

Nơi nhận:
- Bộ Tài chính;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Trần Văn D
"""


def test_issuer_telling_what_it_does_is_not_assigned() -> None:
    units = _units(_REPORT)
    assert "Ủy ban nhân dân tỉnh Hà An" not in units
    assert "Sở Tài chính" in units


def test_nominal_verb_after_viec_stays_in_the_name() -> None:
    names = _names("Ủy ban nhân dân tỉnh Hà An, chính quyền địa phương các đơn vị hành chính liên quan đến việc "
                   "thực hiện sắp xếp và các cơ quan, tổ chức khác có liên quan có trách nhiệm tổ chức thi hành "
                   "Nghị quyết này.")
    assert names[1].startswith("Chính quyền địa phương các đơn vị hành chính liên quan đến việc thực hiện")
    assert names[-1] == "Các cơ quan, tổ chức khác có liên quan"


def test_closing_article_of_a_regulation_is_an_execution_clause() -> None:
    text = _DECREE.replace("Điều 4. Trách nhiệm thi hành\n", "Điều 4.\n").replace(
        "2. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ chịu trách nhiệm thi hành Nghị định này.\n",
        "\nĐiều 5. Các cơ quan, tổ chức từ Trung ương đến cơ sở có trách nhiệm thực hiện Quy định này.\n")
    units = _units(text)
    assert "Các cơ quan, tổ chức từ Trung ương đến cơ sở" in units


def test_time_opener_needs_its_comma() -> None:
    # without the comma the time opens a task, and the bodies after "báo cáo" are its addressees
    assert _analyse("Định kỳ hoặc đột xuất báo cáo Ủy ban nhân dân tỉnh, Bộ Khoa học và Công nghệ về tình hình.",
                    "sentence") is None


def test_charges_inside_an_article_of_rules_still_assign() -> None:
    text = _DECREE.replace("Điều 4. Trách nhiệm thi hành\n", "Điều 4. Điều khoản chuyển tiếp\n"
                           "1. Người đang làm công việc hỗ trợ tiếp tục thực hiện hợp đồng đã ký.\n"
                           "2. Cơ quan quản lý công chức có trách nhiệm thống kê số người đang làm công việc hỗ trợ.\n\n"
                           "Điều 5. Trách nhiệm thi hành\n")
    units = _units(text)
    assert "Cơ quan quản lý công chức" in units
    assert not any(n.startswith("Người đang") for n in units)


def test_notice_passed_on_to_know_and_carry_out() -> None:
    names = _names("Bộ Công Thương thông báo các thương nhân đầu mối kinh doanh phân bón, thương nhân phân phối "
                   "phân bón biết, thực hiện và báo cáo tình hình thực hiện.")
    assert names == ["Các thương nhân đầu mối kinh doanh phân bón", "Thương nhân phân phối phân bón"]
    # a notice for information only passes nothing on to its object
    f = _analyse("Bộ Công Thương thông báo các thương nhân kinh doanh phân bón được biết.", "sentence")
    assert f is None or not any("thương nhân" in n.casefold() for n, _a, _b in f.names)


def test_role_class_with_its_named_body() -> None:
    assert _names("Yêu cầu Nhà đầu tư (Tập đoàn An Phú) rà soát, điều chỉnh lại kế hoạch thi công.") == ["Tập đoàn An Phú"]
    assert _names("Chủ đầu tư khẩn trương hoàn thành hồ sơ quyết toán.") == ["Chủ đầu tư"]


def test_levels_in_another_order_name_one_unit() -> None:
    text = _DECISION.replace("1. Văn phòng Ủy ban nhân dân tỉnh.\n",
                             "1. Chủ tịch Ủy ban nhân dân các phường, xã có trách nhiệm phổ biến Quy chế.\n"
                             "2. Văn phòng Ủy ban nhân dân tỉnh.\n").replace("2. Công an tỉnh.", "3. Công an tỉnh.")
    units = _units(text)
    assert "Chủ tịch Ủy ban nhân dân các phường, xã" not in units
    assert len(units["Chủ tịch Ủy ban nhân dân các xã, phường"]) == 2


def test_scope_of_work_ends_a_name_and_enforcement_office_is_a_body() -> None:
    assert _names("Ủy ban nhân dân cấp xã trong quản lý chất thải rắn sinh hoạt có trách nhiệm kiểm tra.") == [
        "Ủy ban nhân dân cấp xã"]
    assert _names("Viện kiểm sát nhân dân tỉnh, Thi hành án dân sự tỉnh phối hợp thực hiện.") == [
        "Viện kiểm sát nhân dân tỉnh", "Thi hành án dân sự tỉnh"]


def test_a_lead_column_of_people_names_gives_no_units():
    """A team's plan gives its tasks to members by name in a "Người thực hiện" column: people
    are no units; a lead column naming bodies still gives them."""
    people = (
        "PHÂN CÔNG NHIỆM VỤ\n\n| TT | Nhiệm vụ thực hiện | Người thực hiện | Ghi chú |\n|---|---|---|---|\n"
        "| 1 | Rà soát hồ sơ học viên | Trần Văn An Lê Thị Bình | |\n"
        "| 2 | Xây dựng đề kiểm tra | Lê Thị Bình | |\n"
    )
    bodies_ = (
        "PHÂN CÔNG NHIỆM VỤ\n\n| TT | Nhiệm vụ | Cơ quan chủ trì | Thời gian |\n|---|---|---|---|\n"
        "| 1 | Rà soát hồ sơ học viên | Sở Công Thương | Quý II/2026 |\n"
    )
    head = "ĐOÀN KIỂM TRA\n\nKẾ HOẠCH\nKiểm tra an toàn năm 2026\n\nI. NỘI DUNG\n\n"
    assert not [n for n in _units(head + people) if "Bình" in n or "An" in n.split()]
    assert "Sở Công Thương" in _units(head + bodies_)


def test_regulated_kinds_after_a_role_over_a_named_body() -> None:
    # a circular's execution clause: the role heads the bank's units; the kinds the banking law
    # regulates act each on its own ("tổ chức …" there is no verb); "của" and a kind take the
    # next kind as one more owner
    names = _names("Thủ trưởng các đơn vị thuộc Ngân hàng Nhà nước Việt Nam, tổ chức tín dụng, chi nhánh ngân hàng "
                   "nước ngoài, văn phòng đại diện tại Việt Nam của tổ chức tín dụng nước ngoài, tổ chức nước ngoài "
                   "khác có hoạt động ngân hàng chịu trách nhiệm thực hiện Thông tư này.")
    assert names == ["Thủ trưởng các đơn vị thuộc Ngân hàng Nhà nước Việt Nam", "Tổ chức tín dụng",
                     "Chi nhánh ngân hàng nước ngoài",
                     "Văn phòng đại diện tại Việt Nam của tổ chức tín dụng nước ngoài, tổ chức nước ngoài khác có "
                     "hoạt động ngân hàng"]


def test_a_named_locality_after_va_goes_on_the_list_cac_opened() -> None:
    names = _names("Chủ tịch Ủy ban nhân dân các huyện, thị xã Sông Bạc và thành phố Đồi Xanh chịu trách nhiệm "
                   "thi hành Quyết định này.")
    assert names == ["Chủ tịch Ủy ban nhân dân các huyện, thị xã Sông Bạc và thành phố Đồi Xanh"]


def test_district_offices_share_the_locality_the_last_one_states() -> None:
    names = _names("Trung tâm Y tế, Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố chịu trách nhiệm "
                   "thi hành Quyết định này.")
    assert names == ["Trung tâm Y tế các huyện, thị xã, thành phố",
                     "Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố"]


def test_a_role_heads_each_bare_body_after_it() -> None:
    names = _names("Đề nghị Thường trực HĐND, UBND, Ủy ban Kiểm tra Đảng ủy xã thường xuyên phối hợp, trao đổi "
                   "thông tin.")
    assert names == ["Thường trực Hội đồng nhân dân xã", "Thường trực Ủy ban nhân dân xã", "Ủy ban Kiểm tra Đảng ủy xã"]
    names = _names("Chủ tịch HĐND, UBND các xã chịu trách nhiệm thi hành Quyết định này.")
    assert names == ["Chủ tịch Hội đồng nhân dân các xã", "Chủ tịch Ủy ban nhân dân các xã"]


def test_a_verb_of_one_syllable_ends_the_name() -> None:
    assert _names("Đề nghị Báo Sông Bạc đăng Thông báo này trên 03 số liên tiếp.") == ["Báo Sông Bạc"]
    assert _names("Giao các sở, ngành liên quan đồng hành cùng các địa phương.") == ["Các sở, ngành liên quan"]


def test_sibling_places_of_one_level_are_bodies_each() -> None:
    from pipeline.extract.units import _places_distributed

    assert _places_distributed("Huyện ủy Đồi Xanh, Sông Bạc") == ["Huyện ủy Đồi Xanh", "Huyện ủy Sông Bạc"]
    assert _places_distributed("Ủy ban nhân dân huyện Đồi Xanh, Sông Bạc và Hà An") == [
        "Ủy ban nhân dân huyện Đồi Xanh", "Ủy ban nhân dân huyện Sông Bạc", "Ủy ban nhân dân huyện Hà An"]
    # an address, not siblings: the part after the comma names its own level
    assert _places_distributed("Ủy ban nhân dân huyện Đồi Xanh, tỉnh Sông Bạc") == [
        "Ủy ban nhân dân huyện Đồi Xanh, tỉnh Sông Bạc"]


def test_party_body_kinds_in_small_letters_go_on_one_class() -> None:
    # the Party's standing formula names its kinds of body in small letters after one "các":
    # a kind the lexicon names whole ("ban cán sự đảng", "đảng đoàn") is one more kind of the
    # class, not another class; the kind word again with a qualifier still is another class
    names = _names("Các tỉnh ủy, thành ủy, các ban đảng, ban cán sự đảng, đảng đoàn, đảng ủy trực thuộc "
                   "Trung ương lãnh đạo, chỉ đạo thực hiện tốt các nhiệm vụ nêu trên.")
    assert names == ["Các tỉnh ủy, thành ủy", "Các ban đảng, ban cán sự đảng, đảng đoàn, đảng ủy trực thuộc Trung ương"]
    assert _names("Các ban đảng, ban cán sự đảng, đảng đoàn tổ chức quán triệt Kết luận.") == [
        "Các ban đảng, ban cán sự đảng, đảng đoàn"]


def test_a_class_asked_to_check_itself_ends_before_the_reflexive() -> None:
    # "tự" before an action opens the task: the class ends before it
    assert _names("Sở Nội vụ đề nghị các doanh nghiệp có hoạt động cho thuê lại lao động trên địa bàn tỉnh tự "
                  "kiểm tra, đánh giá việc thực hiện quy định pháp luật.") == [
        "Các doanh nghiệp có hoạt động cho thuê lại lao động trên địa bàn tỉnh"]


def test_the_writers_closing_formulas_are_no_units() -> None:
    # a report's courtesy word before its verb, and thanks with the body's closing mark glued on
    assert _analyse("Ủy ban nhân dân tỉnh Hà An trân trọng báo cáo Bộ Xây dựng tổng hợp./.", "sentence") is None
    assert _analyse("Bộ Tài chính trân trọng cảm ơn./.", "sentence") is None
    # … while "./." glued to a task's last word still ends it as punctuation
    f = _analyse("Ủy ban nhân dân các xã triển khai thực hiện./.", "sentence")
    assert f is not None and [n for n, _a, _b in f.names] == ["Ủy ban nhân dân các xã"]


_REPORT_ASKING = """ỦY BAN NHÂN DÂN
TỈNH HÀ AN

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 45/BC-UBND
Hà An, ngày 02 tháng 3 năm 2026

BÁO CÁO
Kết quả quản lý khoáng sản năm 2025

Kính gửi: Bộ Nông nghiệp và Môi trường.

Thực hiện Chỉ thị số 12/CT-TTg ngày 01/02/2025 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh báo cáo như sau:

1. Kết quả thực hiện

- Thanh tra tỉnh tổ chức 03 cuộc thanh tra về khoáng sản trong năm 2025.

2. Đề xuất, kiến nghị

Đề nghị Bộ Nông nghiệp và Môi trường:

(1). Xem xét, sửa đổi quy định về thu tiền cấp quyền khai thác khoáng sản.

(2). Sớm hoàn thành cơ sở dữ liệu quốc gia về khoáng sản.

Ủy ban nhân dân tỉnh Hà An trân trọng báo cáo Bộ Nông nghiệp và Môi trường tổng hợp./.

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Trần Văn Bình
"""


def test_a_reports_recommendations_ask_the_body_they_name() -> None:
    # the report's closing part ("Đề xuất, kiến nghị") is where it asks a body to act; what
    # the report narrates before it and its closing formula assign nothing
    assert list(_units(_REPORT_ASKING)) == ["Bộ Nông nghiệp và Môi trường"]


def test_the_issuer_sending_its_text_with_an_abbreviated_block_is_no_unit() -> None:
    text = _REPORT_ASKING.replace("ỦY BAN NHÂN DÂN\nTỈNH HÀ AN", "TỈNH ỦY HÀ AN\nBAN CÁN SỰ ĐẢNG UBND TỈNH").replace(
        "Ủy ban nhân dân tỉnh Hà An trân trọng báo cáo Bộ Nông nghiệp và Môi trường tổng hợp./.",
        "Ban cán sự đảng Ủy ban nhân dân tỉnh gửi Ban Tổ chức Tỉnh ủy tổng hợp./.")
    assert not any(n.startswith("Ban cán sự đảng") for n in _units(text))


def test_a_role_over_a_class_whose_members_are_named_in_full_goes_with_each() -> None:
    # "Thủ trưởng các cơ quan: A, B" names the class's members with their own heads: the role
    # goes with each, as "Giám đốc các Sở: Tài chính, Y tế" gives "Giám đốc Sở Tài chính"
    names = _names("Chánh Văn phòng Ủy ban nhân dân tỉnh; Thủ trưởng các cơ quan: Bộ Chỉ huy Quân sự tỉnh, Công an "
                   "tỉnh, Sở Tài chính, Thuế tỉnh; Chủ tịch Ủy ban nhân dân xã An Phú có trách nhiệm thi hành Quyết "
                   "định này.")
    assert names == ["Chánh Văn phòng Ủy ban nhân dân tỉnh", "Thủ trưởng Bộ Chỉ huy Quân sự tỉnh",
                     "Thủ trưởng Công an tỉnh", "Thủ trưởng Sở Tài chính", "Thủ trưởng Thuế tỉnh",
                     "Chủ tịch Ủy ban nhân dân xã An Phú"]
    # a list of fields keeps its head, and a body named in full after the fields stands alone
    assert _names("Giám đốc các Sở: Tài chính, Y tế, Sở Nội vụ chịu trách nhiệm thi hành Quyết định này.") == [
        "Giám đốc Sở Tài chính", "Giám đốc Sở Y tế", "Sở Nội vụ"]


def test_a_clause_connective_is_no_unit() -> None:
    # "…; đồng thời báo cáo …" goes on with the clause: the connective is read as no subject
    f = _analyse("Thực hiện báo cáo định kỳ gửi Chủ tịch Ủy ban nhân dân cấp tỉnh, Sở Nội vụ nơi doanh nghiệp đặt "
                 "trụ sở chính; đồng thời báo cáo Sở Nội vụ nơi doanh nghiệp đến hoạt động.", "sentence")
    assert f is None or not any(n.casefold().startswith("đồng thời") for n, _a, _b in f.names)
    from pipeline import bodies
    assert bodies.is_fragment("Đồng thời") and bodies.is_fragment("Ngoài ra") and not bodies.is_fragment("Sở Nội vụ")


def test_a_name_ends_before_verbs_of_reform_compliance_and_lessons() -> None:
    # changing how work is done, keeping to rules and drawing lessons are tasks: the class named
    # before them ends there
    assert _names("Yêu cầu các Bộ, cơ quan đổi mới phương thức chỉ đạo, điều hành.") == ["Các Bộ, cơ quan"]
    assert _names("Các đơn vị trực thuộc chấp hành nghiêm kỷ luật phát ngôn.") == ["Các đơn vị trực thuộc"]
    assert _names("Các cơ quan có liên quan rút kinh nghiệm trong công tác tham mưu.") == [
        "Các cơ quan có liên quan"]
    assert _names("Các doanh nghiệp nâng cấp hệ thống phần mềm kế toán.") == ["Các doanh nghiệp"]
    # a body named for the verb keeps it: capitalised after its head it is part of the name
    assert _names("Ban Chấp hành Đảng bộ tỉnh lãnh đạo thực hiện Nghị quyết.") == ["Ban Chấp hành Đảng bộ tỉnh"]


_UNTITLED_ARTICLES = """THỦ TƯỚNG CHÍNH PHỦ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 88/2026/QĐ-TTg
Hà Nội, ngày 02 tháng 3 năm 2026

QUYẾT ĐỊNH
Về chế độ hỗ trợ đối với thanh niên xung phong

THỦ TƯỚNG CHÍNH PHỦ

Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;

QUYẾT ĐỊNH:

Điều 1.

1. Phạm vi điều chỉnh: chế độ hỗ trợ một lần.

2. Hội đồng xét duyệt gồm đại diện các cơ quan có liên quan.

Điều 2.

1. Bộ Nội vụ chủ trì, phối hợp với Bộ Quốc phòng hướng dẫn thực hiện Quyết định này.

2. Bộ Tài chính có trách nhiệm bố trí kinh phí hằng năm để thực hiện chế độ.

3. Ủy ban nhân dân các tỉnh, thành phố chịu trách nhiệm tổ chức chi trả chế độ.

Điều 3. Quyết định này có hiệu lực thi hành từ ngày 15 tháng 4 năm 2026.

Điều 4. Các Bộ trưởng, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố chịu trách nhiệm thi hành Quyết định này.

Nơi nhận:
- Như Điều 4;
- Lưu: VT.

KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG

Trần Văn Bình
"""


def test_an_untitled_article_of_charged_clauses_assigns_work() -> None:
    # a decision's article without a title whose numbered clauses each charge a body ("chủ trì",
    # "có/chịu trách nhiệm") is its section of duties, as an article titled "Trách nhiệm …" is;
    # an untitled article whose clauses only open with a body (a council's make-up) is not
    names = list(_units(_UNTITLED_ARTICLES))
    assert names[:3] == ["Bộ Nội vụ", "Bộ Tài chính", "Ủy ban nhân dân các tỉnh, thành phố"]
    assert "Hội đồng xét duyệt" not in names and "Bộ Quốc phòng" not in names
    assert "Các Bộ trưởng" in names


_OCR_LETTER_UNITS = """TỔNG CỤC THUẾ

Số: 1305/TCT-KK

Hà Nội, ngày 26 tháng 4 năm 2031

V/v triển khai cung cấp thông tin tài khoản

Kính gửi: Các ngân hàng thương mại.

Tổng cục Thuế thông báo như sau:

1. Đề nghị ngân hàng thương mại , chi nhánh ngân hàng nước ngoài cung cấp thông tin tài khoản thanh toán.

2. Ngân hàng thương mai, chi nhánh ngân hàng nước ngoài nâng cấp ứng dụng để kết nối dữ liệu.

Nơi nhận:
- Như trên;
- Lưu: VT, KK.

KT. TỔNG CỤC TRƯỞNG
PHÓ TỔNG CỤC TRƯỞNG

Trần Văn An
"""


def test_a_class_named_again_with_other_marks_or_spacing_is_one_unit() -> None:
    # a comma set apart from its word, and a mark OCR lost ("mai" for "mại"), name the same
    # class again: one unit, its tasks gathered
    units = _units(_OCR_LETTER_UNITS)
    assert list(units) == ["Ngân hàng thương mại", "Chi nhánh ngân hàng nước ngoài"]
    assert all(len(tasks) == 2 for tasks in units.values())


def test_the_cases_a_rule_covers_are_no_body() -> None:
    # "Các trường hợp …" names the cases a rule covers, whatever follows it (here a negation whose
    # marks a scan lost, which no verb list knows)
    f = _analyse("Các trường hợp này khong da điều kiện mở tờ khai tại chỗ.", "sentence")
    assert f is None or not [n for n, _a, _b in f.names if "trường hợp" in n]


def test_a_signature_block_closing_an_attached_text_is_no_unit() -> None:
    # the position over the signer's name (with an academic title) closing the rules a decision
    # issues reads like a name-only line with one "task": the person's name — no unit
    from test_closing_wrapped import _TITLED_SIGNER

    text = _TITLED_SIGNER.replace(
        "Điều 1. Phạm vi điều chỉnh\nQuy định này áp dụng cho sinh viên chính quy.",
        "Chương IV\nTRÁCH NHIỆM\n\nĐiều 9. Trách nhiệm của Phòng Công tác sinh viên\n\n1. Phối hợp với các khoa "
        "quản lý sinh viên.\n\nĐiều 10. Trách nhiệm thi hành\n\nTrưởng các đơn vị có liên quan chịu\n\ntrách nhiệm "
        "thi hành quy định này./-")
    names = list(_units(text))
    assert "Phòng Công tác sinh viên" in names and not [n for n in names if n.casefold() == "giám đốc"]


def test_toan_the_opens_a_class_of_its_own_in_a_list() -> None:
    # "…, toàn thể công chức, viên chức …" after a role: the whole staff is a unit of its own
    assert _names("Trưởng các đơn vị, toàn thể công chức, viên chức, sinh viên có liên quan chịu trách nhiệm "
                  "thi hành quy định này.") == ["Trưởng các đơn vị", "Toàn thể công chức, viên chức, sinh viên có liên quan"]


_RULES_CHAPTER = """Chương I
QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh
Quy định này áp dụng cho sinh viên chính quy.

Chương II
TRÌNH TỰ, THỦ TỤC VÀ TRÁCH NHIỆM CỦA CÁC CƠ QUAN, ĐƠN VỊ CÓ LIÊN QUAN

Điều 2. Đối với người đề nghị
Người đề nghị nộp đơn tại Phòng Công tác sinh viên.

Điều 3. Đối với các cơ quan, đơn vị
1. Phòng Công tác sinh viên: Trong thời hạn 05 ngày làm việc, xét duyệt hồ sơ của người đề nghị.
2. Phòng Kế hoạch - Tài chính: Chi trả hỗ trợ trong thời hạn 10 ngày làm việc.

Chương III
TỔ CHỨC THỰC HIỆN

Điều 4. Trưởng các đơn vị có liên quan chịu trách nhiệm thi hành quy định này."""


def test_a_chapter_of_procedure_and_duties_and_its_article_for_the_bodies() -> None:
    # a chapter whose title joins the duties of the bodies on with "và", and its article "Đối
    # với các cơ quan nhà nước" whose clauses each open with a body and a colon: those bodies
    # are assigned their clauses (the article for the applicant names no body)
    from test_closing_wrapped import _TITLED_SIGNER

    text = _TITLED_SIGNER.replace("Điều 1. Phạm vi điều chỉnh\nQuy định này áp dụng cho sinh viên chính quy.", _RULES_CHAPTER)
    names = list(_units(text))
    assert "Phòng Công tác sinh viên" in names and "Phòng Kế hoạch - Tài chính" in names
    assert not [n for n in names if "người đề nghị" in n.casefold()]


_INVITATION = """ỦY BAN NHÂN DÂN
TỈNH HÀ AN

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 45/GM-UBND

Hà An, ngày 12 tháng 01 năm 2031

GIẤY MỜI

Ủy ban nhân dân tỉnh mời họp với thành phần, nội dung, thời gian và địa điểm như sau:
I. Thành phần dự họp:
- Đồng chí Trần Văn Mười - Chủ tịch UBND tỉnh: Chủ trì hội nghị;
- Đại diện Lãnh đạo Công an tỉnh;
II. Nội dung: Phiên họp lần thứ nhất Ban Chỉ đạo về dữ liệu.
III. Thời gian: 14 giờ 30, ngày 12 tháng 01 năm 2031.
IV. Phân công chuẩn bị
- Giao Công an tỉnh chủ trì chuẩn bị nội dung báo cáo tại Hội nghị.
- Văn phòng UBND tỉnh chuẩn bị các điều kiện cần thiết để tổ chức Hội nghị.

Nơi nhận:
- Như thành phần mời;
- Lưu: VT.

TL. CHỦ TỊCH
CHÁNH VĂN PHÒNG

Lê Văn Duệ
"""


def test_an_invitations_list_of_attendees_assigns_no_work() -> None:
    # "I. Thành phần dự họp:" lists who sits and their part in the sitting ("…: Chủ trì hội nghị"):
    # no unit; the preparation it hands out does assign
    names = list(_units(_INVITATION))
    assert "Công an tỉnh" in names and not [n for n in names if n.startswith("Chủ tịch")]


def test_a_request_after_a_consequence_connective_assigns() -> None:
    # "Vì vậy, đề nghị …": the consequence drawn before the request opens the clause; a body as
    # the subject right after it states a rule ("Vì vậy, Ủy ban nhân dân cấp tỉnh quyết định …")
    assert _names("Vì vậy, đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương căn cứ mức chi "
                  "đã xác định để trình Hội đồng nhân dân cấp tỉnh quy định.") == [
        "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"]
    assert _analyse("Vì vậy, Ủy ban nhân dân cấp tỉnh quyết định thực hiện nội dung trên.", "sentence") is None


def test_a_body_sending_its_staff_ends_its_name_at_the_verb() -> None:
    # "cử" alone is checked by the word segmenter, which may glue it to the name's last syllable;
    # with its object ("cử cán bộ", "cử đại diện") the phrase is the verb
    assert _names("Vụ Kê khai và Kế toán thuế cử cán bộ làm đầu mối tổng hợp báo cáo.") == [
        "Vụ Kê khai và Kế toán thuế"]
    assert _names("Phòng Quản lý đô thị huyện cử đại diện tham gia Tổ công tác.") == [
        "Phòng Quản lý đô thị huyện"]


def test_the_copula_ends_a_name_the_segmenter_glues_it_to() -> None:
    # "số là" is one word to the segmenter (a conjunction: "it happens that"); after a name's word
    # "là" is the copula and the name ends before it ...
    assert _analyse("Doanh nghiệp công nghệ số là lực lượng tiên phong trong kiến tạo hạ tầng số.",
                    "line").names[0][0] == "Doanh nghiệp công nghệ số"
    # ... but not where it makes an adverb with the word before it ("nhất là": "especially")
    assert _names("Các sở, ban, ngành, đơn vị, nhất là người đứng đầu tập trung rà soát, sửa đổi các quy "
                  "định về thủ tục hành chính.") == ["Các sở, ban, ngành, đơn vị"]


def test_the_committees_one_body_serves_stay_in_its_name() -> None:
    # "<body> tỉnh ủy, thành ủy": the office or board of each provincial and city Party committee,
    # one unit; the level word opens the committee's name ("tỉnh ủy"), no level of the office
    assert _names("Văn phòng tỉnh ủy, thành ủy chủ trì tổng hợp báo cáo.") == ["Văn phòng tỉnh ủy, thành ủy"]
    assert _names("Ban tuyên giáo tỉnh ủy, thành ủy hướng dẫn thực hiện.") == ["Ban tuyên giáo tỉnh ủy, thành ủy"]
    # committees named alone are bodies of their own
    assert _names("Tỉnh ủy, Thành ủy chỉ đạo thực hiện.") == ["Tỉnh ủy", "Thành ủy"]


def test_a_class_opened_after_and_is_a_unit_of_its_own() -> None:
    # "X và hệ thống các <kind>": the system of a kind of body is a class beside X
    assert _names("Báo Hà An và hệ thống các cơ quan báo chí địa phương tăng cường tuyên truyền.") == [
        "Báo Hà An", "Hệ thống các cơ quan báo chí địa phương"]
    assert _names("Thủ trưởng các đơn vị, toàn thể công chức, viên chức nghiêm túc thực hiện.") == [
        "Thủ trưởng các đơn vị", "Toàn thể công chức, viên chức"]


def test_a_place_label_before_a_colon_opens_the_assignment_after_it() -> None:
    # "Tại cấp tỉnh: <body> <verb> …": where the work is done, then who does it
    assert _names("Tại cấp tỉnh: Thủ trưởng cơ quan Thuế chỉ đạo các phòng có liên quan cử công chức "
                  "làm đầu mối.") == ["Thủ trưởng cơ quan Thuế"]
    assert _names("Ở cấp xã: Ủy ban nhân dân cấp xã tổ chức rà soát danh sách hộ nghèo.") == [
        "Ủy ban nhân dân cấp xã"]


def test_a_deadline_before_the_subject_opens_the_clause_after_its_comma() -> None:
    # "Trước ngày …, <body> <verb> …", also after a recurring time ("Hằng năm, trước ngày …,")
    for lead in ("Trước ngày 10 tháng 01 hằng năm, ", "Hằng năm, trước ngày 10 tháng 01, ",
                 "Chậm nhất ngày 15/3/2031, ", "Trong quý I năm 2031, "):
        assert _names(lead + "Sở Tài chính các tỉnh báo cáo kết quả thực hiện về Bộ Tài chính.") == [
            "Sở Tài chính các tỉnh"], lead
    # a lead with an action and no time is no deadline: "Đến" opens a task of its own here
    assert _analyse("Đến thăm, động viên các gia đình chính sách, Sở Lao động báo cáo kết quả.", "sentence") is None


def test_a_head_that_names_a_field_goes_on_with_the_field_before_its_dash() -> None:
    # "Viễn thông <tỉnh>" is a branch's name, but after "Công nghiệp -" the field goes on: one
    # enterprise; two bodies each with a head of its own are still two
    assert _names("Giao Tập đoàn Công nghiệp - Viễn thông Quân đội, Tổng công ty Bưu điện Việt Nam khẩn trương "
                  "triển khai hạ tầng.") == ["Tập đoàn Công nghiệp - Viễn thông Quân đội", "Tổng công ty Bưu điện Việt Nam"]
    assert _names("Ban Công tác đặc biệt - Ủy ban Dân tộc chủ trì triển khai.") == ["Ban Công tác đặc biệt", "Ủy ban Dân tộc"]


def test_a_distributed_lists_place_said_once_after_its_last_member_is_every_members() -> None:
    f = _analyse("Các trường: Đại học, Cao đẳng, Trung cấp trên địa bàn tỉnh phối hợp đào tạo nhân lực số.", "line")
    assert [n for n, _a, _b in f.names] == [
        "Trường Đại học trên địa bàn tỉnh", "Trường Cao đẳng trên địa bàn tỉnh", "Trường Trung cấp trên địa bàn tỉnh"]


def test_leading_the_way_ends_the_names_of_those_who_lead() -> None:
    # "tiên phong", "dẫn dắt": what the bodies are asked to do, after their names
    assert _analyse("Các doanh nghiệp nhà nước, Tổng Công ty tiên phong, dẫn dắt chuyển đổi số của ngành.",
                    "line").names[0][0] == "Các doanh nghiệp nhà nước"


def test_a_branch_after_the_dash_is_the_branch_of_the_body_before_it() -> None:
    # "<body> - Chi nhánh …": the body's branch, one unit
    assert _names("Ngân hàng Nhà nước Việt Nam - Chi nhánh Khu vực 5 chủ trì triển khai thanh toán số.") == [
        "Ngân hàng Nhà nước Việt Nam - Chi nhánh Khu vực 5"]


def test_two_bare_heads_parted_by_a_slash_share_the_name_after_the_second() -> None:
    # "Phòng/Ban chuyên môn": two kinds of office with one field; two names each given it
    assert _names("Phòng/Ban chuyên môn phối hợp rà soát danh sách.") == ["Phòng chuyên môn", "Ban chuyên môn"]
    assert _names("Các Phòng/Ban chuyên môn phối hợp rà soát danh sách.") == [
        "Các Phòng chuyên môn", "Các Ban chuyên môn"]
    # two whole names stay as they are
    assert _names("Cục Thuế/Chi cục Thuế xây dựng kế hoạch triển khai.") == ["Cục Thuế", "Chi cục Thuế"]


def test_a_topic_before_its_colon_names_the_whole_class() -> None:
    # "Đối với <class>:" over its tasks: the class runs to the colon, the verbs inside it
    # describing the class ("… thu gom, vận chuyển, xử lý chất thải …")
    f = _analyse("Đối với các đơn vị thực hiện dịch vụ thu gom, vận chuyển, xử lý chất thải rắn sinh hoạt:",
                 "heading", True)
    assert f is not None and [n for n, _a, _b in f.names] == [
        "Các đơn vị thực hiện dịch vụ thu gom, vận chuyển, xử lý chất thải rắn sinh hoạt"]
    # … unless the clause after the colon names its own subject
    g = _analyse("Đối với Đoàn kiểm tra: Các thành viên Đoàn thực hiện nghiêm túc Kế hoạch.", "heading", False)
    assert g is None or "Đoàn kiểm tra" not in [n for n, _a, _b in g.names]


_CONSULAR = """Kính gửi:
- Văn phòng các Bộ, cơ quan ngang Bộ;
- Văn phòng Tòa án nhân dân tối cao;
- Sở Ngoại vụ các tỉnh, thành phố trực thuộc Trung ương.

1. Thực hiện chủ trương của Chính phủ về cải cách thủ tục hành chính, Cục Lãnh sự Bộ Ngoại giao xin trân trọng thông báo: kể từ ngày 01/12/2031, Cục Lãnh sự tiếp nhận hồ sơ đề nghị cấp hộ chiếu trực tuyến.

2. Để phối hợp triển khai hiệu quả, Cục Lãnh sự trân trọng đề nghị Quý Cơ quan giúp:

- Thông tin rộng rãi tới cán bộ, công chức thuộc phạm vi quản lý về việc nộp hồ sơ trực tuyến.

- Kịp thời phản ánh các khó khăn, vướng mắc phát sinh trong quá trình triển khai.

3. Cục Lãnh sự Bộ Ngoại giao trân trọng thông tin để Quý Cơ quan chủ động thu xếp thời gian./.

Nơi nhận:
- Như trên;
- Lưu: VT, LS.

KT. CỤC TRƯỞNG
PHÓ CỤC TRƯỞNG

Lương Văn Quang
"""


def test_a_request_to_quy_co_quan_over_a_list_goes_to_each_addressee() -> None:
    # "… đề nghị Quý Cơ quan giúp:" over its dash items: each addressee of the "Kính gửi" list is
    # asked them; the writer informing ("Cục A trân trọng thông tin …") is no unit
    units = _units(_CONSULAR)
    assert list(units) == ["Văn phòng các Bộ, cơ quan ngang Bộ", "Văn phòng Tòa án nhân dân tối cao",
                           "Sở Ngoại vụ các tỉnh, thành phố trực thuộc Trung ương"]
    assert all(len(t) == 2 for t in units.values())


def test_the_manner_between_a_name_and_its_verb_is_no_part_of_the_name() -> None:
    # "… các đoàn thể tỉnh bằng nhiều hình thức thích hợp, tổ chức tuyên truyền …"
    assert _names("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các đoàn thể tỉnh bằng nhiều hình thức "
                  "thích hợp, tổ chức tuyên truyền, vận động Nhân dân tham gia.") == [
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Các đoàn thể tỉnh"]
