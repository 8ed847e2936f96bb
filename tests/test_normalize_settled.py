"""normalize() settles in one call: normalizing its result again changes nothing, also where
a converter left runs of empty lines (pipe-only lines of an exploded table) between the
pieces of one cell. Synthetic text in the shape such a converter gives."""

from __future__ import annotations

from pipeline.normalize import normalize


def _exploded_table() -> str:
    rows = []
    for k, (code, name) in enumerate([("1.000101", "Cấp giấy phép tổ chức lễ hội truyền thống tại địa phương"),
                                      ("1.000102", "Công nhận câu lạc bộ thể thao cơ sở trên địa bàn"),
                                      ("2.000103", "Cấp đổi thẻ hướng dẫn viên du lịch tại điểm")], 1):
        rows.append(f"|\n{k}\n|\n{code}\n|\n{name}\n|\nx\n|\n|\nx\n|")
    return "QUYẾT ĐỊNH\n\nDanh mục thủ tục hành chính\n\n" + "\n".join(rows) + "\n"


def test_a_run_of_empty_lines_collapsed_is_judged_again() -> None:
    """Two pipe-only lines make a run of empty lines, kept apart; collapsed to one empty line,
    the next normalize() would join across it. The same call judges it now."""
    once = normalize(_exploded_table()).text
    assert normalize(once).text == once
    assert "tại địa phương x x" in once


def test_a_break_unsettled_by_a_later_join_is_judged_again() -> None:
    """A tab row kept apart from a lone bracket; the bracket then joins the line after it, so
    the break above it, judged again against the whole joined line, goes: normalize() runs the
    pass that judges it (not only after its first pass)."""
    text = "\t\tSố người\tĐịa điểm\t\n(\n(\n      các nội dung được giao theo kế hoạch của Ủy ban nhân dân xã"
    once = normalize(text).text
    assert normalize(once).text == once


def test_a_padded_page_with_tab_rows_settles() -> None:
    """A padded page (indented lines) with tab rows around an indented name, a "Kính gửi" line
    and an opening emphasis: what the passes judged with the padding and the tabs, the next
    normalize() judges without them; the call settles it (a break keeps its judgement as a
    hard break's two trailing spaces, else the next pass's text is taken)."""
    row = "\t\t\tSố lớp học\tGiáo viên\t\n"
    text = (row * 6 + "        các nội dung tại các văn bản nêu trên, trong đó lưu ý một số việc chính\n"
            + " " * 60 + "Trần Minh Khoa\n" + " " * 17 + "Kính gửi: Ủy ban nhân dân các xã, phường trong tỉnh\n"
            + "*(Số liệu chính của Trường\n" + row)
    once = normalize(text).text
    assert normalize(once).text == once
