"""A synthetic provincial council resolution (invented bodies and numbers) that tests fill in:
``council_resolution(grounds, articles)`` gives the header, the title, the grounds (one a line,
each closed by the caller) and the articles, then the signature."""

from __future__ import annotations

HEAD = """HỘI ĐỒNG NHÂN DÂN TỈNH SÔNG BẠC

Số: 31/NQ-HĐND

Sông Bạc, ngày 14 tháng 7 năm 2031

NGHỊ QUYẾT

Về chương trình giám sát năm 2032

HỘI ĐỒNG NHÂN DÂN TỈNH SÔNG BẠC

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;

"""

TAIL = """
CHỦ TỊCH

Lê Văn Bình
"""


def council_resolution(grounds: str, articles: str) -> str:
    return HEAD + (grounds + "\n\n" if grounds else "") + "QUYẾT NGHỊ:\n\n" + articles + "\n" + TAIL
