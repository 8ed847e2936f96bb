"""Where a responsible unit's name begins and ends, on synthetic text: a domain whose dash a
writer left out is still one name, and a role over a singular head distributes over the fields
after its colon."""

from __future__ import annotations

from corpus_files import segment_text
from synthetic_decision import HEAD, TAIL, exec_units
from synthetic_party import PARTY_TAIL

from pipeline import bodies, fragment_tables
from pipeline.attested_names import attested_extension
from pipeline.defined_names import defined_names, full_name
from pipeline.extract.units import _Collector, _split_units, extract_responsible_units
from pipeline.extractor import extract_text
from pipeline.provenance import Prov


def test_a_domain_without_its_dash_is_still_one_protected_name() -> None:
    s = "Sở Lao động Thương binh và Xã hội, Sở Y tế"
    spans = bodies.protected_spans(s)
    assert spans and s[spans[0][0] : spans[0][1]] == "Lao động Thương binh và Xã hội"
    assert [n for n, _a, _b in _split_units(s, 0, len(s))] == ["Sở Lao động Thương binh và Xã hội", "Sở Y tế"]


def test_a_plural_head_distributes_over_a_dashless_domain() -> None:
    names = exec_units(
        "Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các Sở: Lao động Thương binh và Xã hội, Nội vụ; "
        "Chủ tịch Ủy ban nhân dân các xã chịu trách nhiệm thi hành Quyết định này./."
    )
    assert names == ["Chánh Văn phòng Ủy ban nhân dân tỉnh", "Giám đốc Sở Lao động Thương binh và Xã hội",
                     "Giám đốc Sở Nội vụ", "Chủ tịch Ủy ban nhân dân các xã"]


def test_a_role_over_a_singular_head_distributes_over_the_fields_after_its_colon() -> None:
    names = exec_units(
        "Chánh Văn phòng UBND tỉnh; Giám đốc Sở: Tư pháp, Khoa học và Công nghệ; Chủ tịch UBND cấp xã "
        "chịu trách nhiệm thi hành Quyết định này./."
    )
    assert names == ["Chánh Văn phòng Ủy ban nhân dân tỉnh", "Giám đốc Sở Tư pháp",
                     "Giám đốc Sở Khoa học và Công nghệ", "Chủ tịch Ủy ban nhân dân cấp xã"]


def test_a_role_over_named_bodies_keeps_each_body() -> None:
    names = exec_units("Giám đốc: Trung tâm Y tế, Trung tâm Văn hóa; Sở Tư pháp chịu trách nhiệm thi hành "
                        "Quyết định này./.")
    assert names == ["Giám đốc Trung tâm Y tế", "Giám đốc Trung tâm Văn hóa", "Sở Tư pháp"]


def test_a_kind_after_a_bodys_list_of_levels_is_a_unit_of_its_own() -> None:
    names = exec_units(
        "Chánh Văn phòng Ủy ban nhân dân tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường, đơn vị có liên quan "
        "chịu trách nhiệm thi hành Quyết định này./."
    )
    assert names == ["Chánh Văn phòng Ủy ban nhân dân tỉnh", "Chủ tịch Ủy ban nhân dân các xã, phường",
                     "Đơn vị có liên quan"]
    # a level after the levels goes on with them
    names = exec_units("Chủ tịch Ủy ban nhân dân các xã, phường, thị trấn chịu trách nhiệm thi hành Quyết định này./.")
    assert names == ["Chủ tịch Ủy ban nhân dân các xã, phường, thị trấn"]


def test_a_class_of_bare_kinds_that_says_cac_again_stays_one_class() -> None:
    names = exec_units("Sở Tư pháp, các cơ quan, đơn vị, các tổ chức, cá nhân có liên quan chịu trách nhiệm "
                        "thi hành Quyết định này./.")
    assert names == ["Sở Tư pháp", "Các cơ quan, đơn vị, các tổ chức, cá nhân có liên quan"]


_PLAN = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÀ AN\n\nSố: 7/KH-UBND\nHà An, ngày 02 tháng 3 năm 2026\n\nKẾ HOẠCH\nPhát triển "
    "du lịch\n\nI. MỤC ĐÍCH\n1. Nâng cao chất lượng.\n\nII. TỔ CHỨC THỰC HIỆN\n{items}\n\nNơi nhận:\n- Lưu: VT."
    "\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLê Văn An\n"
)


def _plan_units(items: str) -> list[str]:
    doc = segment_text(_PLAN.format(items=items))
    return [u["name"] for u in extract_responsible_units(doc, Prov())]


def test_a_plural_mention_of_a_role_or_body_is_the_same_unit() -> None:
    names = _plan_units(
        "1. Giám đốc, Thủ trưởng cơ quan ngang sở căn cứ nhiệm vụ được giao xây dựng kế hoạch.\n"
        "2. Các Giám đốc, Thủ trưởng cơ quan ngang sở tổ chức kiểm tra, đôn đốc việc thực hiện."
    )
    assert names == ["Giám đốc", "Thủ trưởng cơ quan ngang sở"]


def test_a_role_over_a_plural_of_localities_is_the_one_over_the_singular() -> None:
    col = _Collector()
    col.add("Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương", (0, 1), (0, 1), 0.8, "exec")
    col.add("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", (2, 3), (2, 3), 0.8, "line")
    col.add("Cơ quan thường trực của Hội đồng", (8, 9), (8, 9), 0.8, "line")
    col.add("Cơ quan thường trực Hội đồng", (10, 11), (10, 11), 0.8, "line")
    col.add("Các tập đoàn", (4, 5), (4, 5), 0.8, "line")
    col.add("Tập đoàn Điện lực", (6, 7), (6, 7), 0.8, "line")
    assert [u.name for u in col.units] == ["Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương",
                                           "Cơ quan thường trực của Hội đồng", "Các tập đoàn", "Tập đoàn Điện lực"]


def test_a_body_said_once_with_co_lien_quan_keeps_its_bare_name() -> None:
    names = _plan_units(
        "1. Thủ trưởng cơ quan chuyên môn có liên quan xây dựng kế hoạch thực hiện.\n"
        "2. Thủ trưởng cơ quan chuyên môn tổ chức kiểm tra, đôn đốc việc thực hiện.\n"
    )
    assert names == ["Thủ trưởng cơ quan chuyên môn"]
    names = _plan_units(  # the bare name first, the qualifier after: the same
        "1. Thủ trưởng cơ quan chuyên môn xây dựng kế hoạch thực hiện.\n"
        "2. Thủ trưởng cơ quan chuyên môn có liên quan tổ chức kiểm tra, đôn đốc việc thực hiện.\n"
    )
    assert names == ["Thủ trưởng cơ quan chuyên môn"]
    # a plural class keeps the words as its name
    col = _Collector()
    col.add("Các cơ quan có liên quan", (0, 1), (0, 1), 0.8, "line")
    col.add("Các cơ quan", (2, 3), (2, 3), 0.8, "line")
    assert [u.name for u in col.units] == ["Các cơ quan có liên quan"]


def test_a_role_over_its_body_before_a_colon_and_a_task_distributes_nothing() -> None:
    names = _plan_units("1. Chánh Văn phòng Sở: Giúp Giám đốc Sở theo dõi việc thực hiện.")
    assert names == ["Chánh Văn phòng Sở"]


_MINISTRY = (
    "BỘ CÔNG THƯƠNG\n\nSố: 7/QĐ-BCT\nHà Nội, ngày 02 tháng 3 năm 2026\n\nQUYẾT ĐỊNH\nVề kế hoạch\n\n"
    "Căn cứ Nghị định số 1/2025/NĐ-CP ngày 1 tháng 1 năm 2025;\nXét đề nghị của Vụ trưởng Vụ Công nghệ đào tạo,"
    "\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kế hoạch kèm theo.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký."
    "\n\nĐiều 3. Chánh Văn phòng Bộ, Vụ trưởng Vụ Công nghệ đào tạo chịu trách nhiệm thi hành Quyết định này./."
    "\n\nNơi nhận:\n- Lưu: VT.\n\nBỘ TRƯỞNG\n\nLê Văn An\n\nKẾ HOẠCH\n\nI. TỔ CHỨC THỰC HIỆN\n{items}\n"
)


def test_a_name_cut_at_a_verb_it_holds_is_made_whole_by_its_delimited_mentions() -> None:
    doc = segment_text(_MINISTRY.format(items=(
        "1. Giao Vụ Công nghệ đào tạo là đơn vị đầu mối theo dõi việc thực hiện.\n"
        "2. Văn phòng Bộ bố trí kinh phí thực hiện.")))
    names = [u["name"] for u in extract_responsible_units(doc, Prov())]
    assert names == ["Chánh Văn phòng Bộ", "Vụ trưởng Vụ Công nghệ đào tạo", "Vụ Công nghệ đào tạo", "Văn phòng Bộ"]


def test_a_task_after_a_name_in_one_other_place_attests_no_longer_name() -> None:
    text = "1. Vụ Kỹ thuật đào tạo cán bộ mới.\n2. Vụ Kỹ thuật theo dõi.\n- Vụ Kỹ thuật đào tạo, bồi dưỡng.\n"
    a = text.index("Vụ Kỹ thuật theo")
    assert attested_extension(text, "Vụ Kỹ thuật", 3, 3 + len("Vụ Kỹ thuật")) == 3 + len("Vụ Kỹ thuật")
    assert attested_extension(text, "Vụ Kỹ thuật", a, a + len("Vụ Kỹ thuật")) == a + len("Vụ Kỹ thuật")


def test_a_tax_named_like_the_tax_office_is_no_unit() -> None:
    names = _plan_units("1. Thuế suất 5%: áp dụng đối với hàng hóa thiết yếu.\n2. Thuế tỉnh Hà An hướng dẫn kê khai.")
    assert names == ["Thuế tỉnh Hà An"]


def test_a_verb_qualifying_a_subject_before_a_tense_word_reports_no_assignment() -> None:
    names = _plan_units("1. Các doanh nghiệp, tổ chức quan tâm đã gửi hồ sơ đăng ký.\n"
                        "2. Sở Công Thương tổng hợp hồ sơ.")
    assert names == ["Sở Công Thương"]


def test_a_word_whose_first_syllable_is_a_level_lends_no_locality() -> None:
    assert bodies.locality_tail("Các tổ chức chính trị - xã hội") is None
    assert bodies.locality_tail("Hội Nông dân xã An Phú") == "xã An Phú"
    s = "Ủy ban Mặt trận Tổ quốc, các tổ chức chính trị - xã hội"
    assert [n for n, _a, _b in _split_units(s, 0, len(s))] == [
        "Ủy ban Mặt trận Tổ quốc", "Các tổ chức chính trị - xã hội"]


def test_persons_closing_a_roles_list_are_a_class_of_their_own() -> None:
    names = exec_units("Giám đốc Sở Tư pháp, Chủ tịch Ủy ban nhân dân các cấp, tổ chức và cá nhân có liên quan "
                        "chịu trách nhiệm thi hành Quyết định này./.")
    assert names == ["Giám đốc Sở Tư pháp", "Chủ tịch Ủy ban nhân dân các cấp", "Tổ chức và cá nhân có liên quan"]
    # a role's list of bodies without persons stays one
    names = exec_units("Thủ trưởng các cơ quan, tổ chức, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.")
    assert names == ["Thủ trưởng các cơ quan, tổ chức, đơn vị có liên quan"]


def test_a_class_in_lower_case_goes_on_after_a_comma_but_not_after_va() -> None:
    s = "Các hội, đoàn thể, các tổ chức, cá nhân có liên quan"
    assert [n for n, _a, _b in _split_units(s, 0, len(s))] == [s]
    s = "Các đoàn thể, các hội nghề nghiệp"
    assert [n for n, _a, _b in _split_units(s, 0, len(s))] == ["Các đoàn thể", "Các hội nghề nghiệp"]
    s = "Các doanh nghiệp vận tải và các cơ quan, đơn vị có liên quan"
    assert [n for n, _a, _b in _split_units(s, 0, len(s))] == [
        "Các doanh nghiệp vận tải", "Các cơ quan, đơn vị có liên quan"]


def test_a_subject_before_its_verbs_lends_them_no_name() -> None:
    text = ("Mục 1.\nTrung tâm Dịch vụ theo dõi, đánh giá việc thực hiện.\nTrung tâm Dịch vụ theo dõi, kiến nghị "
            "kịp thời.\n2. Trung tâm Dịch vụ theo dõi kết quả.\n")
    a = text.index("Trung tâm Dịch vụ theo dõi kết")
    n = len("Trung tâm Dịch vụ")
    assert attested_extension(text, "Trung tâm Dịch vụ", a, a + n) == a + n


def test_a_cell_line_broken_inside_a_known_field_or_after_a_heads_colon_goes_on() -> None:
    assert fragment_tables.continues("Bộ Tài chính, Bộ Công", "Thương, các địa phương")
    assert fragment_tables.continues("Các Sở:", "NN&PTNT, Y tế")
    assert fragment_tables.continues("Sở Khoa học và", "Công nghệ")
    assert not fragment_tables.continues("Bộ Tài chính", "Bộ Xây dựng")
    assert not fragment_tables.continues("Sở Y tế", "Tế bào học")


def test_a_topic_after_a_dash_that_follows_a_whole_name_is_no_part_of_it() -> None:
    s = "Bộ Công Thương - Công trình điện gió ngoài khơi"
    assert [n for n, _a, _b in _split_units(s, 0, len(s))] == ["Bộ Công Thương"]
    for whole in ("Phòng Kinh tế - Hạ tầng", "Đài Phát thanh - Truyền hình tỉnh", "Vụ Kế hoạch - Tài chính"):
        assert [n for n, _a, _b in _split_units(whole, 0, len(whole))] == [whole]


def test_a_describing_clause_after_a_class_is_no_part_of_its_name() -> None:
    s = "Các sở, ngành, địa phương trong đó nêu rõ các hoạt động, sản phẩm, cơ quan"
    assert [n for n, _a, _b in _split_units(s, 0, len(s))][0] == "Các sở, ngành, địa phương"


def test_a_short_name_the_document_defines_is_written_in_full() -> None:
    text = ("Thành lập Quỹ Hỗ trợ nông dân tỉnh Hà An (sau đây gọi là Quỹ) trực thuộc Hội Nông dân tỉnh.\n"
            "Đề nghị các Sở, ban, ngành tỉnh (sau đây gọi tắt là sở, ngành) phối hợp.\n"
            "Trung tâm Dịch vụ xã, Bộ phận một cửa xã (sau đây gọi là Trung tâm cấp xã).\n")
    names = defined_names(text)
    assert full_name("Quỹ", names) == "Quỹ Hỗ trợ nông dân tỉnh Hà An"
    assert full_name("Các sở, ngành", names) == "Các Sở, ban, ngành tỉnh"
    assert full_name("Trung tâm cấp xã", names) == "Trung tâm cấp xã"  # several bodies, one short name
    assert full_name("Sở Tư pháp", names) == "Sở Tư pháp"
    names = defined_names("Trách nhiệm của Bộ trưởng, Thủ trưởng cơ quan ngang bộ (sau đây gọi chung là Bộ trưởng).")
    assert full_name("Bộ trưởng", names) == "Bộ trưởng"  # several roles, one short name
    # every wording of the defining bracket: "gọi chung là", "viết tắt là", emphasis around it
    for bracket in ("(sau đây gọi chung là Quỹ)", "(sau đây viết tắt là Quỹ)", "(*được gọi tắt là “Quỹ”*)"):
        names = defined_names(f"Thành lập Quỹ Hỗ trợ nông dân tỉnh Hà An {bracket} trực thuộc Hội Nông dân tỉnh.")
        assert full_name("Quỹ", names) == "Quỹ Hỗ trợ nông dân tỉnh Hà An", bracket


def test_a_name_cut_after_va_inside_a_known_field_is_completed() -> None:
    assert bodies.complete_field("Bộ Giáo dục và") == "Bộ Giáo dục và Đào tạo"
    assert bodies.complete_field("Bộ Tư pháp và") is None  # a whole field: "và" joins the next body
    s = "Bộ Giáo dục và "
    assert [n for n, _a, _b in _split_units(s, 0, len(s))] == ["Bộ Giáo dục và Đào tạo"]
    # a cell line so cut is not continued by the next column's body
    assert not fragment_tables.continues("Bộ Giáo dục và", "Cơ quan, tổ chức")
    assert fragment_tables.continues("Bộ Giáo dục và", "Đào tạo")


def test_what_is_said_of_acts_is_no_unit_name() -> None:
    assert bodies.is_fragment("Doanh nghiệp liên quan quy chuẩn được ban hành")
    assert not bodies.is_fragment("Doanh nghiệp liên quan")


def test_a_head_with_its_field_then_bare_fields_is_named_once_for_all() -> None:
    s = "Các Bộ Quốc phòng, Công an, Ngoại giao"
    assert [n for n, _a, _b in _split_units(s, 0, len(s))] == ["Bộ Quốc phòng", "Bộ Công an", "Bộ Ngoại giao"]
    s = "Giám đốc các Sở Tư pháp, Nội vụ và Ủy ban nhân dân các xã"
    assert [n for n, _a, _b in _split_units(s, 0, len(s))] == [
        "Giám đốc Sở Tư pháp", "Giám đốc Sở Nội vụ", "Ủy ban nhân dân các xã"]
    s = "Sở Tư pháp, Công an tỉnh"  # a body, not a field
    assert [n for n, _a, _b in _split_units(s, 0, len(s))] == ["Sở Tư pháp", "Công an tỉnh"]


def test_a_fields_abbreviation_with_dashes_or_a_comma_is_expanded_in_a_name() -> None:
    s = "Sở VH,TT&DL, Sở GD-ĐT, Sở LĐ-TB&XH"
    assert [n for n, _a, _b in _split_units(s, 0, len(s))] == [
        "Sở Văn hóa, Thể thao và Du lịch", "Sở Giáo dục và Đào tạo", "Sở Lao động - Thương binh và Xã hội"]


def test_the_chief_of_all_offices_is_not_the_chief_of_one() -> None:
    col = _Collector()
    col.add("Trưởng phòng", (0, 1), (0, 1), 0.8, "line")
    col.add("Trưởng các phòng", (2, 3), (2, 3), 0.8, "line")
    assert [u.name for u in col.units] == ["Trưởng phòng", "Trưởng các phòng"]


def test_a_distributed_list_ends_where_its_last_field_meets_the_predicate() -> None:
    # "các Bộ: A, B có ý kiến đối với …": what follows the predicate (more commas, "kiến nghị của
    # …") is the task's object, no further member of the list
    s = ("Giao các Bộ: Công an, Tư pháp, Nông nghiệp và Môi trường có ý kiến đối với đề xuất, kiến nghị "
         "của Ủy ban nhân dân tỉnh Hà An tại Tờ trình số 12/TTr-UBND nêu trên")
    names = [n for n, _a, _b in _split_units(s, s.index("các"), len(s))]
    assert names == ["Bộ Công an", "Bộ Tư pháp", "Bộ Nông nghiệp và Môi trường"]
    # a field that holds a verb's syllable ("Ngoại giao") is no name running into its predicate
    s = "Các Bộ: Công an, Ngoại giao theo chức năng, nhiệm vụ"
    assert [n for n, _a, _b in _split_units(s, 0, len(s))][:2] == ["Bộ Công an", "Bộ Ngoại giao"]


def test_a_person_joined_by_va_is_neither_a_unit_nor_part_of_the_name_before() -> None:
    names = exec_units("Chánh Văn phòng Ủy ban nhân dân tỉnh, Hội đồng nhân dân, Ủy ban nhân dân huyện Bình Sơn "
                        "và bà Lê Thị Hoa chịu trách nhiệm thi hành Quyết định này./.")
    assert names == ["Chánh Văn phòng Ủy ban nhân dân tỉnh", "Hội đồng nhân dân huyện Bình Sơn",
                     "Ủy ban nhân dân huyện Bình Sơn"]


def test_a_relative_clause_of_place_is_no_part_of_the_name() -> None:
    names = exec_units("Giám đốc Sở Công Thương; Chủ tịch Ủy ban nhân dân các xã, phường nơi có mỏ khoáng sản "
                        "chịu trách nhiệm thi hành Quyết định này./.")
    assert names == ["Giám đốc Sở Công Thương", "Chủ tịch Ủy ban nhân dân các xã, phường"]


def test_a_class_closed_by_its_concerned_catch_all_is_one_unit() -> None:
    def split(s: str) -> list[str]:
        return [n for n, _a, _b in _split_units(s, 0, len(s))]

    assert split("Các sở, ban, ngành, địa phương và các đơn vị khác có liên quan") == [
        "Các sở, ban, ngành, địa phương và các đơn vị khác có liên quan"]
    assert split("Các bộ, cơ quan ngang bộ và các cơ quan liên quan") == [
        "Các bộ, cơ quan ngang bộ và các cơ quan liên quan"]
    # a class of its own after "và": a qualified kind, or a list of named bodies before it
    assert split("Các sở, ban, ngành và các đơn vị sự nghiệp") == ["Các sở, ban, ngành", "Các đơn vị sự nghiệp"]
    assert split("Sở Y tế, Sở Tài chính và các cơ quan liên quan") == ["Sở Y tế", "Sở Tài chính",
                                                                        "Các cơ quan liên quan"]


def test_a_founding_articles_roster_of_persons_assigns_no_work() -> None:
    article1 = (
        "Điều 1. Thành lập Ban Kiểm tra liên ngành gồm các ông, bà có tên sau:\n"
        "1. Ban Kiểm tra\n1.1. Trưởng ban: Ông Phạm Văn Đức, Phó Giám đốc Sở Xây dựng.\n"
        "1.2. Các thành viên Ban Kiểm tra:\n- Bà Đỗ Thị Mai, Chuyên viên Sở Tài chính.\n"
        "- Ông Vũ Quốc Huy, Chuyên viên Sở Tư pháp.\n"
        "2. Tổ giúp việc\n2.1. Tổ trưởng: Ông Lê Văn Nam, Trưởng phòng Quản lý xây dựng, Sở Xây dựng.\n"
    )
    article2 = ("Điều 2. Nhiệm vụ của Ban Kiểm tra\n- Kiểm tra việc chấp hành quy định về xây dựng.\n"
                "- Ban tự giải thể sau khi hoàn thành nhiệm vụ.\n\nĐiều 4. Quyết định này có hiệu lực kể từ ngày ký.")
    head = HEAD.replace("Điều 1. Ban hành quy chế kèm theo Quyết định này.", article1)
    head = head.replace("Điều 2. Quyết định này có hiệu lực kể từ ngày ký.", article2)
    text = head + ("Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Xây dựng và các ông, bà có tên tại "
                   "Điều 1 chịu trách nhiệm thi hành Quyết định này./." + TAIL)
    names = [u["name"] for u in extract_responsible_units(segment_text(text), Prov())]
    assert not {"Trưởng ban", "Các thành viên Ban Kiểm tra", "Tổ trưởng"} & set(names), names
    assert {"Giám đốc Sở Xây dựng", "Các ông, bà có tên tại Điều 1"} <= set(names)


def test_class_of_bodies_qualified_by_the_work_given_ends_before_the_qualifier() -> None:
    # "… được phân công chủ trì … có trách nhiệm …" only points back at the plan's own
    # assignments: the class of bodies it qualifies is the unit
    from pipeline.extract.units import _analyse

    f = _analyse("Ủy ban nhân dân các huyện, thị xã được phân công chủ trì thực hiện nhiệm vụ "
                 "được giao tại Kế hoạch này có trách nhiệm xây dựng kế hoạch chi tiết.", "sentence")
    assert f is not None and [n for n, _a, _b in f.names] == ["Ủy ban nhân dân các huyện, thị xã"]
    # a qualifier that defines the class (who holds a licence) stays part of its name, and bare
    # collective nouns keep the qualifier that says which of them are meant
    f = _analyse("Các tổ chức, cá nhân được cấp giấy phép khai thác có trách nhiệm báo cáo.", "sentence")
    assert f is not None and f.names[0][0] == "Các tổ chức, cá nhân được cấp giấy phép khai thác"
    f = _analyse("Các cơ quan, đơn vị được giao nhiệm vụ có trách nhiệm báo cáo.", "sentence")
    assert f is not None and f.names[0][0] == "Các cơ quan, đơn vị được giao nhiệm vụ"


def test_kind_word_opening_an_ordinary_noun_does_not_split_a_name() -> None:
    # "bản" is a village, "bản đồ" a map: after "và" it goes on with the office's field
    from pipeline.extract.units import _analyse

    f = _analyse("Trung tâm thông tin và bản đồ tỉnh có trách nhiệm cung cấp số liệu.", "sentence")
    assert f is not None and [n for n, _a, _b in f.names] == ["Trung tâm thông tin và bản đồ tỉnh"]
    # the village itself still continues a list of localities
    f = _analyse("Ủy ban nhân dân các xã, bản có trách nhiệm tuyên truyền.", "sentence")
    assert f is not None and f.names[0][0] == "Ủy ban nhân dân các xã, bản"


def test_name_ends_before_what_it_is_to_plan() -> None:
    from pipeline.extract.units import _analyse

    f = _analyse("Đài Phát thanh và Truyền hình có kế hoạch phối hợp tuyên truyền.", "sentence")
    assert f is not None and [n for n, _a, _b in f.names] == ["Đài Phát thanh và Truyền hình"]


def test_names_before_and_plus_a_second_predicate_are_no_subject() -> None:
    # "… theo chỉ đạo của A, B và phấn đấu tổ chức …": "và" joins two predicates, the names
    # before it complete the first one
    from pipeline.extract.units import _analyse

    s = ("Để hoàn thành công trình, phấn đấu khởi công theo đúng chỉ đạo của Ủy ban nhân dân tỉnh, "
         "Chủ tịch Ủy ban nhân dân tỉnh và phấn đấu tổ chức khánh thành trong năm 2026.")
    assert _analyse(s, "sentence") is None
    f = _analyse("Sở Giáo dục và đào tạo tổ chức tập huấn cho giáo viên.", "sentence")
    assert f is not None and f.names[0][0] == "Sở Giáo dục và đào tạo"


def test_bare_execution_verb_of_a_party_decision_names_its_units() -> None:
    # "… thi hành Quyết định này." without "chịu trách nhiệm": the execution clause still; a kind
    # of body with what it does after it ("các cơ quan tham mưu, giúp việc …") is one name
    from pipeline.extract.units import _analyse

    s = ("Văn phòng Huyện ủy, các cơ quan tham mưu, giúp việc Huyện ủy, các chi bộ trực thuộc Huyện ủy "
         "và các đồng chí có tên tại Điều 1 thi hành Quyết định này.")
    f = _analyse(s, "sentence")
    assert f is not None and [n for n, _a, _b in f.names] == [
        "Văn phòng Huyện ủy", "Các cơ quan tham mưu, giúp việc Huyện ủy",
        "Các chi bộ trực thuộc Huyện ủy", "Các đồng chí có tên tại Điều 1"]


def test_names_end_before_taking_in_and_keep_agent_nouns() -> None:
    from pipeline.extract.units import _analyse

    f = _analyse("Thường trực Hội đồng nhân dân phường tiếp thu ý kiến góp ý, hoàn thiện dự thảo.", "sentence")
    assert f is not None and [n for n, _a, _b in f.names] == ["Thường trực Hội đồng nhân dân phường"]
    # "nhà" makes an agent of the verb after it: the provider is named, no task begins there
    f = _analyse("Các doanh nghiệp, nhà cung cấp dịch vụ viễn thông triển khai hạ tầng trước quý IV/2031.",
                 "sentence")
    assert f is not None and any(n.endswith("nhà cung cấp dịch vụ viễn thông") for n, _a, _b in f.names)


def test_execution_article_lists_units_whatever_verbs_qualify_them() -> None:
    # "… Thủ trưởng các đơn vị … có sử dụng kinh phí thực hiện chính sách … chịu trách nhiệm thi
    # hành Quyết định này": the verbs describe a listed class; "việc thi hành" names no article
    from pipeline.extract.units import _analyse

    s = ("Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tài chính; Thủ trưởng các đơn vị trực thuộc Sở Y tế "
         "có sử dụng kinh phí thực hiện chính sách hỗ trợ và Chủ tịch Ủy ban nhân dân các xã chịu trách nhiệm "
         "thi hành Quyết định này./.")
    f = _analyse(s, "sentence")
    assert f is not None and [n for n, _a, _b in f.names][:2] == ["Chánh Văn phòng Ủy ban nhân dân tỉnh",
                                                                  "Giám đốc Sở Tài chính"]
    assert f.names[-1][0] == "Chủ tịch Ủy ban nhân dân các xã"
    f = _analyse("Giám đốc Sở Nội vụ phối hợp với Giám đốc Công an tỉnh chịu trách nhiệm hướng dẫn, "
                 "kiểm tra việc thi hành Quyết định này.", "sentence")
    assert f is not None and [n for n, _a, _b in f.names] == ["Giám đốc Sở Nội vụ"]


def test_level_pair_after_a_dash_stays_in_the_name() -> None:
    from pipeline.extract.units import _clean_name

    assert _clean_name("Ủy ban nhân dân quận - huyện") == "Ủy ban nhân dân quận - huyện"
    assert _clean_name("Kho bạc Nhà nước phường - xã, thị trấn") == "Kho bạc Nhà nước phường - xã, thị trấn"
    # a topic after the dash still goes
    assert _clean_name("Bộ Giao thông vận tải - Công trình giao thông") == "Bộ Giao thông vận tải"


def test_regulation_chapter_of_duties_assigns_its_articles_units() -> None:
    # a decision's attached rules: a chapter "QUYỀN HẠN, TRÁCH NHIỆM CỦA CÁC NGÀNH" whose articles
    # each charge a body ("Điều 4. Sở A có nhiệm vụ" / "1. …")
    from pipeline.extractor import extract_text

    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH HÀ AN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "Số: 12/2031/QĐ-UBND\n\nHà An, ngày 03 tháng 3 năm 2031\n\nQUYẾT ĐỊNH\n"
        "Ban hành Quy chế quản lý kinh phí hỗ trợ người có công\n\nỦY BAN NHÂN DÂN TỈNH\n\n"
        "Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;\n\nQUYẾT ĐỊNH:\n\n"
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý kinh phí hỗ trợ người có công.\n\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n"
        "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tài chính chịu trách nhiệm thi hành Quyết định này./.\n\n"
        "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLê Văn Bình\n\n"
        "QUY CHẾ\nQuản lý kinh phí hỗ trợ người có công\n(Ban hành kèm theo Quyết định số 12/2031/QĐ-UBND)\n\n"
        "Chương I\nQUY ĐỊNH CHUNG\n\nĐiều 1. Phạm vi điều chỉnh\n\nQuy chế này quy định việc quản lý kinh phí.\n\n"
        "Chương II\nQUYỀN HẠN, TRÁCH NHIỆM CỦA CÁC NGÀNH\n\n"
        "Điều 2. Sở Y tế có nhiệm vụ\n\n1. Thẩm tra dự toán kinh phí hằng năm.\n\n2. Tổng hợp báo cáo quyết toán.\n\n"
        "Điều 3. Kho bạc Nhà nước tỉnh có nhiệm vụ\n\n1. Kiểm soát chi theo quy định.\n"
    )
    names = [u.name for u in extract_text(text).responsible_units]
    assert "Sở Y tế" in names and "Kho bạc Nhà nước tỉnh" in names


_CONCLUSIONS = """ĐẢNG BỘ TỈNH AN PHÚ
ĐẢNG ỦY XÃ BÌNH MINH
*
Số 7-TB/ĐU

ĐẢNG CỘNG SẢN VIỆT NAM

Bình Minh, ngày 14 tháng 10 năm 2025

THÔNG BÁO
KẾT LUẬN CỦA THƯỜNG TRỰC ĐẢNG ỦY
về công tác chuẩn bị đại hội các đoàn thể xã

1. Về công tác chuẩn bị: Thường trực Đảng ủy ghi nhận sự nỗ lực, cố gắng của Ủy ban nhân dân xã trong thời gian qua.
2. Về dự thảo văn kiện: Đề nghị Hội Nông dân xã bám sát hướng dẫn của Hội cấp trên để hoàn thiện dự thảo.
3. Về dự họp: Các đồng chí Ủy viên Ban Thường vụ Đảng ủy sắp xếp thời gian dự các cuộc họp tại các thôn.
4. Ủy ban nhân dân cấp xã (sau sắp xếp) của huyện An Phú chịu trách nhiệm chi trả kinh phí cho cán bộ các thôn (trước sắp xếp).

""" + PARTY_TAIL


def test_a_name_ends_before_keeping_to_or_fitting_in_and_a_body_that_acknowledges_is_charged_nothing() -> None:
    """"bám sát" and "sắp xếp" open a task after a name; a body that records its praise
    ("ghi nhận sự nỗ lực của …") is given no work; a verb inside the name's own note in
    parentheses does not end it."""
    names = [u["name"] for u in extract_responsible_units(segment_text(_CONCLUSIONS), Prov())]
    assert "Hội Nông dân xã" in names
    assert any(n.endswith("Ủy viên Ban Thường vụ Đảng ủy") for n in names)
    assert "Ủy ban nhân dân cấp xã của huyện An Phú" in names
    assert not any(n.startswith("Thường trực Đảng ủy") for n in names)
    assert not any(w in n for n in names for w in ("bám sát", "sắp xếp", "ghi nhận"))


def test_a_body_named_with_whom_it_serves_and_a_body_s_own_agency_are_each_one_unit() -> None:
    """"Các cơ quan tham mưu giúp việc Đảng ủy" (with or without the comma after "tham mưu") names
    the organs and the committee they serve; "cơ quan Ủy ban Mặt trận …" is the Front's agency —
    neither is two pieces whose comma a converter lost."""
    from pipeline.extract.units import _analyse

    for organs in ("Các cơ quan tham mưu giúp việc Đảng ủy", "Các cơ quan tham mưu, giúp việc Đảng ủy"):
        s = f"{organs}, Ủy ban nhân dân xã, cơ quan Ủy ban Mặt trận Tổ quốc Việt Nam xã chủ động thực hiện kiểm tra"
        f = _analyse(s, "sentence")
        assert f is not None
        assert [n for n, _a, _b in f.names] == [organs, "Ủy ban nhân dân xã", "Cơ quan Ủy ban Mặt trận Tổ quốc Việt Nam xã"]


def test_a_body_over_a_list_of_localities_is_each_locality_s_body() -> None:
    """"Chủ tịch Ủy ban nhân dân các tỉnh: Sông Lam, Bạch Mã và Hòn Gai …": the locality word
    after "các" distributes with the body (or officer) before it — "… tỉnh Sông Lam", …"""
    from pipeline.extract.units import _analyse

    for lead in ("Chủ tịch Ủy ban nhân dân", "Ủy ban nhân dân"):
        f = _analyse(f"{lead} các tỉnh: Sông Lam, Bạch Mã và Hòn Gai khẩn trương rà soát, báo cáo thiệt hại", "sentence")
        assert f is not None
        assert [n for n, _a, _b in f.names] == [f"{lead} tỉnh {p}" for p in ("Sông Lam", "Bạch Mã", "Hòn Gai")]
    # a member named with its own level takes the body alone, not the list's level before it
    f = _analyse("Chủ tịch Ủy ban nhân dân các huyện: Sông Lam, thị xã Bạch Mã và thành phố Hòn Gai chịu trách "
                 "nhiệm thi hành Quyết định này", "sentence")
    assert f is not None
    assert [n for n, _a, _b in f.names] == ["Chủ tịch Ủy ban nhân dân huyện Sông Lam",
                                             "Chủ tịch Ủy ban nhân dân thị xã Bạch Mã",
                                             "Chủ tịch Ủy ban nhân dân thành phố Hòn Gai"]


def test_a_body_named_with_its_place_ends_there_where_the_comma_after_it_was_lost() -> None:
    """"Ủy ban nhân dân tỉnh Sông Lam chính quyền địa phương các xã …" (a converter lost the comma
    after the place): the place's capitalised words close the body; the kind in small letters
    after it is another unit, and the shared head keeps its place."""
    names = exec_units(
        "Hội đồng nhân dân, Ủy ban nhân dân tỉnh Sông Lam chính quyền địa phương các xã liên quan và các "
        "cơ quan, tổ chức có liên quan chịu trách nhiệm thi hành Quyết định này./."
    )
    assert "Hội đồng nhân dân tỉnh Sông Lam" in names and "Ủy ban nhân dân tỉnh Sông Lam" in names
    assert not any(n.startswith("Ủy ban nhân dân tỉnh Sông Lam ") for n in names)


def test_a_name_ends_before_keeping_to_the_rules() -> None:
    from pipeline.extract.units import _analyse

    f = _analyse("Các cơ sở sản xuất tuân thủ nghiêm các quy định của pháp luật về bảo vệ môi trường.", "sentence")
    assert f is not None and [n for n, _a, _b in f.names] == ["Các cơ sở sản xuất"]


def test_roles_before_a_list_of_provinces_are_each_provinces() -> None:
    from pipeline.extract.units import _analyse

    def names(s: str) -> list[str]:
        f = _analyse(s, "sentence")
        return [n for n, _a, _b in f.names] if f else []

    # two roles joined by "và" over a list: each role of each province (the committee that names
    # its level itself takes the place alone)
    assert names("Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: Bắc Sơn, Nam Sơn khẩn trương "
                 "khắc phục hậu quả.") == [
        "Bí thư Tỉnh ủy Bắc Sơn", "Bí thư Tỉnh ủy Nam Sơn",
        "Chủ tịch Ủy ban nhân dân tỉnh Bắc Sơn", "Chủ tịch Ủy ban nhân dân tỉnh Nam Sơn"]
    # "các tỉnh, thành phố trực thuộc Trung ương: …" before the list's verb: a city directly under
    # the centre is a "thành phố" (rules/bodies.toml central_cities), the rest provinces
    assert names("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương: Nam Sơn, Đà Nẵng, "
                 "Cần Thơ chủ động phối hợp với Bộ Tài chính.") == [
        "Chủ tịch Ủy ban nhân dân tỉnh Nam Sơn", "Chủ tịch Ủy ban nhân dân thành phố Đà Nẵng",
        "Chủ tịch Ủy ban nhân dân thành phố Cần Thơ"]


def test_the_governor_and_the_armys_formations_are_named_units() -> None:
    from pipeline.extract.units import _analyse

    def names(s: str) -> list[str]:
        f = _analyse(s, "sentence")
        return [n for n, _a, _b in f.names] if f else []

    assert names("Thống đốc Ngân hàng Nhà nước Việt Nam chỉ đạo các ngân hàng triển khai chính sách tín dụng.") == [
        "Thống đốc Ngân hàng Nhà nước Việt Nam"]
    assert names("Quân khu 9, Đồn Biên phòng 512 bổ sung lực lượng hỗ trợ Nhân dân.") == [
        "Quân khu 9", "Đồn Biên phòng 512"]


def test_a_province_whose_name_reads_like_a_persons_stays_in_the_role() -> None:
    """"Bí thư Tỉnh ủy Lâm Đồng": "Lâm" is a family name and "Đồng" a given one, but the words
    are a province of the public list (rules/bodies.toml proper_nouns): the role keeps its
    province, it is no office held by a person."""
    from pipeline.extractor import extract_text

    rec = extract_text(
        "THỦ TƯỚNG CHÍNH PHỦ\n\nSố: 301/CĐ-TTg\n\nHà Nội, ngày 02 tháng 11 năm 2031\n\nCÔNG ĐIỆN\n"
        "Về việc khắc phục hậu quả mưa lũ\n\nTHỦ TƯỚNG CHÍNH PHỦ điện:\n\n- Bộ trưởng Bộ Quốc phòng.\n\n"
        "1. Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: Gia Lai, Khánh Hòa và Lâm Đồng khẩn "
        "trương khắc phục hậu quả mưa lũ.\n\n2. Bộ trưởng Bộ Quốc phòng chỉ đạo lực lượng hỗ trợ người dân./.\n\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTHỦ TƯỚNG\n\nTrần Văn An\n")
    names = [u.name for u in rec.responsible_units]
    assert "Bí thư Tỉnh ủy Lâm Đồng" in names and "Bí thư Tỉnh ủy Gia Lai" in names
    assert "Bí thư Tỉnh ủy" not in names


def test_a_list_of_localities_ends_at_a_word_in_small_letters() -> None:
    """"… các tỉnh: A, B và lãnh đạo các Bộ, ngành …": a place is named in capitals; the member in
    small letters after the last place is a unit of its own, not another province."""
    from pipeline.extract.units import _analyse

    f = _analyse("Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: Bắc Sơn, Nam Sơn và lãnh đạo các "
                 "Bộ, ngành theo chức năng, nhiệm vụ tiếp tục tập trung chỉ đạo khắc phục hậu quả.", "sentence")
    names = [n for n, _a, _b in f.names] if f else []
    assert names == ["Bí thư Tỉnh ủy Bắc Sơn", "Bí thư Tỉnh ủy Nam Sơn", "Chủ tịch Ủy ban nhân dân tỉnh Bắc Sơn",
                     "Chủ tịch Ủy ban nhân dân tỉnh Nam Sơn", "Lãnh đạo các Bộ, ngành"]


def test_the_head_of_a_tax_office_is_a_role() -> None:
    """Since 2025 a province's tax office is "Thuế tỉnh A", headed by the "Trưởng Thuế": the text
    may charge the heads of every province's office."""
    from pipeline.extract.units import _analyse

    f = _analyse("Giao Trưởng Thuế các tỉnh, thành phố tập trung chỉ đạo triển khai thực hiện các nội dung "
                 "hỗ trợ người nộp thuế.", "sentence")
    assert f is not None and [n for n, _a, _b in f.names] == ["Trưởng Thuế các tỉnh, thành phố"]


def test_a_name_ends_before_the_spirit_its_subject_is_to_show() -> None:
    from pipeline.extract.units import _analyse

    f = _analyse("Người đứng đầu các cơ quan, đơn vị nêu cao tinh thần trách nhiệm, gương mẫu thực hiện.", "sentence")
    assert f is not None and [n for n, _a, _b in f.names] == ["Người đứng đầu các cơ quan, đơn vị"]


def test_a_manner_word_after_a_class_opens_its_task() -> None:
    """"Đề nghị các đơn vị khẩn trương chỉ đạo …": "khẩn trương" is how the task is to be done, no
    part of the class's name (a verb right after a head word may be: "Cơ quan phối hợp")."""
    from pipeline.extract.units import _analyse

    f = _analyse("Đề nghị các đơn vị khẩn trương chỉ đạo thực hiện.", "sentence")
    assert f is not None and [n for n, _a, _b in f.names] == ["Các đơn vị"]


def test_an_enumerating_ordinal_opens_the_item_not_the_name() -> None:
    """"Thứ nhất, Bộ Xây dựng chủ trì …", "*Thứ tư,* các địa phương cần chủ động …": a notice of
    conclusions enumerates its tasks with ordinals; the body after the ordinal is the subject."""
    from pipeline.extract.units import _analyse

    for s, name in (("Thứ nhất, Bộ Xây dựng chủ trì, phối hợp rà soát các dự án.", "Bộ Xây dựng"),
                    ("*Thứ tư,* các địa phương cần chủ động tháo gỡ vướng mắc.", "Các địa phương")):
        f = _analyse(s, "sentence")
        assert f is not None and [n for n, _a, _b in f.names] == [name]


def test_a_relay_verb_that_opens_a_longer_word_relays_nothing() -> None:
    """"… tại Hội nghị giao ban tuần Khẩn trương hoàn thành …": "giao ban" (a briefing meeting) is
    one word, so no body after it is handed the work; "giao Ban Dân tộc chủ trì" still relays."""
    from pipeline.extract.units import _relay_inside

    meeting = ("Kết luận của Thường trực Tỉnh ủy tại Hội nghị giao ban tuần Khẩn trương hoàn thành việc "
               "xây dựng đề án.")
    assert _relay_inside(meeting) is None
    f = _relay_inside("Sau khi nghe báo cáo, Ủy ban nhân dân tỉnh giao Ban Dân tộc chủ trì rà soát.")
    assert f is not None and [n for n, _a, _b in f.names] == ["Ban Dân tộc"]
    f = _relay_inside("Sau khi nghe báo cáo, Ủy ban nhân dân tỉnh giao các sở rà soát.")
    assert f is not None and [n for n, _a, _b in f.names] == ["Các sở"]


def test_what_a_named_body_is_asked_to_bring_ends_its_name() -> None:
    """"Đề nghị Hội A có các đề xuất …": after a proper name "có các" opens the task; after a
    common noun it qualifies the class ("các xã có các thôn …") and the name runs on."""
    from pipeline.extract.units import _analyse

    f = _analyse("Đề nghị Công đoàn Ngành, Hội Khuyến học Nam Sơn có các đề xuất sáng tạo, đồng hành cùng ngành.",
                 "sentence")
    assert f is not None and [n for n, _a, _b in f.names] == ["Công đoàn Ngành", "Hội Khuyến học Nam Sơn"]
    f = _analyse("Đề nghị các xã có các thôn đặc biệt khó khăn rà soát danh sách.", "sentence")
    assert f is not None and [n for n, _a, _b in f.names] == ["Các xã có các thôn đặc biệt khó khăn"]


def test_making_a_text_concrete_is_the_task_not_the_name() -> None:
    from pipeline.extract.units import _analyse

    for verb in ("cụ thể hóa", "cụ thể hoá"):
        f = _analyse(f"Các tỉnh ủy, thành ủy trực thuộc Trung ương {verb} hướng dẫn này phù hợp với thực tiễn.",
                     "sentence")
        assert f is not None and [n for n, _a, _b in f.names] == ["Các tỉnh ủy, thành ủy trực thuộc Trung ương"]


def test_encouraging_a_body_in_a_numbered_item_gives_it_its_part() -> None:
    """A plan encourages the bodies it cannot order ("3. Khuyến khích Liên đoàn Lao động tỉnh, Hội
    Nông dân tỉnh xây dựng …"): as the title of a numbered item it assigns; a bullet among the
    measures ("- Khuyến khích các viện nghiên cứu tham gia …") states a policy."""
    names = _plan_units(
        "1. Sở Du lịch chủ trì triển khai Kế hoạch.\n"
        "2. Khuyến khích Liên đoàn Lao động tỉnh, Hội Nông dân tỉnh xây dựng kế hoạch hành động.\n"
        "- Khuyến khích các viện nghiên cứu tham gia các mạng lưới du lịch."
    )
    assert names == ["Sở Du lịch", "Liên đoàn Lao động tỉnh", "Hội Nông dân tỉnh"]


def test_a_table_defines_a_bodys_initialism_inside_a_tasks_words() -> None:
    """"| Xây dựng chiến lược phát triển Khoa Công nghệ và kỹ thuật tiên tiến (FATE) … | Khoa FATE |":
    the letters are an English name's, no initials; the body they stand for is the capitalised
    name from its head on, right before the bracket, and "Khoa FATE" says its head once."""
    names = _plan_units(
        "| STT | Nội dung công việc | Đơn vị chủ trì | Thời hạn |\n|---|---|---|---|\n"
        "| 1 | Xây dựng chiến lược phát triển Khoa Công nghệ và kỹ thuật tiên tiến (FATE) giai đoạn "
        "2026-2030 | Khoa FATE | 15/2/2026 |\n"
        "| 2 | Ban hành quy định khen thưởng | Văn phòng | 31/5/2026 |\n"
    )
    assert names == ["Khoa Công nghệ và kỹ thuật tiên tiến", "Văn phòng"]


def test_an_ampersand_names_the_same_body_as_its_va() -> None:
    """"4. Bộ Nông nghiệp & Phát triển nông thôn:" after "Bộ Nông nghiệp và Phát triển nông thôn
    chủ trì …": one body, named as first written."""
    names = _plan_units(
        "1. Bộ Nông nghiệp và Phát triển nông thôn chủ trì tổng kết Kế hoạch.\n"
        "2. Bộ Nông nghiệp & Phát triển nông thôn:\n- Chỉ đạo các đơn vị thuộc Bộ phối hợp triển khai."
    )
    assert names == ["Bộ Nông nghiệp và Phát triển nông thôn"]


def test_a_column_headed_by_the_verb_alone_names_who_carries_the_row_out() -> None:
    names = _plan_units(
        "| Thời gian | Nội dung | Thực hiện | Dự kiến kết quả |\n|---|---|---|---|\n"
        "| Quý I/2026 | Ban hành kế hoạch khởi nghiệp | Sở Nội vụ | Kế hoạch |\n"
        "| Quý II/2026 | Tập huấn khởi nghiệp cho cán bộ đoàn | Tỉnh đoàn | 5 lớp |\n"
    )
    assert names == ["Sở Nội vụ", "Tỉnh đoàn"]


def test_a_universitys_roles_are_charged_by_name() -> None:
    """"Đề nghị các khoa quản lý sinh viên, Cố vấn học tập phổ biến …": the capitalised role after
    the class is a unit of its own; "Giảng viên căn cứ thông báo này thực hiện …" charges the
    lecturers."""
    names = _plan_units(
        "1. Đề nghị các khoa quản lý sinh viên, Cố vấn học tập phổ biến đến sinh viên.\n"
        "2. Giảng viên căn cứ thông báo này thực hiện giảng dạy theo thời khóa biểu.\n"
    )
    assert names == ["Các khoa quản lý sinh viên", "Cố vấn học tập", "Giảng viên"]


def test_a_head_that_carries_its_level_distributes_over_its_places() -> None:
    # "Tỉnh đoàn Quảng Nam, Quảng Ngãi": a head with its level in itself ([name] level_heads)
    # before sibling places, one body a place, as "Ủy ban nhân dân tỉnh A, B"
    names = _plan_units("1. Giao Tỉnh đoàn Quảng Nam, Quảng Ngãi phối hợp tổ chức chương trình.\n"
                        "2. Thành đoàn Hà Nội chủ trì tổ chức lễ tổng kết.")
    assert names == ["Tỉnh đoàn Quảng Nam", "Tỉnh đoàn Quảng Ngãi", "Thành đoàn Hà Nội"]


def test_a_unit_heading_does_not_run_into_the_ground_that_opens_its_paragraph() -> None:
    # "2. Các tỉnh, thành đoàn và đoàn trực thuộc" / "Căn cứ kế hoạch …, Ban Thường vụ …": the
    # heading's last word waits for nothing here; a sentence opens under it
    names = _plan_units("1. Sở Nội vụ chủ trì tổ chức hội nghị.\n2. Các huyện, thị xã và đoàn trực thuộc\n"
                        "Căn cứ kế hoạch của tỉnh, các huyện chủ động triển khai thực hiện.")
    assert names == ["Sở Nội vụ", "Các huyện, thị xã và đoàn trực thuộc"]


def test_who_may_take_part_is_no_unit() -> None:
    # "2. Đối tượng tham gia:" at any level lists the public a programme is open to ([sections]
    # participants), not bodies charged (a portal page that kept a plan's body, no
    # implementation part to read the units from)
    page = ("<b>Để có cơ sở tham mưu cho Thành ủy xây dựng Chương trình giai đoạn tiếp theo. Sở Văn hóa và Thể "
            "thao xây dựng kế hoạch tổ chức diễn đàn như sau:</b><br>\n\t\t<b>I. MỤC ĐÍCH, YÊU CẦU</b><br>\n"
            "\t\t- Tuyên truyền kết quả thực hiện chương trình.<br>\n\t\t<b>II. NỘI DUNG</b>  <br>\n"
            "\t\t<b>1. Chủ đề:</b> Phát huy giá trị văn hóa.<br>\n\t\t<b>2. Đối tượng tham gia:</b> <br>\n"
            "\t\t- Cán bộ, công chức, viên chức, người lao động, các tầng lớp nhân dân sinh sống, học tập, làm việc "
            "trên địa bàn Thành phố Hà An. <br>\n\t\t- Công dân Thủ đô sinh sống, làm việc trong và ngoài nước. <br>\n"
            "\t\t<b>3. Hình thức:</b> <br>\n\t\t- Xây dựng trang thông tin diễn đàn. <br>\n")
    assert [u.name for u in extract_text(page).responsible_units] == []


def test_two_roles_listed_with_the_place_said_once() -> None:
    # "Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh A": the committee that names its level
    # itself serves the place the second role's body is written with
    names = _plan_units("1. Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi chỉ đạo giải phóng mặt bằng.\n"
                        "2. Sở Xây dựng phối hợp thực hiện.")
    assert names == ["Bí thư Tỉnh ủy Quảng Ngãi", "Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi", "Sở Xây dựng"]
    # (a place of another level is no place of the committee's)
    names = _plan_units("1. Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân huyện Sơn Tây chỉ đạo giải phóng mặt bằng.")
    assert names == ["Bí thư Tỉnh ủy", "Chủ tịch Ủy ban nhân dân huyện Sơn Tây"]


def test_a_sentence_a_page_break_cut_after_a_preposition_goes_on() -> None:
    # "… chịu trách nhiệm trước" / (page break) / "Chính phủ, Thủ tướng Chính phủ nếu …": the
    # bodies after the break are the object of the sentence, no subject of a new one
    names = _plan_units("1. Sở Xây dựng khẩn trương bàn giao mặt bằng; chịu trách nhiệm trước\n\n\n"
                        "Chính phủ, Thủ tướng Chính phủ nếu tiếp tục chậm trễ.\n\n2. Sở Tài chính bố trí vốn.")
    assert names == ["Sở Xây dựng", "Sở Tài chính"]


def test_places_of_a_level_bearing_head_with_an_abbreviated_city_among_them() -> None:
    # "Tỉnh đoàn A, B và Thành đoàn TP. C: …" / "Thành đoàn D, E, TP. C: …": the level's
    # abbreviation keeps its dot inside the name; a place of another level among a head's places
    # is the head's there too; a committee already placed takes no other's place
    names = _plan_units("1. Sở Nội vụ chủ trì.\n2. Các tỉnh, thành đoàn và đoàn trực thuộc\n\n"
                        " Tỉnh đoàn Hòa Bình, Trà Vinh và Thành đoàn TP. Hồ Chí Minh: Phối hợp chuẩn bị ngày hội.\n\n"
                        " Thành đoàn Hà Nội, Đà Nẵng, TP. Cần Thơ: Phối hợp chuẩn bị diễn đàn.")
    assert [n.casefold() for n in names] == [n.casefold() for n in (
        "Sở Nội vụ", "Các tỉnh, thành đoàn và đoàn trực thuộc", "Tỉnh đoàn Hòa Bình", "Tỉnh đoàn Trà Vinh",
        "Thành đoàn thành phố Hồ Chí Minh", "Thành đoàn Hà Nội", "Thành đoàn Đà Nẵng", "Thành đoàn thành phố Cần Thơ")]
    s = "Ủy ban nhân dân tỉnh Quảng Nam, Quảng Ngãi, thành phố Đà Nẵng"
    assert [n for n, _a, _b in _split_units(s, 0, len(s))] == [
        "Ủy ban nhân dân tỉnh Quảng Nam, Quảng Ngãi", "Ủy ban nhân dân thành phố Đà Nẵng"]


def test_a_one_syllable_verb_of_printing_ends_the_name() -> None:
    # "Trung ương Đoàn TNCS Hồ Chí Minh in và gửi các ấn phẩm …": "in" is the task's verb
    names = _plan_units("1. Trung ương Đoàn TNCS Hồ Chí Minh in và gửi các ấn phẩm tuyên truyền cho các tỉnh đoàn.")
    assert names == ["Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"]


def test_a_stress_after_a_comma_and_a_list_a_page_break_cut_after_its_comma() -> None:
    # "2. Cán bộ đoàn, đặc biệt là cán bộ … gương mẫu …": the stress is no part of the name;
    # "… đề nghị Ban Thường vụ các huyện đoàn," / (page break) / "đoàn trực thuộc nghiêm túc …":
    # the list goes on past the blank lines where the next line opens in small letters
    names = _plan_units("1. Sở Nội vụ chủ trì.\n2. Cán bộ đoàn, đặc biệt là cán bộ giữ chức vụ lãnh đạo gương mẫu "
                        "thực hiện quy định.\n\nỦy ban nhân dân tỉnh đề nghị Ban Thường vụ các huyện đoàn,\n\n"
                        "đoàn trực thuộc nghiêm túc triển khai thực hiện.")
    assert names == ["Sở Nội vụ", "Cán bộ đoàn", "Ban Thường vụ các huyện đoàn, đoàn trực thuộc"]
