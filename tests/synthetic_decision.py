"""A synthetic provincial decision whose execution article the unit tests fill in: the units
its article assigns, as the extractor reads them (an invented province, Hà An)."""

from __future__ import annotations

from corpus_files import segment_text

from pipeline.extract.units import extract_responsible_units
from pipeline.provenance import Prov

HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÀ AN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
    "Số: 31/2026/QĐ-UBND\nHà An, ngày 06 tháng 3 năm 2026\n\nQUYẾT ĐỊNH\nVề việc ban hành quy chế\n\n"
    "ỦY BAN NHÂN DÂN TỈNH HÀ AN\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;\n\n"
    "QUYẾT ĐỊNH:\n\nĐiều 1. Ban hành quy chế kèm theo Quyết định này.\n\n"
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n"
)
TAIL = "\n\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLê Văn An\n"
# the same province's closing under a letter or a plan (its copies "Như trên")
LETTER_TAIL = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLê Văn An\n"


def exec_units(article: str) -> list[str]:
    """The unit names of the decision whose Điều 3 is ``article``."""
    doc = segment_text(HEAD + "Điều 3. " + article + TAIL)
    return [u["name"] for u in extract_responsible_units(doc, Prov())]
