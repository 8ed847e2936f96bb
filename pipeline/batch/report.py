"""How a batch talks to its operator: a rich progress bar and summary, errors only, or JSON events.

Three reporters for three situations: a person at a terminal (progress bar with docs/s, ETA
and error count, then tables by doc type, by status and of the slowest files), a cron job that
wants silence unless something failed (``--quiet``), and a log collector that wants one JSON
object per line on stderr (``--log-json``).
"""

from __future__ import annotations

import json
import sys
import time
from typing import IO, Any

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from .runner import ERROR, FAILED_EARLIER


class _Rate(ProgressColumn):
    """Documents per second over the recent window rich keeps."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:6.1f} docs/s" if speed else "   —  docs/s", style="cyan")


class RichReporter:
    def __init__(self, console: Console | None = None) -> None:
        self.console = console or Console(stderr=True)
        self.errors = 0
        self.progress = Progress(
            TextColumn("[bold]batch"), BarColumn(), MofNCompleteColumn(), _Rate(),
            TextColumn("[red]{task.fields[errors]} errors"), TimeElapsedColumn(), TextColumn("ETA"),
            TimeRemainingColumn(), console=self.console, transient=False,
        )
        self.task: Any = None

    def start(self, total: int, info: dict[str, Any]) -> None:
        if info.get("recovered"):
            dropped = ", ".join(f"{k} ({v} bytes)" for k, v in info["recovered"].items())
            self.console.print(f"[yellow]resumed[/yellow]: dropped unledgered tails of {dropped}")
        if info.get("redo"):
            self.console.print(f"re-extracting {info['redo']} document(s) whose records another extractor "
                               "version made (or --force)")
        self.progress.start()
        self.task = self.progress.add_task("batch", total=total, errors=0)

    def event(self, ev: dict[str, Any]) -> None:
        if ev.get("status") == ERROR:
            self.progress.console.print(f"[red]error[/red] {ev['kind']}: {ev.get('message')}", highlight=False)
        if ev.get("status") in (ERROR, FAILED_EARLIER):
            self.errors += 1
        self.progress.update(self.task, advance=1, errors=self.errors)

    def end(self, summary: dict[str, Any]) -> None:
        self.progress.stop()
        render_summary(summary, self.console)


class QuietReporter:
    """Nothing but errors (one line each, on stderr)."""

    def __init__(self, stream: IO[str] | None = None) -> None:
        self.stream = stream or sys.stderr

    def start(self, total: int, info: dict[str, Any]) -> None:
        pass

    def event(self, ev: dict[str, Any]) -> None:
        if ev.get("status") == ERROR:
            print(f"error {ev['path']}: {ev['kind']}: {ev['message']}", file=self.stream, flush=True)

    def end(self, summary: dict[str, Any]) -> None:
        pass


class JsonReporter:
    """One JSON event per line on stderr: ``start``, one ``doc`` per input path, ``end``."""

    def __init__(self, stream: IO[str] | None = None) -> None:
        self.stream = stream or sys.stderr

    def _emit(self, ev: dict[str, Any]) -> None:
        ev = {"ts": round(time.time(), 3), **ev}
        self.stream.write(json.dumps(ev, ensure_ascii=False, separators=(",", ":")) + "\n")
        self.stream.flush()

    def start(self, total: int, info: dict[str, Any]) -> None:
        self._emit({"event": "start", "total": total, **info})

    def event(self, ev: dict[str, Any]) -> None:
        self._emit(ev)

    def end(self, summary: dict[str, Any]) -> None:
        keys = ("run_id", "counts", "timings", "store", "compacted", "exit_status")
        self._emit({"event": "end", **{k: summary[k] for k in keys}})


def render_summary(summary: dict[str, Any], console: Console) -> None:
    c, t = summary["counts"], summary["timings"]
    console.print(
        f"[bold]vanban batch[/bold] — {c['inputs']} inputs in {t['wall_s']:.1f}s "
        f"({t['docs_per_s']:.1f} docs/s extracted), ledger {100 * t['ledger_share']:.1f}% of the time; "
        f"ledger now holds {c['ledger']['documents_ok']} records, {c['ledger']['documents_error']} errors"
    )
    tables = []
    st = Table(title="by status")
    st.add_column("status")
    st.add_column("paths", justify="right")
    for k, v in sorted(c["by_status"].items()):
        st.add_row(k, str(v))
    for k, v in c["errors_by_kind"].items():
        st.add_row(f"  error: {k}", str(v), style="red")
    tables.append(st)
    dt = Table(title="by document type (extracted now)")
    dt.add_column("type")
    dt.add_column("records", justify="right")
    for k, v in c["by_doc_type"].items():
        dt.add_row(k, str(v))
    tables.append(dt)
    sl = Table(title="slowest files")
    sl.add_column("file", overflow="fold")
    sl.add_column("seconds", justify="right")
    for row in summary["slowest"]:
        sl.add_row(row["path"], f"{row['seconds']:.3f}")
    tables.append(sl)
    for tb in tables:
        console.print(tb)
    store = summary.get("store") or {}
    if store.get("status") == "loaded":
        removed = f", {store['removed']} of changed files removed" if store.get("removed") else ""
        console.print(f"store: {store['records']} records loaded into {store['path']}{removed}")
    compacted = summary.get("compacted") or {}
    if compacted.get("documents"):
        console.print(f"shards: {compacted['documents']} superseded record(s) of changed files dropped "
                      f"({compacted['shards']} shard(s) rewritten)")
    elif store.get("status") == "failed":
        console.print(f"[yellow]store not loaded[/yellow]: {store['error']} (records stay in the JSONL shards)")
