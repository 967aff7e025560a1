"""Secrets (SMTP, Elasticsearch, dashboard accounts) live only in the environment or in ignored local files:
no tracked file holds a secret-looking value, .gitignore covers .env and the state directory, every secret
setting is empty by default and can come from the environment, and nothing prints one back."""
from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from diemnong.config import load_settings
from tests.conftest import ROOT
from tests.faults import diemnong

# High-confidence patterns, checked in every tracked file.
ANYWHERE = {
    "private key": re.compile(r"-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY"),
    "AWS access key": re.compile(r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b"),
    "GitHub token": re.compile(r"\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}\b|\bgithub_pat_[A-Za-z0-9_]{40,}"),
    "Slack token": re.compile(r"\bxox[abprs]-[A-Za-z0-9-]{10,}"),
    "Google API key": re.compile(r"\bAIza[0-9A-Za-z_-]{35}\b"),
    "bcrypt hash (a users.yaml?)": re.compile(r"\$2[aby]\$\d\d\$[./A-Za-z0-9]{53}"),
    "password in a URL": re.compile(r"\b[a-z][a-z0-9+.-]*://[^/\s:@'\"]+:([^@\s'\"/]+)@"),
}
# Secret-named keys given a literal value, checked in configuration-like files.
ASSIGNED = re.compile(r"(?i)(?<![{$\w.-])[\w.-]*(?:password|passwd|secret|token|api[_-]?key|private[_-]?key)(?![a-z])[\w.-]*"
                      r"[ \t]*[:=][ \t]*['\"]?([^\s'\"#,}]+)")
CONFIG_FILES = re.compile(r"(\.ya?ml|\.env[\w.-]*|\.toml|\.ini|\.cfg|\.json|Dockerfile|\.conf)$")
# A value that is clearly not a secret: a placeholder, a reference to a variable, empty, a type.
PLACEHOLDER = re.compile(r"(?i)^(?:\$\{?\w+.*|<[^>]*>|\*+|x+|change[-_]?me.*|placeholder|example|redacted|password|secret|"
                         r"none|null|false|true|''|\"\"|str|\w*PASSWORD\w*|%\(.*|\{\{.*|PASSWORD)$")
# Throwaway values the tests themselves use against loopback servers (never a real credential).
ALLOWED = {
    ("tests/store/test_elasticsearch_requests.py", "password in a URL"),
    ("tests/store/conftest.py", "password in a URL"),
    ("tests/test_docker_compose.py", "password in a URL"),
    ("README.md", "password in a URL"),  # https://diemnong:PASSWORD@es.example:9200 and the like
    ("tests/store/test_reindex.py", "password in a URL"),  # http://diemnong:pw@127.0.0.1 — a loopback fake
    ("tests/test_secrets.py", "password in a URL"),  # this file's own made-up values, to show the scanner works
    ("tests/test_webhook_telegram.py", "password in a URL"),  # https://relay:mat-khau@…, made up, to show it masked
}


def tracked_files() -> list[Path]:
    try:
        out = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError) as exc:
        pytest.skip(f"not a git checkout ({exc}): the tracked files cannot be listed")
    return [ROOT / p for p in out.decode().split("\0") if p]


def text_of(path: Path) -> str | None:
    try:
        data = path.read_bytes()
    except OSError:
        return None
    if b"\0" in data[:4096] or len(data) > 5_000_000:
        return None
    return data.decode("utf-8", "replace")


def findings(files: list[Path]) -> list[str]:
    out = []
    for path in files:
        rel = path.relative_to(ROOT).as_posix()
        text = text_of(path)
        if text is None:
            continue
        for name, pattern in ANYWHERE.items():
            for m in pattern.finditer(text):
                value = m.group(1) if m.groups() else m.group(0)
                if name == "password in a URL" and (PLACEHOLDER.match(value) or (rel, name) in ALLOWED):
                    continue
                out.append(f"{rel}: {name}: {m.group(0)[:60]}")
        if CONFIG_FILES.search(rel):
            for m in ASSIGNED.finditer(text):
                if not PLACEHOLDER.match(m.group(1)):
                    out.append(f"{rel}: secret-named key with a literal value: {m.group(0)[:60]}")
    return out


def test_no_tracked_file_holds_a_secret() -> None:
    problems = findings(tracked_files())
    assert not problems, "secrets belong in the environment or an ignored file:\n" + "\n".join(problems)


def test_the_scanner_finds_what_it_looks_for(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("tests.test_secrets.ROOT", tmp_path)
    (tmp_path / "settings.yaml").write_text("alerts:\n  smtp_password: hunter2-real\n  smtp_user: ''\n")
    (tmp_path / "users.yaml").write_text("password: $2b$12$" + "a" * 53 + "\n")
    (tmp_path / "app.py").write_text('URL = "https://diemnong:S3cr3t-pass@es.internal:9200"\nOK = "https://u:${PW}@x"\n')
    (tmp_path / ".env").write_text("ELASTIC_PASSWORD=change-me\nSMTP_PASSWORD=${SMTP}\n")
    found = "\n".join(findings(sorted(tmp_path.iterdir())))
    assert "hunter2-real" in found and "bcrypt" in found and "S3cr3t-pass" in found
    assert "change-me" not in found and "${" not in found


def test_gitignore_covers_env_files_and_the_state_directory() -> None:
    tracked_files()  # skips outside a git checkout
    for path in (".env", "var/users.yaml", "var/settings.yaml", "var/initial-admin-password", "var/diemnong.sqlite3"):
        ignored = subprocess.run(["git", "check-ignore", "-q", "--no-index", path], cwd=ROOT).returncode == 0
        assert ignored, f"{path} must be ignored by git"
    assert subprocess.run(["git", "check-ignore", "-q", "--no-index", ".env.example"], cwd=ROOT).returncode != 0


def test_secret_settings_are_empty_by_default_and_come_from_the_environment() -> None:
    settings = load_settings(env={})
    secret = [n for n in settings.specs if re.search(r"password|secret|token|elasticsearch_url|smtp_user", n)]
    assert {"alerts.smtp_password", "store.elasticsearch_url"} <= set(secret)
    for name in secret:
        spec = settings.specs[name]
        assert spec.default in ("", None), f"{name} must have no default value"
        assert spec.env, f"{name} must be settable from the environment"


def test_the_settings_command_never_prints_a_secret(tmp_path: Path) -> None:
    env_home = tmp_path / "home"
    from tests.faults import child_env

    env = child_env(env_home, DIEMNONG_SMTP_PASSWORD="smtp-s3cret-value", ELASTICSEARCH_URL="https://diemnong:es-s3cret-value@es.example:9200",
                    DIEMNONG_SMTP_USER="canbo")
    out = diemnong(["settings"], env_home, env=env)
    assert out.returncode == 0, out.stderr
    assert "s3cret" not in out.stdout + out.stderr
    assert "alerts.smtp_password = ***" in out.stdout and "https://diemnong:***@es.example:9200" in out.stdout


@pytest.mark.parametrize("url, shown", [
    ("http://elastic:Mk#2026@es.local:9200", "http://elastic:***@es.local:9200"),
    ("https://admin:p@ss#rd@sgd.example/diemnong/?a=1#x", "https://admin:***@sgd.example/diemnong/?a=1#x"),
    ("http://elastic:Mk/20?26@es.local:9200/", "http://elastic:***@es.local:9200/"),
    ("https://u:p@h:9200/x", "https://u:***@h:9200/x"), ("http://h:9200", "http://h:9200"), ("http://u@h:9200", "http://u@h:9200")])
def test_a_password_in_an_address_is_hidden_whole_wherever_it_is_printed(tmp_path: Path, url: str, shown: str) -> None:
    """A password with # / ? or @ in it, not percent-encoded (ELASTICSEARCH_URL=http://elastic:Mk#2026@es.local:9200),
    was printed by `diemnong settings` whole, or from its @ on: urlsplit ends the host part at the first # / ?, and
    saw no password or only its start. `diemnong settings`, the Elasticsearch store's messages and `diemnong reindex`
    hide it with one function."""
    from diemnong.text import redact_url
    from store.elasticsearch import ElasticsearchStore, make_client
    from tests.faults import child_env

    assert redact_url(url) == shown
    out = diemnong(["settings"], tmp_path, env=child_env(tmp_path, ELASTICSEARCH_URL=url, DIEMNONG_DASHBOARD_URL=url))
    assert out.returncode == 0, out.stderr
    assert f"store.elasticsearch_url = {shown}    #" in out.stdout and f"general.dashboard_url = {shown}    #" in out.stdout
    assert ElasticsearchStore(url, prefix="t", client=make_client("http://127.0.0.1:9"), setup=False).url == shown


def test_the_first_admin_password_file_goes_once_that_password_is_changed(tmp_path: Path) -> None:
    """`diemnong user add admin --role admin --replace` (as the first start tells) left initial-admin-password holding
    the old password: a colleague reading it later could not sign in, and every backup went on carrying it."""
    from dashboard.users import ensure_first_admin

    home = tmp_path / "home"
    password = ensure_first_admin(home)
    note = home / "initial-admin-password"
    assert password and note.read_text(encoding="utf-8").strip() == password
    other = diemnong(["user", "add", "bich", "--role", "admin", "--password-stdin"], home, input="mat-khau-cua-bich\n")
    assert other.returncode == 0 and note.exists(), "another account changes nothing of admin's"
    changed = diemnong(["user", "add", "admin", "--role", "admin", "--replace", "--password-stdin"], home,
                       input="mat-khau-moi-cua-admin\n")
    assert changed.returncode == 0, changed.stderr
    assert not note.exists(), "the file no longer tells a password that does not sign in"


@pytest.mark.parametrize("url", ["diemnong:es-s3cret-value@localhost:9200", "http://diemnong:es-s3cret-value@es.example/",
                                 "http://diemnong:es-s3cret-value@es.example:92OO"])
def test_an_elasticsearch_address_the_client_cannot_use_is_one_line_that_does_not_repeat_it(tmp_path: Path, url: str) -> None:
    """ELASTICSEARCH_URL without its scheme or its port (a proxy on 443 written without it) ended `diemnong search` and
    `diemnong reindex` in the client's ValueError traceback."""
    from tests.faults import child_env

    home = tmp_path / "home"
    for args in (["search", "hoc", "phi"], ["reindex", "--to", "elasticsearch"]):
        if args[0] == "reindex":
            assert diemnong(["ingest", "--input", "-"], home, input="").returncode == 0  # an embedded store to copy
        out = diemnong(args, home, env=child_env(home, DIEMNONG_STORE="elasticsearch", ELASTICSEARCH_URL=url))
        assert out.returncode == 2 and out.stderr.splitlines() == [
            f"diemnong {args[0]}: ELASTICSEARCH_URL (store.elasticsearch_url): cần dạng http(s)://[tên:mật-khẩu@]máy:cổng, "
            "ví dụ https://diemnong:PASSWORD@es.example:9200 (với https có thể bỏ cổng: 443, qua proxy)"], out.stderr


@pytest.mark.parametrize("url", ["https://diemnong:es-s3cret-value@es.sogd.example", "https://es.sogd.example/",
                                 "http://diemnong:es-s3cret-value@localhost:9200", "https://[::1]:9243"])
def test_an_elasticsearch_address_the_client_uses_is_not_refused(tmp_path: Path, url: str) -> None:
    """https://es.sogd.example (an Elasticsearch behind the office's proxy on 443, an Elastic Cloud endpoint) worked:
    the client takes 443 for https. The check of 63d59aa refused it as «expected …host:port» and the service that
    used it no longer started."""
    from diemnong.config import load_settings
    from store import elasticsearch_url
    from store.elasticsearch import make_client

    make_client(url)  # the client takes it
    assert elasticsearch_url(load_settings(env={"DIEMNONG_HOME": str(tmp_path), "ELASTICSEARCH_URL": url})) == url
