"""E-signatures: a PDF's digital signatures (real signed files of the bundled corpus) and the
boxes signing tools print on the page (synthetic documents), kept out of the document's own
fields and used for the signer's name."""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest
from corpus_files import source

from pipeline.esign import (
    ORGANISATION,
    PERSON,
    PRINTED_BOX,
    box_lines,
    box_signature,
    iso_time,
    kind_of,
    pdf_signatures,
    signer_from,
)
from pipeline.extractor import extract_file, extract_text
from pipeline.furniture import E_SIGNATURE
from pipeline.segment import segment


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("D:20250207075624+07'00'", "2025-02-07T07:56:24+07:00"),
        ("D:20260402140810Z", "2026-04-02T14:08:10+00:00"),
        ("07.02.2025 08:51:04 +07:00", "2025-02-07T08:51:04+07:00"),
        ("9/3/2026 10:01", "2026-03-09T10:01:00"),
        ("2026-03-09", "2026-03-09"),
        ("31.13.2025 08:00", None),  # no month 13: no time rather than a wrong one
        ("không rõ", None),
    ],
)
def test_signing_times_become_iso(raw: str, iso: str | None) -> None:
    assert iso_time(raw) == iso


@pytest.mark.parametrize(
    ("name", "org", "kind"),
    [
        ("Trần Thị Bích Ngọc", "ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH", PERSON),
        ("Lê Văn Tám", None, PERSON),
        ("ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH", "ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH", ORGANISATION),
        ("Sở Tư pháp", None, ORGANISATION),
        ("CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", None, ORGANISATION),
        ("Tỉnh Hòa Bình", None, ORGANISATION),
        ("An", None, ORGANISATION),  # one word: not enough to call a person
    ],
)
def test_person_or_organisation(name: str, org: str | None, kind: str) -> None:
    assert kind_of(name, org) == kind


def test_a_signed_plan_names_its_signer_and_keeps_organisation_seals_apart() -> None:
    # a real letter signed by a Phó Chủ tịch and then sealed four times by the province
    pdf = pdfium.PdfDocument(source("cv-laocai-ubnd-vlncn-2026"))
    try:
        sigs = pdf_signatures(pdf)
    finally:
        pdf.close()
    assert len(sigs) == 5
    people = [s for s in sigs if s.kind == PERSON]
    assert len(people) == 1 and people[0].email and "@" in people[0].email
    assert all(s.time and s.time[:4] == "2026" and s.time.endswith("+07:00") for s in sigs)
    assert signer_from(sigs) == people[0].name
    rec = extract_file(source("cv-laocai-ubnd-vlncn-2026"))
    assert [e.name for e in rec.e_signatures] == [s.name for s in sigs]
    # the certificate and the printed block agree; the block's span is kept
    assert rec.signer is not None and rec.signer.name == people[0].name
    assert rec.provenance["signer.name"].rule == "signature-name"
    # the signing time is not the document's date (its day was left blank)
    assert rec.date is not None and rec.date.day is None


def test_plain_text_has_no_signatures() -> None:
    rec = extract_file(source("09daab284f92e2dd"))
    assert rec.e_signatures == []


BOX = """Ký bởi: Ủy ban nhân dân tỉnh Hòa Bình
Cơ quan: Tỉnh Hòa Bình
Thời gian ký: 19.03.2026 10:01:02 +07:00
"""

LETTER = """ỦY BAN NHÂN DÂN
TỈNH HÒA BÌNH
Số: 412/UBND-KT
V/v rà soát hồ sơ đất đai

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Kính gửi: Sở Nông nghiệp và Môi trường.

Ủy ban nhân dân tỉnh đề nghị Sở rà soát hồ sơ và báo cáo kết quả.

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""


def test_a_printed_box_is_furniture_and_its_time_is_not_the_date() -> None:
    rec = extract_text(BOX + "\n" + LETTER)
    # no date line in the header: the box's signing time must not become the date
    assert rec.date is None
    assert rec.issuer is not None and rec.issuer.name.startswith("Ủy ban nhân dân")
    assert rec.number is not None and rec.number.raw == "412/UBND-KT"
    [sig] = rec.e_signatures
    assert (sig.kind, sig.source, sig.time) == (ORGANISATION, PRINTED_BOX, "2026-03-19T10:01:02+07:00")
    doc = segment(BOX + "\n" + LETTER)
    assert [m.reason for m in doc.furniture.values()] == [E_SIGNATURE] * 3


def test_a_persons_box_names_the_signer_the_block_lost() -> None:
    box = "Người ký: Đặng Hữu Phước <dhphuoc@hoabinh.gov.vn> Thời gian ký: 19/03/2026 09:58\n"
    rec = extract_text(LETTER + "\n" + box)
    assert rec.signer is not None
    assert rec.signer.name == "Đặng Hữu Phước"
    assert rec.provenance["signer.name"].rule == "e-signature"
    assert rec.provenance["signer.name"].raw_confidence < 0.9
    [sig] = rec.e_signatures
    assert sig.email == "dhphuoc@hoabinh.gov.vn" and sig.kind == PERSON


def test_a_block_that_names_someone_else_keeps_its_name() -> None:
    box = "Ký bởi: Đặng Hữu Phước\nThời gian ký: 19/03/2026 09:58\n"
    rec = extract_text(LETTER + "Bùi Văn Khánh\n\n" + box)
    assert rec.signer is not None and rec.signer.name == "Bùi Văn Khánh"


def test_box_lines_need_a_signer_line_first() -> None:
    # a form's own "Cơ quan:" / "Thời gian:" lines are not a signature box
    texts = ["Cơ quan: Sở Y tế", "Thời gian ký: 01/02/2026", "", "Ký bởi: Lê Văn Tám", "", "Email: t@x.vn", "Nội dung"]
    assert box_lines(texts) == [[3, 5]]
    sig = box_signature(texts[i] for i in (3, 5))
    assert sig is not None and sig.name == "Lê Văn Tám" and sig.email == "t@x.vn"
