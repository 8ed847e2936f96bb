"""Responsible units on real documents of the bundled corpus, through ingest → normalize →
segment → extract.

Each test pins one way Vietnamese administrative texts assign work (a numbered sub-heading that
is the unit's name, a sentence whose subject is the unit, a line naming several units, a cue such
as "Giao"/"Đề nghị", a quyết định's execution clause) and checks the provenance: the text at a
name's span, abbreviations expanded, is the name.
"""

from __future__ import annotations

import json
import re
from functools import cache

import pytest
from corpus_files import CORPUS, segmented

from pipeline import wordseg
from pipeline.evaluate import score_document
from pipeline.extract.units import extract_responsible_units
from pipeline.lexicon import expand_abbreviations
from pipeline.provenance import Prov
from pipeline.segment import Document


@cache
def run(stem: str) -> tuple[Document, list[dict], Prov]:
    doc = segmented(stem)
    prov = Prov()
    return doc, extract_responsible_units(doc, prov), prov


def names(stem: str) -> list[str]:
    return [u["name"] for u in run(stem)[1]]


def unit(stem: str, name: str) -> dict:
    hits = [u for u in run(stem)[1] if u["name"] == name]
    assert hits, (name, names(stem))
    return hits[0]


def test_numbered_heading_is_the_unit_and_its_bullets_are_tasks():
    # "1. Sở Xây dựng" / "- Chủ trì xây dựng quản lý, vận hành hệ thống …" / "- Tổ chức thực hiện …"
    u = unit("689f49d25e51cbaa", "Sở Xây dựng")
    assert len(u["tasks"]) >= 5
    assert u["tasks"][0].startswith("Chủ trì xây dựng quản lý, vận hành hệ thống thông tin")
    # a long name-only heading stays whole, verbs inside it included
    assert (
        "Các doanh nghiệp hoạt động trong lĩnh vực xây dựng, giao thông, vận tải, logistics và "
        "công nghệ thông tin trên địa bàn Tỉnh"
    ) in names("689f49d25e51cbaa")


def test_subject_before_the_verb_is_the_unit_and_the_rest_the_task():
    # "2. Sở Tài chính chủ trì, phối hợp với các Sở, ban, ngành, đơn vị và UBND cấp xã bố trí …"
    u = unit("09daab284f92e2dd", "Sở Tài chính")
    assert u["tasks"][0].startswith("Chủ trì, phối hợp với các Sở, ban, ngành")
    # "6. Giao Sở Tư pháp theo dõi, đôn đốc …;\ntham mưu sơ kết …" — cue, then a wrapped line
    tp = unit("09daab284f92e2dd", "Sở Tư pháp")
    assert tp["tasks"][0].startswith("Theo dõi, đôn đốc các cơ quan")
    assert any(t.startswith("Tham mưu sơ kết, tổng kết") for t in tp["tasks"])


def test_line_naming_several_units_yields_one_item_each_with_the_same_tasks():
    # "4. Đề nghị UBMTTQ xã, Ban xây dựng Đảng, Các đoàn thể (…), các chi hội khuyến học,
    #  các cơ sở thôn: Phối hợp vận động hội viên tham gia, tổ chức sinh hoạt chuyên đề. Phát
    #  động phong trào “Gia đình, dòng họ hiếu học”."
    want = ["Ủy ban Mặt trận Tổ quốc xã", "Ban xây dựng Đảng", "Các đoàn thể", "Các chi hội khuyến học",
            "Các cơ sở thôn"]
    got = names("000_cf76d90b2f210c6e")
    assert all(w in got for w in want), got
    tasks = {tuple(unit("000_cf76d90b2f210c6e", w)["tasks"]) for w in want}
    assert tasks == {(
        "Phối hợp vận động hội viên tham gia, tổ chức sinh hoạt chuyên đề",
        "Phát động phong trào “Gia đình, dòng họ hiếu học”",
    )}
    # the examples in parentheses are not units of their own
    assert "Hội phụ nữ" not in got and "Đoàn thanh niên" not in got


def test_collectives_and_field_names_are_not_split():
    got = names("f069c23c942c1ec6")
    # "1. Căn cứ Kế hoạch này, các Sở, ban, ngành, đoàn thể cấp tỉnh, cơ quan ngành dọc đóng
    #  trên địa bàn, Ủy ban nhân dân xã, phường xây dựng kế hoạch …"
    assert "Các Sở, ban, ngành, đoàn thể cấp tỉnh" in got
    assert "Cơ quan ngành dọc đóng trên địa bàn" in got
    assert "Ủy ban nhân dân xã, phường" in got
    assert "Sở Văn hóa, Thể thao và Du lịch" in got
    # "2.10." / "Đề nghị Viện kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh"
    assert "Viện kiểm sát nhân dân tỉnh" in got and "Tòa án nhân dân tỉnh" in got


def test_abbreviations_are_expanded():
    assert "Ủy ban Mặt trận Tổ quốc xã" in names("000_cf76d90b2f210c6e")  # UBMTTQ
    assert "Ủy ban nhân dân các xã, phường" in names("09daab284f92e2dd")  # UBND
    got = names("003_39920a9ddc44240f")  # "5.2. Trung tâm GDNN và GDTX, các cơ sở giáo dục:"
    assert "Trung tâm Giáo dục nghề nghiệp và Giáo dục thường xuyên" in got
    assert "Các cơ sở giáo dục" in got
    assert "Các Trung tâm học tập cộng đồng" in got  # "5.1. Các TTHTCD"


def test_heading_split_over_two_lines_still_opens_the_section():
    # "**IV.**" / "**PHÂN CÔNG NHIỆM VỤ**", then "1." / "Sở Công Thương:", "5. Sở" / "Khoa học …"
    got = names("62f25a030c183151")
    for w in ("Sở Công Thương", "Sở Khoa học và Công nghệ", "Công ty Điện lực Đắk Lắk",
              "Các doanh nghiệp viễn thông", "Doanh nghiệp, cộng đồng, tổ chức, cá nhân"):
        assert w in got, (w, got)


def test_decree_execution_clause():
    # "Điều 3." / "Chánh Văn phòng …; Chỉ huy trưởng …; Thủ trưởng các sở, ban, ngành; Chủ tịch
    #  Ủy ban nhân dân các xã, phường và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành …"
    assert names("ad52bc0b105a20cd") == [
        "Chánh Văn phòng Ủy ban nhân dân tỉnh", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh",
        "Thủ trưởng các sở, ban, ngành", "Chủ tịch Ủy ban nhân dân các xã, phường",
        "Các tổ chức, cá nhân có liên quan",
    ]
    assert unit("ad52bc0b105a20cd", "Thủ trưởng các sở, ban, ngành")["tasks"] == [
        "Chịu trách nhiệm thi hành Quyết định này"
    ]
    # the articles that set rules ("Sở Tài chính quyết định …") assign no work
    assert names("b1ce4a2380c2c8e3") == [
        "Thủ trưởng các cơ quan, tổ chức, đơn vị thuộc phạm vi quản lý của tỉnh Bắc Ninh",
        "Các tổ chức, cá nhân có liên quan",
    ]


def test_assignments_in_running_text_of_a_conclusion_notice():
    got = names("24701a1c97c8c368")
    # "8. Về hoạt động …: tăng số lượng …: giao Bộ Nội vụ chủ trì, phối hợp …" (after the topic)
    assert "Bộ Nội vụ" in got
    # "đề nghị các Tập đoàn: Bưu chính Viễn thông Việt Nam, Công nghiệp - Viễn thông Quân đội tổ chức …"
    assert "Tập đoàn Bưu chính Viễn thông Việt Nam" in got
    assert "Tập đoàn Công nghiệp - Viễn thông Quân đội" in got
    # "…; Bộ Khoa học và Công nghệ hướng dẫn …" — a new subject after a semicolon
    assert "Bộ Khoa học và Công nghệ" in got
    # a report of what happened ("Thủ tướng … đã đến thăm …") assigns nothing
    assert not any(n.startswith("Thủ tướng") for n in got)


def test_cited_text_and_closing_formulas_assign_nothing():
    # the quoted decree text and "Cục Thuế thông báo để các Thuế tỉnh, thành phố biết"
    assert names("28219392db3ee2e0") == ["Các Thuế tỉnh, thành phố"]
    assert names("e3cc96834c0a575f") == []


def test_provenance_spans_relocate_names_and_tasks():
    for stem in ("000_cf76d90b2f210c6e", "09daab284f92e2dd", "62f25a030c183151", "ad52bc0b105a20cd"):
        doc, units, prov = run(stem)
        body = doc.part_span("body")
        assert body is not None
        for i, u in enumerate(units):
            item = prov.spans[f"responsible_units[{i}]"]
            span = prov.spans[f"responsible_units[{i}].name"]
            assert body[0] <= item.start <= span.start < span.end <= body[1], (stem, u["name"])
            written = " ".join(doc.text[span.start : span.end].split())
            expanded = expand_abbreviations(written)
            assert expanded[:1].upper() + expanded[1:] == u["name"], (stem, written, u["name"])
            assert 0 < span.confidence <= 1
            for j, task in enumerate(u["tasks"]):
                ts = prov.spans[f"responsible_units[{i}].tasks[{j}]"]
                first = task.split()[0]
                assert doc.text[ts.start : ts.end].lstrip("-+• ").lower().startswith(first.lower()), (
                    stem, task
                )


def test_nothing_comes_from_outside_the_body():
    # Nơi nhận lists units too ("- Chi cục Hải quan khu vực XIX;"): they are not assignees
    doc, units, prov = run("24c7124ec6b2bf61")
    lo, hi = doc.part_span("body")  # type: ignore[misc]
    for i, _u in enumerate(units):
        s = prov.spans[f"responsible_units[{i}].name"]
        assert lo <= s.start and s.end <= hi


def test_wordseg_keeps_numbers_dates_and_abbreviations_whole():
    toks = wordseg.tokenize("Căn cứ Nghị định 30/2020/NĐ-CP và Kế hoạch số 14-KH/TU ngày 01/10/2025 của UBND tỉnh")
    assert "30/2020/NĐ-CP" in toks and "14-KH/TU" in toks and "01/10/2025" in toks and "UBND" in toks
    spans = wordseg.tokenize_spans("Sở GD&ĐT chủ trì,  phối hợp")
    assert [(t, a, b) for t, a, b in spans if t in ("GD&ĐT", "phối hợp")] == [("GD&ĐT", 3, 8), ("phối hợp", 19, 27)]
    before = wordseg.stats()["calls"]
    wordseg.tokenize("Sở Tài chính chủ trì")
    assert wordseg.stats()["calls"] == before + 1 and wordseg.stats()["seconds"] >= 0


@pytest.mark.skipif(not wordseg.available(), reason="underthesea not installed")
def test_wordseg_splits_words_not_syllables():
    assert "thành phố" in wordseg.tokenize("Ủy ban nhân dân thành phố lập kế hoạch")
    assert "chủ trì" in wordseg.tokenize("Sở Tài chính chủ trì, phối hợp")


def test_corpus_micro_f1():
    """Regression guard on the development gold (the project is scored on unseen documents;
    corpus/dev/pool has its own bar in test_corpus_quality)."""
    tp = fp = fn = 0
    for gold_path in sorted(CORPUS.rglob("*.gold.json")):
        if "pool" in gold_path.relative_to(CORPUS).parts:
            continue
        stem = re.sub(r"\.gold\.json$", "", gold_path.name)
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        r = score_document({"responsible_units": run(stem)[1]}, gold).lists["responsible_units"]
        tp, fp, fn = tp + r.tp, fp + r.fp, fn + r.fn
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= 0.9, (tp, fp, fn)


def test_task_table_in_columns_names_the_lead_units() -> None:
    """A plan's appendix lists its tasks in a table: the lead column's units are assigned the
    row's task; the co-operating column's are not (built here, as converters lay tables out)."""
    from corpus_files import segment_text

    rows = [("1", "Tổ chức tập huấn kỹ năng số cho cán bộ.", "Sở Nội vụ", "Các sở, ngành", "Quý I/2026"),
            ("2", "Rà soát, cập nhật cơ sở dữ liệu doanh nghiệp.", "Sở Tài chính; Cục Thuế tỉnh",
             "Ủy ban nhân dân các xã", "Năm 2026"),
            ("3", "Tổng hợp, báo cáo kết quả thực hiện.", "Văn phòng UBND tỉnh", "", "")]
    table = "\n".join(["| STT | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |",
                       "|---|---|---|---|---|", "| **I.** | **NHIỆM VỤ CHUNG** | | | |"]
                      + ["| " + " | ".join(r) + " |" for r in rows])
    text = ("ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "Số: 45/KH-UBND\n\nHà Nam, ngày 5 tháng 1 năm 2026\n\nKẾ HOẠCH\nHỗ trợ doanh nghiệp chuyển đổi số\n\n"
            "I. MỤC ĐÍCH, YÊU CẦU\n\nNâng cao năng lực số của doanh nghiệp.\n\n"
            "II. TỔ CHỨC THỰC HIỆN\n\nSở Khoa học và Công nghệ chủ trì, hướng dẫn doanh nghiệp đánh giá mức độ chuyển đổi số.\n\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn Bình\n\n"
            "PHỤ LỤC\n\nDANH MỤC NHIỆM VỤ\n\n" + table + "\n")
    doc = segment_text(text)
    units = {u["name"]: u["tasks"] for u in extract_responsible_units(doc, Prov())}
    assert set(units) == {"Sở Khoa học và Công nghệ", "Sở Nội vụ", "Sở Tài chính", "Cục Thuế tỉnh",
                          "Văn phòng Ủy ban nhân dân tỉnh"}
    assert units["Sở Nội vụ"] == ["Tổ chức tập huấn kỹ năng số cho cán bộ"]
    assert units["Cục Thuế tỉnh"] == ["Rà soát, cập nhật cơ sở dữ liệu doanh nghiệp"]


# ---------------------------------------------------------------------------- synthetic documents

_HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÀ AN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
    "Số: 12/{code}-UBND\n\nHà An, ngày 02 tháng 01 năm 2026\n\n{kind}\n{title}\n\n"
)
_TAIL = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn An\n"


def synth(body: str, kind: str = "KẾ HOẠCH", code: str = "KH", title: str = "Thực hiện nhiệm vụ năm 2026") -> list[dict]:
    """Units of a synthetic document: a fixed header and closing around ``body``."""
    from pipeline.normalize import normalize
    from pipeline.segment import segment

    doc = segment(normalize(_HEAD.format(kind=kind, code=code, title=title) + body + _TAIL).text)
    return extract_responsible_units(doc, Prov())


def synth_names(body: str, **kw: str) -> list[str]:
    return [u["name"] for u in synth(body, **kw)]


def test_plural_head_and_role_distribute_over_domain_names_with_và_and_commas():
    body = (
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.\n\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n"
        "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các sở: Giáo dục và Đào tạo, "
        "Văn hóa, Thể thao và Du lịch, Lao động - Thương binh và Xã hội; Thủ trưởng các ban, ngành "
        "cấp tỉnh chịu trách nhiệm thi hành Quyết định này./.\n"
    )
    got = synth_names(body, kind="QUYẾT ĐỊNH", code="QĐ", title="Về việc ban hành Quy chế phối hợp")
    assert got == [
        "Chánh Văn phòng Ủy ban nhân dân tỉnh",
        "Giám đốc Sở Giáo dục và Đào tạo",
        "Giám đốc Sở Văn hóa, Thể thao và Du lịch",
        "Giám đốc Sở Lao động - Thương binh và Xã hội",
        "Thủ trưởng các ban, ngành cấp tỉnh",
    ]


def test_plural_head_without_role_distributes_and_stops_at_its_semicolon():
    body = (
        "III. TỔ CHỨC THỰC HIỆN\n"
        "Giao các Sở: Tài chính, Khoa học và Công nghệ, Nông nghiệp và Môi trường; Ủy ban nhân dân "
        "các xã, phường triển khai thực hiện Kế hoạch này.\n"
    )
    assert synth_names(body) == [
        "Sở Tài chính", "Sở Khoa học và Công nghệ", "Sở Nông nghiệp và Môi trường",
        "Ủy ban nhân dân các xã, phường",
    ]


def test_a_list_of_levels_belongs_to_the_name_before_it():
    body = (
        "Điều 1. Phê duyệt Đề án.\n\n"
        "Điều 2. Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân tỉnh, thành phố "
        "trực thuộc trung ương chịu trách nhiệm thi hành Quyết định này.\n"
    )
    got = synth_names(body, kind="QUYẾT ĐỊNH", code="QĐ", title="Phê duyệt Đề án")
    assert "Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương" in got
    assert not any(n.startswith("Thành phố") for n in got)


def test_execution_clause_closing_the_document_under_its_own_article_heading():
    # "Điều 3. Tổ chức thực hiện" is an implementation heading; its only paragraph ends with
    # "./." and is still the assignment, not a closing formula
    body = (
        "Điều 1. Ban hành Quy chế.\n\nĐiều 2. Hiệu lực thi hành\nQuyết định này có hiệu lực từ ngày ký.\n\n"
        "Điều 3. Tổ chức thực hiện\n"
        "Chánh Văn phòng Ủy ban nhân dân tỉnh, Thủ trưởng các sở, ban, ngành; Chủ tịch Ủy ban nhân "
        "dân các xã, phường chịu trách nhiệm thi hành Quyết định này./.\n"
    )
    got = synth_names(body, kind="QUYẾT ĐỊNH", code="QĐ", title="Ban hành Quy chế")
    assert got == [
        "Chánh Văn phòng Ủy ban nhân dân tỉnh", "Thủ trưởng các sở, ban, ngành",
        "Chủ tịch Ủy ban nhân dân các xã, phường",
    ]


def test_members_of_a_board_are_assignees():
    body = (
        "Điều 1. Ban hành Quy chế.\n\n"
        "Điều 2. Các thành viên Ban Chỉ đạo, Thủ trưởng các cơ quan có liên quan chịu trách nhiệm "
        "thi hành Quyết định này.\n"
    )
    got = synth_names(body, kind="QUYẾT ĐỊNH", code="QĐ", title="Ban hành Quy chế")
    assert got[0] == "Các thành viên Ban Chỉ đạo"


def test_body_lexicon_keeps_every_ministry_whole_and_rejects_fragments():
    from pipeline import bodies
    from pipeline.resources import load_rules

    for dom in load_rules("bodies")["domains"]["ministries"]:
        text = f"các Bộ: Nội vụ, {dom}, Y tế"
        spans = bodies.protected_spans(text)
        if any(sep in dom for sep in (",", " và ", " - ")):
            assert (text.index(dom), text.index(dom) + len(dom)) in spans, dom
    # tone-mark placement and dash kind do not matter
    assert bodies.protected_spans("Sở Văn hoá, Thể thao và Du lịch")
    assert bodies.protected_spans("Bộ Lao động – Thương binh và Xã hội")
    assert bodies.is_fragment("Các cơ quan được")
    assert bodies.is_fragment("Báo Tin Mới ngày 14 tháng 5 năm 2018 đưa tin")
    assert not bodies.is_fragment("Sở Y tế")
    assert bodies.is_column_name("Cơ quan chủ trì")
    assert bodies.role_length("Giám đốc các sở") == len("Giám đốc")


def test_task_table_lead_column_in_pipe_rows_names_each_unit_with_the_row_task():
    body = (
        "III. TỔ CHỨC THỰC HIỆN\nCác cơ quan thực hiện các nhiệm vụ tại bảng sau.\n\n"
        "| STT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |\n"
        "|---|---|---|---|---|\n"
        "| 1 | Tổ chức diễn tập phòng thủ khu vực | Bộ CHQS tỉnh; UBND cấp xã | Công an tỉnh | Quý IV/2026 |\n"
        "| 2 | Kiểm tra công tác tuyển quân | Như trên | Sở Y tế | Năm 2026 |\n"
    )
    units = {u["name"]: u["tasks"] for u in synth(body)}
    assert units["Bộ Chỉ huy Quân sự tỉnh"] == ["Tổ chức diễn tập phòng thủ khu vực", "Kiểm tra công tác tuyển quân"]
    assert "Ủy ban nhân dân cấp xã" in units
    assert "Công an tỉnh" not in units and "Sở Y tế" not in units  # co-operating units
    assert not any(bodies_is_column(n) for n in units)


def bodies_is_column(name: str) -> bool:
    from pipeline import bodies

    return bodies.is_column_name(name)


def test_task_table_one_cell_a_line_with_section_rows():
    # the layout other converters leave: each cell on lines of its own, blank lines between,
    # rows known by their running number, section rows ("I." + title) between them
    cells = [
        "STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành",
        "I. HOÀN THIỆN THỂ CHẾ",
        "1", "Rà soát quy định về quản lý chợ", "Sở Công Thương", "Sở Tư pháp", "Tháng 6/2026",
        "2", "Xây dựng cơ sở dữ liệu\nvề chợ truyền thống", "Trung tâm Chuyển đổi số tỉnh", "Các sở, ngành",
        "Năm 2026",
        "II", "TUYÊN TRUYỀN",
        "1", "Tuyên truyền trên báo chí", "Báo Hà An", "Đài Phát thanh và Truyền hình tỉnh", "Thường xuyên",
    ]
    body = "PHỤ LỤC\nDANH MỤC NHIỆM VỤ\n\n" + "\n\n".join(cells) + "\n"
    from pipeline.normalize import normalize
    from pipeline.segment import segment

    doc = segment(normalize(_HEAD.format(kind="KẾ HOẠCH", code="KH", title="Phát triển chợ") + "I. MỤC ĐÍCH\nPhát triển chợ.\n" + _TAIL + body).text)
    (table,) = doc.tables
    assert table.roles == ("number", "task", "lead", "coop", "time")
    assert [table.get(r, "lead").text for r in table.rows] == ["Sở Công Thương", "Trung tâm Chuyển đổi số tỉnh", "Báo Hà An"]
    assert table.get(table.rows[1], "task").text == "Xây dựng cơ sở dữ liệu về chợ truyền thống"
    got = {u["name"]: u["tasks"] for u in extract_responsible_units(doc, Prov())}
    assert got["Sở Công Thương"] == ["Rà soát quy định về quản lý chợ"]
    assert "Báo Hà An" in got and "Sở Tư pháp" not in got


def test_a_list_of_procedures_with_its_agency_column_is_no_task_table():
    body = (
        "Điều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính.\n\n"
        "| TT | Tên thủ tục hành chính | Lĩnh vực | Cơ quan thực hiện |\n"
        "| 1 | Cấp giấy phép môi trường | Môi trường | Sở Nông nghiệp và Môi trường |\n\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
    )
    got = synth_names(body, kind="QUYẾT ĐỊNH", code="QĐ", title="Công bố thủ tục hành chính")
    assert "Sở Nông nghiệp và Môi trường" not in got


def test_long_execution_clause_wrapped_over_semicolon_lines_names_every_unit():
    # an execution clause longer than the analysis window, its lines ending in ";"
    body = (
        "Điều 1. Ban hành Quy định.\n\nĐiều 2. Trách nhiệm thi hành\n\n"
        "Chánh Văn phòng Ủy ban nhân dân\nthành phố; Giám đốc các Sở: Tài chính, Tư pháp, Nông nghiệp và Môi "
        "trường, Công\nThương; Thủ trưởng các cơ quan chuyên môn, đơn vị trực thuộc Ủy ban nhân dân\nthành phố; "
        "Giám đốc Công an thành phố; Chủ tịch Ủy ban nhân dân các xã, phường;\nThủ trưởng các cơ quan, tổ chức, "
        "cá nhân; Thủ trưởng các cơ quan Trung ương được\ntổ chức theo hệ thống ngành dọc tại địa phương có liên "
        "quan chịu trách nhiệm\nthi hành Quyết định này./.\n"
    )
    got = synth_names(body, kind="QUYẾT ĐỊNH", code="QĐ", title="Ban hành Quy định")
    assert got == [
        "Chánh Văn phòng Ủy ban nhân dân thành phố", "Giám đốc Sở Tài chính", "Giám đốc Sở Tư pháp",
        "Giám đốc Sở Nông nghiệp và Môi trường", "Giám đốc Sở Công Thương",
        "Thủ trưởng các cơ quan chuyên môn, đơn vị trực thuộc Ủy ban nhân dân thành phố",
        "Giám đốc Công an thành phố", "Chủ tịch Ủy ban nhân dân các xã, phường",
        "Thủ trưởng các cơ quan, tổ chức, cá nhân",
        "Thủ trưởng các cơ quan Trung ương được tổ chức theo hệ thống ngành dọc tại địa phương có liên quan",
    ]


def test_a_cataphoric_group_before_its_list_is_no_unit():
    body = (
        "III. TỔ CHỨC THỰC HIỆN\nGiao các cơ quan, đơn vị sau thực hiện:\n"
        "- Sở Tài chính: bố trí kinh phí;\n- Sở Nội vụ: hướng dẫn thi đua, khen thưởng;\n"
    )
    assert synth_names(body) == ["Sở Tài chính", "Sở Nội vụ"]


def test_bare_heads_after_a_collective_belong_to_it():
    body = (
        "Điều 1. Ban hành Quy chế.\n\n"
        "Điều 2. Chánh Văn phòng Bộ, Thủ trưởng các Vụ, Cục, đơn vị có liên quan chịu trách nhiệm thi hành "
        "Quyết định này.\n"
    )
    got = synth_names(body, kind="QUYẾT ĐỊNH", code="QĐ", title="Ban hành Quy chế")
    assert got == ["Chánh Văn phòng Bộ", "Thủ trưởng các Vụ, Cục, đơn vị có liên quan"]


def test_a_bare_collective_introducing_a_lettered_list_is_no_unit():
    body = (
        "III. TỔ CHỨC THỰC HIỆN\nĐề nghị các cơ quan, đơn vị:\n"
        "a) Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh: phối hợp tuyên truyền;\n"
        "b) Liên đoàn Lao động tỉnh: chỉ đạo công đoàn cơ sở.\n"
    )
    assert synth_names(body) == ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Liên đoàn Lao động tỉnh"]


def test_units_as_bold_paragraphs_without_numbers():
    body = (
        "III. TỔ CHỨC THỰC HIỆN\n\n"
        "**Sở Y tế**\n\n- Chủ trì hướng dẫn phòng chống dịch.\n- Báo cáo kết quả.\n\n"
        "**Công an tỉnh**\n\n- Bảo đảm an ninh trật tự.\n\n"
        "**UBND các xã, phường**\n\n- Tổ chức thực hiện tại địa phương.\n"
    )
    got = {u["name"]: u["tasks"] for u in synth(body)}
    assert got == {
        "Sở Y tế": ["Chủ trì hướng dẫn phòng chống dịch", "Báo cáo kết quả"],
        "Công an tỉnh": ["Bảo đảm an ninh trật tự"],
        "Ủy ban nhân dân các xã, phường": ["Tổ chức thực hiện tại địa phương"],
    }


def test_a_header_cell_of_an_unread_table_is_no_unit():
    # a table whose layout the model cannot read (no running numbers): its header cells stand on
    # lines of their own in the implementation section
    body = (
        "III. TỔ CHỨC THỰC HIỆN\n\nNhiệm vụ\n\nCơ quan chủ trì\n\nCơ quan phối hợp\n\n"
        "Tuyên truyền pháp luật\n\nSở Tư pháp\n\nCác sở, ngành\n\n"
        "4. Cơ quan phối hợp có trách nhiệm trả lời bằng văn bản trong 05 ngày.\n"
    )
    got = synth_names(body)
    assert "Cơ quan chủ trì" not in got
    assert "Cơ quan phối hợp" in got


def test_a_line_ending_in_a_head_word_goes_on_with_its_name():
    # "Điều 3. Các thành viên Ban" / "Chỉ đạo, Bộ trưởng, …": the next line opens with what reads
    # as a verb ("chỉ đạo") but continues the name
    body = (
        "Điều 1. Ban hành Quy chế.\n\nĐiều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n\n"
        "Điều 3. Các thành viên Ban\nChỉ đạo, Bộ trưởng, Thủ trưởng cơ quan ngang bộ chịu trách nhiệm thi hành "
        "Quyết định này.\n"
    )
    got = synth_names(body, kind="QUYẾT ĐỊNH", code="QĐ", title="Ban hành Quy chế")
    assert got == ["Các thành viên Ban Chỉ đạo", "Bộ trưởng", "Thủ trưởng cơ quan ngang bộ"]


def test_a_dash_item_naming_a_unit_with_plus_items_below_assigns_them():
    body = (
        "II. NHIỆM VỤ, GIẢI PHÁP\n1. Hoàn thiện thể chế\n\n"
        "- Bộ Công Thương\n\n+ Ban hành chính sách thúc đẩy công nghiệp tái chế.\n\n"
        "+ Hướng dẫn doanh nghiệp thu hồi sản phẩm thải bỏ.\n\n"
        "- Bộ Xây dựng\n\n+ Ban hành quy định về phương tiện thu gom rác thải.\n\n"
        "III. TỔ CHỨC THỰC HIỆN\n1. Bộ trưởng các bộ chịu trách nhiệm thi hành Quyết định này.\n"
    )
    got = {u["name"]: u["tasks"] for u in synth(body, kind="QUYẾT ĐỊNH", code="QĐ", title="Ban hành Kế hoạch")}
    assert got["Bộ Công Thương"] == [
        "Ban hành chính sách thúc đẩy công nghiệp tái chế", "Hướng dẫn doanh nghiệp thu hồi sản phẩm thải bỏ",
    ]
    assert got["Bộ Xây dựng"] == ["Ban hành quy định về phương tiện thu gom rác thải"]


def test_pipe_rows_as_docx_and_html_write_them_with_a_title_row_above_the_header():
    from pipeline.normalize import normalize
    from pipeline.segment import column_role, segment

    # pipeline/formats/tables.py writes a data table as "a | b | c" lines, without outer pipes
    body = (
        "III. TỔ CHỨC THỰC HIỆN\n"
        "DANH MỤC NHIỆM VỤ NĂM 2026 | | | \n"
        "TT | Tên nhiệm vụ/đề án | Cơ quan, đơn vị chủ trì | Thời hạn hoàn thành\n"
        "1 | Xây dựng đề án vị trí việc làm | Sở Nội vụ | Tháng 6/2026\n"
        "2 | Tổng kết công tác cải cách hành chính | Văn phòng Ủy ban nhân dân tỉnh | Quý IV/2026\n"
    )
    doc = segment(normalize(_HEAD.format(kind="KẾ HOẠCH", code="KH", title="Cải cách hành chính") + body + _TAIL).text)
    (table,) = doc.tables
    assert table.roles == ("number", "task", "lead", "time")
    assert [table.get(r, "lead").text for r in table.rows] == ["Sở Nội vụ", "Văn phòng Ủy ban nhân dân tỉnh"]
    assert column_role("Thời gian dự kiến hoàn thành") == "time" and column_role("Ghi chú") is None
    got = {u["name"]: u["tasks"] for u in extract_responsible_units(doc, Prov())}
    assert got["Sở Nội vụ"] == ["Xây dựng đề án vị trí việc làm"]


@pytest.mark.parametrize("fmt", ["docx", "html"])
def test_task_table_of_a_docx_or_html_document_is_read_end_to_end(tmp_path, fmt):
    from corpus_files import corpus_tool

    from pipeline.extractor import extract_file

    twins = corpus_tool("formats")
    text = _HEAD.format(kind="KẾ HOẠCH", code="KH", title="Cải cách hành chính năm 2026") + (
        "III. TỔ CHỨC THỰC HIỆN\n\nCác cơ quan, đơn vị thực hiện nhiệm vụ theo bảng dưới đây.\n"
    ) + _TAIL
    rows = [
        ("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"),
        ("1", "Rà soát thủ tục hành chính", "Sở Tư pháp; UBND cấp xã", "Sở Nội vụ", "Tháng 4, tháng 8/2026"),
        ("2", "Số hóa hồ sơ, kết quả giải quyết", "Trung tâm Phục vụ hành chính công tỉnh", "Các sở, ngành", "Quý IV/2026"),
    ]
    lay = twins.layout(text)
    data = twins.make_docx(lay, data_table=rows) if fmt == "docx" else twins.make_html(lay, data_table=rows)
    f = tmp_path / f"kh.{fmt}"
    f.write_bytes(data)
    rec = extract_file(f)
    units = {u["name"]: u["tasks"] for u in rec.model_dump()["responsible_units"]}
    assert units["Sở Tư pháp"] == ["Rà soát thủ tục hành chính"]
    assert "Ủy ban nhân dân cấp xã" in units and "Sở Nội vụ" not in units
    assert units["Trung tâm Phục vụ hành chính công tỉnh"] == ["Số hóa hồ sơ, kết quả giải quyết"]
    got = [(t["start"], t["end"], t["label"]) for t in rec.model_dump()["timeline"]]
    assert got == [
        ("2026-04", "2026-04", "Rà soát thủ tục hành chính"), ("2026-08", "2026-08", "Rà soát thủ tục hành chính"),
        ("2026-10", "2026-12", "Số hóa hồ sơ, kết quả giải quyết"),
    ]


def test_pdf_text_layer_table_with_merged_header_cells_and_wrapped_cell_lines():
    from pipeline.normalize import normalize
    from pipeline.segment import segment

    # what a PDF's text layer gives: neighbouring header cells run together, a wrapped cell's
    # second line as a short row of its own
    body = (
        "III. TỔ CHỨC THỰC HIỆN\n"
        "STT Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp Thời gian\n"
        "1 | Rà soát thủ tục | Sở Tư pháp | Sở Nội vụ | Tháng 4, tháng\n"
        "hành chính | Ủy ban nhân dân | 8/2026\n"
        "2 | Số hóa hồ sơ | Công an tỉnh | Các sở, ngành | Quý IV/2026\n"
    )
    doc = segment(normalize(_HEAD.format(kind="KẾ HOẠCH", code="KH", title="Cải cách hành chính") + body + _TAIL).text)
    (table,) = doc.tables
    assert table.roles == ("number", "task", "lead", "coop", "time")
    assert [[c.text for c in r][:3] for r in table.rows] == [["1", "Rà soát thủ tục", "Sở Tư pháp"], ["2", "Số hóa hồ sơ", "Công an tỉnh"]]
    assert [u["name"] for u in extract_responsible_units(doc, Prov())] == ["Sở Tư pháp", "Công an tỉnh"]


def test_field_labels_and_forecasts_are_no_units():
    body = (
        "Điều 1. Phê duyệt nhiệm vụ lập quy hoạch với các nội dung sau:\n"
        "- Cơ quan chủ trì thẩm định và trình duyệt: Bộ Văn hóa, Thể thao và Du lịch.\n"
        "- Cơ quan tổ chức lập quy hoạch: Ủy ban nhân dân tỉnh Hà An.\n\n"
        "Điều 2. Tổ chức thực hiện\n"
        "1. Ủy ban nhân dân tỉnh Hà An có trách nhiệm bố trí kinh phí lập quy hoạch.\n"
        "2. Công ty mới sẽ sở hữu mạng lưới cửa hàng tại 50 tỉnh.\n\n"
        "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.\n"
    )
    got = synth_names(body, kind="QUYẾT ĐỊNH", code="QĐ", title="Phê duyệt nhiệm vụ lập quy hoạch")
    assert "Cơ quan chủ trì" not in got and "Cơ quan tổ chức" not in got
    assert not any("sẽ" in n for n in got)
    assert "Ủy ban nhân dân tỉnh Hà An" in got


def test_an_implementation_article_holds_its_clauses_and_ends_at_the_next_article():
    body = (
        "Điều 1. Sắp xếp các đơn vị hành chính cấp xã.\n\n"
        "Điều 2. Trách nhiệm thi hành\n"
        "1. Chính phủ, Hội đồng nhân dân, Ủy ban nhân dân tỉnh Hà An có trách nhiệm tổ chức thi hành Nghị quyết này.\n"
        "2. Hội đồng Dân tộc, các Ủy ban của Quốc hội trong phạm vi nhiệm vụ, quyền hạn của mình giám sát việc "
        "thực hiện Nghị quyết này.\n\n"
        "Điều 3. Hiệu lực thi hành\n1. Nghị quyết này có hiệu lực từ ngày 01 tháng 7 năm 2026.\n"
        "2. Cơ quan nhà nước tiếp tục hoạt động cho đến ngày 01 tháng 7 năm 2026.\n\n"
        "- Chính phủ; - Ban Tổ chức Trung ương; - Kiểm toán nhà nước; - Lưu: HC.\n"
    )
    got = synth_names(body, kind="NGHỊ QUYẾT", code="NQ", title="Về việc sắp xếp các đơn vị hành chính cấp xã")
    # "Hội đồng nhân dân, Ủy ban nhân dân tỉnh Hà An": the bare council shares the locality
    assert got == ["Chính phủ", "Hội đồng nhân dân tỉnh Hà An", "Ủy ban nhân dân tỉnh Hà An", "Hội đồng Dân tộc",
                   "Các Ủy ban của Quốc hội"]


# ---------------------------------------------------------------- synthetic: a letter without an implementation section

_LETTER = """ỦY BAN NHÂN DÂN
TỈNH AN PHÚ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 2345/UBND-KT
V/v tăng cường phòng, chống dịch bệnh gia súc
An Phú, ngày 10 tháng 3 năm 2026

Kính gửi:
- Các sở, ban, ngành tỉnh;
- Ủy ban nhân dân các xã, phường.

Thời gian qua, dịch bệnh gia súc diễn biến phức tạp trên địa bàn tỉnh. Để chủ động phòng, chống dịch, Ủy ban nhân dân tỉnh yêu cầu:

1. Sở Nông nghiệp và Môi trường: Chủ trì theo dõi tình hình dịch bệnh, hướng dẫn các địa phương triển khai biện pháp phòng, chống.

2. Công an tỉnh chủ trì kiểm tra, xử lý việc vận chuyển gia súc trái phép.

3. Sở Tài chính tham mưu bố trí kinh phí phòng, chống dịch.

4. Ủy ban nhân dân các xã, phường:
a) Tổ chức tiêm phòng cho đàn gia súc.
b) Báo cáo kết quả về Sở Nông nghiệp và Môi trường.

- Bộ Chỉ huy Quân sự tỉnh, Ban Chỉ huy Bộ đội Biên phòng tỉnh: phối hợp kiểm soát khu vực biên giới.

Giao Sở Xây dựng hướng dẫn xây dựng chuồng trại bảo đảm an toàn.

Đề nghị Bộ Nông nghiệp và Môi trường hỗ trợ vắc xin cho tỉnh.

Yêu cầu Thủ trưởng các sở, ban, ngành, Chủ tịch Ủy ban nhân dân các xã, phường nghiêm túc thực hiện./.

Nơi nhận:
- Như trên;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn C
"""


def _synthetic_units(text: str) -> dict[str, list[str]]:
    from corpus_files import segment_text

    from pipeline.provenance import Prov

    return {u["name"]: u["tasks"] for u in extract_responsible_units(segment_text(text), Prov())}


def test_letter_without_implementation_section_assigns_in_its_numbered_paragraphs():
    got = _synthetic_units(_LETTER)
    assert list(got) == [
        "Sở Nông nghiệp và Môi trường",
        "Công an tỉnh",
        "Sở Tài chính",
        "Ủy ban nhân dân các xã, phường",
        "Bộ Chỉ huy Quân sự tỉnh",
        "Ban Chỉ huy Bộ đội Biên phòng tỉnh",
        "Sở Xây dựng",
        "Bộ Nông nghiệp và Môi trường",
    ]
    # a unit's lettered items below its numbered paragraph are its tasks
    assert got["Ủy ban nhân dân các xã, phường"] == [
        "Tổ chức tiêm phòng cho đàn gia súc",
        "Báo cáo kết quả về Sở Nông nghiệp và Môi trường",
    ]
    # the closing paragraph that asks only for the closing formula ("Yêu cầu Thủ trưởng …
    # nghiêm túc thực hiện./.") assigns no work (the owner's gold: seeds 001, 004; dev 6bac…)
    assert "Thủ trưởng các sở, ban, ngành" not in got


def test_closing_paragraph_with_a_real_task_still_assigns():
    text = _LETTER.replace("nghiêm túc thực hiện./.", "báo cáo kết quả trước ngày 30/6/2026./.")
    got = _synthetic_units(text)
    assert "Thủ trưởng các sở, ban, ngành" in got


def test_numbered_topics_are_no_directive_run():
    # numbered paragraphs that open with topics, not units: nothing is walked as a section
    text = _LETTER.replace("1. Sở Nông nghiệp và Môi trường: Chủ trì", "1. Về công tác giám sát: Sở Nông nghiệp và Môi trường chủ trì")
    text = text.replace("4. Ủy ban nhân dân các xã, phường:\na)", "4. Về tiêm phòng:\na)").replace("2. Công an tỉnh chủ trì", "2. Về kiểm soát: tăng cường")
    got = _synthetic_units(text)
    assert "Ủy ban nhân dân các xã, phường" not in got and "Sở Tài chính" in got


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # the plural with the Government's kinds after it is one class (the central ministries
        # and agencies) ahead of named bodies …
        ("Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ: thực hiện nghiêm túc.",
         ["Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ"]),
        ("Các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương: rà soát quy hoạch.",
         ["Các bộ, cơ quan ngang bộ", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]),
        # … but a list that goes on naming kinds one by one enumerates: one unit each
        ("Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân cấp tỉnh, trường cao đẳng: "
         "thực hiện nghiêm túc.",
         ["Các Bộ", "Cơ quan ngang Bộ", "Cơ quan thuộc Chính phủ", "Ủy ban nhân dân cấp tỉnh", "Trường cao đẳng"]),
        ("Sở Giáo dục và Đào tạo, trường cao đẳng: phối hợp tổ chức tuyển sinh.",
         ["Sở Giáo dục và Đào tạo", "Trường cao đẳng"]),
        # a bare role takes the named body of the role after it
        ("Tổng giám đốc, Giám đốc Quỹ: tổ chức thực hiện.", ["Tổng giám đốc Quỹ", "Giám đốc Quỹ"]),
        ("Chủ tịch Quỹ, Kiểm soát viên: giám sát hoạt động của Quỹ.", ["Chủ tịch Quỹ", "Kiểm soát viên"]),
        # kinds of one class after a plural stay one unit
        ("Các Tập đoàn, Tổng Công ty nhà nước: xây dựng kế hoạch.", ["Các Tập đoàn, Tổng Công ty nhà nước"]),
        ("Chủ tịch Ủy ban nhân dân các xã, phường: chỉ đạo thực hiện.", ["Chủ tịch Ủy ban nhân dân các xã, phường"]),
        ("Các sở, ban, ngành: phối hợp thực hiện.", ["Các sở, ban, ngành"]),
        ("Ban Tuyên giáo và Dân vận các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương: hướng dẫn tuyên truyền.",
         ["Ban Tuyên giáo và Dân vận các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương"]),
        # a name keeps its locality; joined by "và", both take it
        ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương: chỉ đạo thực hiện.",
         ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]),
        ("Đoàn đại biểu Quốc hội và đại biểu Quốc hội tỉnh Lai Châu: tiếp xúc cử tri.",
         ["Đoàn đại biểu Quốc hội tỉnh Lai Châu", "Đại biểu Quốc hội tỉnh Lai Châu"]),
        ("Bộ trưởng các Bộ, ngành có liên quan: chỉ đạo thực hiện.", ["Bộ trưởng các Bộ, ngành có liên quan"]),
        # an inspection team's roles and the inspected unit
        ("Trưởng đoàn, Phó Trưởng đoàn: chỉ đạo hoạt động của Đoàn kiểm tra.", ["Trưởng đoàn", "Phó Trưởng đoàn"]),
        ("Thư ký đoàn: tổng hợp báo cáo.", ["Thư ký đoàn"]),
        ("Đơn vị được kiểm tra: chuẩn bị hồ sơ, tài liệu.", ["Đơn vị được kiểm tra"]),
    ],
)
def test_a_line_names_one_unit_per_head_and_a_class_once(line: str, names: list[str]):
    from pipeline.extract.units import _analyse

    f = _analyse(line, "line", False)
    assert f is not None and [n for n, _a, _b in f.names] == names


def test_a_title_naming_its_own_office_shares_no_body():
    from pipeline.extract.units import _analyse

    f = _analyse("Chánh Văn phòng, Cục trưởng Cục Quản lý chất lượng: tổ chức thực hiện.", "line", False)
    assert f is not None and [n for n, _a, _b in f.names] == ["Chánh Văn phòng", "Cục trưởng Cục Quản lý chất lượng"]


def test_a_body_and_its_chiefs_are_two_units_and_a_duty_scope_is_no_name():
    text = _LETTER.replace(
        "3. Sở Tài chính tham mưu bố trí kinh phí phòng, chống dịch.",
        "3. Các Bộ trưởng chỉ đạo rà soát.\n\n4. Các bộ, cơ quan ngang bộ trong phạm vi nhiệm vụ, quyền hạn của mình có trách nhiệm hướng dẫn địa phương.",
    ).replace("4. Ủy ban nhân dân các xã, phường:", "5. Ủy ban nhân dân các xã, phường:")
    got = _synthetic_units(text)
    # the chiefs and their bodies are two units; the bodies' class is one ("the ministries and
    # ministry-level agencies") and its duty scope is no part of the name
    assert "Các Bộ trưởng" in got and "Các bộ, cơ quan ngang bộ" in got


_CONCLUSIONS = """VĂN PHÒNG CHÍNH PHỦ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 130/TB-VPCP
Hà Nội, ngày 20 tháng 11 năm 2025

THÔNG BÁO
Kết luận của Phó Thủ tướng tại buổi làm việc với tỉnh An Phú

Ngày 14/11/2025, Phó Thủ tướng đã làm việc với lãnh đạo tỉnh An Phú. Sau khi nghe báo cáo, Phó Thủ tướng kết luận như sau:

1. Đánh giá chung
Tỉnh An Phú đã đạt nhiều kết quả quan trọng. Bên cạnh đó, tỉnh An Phú cần khắc phục một số hạn chế.

2. Về nhiệm vụ, giải pháp thời gian tới
Đề nghị tỉnh An Phú tập trung hoàn thiện bộ máy chính quyền địa phương hai cấp, bảo đảm hoạt động thông suốt.
Tỉnh An Phú cần quan tâm bố trí nguồn lực cho cấp xã.

3. Về các kiến nghị của tỉnh
a) Về vốn đầu tư công: giao Bộ Tài chính tổng hợp, báo cáo Thủ tướng Chính phủ.
"""


def test_notice_of_conclusions_addresses_a_province_after_its_cue():
    got = _synthetic_units(_CONCLUSIONS)
    assert list(got) == ["Tỉnh An Phú", "Bộ Tài chính"]
    # among the tasks "Tỉnh An Phú cần …" is one more duty of the province (settled reading of
    # the contract); in the appraisal section the same grammar assigns nothing
    assert got["Tỉnh An Phú"] == ["Tập trung hoàn thiện bộ máy chính quyền địa phương hai cấp, bảo đảm hoạt động thông suốt",
                                  "Cần quan tâm bố trí nguồn lực cho cấp xã"]
