"""Unit names on synthetic text: a role followed by the name of the person holding it is the
role, and a spaced dash between two bodies each named with its head parts two units (a field
after the dash still continues the name)."""

from __future__ import annotations

from corpus_files import segment_text
from synthetic_decision import exec_units

from pipeline.extract.units import _split_units, _without_person, extract_responsible_units
from pipeline.provenance import Prov


def test_a_role_then_the_persons_name_is_the_role() -> None:
    assert _without_person("Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh Hà An Trần Quốc Bảo") \
        == "Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh Hà An Trần Quốc Bảo"  # (a name after a place: kept)
    assert _without_person("Giám đốc Sở Tư pháp Nguyễn Thị Hồng") == "Giám đốc Sở Tư pháp"
    assert _without_person("Phó Thủ tướng Thường trực Chính phủ Đặng Minh Khoa") \
        == "Phó Thủ tướng Thường trực Chính phủ"
    # a deputy's office is held by several: the name tells which
    assert _without_person("Phó Giám đốc Sở Tư pháp Nguyễn Thị Hồng") == "Phó Giám đốc Sở Tư pháp Nguyễn Thị Hồng"
    names = exec_units("Giao Giám đốc Sở Nội vụ Phan Văn Hải chủ trì theo dõi, đôn đốc việc thực hiện Quyết định này./.")
    assert names == ["Giám đốc Sở Nội vụ"]


def test_the_same_role_held_by_two_persons_keeps_their_names() -> None:
    names = exec_units("Phân công nhiệm vụ như sau:\n\na) Giám đốc Sở Tài chính Đỗ Văn Bình chỉ đạo "
                        "lĩnh vực kinh tế;\n\nb) Giám đốc Sở Tài chính Vũ Thị Lan chỉ đạo lĩnh vực văn hóa, "
                        "xã hội./.")
    assert names == ["Giám đốc Sở Tài chính Đỗ Văn Bình", "Giám đốc Sở Tài chính Vũ Thị Lan"]


def test_a_name_that_a_body_or_a_place_bears_is_kept() -> None:
    for name in ("Hiệu trưởng Trường Tiểu học Nguyễn Trãi", "Chủ tịch Ủy ban nhân dân phường Lê Lợi",
                 "Chủ tịch Ủy ban nhân dân Thành phố Hồ Chí Minh", "Bí thư Đoàn Thanh niên Cộng sản Hồ Chí Minh",
                 "Giám đốc Công ty cổ phần Hoàng Long", "Sở Tư pháp Nguyễn Văn"):
        assert _without_person(name) == name


def test_a_spaced_dash_between_two_bodies_parts_them() -> None:
    s = "Ban Điều phối đặc biệt - Ủy ban Liên ngành Chính phủ; Vụ Kế hoạch - Tài chính"
    assert [n for n, _a, _b in _split_units(s, 0, len(s))] == [
        "Ban Điều phối đặc biệt", "Ủy ban Liên ngành Chính phủ", "Vụ Kế hoạch - Tài chính"]
    s = "Sở Văn hóa - Thể thao, Đài Phát thanh - Truyền hình tỉnh"
    assert [n for n, _a, _b in _split_units(s, 0, len(s))] == [
        "Sở Văn hóa - Thể thao", "Đài Phát thanh - Truyền hình tỉnh"]


_REGULATION = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÀ AN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
    "Số: 12/2026/QĐ-UBND\nHà An, ngày 09 tháng 4 năm 2026\n\nQUYẾT ĐỊNH\nBan hành Quy định về quản lý hồ sơ điện tử\n\n"
    "ỦY BAN NHÂN DÂN TỈNH HÀ AN\n\nCăn cứ Luật Lưu trữ ngày 21 tháng 6 năm 2024;\n\nQUYẾT ĐỊNH:\n\n"
    "Chương I\nQUY ĐỊNH CHUNG\n\n"
    "Điều 1. Phạm vi điều chỉnh\n\nQuy định này quy định việc quản lý hồ sơ điện tử của các cơ quan.\n\n"
    "Điều 2. Trách nhiệm của người đứng đầu cơ quan, đơn vị\n\n"
    "1. Người đứng đầu cơ quan, đơn vị trong phạm vi quyền hạn của mình có trách nhiệm:\n\n"
    "a) Quản lý hồ sơ điện tử của cơ quan mình;\n\nb) Bảo đảm an toàn dữ liệu hồ sơ.\n\n"
    "2. Công chức được giao lập hồ sơ có trách nhiệm nộp hồ sơ đúng hạn.\n\n"
    "Chương II\nTỔ CHỨC THỰC HIỆN\n\n"
    "Điều 3. Trách nhiệm thi hành\n\n"
    "1. Sở Nội vụ chủ trì hướng dẫn, kiểm tra việc thực hiện Quy định này.\n\n"
    "2. Sở Khoa học và Công nghệ bảo đảm hạ tầng kỹ thuật lưu trữ hồ sơ điện tử.\n\n"
    "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLê Văn An\n"
)


def test_a_duty_article_among_the_general_provisions_assigns_nothing() -> None:
    doc = segment_text(_REGULATION)
    names = [u["name"] for u in extract_responsible_units(doc, Prov())]
    assert names == ["Sở Nội vụ", "Sở Khoa học và Công nghệ"]
    # without an implementation part of its own, the duty article is where the work is
    doc = segment_text(_REGULATION[: _REGULATION.index("Chương II")] + _REGULATION[_REGULATION.index("Nơi nhận"):])
    names = [u["name"] for u in extract_responsible_units(doc, Prov())]
    assert "Người đứng đầu cơ quan, đơn vị" in names


_DECISION = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÀ AN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
    "Số: 77/QĐ-UBND\nHà An, ngày 12 tháng 5 năm 2026\n\nQUYẾT ĐỊNH\nVề việc hỗ trợ khám sức khỏe cho người cao tuổi\n\n"
    "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ AN\n\nCăn cứ Luật Người cao tuổi ngày 23 tháng 11 năm 2009;\n\nQUYẾT ĐỊNH:\n\n"
    "Điều 1. Hỗ trợ khám sức khỏe định kỳ cho người cao tuổi trên địa bàn tỉnh:\n\n"
    "1. Đối tượng: người từ đủ 75 tuổi trở lên.\n\n"
    "2. Người đứng đầu cơ sở khám bệnh có trách nhiệm bố trí khu vực khám riêng.\n\n"
    "Điều 2. Sở Y tế có trách nhiệm lập kế hoạch khám sức khỏe hằng năm; hướng dẫn các trạm y tế "
    "thực hiện.\n\n"
    "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tài chính chịu trách nhiệm thi hành "
    "Quyết định này./.\n\n"
    "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nLê Văn An\n"
)


def test_an_article_that_opens_by_charging_a_body_assigns_it() -> None:
    doc = segment_text(_DECISION)
    names = [u["name"] for u in extract_responsible_units(doc, Prov())]
    # (the numbered clause "2. Người đứng đầu … có trách nhiệm …" sets a rule of conduct)
    assert names == ["Sở Y tế", "Chánh Văn phòng Ủy ban nhân dân tỉnh", "Giám đốc Sở Tài chính"]
