"""Side-by-side header and closing columns in plain text (fixed-width copies, pdftotext -layout)."""

from __future__ import annotations

from pipeline.extractor import extract_text
from pipeline.layout import reflow_columns
from pipeline.normalize import normalize

SIDE_BY_SIDE = """\
ỦY BAN NHÂN DÂN HUYỆN NHO QUAN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                        Độc lập - Tự do - Hạnh phúc
Số: 356/UBND-VP                         Nho Quan, ngày 14 tháng 11 năm 2024
V/v tăng cường công tác phòng cháy, chữa cháy mùa hanh khô

Kính gửi: Ủy ban nhân dân các xã, thị trấn.

Thực hiện Công văn số 1120/UBND-VP7 ngày 11/11/2024 của UBND tỉnh Ninh Bình về việc tăng cường công tác phòng cháy, chữa cháy, Chủ tịch UBND huyện yêu cầu:

1. Công an huyện tăng cường kiểm tra, hướng dẫn các cơ sở về phòng cháy, chữa cháy.

Nơi nhận:                               KT. CHỦ TỊCH
- Như trên;                             PHÓ CHỦ TỊCH
- Chủ tịch, các PCT UBND huyện;
- Công an huyện;
- Lưu: VT.

                                        Đinh Văn Hùng
"""


def test_columns_become_lines_in_reading_order():
    out, pieces = reflow_columns(SIDE_BY_SIDE)
    lines = [ln for ln in out.splitlines() if ln.strip()]
    assert lines[:5] == [
        "ỦY BAN NHÂN DÂN HUYỆN NHO QUAN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "Số: 356/UBND-VP", "Nho Quan, ngày 14 tháng 11 năm 2024",
    ]
    # the closing is read column by column: every recipient, then the signature block
    k = lines.index("Nơi nhận:")
    assert lines[k:] == [
        "Nơi nhận:", "- Như trên;", "- Chủ tịch, các PCT UBND huyện;", "- Công an huyện;", "- Lưu: VT.",
        "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đinh Văn Hùng",
    ]
    for o, i, n in pieces:
        assert out[o : o + n] == SIDE_BY_SIDE[i : i + n]


def test_record_of_a_side_by_side_document_and_its_spans():
    r = extract_text(SIDE_BY_SIDE)
    assert r.number.raw == "356/UBND-VP" and r.date.iso == "2024-11-14" and r.place == "Nho Quan"
    assert r.issuer.name == "Ủy ban nhân dân huyện Nho Quan"
    assert (r.signer.authority, r.signer.position, r.signer.name) == ("KT.", "Phó Chủ tịch", "Đinh Văn Hùng")
    assert r.recipients == ["Ủy ban nhân dân các xã, thị trấn", "Chủ tịch, các PCT UBND huyện", "Công an huyện"]
    # spans map back into the original through the reordering
    for path, want in (("number", "356/UBND-VP"), ("signer.name", "Đinh Văn Hùng"),
                       ("recipients[2]", "Công an huyện")):
        p = r.provenance[path]
        assert SIDE_BY_SIDE[p.src_start : p.src_end] == want, path


def test_normalizing_twice_changes_nothing():
    once = normalize(SIDE_BY_SIDE).text
    assert normalize(once).text == once


def test_a_lone_aligned_line_is_left_alone():
    text = "1. Kết quả\nTổng số người tham gia:      150 người\nSố lớp học mở ra trong năm nay."
    assert reflow_columns(text) is None


def test_justified_prose_with_wide_gaps_is_left_alone():
    text = (
        "Các đơn vị triển khai thực hiện   kế hoạch theo đúng tiến độ đã đề ra trong năm,\n"
        "bảo đảm chất lượng và hiệu quả,   tiết kiệm, tránh hình thức, lãng phí trong tổ chức.\n"
    )
    assert reflow_columns(text) is None


def test_a_drafts_blank_figures_are_no_column_gap():
    """``Số:      /KH-UBND`` above ``…, ngày     /7/2026``: the blanks line up like a column
    gap, but they are inside their cells; in a real two-column row the gap after them splits."""
    tail = "\n\nKẾ HOẠCH\nTriển khai nhiệm vụ năm 2026\n\nI. MỤC ĐÍCH\n\nNội dung kế hoạch.\n"
    stacked = (
        "ỦY BAN NHÂN DÂN\nTỈNH HÒA AN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số:      /KH-UBND\nHòa An, ngày     /7/2026" + tail
    )
    assert "Số: /KH-UBND\nHòa An, ngày /7/2026\n" in normalize(stacked).text
    side = (
        "ỦY BAN NHÂN DÂN            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "  TỈNH HÒA AN              Độc lập - Tự do - Hạnh phúc\n"
        "Số:      /KH-UBND           Hòa An, ngày      tháng 7 năm 2026" + tail
    )
    assert "Số: /KH-UBND\nHòa An, ngày tháng 7 năm 2026\n" in normalize(side).text
    for text in (stacked, side):
        r = extract_text(text)
        assert (r.date.year, r.date.month, r.date.day) == (2026, 7, None) and r.place == "Hòa An"
        assert r.number.raw == "/KH-UBND" and r.issuer.name == "Ủy ban nhân dân tỉnh Hòa An"


def test_a_span_across_the_columns_seam_maps_back_piece_by_piece():
    # the Nơi nhận list and the signature block were side by side: read column by column, the
    # last recipient is followed by the signer's position, which stood beside the first ones.
    # One span over that seam comes from two places of the input, never from one
    n = normalize(SIDE_BY_SIDE)
    assert n.moved
    t = n.text
    s = t.index("- Lưu: VT.")
    e = t.index("PHÓ CHỦ TỊCH") + len("PHÓ CHỦ TỊCH")
    pieces = n.to_original_pieces(s, e)
    assert len(pieces) >= 2
    got = [SIDE_BY_SIDE[a:b] for a, b in pieces]
    assert got[0].startswith("- Lưu: VT.") and got[-1].endswith("PHÓ CHỦ TỊCH")
    assert "".join("".join(g.split()) for g in got) == "".join(t[s:e].split())
    # a span inside one column is one piece, the same as to_original's
    a = t.index("- Như trên;")
    assert n.to_original_pieces(a, a + 11) == [n.to_original(a, a + 11)]
    assert SIDE_BY_SIDE[slice(*n.to_original(a, a + 11))] == "- Như trên;"
    # an empty span is a point, also at a seam
    for p in (s, e, t.index("\n", s)):
        x, y = n.to_original(p, p)
        assert x == y


def test_nothing_moved_in_a_text_without_columns():
    n = normalize("Kính gửi: Ủy ban nhân dân xã.\n\nNội dung công văn.\n")
    assert not n.moved
    assert n.to_original_pieces(0, 9) == [n.to_original(0, 9)]
