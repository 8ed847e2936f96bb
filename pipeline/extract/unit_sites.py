"""Where a document assigns work, beyond the sections :mod:`units` finds by their headings.

Kept apart from :mod:`units` (which reads the names) so that each new place where units are
found is one small function here: a part lettered in capitals ("B. NHIỆM VỤ" / "D. TỔ CHỨC
THỰC HIỆN"), whose implementation part is read like a Roman-numbered one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..defined_names import DEFINING_BRACKET, plain_words
from ..resources import load_rules
from ..segment import Document
from ..textutil import is_upper_line, phrases_alternation
from .closing import kinh_gui_semicolons

# "D. TỔ CHỨC THỰC HIỆN": a plan's parts lettered in capitals above its Roman sections (asked
# only of a line the segmenter did not read as a heading: "I." and "V." stay Roman numbers)
_LETTER_PART = re.compile(r"\s*(?P<m>[A-ZĐ][.)])\s+(?P<t>\S.*)$")


def letter_part(text: str) -> tuple[str, str, int] | None:
    """(marker, title, level 0) for a part lettered in capitals whose title is in capitals, or
    is the implementation part's title in any case."""
    m = _LETTER_PART.match(text)
    if m is None:
        return None
    title = m.group("t").strip()
    if len(title) > 120 or len(title.split()) < 2:
        return None
    if not is_upper_line(title):
        from . import units as u

        if not u._is_impl_title(title):
            return None  # ("D. Tổ chức thực hiện" in sentence case is still the part)
    return m.group("m"), title, 0


@lru_cache(maxsize=8)
def _label_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """A field label alone ("Cơ quan chủ trì", "Chủ trì thực hiện:") or with its value after a
    colon ("Cơ quan chủ trì: Sở A; Sở B"); several labels joined ("Cơ quan chủ trì, phối hợp")."""
    alt = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    more = r"(?:\s*(?:,|và)\s*(?:phối\s+hợp|thực\s+hiện|" + alt + "))*"
    return re.compile(rf"^\s*(?:{alt}){more}\s*(?::\s*(?P<v>.*?))?\s*\.?\s*$", re.IGNORECASE | re.DOTALL)


def is_field_label(title: str) -> bool:
    """A task's field label ("Cơ quan chủ trì, phối hợp", "Thời gian thực hiện: …"): a heading
    that names a body's kind, not a unit."""
    from . import units as u

    lex = u._lex()
    return _label_pattern((*lex.table_lead, *lex.table_other)).match(title) is not None


def _next_field(lex: object) -> re.Pattern[str]:
    alt = "|".join(re.escape(p) for p in (*lex.table_lead, *lex.table_other))  # type: ignore[attr-defined]
    return re.compile(rf"(?:[;.]\s*|\s)(?:[a-zđ]\)\s*)?(?:{alt})\b", re.IGNORECASE)


def _topic_above(lls: list, k: int) -> int | None:
    """The heading whose task a lead label's units are given: the nearest heading above the
    label of a higher rank that is no label itself ("VII. MỞ RỘNG HỢP TÁC …" / "1. Nội dung" /
    "2. Cơ quan chủ trì, phối hợp" / "a) Cơ quan chủ trì")."""
    from . import units as u  # (units calls this module: imported when first used)

    fields = _label_pattern((*u._lex().table_lead, *u._lex().table_other))
    level = lls[k].level if lls[k].kind == "heading" else 99
    for j in range(k - 1, max(-1, k - 80), -1):
        ll = lls[j]
        if ll.kind != "heading" or ll.level >= level:
            continue
        if fields.match(ll.content):
            level = ll.level  # "2. Cơ quan chủ trì, phối hợp": the group of fields
            continue
        if u._unit_initial(ll.content) and not is_upper_line(ll.content):
            return None  # a unit's own section: its tasks are read there
        return j
    return None


def scan_lead_lists(col: object, lls: list) -> None:
    """A task's lead bodies written as a list under a label — "a) Cơ quan chủ trì" / "- Sở A." /
    "- Sở B; Sở C." (or "Cơ quan chủ trì: Sở A; Sở B" on the label's line) — in a plan whose
    tasks are sections ("1. Nội dung, biện pháp" / "2. Cơ quan chủ trì, phối hợp"): each body
    named is a unit, given the task of the section above. The co-operating bodies' list ("b)
    Cơ quan phối hợp") ends the lead's and names no unit."""
    from . import units as u

    lex = u._lex()
    lead = _label_pattern(lex.table_lead)
    other = _label_pattern(lex.table_other)
    for k, ll in enumerate(lls):
        m = lead.match(ll.content)
        if m is None:
            continue
        value = m.group("v") or ""
        label = ll.content[: m.start("v")] if m.group("v") is not None else ll.content
        if "," in label or re.search(r"\svà\s", label):
            continue  # "Cơ quan chủ trì, phối hợp": a group of fields, no list of its own
        if value.strip() and (ll.kind == "bullet" or k == 0 or lls[k - 1].kind != "heading"
                              or not is_field_label(lls[k - 1].content)):
            continue  # "- Chủ trì: Sở A" under its task: the task table's own field, read there
        nf = _next_field(lex).search(value)
        if nf is not None:
            value = value[: nf.start()]  # "…: Sở A; b) Cơ quan phối hợp: …" on one line
        base = ll.start + ll.body + m.start("v")
        names = list(u._lead_names(value, 0)) if value.strip() else []
        spans = [(n, base + a, base + b, ll) for n, a, b in names]
        j = k + 1
        if not value.strip():
            while j < len(lls) and lls[j].kind != "heading" and j - k <= 12:
                item = lls[j]
                c = item.content
                # a body's name ("Sở A", "Các quân khu; các tỉnh"), not a task ("Tổ chức …")
                if lead.match(c) or other.match(c) or len(c) > 200 or u._starts_task(c) \
                        or not (u._unit_initial(c) or item.kind == "bullet" and c.startswith("Các ")):
                    break
                off = item.start + item.body
                spans += [(n, off + a, off + b, item) for n, a, b in u._lead_names(c.rstrip(" .;"), 0)]
                j += 1
        t = _topic_above(lls, k)
        if not spans or t is None:
            continue
        top = lls[t]
        tasks = u._tasks(top.content, top.start + top.body)
        # a title in capitals is a task as a sentence once its case is a sentence's
        tasks = [(x[:1] + x[1:].lower() if is_upper_line(x) else x, a, b) for x, a, b in tasks]
        for name, a, b, item in spans:
            if not u._is_unit_name(name) or u.bodies.is_column_name(name):
                continue
            unit = col.add(name, (a, b), (item.start, item.end), 0.65, "lead-list")  # type: ignore[attr-defined]
            u._extend(unit, tasks, unit.block[1])


@lru_cache(maxsize=1)
def _articles() -> dict[str, re.Pattern[str]]:
    """The patterns of rules/unit_sites.toml [articles]."""
    r = load_rules("unit_sites")["articles"]
    return {
        # "X yêu cầu Chính phủ, Thủ tướng Chính phủ … các nhiệm vụ sau đây:" (a verb, a body
        # after it — "yêu cầu về năng lực" is a noun — and the list announced)
        "hands": re.compile(
            rf"(?:^|\s)(?i:{phrases_alternation(r['handing'])})\s+(?:cho\s+)?(?:các\s|[A-ZĐÀ-Ỹ])[^:;]{{0,300}}?\s"
            rf"(?:{phrases_alternation(r['list_follows'])})\s*:\s*$"
        ),
        # "Giao Bộ A: …", or the giver first and the list after its colon ("Điều 3. Hội đồng
        # nhân dân tỉnh giao:" / "1. Thường trực …")
        "gives": re.compile(
            rf"^\s*(?:{phrases_alternation(r['giving'])})\s+(?=\S)"
            rf"|^[^:;.]{{2,90}}?\s(?i:{phrases_alternation(r['giving'])})\s*:\s*$"
            # … or the giver first and the body given the work right after the verb ("Điều 3.
            # Hội đồng nhân dân tỉnh giao cho Ủy ban nhân dân tỉnh tổ chức thực hiện.")
            rf"|^[A-ZĐÀ-Ỹ][^:;.]{{2,90}}?\s(?:{phrases_alternation(r['giving_after'])})\s+(?=[A-ZĐÀ-Ỹ])"
        ),
        "asks": re.compile(rf"^\s*(?:{phrases_alternation(r['asking'])})\s+(?=[A-ZĐÀ-Ỹ]|các\s)"),
        "leads": re.compile(rf"^(?:{phrases_alternation(r['leading'])})(?:[\s,]|$)", re.IGNORECASE),
        # the task is carrying out the document itself ("… triển khai thực hiện Quyết định …")
        "document": re.compile(
            rf"(?:{phrases_alternation(r['carry_verbs'])})\s+(?:các\s+)?(?:{phrases_alternation(r['document_types'])})\b"
        ),
    }


def hands_over_list(sentence: str) -> bool:
    """Whether the sentence asks bodies to carry out the list that follows it: where only
    execution clauses assign work (a decision's or a resolution's articles set rules), such a
    sentence assigns it too."""
    tail = sentence[-400:]
    # (the pattern ends with the colon that announces the list: a sentence ending otherwise is
    # not searched)
    return tail.rstrip().endswith(":") and _articles()["hands"].search(tail) is not None


def may_assign_outright(paragraph: str) -> bool:
    """Cheap test before the sentences are read: the paragraph may give work outright."""
    return bool(_articles()["gives"].match(paragraph)) or "chủ trì" in paragraph or "trách nhiệm" in paragraph


def assigns_outright(sentence: str, found: object, opens_article: bool = False) -> bool:
    """Where a decision's or a resolution's articles set rules and only its execution clause
    names units, an article still assigns work when it opens with the giving word before a body,
    makes a body the lead of a task or charges it ("có trách nhiệm"); a body that only decides or acts under a rule ("Sở A
    quyết định …") is not assigned."""
    if found is None:
        return False
    how, task_at = found.how, found.task_at  # type: ignore[attr-defined]
    if any("trách nhiệm" in n for n, _a, _b in found.names):  # type: ignore[attr-defined]
        return False  # "Sở A có trách nhiệm chủ trì …" read past its charge: the name is not sure
    if how in ("cue", "colon"):
        return bool(_articles()["gives"].match(sentence))
    if how != "subject" or task_at is None:
        return False
    from . import units as u

    # … or, as the sentence an article opens with, charges it by the formula ("Điều 2. Sở A có
    # trách nhiệm xây dựng kế hoạch …"; a numbered clause so worded sets a rule of conduct)
    task = sentence[task_at:].lstrip()
    return bool(_articles()["leads"].match(task)) or (opens_article and u._charged(task))


def walk_giving_clauses(col: object, lls: list, in_region: list[bool], doc: Document) -> None:
    """A decision's or a resolution's clauses that give work outright, with the points below
    them ("2. Giao Bộ A:" / "a) Chủ trì …" / "b) …"; "Điều 3. Phân công Phó Chủ tịch … chỉ đạo
    …"), read as an implementation section's are, where the other articles set rules. A request
    ("4. Đề nghị Ủy ban Mặt trận …"), or any such clause of a normative text, counts only where
    it is about carrying the document out ("… giám sát việc thực hiện Nghị quyết")."""
    from . import units as u

    norm = normative(doc)
    for k, end in u._heading_ranges(lls).items():
        if in_region[k]:
            continue
        pats = _articles()
        gives, asks = pats["gives"].match(lls[k].content), pats["asks"].match(lls[k].content)
        if not (gives or asks):
            continue
        if (norm or not gives) and not pats["document"].search(" ".join(ll.content for ll in lls[k:end])):
            continue  # a normative text's "Giao Cục trưởng … quyết định mức …" delegates a power
        if end - k == 1 and lls[k].content.rstrip().endswith(":"):
            end = _clauses_after(lls, k, doc)
        in_region[k:end] = [True] * (end - k)
        if end - k > 1:
            u._walk_region(col, lls, k - 1, end)  # (a section is walked from the line after its title)
            continue
        # one sentence: its bodies after "phối hợp với …; …" co-operate, they are no subjects
        ll = lls[k]
        f = u._analyse(ll.content, "sentence")
        if f is not None and f.names:
            col.found(f, ll.start + ll.body, ll, ll.content)  # type: ignore[attr-defined]


_ARTICLE = re.compile(r"\s*(?:Điều|ĐIỀU)\s+\d")


def _clauses_after(lls: list, k: int, doc: Document) -> int:
    """The end of an article whose opening sentence hands out a list ("Điều 3. Hội đồng nhân dân
    tỉnh giao:") where its numbered clauses were read at the article's own level: up to the next
    article or the first paragraph that is no clause."""
    end = k + 1
    while end < len(lls) and lls[end].kind == "heading":
        if _ARTICLE.match(doc.text, lls[end].start):
            break
        end += 1
    return end


@lru_cache(maxsize=1)
def _normative_codes() -> re.Pattern[str]:
    codes = load_rules("doc_types")["enacting_formula_codes"]
    return re.compile(r"(?:^|[/-])(?:" + "|".join(map(re.escape, codes)) + r")(?:[-/\s]|$)")


_NUMBER = re.compile(r"(?:^|[\s|*_])(?:Số|SỐ)\s*:\s*(?P<raw>[^\s|*]*)")
# the text naming itself by a normative type ("… quy định tại Nghị định này")
# (or a resolution or decision stating its scope of regulation: "Nghị quyết này quy định về …")
_SELF_NORMATIVE = re.compile(
    r"\b(?:(?:Nghị\s+định|Thông\s+tư|Luật|Pháp\s+lệnh)\s+này|(?:Nghị\s+quyết|Quyết\s+định)\s+này\s+quy\s+định)\b"
)


def normative(doc: Document) -> bool:
    """A decree, circular or other normative text: its symbol's type code (rules/doc_types.toml
    ``enacting_formula_codes``), the year a legal normative text carries in its number
    ("84/2025/QĐ-UBND"), or, its header lost, the text naming itself a decree or a circular. Its
    articles delegate powers ("Giao Cục trưởng … quyết định mức …"); they assign no work."""
    lines = doc.lines[:60]
    for n, ln in enumerate(lines):
        m = _NUMBER.search(ln.text)
        if m is None:
            continue
        raw = m.group("raw") or next((x.text.strip(" |*") for x in lines[n + 1 : n + 4] if x.text.strip(" |*")), "")
        symbol = raw.split()[0] if raw.split() else ""
        if symbol:
            return _normative_codes().search(symbol) is not None or re.search(r"/(?:19|20)\d\d/", symbol) is not None
    return _SELF_NORMATIVE.search(doc.text) is not None


@lru_cache(maxsize=1)
def _request_rules() -> tuple[re.Pattern[str], re.Pattern[str]]:
    r = load_rules("unit_sites")["closing_request"]
    directing = re.compile(rf"(?:^|[\s,])(?:{phrases_alternation(r['directing_verbs'])})(?=[\s,.;:/]|$)")
    courtesy = re.compile(rf"(?<!\w){r['courtesy']}\s+(?:{phrases_alternation(r['addressee_kinds'])})(?=[\s,]|$)")
    return directing, courtesy


# the asking verb before the body asked, in a letter's closing paragraph ("Trên đây là ý kiến
# của Bộ A, đề nghị Sở B …", "Bộ A đề nghị Ủy ban nhân dân các tỉnh …")
_ASK = re.compile(r"(?:^|(?<=[\s,;.]))(?P<v>(?:[Kk]ính\s+)?[Đđ]ề\s+nghị|[Yy]êu\s+cầu|để(?=\s+[Qq]uý\s))\s+(?=[Qq]uý\s|các\s|[A-ZĐÀ-Ỹ])")


def addressee(doc: Document) -> tuple[str, int, int] | None:
    """The one body of "Kính gửi: …", with its span; None for several."""
    rng = doc.parts.get("addressee")
    if not rng or not len(rng):
        return None
    a, b = doc.lines[rng.start].start, doc.lines[rng.stop - 1].end
    text = doc.text[a:b]
    m = re.search(r"(?:Kính\s+gửi|KÍNH\s+GỬI)\s*[:.]?\s*", text)
    if m is None:
        return None
    rest = text[m.end() :]
    value = rest.strip(" |*\n.;")
    if not value or "\n-" in "\n" + value or ";" in value or len(value) > 120:
        return None
    x = a + m.end() + rest.index(value)
    return value, x, x + len(value)


def addressee_items(doc: Document) -> list[tuple[str, int, int]]:
    """The items of a "Kính gửi" list of several addressees (one a line or a ";"-part, its dash
    and punctuation off), with their spans; [] for one or none."""
    rng = doc.parts.get("addressee")
    if not rng or not len(rng):
        return []
    out: list[tuple[str, int, int]] = []
    for i in rng:
        ln = doc.lines[i]
        for m in _ADDRESSEE_PART.finditer(kinh_gui_semicolons(ln.text)):
            part = m.group("p")
            if part and not part.casefold().startswith(("kính gửi", "đồng kính gửi")):
                out.append((part, ln.start + m.start("p"), ln.start + m.end("p")))
    return out if len(out) >= 2 else []


# one ";"-part of a Kính gửi line: its label, dash and edge punctuation left out
_ADDRESSEE_PART = re.compile(r"(?:(?:Kính\s+gửi|KÍNH\s+GỬI)\s*[:.]?)?[\s|*_]*[-+•–]?\s*(?P<p>[^;|*]*?[^\s;|*.,])?[\s.,]*(?:;|$)")




def _kinds_only(short: str) -> bool:
    """Whether a short name is only kinds of bodies ("các đơn vị", "bộ, ngành, địa phương"): work
    under it is written as the text writes it, not handed to each addressee."""
    from . import units as u

    parts = [p.strip() for p in re.split(r",|\svà\s", re.sub(r"(?i)\bcác\s+", "", short)) if p.strip()]
    return all(u.bodies.is_bare_noun(p) or (u._bare(ws := u._wlist(p)) and len(ws) <= 2) for p in parts)


def addressees_short_name(doc: Document) -> tuple[str, list[str]] | None:
    """The short name a letter gives its list of addressees right under it ("Kính gửi: - A; - B;
    - C. / (Sau đây viết tắt là BHXH các tỉnh)") and the addressees as "Kính gửi" lists them: work
    the letter gives under the short name goes to each of them."""
    rng = doc.parts.get("addressee")
    if not rng or not len(rng) or rng.stop >= len(doc.lines):
        return None
    m = DEFINING_BRACKET.match(doc.lines[rng.stop].text.lstrip())
    if m is None or _kinds_only(m.group("short")):
        return None
    items = [part for part, _a, _b in addressee_items(doc)]
    if not items:
        return None
    return " ".join(m.group("short").split()), items




def addressees_renamed(doc: Document) -> list[tuple[tuple[str, ...], list[str]]]:
    """Short names the body of a letter defines for the kinds of bodies its "Kính gửi" lists
    ("Bộ A đề nghị các đại học, học viện, trường đại học, các trường cao đẳng sư phạm (sau đây
    gọi là cơ sở đào tạo) …"), each with the addressees it covers — those whose words all stand
    in the clause the bracket closes (at least two): work given under the short name goes to
    each of them, named as "Kính gửi" lists them. A short name with words of its own after it
    ("các cơ sở đào tạo công lập") is a part of the class, not renamed."""
    items = addressee_items(doc)
    rng = doc.parts.get("addressee")
    if len(items) < 2 or not rng:
        return []

    start = doc.lines[rng.stop - 1].end
    text = doc.text
    out: list[tuple[tuple[str, ...], list[str]]] = []
    for m in DEFINING_BRACKET.finditer(text, start):
        key = plain_words(m.group("short"))
        if not key or _kinds_only(m.group("short")):
            continue
        window = text[max(start, m.start() - 400) : m.start()]
        cut = max(window.rfind("."), window.rfind(":"), window.rfind("\n\n"))
        clause = set(plain_words(window[cut + 1 :]))
        # (all an item's words, or all but one of four or more: a scan's OCR may mar one, "sU phạm")
        covered = [part for part, _a, _b in items
                   if (w := set(plain_words(part))) and len(w - clause) <= (1 if len(w) >= 4 else 0)]
        if len(covered) >= 2 and all(out_key != key for out_key, _x in out):
            out.append((key, covered))
    return out


def courteous(content: str) -> bool:
    """Whether the paragraph asks "Quý <Ủy ban|Sở|…>": the addressee of "Kính gửi"."""
    _directing, courtesy = _request_rules()
    return courtesy.search(content) is not None


def scan_closing_request(col: object, ll: object, doc: Document, below: Sequence[object] = ()) -> None:
    """A letter's closing paragraph that asks a body to direct, guide or report ("Trên đây là ý
    kiến của Bộ A, đề nghị Sở B hướng dẫn các chủ đầu tư …", "Bộ A đề nghị Ủy ban nhân dân các
    tỉnh chỉ đạo các cơ quan … thực hiện./."): the body asked is assigned that work; "Quý Ủy
    ban" is the addressee of "Kính gửi". The closing formula alone ("… triển khai thực hiện")
    or a request to apply the rules assigns nothing, nor does a request made only if problems
    arise."""
    from . import units as u

    content: str = ll.content  # type: ignore[attr-defined]
    lex = u._lex()
    if u._starts_with(content, lex.closer_conditional) or any(d in content.casefold() for d in lex.difficulties):
        return  # "Trong quá trình …, nếu có vướng mắc, đề nghị … phản hồi": asked only if need be
    asks = list(_ASK.finditer(content))
    if not asks:
        return
    m = asks[-1]
    clause = content[m.start("v") :]
    clause = clause[:1].upper() + clause[1:]
    base = ll.start + ll.body + m.start("v")  # type: ignore[attr-defined]
    directing, courtesy = _request_rules()
    q = courtesy.match(content, m.end())
    if q is not None:
        who = addressee(doc)
        task = content[q.end() :]
        reply = any(content.startswith(x) for x in load_rules("unit_sites")["closing_request"].get("reply_closing", []))
        # (a request whose work is the list below it: "… đề nghị Quý Cơ quan giúp:")
        # … or one that points at the items under it: "… giới thiệu 05 sinh viên … các tiêu chí sau đây")
        listed = (content.rstrip(" *_").endswith(":") and len(task.split()) <= 3) \
            or (bool(below) and _LIST_POINTER.search(content) is not None)
        if not (reply or listed or directing.search(task[:80])):
            return
        # "Quý Cơ quan" is the addressee of "Kính gửi", or each of its list
        whom = [who] if who is not None else addressee_items(doc)
        for name0, a, b in whom:
            name = u._expand(u._clean_name(name0))
            unit = col.add(name, (a, b), (ll.start, ll.end), 0.6, "request")  # type: ignore[attr-defined]
            u._extend(unit, u._tasks(task, ll.start + ll.body + q.end()), ll.end)  # type: ignore[attr-defined]
            for x in below if listed else ():
                u._extend(unit, u._tasks(x.content, x.start + x.body), x.end)  # type: ignore[attr-defined]
        return
    f = u._analyse(clause, "sentence")
    if f is None or f.how not in ("cue", "subject") or f.task_at is None or not f.names:
        return
    if not directing.search(clause[f.task_at : f.task_at + 80]):
        return
    col.found(f, base, ll, clause)  # type: ignore[attr-defined]


def carries_out(sentence: str, found: object) -> bool:
    """(Asked in the paragraph of an execution clause.) Another sentence whose subject is a body and
    whose task is about carrying the document out ("Sở A, Công an tỉnh theo chức năng … tham mưu
    … để việc triển khai thực hiện Quyết định …") assigns that body too."""
    if found is None or found.how != "subject" or found.task_at is None:  # type: ignore[attr-defined]
        return False
    return _articles()["document"].search(sentence, found.task_at) is not None  # type: ignore[attr-defined]


_LIST_POINTER = re.compile(r"\b(?:sau đây|như sau|sau)\s*:?\s*$", re.IGNORECASE)


def give_listed_tasks(units: list, doc: Document) -> None:
    """Units an intro hands the body's list to ("… yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh:"
    / "1. Chỉ đạo …" / "2. …") without a task in the intro itself: the list's items are theirs."""
    from . import units as u

    # (or with only the intro's pointer to it: "… tập trung thực hiện tốt các nhiệm vụ sau đây")
    units = [x for x in units if not x.tasks or (len(x.tasks) == 1 and _LIST_POINTER.search(x.tasks[0][0]))]
    body = doc.parts.get("body")
    if not units or not body:
        return
    lls = u._logical_lines(doc, body)
    # (a letter without numbered items lists its tasks as dashes: "- Khẩn trương …")
    heads = [ll for ll in lls if ll.kind == "heading"] or [ll for ll in lls if ll.kind == "bullet"]
    if not heads:
        return
    top = min(ll.level for ll in heads)
    for ll in heads:
        if ll.level == top:
            tasks = u._tasks(ll.content, ll.start + ll.body)[:1]
            for x in units:
                u._extend(x, tasks, ll.end)


@lru_cache(maxsize=1)
def _own_item_verbs() -> re.Pattern[str]:
    return re.compile(rf"^\s*(?:{phrases_alternation(load_rules('unit_sites')['own_item']['verbs'])})(?=[\s,.;:]|$)")


def own_item(kind: str, content: str, found: object, heading_units: list) -> bool:
    """Whether a dash item under a unit's heading assigns another body work of its own: its
    subject is a body other than the heading's, followed by an assignment verb ("- Ủy ban nhân
    dân xã B chủ trì …" under "9. Ủy ban nhân dân cấp xã"). Under a heading that lists its own
    member bodies ("4. Các Bộ: A, B, C") the member's item is still the group's task, and the
    heading's body's officer ("- Chủ tịch Ủy ban …" under "Ủy ban …") is that body."""
    if kind != "bullet" or found is None or found.how != "subject" or found.task_at is None:  # type: ignore[attr-defined]
        return False
    if not _own_item_verbs().match(content[found.task_at :]):  # type: ignore[attr-defined]
        return False
    from . import units as u

    own = [u.fold(u._expand(x.name)) for x in heading_units]
    names = [u.fold(u._expand(n)) for n, _a, _b in found.names]  # type: ignore[attr-defined]
    # (the heading's body's officer — "- Chủ tịch Ủy ban nhân dân xã …" under "Ủy ban nhân dân
    # xã" — or the body named short is the heading's unit still)
    if any(_same_staff(n, o) for n in names for o in own):
        return False  # "- Các chuyên viên khác …" under "2. Chuyên viên Cơ quan …": its own staff
    return bool(names) and not any(o in n or n in o for n in names for o in own)


def _same_staff(name: str, heading: str) -> bool:
    """Both folded names open with the same kind of staff ("chuyen vien"), a plural "cac" aside."""
    from . import units as u

    h = u.staff_head(name)
    return bool(h) and h == u.staff_head(heading)


def other_subject(found: object, heading_units: list) -> bool:
    """Whether every subject of an item under a unit's heading is a body other than the
    heading's — neither its name nor a part of it, nor its officer ("Chủ tịch Ủy ban nhân dân
    xã" under "Ủy ban nhân dân xã"), nor a class it belongs to."""
    from . import units as u

    own = [u.fold(u._expand(x.name)) for x in heading_units]
    names = [u.fold(u._expand(n)) for n, _a, _b in found.names]  # type: ignore[attr-defined]
    words = [set(o.split()) for o in own]
    return bool(names) and bool(own) and all(
        not any(o in n or n in o or len(set(n.split()) & w) * 2 > len(n.split()) for o, w in zip(own, words, strict=True))
        for n in names)


@lru_cache(maxsize=1)
def _general_titles() -> tuple[str, ...]:
    from ..textutil import fold

    return tuple(fold(t) for t in load_rules("unit_sites").get("general_provisions", {}).get("titles", []))


_ARTICLE = re.compile(r"\W*(?:Điều|ĐIỀU)\s+\d")


def without_general_provisions(lls: list, regions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Regions less the duty articles ("Điều 3. Trách nhiệm của người đứng đầu …") inside a
    chapter of general provisions, when a later region (the implementation part) exists: duties
    set there bind every office, they assign no task. (An implementation article there, "Điều 4.
    Tổ chức thực hiện", still assigns.)"""
    from ..textutil import fold
    from . import units as u

    if len(regions) < 2:
        return regions
    titles = _general_titles()
    out = []
    for i, (k0, k1) in enumerate(regions):
        later = any(a >= k1 for a, _b in regions[i + 1 :])
        chapter = None
        if 0 <= k0 < len(lls):
            chapter = next((j for j in range(k0 - 1, -1, -1) if lls[j].kind == "heading"
                            and lls[j].level <= lls[k0].level and not _ARTICLE.match(lls[j].text)), None)
        duty = chapter is not None and u._starts_with(lls[k0].content, u._lex().duty_heads)
        if later and duty and k0 > chapter:
            title = re.sub(r"^\W*(?:(?:chuong|phan)\s+)?(?:[\divxlc]+\W+)?", "", fold(lls[chapter].content).strip(" *"))
            if any(title == t or title.startswith(t + " ") for t in titles):
                continue
        out.append((k0, k1))
    return out


@lru_cache(maxsize=1)
def _founding() -> re.Pattern[str]:
    verbs = load_rules("unit_sites")["founding"]["verbs"]
    return re.compile(rf"(?:^|\s)(?i:{phrases_alternation(verbs)})\s+(?P<o>\S.*)$", re.DOTALL)


def founded_bodies(doc: Document) -> tuple[tuple[str, ...], ...]:
    """The bodies a decision founds or reshapes, as its title names them ("Thành lập Hội đồng
    A và Tổ giúp việc Hội đồng A" → the two), each as its word keys; () for any other title."""
    from . import units as u

    texts = []
    rng = doc.parts.get("title")
    if rng and len(rng):
        texts.append(" ".join(doc.lines[i].text.strip(" *|") for i in rng if not doc.lines[i].blank))
    # … and the first article's own founding sentence ("Điều 1. Thành lập Tổ giúp việc …")
    body = doc.parts.get("body") or range(0)
    first = next((doc.lines[i].text for i in body if _FIRST_ARTICLE.match(doc.lines[i].text)), None)
    if first is not None:
        texts.append(_FIRST_ARTICLE.sub("", first).split("(")[0])
    out = []
    for text in texts:
        m = _founding().search(text)
        if m is None:
            continue
        for part in re.split(r"\s+và\s+|\s*,\s*", m.group("o")):
            part = part.strip(" .;:")
            if part and u._unit_initial(part):
                out.append(tuple(u._wkey(t) for t in re.findall(r"\w+", part)))
    return tuple(out)


_FIRST_ARTICLE = re.compile(r"^\W*(?:Điều|ĐIỀU)\s+1\s*[.:]\s*")


def describes_founded(name: str, founded: tuple[tuple[str, ...], ...]) -> bool:
    """Whether a unit's name is one of the bodies the decision founds, named whole or short
    ("Tổ giúp việc Hội đồng" for "Tổ giúp việc Hội đồng đánh giá …"; "Ban Chỉ đạo" for "Ban
    Chỉ đạo Trung ương về …")."""
    from . import units as u

    k = tuple(u._wkey(t) for t in re.findall(r"\w+", name))
    for h in _helpers():
        if k[: len(h)] == h and len(k) > len(h) + 1:
            k = k[len(h) :]  # "Tổ giúp việc Hội đồng A": a helper of the founded body
            break
    # (a founded body's name of two words opens other names too: "Hội đồng" / "Hội đồng nhân dân")
    return len(k) >= 2 and any(f[: len(k)] == k or (len(f) >= 3 and k[: len(f)] == f) for f in founded)


@lru_cache(maxsize=1)
def _helpers() -> tuple[tuple[str, ...], ...]:
    from . import units as u

    return tuple(tuple(u._wkey(t) for t in h.split()) for h in load_rules("unit_sites")["founding"].get("helpers", []))
