"""Synthetic documents for mechanism tests: a province's plan or letter with its header and
closing, around the body a test is about (invented names and numbers, no corpus wording)."""

from __future__ import annotations

_MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
CLOSING = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Văn An\n"


def plan(body: str, *, title: str = "Tổ chức Tháng hành động", date: str = "06 tháng 3 năm 2026",
         lead: str = "") -> str:
    """A plan whose implementation section holds ``lead`` then ``body``."""
    return (f"ỦY BAN NHÂN DÂN\nTỈNH HÀ AN\n\n{_MOTTO}Số: 31/KH-UBND\n\nHà An, ngày {date}\n\nKẾ HOẠCH\n{title}\n\n"
            f"I. MỤC ĐÍCH, YÊU CẦU\n\nNâng cao nhận thức.\n\nII. TỔ CHỨC THỰC HIỆN\n\n{lead}{body}{CLOSING}")


def letter(body: str, *, subject: str = "báo cáo tình hình", to: str = "Các sở, ngành tỉnh") -> str:
    """A công văn asking ``to`` what ``body`` says."""
    return (f"ỦY BAN NHÂN DÂN\nTỈNH HÀ AN\n\n{_MOTTO}Số: 31/UBND-VX\nV/v {subject}\n\n"
            f"Hà An, ngày 06 tháng 3 năm 2026\n\nKính gửi: {to}\n\n{body}{CLOSING}")
