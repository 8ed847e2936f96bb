"""Responsible units: lists and subjects seen in held-out scans, on synthetic texts (invented
bodies where a name could be real):

- a role over a kind in small letters and the same kind's noun again ("Hiệu trưởng trường đại
  học, trường cao đẳng sư phạm") gives the role to each kind, as "Thủ trưởng cơ quan ngang bộ,
  cơ quan có liên quan" does; a different noun after the comma is a body of its own;
- a plural over capitalised kinds, then bodies a ministry has one of ("các Vụ, Cục, Thanh tra,
  Văn phòng"), names each kind and each body, also after a lead field's colon in small letters;
- a lead field whose last name ends in words that also read as an adverb ("Vụ Giáo dục thường
  xuyên.") keeps them: the lexicon knows the field;
- the issuer by the short name its text defined ("ĐHHA đề nghị các trường …") passes the work on
  to the bodies after the verb;
- a short name the letter defines for the kinds its "Kính gửi" lists ("(sau đây gọi chung là cơ
  sở giáo dục)") gives the work to each addressee as "Kính gửi" names it.
"""

from __future__ import annotations

import pytest
from corpus_files import segment_text

from pipeline.extract.units import _lead_names, _split_units, extract_responsible_units
from pipeline.provenance import Prov


def _names(s: str) -> list[str]:
    return [n for n, _a, _b in _split_units(s, 0, len(s))]


@pytest.mark.parametrize(("text", "want"), [
    ("hiệu trưởng trường đại học, trường cao đẳng sư phạm, thủ trưởng các cơ quan, tổ chức liên quan",
     ["Hiệu trưởng trường đại học", "Hiệu trưởng trường cao đẳng sư phạm", "Thủ trưởng các cơ quan, tổ chức liên quan"]),
    ("Thủ trưởng cơ quan ngang bộ, cơ quan có liên quan", ["Thủ trưởng cơ quan ngang bộ", "Thủ trưởng cơ quan có liên quan"]),
    ("Hiệu trưởng trường đại học, hội đồng trường", ["Hiệu trưởng trường đại học", "Hội đồng trường"]),
])
def test_a_role_over_a_kind_named_again(text: str, want: list[str]) -> None:
    assert _names(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("Các Vụ, Cục, Thanh tra, Văn phòng", ["Các Vụ", "Các Cục", "Thanh tra", "Văn phòng"]),
    ("Vụ Pháp chế, các Vụ, Cục, Thanh tra", ["Vụ Pháp chế", "Các Vụ", "Các Cục", "Thanh tra"]),
    ("Các Sở, ban, ngành, Ủy ban nhân dân các huyện", ["Các Sở, ban, ngành", "Ủy ban nhân dân các huyện"]),
])
def test_plural_kinds_then_bodies_by_their_heads(text: str, want: list[str]) -> None:
    assert _names(text) == want


def test_a_lead_field_keeps_a_name_whose_last_words_read_as_an_adverb() -> None:
    field = "Đơn vị chủ trì: Vụ Pháp chế, Vụ Giáo dục Trung học, Vụ Giáo dục thường xuyên."
    got = [n for n, _a, _b in _lead_names(field, field.index(":") + 1)]
    assert got == ["Vụ Pháp chế", "Vụ Giáo dục Trung học", "Vụ Giáo dục thường xuyên"]
    # … while a verb of its own still ends a name in a field written as a clause
    field = "Cơ quan chủ trì: Sở Y tế chủ trì; Sở Tài chính phối hợp."
    assert [n for n, _a, _b in _lead_names(field, field.index(":") + 1)] == ["Sở Y tế", "Sở Tài chính"]


def test_the_issuer_by_its_defined_short_name_passes_the_work_on() -> None:
    text = (
        "ĐẠI HỌC HÀ AN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "Số: 512/ĐHHA-TCCB\nV/v hướng dẫn quản lý viên chức đi đào tạo\nHà An, ngày 20 tháng 7 năm 2026\n\n"
        "Kính gửi:\n- Các trường đại học thành viên;\n- Các đơn vị thuộc và trực thuộc Đại học Hà An.\n\n"
        "Đại học Hà An (ĐHHA) hướng dẫn một số nội dung như sau:\n"
        "1. Trường hợp viên chức đã hoàn thành chương trình đào tạo, viên chức nộp hồ sơ về Ban Tổ chức Cán bộ.\n"
        "2. Trường hợp viên chức chưa hoàn thành chương trình đào tạo, viên chức có đơn nêu rõ lý do.\n"
        "ĐHHA đề nghị các trường đại học thành viên, các đơn vị thuộc và trực thuộc triển khai thực hiện.\n"
        "Trân trọng./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, TCCB.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nTrần Văn Bình\n"
    )
    got = [u["name"] for u in extract_responsible_units(segment_text(text), Prov())]
    assert got == ["Các trường đại học thành viên", "Các đơn vị thuộc và trực thuộc"]


def test_addressees_renamed_by_a_short_name_are_named_as_kinh_gui_lists_them() -> None:
    # the letter defines a short name for the kinds its "Kính gửi" lists and gives its work under
    # it, once together with another addressee: each addressee as "Kính gửi" names it
    text = (
        "BỘ HÀ AN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "Số: 1203/BHA-QLCL\nHà An, ngày 13 tháng 12 năm 2026\nV/v ứng dụng công nghệ thông tin trong kiểm định\n\n"
        "Kính gửi:\n- Các đại học, học viện;\n- Học viện, các trường cao đẳng;\n- Các tổ chức kiểm định chất lượng giáo dục.\n\n"
        "Để hoạt động kiểm định được liên tục, Bộ Hà An đề nghị các đại học, học viện, trường cao đẳng "
        "(sau đây gọi chung là cơ sở giáo dục) và các tổ chức kiểm định chất lượng giáo dục tăng cường ứng dụng "
        "công nghệ thông tin. Cụ thể như sau:\n"
        "1. Cơ sở giáo dục tăng cường số hóa minh chứng phục vụ tự đánh giá.\n"
        "2. Tổ chức kiểm định chất lượng giáo dục tổ chức họp hội đồng trực tuyến.\n"
        "Bộ Hà An yêu cầu các cơ sở giáo dục và tổ chức kiểm định chất lượng giáo dục nghiên cứu hướng dẫn trên "
        "để triển khai thực hiện, báo cáo kết quả trước ngày 30/6/2027.\n\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT, QLCL.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nTrần Văn Bình\n"
    )
    got = [u["name"] for u in extract_responsible_units(segment_text(text), Prov())]
    assert got == ["Các đại học, học viện", "Học viện", "Các trường cao đẳng",
                   "Các tổ chức kiểm định chất lượng giáo dục"]
