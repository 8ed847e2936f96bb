"""Timeline items on real documents of the bundled corpus, through normalize → segment → extract.

Each test names the behaviour it pins (ranges sharing month/year, deadlines, clock times, coarse
periods, quarters in an annexed task table, cited-document and appendix dates left out) and
checks the provenance: the text at an item's ``.start``/``.end`` span parses back to its value.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import cache

import pytest
from corpus_files import CORPUS, segment_text, segmented, time_cell_periods
from synthetic_decision import LETTER_TAIL

from pipeline.dates import Period, find_day_months, find_periods, find_times
from pipeline.extract.timeline import (
    _add_days,
    _doc_date,
    _own_start_patterns,
    extract_timeline,
    fold_same_length,
)
from pipeline.provenance import Prov
from pipeline.segment import Document

_DURATION_AT = re.compile(r"(\d{1,2}(?:[,.]5)?)\s*ngày")
# a yearly deadline's day and month before its first year ("30 tháng 6 hằng năm kể từ năm 2027")
# a part of a year by its months ("6 tháng cuối năm 2026"), read here from the words themselves
_YEAR_PART_AT = re.compile(r"0?(\d{1,2})\s+tháng\s+(đầu|cuối)\s+năm\s+((?:19|20)\d\d)")
_YEARLY_AT = re.compile(r"(\d{1,2})\s*(?:tháng\s*|/)(\d{1,2})\s+(?:hằng|hàng|mỗi)\s+năm\b")
_LISTED_DAYS_AT = re.compile(r"(?i:(?:các\s+)?ngày)\s+(?P<days>\d{1,2}(?:\s*(?:,|và)\s*\d{1,2})+)\s*/")
_BARE_DAY_AT = re.compile(r"(\d{1,2})\s+tháng")


@cache
def run(stem: str) -> tuple[Document, list[dict], Prov]:
    doc = segmented(stem)
    prov = Prov()
    return doc, extract_timeline(doc, prov), prov


def keys(stem: str) -> Counter:
    return Counter((x["start"], x["end"]) for x in run(stem)[1])


def all_stems() -> list[str]:
    return sorted(p.name.split(".")[0] for p in CORPUS.rglob("*.gold.json"))


# ---------------------------------------------------------------- ranges, days, clock times


def test_ranges_single_days_and_clock_time_of_a_plan():
    _, items, _ = run("000_cf76d90b2f210c6e")
    got = {(x["start"], x["end"]): x for x in items}
    # "từ ngày 01/10/2025 đến hết ngày 07/10/2025"
    assert ("2025-10-01", "2025-10-07") in got
    # "Từ ngày 03/10/2025 đến hết 07/10/2025" (no "ngày" before the end bound)
    assert ("2025-10-03", "2025-10-07") in got
    # "được tổ chức vào 13h30’ ngày 06/10/2025 (Chiều Thứ 2)"
    assert got[("2025-10-06", "2025-10-06")]["time"] == "13:30"
    assert got[("2025-10-08", "2025-10-08")]["time"] is None
    # "1. Ngày 03/10/2025, chuyên đề: …" — a sentence opened by its date
    assert ("2025-10-03", "2025-10-03") in got and ("2025-10-05", "2025-10-05") in got
    assert "Tổng kết tuần lễ" in got[("2025-10-08", "2025-10-08")]["label"]


def test_range_whose_first_bound_borrows_month_and_year():
    # a conclusion's preamble records the visit: "Từ ngày 08 đến ngày 09 tháng 11 năm 2025 tại …"
    assert keys("24701a1c97c8c368")[("2025-11-08", "2025-11-09")] == 1


def test_a_day_named_twice_is_one_event():
    # "Lễ khai mạc … vào ngày 01/10/2020", "khai giảng … vào ngày 01/10/2020", "trong ngày 01/10/2020:"
    k = keys("003_39920a9ddc44240f")
    assert k[("2020-10-01", "2020-10-01")] == 1 and k[("2020-10-01", "2020-10-07")] == 1


# ---------------------------------------------------------------- deadlines and coarse periods


def test_deadlines_have_no_start():
    assert keys("003_39920a9ddc44240f")[(None, "2020-10-11")] == 1  # "… trước ngày 11/10/2020"
    k = keys("24701a1c97c8c368")
    for end in ("2025-12-31", "2025-12-01", "2025-12-25", "2025-11-30"):
        assert k[(None, end)] == 1, end


def test_months_quarters_and_years_keep_their_precision():
    k = keys("24701a1c97c8c368")
    assert k[("2025-12", "2025-12")] == 4  # four tasks "… trong tháng 12 năm 2025"
    assert k[("2026-01", "2026-03")] == 1  # "trong Quý I năm 2026"
    assert k[("2025", "2025")] == 1  # "sớm bàn giao trong năm 2025"
    # … but not "không có khả năng giải ngân trong năm 2025" in the "5. Về …:" topic


def test_time_field_labels_and_year_spans():
    k = keys("09daab284f92e2dd")
    assert k[("2025-07-01", None)] == 1  # "Thời gian thực hiện: Từ 01/7/2025."
    assert k[("2025-12", "2025-12")] == 2  # "Thời gian thực hiện: Tháng 12/2025.", "xong trong tháng 12/2025"
    # "4. Trong giai đoạn 2026 - 2030 phấn đấu …" and "Thời gian thực hiện: Giai đoạn 2026-2030 …";
    # the same period in the title and the preamble is no item
    assert k[("2026", "2030")] == 2
    assert sum(k.values()) == 5


def test_target_horizons_once_each_and_programme_names_excluded():
    k = keys("f069c23c942c1ec6")
    # "6. Chỉ tiêu chủ yếu đến năm 2030" and five restatements → one horizon
    assert k[(None, "2030")] == 1
    assert k[("2025-11", "2025-11")] == 2 and k[("2025", "2025")] == 1
    # "Chiến lược Quốc gia … đến năm 2020 và định hướng đến năm 2030" names a strategy
    assert (None, "2020") not in k
    k = keys("69db23c781b2e9aa")
    assert k == Counter({(None, "2035"): 1, (None, "2045"): 1})  # not "giai đoạn 2025 - 2035"


def test_open_period_to_the_end_of_a_year():
    assert keys("d40513a8b25883ec") == Counter({(None, "2025"): 1})  # "Từ nay đến hết năm 2025."
    assert keys("24c7124ec6b2bf61")[("2025", "2030")] == 1  # "Từ năm 2025 đến hết năm 2030."


def test_effective_date_of_the_document_itself_only():
    # "Quyết định này có hiệu lực từ ngày 10 tháng 12 năm 2025" is a milestone …
    assert keys("b1ce4a2380c2c8e3") == Counter({("2025-12-10", "2025-12-10"): 1})
    # … "Nghị định có hiệu lực thi hành từ ngày 01/7/2025" (a cited decree) is not
    assert keys("28219392db3ee2e0") == Counter({("2026-01-01", "2026-01-01"): 1})


def test_task_table_of_an_annex():
    # "DANH MỤC CÁC NHIỆM VỤ TRỌNG TÂM" with a "Thời gian hoàn thành" column: "Quí IV-2025"
    _, items, _ = run("8718801c503045f9")
    q4 = [x for x in items if (x["start"], x["end"]) == ("2025-10", "2025-12")]
    assert len(q4) == 5
    assert q4[0]["label"].startswith("Xây dựng Bộ tiêu chí đánh giá")


# ---------------------------------------------------------------- what is not a timeline item


def test_cited_document_dates_are_not_items():
    # "Thực hiện Kế hoạch số: 230/KH-UBND ngày 28/9/2023 …"
    assert all("2023-09-28" not in (x["start"], x["end"]) for x in run("001_9e2b7cd5c6e77ad3")[1])
    # a reply that quotes the law: "Tại khoản …", "Trường hợp … từ ngày … đến trước ngày …",
    # "Từ ngày 01/10/2025 đến nay" — only the expected "dự kiến … vào tháng 12/2025" remains
    assert set(keys("e3cc96834c0a575f")) <= {("2025-12", "2025-12")}
    assert keys("84469287cb7bce65") == Counter()


def test_situation_reports_and_past_dates_are_not_items():
    # "I. ĐÁNH GIÁ TÌNH HÌNH THIỆT HẠI — Từ ngày 15/11 đến ngày 20/11/2025 … xảy ra đợt mưa"
    assert keys("62f25a030c183151") == Counter()
    # "Do hậu quả mưa lớn kéo dài, từ ngày 17 đến ngày 20 tháng 11 năm 2025 … hứng chịu"
    assert keys("a49ef8a0da1f62dd") == Counter()
    # "vào thứ 5, ngày 01/10/2019" in a 2020 document is a typo of the past, not a schedule
    assert ("2019-10-01", "2019-10-01") not in keys("003_39920a9ddc44240f")


def test_appendix_templates_and_closing_blocks_give_no_items():
    doc, items, prov = run("003_39920a9ddc44240f")
    # the annexed report template ("……, ngày 01 tháng 10 năm 2020", "Kèm Công văn … ngày 25/9/2020")
    assert all("2020-09-25" not in (x["start"], x["end"]) for x in items)
    body = doc.part_span("body")
    pre = doc.part_span("preamble")
    assert body is not None and pre is not None
    for i in range(len(items)):
        s = prov.spans[f"timeline[{i}]"]
        assert pre[0] <= s.start and s.end <= body[1], (i, items[i])
    # a long annex of procedures (and the publisher's list of related documents) adds nothing
    assert keys("ad52bc0b105a20cd") == Counter()


# ---------------------------------------------------------------- provenance


@pytest.mark.parametrize("stem", all_stems())
def test_provenance_spans_relocate(stem: str):
    doc, items, prov = run(stem)
    for i, x in enumerate(items):
        whole = prov.spans[f"timeline[{i}]"]
        assert 0 < whole.confidence <= 1
        for key, pick in (("start", 0), ("end", -1)):
            if x[key] is None:
                assert f"timeline[{i}].{key}" not in prov.spans
                continue
            s = prov.spans[f"timeline[{i}].{key}"]
            assert whole.start <= s.start and s.end <= whole.end
            found = time_cell_periods(doc.text[s.start : s.end]) or find_periods(doc.text, s.start, s.end)
            if not found and key == "end" and doc.text[s.start - 1 : s.start] in "-–":
                # a day range sharing its month ("5-9/9/2016"): the last day's date, read alone
                found = find_periods(doc.text[s.start : s.end])
            own = _doc_date(doc)
            if not found and own and key == "start" and _own_start_patterns()[0].search(
                    fold_same_length(doc.text[s.start : s.end])):
                # "từ ngày ban hành Quyết định này (đến …)": the document's own date opens the period
                found = [Period(s.start, s.end, "", own, own, "day", (s.start, s.end), (s.start, s.end))]
            if not found and own:  # "trước ngày 15/12": a day in the document's own year
                found = [Period(d.start, d.end, d.raw, iso, iso, "day", (d.start, d.end), (d.start, d.end))
                         for d in find_day_months(doc.text, s.start, s.end)
                         for iso in [f"{own[:4]}-{d.month:02d}-{d.day:02d}"]]
            if not found and own and (mm := re.fullmatch(r"(?i)tháng\s+(\d{1,2})", doc.text[s.start : s.end].strip())):
                # "trong tháng 10 tháng 2025" (a typist's "tháng" for "năm"): a month of the
                # document's own year
                iso = f"{own[:4]}-{int(mm.group(1)):02d}"
                found = [Period(s.start, s.end, "", iso, iso, "month", (s.start, s.end), (s.start, s.end))]
            assert found, (stem, i, doc.text[s.start : s.end])
            if len(found) > 1 and any((p.first, p.last) == (x["start"], x["end"]) for p in found):
                continue  # one of a list's periods sharing its year ("quý I và quý II/2030"): that one
            value = found[pick].first if key == "start" else found[pick].last
            length = _DURATION_AT.match(doc.text, s.start) if key == "end" else None
            if length:  # "1,5 ngày bắt đầu từ …": the end is counted from the start it names
                value = _add_days(found[0].first, length.group(1), x["time"])
            bare = _BARE_DAY_AT.match(doc.text, s.start)
            if bare and len(value) == 7:  # "dịp 19 tháng 12 năm 2025": the day the cue writes bare
                value = f"{value}-{int(bare.group(1)):02d}"
            part = _YEAR_PART_AT.match(doc.text, s.start)
            if part and len(value) == 4:  # "6 tháng cuối năm 2026": July to December
                n, y = int(part.group(1)), int(part.group(3))
                first, last = (1, n) if part.group(2) == "đầu" else (13 - n, 12)
                value = f"{y}-{first if key == 'start' else last:02d}"
            yearly = _YEARLY_AT.match(doc.text, s.start) if key == "end" else None
            if yearly and found[-1].kind == "year":  # "30 tháng 6 hằng năm kể từ năm 2027": the first
                value = f"{found[-1].first}-{int(yearly.group(2)):02d}-{int(yearly.group(1)):02d}"
            listed = _LISTED_DAYS_AT.match(doc.text, s.start)
            if listed and len(value) == 10 and value != x[key]:
                # "Ngày 07, 09/01/2023": each day of a list carries the list's span, which read
                # alone gives its last day; an earlier one is one of the days it lists
                days = {f"{value[:8]}{int(d):02d}" for d in re.findall(r"\d{1,2}", listed.group("days"))}
                value = x[key] if x[key] in days else value
            assert value == x[key], (stem, i, doc.text[s.start : s.end])
        if x["time"] is not None:
            t = prov.spans[f"timeline[{i}].time"]
            assert [hhmm for _, _, hhmm in find_times(doc.text, t.start, t.end)] == [x["time"]]


# ---------------------------------------------------------------- the corpus as a whole


def test_micro_f1_over_the_annotated_corpus():
    """Regression guard on the development gold (corpus/dev/pool, real documents of other
    layouts and the held-out sets, has its own bar in test_corpus_quality)."""
    tp = fp = fn = 0
    for gold_path in sorted(CORPUS.rglob("*.gold.json")):
        if "pool" in gold_path.relative_to(CORPUS).parts:
            continue
        stem = gold_path.name.split(".")[0]
        gold = Counter((x["start"], x["end"]) for x in json.loads(gold_path.read_text("utf-8"))["timeline"])
        pred = keys(stem)
        tp += sum((pred & gold).values())
        fp += sum((pred - gold).values())
        fn += sum((gold - pred).values())
    p, r = tp / max(1, tp + fp), tp / max(1, tp + fn)
    assert 2 * p * r / max(1e-9, p + r) >= 0.85, (tp, fp, fn)


# ---------------------------------------------------------------- synthetic documents

_HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÀ AN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
    "Số: 12/KH-UBND\n\nHà An, ngày {date} năm {year}\n\nKẾ HOẠCH\nThực hiện nhiệm vụ\n\n"
)
_TAIL = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn An\n"


def synth(body: str, year: int = 2025, date: str = "02 tháng 01") -> list[dict]:
    from pipeline.normalize import normalize
    from pipeline.segment import segment

    doc = segment(normalize(_HEAD.format(date=date, year=year) + body + _TAIL).text)
    prov = Prov()
    items = extract_timeline(doc, prov)
    for i in range(len(items)):  # every item keeps provenance inside the text
        pv = prov.spans[f"timeline[{i}]"]
        assert 0 <= pv.start <= pv.end <= len(doc.text)
    return items


def spans(items: list[dict]) -> list[tuple[str | None, str | None]]:
    return [(x["start"], x["end"]) for x in items]


def test_time_column_of_a_task_table_gives_items_labelled_with_the_row_task():
    body = (
        "I. NHIỆM VỤ\n\n"
        "| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |\n|---|---|---|---|\n"
        "| 1 | Rà soát hồ sơ địa chính | Sở Nông nghiệp và Môi trường | Năm 2026 |\n"
        "| 2 | Kiểm tra an toàn thực phẩm | Sở Y tế | Tháng 4, tháng 8/2026 |\n"
        "| 3 | Sơ kết công tác phối hợp | Sở Nội vụ | Quý IV/2025 |\n"
        "| 4 | Ban hành quy chế phối hợp | Sở Tư pháp | Trước ngày 30/11/2025 |\n"
        "| 5 | Đầu tư hạ tầng số | Sở Khoa học và Công nghệ | Giai đoạn 2031 - 2035 |\n"
        "| 6 | Tuyên truyền pháp luật | Sở Tư pháp | Thường xuyên |\n"
        "| 7 | Báo cáo kết quả | Sở Nội vụ | Hằng năm |\n"
        "| 8 | Duy trì cơ sở dữ liệu | Sở Tài chính | Năm 2025 và các năm tiếp theo |\n"
    )
    items = synth(body)
    assert spans(items) == [
        ("2026", "2026"), ("2026-04", "2026-04"), ("2026-08", "2026-08"), ("2025-10", "2025-12"),
        (None, "2025-11-30"), ("2031", "2035"), ("2025", None),
    ]
    labels = [x["label"] for x in items]
    assert labels[0] == "Rà soát hồ sơ địa chính"
    assert labels[1] == labels[2] == "Kiểm tra an toàn thực phẩm"
    assert labels[-1] == "Duy trì cơ sở dữ liệu"


def test_bare_month_list_covers_every_month_and_quarter_lists_split_on_the_repeated_word():
    body = (
        "I. NỘI DUNG\n"
        "1. Tổ chức tập huấn cho cán bộ trong tháng 10, 11/2025.\n"
        "2. Thời gian thực hiện: Quý III và Quý IV/2025.\n"
    )
    got = spans(synth(body))
    assert ("2025-10", "2025-11") in got
    assert ("2025-11", "2025-11") not in got
    assert ("2025-07", "2025-09") in got and ("2025-10", "2025-12") in got


def test_open_end_single_day_and_start_deadline_pair():
    body = (
        "I. NỘI DUNG\n"
        "1. Triển khai chương trình từ năm 2025 và các năm tiếp theo.\n"
        "2. Lễ ra quân\nNgày 04/9/2025 (thứ Năm), tổ chức lễ ra quân tại trung tâm xã.\n"
        "3. Đợt kiểm tra bắt đầu từ ngày 05/9/2025; kết thúc trước ngày 13/01/2026.\n"
    )
    got = spans(synth(body))
    assert ("2025", None) in got
    assert ("2025-09-04", "2025-09-04") in got
    assert ("2025-09-05", "2026-01-13") in got
    assert ("2025-09-05", None) not in got and (None, "2026-01-13") not in got


def test_dates_of_cited_documents_and_of_past_facts_are_no_items():
    body = (
        "I. CĂN CỨ\nThực hiện Kế hoạch số 45/KH-UBND ngày 10/3/2025 của Ủy ban nhân dân tỉnh.\n"
        "II. NỘI DUNG\n1. Năm 2024, toàn tỉnh đã tổ chức 12 lớp tập huấn.\n"
        "2. Chỉ tiêu 4: 100% cán bộ được tập huấn.\n"
        "3. Tổ chức hội nghị sơ kết vào ngày 15/7/2025.\n"
        "4. Ngày 25/3/2025, Văn phòng Ban Chỉ đạo tỉnh về phát triển khoa học, công nghệ và đổi mới sáng tạo "
        "đã có văn bản số 07-TB/VPBCĐ thông báo kết luận hội nghị sơ kết trong quý II/2025.\n"
    )
    assert spans(synth(body, date="20 tháng 3")) == [("2025-07-15", "2025-07-15")]


def test_time_cells_in_the_one_cell_a_line_layout():
    cells = [
        "STT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời gian",
        "1", "Xây dựng kế hoạch chuyển đổi số", "Sở Khoa học và Công nghệ", "Quý I, II/2026",
        "2", "Đánh giá kết quả thực hiện", "Sở Nội vụ", "Hằng năm",
    ]
    body = "I. NHIỆM VỤ\n\n" + "\n\n".join(cells) + "\n"
    items = synth(body)
    assert spans(items) == [("2026-01", "2026-06")]
    assert items[0]["label"] == "Xây dựng kế hoạch chuyển đổi số"


def test_a_table_with_a_date_column_but_no_task_column_schedules_nothing():
    body = (
        "I. GIÁ BÁN LẺ\n\n| STT | Ngày | Xăng RON 95 | Dầu hỏa |\n|---|---|---|---|\n"
        "| 1 | 05/3/2025 | 21.450 | 19.800 |\n| 2 | 12/3/2025 | 21.300 | 19.650 |\n"
    )
    assert synth(body) == []


# ---------------------------------------------------------------- synthetic: notices and normative text

_NOTICE = """VĂN PHÒNG CHÍNH PHỦ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 120/TB-VPCP
Hà Nội, ngày 20 tháng 11 năm 2025

THÔNG BÁO
Kết luận của Phó Thủ tướng tại buổi làm việc với tỉnh An Phú

Ngày 14/11/2025, Phó Thủ tướng Nguyễn Văn B đã chủ trì buổi làm việc với lãnh đạo tỉnh An Phú về tình hình phát triển kinh tế. Sau khi nghe báo cáo, Phó Thủ tướng kết luận như sau:

1. Về nhiệm vụ, giải pháp
Ủy ban nhân dân tỉnh An Phú hoàn thành việc sắp xếp đơn vị hành chính trong năm 2025.
Bộ Xây dựng tiếp tục hướng dẫn địa phương từ nay đến hết năm 2025.

2. Tổ chức hội nghị tập huấn trong 1,5 ngày bắt đầu từ 13h30 ngày 06/12/2025 tại Hội trường tỉnh.

3. Đối tượng được hỗ trợ là người lao động có thời gian làm việc từ ngày 01/01/2025 đến ngày 31/12/2025 tại doanh nghiệp.

4. Tổ chức kiểm tra từ ngày 01/12/2025 đến ngày 15/12/2025.
"""


def _synthetic(text: str) -> list[dict]:
    from corpus_files import segment_text

    return extract_timeline(segment_text(text), Prov())


def test_notice_of_conclusions_scope_window_duration_and_year_targets():
    got = [(x["start"], x["end"], x["time"]) for x in _synthetic(_NOTICE)]
    labels = [x["label"] for x in _synthetic(_NOTICE)]
    assert got == [
        # the meeting the notice records is its event (as the shared gold keeps it)
        ("2025-11-14", "2025-11-14", None),
        ("2025", "2025", None),
        # "hướng dẫn" here is a verb, not a programme's name; "từ nay đến hết năm" schedules
        (None, "2025", None),
        # a length after the start sets the end: the first afternoon and the next day
        ("2025-12-06", "2025-12-07", "13:30"),
        # the entitled window of item 3 is a scope; a plain range stays
        ("2025-12-01", "2025-12-15", None),
    ]
    assert labels[1:] == [
        "Ủy ban nhân dân tỉnh An Phú hoàn thành việc sắp xếp đơn vị hành chính",
        "Bộ Xây dựng tiếp tục hướng dẫn địa phương",
        "Tổ chức hội nghị tập huấn",  # the activity, not the phrase of its length
        "Tổ chức kiểm tra",
    ]


def test_whole_day_duration_counts_the_first_day():
    text = _NOTICE.replace("trong 1,5 ngày bắt đầu từ 13h30 ngày", "trong 02 ngày, bắt đầu từ ngày")
    items = [x for x in _synthetic(text) if x["start"] == "2025-12-06"]
    assert [(x["end"], x["label"]) for x in items] == [("2025-12-07", "Tổ chức hội nghị tập huấn")]
    # a whole day that starts in the afternoon runs into the next morning
    text = _NOTICE.replace("trong 1,5 ngày bắt đầu từ 13h30 ngày", "trong 01 ngày bắt đầu từ 14h00 ngày")
    items = [x for x in _synthetic(text) if x["start"] == "2025-12-06"]
    assert [x["end"] for x in items] == ["2025-12-07"]
    # two and a half days from a morning: the 6th, the 7th and the morning of the 8th
    text = _NOTICE.replace("trong 1,5 ngày bắt đầu từ 13h30 ngày", "trong 2,5 ngày bắt đầu từ 7h30 ngày")
    items = [x for x in _synthetic(text) if x["start"] == "2025-12-06"]
    assert [x["end"] for x in items] == ["2025-12-08"]


def test_effective_date_of_a_notice_is_one_day():
    text = _NOTICE.replace("4. Tổ chức kiểm tra", "4. Thông báo này có hiệu lực từ ngày 01/12/2025.\n\n5. Tổ chức kiểm tra")
    assert ("2025-12-01", "2025-12-01") in [(x["start"], x["end"]) for x in _synthetic(text)]


def test_programme_noun_written_with_a_capital_still_names():
    # "… Hướng dẫn phát triển đô thị từ nay đến hết năm 2025": the period is part of its name
    text = _NOTICE.replace("tiếp tục hướng dẫn địa phương từ nay", "triển khai Hướng dẫn phát triển đô thị từ nay")
    assert (None, "2025") not in [(x["start"], x["end"]) for x in _synthetic(text)]


_TARGETS = """ỦY BAN NHÂN DÂN TỈNH AN PHÚ
Số: 12/KH-UBND
An Phú, ngày 02 tháng 3 năm 2026

KẾ HOẠCH
Chuyển đổi số trong các cơ sở giáo dục

I. MỤC TIÊU

1. Mục tiêu cụ thể

a) Đến hết năm 2027: Có ≥
50% cơ sở giáo dục trên địa bàn tỉnh dùng học bạ số.

b) Đến hết năm 2030: 100%
CSGD trên địa bàn tỉnh dùng học bạ số.

II. TỔ CHỨC THỰC HIỆN

Sở Giáo dục và Đào tạo chủ trì triển khai Kế hoạch này.
"""


def test_a_target_wrapped_after_its_figure_keeps_its_clause_as_label():
    """A converter's hard wrap right after the figure ("100%" / "CSGD …") leaves a one-word
    clause on the date's line: the label goes on on the next line, not the section heading."""
    got = {(x["start"], x["end"]): x["label"] for x in _synthetic(_TARGETS)}
    assert got[(None, "2027")] == "Có ≥ 50% cơ sở giáo dục trên địa bàn tỉnh dùng học bạ số"
    assert got[(None, "2030")] == "100% CSGD trên địa bàn tỉnh dùng học bạ số"


# ---------------------------------------------------------------- synthetic: application, bounds, targets


def test_apply_from_opens_a_period_unless_a_product_is_made_first():
    body = (
        "I. NỘI DUNG\n"
        "1. Các quy định tại Kế hoạch này áp dụng kể từ ngày 01/01/2025.\n"
        "2. Thời gian thực hiện\n- Mức hỗ trợ mới cho hộ gia đình: Áp dụng từ 8 giờ 00 ngày 15/3/2025.\n"
        "3. Sở Tài chính tham mưu ban hành Bảng giá cây trồng áp dụng trên địa bàn từ ngày 01/6/2025.\n"
    )
    items = synth(body, date="10 tháng 02")
    got = [(x["start"], x["end"], x["time"]) for x in items]
    # the plan's own rules apply from a day before it was signed: still its item, open-ended
    assert ("2025-01-01", None, None) in got
    # the hour says when the application starts, not that it is a one-day event
    assert ("2025-03-15", None, "08:00") in got
    # a product the plan asks for, applied from a day: that day is the milestone
    assert ("2025-06-01", "2025-06-01", None) in got
    assert len(got) == 3


def test_cut_off_of_figures_is_no_deadline_and_narrated_years_are_no_items():
    body = (
        "I. NỘI DUNG\n"
        "1. Theo số liệu tính đến tháng 10/2025, toàn tỉnh có 1.200 hộ kinh doanh.\n"
        "2. Công trình nhà văn hóa xã trong năm 2025 đã được hoàn thành đúng kế hoạch.\n"
        "3. Tổ chức tổng kết vào tháng 12/2025.\n"
    )
    assert spans(synth(body, date="05 tháng 11")) == [("2025-12", "2025-12")]


def test_lower_and_upper_bound_in_one_sentence_make_one_window():
    body = (
        "I. THỜI GIAN\n"
        "1. Các cửa hàng điều chỉnh giá bán không sớm hơn 15 giờ 00 ngày 20/3/2025 đối với mặt hàng tăng giá, "
        "không muộn hơn ngày 22/3/2025 đối với mặt hàng giảm giá.\n"
    )
    got = [(x["start"], x["end"], x["time"]) for x in synth(body, date="18 tháng 3")]
    assert got == [("2025-03-20", "2025-03-22", "15:00")]


def test_general_assessment_section_reports_the_past():
    body = (
        "I. ĐÁNH GIÁ CHUNG\n"
        "Trong tháng 11/2025, tỉnh tổ chức 20 hội nghị tập huấn; dự kiến trong tháng 12/2025 khánh thành cầu.\n"
        "II. NHIỆM VỤ\n"
        "1. Sở Xây dựng hoàn thành thủ tục đầu tư trong tháng 12/2025.\n"
    )
    items = synth(body, date="20 tháng 11")
    assert spans(items) == [("2025-12", "2025-12")]
    assert items[0]["label"].startswith("Sở Xây dựng")


def test_bare_year_after_a_target_verb_is_the_years_target_kept_once():
    body = (
        "I. NHIỆM VỤ\n"
        "1. Tập trung chỉ đạo để phấn đấu hoàn thành cao nhất các chỉ tiêu, nhiệm vụ phát triển kinh tế - xã hội "
        "năm 2025, trong đó giải ngân đạt 100% kế hoạch vốn đầu tư công năm 2025.\n"
        "2. Rà soát kế hoạch sử dụng đất năm 2025 của các xã.\n"
    )
    got = spans(synth(body, date="20 tháng 11"))
    assert got == [("2025", "2025")]
    # the year a target is measured against is no target
    base = "I. MỤC TIÊU\n1. Phấn đấu tỷ lệ hộ nghèo giảm 1% so với năm 2025.\n"
    assert synth(base, date="20 tháng 11") == []
    # a programme's name keeps its year: no target
    body2 = "I. NHIỆM VỤ\n1. Phấn đấu hoàn thành Chương trình chuyển đổi số năm 2025 của tỉnh.\n"
    assert synth(body2, date="20 tháng 11") == []


def test_two_years_joined_after_one_cue_are_one_period():
    body = (
        "I. NHIỆM VỤ\n"
        "1. Bộ Công Thương khẩn trương đàm phán các hiệp định mới trong cuối năm 2025 và đầu năm 2026.\n"
        "2. Rà soát số liệu năm 2025 và năm 2026 của ngành.\n"
    )
    assert spans(synth(body, date="20 tháng 11")) == [("2025", "2026")]


def test_a_year_in_a_time_cell_opened_by_trong_nam_is_dated():
    body = (
        "I. NHIỆM VỤ\n\n"
        "| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |\n|---|---|---|---|\n"
        "| 1 | Rà soát quy hoạch khoáng sản | Sở Nông nghiệp và Môi trường | Trong năm 2026 |\n"
        "| 2 | Tuyên truyền pháp luật | Sở Tư pháp | Trong năm |\n"
    )
    assert spans(synth(body, year=2026)) == [("2026", "2026")]


def test_a_restated_deadline_and_a_restated_table_row_are_one_item_each():
    body = (
        "I. NHIỆM VỤ\n"
        "1. Sở Xây dựng hướng dẫn các chủ đầu tư áp dụng giải pháp kỹ thuật, hoàn thành chậm nhất đến ngày "
        "01 tháng 7 năm 2027. Sở Xây dựng tổng hợp kết quả, bảo đảm hoàn thành trước ngày 01 tháng 7 năm 2027.\n"
        "2. Công an tỉnh kịp thời xử lý dứt điểm các hành vi khai thác cát trái phép trên sông, suối xong trong "
        "quý II năm 2026.\n\n"
        "PHỤ LỤC NHIỆM VỤ\n\n"
        "| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |\n|---|---|---|---|\n"
        "| 1 | Xử lý dứt điểm các hành vi khai thác cát trái phép trên sông, suối | Công an tỉnh | Quý II/2026 |\n"
        "| 2 | Tập huấn nghiệp vụ cho cán bộ xã | Sở Nội vụ | Quý II/2026 |\n"
    )
    got = Counter(spans(synth(body, year=2026)))
    assert got == Counter({(None, "2027-07-01"): 1, ("2026-04", "2026-06"): 2})


def test_without_a_date_line_the_latest_citation_bounds_what_is_history():
    text = (
        "CHÍNH PHỦ\n\nSố: 15/2025/NĐ-CP\n\nNGHỊ ĐỊNH\nQuy định chế độ hỗ trợ\n\n"
        "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\n\n"
        "Chính phủ ban hành Nghị định quy định chế độ hỗ trợ.\n\n"
        "Điều 1. Thời gian công tác\n"
        "Cơ quan quản lý hoàn thành việc cập nhật hồ sơ trước ngày 01/01/1995.\n"
        "Cơ quan quản lý hoàn thành việc số hóa hồ sơ trước ngày 31/12/2025.\n"
    )
    assert [(x["start"], x["end"]) for x in _synthetic(text)] == [(None, "2025-12-31")]


def test_who_is_entitled_by_a_day_is_a_scope_but_a_task_on_its_target_group_is_not():
    body = (
        "I. NỘI DUNG\n"
        "1. Người lao động có thời gian đóng bảo hiểm xã hội trước ngày 01/7/2025 được tính theo mức cũ.\n"
        "2. Ủy ban nhân dân các xã rà soát đối tượng hỗ trợ, gửi danh sách trước ngày 15/7/2025.\n"
    )
    assert spans(synth(body, date="20 tháng 5")) == [(None, "2025-07-15")]


def test_the_event_a_notice_opens_with_follows_the_data_switch(monkeypatch):
    import dataclasses

    from pipeline.extract import timeline

    on = [(x["start"], x["end"]) for x in _synthetic(_NOTICE)]
    assert ("2025-11-14", "2025-11-14") in on
    off = dataclasses.replace(timeline._rules(), preamble_events=False)
    monkeypatch.setattr(timeline, "_rules", lambda: off)
    got = [(x["start"], x["end"]) for x in _synthetic(_NOTICE)]
    assert ("2025-11-14", "2025-11-14") not in got and got == on[1:]


_CIRCULAR = """BỘ TÀI CHÍNH

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 21/2025/TT-BTC
Hà Nội, ngày 20 tháng 11 năm 2025

THÔNG TƯ
Hướng dẫn quản lý phí kiểm định

Căn cứ Luật Phí và lệ phí ngày 25 tháng 11 năm 2015;

Điều 1. Phạm vi điều chỉnh
Thông tư này hướng dẫn quản lý phí kiểm định.

Điều 2. Hiệu lực thi hành
1. {effect}
2. Thông tư số 05/2024/TT-BTC có hiệu lực từ ngày 01/3/2024 được bãi bỏ.
"""


@pytest.mark.parametrize(("effect", "want"), [
    # the document's own type before the verb is its own effect, even without "này"
    ("Thông tư có hiệu lực kể từ ngày 15 tháng 01 năm 2026.", ("2026-01-15", "2026-01-15")),
    # an effect from signing gives no date; the application that follows opens a period
    ("Thông tư có hiệu lực thi hành kể từ ngày ký và áp dụng từ ngày 01 tháng 01 năm 2026.", ("2026-01-01", None)),
])
def test_own_effect_and_application_named_by_the_documents_type(effect, want):
    got = [(x["start"], x["end"]) for x in _synthetic(_CIRCULAR.format(effect=effect))]
    assert got == [want]  # the cited circular's effect is no item


def test_a_sentence_that_opens_with_its_date_mid_line_is_an_item():
    body = (
        "I. TIẾN ĐỘ\n"
        "1. Tháng 7/2026: tổ chức sơ kết. Tháng 12/2026, tổng kết toàn bộ kế hoạch.\n"
        "2. Năm 2026: hoàn thành 50% số xã; năm 2027: hoàn thành 100% số xã.\n"
    )
    assert spans(synth(body, year=2026)) == [("2026-07", "2026-07"), ("2026-12", "2026-12"), ("2026", "2026"),
                                             ("2027", "2027")]


def test_part_of_a_month_between_cue_and_date_keeps_the_month():
    body = (
        "I. TIẾN ĐỘ\n"
        "1. Tổ chức hội nghị triển khai vào tuần đầu tháng 3/2026.\n"
        "2. Các xã hoàn thành rà soát vào hạ tuần tháng 4/2026.\n"
    )
    assert spans(synth(body, year=2026)) == [("2026-03", "2026-03"), ("2026-04", "2026-04")]


def test_a_schedule_line_opened_by_an_open_ended_year():
    body = "IV. THỜI GIAN THỰC HIỆN\n- Năm 2027 và các năm tiếp theo: duy trì hoạt động của tổ công tác.\n"
    assert spans(synth(body, year=2026)) == [("2027", None)]


def test_a_paragraph_on_the_present_state_of_affairs_schedules_nothing():
    body = (
        "I. NỘI DUNG\n"
        "Hiện nay, Bộ Tài chính đang trình dự thảo Luật, dự kiến được thông qua vào tháng 12/2025.\n\n"
        "Sở Tài chính tổng hợp ý kiến, báo cáo vào tháng 12/2025.\n"
    )
    items = synth(body, date="20 tháng 11")
    assert spans(items) == [("2025-12", "2025-12")] and items[0]["label"].startswith("Sở Tài chính")


def test_from_now_on_a_short_numbered_line_is_no_horizon_hiding_the_years_items():
    body = (
        "II. NHIỆM VỤ\n"
        "1. Bộ Xây dựng từ nay đến cuối năm 2025 hoàn thành việc hướng dẫn.\n"
        "2. Tỉnh sớm hoàn thành trong năm 2025 việc bàn giao dự án.\n"
    )
    assert spans(synth(body)) == [(None, "2025"), ("2025", "2025")]


def test_time_cells_with_a_bare_year_or_a_range_of_quarters():
    body = (
        "I. NHIỆM VỤ\n\n"
        "| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |\n|---|---|---|---|\n"
        "| 1 | Ban hành quy chế phối hợp | Sở Tư pháp | 2026 |\n"
        "| 2 | Kiểm tra an toàn thực phẩm | Sở Y tế | Quý IV/2025 - Quý I/2026 |\n"
        "| 3 | Báo cáo kết quả thực hiện | Sở Nội vụ | Đến hết năm 2026 |\n"
    )
    # the bare year is a task's own, not the horizon restated by another row
    assert spans(synth(body)) == [("2026", "2026"), ("2025-10", "2026-03"), (None, "2026")]


# ---------------------------------------------------------------- synthetic: adopted plans, task paragraphs, framing

_DECISION = """ỦY BAN NHÂN DÂN
TỈNH HÀ AN

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 45/QĐ-UBND
Hà An, ngày 10 tháng 12 năm 2025

QUYẾT ĐỊNH
Ban hành Kế hoạch chuyển đổi số trong cơ quan nhà nước

ỦY BAN NHÂN DÂN TỈNH

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số trong cơ quan nhà nước.

Điều 2. Quyết định này có hiệu lực thi hành từ ngày ký.

Nơi nhận:
- Như Điều 2;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Trần Văn Bình

KẾ HOẠCH

CHUYỂN ĐỔI SỐ TRONG CƠ QUAN NHÀ NƯỚC

(Kèm theo Quyết định số 45/QĐ-UBND ngày 10 tháng 12 năm 2025 của Ủy ban nhân dân tỉnh)

I. NHIỆM VỤ

1. Bồi dưỡng kỹ năng số cho công chức

- Cơ quan chủ trì: Sở Nội vụ.

- Thời gian thực hiện: năm 2026 và các năm tiếp theo.

2. Rà soát quy trình nội bộ

- Thời gian thực hiện:

+ Các sở gửi kết quả rà soát về Sở Nội vụ trước ngày 31 tháng 3 năm 2026.

3. Xây dựng kho dữ liệu dùng chung

- Thời gian thực hiện: năm 2026 - 2027.
"""


def test_a_decision_reads_the_plan_it_adopts_printed_after_its_closing():
    got = spans(_synthetic(_DECISION))
    assert got == [("2026", None), (None, "2026-03-31"), ("2026", "2027")]


def test_one_day_in_separate_task_paragraphs_is_several_activities():
    body = (
        "I. NHIỆM VỤ\n"
        "a) Sở Xây dựng tổ chức lễ khởi công tuyến đường ven sông vào ngày 20 tháng 12 năm 2025.\n"
        "b) Sở Văn hóa tổ chức lễ khánh thành nhà văn hóa tỉnh vào ngày 20 tháng 12 năm 2025.\n"
        "c) Sở Tài chính lập dự toán trước ngày 10 tháng 12 năm 2025; Sở Tài chính gửi dự toán cho các xã "
        "trước ngày 10 tháng 12 năm 2025.\n"
        "d) Sở Nông nghiệp hoàn thành đề án trong năm 2025.\n"
        "đ) Sở Công Thương hoàn thành quy hoạch chợ trong năm 2025. Bảo đảm đến hết năm 2025 mỗi xã có một chợ.\n"
    )
    got = Counter(spans(synth(body)))
    assert got[("2025-12-20", "2025-12-20")] == 2
    assert got[(None, "2025-12-10")] == 1  # one paragraph restating its deadline: one item
    assert got[("2025", "2025")] == 2 and got[(None, "2025")] == 1


def test_a_day_named_twice_in_one_paragraph_or_outside_task_paragraphs_stays_one_item():
    body = (
        "Lễ phát động được tổ chức vào ngày 05/3/2025. Các trường tổ chức lễ chào cờ vào ngày 05/3/2025.\n"
        "Đoàn thanh niên tổ chức ra quân vào ngày 05/3/2025.\n"
    )
    assert spans(synth(body)) == [("2025-03-05", "2025-03-05")]


def test_a_notice_sets_its_deadlines_from_the_meeting_it_records():
    text = _NOTICE.replace(
        "4. Tổ chức kiểm tra", "5. Bộ Tài chính báo cáo phương án vốn trước ngày 17 tháng 11 năm 2025.\n\n4. Tổ chức kiểm tra"
    )
    # the notice is dated 20/11, the meeting was on 14/11: a deadline of 17/11 is one it sets
    assert (None, "2025-11-17") in spans(_synthetic(text))
    body = "Sở Tài chính báo cáo phương án vốn trước ngày 17 tháng 11 năm 2025.\n"
    assert spans(synth(body, date="20 tháng 11")) == []  # a plan of 20/11: already past


def test_upper_bound_written_before_lower_bound_is_one_window():
    body = (
        "Các cửa hàng niêm yết giá mới không muộn hơn 8 giờ 00 ngày 05/01/2026 đối với loại giảm giá, "
        "không sớm hơn 8 giờ 00 ngày 05/01/2026 đối với loại tăng giá.\n"
    )
    assert spans(synth(body, year=2026)) == [("2026-01-05", "2026-01-05")]


def test_dates_that_frame_a_clause_are_not_items():
    body = (
        "II. NHIỆM VỤ\n"
        "c) Căn cứ kết quả triển khai trong năm 2026, Sở Tài chính đề xuất cơ chế khuyến khích mới.\n"
        "Trên cơ sở tình hình thu ngân sách năm 2025, Sở Tài chính xây dựng dự toán.\n"
        "Đối với các lớp học mở trong năm 2025, các xã bố trí kinh phí.\n"
        "d) Về thi đua: Kết quả đạt được thời gian qua trong cả giai đoạn 2021-2025 là nhờ nỗ lực chung.\n"
        "đ) Các sở ưu tiên các công trình trong danh mục hoàn thành vào năm 2030.\n"
        "e) Các xã rà soát quỹ đất theo Quyết định số 15/QĐ-UBND ngày 02/01/2025 về điều chỉnh chỉ tiêu đất "
        "đai đến năm 2025.\n"
        "1. Dự báo các chỉ tiêu kinh tế đến năm 2026\n"
        "g) Sở Y tế hoàn thành việc sáp nhập trạm y tế trong năm 2025.\n"
    )
    assert spans(synth(body)) == [("2025", "2025")]


def test_year_spans_a_target_covers_and_a_plan_period_leading_an_item():
    body = (
        "I. MỤC TIÊU VÀ NHIỆM VỤ\n"
        "Phấn đấu hoàn thành vượt mức kế hoạch thu ngân sách giai đoạn 2026 - 2030.\n"
        "a) Kế hoạch phát triển mạng lưới trường học giai đoạn 2026-2028: thực hiện theo quy định hiện hành.\n"
        "Các khoản chi bảo đảm phù hợp với khả năng cân đối ngân sách giai đoạn 2026 - 2030.\n"
        "b) Sở Giao thông đẩy nhanh tiến độ các dự án có kế hoạch hoàn thành năm 2026.\n"
        "c) Các xã giải ngân kế hoạch vốn được giao năm 2026.\n"
        "d) Sở Giao thông bảo đảm thông xe tuyến tránh phía Bắc năm 2026.\n"
    )
    assert spans(synth(body)) == [("2026", "2030"), ("2026", "2028"), ("2026", "2026")]


def test_a_day_written_without_ngay_after_a_cue():
    body = "Các đơn vị đăng ký công trình khánh thành dịp 02 tháng 9 năm 2025.\n"
    assert spans(synth(body)) == [("2025-09-02", "2025-09-02")]


def test_a_roadmap_task_closed_by_its_years_in_parentheses():
    body = (
        "III. NHIỆM VỤ TRỌNG TÂM\n"
        "Lộ trình thực hiện chung:\n"
        "1. Nâng cấp hạ tầng mạng của các sở (2026 - 2027).\n"
        "2. Số hóa hồ sơ lưu trữ của tỉnh (xuyên suốt 2026 - 2030).\n"
        "3. Triển khai Chương trình chuyển đổi số (giai đoạn 2021 - 2025) theo hướng dẫn.\n"
        "4. Triển khai Chương trình chuyển đổi số quốc gia (2026 - 2030).\n"
    )
    assert spans(synth(body, year=2026)) == [("2026", "2027"), ("2026", "2030")]


def test_a_priority_on_an_action_still_schedules_it():
    body = "I. NHIỆM VỤ\nCác xã ưu tiên hoàn thành các tiêu chí nông thôn mới trong năm 2025.\n"
    assert spans(synth(body)) == [("2025", "2025")]


def test_a_strong_target_verb_keeps_the_year_of_tasks_assigned_for_it():
    body = (
        "I. NHIỆM VỤ\n"
        "Phấn đấu hoàn thành thắng lợi các chỉ tiêu, nhiệm vụ được giao năm 2026.\n"
        "Các khoản chi bảo đảm trong phạm vi dự toán được giao năm 2026.\n"
    )
    assert spans(synth(body, year=2026)) == [("2026", "2026")]


_ADOPTING = """BỘ Y TẾ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 77/QĐ-BYT
Hà Nội, ngày 02 tháng 3 năm 2026

QUYẾT ĐỊNH
Ban hành Kế hoạch hành động về y tế cơ sở

Căn cứ Luật Khám bệnh, chữa bệnh ngày 09 tháng 01 năm 2023;

QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch hành động về y tế cơ sở.
Điều 2. Quyết định này có hiệu lực từ ngày ký.

KT. BỘ TRƯỞNG
THỨ TRƯỞNG
 [
Đỗ Minh Khang

BỘ Y TẾ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

KẾ HOẠCH HÀNH ĐỘNG
Về y tế cơ sở
I. MỤC TIÊU
Nâng cao chất lượng y tế cơ sở.

PHỤ LỤC
DANH MỤC NHIỆM VỤ
1. Xây dựng Đề án trạm y tế xã kiểu mẫu: hoàn thành trong Quý II/2027.
2. Sửa đổi Thông tư về y tế học đường: hoàn thành trong tháng 9/2026.
"""


def test_a_plan_adopted_by_a_decision_is_read_with_its_annex():
    # the signer's block found, the plan after it (under its own header block) is the part the
    # decision adopts, annex included: its task list is the schedule
    doc = segment_text(_ADOPTING)
    assert doc.parts.get("attached") and len(doc.parts["attached"])
    spans = {(t["start"], t["end"]) for t in extract_timeline(doc, Prov())}
    assert {("2027-04", "2027-06"), ("2026-09", "2026-09")} <= spans


def test_a_span_after_thoi_ky_names_a_plan_written_small():
    # "quy hoạch" is a verb too, so only a capital made it a programme noun; the qualifier
    # "thời kỳ"/"giai đoạn" right before the span makes it the plan's name all the same
    doc = segment_text(
        "KẾ HOẠCH\nThử nghiệm\n\nII. NHIỆM VỤ\n1. Hoàn thành việc điều chỉnh quy hoạch chung đô thị thời kỳ "
        "2021 - 2030 trong tháng 3/2026.\n"
    )
    spans = {(t["start"], t["end"]) for t in extract_timeline(doc, Prov())}
    assert ("2026-03", "2026-03") in spans and ("2021", "2030") not in spans


def test_a_vision_heading_of_its_own_is_a_horizon_but_a_vision_in_a_name_is_not():
    # "b) Tầm nhìn đến năm 2045" heads the goals set for that horizon (the settled gold counts it
    # like "Mục tiêu đến năm 2030"); a plan's name closing with its vision is no item
    body = (
        "I. MỤC TIÊU\n"
        "a) Mục tiêu đến năm 2030\n"
        "Hoàn thiện mạng lưới cơ sở đào tạo nghề của tỉnh.\n"
        "b) Tầm nhìn đến năm 2045\n"
        "Nhân lực của tỉnh đạt trình độ tiên tiến trong khu vực.\n"
        "c) Các sở triển khai Quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050 theo chức năng.\n"
    )
    assert spans(synth(body)) == [(None, "2030"), (None, "2045")]


def test_a_fiscal_year_and_a_meeting_the_text_sets_are_items():
    # "vào năm tài chính 2026" names a year like "vào năm 2026"; a report set for a meeting
    # ("tại phiên họp tháng 10 năm 2026") is scheduled for that month
    body = (
        "II. TỔ CHỨC THỰC HIỆN\n"
        "1. Kinh phí hỗ trợ quy định tại Điều 1 được quyết toán vào năm tài chính 2026.\n"
        "2. Sở Tài chính báo cáo kết quả thực hiện tại phiên họp tháng 10 năm 2026 của Ủy ban nhân dân tỉnh.\n"
    )
    assert spans(synth(body, year=2026)) == [("2026", "2026"), ("2026-10", "2026-10")]


_WORK_PROGRAMME = """ĐẢNG BỘ HUYỆN AN PHÚ
ĐẢNG ỦY XÃ BÌNH MINH
*
Số 12-CTr/ĐU

ĐẢNG CỘNG SẢN VIỆT NAM

Bình Minh, ngày 20 tháng 10 năm 2025

CHƯƠNG TRÌNH
làm việc toàn khóa của Ban Chấp hành Đảng bộ xã, nhiệm kỳ 2025 - 2030

I. CÁC NỘI DUNG TRÌNH BAN CHẤP HÀNH
1. Quý IV, năm 2025
- Nghị quyết về phát triển nông nghiệp sạch của xã.
Ủy ban nhân dân xã tham mưu, trình trong tháng 12/2025.
2. Năm 2027
2.1. Nghị quyết về xây dựng đội ngũ cán bộ cơ sở.
Ban Tổ chức Đảng ủy tham mưu, trình.
2.2. Nghị quyết về chuyển đổi số trong cơ quan Đảng.
Văn phòng Đảng ủy tham mưu, trình trong Quý III/2027.
3. Năm 2029
Sơ kết việc thực hiện các nghị quyết chuyên đề của Đảng ủy.
Ban Tổ chức Đảng ủy chủ trì, phối hợp các cơ quan liên quan.

T/M ĐẢNG ỦY
BÍ THƯ

Trần Văn Bình
"""


def test_a_work_programme_by_period_headings_schedules_the_tasks_under_them():
    """Headings that are a period alone ("2. Năm 2027", "1. Quý IV, năm 2025"), a series of them,
    lay out the schedule: a numbered task under one (or its one paragraph) without a date of its
    own takes its period; a task with its own date keeps that; the heading is no item itself."""
    items = _synthetic(_WORK_PROGRAMME)
    got = sorted(((x["start"], x["end"]), x["label"]) for x in items)
    assert [k for k, _ in got] == [
        ("2025-12", "2025-12"),  # the task's own month, not the heading's quarter
        ("2027", "2027"),  # 2.1 takes the heading's year
        ("2027-07", "2027-09"),  # 2.2 its own quarter
        ("2029", "2029"),  # the one paragraph under "3. Năm 2029"
    ]
    labels = dict(got)
    assert labels[("2027", "2027")] == "Nghị quyết về xây dựng đội ngũ cán bộ cơ sở"
    assert labels[("2029", "2029")] == "Sơ kết việc thực hiện các nghị quyết chuyên đề của Đảng ủy"


def test_period_headings_of_a_report_on_past_years_schedule_nothing():
    """The same layout recounting past years (before the document's date) is the situation, not
    a schedule."""
    text = _WORK_PROGRAMME.replace("Quý IV, năm 2025", "Năm 2023").replace("Năm 2027", "Năm 2024").replace(
        "Năm 2029", "Năm 2022").replace("12/2025", "12/2023").replace("Quý III/2027", "Quý III/2024")
    assert not any(x["start"] in ("2022", "2023", "2024") and x["start"] == x["end"] for x in _synthetic(text))


def test_period_list_items_over_numbered_dated_tasks_are_no_items_of_their_own():
    """The layout as list items ("- Năm 2027: (02 cuộc kiểm tra)") over numbered tasks that each
    give their quarter: the year restates what its tasks date, the count in parentheses is no task."""
    text = _WORK_PROGRAMME.split("I. CÁC NỘI DUNG")[0] + """II. NỘI DUNG KIỂM TRA
- Năm 2026: (02 cuộc kiểm tra)
1. Kiểm tra việc thực hiện quy chế làm việc (Giao Ban Tổ chức chủ trì trong quý II/2026).
2. Kiểm tra công tác cải cách hành chính (Giao Văn phòng chủ trì trong quý IV/2026).
- Năm 2027: (01 cuộc kiểm tra)
1. Kiểm tra việc thực hiện nghị quyết chuyên đề (Giao Ban Tổ chức chủ trì trong quý I/2027).

T/M ĐẢNG ỦY
BÍ THƯ

Trần Văn Bình
"""
    got = sorted((x["start"], x["end"]) for x in _synthetic(text))
    assert got == [("2026-04", "2026-06"), ("2026-10", "2026-12"), ("2027-01", "2027-03")]


def test_a_notice_announcing_its_window_before_its_list_is_an_item_with_its_clock_and_weekdays():
    """"Cục A có kế hoạch nâng cấp hệ thống … từ 18h00 tối Thứ Bảy ngày 22/11/2031 đến 03h00 sáng
    Chủ Nhật ngày 23/11/2031. … như sau:" — a notice without grounds: its first paragraph is no
    ground, and the window it announces (a part of the day and a weekday before each day) is one
    item; a meeting the text records before the document's date is none."""
    text = """BỘ TÀI CHÍNH
CỤC THUẾ

Số: 98/TB-CT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Hà Nội, ngày 21 tháng 11 năm 2031

THÔNG BÁO
Kế hoạch tạm dừng ứng dụng quản lý thuế

Cục Thuế có kế hoạch nâng cấp hệ thống quản lý thuế từ 18h00 tối Thứ Bảy ngày 22/11/2031 đến 03h00 sáng Chủ Nhật ngày 23/11/2031. Trong thời gian này, Cục Thuế tạm dừng các chức năng sau:
- Dừng ứng dụng quản lý thuế tập trung;
- Dừng chức năng cấp mã số thuế.

Nơi nhận:
- Thuế các tỉnh;
- Lưu: VT.

KT. CHÁNH VĂN PHÒNG
PHÓ CHÁNH VĂN PHÒNG

Phạm Văn Lai
"""
    got = [(x["start"], x["end"], x["time"]) for x in _synthetic(text)]
    assert got == [("2031-11-22", "2031-11-23", "18:00")]
    past = text.replace("22/11/2031 đến", "12/11/2031 đến").replace("ngày 23/11/2031", "ngày 13/11/2031")
    assert _synthetic(past) == []


def test_targets_under_a_heading_that_sets_their_year_restate_it():
    """"1. Phấn đấu đến cuối năm 2031 đạt các mục tiêu, chỉ tiêu sau:" over "- Chỉ tiêu 1: … đạt 50%
    vào năm 2031", "- Chỉ tiêu 2: Từ năm 2031 trở đi …": the heading's horizon is the one item; the
    targets under it restate its year. A dated task elsewhere stays."""
    text = """ỦY BAN NHÂN DÂN
TỈNH SÔNG LAM

Số: 12/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Sông Lam, ngày 18 tháng 3 năm 2031

KẾ HOẠCH
Thực hiện công tác bình đẳng giới năm 2031

I. MỤC TIÊU
1. Phấn đấu đến cuối năm 2031 đạt các mục tiêu, chỉ tiêu sau:
- Chỉ tiêu 1: Tăng tỷ lệ lao động nữ làm công hưởng lương đạt 50% vào năm 2031.
- Chỉ tiêu 2: Tỷ lệ nữ cán bộ trong diện quy hoạch ít nhất vào năm 2031 đạt 40%.
- Chỉ tiêu 3: Từ năm 2031 trở đi, 100% cơ sở giáo dục đưa nội dung về giới vào chương trình.
II. TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ tổng hợp, báo cáo kết quả trước ngày 15/12/2031.

""" + LETTER_TAIL
    got = sorted(((x["start"] or ""), (x["end"] or "")) for x in _synthetic(text))
    assert got == [("", "2031"), ("", "2031-12-15")]


def test_a_label_keeps_a_word_that_matches_a_filler_only_without_its_marks():
    """Fillers and cues are matched without tone marks (OCR drops them), but a word that bears
    other marks is another word: "Phấn đấu" before "đến năm 2030" keeps "đấu" (no "đầu"), while
    an unmarked "vao ngay" before a date still goes."""
    body = (
        "I. NHIỆM VỤ\n"
        "1. Phấn đấu đến năm 2030 diện tích rừng ngập mặn ven biển đạt 1.700 ha.\n"
        "2. Tổ chức tập huấn vao ngay 12/01/2026 tai hoi truong.\n"
    )
    got = {(x["start"], x["end"]): x["label"] for x in synth(body)}
    assert got[(None, "2030")].startswith("Phấn đấu diện tích rừng ngập mặn")
    assert got[("2026-01-12", "2026-01-12")] == "Tổ chức tập huấn"


def test_a_years_goal_told_as_reached_is_no_item():
    """"Đảng bộ đã lãnh đạo hoàn thành … các chỉ tiêu năm 2025": a result the text reports (the
    past marker a few words before the goal verb), no target; "Phấn đấu hoàn thành … năm 2026"
    and "đa dạng hóa …, hoàn thành … năm 2027" (no past marker: "đa" is no "đã") are; "kết quả
    đạt được năm 2024" names the year's results."""
    body = (
        "I. KẾT QUẢ\n"
        "Đảng bộ đã lãnh đạo hoàn thành hầu hết các chỉ tiêu, nhiệm vụ năm 2025.\n"
        "II. NHIỆM VỤ\n"
        "1. Phấn đấu hoàn thành các chỉ tiêu, nhiệm vụ năm 2026.\n"
        "2. Tăng cường đa dạng hóa nguồn lực, hoàn thành chỉ tiêu năm 2027.\n"
        "3. Đánh giá kết quả đạt được năm 2024 để rút kinh nghiệm.\n"
    )
    got = [(x["start"], x["end"]) for x in synth(body, year=2024)]
    assert ("2025", "2025") not in got and ("2026", "2026") in got and ("2027", "2027") in got
    assert ("2024", "2024") not in got  # the results a year brought ("kết quả đạt được"), no target


def test_a_phase_from_now_and_a_vision_heading_their_goals_are_items():
    """"a) Giai đoạn từ nay đến năm 2030:" over its goals and "b) Tầm nhìn đến năm 2045: <the
    vision's sentence>": the horizons the plan sets out, one item each (a section's title that
    spans its tasks, "B. NỘI DUNG … TỪ NAY ĐẾN NĂM 2030", is none)."""
    body = (
        "I. MỤC TIÊU\n"
        "a) Giai đoạn từ nay đến năm 2030:\n"
        "- Tỉnh là đô thị văn minh, hiện đại.\n"
        "b) Tầm nhìn đến năm 2045: Tỉnh là thành phố kết nối toàn cầu, có mức sống và chất lượng cuộc sống "
        "cao; kinh tế, văn hóa, xã hội phát triển toàn diện, đặc sắc và hài hòa.\n"
        "II. NHIỆM VỤ TỪ NAY ĐẾN NĂM 2030\n"
        "1. Tăng cường công tác quy hoạch đô thị.\n"
    )
    got = [(x["start"], x["end"]) for x in synth(body)]
    assert got.count((None, "2030")) == 1 and (None, "2045") in got
