"""JSON Lines in and out, streamed, with errors that name the file and line."""
from __future__ import annotations

import errno
import gzip
import io
import json
import os
import re
import sys
import zlib
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import IO, Any, Iterator


class InputError(ValueError):
    """An input file is missing or a line of it is malformed."""


GZIP = b"\x1f\x8b"


def is_gzip(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(2) == GZIP


def read_jsonl(path: str | Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) for each non-blank line; '-' reads standard input; gzip is read as it is decompressed."""
    if str(path) == "-" and not hasattr(getattr(sys.stdin, "buffer", None), "peek"):  # a replaced stdin (text only)
        yield from _lines(sys.stdin, "<stdin>")
        return
    with input_bytes(path) as (raw, name):
        yield from _lines(io.TextIOWrapper(raw, encoding="utf-8-sig", errors="strict"), name)


@contextmanager
def input_bytes(path: str | Path) -> Iterator[tuple[IO[bytes], str]]:
    """(bytes, name in messages) of an input file or of standard input ('-'): decompressed as they are read when they
    are gzip (a news archive's .jsonl.gz, known by its first bytes whatever its name), and refused when they are not
    UTF-8 text at all (refuse_binary). A damaged or cut gzip is an InputError where it is read (gzip_error)."""
    with ExitStack() as stack:
        if str(path) == "-":
            raw, name = sys.stdin.buffer, "<stdin>"
        else:
            p = Path(path)
            if p.is_dir() or not p.exists():
                raise not_a_file(p)
            raw, name = stack.enter_context(p.open("rb")), str(p)
        if raw.peek(2)[:2] == GZIP:
            raw = stack.enter_context(gzip.GzipFile(fileobj=raw, mode="rb"))
        try:
            head = raw.peek(4)[:4]
        except GZIP_ERRORS as exc:
            raise gzip_error(name, 0, exc) from None
        refuse_binary(head, name)
        yield raw, name


def not_a_file(path: Path, name: str | None = None) -> InputError:
    """An input named that is a folder or nothing at all."""
    return InputError(f"{name or path}: {'là một thư mục, không phải tệp' if path.is_dir() else 'không có tệp này'}")


GZIP_ERRORS = (EOFError, gzip.BadGzipFile, zlib.error)  # what reading a damaged or cut gzip raises


def gzip_error(name: str, lineno: int, exc: Exception) -> InputError:
    """A gzip input that is damaged or cut short (a download or a copy stopped), naming it and the last line read."""
    after = f" sau dòng {lineno}" if lineno else ""
    return InputError(f"{name}: tệp gzip bị hỏng hoặc không trọn vẹn{after} ({exc})")


def sniff(path: Path, name: str) -> None:
    """An InputError saying what a file is when its first bytes show it is not JSON Lines in UTF-8 at all (a gzip
    file, UTF-16 as Windows Notepad saves «Unicode»), rather than «line 1: not UTF-8 text»."""
    with path.open("rb") as fh:
        refuse_binary(fh.read(4), name)


def refuse_binary(head: bytes, name: str) -> None:
    """sniff's judgement on the first bytes of a file or of standard input."""
    if head.startswith(GZIP):  # compressed twice
        raise InputError(f"{name}: tệp gzip, không phải JSON Lines: hãy giải nén trước (gunzip -c FILE | diemnong … --input -)")
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{name}: văn bản UTF-16 («Unicode» của Notepad), không phải UTF-8: hãy lưu lại dưới dạng UTF-8")


def _lines(fh: IO[str], name: str) -> Iterator[tuple[int, dict[str, Any]]]:
    lineno = 0
    try:
        for lineno, line in enumerate(fh, 1):
            obj = parse_line(line, name, lineno)
            if obj is not None:
                yield lineno, obj
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}:{lineno + 1}: không phải văn bản UTF-8 ({exc.reason})") from exc
    except GZIP_ERRORS as exc:
        raise gzip_error(name, lineno, exc) from None


def parse_line(line: str | bytes, name: str, lineno: int) -> dict[str, Any] | None:
    """The JSON object on one line, None for a blank line; an InputError names the file and line. A byte-order mark
    opening the line is dropped: files saved by Windows tools and then joined (cat a.jsonl b.jsonl) have one at the
    start of each part, and the second was refused as «malformed JSON: Unexpected UTF-8 BOM»."""
    if isinstance(line, bytes):
        try:
            line = line.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(f"{name}:{lineno}: không phải văn bản UTF-8 ({exc.reason})") from exc
    line = line.removeprefix("\ufeff").rstrip("\r\n")  # its end of line is no part of it: columns are counted on it
    if not line.strip():
        return None
    try:
        obj = json.loads(line)
        obj = _no_surrogates(obj) if _SURROGATE_ESCAPE.search(line) else obj
    except json.JSONDecodeError as exc:
        raise InputError(f"{name}:{lineno}: JSON sai cú pháp: {exc.msg} (cột {exc.colno}){_hint(line)}") from exc
    except RecursionError:
        raise InputError(f"{name}:{lineno}: JSON lồng nhau quá sâu") from None
    if not isinstance(obj, dict):
        raise InputError(f"{name}:{lineno}: cần một đối tượng JSON, không phải {json_kind(obj)}{_hint(line)}")
    return obj


def json_kind(value: Any) -> str:
    """What a JSON value is, in JSON's own terms (not Python's list, dict, bool): «một mảng», «true», «null»…"""
    if value is None or isinstance(value, bool):
        return json.dumps(value)
    if isinstance(value, (int, float)):
        return "một số"
    return {dict: "một đối tượng", list: "một mảng", str: "một chuỗi"}.get(type(value), type(value).__name__)


def _hint(line: str) -> str:
    """What to do with a file that is one JSON array or objects written over several lines (pretty-printed)."""
    start = line.strip()
    if start.startswith("["):
        return "; tệp có vẻ là một mảng JSON: hãy ghi mỗi đối tượng trên một dòng (JSON Lines), ví dụ jq -c '.[]' FILE"
    if start == "{" or start.startswith(('"', "}")):
        return "; mỗi bài phải là một đối tượng JSON trên một dòng (JSON Lines), ví dụ jq -c . FILE"
    return ""


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _no_surrogates(value: Any) -> Any:
    """Lone UTF-16 surrogates (a JSON escape such as "\\ud800" without its pair) as U+FFFD, the rest unchanged: no
    UTF-8 writer, hash or store accepts them. A valid pair was already joined into one character by the parser."""
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, list):
        return [_no_surrogates(v) for v in value]
    if isinstance(value, dict):
        return {_no_surrogates(k): _no_surrogates(v) for k, v in value.items()}
    return value


@contextmanager
def atomic_path(path: str | Path, suffix: str = ".part") -> Iterator[Path]:
    """Where to write `path` so that no reader sees half of it: a file beside it, moved over it when the block ends
    (over a symlink's target, never the link); a device or FIFO (e.g. /dev/null) is written straight, never replaced."""
    p = Path(path)
    if p.exists() and not p.is_file():
        yield p
        return
    p = p.resolve()
    p.parent.mkdir(parents=True, exist_ok=True)
    tmp = p.with_name(p.name + suffix)
    with _claimed(tmp, p):
        try:
            yield tmp
        except BaseException:
            tmp.unlink(missing_ok=True)  # a failed run (disk full, bad input) leaves nothing half-written behind
            raise
        tmp.replace(p)


@contextmanager
def _claimed(tmp: Path, target: Path) -> Iterator[None]:
    """The file beside an output held by this command alone while it writes (a lock the system drops however the
    command ends): two commands with one output wrote into the same file beside it, and the output came out with
    both runs' lines mixed. The second is refused, naming the output; a file left by a killed run is taken over."""
    import fcntl

    while True:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_CLOEXEC, 0o666)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise OSError(errno.EBUSY, "một lệnh khác đang ghi tệp này; hãy đợi nó xong, hoặc ghi ra tệp khác",
                          str(target)) from None
        except OSError:
            pass  # a file system without locks (some network shares): written unguarded, as before
        try:
            if os.path.samestat(os.fstat(fd), os.stat(tmp)):
                break
        except FileNotFoundError:
            pass
        os.close(fd)  # the holder moved it over its output just now: this name is a new file
    try:
        yield
    finally:
        os.close(fd)


@contextmanager
def jsonl_writer(path: str | Path) -> Iterator[Any]:
    """A write(obj) function for a JSON Lines file ('-' writes standard output); writes atomically to files."""
    if str(path) == "-":
        yield lambda obj: sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
        return
    with atomic_path(path) as target, naming(path), target.open("w", encoding="utf-8") as fh:
        yield lambda obj: fh.write(json.dumps(obj, ensure_ascii=False) + "\n")


@contextmanager
def naming(path: str | Path) -> Iterator[None]:
    """An OSError without a file name (a write on a full disk) given `path`'s: «cannot write or read: No space left on
    device» said not which file."""
    try:
        yield
    except OSError as exc:
        if exc.filename is None and exc.errno is not None:
            raise OSError(exc.errno, exc.strerror, str(path)) from exc  # the same subclass (BrokenPipeError…)
        raise
