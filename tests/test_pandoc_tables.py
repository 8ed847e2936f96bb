"""Pandoc's markdown of a Word document: the header and the closing as two-column tables.

``pandoc -t markdown`` writes a borderless Word table as a simple or multiline table: a rule of
dashes per column opens and closes it, each cell's lines stand anywhere inside its column (a
signature's lines centred under its authority line), and a line break inside a cell is a
backslash at the end of the line. Synthetic documents of an invented commune.
"""

from __future__ import annotations

from pipeline.extractor import extract_text
from pipeline.normalize import normalize

HEADER = r"""  -------------------------------- --------------------------------------
    **ĐẢNG BỘ XÃ AN KHÊ\                 **ĐẢNG CỘNG SẢN VIỆT NAM\
          ĐẢNG ỦY\                  \-\-\-\-\-\-\-\-\-\--**
           \***

           Số 14-NQ/ĐU              *An Khê, ngày 12 tháng 4 năm 2031*
  -------------------------------- --------------------------------------

**NGHỊ QUYẾT**

về lãnh đạo công tác chuyển đổi số năm 2031

Đảng ủy xã giao Ủy ban nhân dân xã xây dựng kế hoạch thực hiện trước ngày 30/6/2031.

"""

CLOSING = r"""  ----------------------------------- -----------------------------------
  ***Nơi nhận:\***                     **T/M ĐẢNG ỦY\**
  - Ban Thường vụ Huyện ủy,\                 BÍ THƯ\
  - Các chi bộ trực thuộc,\                           **\
  - Các đồng chí Ủy viên Ban Chấp                      \
  hành Đảng bộ,\                                       \
  - Lưu Văn phòng Đảng ủy.                      Hà Văn Lâm**

  ----------------------------------- -----------------------------------
"""


def test_a_backslash_ending_a_line_is_a_line_break_not_text() -> None:
    out = normalize("Ban Chấp hành Đảng bộ\\\nxã An Khê\\\n\nNội dung.\n").text
    assert "\\" not in out
    # the break stays (marked as markdown's other hard break, two spaces): not joined as a wrap
    assert [ln.strip() for ln in out.split("\n")[:2]] == ["Ban Chấp hành Đảng bộ", "xã An Khê"]


def test_an_escaped_character_keeps_its_character() -> None:
    assert normalize("\\- Như trên;\n").text.strip() == "- Như trên;"


def test_a_pandoc_header_table_gives_number_date_and_issuer() -> None:
    r = extract_text(HEADER + CLOSING)
    assert r.number is not None and r.number.raw == "14-NQ/ĐU"
    assert r.date is not None and r.date.iso == "2031-04-12"
    assert r.issuer is not None and r.issuer.name.casefold().startswith("đảng ủy")


def test_the_closing_table_is_read_by_its_columns() -> None:
    """The signature's lines stand further right than the gap reading allows; the rule says
    where the second column starts."""
    r = extract_text(HEADER + CLOSING)
    assert r.signer is not None
    assert r.signer.name == "Hà Văn Lâm"
    assert r.signer.position == "Bí thư"
    assert r.recipients == [
        "Ban Thường vụ Huyện ủy",
        "Các chi bộ trực thuộc",
        "Các đồng chí Ủy viên Ban Chấp hành Đảng bộ",
    ]
    assert not any("\\" in x for x in r.recipients)
