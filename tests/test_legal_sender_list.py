"""A proposal's papers listed after ';' ("Theo đề nghị của Giám đốc Sở A tại Tờ trình số 1 ngày …;
Văn bản số 2 ngày … về …"), each clause opening with its own type word, come from the sender
named before the first; a clause with an opener of its own does not (synthetic decision)."""

from __future__ import annotations

from pipeline.extractor import extract_text

DECISION = """ỦY BAN NHÂN DÂN THÀNH PHỐ SÔNG BẠC

Số: 31/QĐ-UBND

Sông Bạc, ngày 14 tháng 11 năm 2031

QUYẾT ĐỊNH

Về việc ban hành định mức đào tạo nghề

ỦY BAN NHÂN DÂN THÀNH PHỐ SÔNG BẠC

Căn cứ Luật Giáo dục nghề nghiệp ngày 27 tháng 11 năm 2014;

Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 3954/TTr-SNV ngày 16/10/2031; {second} số 4187/SNV-GDNN ngày 01/11/2031 về việc ban hành định mức.

QUYẾT ĐỊNH:

Điều 1. Ban hành định mức đào tạo nghề.

Điều 2. Giám đốc Sở Nội vụ chịu trách nhiệm thi hành Quyết định này./.

CHỦ TỊCH

Lê Văn Bình
"""


def _issuers(second: str) -> dict[str, str | None]:
    return {lb.number: lb.issuer for lb in extract_text(DECISION.format(second=second)).legal_bases if lb.number}


def test_the_senders_papers_after_a_semicolon():
    got = _issuers("Văn bản")
    assert got["3954/TTr-SNV"] == "Giám đốc Sở Nội vụ"
    assert got["4187/SNV-GDNN"] == "Giám đốc Sở Nội vụ"


def test_a_clause_with_its_own_opener_keeps_its_own_issuer():
    got = _issuers("Căn cứ Công văn")
    assert got["4187/SNV-GDNN"] != "Giám đốc Sở Nội vụ"
