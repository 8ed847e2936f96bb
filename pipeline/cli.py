"""The ``vanban`` command line: extract records, print the schema, evaluate against gold."""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Vietnamese administrative documents → normalized JSON records.",
)
# a message is one line however long (a path, a pid): logs and grep read it whole, the
# terminal wraps it for the eye
err = Console(stderr=True, soft_wrap=True)

if TYPE_CHECKING:
    from .ingest import Entry


def _version(value: bool) -> None:
    if value:
        from . import __version__
        from .record import SCHEMA_VERSION

        print(f"vanban {__version__} (record schema {SCHEMA_VERSION})")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """Vietnamese administrative documents → normalized JSON records."""


def _dump(rec_dict: dict) -> str:
    return json.dumps(rec_dict, ensure_ascii=False, separators=(",", ":"))


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files or folders (searched recursively); - for one document on stdin.")],
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write JSON lines here instead of stdout.")] = None,
    with_text: Annotated[bool, typer.Option("--with-text", help="Keep the normalized text in each record.")] = False,
    summary: Annotated[bool, typer.Option("--summary/--no-summary", help="Print a summary table to stderr.")] = True,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")] = False,
    timeout: Annotated[float | None, typer.Option("--timeout", help="Seconds per document (default: rules/limits.toml, as batch; 0: none).")] = None,
    max_memory: Annotated[int | None, typer.Option("--max-memory", help="Memory bound per document in MB (default: rules/limits.toml, as batch; 0: none).")] = None,
) -> None:
    """Extract one JSON record per document (JSON Lines); ``-`` reads one document from stdin."""
    from .ingest import iter_entries, shown

    failures: list[tuple[str, str, str]] = []
    stdin_dir: Path | None = None
    files: list[Entry] = []
    for p in paths:
        if p == "-":  # one document on stdin (a file named "-" is ./-)
            if stdin_dir is None:
                stdin_dir, entry = _stdin_entry()
                files.append(entry)
            continue
        files += iter_entries([p], on_skip=lambda p, k, m: failures.append((shown(p), k, m)))
    try:
        _extract_entries(files, failures, stdin_dir, out, with_text, summary, quiet, timeout, max_memory)
    finally:
        if stdin_dir is not None:
            import shutil

            shutil.rmtree(stdin_dir, ignore_errors=True)


STDIN_PATH = "<stdin>"


def _stdin_entry() -> tuple[Path, Entry]:
    """Standard input as a document: its bytes kept in a private temporary file, so that it
    goes through the same bounded worker and content sniffing as any file (no name, so no
    suffix hint); the record names it ``<stdin>``, with no root."""
    import tempfile

    from .ingest import MAX_BYTES, Entry

    d = Path(tempfile.mkdtemp(prefix="vanban-stdin-"))
    f = d / "stdin"
    data = sys.stdin.buffer.read(MAX_BYTES + 1)
    f.write_bytes(data)
    return d, Entry(f)


def _extract_entries(files: list[Entry], failures: list[tuple[str, str, str]], stdin_dir: Path | None,
                     out: Path | None, with_text: bool, summary: bool, quiet: bool,
                     timeout: float | None, max_memory: int | None) -> None:
    from .batch.bounded import BoundedExtractor, default_max_memory_mb, default_timeout
    from .ingest import shown

    def named(entry_path: Path, msg: str) -> tuple[str, str]:
        if stdin_dir is not None and entry_path.parent == stdin_dir:
            return STDIN_PATH, msg.replace(str(entry_path), STDIN_PATH)
        return shown(entry_path), msg

    if not files:
        for path, kind, msg in failures:
            err.print(f"error {path}: {kind}: {msg}", markup=False, highlight=False, soft_wrap=True)
        err.print(
            "[red]no input documents found[/red] (text, markdown, PDF, DOCX, DOC, ODT, RTF, HTML "
            "and image files, or folders of them)"
        )
        raise typer.Exit(2)
    if out is not None:
        _refuse_output_over_input(out, files)
    try:
        sink = out.open("w", encoding="utf-8") if out else sys.stdout
    except OSError as e:
        err.print(f"--out {shown(out)}: {shown(e.strerror or str(e))}", markup=False, highlight=False)
        raise typer.Exit(2) from e
    summ = _Summary()
    t0 = time.perf_counter()
    show = not quiet and (out is not None or not sys.stdout.isatty())
    limit_s = default_timeout() if timeout is None else (timeout or None)
    limit_mb = default_max_memory_mb() if max_memory is None else (max_memory or None)
    try:
        with Progress(
            TextColumn("[bold]extract"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
            console=err, disable=not show or quiet, transient=True,
        ) as progress, BoundedExtractor(limit_s, limit_mb, with_text=with_text) as bounded:
            task = progress.add_task("extract", total=len(files))
            for f in files:
                res = bounded.extract(f)  # the batch's task, timeout and memory bound: never raises
                if res.record is None:
                    where, msg = named(f.path, res.message)
                    failures.append((where, res.kind, msg))
                else:
                    if stdin_dir is not None and f.path.parent == stdin_dir and res.record.get("source"):
                        res.record["source"].update(path=STDIN_PATH, root=None, relpath=None)
                    sink.write(_dump(res.record) + "\n")
                    summ.add(res.record)
                progress.advance(task)
    finally:
        if out:
            sink.close()
    elapsed = time.perf_counter() - t0
    for path, kind, msg in failures:
        err.print(f"error {path}: {kind}: {msg}", markup=False, highlight=False, soft_wrap=True)
    if summary and not quiet:
        summ.print(len(failures), elapsed)
    if failures:
        raise typer.Exit(1)


def _refuse_output_over_input(out: Path, files: list) -> None:
    """``--out`` naming one of the inputs would truncate it before it is read: refused."""
    import os

    from .ingest import shown

    try:
        st = out.stat()
    except OSError:
        return  # a new file cannot be an input
    for f in files:
        for p in (f.path, f.via):
            try:
                if p is not None and os.path.samestat(st, os.stat(p)):
                    err.print(f"--out {shown(out)} is the input {shown(f.path)}: refusing to overwrite it",
                              markup=False, highlight=False)
                    raise typer.Exit(2)
            except OSError:
                continue


class _Summary:
    """What the summary table needs, kept small: a row for the first documents and counts,
    so that extracting a large folder does not hold every record in memory."""

    ROWS = 40

    def __init__(self) -> None:
        self.n = 0
        self.rows: list[tuple[str, ...]] = []
        self.types: Counter[str] = Counter()

    def add(self, r: dict) -> None:
        self.n += 1
        self.types[(r.get("doc_type") or {}).get("name") or "unknown"] += 1
        if len(self.rows) < self.ROWS:
            self.rows.append((
                Path(r["source"]["path"]).name if r.get("source") else "?",
                (r.get("doc_type") or {}).get("code") or "—",
                (r.get("number") or {}).get("raw") or "—",
                (r.get("date") or {}).get("iso") or (r.get("date") or {}).get("raw") or "—",
                _ellipsis((r.get("issuer") or {}).get("name") or "—", 40),
                str(len(r["legal_bases"])), str(len(r["timeline"])), str(len(r["responsible_units"])),
                str(len(r["recipients"])),
            ))

    def print(self, n_failures: int, elapsed: float) -> None:
        table = Table(title=f"vanban extract — {self.n} records, {n_failures} errors, {elapsed:.2f}s")
        for col in ("document", "type", "number", "date", "issuer", "bases", "timeline", "units", "recipients"):
            table.add_column(col, overflow="fold")
        for row in self.rows:
            table.add_row(*row)
        if self.n > len(self.rows):
            table.caption = f"first {len(self.rows)} of {self.n} documents"
        err.print(table)
        err.print("by type: " + ", ".join(f"{k} {v}" for k, v in self.types.most_common()))


@app.command()
def schema() -> None:
    """Print the record's JSON Schema."""
    from .record import Record

    print(json.dumps(Record.model_json_schema(), ensure_ascii=False, indent=2))


@app.command()
def show(
    path: Annotated[Path, typer.Argument(help="One document.")],
    html: Annotated[Path | None, typer.Option("--html", help="Write an HTML page of the text with each field marked at its span.")] = None,
) -> None:
    """Extract one document and show where each value was found."""
    from .extractor import extract_file
    from .ingest import IngestError
    from .web.render import standalone_page

    try:
        rec = extract_file(path, with_text=True)
    except (IngestError, OSError) as e:
        _store_error(e)
    text = rec.text or ""
    if html is not None:
        html.write_text(standalone_page(text, rec.model_dump(mode="json"), title=str(path)), encoding="utf-8")
        err.print(f"wrote {html}", highlight=False, soft_wrap=True)
        return
    table = Table(title=str(path))
    for col in ("value path", "text at span", "conf", "rule"):
        table.add_column(col, overflow="fold")
    for key, p in rec.provenance.items():
        table.add_row(key, text[p.start : p.end][:120], f"{p.confidence:.2f}", p.rule or "")
    Console().print(table)


@app.command("eval")
def eval_cmd(
    gold_dirs: Annotated[list[Path], typer.Argument(help="Folders (or files) of *.gold.json beside their documents.")],
    pred: Annotated[Path | None, typer.Option("--pred", help="Score these JSON lines instead of extracting.")] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Show what was wrong per document.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
) -> None:
    """Score extraction against gold records as the contract's scoring section defines."""
    from .evaluate import diff_document, find_gold, render_table, score_corpus
    from .extractor import extract_file

    pairs = []
    for gold_dir in gold_dirs:
        if not gold_dir.exists():
            err.print(f"[red]{gold_dir}: no such folder[/red]")
            raise typer.Exit(2)
        pairs.extend(find_gold(gold_dir))
    if not pairs:
        err.print(f"[red]no *.gold.json files with a sibling document under {', '.join(map(str, gold_dirs))}[/red]")
        raise typer.Exit(2)
    preds: dict[str, dict] = {}
    if pred is not None:
        for line in pred.read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                p = (d.get("source") or {}).get("path")
                if p:
                    preds[str(Path(p).resolve())] = d
    triples = []
    for doc_path, gold_path in pairs:
        gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
        if pred is not None:
            p = preds.get(str(Path(doc_path).resolve()), {})
        else:
            p = extract_file(doc_path).model_dump()
        triples.append((str(doc_path), p, gold))
        if verbose:
            lines = diff_document(p, gold)
            if lines:
                err.print(f"[bold]{doc_path}[/bold]")
                for ln in lines:
                    err.print(f"  {ln}", markup=False, highlight=False)
    score = score_corpus(triples)
    if as_json:
        print(json.dumps(score.to_dict(), ensure_ascii=False, indent=2))
    else:
        render_table(score, Console())


@app.command()
def calibrate(
    gold_dirs: Annotated[list[Path] | None, typer.Argument(help="Folders of documents with *.gold.json (default: the bundled corpus/).")] = None,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Artifact to write (default models/calibration.json).")] = None,
    folds: Annotated[int | None, typer.Option("--folds", help="Folds grouped by document (default: [fit] folds of rules/calibration.toml; fewer documents: leave one out).")] = None,
    plot: Annotated[bool, typer.Option("--plot/--no-plot", help="Write the reliability diagram PNG next to the artifact.")] = True,
    stored: Annotated[bool, typer.Option("--stored/--no-stored", help="Also fit on the stored honest sets (models/calibration_set/).")] = True,
) -> None:
    """Refit confidence calibration on gold and the stored honest sets; print reliability per
    field, the ECE and the acceptance at the threshold, out of fold (honest set apart)."""
    from .calibrate import (
        artifact_path,
        calibration_sets,
        plot_reliability,
        render_report,
        run_calibration,
    )
    from .extractor import extract_file

    dirs = gold_dirs or [Path(__file__).resolve().parent.parent / "corpus"]
    for d in dirs:
        if not d.exists():
            err.print(f"[red]{d}: no such folder[/red]")
            raise typer.Exit(2)
    target = out or artifact_path()
    if not str(target) or str(target).lower() == "none":
        target = Path(__file__).resolve().parent.parent / "models" / "calibration.json"
    try:
        report = run_calibration(dirs, target, folds=folds, sets=calibration_sets() if stored else [],
                                 extract=lambda p: extract_file(p, with_text=True))
    except ValueError as e:
        err.print(f"[red]{e}[/red]")
        raise typer.Exit(2) from e
    render_report(report, Console())
    err.print(f"wrote {target}")
    if plot:
        png = plot_reliability(report, target.with_suffix(".png"))
        err.print(f"wrote {png}")


@app.command()
def review(
    records: Annotated[Path, typer.Argument(help="JSON lines written by `vanban extract`.")],
    threshold: Annotated[float | None, typer.Option("--threshold", "-t", help="Review values below this confidence (default: the recommended one).")] = None,
    interactive: Annotated[bool, typer.Option("--interactive", "-i", help="Accept / correct each value; corrections go to gold files.")] = False,
    gold_dir: Annotated[Path | None, typer.Option("--gold-dir", help="Write NAME.gold.json here instead of beside each source.")] = None,
    limit: Annotated[int | None, typer.Option("--limit", "-n", help="List at most this many values.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the queue as JSON lines.")] = False,
    source_root: Annotated[list[Path] | None, typer.Option("--source-root", help="A folder holding the source files of records without their text (repeatable).")] = None,
) -> None:
    """List the values below a confidence threshold, most doubtful first, with their source lines.

    Records without their text take it from the batch's corpus.db beside them, from
    --source-root, or from the file at source.path if it still has the record's sha256; the
    records whose text is found nowhere are named, not shown with blank lines."""
    from .ingest import IngestError
    from .review import (
        interactive_review,
        load_records,
        missing_text,
        render_queue,
        review_queue,
        rich_ask,
        use_text_sources,
    )
    from .store.texts import batch_stores

    try:
        recs = load_records(records)
    except IngestError as e:
        _store_error(e)
    for r in source_root or []:
        if not r.is_dir():
            err.print(f"[red]--source-root {escape(str(r))}: not a folder[/red]", highlight=False, soft_wrap=True)
            raise typer.Exit(2)
    use_text_sources(batch_stores([records]), source_root or [])
    queue = review_queue(recs, threshold)
    lost = missing_text({id(it.record): it.record for it in queue[:limit]}.values())
    if lost:
        err.print(f"[yellow]warning[/yellow]: {len(lost)} record(s) without their text, so no source lines "
                  f"(e.g. {escape(lost[0])}): extract with --with-text or give --source-root FOLDER",
                  highlight=False, soft_wrap=True)
    console = Console()
    if as_json:
        for it in queue[:limit]:
            print(_dump(it.to_dict()))
        return
    if not interactive:
        render_queue(queue, console, limit=limit, threshold=threshold)
        return
    stats = interactive_review(queue[:limit], ask=rich_ask(console), console=console, gold_dir=gold_dir)
    err.print(
        f"accepted {stats.accepted}, corrected {stats.corrected}, removed {stats.removed}, "
        f"skipped {stats.skipped}; gold files written: {len(stats.gold_files)}"
    )


@app.command()
def batch(
    input_dir: Annotated[Path, typer.Argument(help="Folder of documents (searched recursively).")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder: record shards, errors, manifest, ledger.")],
    workers: Annotated[int | None, typer.Option("--workers", "-j", help="Parallel workers (default: all cores).")] = None,
    engine: Annotated[str, typer.Option("--engine", help="local (process pool) or dask.")] = "local",
    scheduler: Annotated[str | None, typer.Option("--scheduler", help="dask scheduler address tcp://HOST:PORT (default: a LocalCluster).")] = None,
    timeout: Annotated[float | None, typer.Option("--timeout", help="Seconds per document before it is recorded as a timeout (default: rules/limits.toml; 0: none).")] = None,
    max_memory: Annotated[int | None, typer.Option("--max-memory", help="Memory bound per worker in MB (default: rules/limits.toml; 0: none).")] = None,
    shard_size: Annotated[int, typer.Option("--shard-size", help="Records per records-NNNNN.jsonl shard.")] = 10_000,
    retry_errors: Annotated[bool, typer.Option("--retry-errors", help="Redo documents that failed in an earlier run.")] = False,
    force: Annotated[bool, typer.Option("--force", help="Re-extract every document (records of another extractor version are redone anyway).")] = False,
    store: Annotated[bool, typer.Option("--store/--no-store", help="Load records into OUT/corpus.db when the corpus store is installed.")] = True,
    fsync: Annotated[bool, typer.Option("--fsync/--no-fsync", help="fsync records before ledgering them (off: still safe against kill -9, not against power loss).")] = True,
    sync_interval: Annotated[float, typer.Option("--sync-interval", help="Group commit: fsync and ledger finished documents every S seconds (0: each one).")] = 0.5,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing but errors.")] = False,
    log_json: Annotated[bool, typer.Option("--log-json", help="One JSON event per line on stderr (for cron).")] = False,
) -> None:
    """Extract a whole folder: parallel, resumable after kill -9, idempotent (sha256 ledger)."""
    import os
    import sqlite3

    from .batch import BatchError, BatchOptions, run_batch
    from .batch.bounded import default_max_memory_mb, default_timeout
    from .batch.engines import EngineError
    from .batch.ledger import LedgerError

    if not input_dir.is_dir():
        err.print(f"[red]{input_dir}: not a folder[/red]")
        raise typer.Exit(2)
    if engine not in ("local", "dask"):
        err.print(f"[red]--engine {engine}: use local or dask[/red]")
        raise typer.Exit(2)
    if scheduler and engine != "dask":
        err.print("[red]--scheduler needs --engine dask[/red]")
        raise typer.Exit(2)
    opts = BatchOptions(
        input_dir=input_dir, out_dir=out, workers=max(1, workers or os.cpu_count() or 1), engine=engine,
        scheduler=scheduler, timeout=default_timeout() if timeout is None else (timeout or None),
        max_memory_mb=default_max_memory_mb() if max_memory is None else (max_memory or None),
        shard_size=max(1, shard_size), retry_errors=retry_errors, force=force, store=store, fsync=fsync,
        sync_interval=max(0.0, sync_interval),
    )
    from .batch.report import JsonReporter, QuietReporter, RichReporter

    reporter = JsonReporter() if log_json else QuietReporter() if quiet else RichReporter(err)
    try:
        summary = run_batch(opts, reporter)
    except LedgerError as e:
        err.print(f"[red]ledger[/red]: {e}")
        raise typer.Exit(2) from e
    except EngineError as e:
        err.print(f"[red]engine[/red]: {e}")
        raise typer.Exit(2) from e
    except BatchError as e:
        err.print(f"batch: {e}", markup=False, highlight=False)
        raise typer.Exit(2) from e
    except (OSError, sqlite3.Error) as e:  # a full disk, an output folder made read-only mid-run
        err.print(f"batch: cannot write to {out} ({type(e).__name__}: {e}); what was ledgered is kept, "
                  "run the batch again once the cause is fixed", markup=False, highlight=False)
        raise typer.Exit(2) from e
    if summary["exit_status"]:
        raise typer.Exit(summary["exit_status"])


@app.command()
def load(
    records: Annotated[list[Path], typer.Argument(help="JSON-lines record files (extract --out, batch shards).")],
    db: Annotated[Path, typer.Option("--db", help="The corpus store (created if missing).")] = Path("corpus.db"),
    source_root: Annotated[list[Path] | None, typer.Option("--source-root", help="A folder holding the source files of records without their text (repeatable); only files under it whose sha256 is the record's are read.")] = None,
) -> None:
    """Load records into the corpus store (SQLite); loading the same records again changes nothing.

    A record's text comes from the record (extract --with-text), from the batch's corpus.db
    beside its shard, or from --source-root; no other path a record names is read. A bad line
    is reported (FILE:LINE: reason) and skipped; the exit status is then 1."""
    from .ingest import IngestError
    from .store import load_jsonl
    from .store.texts import TextFinder, batch_stores

    for p in records:
        if not p.is_file():
            err.print(f"[red]{p}: no such file[/red]", highlight=False, soft_wrap=True)
            raise typer.Exit(2)
    for r in source_root or []:
        if not r.is_dir():
            err.print(f"[red]--source-root {r}: not a folder[/red]", highlight=False, soft_wrap=True)
            raise typer.Exit(2)
    finder = TextFinder(stores=batch_stores(records, db), roots=list(source_root or []))
    bad: list[str] = []

    def on_error(msg: str) -> None:
        bad.append(msg)
        err.print(f"[red]bad-record[/red] {escape(msg)}", highlight=False, soft_wrap=True)

    t0 = time.perf_counter()
    try:
        n = load_jsonl(db, records, texts=finder, on_error=on_error)
    except IngestError as e:
        err.print(f"[red]{e.kind}[/red]: {escape(str(e))}", highlight=False, soft_wrap=True)
        raise typer.Exit(1) from e
    except OSError as e:
        err.print(f"[red]error[/red]: {escape(str(e))}", highlight=False, soft_wrap=True)
        raise typer.Exit(1) from e
    finally:
        finder.close()
    err.print(f"{n} record(s) new or changed → {db} ({time.perf_counter() - t0:.2f}s)", highlight=False, soft_wrap=True)
    c = finder.counts
    if c["store"] or c["source"]:
        err.print(f"text: {c['record']} from the records, {c['store']} from the batch's store, "
                  f"{c['source']} from the source files", highlight=False, soft_wrap=True)
    note = finder.summary()
    if note:
        err.print(f"[yellow]warning[/yellow]: {escape(note)}", highlight=False, soft_wrap=True)
    if bad:
        err.print(f"{len(bad)} bad record line(s) skipped", highlight=False, soft_wrap=True)
        raise typer.Exit(1)


def _store_error(e: Exception) -> NoReturn:
    """One line for a store or query error, then exit 2 (a usage error: nothing was read)."""
    kind = getattr(e, "kind", type(e).__name__)
    err.print(f"[red]{kind}[/red]: {escape(str(e))}", highlight=False, soft_wrap=True)
    raise typer.Exit(2) from e


@app.command()
def query(
    db: Annotated[Path, typer.Option("--db", help="The corpus store.")] = Path("corpus.db"),
    doc_type: Annotated[str | None, typer.Option("--type", help="Type code or name (KH, QĐ, Kế hoạch).")] = None,
    issuer: Annotated[str | None, typer.Option("--issuer", help="Issuer name contains (case- and accent-insensitive; ubnd = UBND = Ủy ban nhân dân).")] = None,
    place: Annotated[str | None, typer.Option("--place", help="Place name contains (case- and accent-insensitive).")] = None,
    province: Annotated[str | None, typer.Option("--province", help="Province (34 since 2025, or a former one).")] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="Document date ≥ (YYYY[-MM[-DD]]).")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="Document date ≤ (YYYY[-MM[-DD]]).")] = None,
    event_from: Annotated[str | None, typer.Option("--event-from", help="A timeline item ends on/after this.")] = None,
    event_to: Annotated[str | None, typer.Option("--event-to", help="A timeline item starts on/before this.")] = None,
    cites: Annotated[str | None, typer.Option("--cites", help="Documents citing this number.")] = None,
    cited_by: Annotated[str | None, typer.Option("--cited-by", help="Documents cited by the document with this number.")] = None,
    transitive: Annotated[bool, typer.Option("--transitive", help="Follow --cites/--cited-by through the corpus.")] = False,
    unit: Annotated[str | None, typer.Option("--unit", help="A responsible unit's name contains.")] = None,
    text: Annotated[str | None, typer.Option("--text", help="Full-text query (all words; \"a phrase\"); any Unicode form or tone placement.")] = None,
    accent_insensitive: Annotated[bool, typer.Option("--accent-insensitive", help="--text ignores diacritics (ke hoach = kế hoạch).")] = False,
    fmt: Annotated[str, typer.Option("--format", help="table, json or csv.")] = "table",
    limit: Annotated[str, typer.Option("--limit", help="At most this many rows (0: all).")] = "100",
    offset: Annotated[str, typer.Option("--offset", help="Skip this many rows first (paging).")] = "0",
) -> None:
    """Query the corpus store; all filters combine (AND)."""
    import csv

    from .ingest import IngestError
    from .store import Filters, connect, count, search

    if fmt not in ("table", "json", "csv"):
        err.print(f"[red]--format {escape(fmt)}: use table, json or csv[/red]", highlight=False, soft_wrap=True)
        raise typer.Exit(2)
    nums = {}
    for name, raw in (("limit", limit), ("offset", offset)):
        try:
            nums[name] = int(raw.strip())
        except ValueError:
            err.print(f"[red]bad-query[/red]: --{name} {escape(raw)!r}: use a whole number", highlight=False, soft_wrap=True)
            raise typer.Exit(2) from None
    f = Filters(doc_type=doc_type, issuer=issuer, place=place, province=province, date_from=date_from,
                date_to=date_to, event_from=event_from, event_to=event_to, cites=cites, cited_by=cited_by,
                transitive=transitive, unit=unit, text=text, accent_insensitive=accent_insensitive,
                limit=nums["limit"] or None, offset=nums["offset"])
    if nums["limit"] < 0:
        err.print(f"[red]bad-query[/red]: --limit {nums['limit']}: use a whole number from 0 (all)", highlight=False, soft_wrap=True)
        raise typer.Exit(2)
    try:
        con = connect(db, readonly=True)
        rows = search(con, f)
        total = count(con, f) if fmt == "table" else len(rows)
    except IngestError as e:
        _store_error(e)
    if fmt == "json":
        for r in rows:
            sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        from .store.query import COLUMNS

        w = csv.DictWriter(sys.stdout, fieldnames=list(COLUMNS))
        w.writeheader()
        w.writerows(rows)
    else:
        t = Table("type", "number", "date", "issuer", "province", "title")
        for r in rows:
            t.add_row(*(escape(v) for v in (r["doc_type"] or "", r["number"] or "", r["date"] or "",
                                            _ellipsis(r["issuer"] or "", 60), r["province_name"] or "",
                                            _ellipsis(r["title"] or "", 80))))
        Console().print(t)
        first = nums["offset"] + 1 if rows else 0
        more = f" (rows {first}–{nums['offset'] + len(rows)}; --offset {nums['offset'] + len(rows)} for more)" \
            if total > nums["offset"] + len(rows) else ""
        err.print(f"{len(rows)} of {total} document(s){more}", highlight=False, soft_wrap=True)


@app.command()
def provinces() -> None:
    """List the province names ``query --province`` accepts: the 34 since 2025, each with the
    former provinces that became (part of) it (a former name finds its documents too)."""
    from .store.geo import province_names

    for name, former in province_names():
        print(f"{name}\t{', '.join(former)}" if former else name)


def _ellipsis(s: str, n: int) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"


@app.command()
def export(
    db: Annotated[Path, typer.Option("--db", help="The corpus store.")] = Path("corpus.db"),
    parquet: Annotated[Path, typer.Option("--parquet", help="Folder for one .parquet file per table.")] = Path("parquet"),
) -> None:
    """Export the store's tables to Parquet (for DuckDB, pandas, Spark)."""
    from .ingest import IngestError
    from .store import connect, export_parquet

    try:
        counts = export_parquet(connect(db, readonly=True), parquet)
    except IngestError as e:
        _store_error(e)
    except OSError as e:
        _store_error(e)
    err.print(", ".join(f"{t}: {n}" for t, n in counts.items()) + f" → {parquet}/")


@app.command()
def serve(
    db: Annotated[Path, typer.Option("--db", help="The corpus store (opened read-only).")] = Path("corpus.db"),
    host: Annotated[str, typer.Option("--host", help="Interface to bind (local only by default).")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="TCP port.")] = 8001,
    source_root: Annotated[list[Path] | None, typer.Option("--source-root", help="A folder holding original files moved since extraction (repeatable); only files whose sha256 is the record's are served.")] = None,
) -> None:
    """A local, read-only web explorer of the corpus store."""
    import uvicorn

    from .ingest import IngestError
    from .web import create_app

    for r in source_root or []:
        if not r.is_dir():
            err.print(f"[red]--source-root {escape(str(r))}: not a folder[/red]", highlight=False, soft_wrap=True)
            raise typer.Exit(2)
    try:
        application = create_app(db, list(source_root or []))
    except IngestError as e:
        _store_error(e)
    shown = f"[{host}]" if ":" in host else host
    err.print(f"vanban explorer on http://{shown}:{port}/  ({db}, read-only; Ctrl+C to stop)",
              highlight=False, soft_wrap=True)
    uvicorn.run(application, host=host, port=port, log_level="warning")


def main() -> None:  # pragma: no cover
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
