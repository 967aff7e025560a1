"""The `diemnong` command: one entry point for every stage of the service.

Errors inside are specific exceptions; they are turned into a one-line reason and a non-zero exit
code here, once.
"""
from __future__ import annotations

import argparse
import functools
import getpass
import itertools
import json
import logging
import logging.handlers
import math
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Callable, Iterator, NoReturn, Sequence

from diemnong.config import (ROOT, ConfigError, Settings, address_variables, dashboard_url_problem, default_catalog,
                             load_settings, load_sources, unfilled_variables, unknown_variables, yaml_line)
from diemnong.domain import SENTIMENTS, TZ, UNNAMED, TimeOutOfRange, outlet_counts, parse_time
from diemnong.mailcheck import (NO_USER, login_after_first_round, mail_at_start, mail_config, mail_server, placeholder,
                                reached, send_tests, session_problem)
from diemnong.reasons import source_error
from diemnong.jsonl import (GZIP_ERRORS, InputError, gzip_error, input_bytes, is_gzip, jsonl_writer, naming, not_a_file,
                            parse_line, read_jsonl, sniff)
from diemnong.records import RecordError, pick, text_field, texts
from diemnong.text import bad_month, decimal, number, redact_secrets, redact_url

EXIT_BAD_INPUT = 2
EXIT_FAILURE = 1
WORKER_KILLED = "một tiến trình phân tích bị dừng đột ngột (có thể do thiếu bộ nhớ); chạy lại lệnh"
DEMO = ROOT / "data" / "demo" / "stream.jsonl"

log = logging.getLogger("diemnong")


class UsageError(ValueError):
    """The command line asks for something impossible (unknown topic, bad date...)."""


# --------------------------------------------------------------------------- helpers

def _settings(args: argparse.Namespace) -> Settings:
    use_home(args)
    return load_settings()


def use_home(args: argparse.Namespace) -> None:
    """--home as DIEMNONG_HOME for the whole command: the local data files (data_file), the accounts of `diemnong user`
    and every other reader of the settings follow it, not only those given the settings."""
    if getattr(args, "home", None):
        os.environ["DIEMNONG_HOME"] = str(Path(args.home).expanduser().resolve())


def _service(settings: Settings, workers: int | None = None):  # noqa: ANN202 - imported lazily for fast --help
    from diemnong.pipeline import Service
    from store import open_store

    return Service(settings, open_store(settings), workers=workers)


def _topic(value: str) -> int:
    try:
        topic = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"mã chủ đề phải là một số từ 1 đến 16, nhận được {value!r}") from None
    if not 0 <= topic <= 16:
        raise argparse.ArgumentTypeError(f"không có chủ đề mã {topic} (các chủ đề mang mã 1 đến 16; 0 = không chủ đề nào)")
    return topic


def _at_least(low: int) -> Callable[[str], int]:
    """An argparse type: a whole number of at least `low`."""
    def parse(value: str) -> int:
        try:
            number = int(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"không phải số nguyên: {value!r}") from None
        if number < low:
            raise argparse.ArgumentTypeError(f"phải từ {low} trở lên, nhận được {number}")
        return number

    return parse


def _seconds(value: str) -> float:
    """An argparse type: a number of seconds above 0 (`run --interval 0` polled and delivered in a loop at full CPU)."""
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"không phải số giây: {value!r}") from None
    if not number > 0 or math.isinf(number):
        raise argparse.ArgumentTypeError(f"phải lớn hơn 0 giây, nhận được {value}")
    return number


YEARS = range(1990, 2101)  # dates asked for on the command line


def _date(value: str) -> datetime:
    try:
        parsed = parse_time(value if "T" in value else value + "T00:00:00")
    except TimeOutOfRange:
        parsed = None
    except ValueError:
        raise argparse.ArgumentTypeError(f"không phải ngày (YYYY-MM-DD hoặc ISO 8601): {value!r}") from None
    if parsed is None or parsed.year not in YEARS:
        raise argparse.ArgumentTypeError(f"ngày nằm ngoài khoảng {YEARS[0]}–{YEARS[-1]}: {value!r}")
    return parsed


def _until(value: str) -> datetime:
    """An end date: a bare date means through the end of that day, a date and time that very time."""
    parsed = _date(value)
    return parsed if "T" in value else parsed + timedelta(days=1)


def _month(value: str) -> str:
    """A month as YYYY-MM («2025-9» is 2025-09: the same report file as the dashboard's)."""
    try:
        month = datetime.strptime(value, "%Y-%m")
    except ValueError:
        raise argparse.ArgumentTypeError(bad_month(value)) from None
    if month.year not in YEARS:
        raise argparse.ArgumentTypeError(f"tháng nằm ngoài khoảng {YEARS[0]}–{YEARS[-1]}: {value!r}")
    return f"{month:%Y-%m}"


def stream_index(path: str, now: datetime | None = None, name: str | None = None) -> list[tuple[float, str, int, int]]:
    """(time, article id, line number, offset) of every record of a JSONL file, in time order, each line checked as an
    article first; only these are held in memory. Articles of the same time go in the order of their ids, not of their
    lines: the same stream with its lines shuffled (an export sorted otherwise, two feeds merged) groups the same
    stories and raises the same alerts. Without `now` each line needs 'published' (a replay); with it, a line without
    one is taken as published now."""
    from diemnong.pipeline import article_from_record

    p, name = Path(path), name or str(path)
    if not p.is_file():
        raise not_a_file(p, name)
    sniff(p, name)
    index: list[tuple[float, str, int, int]] = []
    with p.open("rb") as fh:
        offset = 0
        for lineno, raw in enumerate(fh, 1):
            rec = parse_line(raw, name, lineno)
            if rec is not None:
                if now is None and pick(rec, "published")[1] is None:
                    raise InputError(f"{name}:{lineno}: phát lại cần 'published' (thời điểm đăng) ở mọi dòng")
                article = article_from_record(rec, f"{name}:{lineno}", now, replay=now is None)
                index.append((article.published.timestamp(), article.id, lineno, offset))
            offset += len(raw)
    index.sort()
    return index


def records_at(path: str, index: list[tuple[float, str, int, int]], name: str | None = None) -> Iterator[tuple[int, dict[str, Any]]]:
    """The records of a JSONL file at the offsets of its index, in the index's order."""
    with open(path, "rb") as fh:
        for _, _, lineno, offset in index:
            fh.seek(offset)
            rec = parse_line(fh.readline(), name or path, lineno)
            assert rec is not None
            yield lineno, rec


def sort_stream(path: str, now: datetime | None = None, name: str | None = None) -> Iterator[tuple[int, dict[str, Any]]]:
    """Records of a JSONL file in time order, every line checked before the first is given."""
    index = stream_index(path, now, name)
    yield from records_at(path, index, name)


@contextmanager
def seekable(path: str) -> Iterator[tuple[str, str]]:
    """(file, name in messages) of an input read twice: standard input ('-') or a gzip file is copied once,
    decompressed, to a temporary file."""
    if path != "-" and not (Path(path).is_file() and is_gzip(Path(path))):
        yield path, path
        return
    with input_bytes(path) as (raw, name), tempfile.NamedTemporaryFile(prefix="diemnong-input-", suffix=".jsonl") as tmp:
        try:
            with naming(tmp.name):  # on a full TMPDIR
                shutil.copyfileobj(raw, tmp)
                tmp.flush()
        except GZIP_ERRORS as exc:
            raise gzip_error(name, 0, exc) from None
        yield tmp.name, name


# --------------------------------------------------------------------------- commands

def ordered_map(pool: Any, fn: Callable[[list], list], items: Iterator[Any], chunk: int, window: int) -> Iterator[Any]:
    """fn over chunks of items on a process pool, results in input order, at most `window` chunks in flight."""
    pending: list[tuple[list, Any]] = []
    while True:
        while len(pending) < window:
            batch = list(itertools.islice(items, chunk))
            if not batch:
                break
            pending.append((batch, pool.submit(fn, [b[1] for b in batch]) if pool else None))
        if not pending:
            return
        batch, future = pending.pop(0)
        results = future.result() if future else fn([b[1] for b in batch])
        yield from ((b[0], r) for b, r in zip(batch, results))


def cut_text(text: str, limit: int) -> str | None:
    """The text cut at `limit` bytes of UTF-8 (at a character's end), or None when it is within them."""
    if len(text) <= limit // 4 or len(data := text.encode("utf-8")) <= limit:
        return None
    return data[:limit].decode("utf-8", "ignore")


def cap_texts(rows: Iterator[tuple[int, dict[str, Any]]], name: str, limit: int, cut: list[int]) -> Iterator[tuple[int, dict[str, Any]]]:
    """Lines with their 'text' cut at crawler.max_response_bytes, as the crawler cuts a page (a 25 MB text took
    gigabytes to analyse); each cut is warned about and its line number added to `cut`."""
    for lineno, rec in rows:
        key = pick(rec, "text")[0]
        try:
            text = text_field(rec, "text")  # as it is read: a list of paragraphs is cut the same
        except RecordError:
            text = None  # refused, with its line, where the line is read
        if text and (short := cut_text(text, limit)) is not None:
            print(f"lưu ý: {name}:{lineno}: '{key}' bị cắt còn {limit} byte (crawler.max_response_bytes)", file=sys.stderr)
            cut.append(lineno)
            rec = {**rec, key: short}
        yield lineno, rec


def seconds(value: float) -> str:
    """A number of seconds as Vietnamese writes it: 60, 0,5 (not 0.5)."""
    return number(value) if float(value).is_integer() else decimal(value, 2).rstrip("0").rstrip(",")


def cut_note(cut: list[int]) -> str:
    return f", {number(len(cut))} bài bị cắt bớt nội dung" if cut else ""


CLASSIFY_PROGRESS = 100  # lines between two progress updates of classify


class Progress:
    """How far a long command is («\r  1.200 bài đã phát lại»), rewritten in place on standard error, on a terminal
    only: a script's or a pipe's log keeps the command's one result line (and a Ctrl-C's), not hundreds of «\r»
    updates. classify, ingest and backtest say it alike; `end` puts the next line (result or error) on its own."""

    def __init__(self, what: str, quiet: bool = False):
        self.what, self.on, self.shown = what, not quiet and sys.stderr.isatty(), False

    def __call__(self, done: int) -> None:
        if self.on:
            print(f"\r  {number(done)} {self.what}", end="", file=sys.stderr, flush=True)
            self.shown = True

    def end(self) -> None:
        if self.shown:
            print(file=sys.stderr)
            self.shown = False


def cmd_classify(args: argparse.Namespace) -> int:
    from diemnong.workers import model_pool, stop_workers
    from nlp.analysis import classify_chunk, warm

    workers = args.workers or os.cpu_count() or 1
    limit, cut = int(_settings(args)["crawler.max_response_bytes"]), []

    def records() -> Iterator[tuple[dict[str, Any], tuple[str, str, str]]]:
        for lineno, rec in read_jsonl(args.input):
            (_, capped), = cap_texts(iter([(lineno, rec)]), args.input, limit, cut)  # the output keeps the whole text
            try:  # a lead or a text under another name (lead, sapo, content…), as plain text; the output keeps the line's
                yield rec, texts(capped)
            except RecordError as exc:
                raise InputError(f"{args.input}:{lineno}: {exc}") from None

    warm()  # worker processes fork with the models already loaded
    pool = model_pool(workers) if workers > 1 else None
    n, progress = 0, Progress("bài đã phân loại")
    try:
        with jsonl_writer(args.output) as write:
            # without --explain the terms behind each decision are not computed (they are not written)
            classify = functools.partial(classify_chunk, explain=args.explain)
            for rec, c in ordered_map(pool, classify, records(), chunk=8, window=4 * workers):
                out = dict(rec)
                out.update(
                    topics=list(c.topics),
                    topic_scores={str(k): round(v, 4) for k, v in sorted(c.topic_scores.items())},
                    sentiment=c.sentiment,
                    sentiment_scores={k: round(v, 4) for k, v in c.sentiment_scores.items()},
                    local=c.local,
                    education=round(c.education, 4),
                )
                if args.explain:
                    out.update(places=list(c.places), explanations=c.explanations)
                write(out)
                n += 1
                if n % CLASSIFY_PROGRESS == 0:  # 100,000 lines take minutes: say it is working, as ingest does
                    progress(n)
    except BaseException:
        if pool:
            stop_workers(pool)  # a dead worker or a Ctrl-C: the others are not waited for (they ignore SIGTERM)
        raise
    finally:
        progress.end()  # the result's or an error's line on a line of its own
    if pool:
        pool.shutdown(cancel_futures=True)
    print(f"đã phân loại {number(n)} bài{cut_note(cut)} → {args.output}", file=sys.stderr)
    return 0


def shared_data(settings: Settings, given: str | None = None) -> Path:
    """The shared datasets folder: --shared, else general.shared_data; relative paths are from the repository root."""
    path = Path(given or settings["general.shared_data"]).expanduser()
    return path if path.is_absolute() else (ROOT / path).resolve()


def cmd_train(args: argparse.Namespace) -> int:
    from nlp.corpus import CorpusError
    from nlp.evaluate import table, vietnamese
    from nlp.train import TrainConfig, train

    settings = _settings(args)
    shared = shared_data(settings, args.shared)
    out = Path(args.output).resolve() if args.output else ROOT / "nlp" / "models"
    workers = args.workers or os.cpu_count() or 1
    say = (lambda _m: None) if args.quiet else (lambda m: print(m, file=sys.stderr, flush=True))
    try:
        report = train(shared, out, TrainConfig(), cache=settings.home / "cache", workers=workers, limit=args.limit,
                       experiments=args.experiments, log=say)
    except CorpusError as exc:
        raise InputError(str(exc)) from exc
    print(table({name: system["headline"] for name, system in report["systems"].items()}, words=vietnamese))
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    from nlp.corpus import CorpusError
    from nlp.bundle import Bundle, ModelError, models_dir
    from nlp.report import evaluate_shipped

    settings = _settings(args)
    shared = shared_data(settings, args.shared)
    say = (lambda _m: None) if args.json else (lambda m: print(m, file=sys.stderr, flush=True))
    try:
        bundle = Bundle.load(Path(args.models).resolve() if args.models else models_dir())
        report = evaluate_shipped(bundle, shared, settings.home / "cache", args.workers or os.cpu_count() or 1,
                                  full_length=not args.no_long, log=say)
    except (CorpusError, ModelError) as exc:
        raise InputError(str(exc)) from exc
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2, default=str))
    else:
        print(report["text"])
    return 0


def _alert_record(raised: Any, ids: dict[str, Any]) -> dict[str, Any]:
    """An alert as backtest writes it; its article ids as the stream gave them (`ids`: those given as numbers)."""
    issue = raised.issue
    return {
        "issue_id": issue.id,
        "raised_at": raised.at.isoformat(),
        "kind": "new" if raised.level == 0 else "escalation",
        "level": raised.level,
        "title": issue.title,
        "topics": list(issue.topics),
        "lead_departments": list(issue.lead_departments),
        "article_ids": [ids.get(ref, ref) for ref in issue.article_ids],
        "outlets": list(issue.outlets),
        "score": issue.score,
        "reason": issue.reason,
        "issue_kind": issue.kind,
        "local": issue.local,
    }


def numeric_ids(rows: Iterator[tuple[int, dict[str, Any]]], ids: dict[str, Any]) -> Iterator[tuple[int, dict[str, Any]]]:
    """The rows unchanged; each 'id' given as a number kept in `ids` under its text (the store keeps ids as text):
    a stream with {"id": 17} got alerts with "article_ids": ["17"], which matched none of its ids."""
    for lineno, rec in rows:
        value = rec.get("id")
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            ids[str(value)] = value
        yield lineno, rec


def cmd_backtest(args: argparse.Namespace) -> int:
    from diemnong.pipeline import Service, iter_records
    from store.sqlite import SQLiteStore

    settings = _settings(args)
    if args.output != "-" and args.input != "-" and Path(args.output).is_file() and Path(args.input).is_file() \
            and os.path.samefile(args.output, args.input):
        raise UsageError(f"--output {args.output} chính là luồng đầu vào: các cảnh báo sẽ ghi đè lên nó; hãy ghi chúng ra "
                         "tệp khác")
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="diemnong-backtest-") as tmp:
        settings = settings.override(general__home=tmp, store__backend="sqlite", store__sqlite_path=f"{tmp}/backtest.sqlite3")
        service = Service(settings, SQLiteStore(f"{tmp}/backtest.sqlite3"), workers=args.workers or None)
        alerts, cut, ids, done, progress = 0, [], {}, 0, Progress("bài đã phát lại")
        try:
            with jsonl_writer(args.output) as write:
                def on_batch(part: Any) -> None:
                    nonlocal alerts, done
                    for raised in part.raised:
                        write(_alert_record(raised, ids))
                        alerts += 1
                    done += part.received  # a long stream replays for many minutes: say how far, as ingest does
                    progress(done)

                with seekable(args.input) as (path, name):
                    rows = cap_texts(numeric_ids(sort_stream(path, name=name), ids), name,
                                     int(settings["crawler.max_response_bytes"]), cut)
                    report = service.ingest(iter_records(rows, name, replay=True), batch=args.batch, on_batch=on_batch)
        finally:
            progress.end()  # the result's or an error's line on a line of its own
            service.close()
            service.store.close()
    repeated = report.received - report.inserted  # the store starts empty: any other line repeated an earlier one's url or id
    again = (f", {number(repeated)} dòng lặp lại url hoặc id của một dòng trước (cùng một bài: dòng sau cập nhật nó)"
             if repeated else "")
    print(f"đã phát lại {number(report.received)} bài{again}{cut_note(cut)} trong {decimal(time.monotonic() - started)} giây: "
          f"{number(alerts)} cảnh báo → {args.output}", file=sys.stderr)
    return 0


def shift_for(latest: datetime, now: datetime) -> timedelta:
    """Whole weeks to add to a stream's times so that its latest article falls within the last week."""
    weeks = math.floor((now - latest) / timedelta(weeks=1))
    return timedelta(weeks=max(0, weeks))


def ingest_file(service: Any, path: str, shift_to_now: bool = False, batch: int = 256, quiet: bool = False,
                name: str | None = None, cut: list[int] | None = None) -> Any:
    """Articles of a JSONL file into the store in time order (a line without 'published' as of now); every line is
    checked before anything is stored. The lines whose text was cut go to `cut`."""
    from diemnong.pipeline import iter_records, now_local

    now, name = now_local(), name or path
    index = stream_index(path, now, name)
    shift = shift_for(datetime.fromtimestamp(index[-1][0], now.tzinfo), now) if shift_to_now and index else timedelta(0)
    rows = cap_texts(records_at(path, index, name), name, int(service.settings["crawler.max_response_bytes"]),
                     [] if cut is None else cut)
    articles = (a.with_(published=a.published + shift) for a in iter_records(rows, name))
    done, progress = 0, Progress("bài đã xử lý", quiet)

    def on_batch(part: Any) -> None:
        nonlocal done
        done += part.received
        progress(done)

    try:
        return service.ingest(articles, batch=batch, on_batch=on_batch)
    finally:  # an error's line (main) on a line of its own
        progress.end()


def merged_note(merged: int) -> str:
    return f", {number(merged)} bài gộp lại (url hoặc id lặp lại trong tệp: giữ dòng sau cùng)" if merged else ""


def cmd_ingest(args: argparse.Namespace) -> int:
    settings = _settings(args)
    with home_lock(settings.home, "ingest"):  # its detector would raise alerts beside the running service's
        service, cut = _service(settings, workers=args.workers or None), []
        try:
            with seekable(args.input) as (path, name):
                report = ingest_file(service, path, args.shift_to_now, batch=args.batch, name=name, cut=cut)
        finally:
            service.close()
            service.store.close()
    print(f"đã nạp {number(report.received)} bài: {number(report.inserted)} mới, {number(report.updated)} cập nhật, "
          f"{number(report.unchanged)} không đổi{merged_note(report.merged)}{cut_note(cut)}; phát ra {number(len(report.raised))} "
          "cảnh báo")
    return 0


def outlet_names(store: Any, given: Sequence[str]) -> tuple[str, ...]:
    """The stored outlet names that --source values mean: each as typed, and any outlet that is the same without case
    or accents (`vnexpress`, `bao hau giang`, a terminal's NFD); the store's filter matches names exactly."""
    from diemnong.text import fold

    if not given:
        return ()
    wanted = {fold(name.strip()) for name in given}
    return tuple(dict.fromkeys([*given, *(name for name in store.source_totals() if fold(name) in wanted)]))


def cmd_search(args: argparse.Namespace) -> int:
    from store import Filters, SearchQuery, open_store

    with open_store(_settings(args), readonly=True) as store:  # a read-only home or store file is read
        filters = Filters(
            since=args.since, until=args.until,
            topics=tuple(args.topic or ()), sentiments=(args.sentiment,) if args.sentiment else (),
            sources=outlet_names(store, args.source or ()), local=True if args.local else None,
        )
        pages = store.pages(SearchQuery(text=" ".join(args.query), filters=filters, sort=args.sort, limit=args.limit,
                                        highlight=False))  # none printed: a --limit 50000 walk spent 3/4 of its time on them
        first = next(pages)  # a store page holds at most 1000: --limit 5000 walks five
        hits = [*first.hits, *(hit for page in pages for hit in page.hits)]
    if args.json:
        for hit in hits:
            a = hit.article
            c = a.classification
            print(json.dumps({"id": a.ref, "url": a.url, "title": a.title, "source": a.source, "published": a.published.isoformat(),
                              "topics": list(c.topics) if c else [], "sentiment": c.sentiment if c else None,
                              "local": c.local if c else None}, ensure_ascii=False))
    else:
        print(f"{number(first.total)} bài khớp")
        for hit in hits:
            a = hit.article
            print(f"{a.published:%d/%m/%Y %H:%M}  {a.source:<22.22}  {a.title}\n{'':20}{a.url}")
    return 0


def cmd_signals(args: argparse.Namespace) -> int:
    from store import open_store

    settings = _settings(args)
    with open_store(settings, readonly=not args.forward) as store:  # --forward adds to the outbox
        if args.forward:
            return _forward_signal(settings, store, args.forward, args.by)
        signals = store.list_signals() if args.all else store.current_signals(float(settings["detector.surge_hours"]))
    if args.json:
        for sig in signals:
            print(json.dumps({"id": sig.id, **sig.to_dict(), "share": round(sig.share, 3)}, ensure_ascii=False))
        return 0
    if not signals:
        print("Không có tín hiệu sớm nào lúc này.")
    _, departments = default_catalog()
    for sig in signals:
        leads = ", ".join(departments[d].name if d in departments else d for d in sig.lead_departments)
        named, unknown = outlet_counts(sig.outlets, sig.outlets_total)  # as its card on Tổng quan says them
        outlets = f"{number(named)} báo" + (f", {number(unknown)} tin {UNNAMED}" if unknown else "")
        print(f"{sig.share:4.0%} ngưỡng  {sig.label}  ({number(len(sig.article_ids))} tin, {outlets}, "
              f"từ {sig.first_seen:%H:%M %d/%m/%Y})\n{'':13}{sig.reason}\n{'':13}Đầu mối: {leads}\n{'':13}Mã: {sig.id}")
    return 0


def _forward_signal(settings: Any, store: Any, signal_id: str, sender: str) -> int:
    """Queue one early signal for its lead departments (the dashboard's «Báo đầu mối»)."""
    from diemnong.pipeline import forward_signal

    sig = next((s for s in store.list_signals() if s.id == signal_id), None)
    if sig is None:
        raise UsageError(f"không có tín hiệu sớm nào mang mã {signal_id!r} (các mã: `diemnong signals --all`)")
    queued = forward_signal(settings, store, sig, sender or getpass.getuser())
    if queued:
        print(f"đã xếp {queued} thư/tin nhắn về {sig.label} vào hàng gửi; `diemnong run` gửi đi")
    elif store.list_alerts(issue_id=sig.id, limit=1):
        print(f"{sig.label}: đã báo đầu mối trước đó, không gửi lại")
    else:
        raise UsageError(f"các đơn vị đầu mối của {sig.label} không có người nhận nào (data/departments.yaml hoặc Cấu hình)")
    return 0


def cmd_alerts(args: argparse.Namespace) -> int:
    """The alerts the outbox gave up on and where each would go now; with --retry-failed, back in the queue for
    `diemnong run` to send (the dashboard's «Gửi lại» on Vấn đề)."""
    from diemnong.config import current_departments, no_department
    from diemnong.pipeline import failed_alerts, no_target, resend_failed, resend_targets
    from diemnong.reasons import describe_delivery, mail_setting_problem
    from store import open_store

    settings = _settings(args)
    departments = current_departments(settings.home)  # as configured now: a corrected address is used at once
    if args.department and args.department not in departments:
        raise UsageError(no_department(args.department, departments))
    with open_store(settings) as store:
        if args.issue and store.get_issue(args.issue) is None and not store.list_alerts(issue_id=args.issue, limit=1):
            raise UsageError(f"không có vấn đề hay cảnh báo nào mang mã {args.issue!r} (Mã của một vấn đề có trên trang Vấn đề)")
        failed = failed_alerts(store, args.issue or "", args.department or "")
        held = mail_setting_problem(store.list_alerts(state="pending", limit=1_000_000))
        if held:  # not given up, so not listed below: waiting for a setting only the operator can fix
            print(held)
        scope = "".join([f" của vấn đề {args.issue}" if args.issue else "",
                         f" tới {departments[args.department].name}" if args.department else ""])
        if not failed:
            print(f"không có cảnh báo nào{scope} bị thôi gửi")
            return 0
        if not args.retry_failed:
            for a in failed:
                to = resend_targets(a, departments)
                where = (no_target(a, departments) if not to else "gửi lại tới địa chỉ này" if to == [a.recipient]
                         else f"gửi lại tới địa chỉ này (đơn vị khác vẫn dùng) và tới địa chỉ mới {', '.join(to[1:])}"
                         if to[0] == a.recipient else f"địa chỉ đã đổi, gửi lại tới {', '.join(to)}")
                name = departments[a.department].name if a.department in departments else a.department
                print(redact_secrets(f"{a.raised_at:%H:%M %d/%m/%Y}  {name} <{a.recipient}>  {a.subject}\n{'':18}Lý do: "
                      f"{describe_delivery(a.error, a.state)}\n{'':18}Gửi lại: {where}\n{'':18}Mã vấn đề: {a.issue_id}"))
            print(f"{len(failed)} cảnh báo{scope} bị thôi gửi; `diemnong alerts --retry-failed` xếp lại vào hàng gửi")
            return 0
        done = resend_failed(settings, store, failed, args.by or getpass.getuser(), departments=departments)
    moved = done.to_new_addresses
    if done.queued:
        print(f"đã xếp lại {done.queued} cảnh báo{scope} vào hàng gửi" + (f" ({moved} tới địa chỉ mới)" if moved else "")
              + "; `diemnong run` gửi đi")
    had = sum(1 for _, new in done.moved if not new)
    if had:
        print(f"{had} cảnh báo không gửi thêm: địa chỉ hiện tại của đơn vị đã có (đã nhận hoặc đang chờ gửi)")
    for alert, why in done.skipped:
        print(redact_secrets(f"không gửi lại {alert.recipient}: {why}"), file=sys.stderr)
    if done.skipped and not done.queued and not had:
        raise ConfigError(f"không gửi lại được cảnh báo nào trong {len(done.skipped)} cảnh báo bị thôi gửi: đơn vị của "
                          "chúng nay không có người nhận trên kênh đó (data/departments.yaml hoặc Cấu hình)")
    return 0


# What a poll of a source counted (crawlers' PollResult.outcomes, a feed's skip reasons after «skipped: »), as
# `diemnong crawl` prints it; a name not here is printed as it is.
OUTCOMES_VI = {
    "items": "mục đọc được", "new": "bài mới", "stored": "đã lưu", "updated": "đã cập nhật", "already-seen": "đã có",
    "page-fetched": "trang đã tải", "page-failed": "trang không tải được", "not-an-article": "không phải bài báo",
    "no-date": "không có ngày đăng", "implausible-date": "ngày đăng không thể đúng", "update-failed": "không cập nhật được",
    "not-modified": "nguồn không đổi", "feed-repaired": "nguồn lỗi định dạng, đã đọc được", "failed": "lỗi",
    "listing-pages": "trang chuyên mục", "listing-page-failed": "trang chuyên mục không tải được",
    "listing-page-held": "trang chuyên mục tạm để yên",
    "skipped: item without a usable link": "bỏ qua: mục không có liên kết dùng được",
    "skipped: repeated GUID in the same feed": "bỏ qua: GUID lặp lại trong cùng nguồn tin",
    # a sitemap's (crawlers/sitemap.py)
    "too-old": "quá cũ (ngoài ba ngày gần nhất)",
    "nothing-recent": "không có mục nào trong ba ngày gần nhất, chỉ toàn mục cũ",
    "beyond-the-newest": "để lại (ngoài số bài mới nhất mỗi lượt)",
    "sitemap-cut": "sơ đồ trang quá lớn, đã đọc phần đầu", "sitemap-broken-off": "sơ đồ trang lỗi định dạng, đã đọc phần trước lỗi",
    "child-sitemap-failed": "sơ đồ trang con không đọc được",
    "skipped: entry without a usable <loc>": "bỏ qua: mục không có địa chỉ dùng được",
    "skipped: child sitemap without a usable <loc>": "bỏ qua: sơ đồ trang con không có địa chỉ dùng được",
    "skipped: child sitemap on another site": "bỏ qua: sơ đồ trang con ở trang web khác",
    "skipped: entry on another site": "bỏ qua: mục ở trang web khác",
    "skipped: older child sitemap left for later": "bỏ qua: sơ đồ trang con cũ hơn",
    "skipped: sitemap index inside an index": "bỏ qua: sơ đồ trang chỉ mục lồng trong chỉ mục",
}


def _outcomes(outcomes: dict[str, int]) -> str:
    """A poll's counts in Vietnamese («bài mới 3, đã có 2»), or «không có bài mới» when it counted nothing."""
    return ", ".join(f"{OUTCOMES_VI.get(k, k)} {v}" for k, v in sorted(outcomes.items())) or "không có bài mới"


def cmd_crawl(args: argparse.Namespace) -> int:
    settings = _settings(args)
    sources = [s for s in load_sources() if s.enabled]
    if args.source:
        wanted = set(args.source)
        sources = [s for s in load_sources() if s.url in wanted or s.name in wanted]
        from diemnong.config import Source

        known = {s.url for s in sources}
        sources += [Source(name=u, kind="rss", url=u, section="") for u in args.source if u.startswith("http") and u not in known]
        if not sources:
            raise UsageError(f"không có nguồn đã cấu hình nào khớp với {', '.join(args.source)}")
    with home_lock(settings.home, "crawl"):  # `diemnong run` crawls this home itself: not a second time beside it
        service = _service(settings)
        try:
            if args.source:  # the admin's test of these sources: a wait their site asked for is said, not kept
                _say_waits(service.store, sources)
            results = service.crawl_once(sources, despite_waits=bool(args.source))
        finally:
            service.close()
            service.store.close()
    failed = 0
    for r in results:
        status = f"LỖI: {source_error(r.error)}" if r.error else _outcomes(r.outcomes)
        failed += bool(r.error)
        print(f"{r.source.name} ({r.source.url}): {status}")
    print(f"{len(results)} nguồn, {failed} lỗi")
    if results and failed == len(results):
        print(f"diemnong crawl: mọi nguồn đều lỗi ({failed})", file=sys.stderr)
        return EXIT_FAILURE
    return 0


def _say_waits(store: Any, sources: list[Any]) -> None:
    """One line for each source whose site asked (Retry-After) to be left alone until later: polled all the same."""
    from diemnong.pipeline import now_local, waits_asked

    now = now_local()
    names = {s.url: s.name for s in sources}
    shared = {name for name in names.values() if list(names.values()).count(name) > 1}
    for url, until in waits_asked(store, sources, now).items():
        local = until.astimezone(now.tzinfo)
        day = "" if local.date() == now.date() else f" ngày {local:%d/%m/%Y}"
        name = f"{names[url]} ({url})" if names[url] in shared else names[url]  # which of the outlet's feeds
        print(f"{name}: trang đã đề nghị chờ đến {local:%H:%M}{day}; vẫn lấy thử theo yêu cầu")


def dashboard_command(settings: Settings, port: int) -> list[str]:
    return [sys.executable, "-m", "streamlit", "run", str(ROOT / "dashboard" / "app.py"), "--server.port", str(port),
            "--server.headless", "true", "--browser.gatherUsageStats", "false",
            # No Streamlit menu at all: "viewer" still shows its ⋮ menu, in English (theme, Print, Record a screencast),
            # which no option translates; "minimal" hides it, as long as st.set_page_config sets no menu_items (Get help,
            # Report a bug, About: English labels too). No "Deploy" button or developer menu either. Printing is the
            # browser's own (Ctrl+P).
            "--client.toolbarMode", "minimal"]


def port_in_use(port: int) -> str:
    """Why the dashboard cannot listen on `port` ('' when it can): another program listens there (a second `make run`
    on another home, a `diemnong dashboard` left running). Streamlit would say «Port 8501 is not available» in English
    and exit, while the service went on saying the dashboard was served there."""
    import errno
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as tornado binds: a closing socket owns nothing
        try:
            probe.bind(("", port))  # every address, as Streamlit listens
        except OSError as exc:
            log.debug("cổng %d: %s", port, exc)  # the system's own words (English), for whoever debugs
            if exc.errno in (errno.EACCES, errno.EPERM):
                return f"cổng {port} cần quyền quản trị (cổng dưới 1024): chọn cổng khác bằng --port"
            return (f"cổng {port} đã có chương trình khác dùng (một `diemnong run` hay `diemnong dashboard` khác đang "
                    f"chạy?): dừng chương trình đó, hoặc chọn cổng khác bằng --port")
    return ""


def first_admin(settings: Settings) -> None:
    """With no dashboard account yet, create 'admin' with a random password and say where it is."""
    from dashboard.users import ensure_first_admin

    password = ensure_first_admin(settings.home)
    if password:
        print(f"Tài khoản quản trị đầu tiên: admin / {password} (ghi trong {settings.home / 'initial-admin-password'}; "
              "đổi bằng `diemnong user add admin --role admin --replace`)", file=sys.stderr)


def cmd_dashboard(args: argparse.Namespace) -> int:
    settings = _settings(args)
    taken = port_in_use(args.port)
    if taken:
        raise AlreadyRunning(f"bảng điều khiển không chạy được: {taken}")
    first_admin(settings)
    env = {**os.environ, "DIEMNONG_HOME": str(settings.home)}
    return subprocess.call(dashboard_command(settings, args.port), env=env)


class _Interrupted(BaseException):
    """A stop signal while the service waits for the crawler: the round ends there (see Service.crawl_once)."""


class _LogFile(logging.handlers.RotatingFileHandler):
    """The service's log file; a write that fails (disk full) is dropped without a traceback: the console has it."""

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's name
        pass


class _Masked(logging.Formatter):
    """Every line with the secrets of the web addresses it names masked (redact_secrets): a webhook's address carries
    a token (Telegram's bot token in its path, ?token= in others), and the log is read by more people than Cấu hình;
    the HTTP client's own lines at DEBUG name the address too."""

    def format(self, record: logging.LogRecord) -> str:
        return redact_secrets(super().format(record))


class _LocalTime(_Masked):
    """Log times in the service's time zone (Asia/Ho_Chi_Minh) whatever the machine's TZ, with the offset."""

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:  # noqa: N802 - logging's name
        from diemnong.domain import TZ

        return datetime.fromtimestamp(record.created, TZ).strftime("%Y-%m-%d %H:%M:%S%z")


LOG_FILE = Path("logs") / "diemnong.log"  # under DIEMNONG_HOME
LOG_BYTES, LOG_BACKUPS = 5_000_000, 5
NOISY = ("httpx", "httpcore", "crawlers", "scrapy")  # their INFO lines (one per request, per source) only at DEBUG


def log_level(value: object) -> int:
    """The logging level general.log_level (DIEMNONG_LOG_LEVEL) names, in any case («debug» is DEBUG); ConfigError
    for a name that is no level («verbose»), which was taken as INFO without a word."""
    level = logging.getLevelName(str(value).strip().upper())
    if not isinstance(level, int):
        raise ConfigError(f"general.log_level (DIEMNONG_LOG_LEVEL): cần DEBUG, INFO, WARNING hoặc ERROR, nhận được {value!r}")
    return level


def service_logging(settings: Settings) -> Path | None:
    """Console and $DIEMNONG_HOME/logs/diemnong.log (rotated: 5 files of 5 MB) at general.log_level, times in
    Vietnamese time. Per-request lines of the HTTP client and the crawler's routine notes only at DEBUG.
    Returns the log file, or None when it cannot be written (the console still gets everything)."""
    level = log_level(settings["general.log_level"])
    formatter = _LocalTime("%(asctime)s %(levelname)s %(name)s: %(message)s")
    console = logging.StreamHandler(sys.stderr)
    handlers: list[logging.Handler] = [console]
    path: Path | None = settings.home / LOG_FILE
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handlers.append(_LogFile(path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"))
    except OSError as exc:
        print(f"diemnong run: không ghi được tệp nhật ký ({path}: {exc.strerror or exc}); nhật ký chỉ ra màn hình",
              file=sys.stderr)
        path = None
    for handler in handlers:
        handler.setFormatter(formatter)
    root = logging.getLogger()
    for old in root.handlers[:]:  # main() configured a plain console one at WARNING
        root.removeHandler(old)
    for handler in handlers:
        root.addHandler(handler)
    root.setLevel(level)
    for noisy in NOISY:
        logging.getLogger(noisy).setLevel(logging.NOTSET if level <= logging.DEBUG else max(level, logging.WARNING))
    return path


class HomeUnusable(RuntimeError):
    """The service's data folder cannot be made or written (a file in the way, no right to write, a read-only disk)."""


class AlreadyRunning(RuntimeError):
    """Another `diemnong run`, `crawl` or `ingest` holds the home (or another `reindex` the same copy)."""


# what a holder of the home is doing
DOING = {"run": "quét nguồn và ghi vào thư mục dữ liệu", "crawl": "quét nguồn và ghi vào thư mục dữ liệu",
         "ingest": "nạp bài vào thư mục dữ liệu", "restore": "khôi phục thư mục dữ liệu"}


@contextmanager
def home_lock(home: Path, command: str = "run") -> Iterator[None]:
    """One writer per home: an exclusive lock on $DIEMNONG_HOME/run.lock ("PID COMMAND"), held by `diemnong run` while
    it runs and by `crawl` and `ingest` (which store and raise alerts as the service does, beside its detector);
    released by the system however it ends (kill -9 included). Not blocking: the second is refused, naming the first.
    A POSIX record lock, so the NLP workers it forks do not hold it. Commands that only read need none; nor does
    `reindex`, which reads the embedded store and writes Elasticsearch beside the running service (see copy_lock)."""

    def refusal(pid: str, other: str) -> str:
        if command == "run":
            return (f"một `diemnong {other}` khác (pid {pid}) đang dùng {home}; hãy dừng nó trước, hoặc cho lệnh này "
                    "DIEMNONG_HOME riêng")
        return (f"`diemnong {other}` (pid {pid}) đang {DOING.get(other, 'dùng thư mục dữ liệu')} {home}; "
                f"hãy dừng nó trước, hoặc cho lệnh này DIEMNONG_HOME riêng")

    with _exclusive(home / "run.lock", command, refusal, loud=command == "run"):
        yield


@contextmanager
def copy_lock(checkpoint: Path) -> Iterator[None]:
    """One `diemnong reindex` at a time per checkpoint (per home and Elasticsearch prefix): two would overwrite each
    other's progress. A lock on the checkpoint's .lock beside it, as home_lock locks the home; the second is refused."""

    def refusal(pid: str, _other: str) -> str:
        return (f"`diemnong reindex` (pid {pid}) đang chép vào Elasticsearch với điểm lưu tiến độ {checkpoint}; "
                f"hãy đợi nó xong, hoặc dừng nó rồi chạy lại lệnh này để chép tiếp")

    with _exclusive(checkpoint.with_suffix(".lock"), "reindex", refusal):
        yield


@contextmanager
def _exclusive(path: Path, command: str, refusal: Callable[[str, str], str], loud: bool = False) -> Iterator[None]:
    """An exclusive, non-blocking POSIX record lock on `path` ("PID COMMAND" written in it), released by the system
    however the process ends; AlreadyRunning(refusal(pid, command of the holder)) when another process holds it."""
    import errno
    import fcntl

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    except OSError as exc:  # a read-only home: the store will say so (in a one-off command's one line); nor could another
        say = log.warning if loud else log.debug
        say("không khóa được thư mục %s (%s): không kiểm tra được có tiến trình khác đang chạy", path.parent,
            exc.strerror or exc)
        yield
        return
    try:
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno not in (errno.EACCES, errno.EAGAIN):
                raise
            holder = os.pread(fd, 64, 0).decode("ascii", "replace").split()
            pid, other = (holder[0] if holder else "?"), (holder[1] if len(holder) > 1 else "run")  # a bare pid: a `run`
            raise AlreadyRunning(refusal(pid, other)) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()} {command}\n".encode(), 0)
        yield
    finally:
        os.close(fd)


HOME_ERRNOS = {  # why a home cannot be made or written, in the IT staff's words (errno names)
    "EEXIST": "trên đường dẫn có một tệp (không phải thư mục) trùng tên", "ENOTDIR": "trên đường dẫn có một tệp (không "
    "phải thư mục) trùng tên", "EACCES": "người chạy dịch vụ không có quyền ghi ở đó", "EPERM": "người chạy dịch vụ không "
    "có quyền ghi ở đó", "EROFS": "ổ đĩa chỉ cho đọc", "ENOSPC": "ổ đĩa đã đầy", "EDQUOT": "đã hết hạn mức dung lượng",
}


def home_problem(home: Path) -> str:
    """Why `home` cannot be the service's data folder ('' when it can): made if missing, a file written in it and
    removed; the reason in Vietnamese with the way to choose another."""
    import errno

    try:
        home.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=home, prefix=".diemnong-check-"):
            pass
    except OSError as exc:
        why = HOME_ERRNOS.get(errno.errorcode.get(exc.errno or 0, ""), exc.strerror or str(exc))
        return (f"thư mục dữ liệu {home} không tạo hoặc ghi được: {why} ({exc.filename or home}); chọn thư mục khác bằng "
                "DIEMNONG_HOME hoặc --home, hoặc cấp quyền ghi cho người chạy dịch vụ")
    return ""


def unmakeable(home: Path) -> tuple[str, Path]:
    """Why `diemnong run` could not make the missing `home` ('' when it could), and the nearest existing folder."""
    parent = next(p for p in home.parents if p.exists())
    why = (HOME_ERRNOS["ENOTDIR"] if not parent.is_dir() else HOME_ERRNOS["EACCES"] if not os.access(parent, os.W_OK)
           else "")
    return why, parent


def missing_home(home: Path, given: bool = True, here: bool = True) -> str:
    """For `check`: that `home` does not exist (a mistyped --home or DIEMNONG_HOME when `given`; the default home
    outside the project checkout unless `here`: run from another folder), and whether `diemnong run` could make it;
    '' when it exists. Nothing is made."""
    if home.exists():
        return ""
    why, parent = unmakeable(home)
    hint = (" (gõ nhầm --home hay DIEMNONG_HOME?)" if given else "" if here else
            f" (thư mục mặc định, trong thư mục hiện tại: chạy từ thư mục Điểm Nóng {ROOT}, hoặc đặt --home hay "
            "DIEMNONG_HOME)")
    return (f"thư mục dữ liệu {home} không có{hint}; "
            + (f"`diemnong run` cũng không tạo được nó: {why} ({parent})" if why else
               "nếu đúng là thư mục mới, `diemnong run` tạo nó khi khởi động"))


def default_home_here(settings: Settings) -> bool:
    """Whether the home is the project checkout's default one (general.home's default, under the current folder):
    `check` run from the checkout, not from another folder (where the service's home is not)."""
    return settings.home == (ROOT / settings.specs["general.home"].default).resolve()


def unmade_default(home: Path, given: bool, here: bool = True) -> str:
    """For `check`: the default home (no --home, no DIEMNONG_HOME) of the checkout (`here`) not made yet, as in a
    fresh clone: no error, the first `make run` or `diemnong run` makes it; '' otherwise (one it could not make, or
    one outside the checkout, is missing_home's)."""
    if given or not here or home.exists() or unmakeable(home)[0]:
        return ""
    return f"{home} chưa có (thư mục mặc định); `make run` hoặc `diemnong run` tạo nó khi khởi động lần đầu"


def cmd_run(args: argparse.Namespace) -> int:
    settings = _settings(args)
    unusable = home_problem(settings.home)
    if unusable:
        raise HomeUnusable(unusable)
    root = logging.getLogger()
    before = root.handlers[:], root.level, {n: logging.getLogger(n).level for n in NOISY}
    try:
        with home_lock(settings.home):
            return _run(args, settings)
    except AlreadyRunning as exc:
        print(f"diemnong run: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    finally:  # called in-process (tests): the caller's logging as it was, the log file closed
        for handler in root.handlers[:]:
            if handler not in before[0]:
                root.removeHandler(handler)
                handler.close()
        for handler in before[0]:
            if handler not in root.handlers:
                root.addHandler(handler)
        root.setLevel(before[1])
        for name, level in before[2].items():
            logging.getLogger(name).setLevel(level)


def _run(args: argparse.Namespace, settings: Settings) -> int:
    from diemnong.health import RoundLog
    from diemnong.pipeline import DEMO_MARK, LiveSources, Stopped, _said, now_local, resumed_polls
    from store import StoreUnavailable

    def new_service():  # noqa: ANN202 - a Service
        # isolated: no article analysed in this process, even with nlp.workers 1 (one that kills its process ended the
        # service, at each restart); a stop heeded between the pools an article that kills its worker takes
        fresh = _service(settings)
        fresh.isolated, fresh.stopping = True, lambda: bool(stop)
        return fresh

    logfile = service_logging(settings)
    service = new_service()
    dashboard = None
    rounds: RoundLog | None = None
    stop = ""

    def _stop(signum: int, _frame: object) -> None:
        nonlocal stop
        if stop:  # a second Ctrl-C: now (a store write in progress is rolled back, as after a crash)
            raise KeyboardInterrupt
        stop = signal.Signals(signum).name
        if service is not None and service.waiting_for_crawl:
            raise _Interrupted

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    from diemnong.backup import Nightly

    nightly = None if args.once else Nightly(settings)  # backup.time: a bad value stops the start, in one line
    log.info("Điểm Nóng bắt đầu: thư mục %s, nhật ký %s, mỗi vòng %s giây", settings.home, logfile or "(chỉ màn hình)",
             seconds(args.interval))
    hooks = [w for d in service.departments.values() for w in d.webhooks]
    for name in unknown_variables(settings, referenced=[n for w in hooks for n in address_variables(w)]):
        log.warning("biến môi trường %s không phải cài đặt nào (gõ nhầm?), bỏ qua; các cài đặt và biến của chúng: "
                    "`diemnong settings`, README «Settings»", name)
    for name, why in unfilled_variables(hooks).items():  # its webhooks' alerts would wait in the outbox: said at the start
        log.warning("biến môi trường %s, dùng trong địa chỉ webhook của departments.yaml: %s; cảnh báo tới đó nằm lại "
                    "trong hộp thư đi cho tới khi đặt nó và khởi động lại", name, why)
    unlinked = dashboard_url_problem(settings["general.dashboard_url"])
    if unlinked:  # said at each start: the alerts go all the same
        log.warning("bảng điều khiển: %s", unlinked)
    login_unchecked = mail_at_start(mail_config(settings), service, args.once)
    try:
        loading = settings.home / "demo-loading"  # there while the demo loads: a load cut short goes on at the next start
        if DEMO.exists():  # a demo an older version loaded (whole or cut short): marked, its waiting alerts withheld
            withheld = service.adopt_demo(DEMO)
            if withheld:
                log.info("kho dữ liệu có dữ liệu minh họa do phiên bản trước nạp: %d cảnh báo về các câu chuyện minh họa "
                         "đang chờ gửi được giữ lại, không gửi", withheld)
        if not args.no_demo and DEMO.exists() and (service.store.count() == 0 or loading.exists()):
            log.info("kho dữ liệu trống: nạp dữ liệu minh họa (data/demo)…")
            loading.touch()
            (settings.home / DEMO_MARK).touch()  # the months it falls in: their reports are written, not mailed
            service.alerting = False  # the demo's stories raise no alert to the departments
            try:
                report = ingest_file(service, str(DEMO), shift_to_now=True, quiet=True)
            finally:
                service.alerting = True
            loading.unlink()
            log.info("đã nạp %s bài minh họa", number(report.inserted))
        taken = "" if args.no_dashboard else port_in_use(args.port)
        if taken:  # the service goes on: its rounds and alerts do not need the dashboard (an old one may serve this home)
            log.error("bảng điều khiển không chạy: %s; dịch vụ vẫn quét nguồn và gửi cảnh báo", taken)
        elif not args.no_dashboard:
            first_admin(settings)
            env = {**os.environ, "DIEMNONG_HOME": str(settings.home)}
            dashboard = subprocess.Popen(dashboard_command(settings, args.port), env=env)
            log.info("bảng điều khiển: http://localhost:%d", args.port)
        sources = LiveSources()  # a sources.yaml broken by hand while the service runs: the last good one goes on
        sources()  # read first here: a broken one stops the start, in one line (a round's errors are retried)
        # When each source is polled next, on the monotonic clock: the system clock set back an hour (or forward)
        # neither holds the polls back for that hour nor brings them all at once. A restart polls no source before
        # its time (--once: the one round asked for polls them all).
        next_poll = {} if args.once else resumed_polls(service.store, sources(), now_local(), time.monotonic())
        rounds = RoundLog(settings.home, args.interval, now_local())  # read by the dashboard: failing rounds said there
        while not stop:
            now, started = now_local(), time.monotonic()
            rounds.start(now)
            try:
                if service is None:  # the store failed last round: start afresh, the detector rebuilt from what is stored
                    service = new_service()
                service.reload_departments()  # a recipient corrected on Cấu hình counts from this round on
                due = [s for s in sources() if s.enabled and next_poll.get(s.url, started) <= started]
                if due and not args.no_crawl:
                    results = service.crawl_once(due)
                    for result in results:
                        next_poll[result.source.url] = started + 60 * result.source.interval_minutes
                        if result.error:
                            # name and section: one outlet's feeds (Giáo dục và Thời đại has five) are told apart
                            log.warning("nguồn %s (%s) lỗi: %s", result.source.name, result.source.section,
                                        source_error(result.error))
                    for s in due:
                        next_poll.setdefault(s.url, started + 60 * s.interval_minutes)
                    stored = sum(r.outcomes.get("stored", 0) for r in results)
                    failed = sum(bool(r.error) for r in results)
                    if stored or failed:  # quiet when nothing happened
                        log.info("đã quét %s nguồn: %s bài mới hoặc cập nhật, %s nguồn lỗi", number(len(results)), number(stored),
                                 number(failed))
                service.tick(now)
                service.monthly_report(now)
                # a stop signal: no message more; a slow mail server: the rest next round, after the polls due by then
                sent = service.deliver(now, stopping=lambda: bool(stop), until=time.monotonic() + args.interval)
                if not (stop or service.cut_short):  # a round cut short goes on at once, to its email: no second login
                    login_after_first_round(login_unchecked, service)
                    login_unchecked = None
                if nightly is not None:
                    nightly.tick(now)  # in a thread: the rounds go on
                if any(sent[k] for k in ("sent", "retry", "failed")):
                    log.info("cảnh báo: %d đã gửi, %d chờ gửi lại, %d thất bại", sent["sent"], sent["retry"], sent["failed"])
                rounds.succeed(now_local())
            except (_Interrupted, Stopped):
                break
            except StoreUnavailable as exc:
                # Disk full, read-only, locked: nothing was half-written (each step is one transaction, ordered so a
                # retry loses and repeats nothing); say so once a round and try again when space or rights return.
                if args.once:
                    raise
                log.error("kho dữ liệu không ghi được, thử lại sau %s giây: %s", seconds(args.interval), exc)
                rounds.fail(now_local(), f"kho dữ liệu không ghi được: {exc}")
                if service is not None:
                    service.close()
                    service.store.close()
                    service = None
            except Exception as exc:
                # A fault of ours (a bug met on some input, a worker process killed): it ended the service, which,
                # restarted, met the same input and ended again. Said with its traceback; after the interval the next
                # round starts afresh, as after a store failure (the detector rebuilt from what is stored: a batch cut
                # short left it ahead of the store). What was stored stays, each source's state with its articles; the
                # round's sources are polled again (one whose state was saved brings nothing twice).
                if args.once:
                    raise
                log.exception("lỗi không lường trước trong vòng quét: %s; vòng sau thử lại sau %s giây", _said(exc),
                              seconds(args.interval))
                rounds.fail(now_local(), f"lỗi không lường trước trong vòng quét: {_said(exc)}")
                if service is not None:
                    service.close()
                    service.store.close()
                    service = None
            if args.once:
                break
            wake = time.monotonic() + (0.0 if service is not None and service.cut_short else args.interval)
            while not stop and time.monotonic() < wake:
                time.sleep(min(1.0, max(0.0, wake - time.monotonic())))
    except (_Interrupted, Stopped):  # the signal fell between the loop's own checks (or in the demo's load)
        pass
    finally:
        if (stop or args.once) and rounds is not None:  # stopped on purpose, or one round asked for: no round is due
            rounds.stop(now_local())
        if service is not None:
            service.close()
            service.store.close()
        if dashboard:
            dashboard.terminate()
            dashboard.wait(10)
    if stop:
        log.info("Điểm Nóng đã dừng (%s)", stop)
    return 0


# reindex's stages after the articles (store/reindex.py: STAGES), as its progress names them
COPY_STAGES = {"issues": "các vấn đề", "alerts": "các cảnh báo", "sources": "trạng thái các nguồn"}


def cmd_reindex(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from store import elasticsearch_url, sqlite_path
    from store.base import StoreError
    from store.elasticsearch import ElasticsearchStore
    from store.reindex import CopyProgress, copy_store
    from store.sqlite import SQLiteStore

    settings = _settings(args)
    path = Path(args.source) if args.source else sqlite_path(settings)
    if not path.is_file():
        raise InputError(f"{path}: không có kho nhúng nào để chép")
    url, prefix = elasticsearch_url(settings), settings["store.elasticsearch_prefix"]
    checkpoint = settings.home / "reindex" / f"elasticsearch-{prefix}.json"
    bar: Any = None

    def progress(p: CopyProgress) -> None:
        nonlocal bar
        if p.stage == "articles":
            if bar is None:
                bar = tqdm(total=p.total, initial=p.done, unit=" bài", desc="bài báo", file=sys.stderr, dynamic_ncols=True)
            bar.update(p.done - bar.n)
        else:
            if bar is not None:
                bar.close()
                bar = None
            print(f"đang chép {COPY_STAGES.get(p.stage, p.stage)}…", file=sys.stderr)

    # Not home_lock: the service on this home may run beside (on Elasticsearch; see the README's Elasticsearch section).
    with copy_lock(checkpoint):
        source = SQLiteStore(path, readonly=True)
        try:
            target = ElasticsearchStore(url, prefix=prefix, ca_certs=settings["store.elasticsearch_ca_certs"])
            try:
                point = copy_store(source, target, checkpoint, str(path.resolve()), f"{redact_url(url)} {prefix}", batch=args.batch,
                                   restart=args.restart, progress=progress)
            except (StoreError, KeyboardInterrupt) as exc:
                if bar is not None:
                    bar.close()
                if isinstance(exc, KeyboardInterrupt):
                    print(f"đã ngắt; chạy lại đúng lệnh này để chép tiếp từ {checkpoint}", file=sys.stderr)
                    raise
                raise StoreError(f"{exc} — chạy lại đúng lệnh này để chép tiếp từ {checkpoint}") from exc
            finally:
                target.close()
        finally:
            source.close()
        if bar is not None:
            bar.close()
        print(f"đã chép {number(point.articles)} bài, {number(point.issues)} vấn đề, {number(point.alerts)} cảnh báo, trạng thái "
              f"của {number(point.sources)} "
              f"nguồn vào Elasticsearch ({prefix}-*)")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    """A checked backup of the home, made beside the running service (no lock: it only reads)."""
    from diemnong.backup import backup_folder, make_backup

    settings = _settings(args)
    done = make_backup(settings, Path(args.output) if args.output else backup_folder(settings))
    print(f"{done.path}  {_size(done.size)}  ({_rows(done.rows)}, {number(done.files)} tệp của thư mục dữ liệu; "
          f"{number(done.seconds, 1)} giây)")
    return 0


def _rows(rows: dict[str, int]) -> str:
    return ", ".join(f"{number(rows.get(t, 0))} {word}" for t, word in (("articles", "bài"), ("issues", "vấn đề"),
                                                                          ("alerts", "cảnh báo")))


def _size(n: int) -> str:
    return f"{number(n / 2**20, 1)} MiB" if n >= 2**20 else f"{number(n / 2**10, 1)} KiB"


def cmd_restore(args: argparse.Namespace) -> int:
    """The archive into an empty home (or, with --force, over one), while nothing writes it."""
    from diemnong.backup import restore

    settings = _settings(args)
    settings.home.mkdir(parents=True, exist_ok=True)
    with home_lock(settings.home, "restore"):  # no service, crawl or ingest writing the store being replaced
        done = restore(settings, Path(args.archive), force=args.force, moved=args.moved)
    more = f"; những gì thư mục dữ liệu có trước đó nằm ở {done.aside}" if done.aside else ""
    if done.old_home is not None:
        named = f"là thư mục dữ liệu cũ «{done.old_home}»" if done.old_home else "không có giá trị"
        did = "đã biến dòng đó thành chú thích" if done.home_commented else f"đã đặt lại thành {done.home}"
        more += f"; settings.yaml đặt general.home {named}: {did} (giờ thư mục dữ liệu là {done.home})"
    try:
        when = f" tạo lúc {datetime.fromisoformat(done.created).astimezone(TZ):%d/%m/%Y %H:%M}"
    except ValueError:
        when = ""
    print(f"đã khôi phục bản sao lưu{when} vào {done.home}: {_rows(done.rows)}, {number(done.files)} tệp của "
          f"thư mục dữ liệu{more}")
    return 0


def cmd_settings(args: argparse.Namespace) -> int:
    settings = _settings(args)
    for name, value in settings.items():
        print(f"{name} = {_shown_setting(name, value)}    # {settings.specs[name].help}")
    return 0


def hook_variables(departments: dict[str, Any]) -> str:
    """The environment variables the departments' webhooks name (${DIEMNONG_TELEGRAM_TOKEN}), all set; else ConfigError
    naming each unset one with the departments that use it (never a value)."""
    named = {n: [d.name for d in departments.values() if any(n in address_variables(w) for w in d.webhooks)]
             for d in departments.values() for w in d.webhooks for n in address_variables(w)}
    unset = unfilled_variables(w for d in departments.values() for w in d.webhooks)
    if unset:
        raise ConfigError("; ".join(f"{n} {why} (dùng trong webhook của {', '.join(named[n])})" for n, why in unset.items())
                          + ": đặt trong tệp biến môi trường của dịch vụ (EnvironmentFile của systemd, .env hoặc "
                          "«environment:» của docker-compose) rồi khởi động lại `diemnong run`; cảnh báo tới các webhook đó "
                          "nằm lại trong hộp thư đi")
    return f"đã đặt {', '.join(named)}"


def cmd_check(args: argparse.Namespace) -> int:
    """The home's configuration checked as the service reads it, each file and the mail server in one line; with
    --send, one test message to each mailbox and webhook of the departments, each outcome said."""
    from alerting.notifiers import DeliveryError, check_session
    from diemnong.config import (data_file, departments_file, load_departments, load_seasons, load_themes,
                                 load_topics)

    try:
        settings = _settings(args)
    except ConfigError as exc:  # a problem it finds, as the others (exit 1); the other commands stop with exit 2
        print(f"Kiểm tra cấu hình\n  cài đặt: LỖI: {exc}\nCó 1 lỗi cần sửa.")
        return EXIT_FAILURE
    print(f"Kiểm tra cấu hình của thư mục dữ liệu {settings.home}")
    problems, departments = 0, {}
    given = bool(os.environ.get("DIEMNONG_HOME"))  # --home is set there (use_home)
    here = default_home_here(settings)
    unmade = unmade_default(settings.home, given, here)
    unusable = "" if unmade else missing_home(settings.home, given, here) or home_problem(settings.home)  # nothing made
    if unmade:
        print(f"  thư mục dữ liệu: {unmade}")
    elif unusable:
        problems += 1
        print(f"  thư mục dữ liệu: LỖI: {unusable}")
    else:
        print(f"  thư mục dữ liệu: ghi được, ổ đĩa còn trống {_size(shutil.disk_usage(settings.home).free)}")

    def step(what: str, read: Callable[[], str]) -> None:
        nonlocal problems
        try:
            print(f"  {what}: {read()}")
        except ConfigError as exc:  # a webhook's address the loader quotes: its token masked
            problems += 1
            print(redact_secrets(f"  {what}: LỖI: {exc}"))

    def read_departments() -> str:
        departments.update(load_departments(departments_file(settings.home)))
        emails = sum(len(d.emails) for d in departments.values())
        hooks = sum(len(d.webhooks) for d in departments.values())
        placeholders = [a for d in departments.values() for a in (*d.emails, *d.webhooks) if placeholder(a)]
        if placeholders:  # data/'s shipped addresses, never replaced: every alert would go nowhere
            raise ConfigError(f"{departments_file(settings.home)}: {len(placeholders)} địa chỉ vẫn là địa chỉ mẫu, không ai "
                              f"nhận được (tên miền dành cho ví dụ, như {placeholders[0]}): thay bằng địa chỉ thật của các "
                              f"đơn vị trên trang Cấu hình hoặc trong {settings.home / 'departments.yaml'}")
        return f"{len(departments)} đơn vị, {emails} địa chỉ thư, {hooks} webhook ({departments_file(settings.home)})"

    step("đơn vị nhận cảnh báo", read_departments)
    if any(address_variables(w) for d in departments.values() for w in d.webhooks):
        step("biến môi trường của webhook", lambda: hook_variables(departments))
    if departments:
        read_from = departments_file(settings.home)
        step("chủ đề", lambda: f"{len(load_topics(departments=departments, departments_path=read_from))} chủ đề "
             f"({data_file('topics.yaml')})")
    step("nhóm cụm từ theo dõi", lambda: f"{len(load_themes())} nhóm ({data_file('themes.yaml')})")
    step("thời điểm trong năm học (dự báo theo mùa)",
         lambda: f"{len(load_seasons())} thời điểm ({data_file('seasons.yaml')})")
    # as Cấu hình saves them: an address the crawler cannot fetch (a space, a port that is no number) is said here too
    step("nguồn tin", lambda: f"{sum(s.enabled for s in load_sources(saving=True))} nguồn đang bật "
         f"({data_file('sources.yaml')})")
    step("giờ nghỉ, bản tin, sao lưu, nhật ký", lambda: schedule(settings))
    unlinked = dashboard_url_problem(settings["general.dashboard_url"])
    print(f"  liên kết trong thư: {unlinked or dashboard_url(settings)}")
    config = mail_config(settings)
    if config is None:
        print("  máy chủ thư: chưa đặt alerts.smtp_host (DIEMNONG_SMTP_HOST): cảnh báo qua thư điện tử nằm lại trong hộp "
              "thư đi, không gửi")
    else:
        if config.password and not config.user:
            problems += 1
            print(f"  máy chủ thư {mail_server(config)}: LỖI: {NO_USER}")
        try:
            check_session(config)
            print(f"  máy chủ thư {mail_server(config)}: {reached(config)}")
        except DeliveryError as exc:
            problems += 1
            print(f"  máy chủ thư {mail_server(config)}: LỖI: {session_problem(exc, config)}")
            config = None  # no test mail then: each would say the same
    if args.send:
        problems += send_tests(settings, departments, config, no_server=mail_config(settings) is None)
    elif departments:
        print("  (thêm --send để gửi một thư thử và một tin webhook thử tới từng hộp thư và webhook của các đơn vị)")
    print("Cấu hình dùng được." if not problems else f"Có {problems} lỗi cần sửa.")
    return EXIT_FAILURE if problems else 0


def schedule(settings: Settings) -> str:
    """The times of day and the log level as `diemnong run` reads them at its start (where a wrong one stops it)."""
    from alerting.routing import AlertPolicy
    from diemnong.backup import Nightly

    policy, nightly = AlertPolicy.from_settings(settings), Nightly(settings)
    log_level(settings["general.log_level"])
    quiet = (f"giờ nghỉ {policy.quiet_start:%H:%M}-{policy.quiet_end:%H:%M}" if policy.quiet_start != policy.quiet_end
             else "không có giờ nghỉ")
    backup = f"sao lưu {nightly.at:%H:%M} vào {nightly.folder}" if nightly.at else "không sao lưu hằng đêm"
    return f"{quiet}, bản tin {policy.digest_time:%H:%M}, {backup}, nhật ký mức {settings['general.log_level']}"


def dashboard_url(settings: Settings) -> str:
    from diemnong.config import dashboard_base

    return f"bắt đầu bằng {dashboard_base(settings['general.dashboard_url'])}/"


def _shown_setting(name: str, value: Any) -> str:
    """A setting's value as settings.yaml would hold it (false, 587, '', [1, 4], on one line), a secret as ***."""
    if value and any(word in name for word in ("password", "secret", "token")):
        return "***"
    return yaml_line(redact_url(value) if isinstance(value, str) else value)


# --------------------------------------------------------------------------- parser

ARGPARSE_VI = (  # argparse's own sentences (Python 3.11 wording) in Vietnamese; any other is left as argparse words it
    (r"the following arguments are required: (.*)", r"thiếu các đối số bắt buộc: \1"),
    (r"unrecognized arguments: (.*)", r"không nhận ra các đối số: \1"),
    (r"invalid choice: (.*) \(choose from (.*)\)", r"lựa chọn không hợp lệ: \1 (chọn một trong: \2)"),
    (r"invalid \S+ value: (.*)", r"giá trị không hợp lệ: \1"),
    (r"expected one argument", "cần một giá trị"),
    (r"expected at most one argument", "cần nhiều nhất một giá trị"),
    (r"expected at least one argument", "cần ít nhất một giá trị"),
    (r"ambiguous option: (.*) could match (.*)", r"tùy chọn không rõ: \1 có thể là \2"),
    (r"not allowed with argument (.*)", r"không dùng được cùng đối số \1"),
    (r"one of the arguments (.*) is required", r"cần một trong các đối số \1"),
)


def argparse_vietnamese(message: str) -> str:
    """One of argparse's error messages in Vietnamese ("argument --port: invalid int value: 'x'" → "đối số --port: giá
    trị không hợp lệ: 'x'"); the words it quotes, and a message it is not known to write, are kept."""
    if (about := re.fullmatch(r"argument (.+?): (.*)", message, re.DOTALL)) is not None:
        return f"đối số {about[1]}: {argparse_vietnamese(about[2])}"
    for english, vietnamese in ARGPARSE_VI:
        if (found := re.fullmatch(english, message, re.DOTALL)) is not None:
            return found.expand(vietnamese)
    return message


class VietnameseHelpFormatter(argparse.HelpFormatter):
    """argparse's help with "Cách dùng:" for "usage:"."""

    def add_usage(self, usage: str | None, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, "Cách dùng: " if prefix is None else prefix)


class VietnameseParser(argparse.ArgumentParser):
    """An ArgumentParser that speaks Vietnamese: its headings, -h/--help and its errors ("diemnong search: lỗi: …");
    its subcommands' parsers are of the same class."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", VietnameseHelpFormatter)
        super().__init__(*args, **{**kwargs, "add_help": False})
        self._positionals.title = "đối số vị trí"
        self._optionals.title = "tùy chọn"
        if kwargs.get("add_help", True):
            self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS, help="in phần trợ giúp này rồi thoát")

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: lỗi: {argparse_vietnamese(message)}\n")


def build_parser() -> argparse.ArgumentParser:
    p = VietnameseParser(prog="diemnong", description="Điểm Nóng: theo dõi báo chí, phát hiện vấn đề nóng về giáo dục.")
    home = "thư mục dữ liệu của dịch vụ (mặc định: $DIEMNONG_HOME, nếu không có thì ./var)"
    p.add_argument("--home", help=home)
    sub = p.add_subparsers(title="lệnh", dest="command", required=True, metavar="LỆNH")

    def add(name: str, func: Callable[[argparse.Namespace], int], help: str) -> argparse.ArgumentParser:
        sp = sub.add_parser(name, help=help, description=help)
        sp.set_defaults(func=func)
        # also after the command (`diemnong restore --home /srv/new ARCHIVE`, as its help says); not given there, the
        # one before it stands
        sp.add_argument("--home", default=argparse.SUPPRESS, help=home)
        return sp

    c = add("classify", cmd_classify, "Phân loại bài báo từ tệp JSONL: chủ đề, sắc thái và tính địa phương của từng dòng.")
    c.add_argument("--input", required=True, help="tệp JSONL (hoặc bản nén gzip của nó) có id, title và, nếu có, summary, text, "
                   "published, url ('-' = stdin)")
    c.add_argument("--output", required=True, help="tệp JSONL ghi ra: các trường của đầu vào kèm kết quả phân loại ('-' = stdout)")
    c.add_argument("--workers", type=_at_least(0), default=0, help="số tiến trình dùng (0 = mỗi nhân CPU một tiến trình)")
    c.add_argument("--explain", action="store_true", help="ghi thêm các địa danh tìm thấy và những từ ngữ dẫn đến từng quyết định")

    workers = "số tiến trình phân loại (0 hoặc mặc định: mỗi nhân CPU một tiến trình)"
    b = add("backtest", cmd_backtest, "Phát lại một luồng bài báo theo thứ tự thời gian và ghi mọi cảnh báo mà dịch vụ "
            "đang chạy thật sẽ phát ra.")
    b.add_argument("--input", required=True, help="luồng JSONL (hoặc bản nén gzip của nó); mỗi dòng cần có 'published' "
                   "(ISO 8601, RFC 822, dd/mm/yyyy hoặc số giây kể từ năm 1970) ('-' = stdin)")
    b.add_argument("--output", required=True, help="tệp JSONL các cảnh báo, theo thứ tự phát ra ('-' = stdout)")
    b.add_argument("--workers", type=_at_least(0), default=None, help=workers)
    b.add_argument("--batch", type=_at_least(1), default=64, help="số bài phân loại cùng một lượt (việc phát hiện vẫn theo "
                   "thứ tự thời gian)")

    i = add("ingest", cmd_ingest, "Đưa bài báo từ tệp JSONL qua toàn bộ quy trình xử lý rồi lưu vào kho.")
    i.add_argument("--input", required=True, help="tệp JSONL (hoặc bản nén gzip của nó) có id, title, summary, text, published, "
                   "url, source ('-' = stdin)")
    i.add_argument("--shift-to-now", action="store_true", help="dời mọi thời điểm đi một số tuần chẵn để bài mới nhất nằm "
                   "trong tuần vừa qua (trình diễn)")
    i.add_argument("--workers", type=_at_least(0), default=None, help=workers)
    i.add_argument("--batch", type=_at_least(1), default=256, help="số bài xử lý cùng một lượt")

    s = add("search", cmd_search, 'Tìm trong các bài đã thu thập: từ, "cụm từ", -từ loại trừ, OR; gõ có dấu hay không dấu '
            'đều được.')
    s.add_argument("query", nargs="*", help="""các từ cần tìm, ví dụ hoc phi '"lam thu"': cụm từ chỉ giữ dấu ngoặc kép khi
                   nằm trong dấu nháy của shell ('"lam thu"'), và truy vấn có -từ ở bất kỳ chỗ nào phải có -- đứng trước
                   (search -- hoc phi -tuyen)""")
    s.add_argument("--topic", type=_topic, action="append", help="mã chủ đề 1–16 (dùng được nhiều lần; 0 = không thuộc chủ "
                   "đề trọng tâm nào)")
    s.add_argument("--sentiment", type=str.lower, choices=SENTIMENTS, help="negative (tiêu cực), neutral (trung tính) hoặc "
                   "positive (tích cực), chữ hoa hay chữ thường đều được")
    s.add_argument("--source", action="append", help="tên cơ quan báo chí, không phân biệt chữ hoa, chữ thường và dấu (dùng "
                   "được nhiều lần)")
    s.add_argument("--local", action="store_true", help="chỉ các bài về Hậu Giang")
    s.add_argument("--since", type=_date, help="từ ngày này (YYYY-MM-DD)")
    s.add_argument("--until", type=_until, help="đến hết ngày này (nếu kèm giờ: đến đúng thời điểm đó)")
    s.add_argument("--sort", choices=("newest", "oldest", "relevance"), default="newest", help="thứ tự kết quả: newest (mới "
                   "nhất trước), oldest (cũ nhất trước) hoặc relevance (sát nhất trước) (mặc định: newest)")
    s.add_argument("--limit", type=_at_least(1), default=20, help="số kết quả in ra tối đa (mặc định: 20)")
    s.add_argument("--json", action="store_true", help="mỗi kết quả một đối tượng JSON")

    sg = add("signals", cmd_signals, "Liệt kê các tín hiệu sớm: chủ đề, cụm từ và nhóm bài đang tăng dần tới ngưỡng cảnh "
             "báo (chưa từng được cảnh báo).")
    sg.add_argument("--json", action="store_true", help="mỗi tín hiệu một đối tượng JSON")
    sg.add_argument("--all", action="store_true", help="kể cả những tín hiệu không có bài mới trong khung thời gian tăng đột biến")
    sg.add_argument("--forward", metavar="ID", help="gửi tín hiệu này (theo Mã của nó) một lần tới các đơn vị đầu mối, "
                    "như nút «Báo đầu mối» trên dashboard")
    sg.add_argument("--by", default="", help="người chuyển tín hiệu, được nêu tên trong thư (mặc định: tên đăng nhập)")

    al = add("alerts", cmd_alerts, "Liệt kê các cảnh báo mà hộp thư đi đã thôi gửi (địa chỉ bị từ chối, máy chủ không nhận "
             "sau alerts.max_attempts lần thử), lý do, và nơi mỗi cảnh báo sẽ được gửi tới lúc này; --retry-failed đưa "
             "chúng trở lại hàng đợi để `diemnong run` gửi.")
    al.add_argument("--retry-failed", action="store_true",
                    help="đưa chúng vào lại hàng đợi, như nút «Gửi lại» trên dashboard: tới chính địa chỉ cũ nếu đơn vị "
                         "vẫn còn địa chỉ đó (giữ nguyên Message-ID), nếu không thì tới các địa chỉ hiện tại của đơn vị "
                         "(data/departments.yaml hoặc Cấu hình)")
    al.add_argument("--issue", metavar="ID", help="chỉ các cảnh báo của vấn đề này (Mã của nó trên trang Vấn đề)")
    al.add_argument("--department", metavar="CODE", help="chỉ các cảnh báo gửi tới đơn vị này (mã trong data/departments.yaml)")
    al.add_argument("--by", default="", help="người gửi lại, được ghi vào lịch sử của vấn đề (mặc định: tên đăng nhập)")

    cr = add("crawl", cmd_crawl, "Quét một lần các nguồn đã cấu hình (hoặc các nguồn được chỉ định) và lưu những bài mới.")
    cr.add_argument("--once", action="store_true", help="quét một lần rồi thoát (mặc định; vòng lặp theo lịch là `diemnong run`)")
    cr.add_argument("--source", action="append", help="URL hoặc tên một nguồn trong data/sources.yaml, hoặc URL của bất kỳ "
                    "nguồn tin (feed) nào (dùng được nhiều lần)")

    r = add("run", cmd_run, "Chạy dịch vụ: nạp dữ liệu trình diễn vào kho trống, quét các nguồn theo lịch, gửi cảnh báo, "
            "phục vụ dashboard.")
    r.add_argument("--port", type=int, default=8501, help="cổng của dashboard (mặc định: 8501)")
    r.add_argument("--interval", type=_seconds, default=60, help="số giây giữa hai vòng của bộ lập lịch (mặc định: 60)")
    r.add_argument("--no-dashboard", action="store_true", help="không khởi động dashboard (ví dụ: container chỉ chạy việc nền)")
    r.add_argument("--no-demo", action="store_true", help="không nạp luồng dữ liệu trình diễn vào kho trống")
    r.add_argument("--no-crawl", action="store_true", help="không quét nguồn (trình diễn ngoại tuyến)")
    r.add_argument("--once", action="store_true", help="chạy một vòng lập lịch rồi thoát")

    d = add("dashboard", cmd_dashboard, "Phục vụ dashboard (Streamlit) tại http://localhost:PORT.")
    d.add_argument("--port", type=int, default=8501, help="cổng phục vụ (mặc định: 8501)")

    ri = add("reindex", cmd_reindex, "Chép kho nhúng sang Elasticsearch (có thanh tiến độ; chạy tiếp từ chỗ lần chạy bị "
             "ngắt đã dừng).")
    ri.add_argument("--to", choices=("elasticsearch",), required=True, help="kho đích để chép vào")
    ri.add_argument("--from", dest="source", help="tệp kho nhúng (mặc định: store.sqlite_path)")
    ri.add_argument("--batch", type=_at_least(1), default=500, help="số bài ghi cùng một lượt")
    ri.add_argument("--restart", action="store_true", help="bỏ qua điểm lưu tiến độ và chép lại toàn bộ")

    shared = "thư mục các bộ dữ liệu dùng chung (mặc định: thiết lập general.shared_data)"
    segmenting = "số tiến trình tách từ (0 = mỗi nhân CPU một tiến trình)"
    tr = add("train", cmd_train, "Huấn luyện lại mô hình chủ đề và mô hình sắc thái từ nhãn (nlp/labels) và các bộ dữ liệu "
             "dùng chung, rồi chấm điểm chúng trên phần dữ liệu kiểm tra.")
    tr.add_argument("--shared", help=shared)
    tr.add_argument("--output", help="thư mục ghi mô hình (mặc định: nlp/models, các mô hình đi kèm phần mềm)")
    tr.add_argument("--workers", type=_at_least(0), default=0, help=segmenting)
    tr.add_argument("--experiments", action="store_true", help="so sánh thêm các cách dùng dữ liệu chưa gán nhãn và dữ liệu "
                    "bên ngoài trên phần dữ liệu phát triển (chậm hơn)")
    tr.add_argument("--limit", type=_at_least(0), default=0, help="chỉ huấn luyện trên một tập con ngẫu nhiên gồm chừng ấy "
                    "mục đã gán nhãn (chạy thử nhanh)")
    tr.add_argument("--quiet", action="store_true", help="chỉ in bảng kết quả cuối cùng")

    ev = add("evaluate", cmd_evaluate, "Chấm điểm các mô hình trên phần dữ liệu kiểm tra để riêng, so với các mô hình "
             "cơ sở, rồi in bảng chỉ số.")
    ev.add_argument("--shared", help=shared)
    ev.add_argument("--models", help="thư mục các mô hình cần chấm (mặc định: thiết lập nlp.models, nếu không có thì các "
                    "mô hình đi kèm phần mềm)")
    ev.add_argument("--workers", type=_at_least(0), default=0, help=segmenting)
    ev.add_argument("--no-long", action="store_true", help="bỏ qua phần kiểm tra trên các bài báo đủ độ dài (VNTC)")
    ev.add_argument("--json", action="store_true", help="in mọi số liệu dưới dạng JSON")

    bk = add("backup", cmd_backup, "Sao lưu thư mục dữ liệu ngay khi dịch vụ đang chạy: một bản sao đã kiểm tra của kho "
             "cùng các tệp tài khoản, thiết lập và Cấu hình, gộp trong một tệp lưu trữ đặt tên theo thời điểm (in ra "
             "đường dẫn và kích thước của tệp).")
    bk.add_argument("--output", metavar="DIR", help="thư mục ghi tệp lưu trữ (mặc định: thiết lập backup.folder, nếu không "
                    "có thì $DIEMNONG_HOME/backups)")

    rs = add("restore", cmd_restore, "Khôi phục một tệp sao lưu vào thư mục dữ liệu trống hoặc mới ($DIEMNONG_HOME hoặc "
             "--home); trước đó hãy dừng `diemnong run` đang dùng thư mục ấy.")
    rs.add_argument("archive", help="tệp diemnong-backup-….tar.gz do `diemnong backup` tạo ra")
    rs.add_argument("--force", action="store_true", help="thay kho và các tệp của thư mục dữ liệu; chúng được chuyển sang "
                    "$DIEMNONG_HOME/before-restore-TIME/ chứ không bị xóa")
    rs.add_argument("--moved", action="store_true", help="thư mục dữ liệu này thay thế đúng thư mục đã sao lưu (chuyển "
                    "sang máy chủ mới, máy cũ thôi chạy): giữ mã của nó, để sao lưu hằng đêm dọn cả các bản sao lưu hằng "
                    "đêm cũ của nó; mặc định là một bản sao mới (máy thử nghiệm), không bao giờ xóa bản sao lưu của máy gốc")

    st = add("settings", cmd_settings, "In mọi thiết lập, giá trị và tác dụng của từng thiết lập.")
    del st

    ck = add("check", cmd_check, "Kiểm tra cấu hình như dịch vụ sẽ đọc: thiết lập, đơn vị và người nhận, chủ đề, nguồn "
             "tin, và kết nối, đăng nhập máy chủ thư (không gửi gì); thoát 1 khi có lỗi.")
    ck.add_argument("--send", action="store_true", help="gửi thêm một thư thử và một tin webhook thử tới từng hộp thư và "
                    "webhook của các đơn vị, in kết quả của từng địa chỉ")

    u = add("user", _lazy("dashboard.users", "cmd_user"), "Quản lý tài khoản dashboard (admin: quản trị, analyst: phân "
            "tích viên, department: người xem của đơn vị) trong $DIEMNONG_HOME/users.yaml.")
    u.add_argument("action", choices=("add", "list", "remove"), help="add: thêm (hoặc kèm --replace: sửa) một tài khoản; "
                   "list: liệt kê các tài khoản; remove: xóa một tài khoản")
    u.add_argument("username", nargs="?", default="", help="tên đăng nhập: 2–32 ký tự gồm chữ thường, chữ số, '.', '_' hoặc '-'")
    u.add_argument("--name", help="họ tên hiển thị trên dashboard và trong lịch sử vấn đề")
    u.add_argument("--role", choices=("admin", "analyst", "department"), default="analyst",
                   help="admin (toàn quyền, kể cả Cấu hình và tài khoản), analyst (mọi trang trừ Cấu hình) hoặc department "
                        "(chỉ các chủ đề của đơn vị mình, chỉ được xem; dùng kèm --department) (mặc định: analyst)")
    u.add_argument("--department", help="mã đơn vị trong data/departments.yaml (dùng cho --role department)")
    u.add_argument("--email", help="địa chỉ e-mail (không bắt buộc)")
    u.add_argument("--password-stdin", action="store_true", help="đọc mật khẩu từ đầu vào chuẩn (stdin) thay vì hỏi")
    u.add_argument("--replace", action="store_true", help="ghi đè một tài khoản đã có (mật khẩu mới, vai trò)")

    rp = add("report", _lazy("diemnong.report", "cmd_report"), "Lập báo cáo tình hình dư luận hằng tháng hoặc của một kỳ "
             "(Word, PDF hoặc HTML) và in đường dẫn của tệp.")
    rp.add_argument("--month", type=_month, help="tháng cần báo cáo, dạng YYYY-MM")
    rp.add_argument("--from", dest="from_day", metavar="YYYY-MM-DD",
                    help="báo cáo một kỳ khác tháng (học kỳ, quý, năm học): ngày đầu kỳ, dùng kèm --to")
    rp.add_argument("--to", dest="to_day", metavar="YYYY-MM-DD", help="ngày cuối kỳ (tính cả ngày này), không sau hôm nay")
    rp.add_argument("--unit", help="tên đơn vị ở phần đầu báo cáo (mặc định: general.unit_name)")
    rp.add_argument("--parent", help="cơ quan chủ quản của đơn vị, ở phần đầu báo cáo (mặc định: report.parent_unit)")
    rp.add_argument("--format", choices=("docx", "pdf", "html"),
                    help="docx, pdf hoặc html (mặc định: theo đuôi của tệp --output, nếu không có thì docx)")
    rp.add_argument("--output", help="tệp cần ghi, hoặc thư mục để ghi báo cáo vào đó với tên thường dùng "
                                     "(mặc định: $DIEMNONG_HOME/reports/…)")
    return p


class Terminated(KeyboardInterrupt):
    """SIGTERM (`timeout`, a scheduler's or a container's stop) during a command: it stops as at Ctrl-C."""


@contextmanager
def interrupt_once() -> Iterator[None]:
    """Ctrl-C (or SIGTERM) stops a command once; a second one while it stops (its worker processes shut down, a
    half-written output removed, the models freed at exit) is ignored: it cut that short, and a command waiting for its
    workers then waited for ever. Only where Ctrl-C has Python's own handler (not under a test runner's or an
    embedding's), and SIGTERM where nothing else handles or ignores it, each on its own: a command started in the
    background by a script (`diemnong classify … &`) has Ctrl-C ignored from its start, and `timeout`'s or a
    scheduler's SIGTERM then killed it on the spot, its half-written output left beside the old one."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    untouched = {signal.SIGINT: signal.default_int_handler, signal.SIGTERM: signal.SIG_DFL}
    taken = [sig for sig, handler in untouched.items() if signal.getsignal(sig) is handler]

    def interrupt(signum: int, _frame: object) -> None:
        for sig in taken:
            signal.signal(sig, signal.SIG_IGN)
        raise Terminated if signum == signal.SIGTERM else KeyboardInterrupt

    for sig in taken:
        signal.signal(sig, interrupt)
    try:
        yield
    finally:
        for sig in taken:
            if signal.getsignal(sig) is interrupt:  # not interrupted (nor replaced, as `run` does): as it was
                signal.signal(sig, untouched[sig])


def _lazy(module: str, name: str) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        import importlib

        return int(getattr(importlib.import_module(module), name)(args))

    return run


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    use_home(args)
    try:  # `diemnong run` says so of a name that is no level; the other commands log at WARNING then
        level = log_level(os.environ.get("DIEMNONG_LOG_LEVEL") or "WARNING")
    except ConfigError:
        level = logging.WARNING
    console = logging.StreamHandler()
    console.setFormatter(_Masked("%(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=level, handlers=[console])
    from concurrent.futures.process import BrokenProcessPool

    from diemnong.backup import BackupError
    from store.base import StoreError

    try:
        with interrupt_once():
            return int(args.func(args))
    except (InputError, UsageError, ConfigError) as exc:
        print(f"diemnong {args.command}: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except (StoreError, AlreadyRunning, BackupError, HomeUnusable) as exc:
        print(f"diemnong {args.command}: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    except BrokenProcessPool:  # a worker of classify's pool killed (the OOM killer); the Service's commands analyse apart
        print(f"diemnong {args.command}: {WORKER_KILLED}", file=sys.stderr)
        return EXIT_FAILURE
    except Terminated:
        print(f"diemnong {args.command}: đã bị dừng (SIGTERM)", file=sys.stderr)
        return 128 + signal.SIGTERM
    except KeyboardInterrupt:
        print(f"diemnong {args.command}: đã bị ngắt", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except OSError as exc:  # a file that cannot be written (disk full, read-only) or read: one line, not a traceback
        where = f" {exc.filename}" if exc.filename else ""
        print(f"diemnong {args.command}: không ghi hoặc đọc được{where}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_FAILURE


if __name__ == "__main__":
    sys.exit(main())
