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
