"""The review queue: the values an archivist should read, most doubtful first, and their fixes.

``vanban review RECORDS.jsonl`` lists every scored value (see :mod:`pipeline.calibrate`)
whose calibrated confidence is below a threshold, lowest first, with the source line it came
from. In the interactive mode a person accepts, corrects or removes each value; every decision
is written at once into the document's gold file (``NAME.gold.json``, the contract's format,
beside the source or in ``--gold-dir``), so that ``vanban eval`` and ``vanban calibrate`` use
it and the next calibration learns from it. A decision log (``NAME.review.jsonl``) is kept
beside the gold file.

A gold file that does not exist yet starts as a copy of the record's contract keys: the
values nobody reviewed are taken as the reviewer accepted them by leaving them above the
threshold. A gold file that exists is edited in place (the list item a decision is about is
found with the evaluation's own one-to-one pairing), never replaced.
"""

from __future__ import annotations

import copy
import json
import re
import shutil
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from .calibrate import doubts, field_of, recommended_threshold, unit_of, unit_value
from .evaluate import GOLD_SUFFIX, score_document
from .ingest import IngestError

__all__ = [
    "ReviewItem",
    "ReviewStats",
    "apply_decision",
    "context_lines",
    "describe_value",
    "gold_path_for",
    "interactive_review",
    "load_records",
    "missing_text",
    "parse_correction",
    "record_text",
    "render_queue",
    "review_queue",
    "save_decision",
    "use_text_sources",
]

CONTRACT_KEYS = (
    "doc_type", "number", "date", "place", "issuer", "title", "theme", "legal_bases",
    "timeline", "responsible_units", "signer", "recipients",
)
_ITEM = re.compile(r"^(legal_bases|timeline|responsible_units|recipients)\[(\d+)\](?:\.(date|issuer))?$")
Action = Literal["accept", "correct", "none"]


# ---------------------------------------------------------------------------
# records and their text
# ---------------------------------------------------------------------------


def load_records(path: Path) -> list[dict[str, Any]]:
    """Records from a JSON Lines file; a line that is not a JSON object is a clear error."""
    if not path.is_file():
        raise IngestError("missing", f"{path}: no such records file")
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except ValueError as e:
            raise IngestError("bad-records", f"{path}:{n}: not JSON ({e})") from e
        if not isinstance(rec, dict):
            raise IngestError("bad-records", f"{path}:{n}: not a JSON object")
        out.append(rec)
    return out


_sources: dict[str, Any] = {"finder": None}


def use_text_sources(stores: Iterable[Path] = (), roots: Iterable[Path] = ()) -> None:
    """Where records without their text find it: stores holding it (a batch's ``corpus.db``
    beside its shards) and folders holding the source files (``--source-root``)."""
    from .store.texts import TextFinder

    old = _sources["finder"]
    if old is not None:
        old.close()
    _sources["finder"] = TextFinder(stores=list(stores), roots=list(roots))
    _text_of.cache_clear()


@lru_cache(maxsize=64)
def _text_of(sha: str, path: str, root: str | None = None, relpath: str | None = None) -> str:
    from .ingest import unshown
    from .store.texts import TextFinder, file_sha256

    finder = _sources["finder"] or TextFinder()
    rec = {"source": {"sha256": sha, "path": path, "root": root, "relpath": relpath}}
    text = finder(rec)
    if text is not None:
        return text
    # the path as written, but only a file that still has the record's content (a record made
    # here, or in this folder): a moved, changed or unrelated file is never shown as its source;
    # a non-UTF-8 name is written escaped in records, so it is unescaped to be opened
    p = Path(unshown(path))
    try:
        if not p.is_file() or file_sha256(p) != sha:
            return ""
        from .ingest import read_document
        from .normalize import normalize

        return normalize(read_document(p).text).text
    except (OSError, IngestError):
        return ""


def record_text(record: Mapping[str, Any]) -> str:
    """The normalized text the record's spans point into: kept in the record, else from the
    text sources set by :func:`use_text_sources` (the file at the record's root/relpath, then under
    a ``--source-root``), else the source file at its path if it still has the record's sha256; "" when none (the caller says so)."""
    if record.get("text"):
        return str(record["text"])
    src = record.get("source") or {}
    path, sha = src.get("path"), src.get("sha256")
    if not isinstance(sha, str):
        return ""
    root, rel = src.get("root"), src.get("relpath")
    return _text_of(sha, str(path or ""), root if isinstance(root, str) else None,
                    rel if isinstance(rel, str) else None)


def missing_text(records: Iterable[Mapping[str, Any]]) -> list[str]:
    """The source paths of records whose text cannot be found (to say so, not to show blanks)."""
    return [str((r.get("source") or {}).get("path") or "?") for r in records if not record_text(r)]


def context_lines(
    text: str, start: int, end: int, around: int = 1, max_span_lines: int = 3
) -> list[tuple[int, str, int, int]]:
    """Lines around a span: ``(line number, line, span start, span end within the line)``.

    The span's own lines (at most ``max_span_lines`` of them) carry its offsets in the line;
    the ``around`` nearest non-blank lines before and after carry ``(0, 0)``.
    """
    if not text:
        return []
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    lines = text.split("\n")
    first = text.count("\n", 0, start)
    last = min(text.count("\n", 0, max(start, end - 1)), first + max_span_lines - 1)
    offsets = [0]
    for line in lines[:-1]:
        offsets.append(offsets[-1] + len(line) + 1)
    before = [i for i in range(first - 1, -1, -1) if lines[i].strip()][:around]
    after = [i for i in range(last + 1, len(lines)) if lines[i].strip()][:around]
    out = [(i + 1, lines[i], 0, 0) for i in sorted(before)]
    for i in range(first, last + 1):
        s = max(0, start - offsets[i])
        e = min(len(lines[i]), end - offsets[i])
        out.append((i + 1, lines[i], s, max(s, e)))
    out += [(i + 1, lines[i], 0, 0) for i in after]
    return out


# ---------------------------------------------------------------------------
# the queue
# ---------------------------------------------------------------------------


@dataclass
class ReviewItem:
    """One value to review."""

    record: dict[str, Any] = field(repr=False)
    order: int  # position of the record in the input
    unit: str
    confidence: float
    raw_confidence: float | None
    rule: str | None
    start: int
    end: int

    @property
    def field(self) -> str:
        return field_of(self.unit)

    @property
    def value(self) -> Any:
        return unit_value(self.record, self.unit)

    @property
    def source(self) -> str:
        return str((self.record.get("source") or {}).get("path") or f"record {self.order + 1}")

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source, "path": self.unit, "field": self.field, "value": self.value,
            "confidence": self.confidence, "raw_confidence": self.raw_confidence, "rule": self.rule,
            "start": self.start, "end": self.end, "why": self.why,
        }

    @property
    def why(self) -> list[str]:
        """The evidence that lowered the calibrated confidence (see :func:`calibrate.doubts`)."""
        return doubts(self.record, self.unit, record_text(self.record))


def review_queue(records: Iterable[Mapping[str, Any]], threshold: float | None = None) -> list[ReviewItem]:
    """Scored values with confidence below ``threshold``, most doubtful first.

    Order: calibrated confidence, then raw confidence (the extractor's own doubt breaks
    ties between values the calibrator cannot tell apart), then input order, then the
    value's place in the record.
    """
    items: list[tuple[tuple[float, float, int, int], ReviewItem]] = []
    for order, rec in enumerate(records):
        for k, (path, p) in enumerate((rec.get("provenance") or {}).items()):
            if unit_of(path) != path:
                continue
            conf = float(p.get("confidence", 0.0))
            # each field's own threshold (its group's, see calibrate.recommended_threshold)
            if conf >= (recommended_threshold(field_of(path)) if threshold is None else threshold):
                continue
            raw = p.get("raw_confidence")
            # an item's span covers its whole entry; show the line of its key (name, number)
            prov = rec.get("provenance") or {}
            focus = prov.get(f"{path}.name") or prov.get(f"{path}.number") or p
            it = ReviewItem(dict(rec), order, path, conf, raw, p.get("rule"),
                            int(focus.get("start", 0)), int(focus.get("end", 0)))
            items.append(((conf, float(raw if raw is not None else conf), order, k), it))
    items.sort(key=lambda x: x[0])
    return [it for _, it in items]


def describe_value(fname: str, value: Any) -> str:
    """A one-line rendering of a value for a person."""
    if value is None:
        return "—"
    if fname == "doc_type" and isinstance(value, Mapping):
        return f"{value.get('name')} ({value.get('code')})"
    if fname == "number" and isinstance(value, Mapping):
        return str(value.get("raw"))
    if fname == "date" and isinstance(value, Mapping):
        return f"{value.get('raw')} → {value.get('iso')}"
    if fname == "legal_bases" and isinstance(value, Mapping):
        head = value.get("number") or "(no number)"
        return f"{value.get('doc_type') or ''} {head} [{value.get('date')}] {value.get('title') or ''}".strip()
    if fname == "timeline" and isinstance(value, Mapping):
        when = f"{value.get('start')}..{value.get('end')}" + (f" {value['time']}" if value.get("time") else "")
        return f"{when} {value.get('label') or ''}"
    if fname == "responsible_units" and isinstance(value, Mapping):
        return str(value.get("name"))
    return str(value)


def _crop(line: str, s: int, e: int, width: int = 110) -> tuple[str, int, int]:
    if len(line) <= width:
        return line, s, e
    lo = max(0, min(s - 20, len(line) - width))
    hi = lo + width
    cut = line[lo:hi]
    pre = "…" if lo else ""
    return pre + cut + ("…" if hi < len(line) else ""), s - lo + len(pre), min(e, hi) - lo + len(pre)


def _context_text(item: ReviewItem, around: int = 1) -> Any:
    from rich.text import Text

    out = Text()
    for n, line, s, e in context_lines(record_text(item.record), item.start, item.end, around):
        line, s, e = _crop(line, s, e)
        t = Text(f"{n:>4} │ ", style="dim")
        if e > s:
            t.append(line[:s])
            t.append(line[s:e], style="bold yellow")
            t.append(line[e:])
        else:
            t.append(line, style="dim")
        if out:
            out.append("\n")
        out.append(t)
    return out


def _headline(it: ReviewItem) -> str:
    raw = f"raw {it.raw_confidence:.2f}, " if it.raw_confidence is not None else ""
    return (f"[bold]{it.confidence:.3f}[/bold] [dim]({raw}{it.rule or 'no rule'})[/dim]  "
            f"{Path(it.source).name}  [cyan]{it.unit}[/cyan]")


def render_queue(queue: Sequence[ReviewItem], console: Any, *, limit: int | None = None, threshold: float | None = None) -> None:
    """Print the queue, each value with its source lines (the span highlighted)."""
    from rich.markup import escape
    from rich.padding import Padding

    shown = queue if limit is None else queue[:limit]
    below = f"{threshold:g}" if threshold is not None else "their field's threshold"
    more = f", showing the first {len(shown)}" if len(shown) < len(queue) else ""
    console.print(f"[bold]Review queue[/bold]: {len(queue)} values below {below}, most doubtful first{more}")
    for it in shown:
        console.print()
        console.print(_headline(it))
        console.print(Padding(f"value: {escape(describe_value(it.field, it.value)[:200])}", (0, 0, 0, 2)))
        if it.why:
            console.print(Padding(f"[dim]why: {escape('; '.join(it.why))}[/dim]", (0, 0, 0, 2)))
        console.print(Padding(_context_text(it), (0, 0, 0, 2)))


# ---------------------------------------------------------------------------
# corrections
# ---------------------------------------------------------------------------

_ISO = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_NULL = {"null", "none", "-", "∅"}


def _iso(text: str) -> str:
    s = text.strip()
    if _ISO.match(s):
        return s
    from .dates import parse_date

    d = parse_date(s)
    if d is None or d.day is None or d.month is None or d.year is None:
        raise ValueError(f"not a date: {text!r} (write YYYY-MM-DD, DD/MM/YYYY or 'ngày … tháng … năm …')")
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def parse_correction(fname: str, text: str) -> Any:
    """The value a person typed, in the contract's shape for ``fname``.

    ``null`` (or ``-``) means the document states no such value. ``number`` takes the
    raw number (``01/KH-UBND``), ``date`` a date, ``doc_type`` a code or a name,
    ``timeline`` ``START..END [HH:MM]`` (``..END`` for a deadline), ``legal_bases`` the cited
    number; other fields take the text itself.
    """
    s = " ".join(text.split())
    if not s:
        raise ValueError("empty value (type null if the document states none)")
    if s.casefold() in _NULL:
        return None
    if fname == "doc_type":
        from .lexicon import doc_types
        from .textutil import fold

        for t in doc_types():
            if fold(s) in (fold(t["code"]), fold(t["name"])):
                return {"name": t["name"], "code": t["code"]}
        return {"name": s, "code": None}
    if fname == "number":
        s = re.sub(r"^(?i:số)\s*:?\s*", "", s)
        seq, _, symbol = s.partition("/")
        return {"raw": s, "seq": seq.strip() or None, "symbol": symbol.strip() or None}
    if fname == "date":
        iso = _iso(s)
        y, m, d = (int(x) for x in iso.split("-")) if len(iso) == 10 else (int(iso[:4]), None, None)
        return {"raw": s, "iso": iso if len(iso) == 10 else None, "year": y, "month": m, "day": d}
    if fname == "legal_bases.date":
        return _iso(s)
    if fname == "timeline":
        m = re.match(r"^(\S*)\s*\.\.\s*(\S+)(?:\s+(\d{1,2}:\d{2}))?$|^(\S+)(?:\s+(\d{1,2}:\d{2}))?$", s)
        if not m:
            raise ValueError(f"not a period: {text!r} (write START..END [HH:MM], START, or ..END)")
        if m.group(4):
            start = end = m.group(4)
            time = m.group(5)
        else:
            start, end, time = (m.group(1) or None), m.group(2), m.group(3)
        for d in (start, end):
            if d is not None and not _ISO.match(d):
                raise ValueError(f"not a date: {d!r} (YYYY-MM-DD, YYYY-MM or YYYY)")
        return {"start": start, "end": end, "time": time}
    return s


def _set(obj: dict[str, Any], dotted: str, value: Any) -> None:
    head, _, rest = dotted.partition(".")
    if not rest:
        obj[head] = value
        return
    sub = obj.get(head)
    if not isinstance(sub, dict):
        sub = {}
        obj[head] = sub
    _set(sub, rest, value)


def _matched_gold(pred: Mapping[str, Any], gold: Mapping[str, Any], key: str, i: int) -> int | None:
    ds = score_document(dict(pred), dict(gold))
    for p in ds.lists[key].matched:
        if p.pred == i:
            return p.gold
    return None


def _corrected_item(key: str, base: Any, value: Any) -> Any:
    if key == "recipients":
        return value
    item = dict(copy.deepcopy(base)) if isinstance(base, Mapping) else {}
    if key == "responsible_units":
        item["name"] = value
        item.setdefault("tasks", [])
    elif key == "legal_bases":
        item["number"] = value
    elif key == "timeline" and isinstance(value, Mapping):
        item.update(value)
    return item


def new_gold(pred: Mapping[str, Any]) -> dict[str, Any]:
    """A gold record started from a prediction: its contract keys, deep-copied."""
    g = {k: copy.deepcopy(pred.get(k)) for k in CONTRACT_KEYS}
    for k in ("legal_bases", "timeline", "responsible_units", "recipients"):
        g[k] = g[k] or []
    return g


def apply_decision(gold: dict[str, Any], pred: Mapping[str, Any], unit: str, action: Action, value: Any = None) -> dict[str, Any]:
    """Apply one decision about ``pred``'s value ``unit`` to ``gold`` (edited in place).

    ``accept``: the predicted value is right; ``correct``: the right value is ``value``
    (as :func:`parse_correction` returns it); ``none``: the document states no such value /
    this is not an item. List items are located in gold with the evaluation's pairing.
    """
    if action not in ("accept", "correct", "none"):
        raise ValueError(f"unknown action {action!r}")
    m = _ITEM.match(unit)
    if not m:
        if unit_of(unit) != unit:
            raise ValueError(f"not a reviewable value path: {unit!r}")
        new = copy.deepcopy(unit_value(pred, unit)) if action == "accept" else value if action == "correct" else None
        _set(gold, unit, new)
        return gold
    key, i, sub = m.group(1), int(m.group(2)), m.group(3)
    items = list(pred.get(key) or [])
    if i >= len(items):
        raise ValueError(f"{unit}: the record has no such item")
    gold.setdefault(key, [])
    if gold[key] is None:
        gold[key] = []
    j = _matched_gold(pred, gold, key, i)
    if sub is not None:  # a legal basis's date or issuer
        new = copy.deepcopy(items[i].get(sub)) if action == "accept" else value if action == "correct" else None
        if j is None:
            item = copy.deepcopy(items[i])
            item[sub] = new
            gold[key].append(item)
        else:
            gold[key][j][sub] = new
        return gold
    if action == "accept":
        if j is None:
            gold[key].append(copy.deepcopy(items[i]))
    elif action == "none":
        if j is not None:
            del gold[key][j]
    else:
        if value is None:
            if j is not None:
                del gold[key][j]
            return gold
        base = gold[key][j] if j is not None else items[i]
        item = _corrected_item(key, base, value)
        if j is None:
            gold[key].append(item)
        else:
            gold[key][j] = item
    return gold


def gold_path_for(record: Mapping[str, Any], gold_dir: Path | None = None) -> Path:
    """``NAME.gold.json`` beside the record's source document (or in ``gold_dir``)."""
    src = (record.get("source") or {}).get("path")
    if not src:
        raise IngestError("no-source", "record has no source.path: cannot name its gold file")
    p = Path(str(src))
    return (gold_dir if gold_dir is not None else p.parent) / f"{p.stem}{GOLD_SUFFIX}"


def _write_json(path: Path, data: Any) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    tmp.replace(path)


def load_gold(record: Mapping[str, Any], gold_dir: Path | None = None) -> dict[str, Any]:
    """The existing gold of a record's document, or a new one started from the record."""
    path = gold_path_for(record, gold_dir)
    if path.is_file():
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise IngestError("bad-gold", f"{path}: not a JSON object")
        return data
    return new_gold(record)


def save_decision(
    record: Mapping[str, Any], unit: str, action: Action, value: Any = None,
    *, gold_dir: Path | None = None, confidence: float | None = None,
) -> Path:
    """Apply a decision to the document's gold file and write it (plus a log line); its path.

    With ``gold_dir`` the source document is copied beside the gold file (when it is not
    there yet), so that ``vanban eval`` / ``vanban calibrate`` find the pair.
    """
    path = gold_path_for(record, gold_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    gold = load_gold(record, gold_dir)
    apply_decision(gold, record, unit, action, value)
    _write_json(path, gold)
    src = Path(str((record.get("source") or {}).get("path")))
    if gold_dir is not None and src.is_file() and not (path.parent / src.name).exists():
        shutil.copy2(src, path.parent / src.name)
    log = path.with_name(path.name[: -len(GOLD_SUFFIX)] + ".review.jsonl")
    entry = {
        "time": datetime.now(UTC).isoformat(timespec="seconds"), "path": unit, "action": action,
        "value": value, "predicted": unit_value(record, unit), "confidence": confidence,
    }
    with log.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(entry, ensure_ascii=False) + "\n")
    return path


# ---------------------------------------------------------------------------
# the interactive loop
# ---------------------------------------------------------------------------

Ask = Callable[[str, Sequence[str] | None, str | None], str]


def rich_ask(console: Any) -> Ask:
    """Questions through rich's prompt (the terminal UI)."""
    from rich.markup import escape
    from rich.prompt import Prompt

    def ask(prompt: str, choices: Sequence[str] | None, default: str | None) -> str:
        prompt = escape(prompt)
        if default is None:
            return Prompt.ask(prompt, console=console, choices=list(choices) if choices else None)
        return Prompt.ask(prompt, console=console, choices=list(choices) if choices else None, default=default)

    return ask


@dataclass
class ReviewStats:
    accepted: int = 0
    corrected: int = 0
    removed: int = 0
    skipped: int = 0
    quit: bool = False
    gold_files: set[Path] = field(default_factory=set)


_ACTIONS = {"a": "accept", "c": "correct", "n": "none", "s": "skip", "q": "quit"}


def interactive_review(
    queue: Sequence[ReviewItem], *, ask: Ask, console: Any, gold_dir: Path | None = None,
) -> ReviewStats:
    """Walk the queue, asking for each value: accept / correct / no value / skip / quit.

    ``ask(prompt, choices, default)`` returns the answer (rich's prompt in the terminal, a
    scripted answerer in tests). Each decision is saved at once, so quitting loses nothing.
    """
    from rich.markup import escape
    from rich.panel import Panel

    stats = ReviewStats()
    for k, it in enumerate(queue, 1):
        console.print()
        console.print(f"[{k}/{len(queue)}] " + _headline(it))
        console.print(Panel(_context_text(it, around=2), title=escape(describe_value(it.field, it.value)[:120])))
        choice = ask("[a]ccept, [c]orrect, [n]o value, [s]kip, [q]uit", list(_ACTIONS), "s").strip().lower()
        action = _ACTIONS.get(choice[:1], "skip")
        if action == "quit":
            stats.quit = True
            break
        if action == "skip":
            stats.skipped += 1
            continue
        value = None
        if action == "correct":
            while True:
                answer = ask(f"correct value for {it.field} (null: none; empty: skip)", None, "")
                if not answer.strip():
                    action = "skip"
                    break
                try:
                    value = parse_correction(it.field, answer)
                    break
                except ValueError as e:
                    console.print(f"[red]{e}[/red]")
            if action == "skip":
                stats.skipped += 1
                continue
        path = save_decision(it.record, it.unit, action, value, gold_dir=gold_dir, confidence=it.confidence)  # type: ignore[arg-type]
        stats.gold_files.add(path)
        if action == "accept":
            stats.accepted += 1
        elif action == "none" or value is None:
            stats.removed += 1
        else:
            stats.corrected += 1
        console.print(f"[green]saved[/green] {path}")
    return stats
