"""The docker-compose deployment, checked as data: Elasticsearch with security, health checks and
volumes; the worker and the dashboard on the Elasticsearch store, started only once it is healthy,
with commands the CLI accepts. With Debian's `docker-compose` installed, its `config` validates too.
"""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from diemnong.cli import build_parser

ROOT = Path(__file__).resolve().parents[1]
COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
SERVICES = COMPOSE["services"]
ENV_EXAMPLE = (ROOT / ".env.example").read_text(encoding="utf-8")


def test_elasticsearch_is_single_node_with_security_a_password_from_env_and_a_health_check() -> None:
    es = SERVICES["elasticsearch"]
    assert re.fullmatch(r"docker\.elastic\.co/elasticsearch/elasticsearch:\$\{ES_VERSION:-8\.\d+\.\d+\}", es["image"])
    env = es["environment"]
    assert env["discovery.type"] == "single-node" and env["xpack.security.enabled"] == "true"
    assert env["ELASTIC_PASSWORD"].startswith("${ELASTIC_PASSWORD:?")
    test = " ".join(es["healthcheck"]["test"])
    assert "curl" in test and '-u "elastic:$${ELASTIC_PASSWORD}"' in test and "_cluster/health" in test
    assert es["volumes"] == ["es-data:/usr/share/elasticsearch/data"] and "es-data" in COMPOSE["volumes"]
    assert all(p.startswith("127.0.0.1:") for p in es["ports"]), "the admin port is not published beyond the host"


def test_the_app_user_is_made_by_a_one_shot_setup() -> None:
    setup = SERVICES["es-setup"]
    script = setup["command"][0]
    assert "_security/role/diemnong" in script and "_security/user/diemnong" in script and "$${DIEMNONG_ES_PREFIX}-*" in script
    assert setup["depends_on"]["elasticsearch"]["condition"] == "service_healthy" and setup["restart"] == "no"


@pytest.mark.parametrize("name, command, check", [
    ("worker", "run", lambda a: a.no_dashboard is True),
    ("dashboard", "dashboard", lambda a: a.port == 8501),
])
def test_app_services_use_elasticsearch_and_real_commands(name: str, command: str, check) -> None:  # noqa: ANN001
    svc = SERVICES[name]
    assert svc["build"] == "." and svc["environment"]["DIEMNONG_STORE"] == "elasticsearch"
    assert re.fullmatch(r"http://diemnong:\$\{DIEMNONG_ES_PASSWORD:\?[^}]*\}@elasticsearch:9200", svc["environment"]["ELASTICSEARCH_URL"])
    assert svc["depends_on"]["elasticsearch"]["condition"] == "service_healthy"
    assert svc["depends_on"]["es-setup"]["condition"] == "service_completed_successfully"
    assert svc["volumes"] == ["diemnong-state:/var/lib/diemnong"] and svc["environment"]["DIEMNONG_HOME"] == "/var/lib/diemnong"
    assert svc["command"][0] == "diemnong"
    args = build_parser().parse_args(svc["command"][1:])
    assert args.command == command and check(args)
    assert "ELASTIC_PASSWORD" not in svc["environment"], "the admin password stays out of the app containers"


def test_every_variable_has_a_default_or_is_in_the_env_example() -> None:
    lines = (ROOT / "docker-compose.yml").read_text(encoding="utf-8").splitlines()
    text = "\n".join(line for line in lines if not line.lstrip().startswith("#"))
    used = set(re.findall(r"(?<!\$)\$\{([A-Z_]+)(:?[-?])?[^}]*\}", text))
    required = {name for name, kind in used if kind.endswith("?") or not kind}
    assert required == {"ELASTIC_PASSWORD", "DIEMNONG_ES_PASSWORD"}
    for name in required:
        assert re.search(rf"^{name}=\S+", ENV_EXAMPLE, re.M), name
    ignored = subprocess.run(["git", "check-ignore", "-q", ".env"], cwd=ROOT).returncode
    assert ignored == 0, ".env (the passwords) must be ignored by git"


def test_dockerfile_copies_what_exists_and_runs_the_cli() -> None:
    lines = (ROOT / "Dockerfile").read_text(encoding="utf-8").splitlines()
    copied = [p for line in lines if line.startswith("COPY ") for p in line.split()[1:-1]]
    assert copied and all((ROOT / p).exists() for p in copied)
    assert {"diemnong", "store", "nlp", "crawlers", "alerting", "dashboard", "data"} <= set(copied)
    assert any(line.startswith("USER ") for line in lines), "the app does not run as root"


def test_docker_compose_config_accepts_the_file(tmp_path: Path) -> None:
    tool = shutil.which("docker-compose")
    if tool is None:
        pytest.skip("docker-compose is not installed (Debian package docker-compose); the structure is checked above")
    run = subprocess.run([tool, "--env-file", ".env.example", "-f", "docker-compose.yml", "config", "-q"], cwd=ROOT,
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    (tmp_path / "empty.env").write_text("")
    bare = subprocess.run([tool, "--env-file", str(tmp_path / "empty.env"), "-f", "docker-compose.yml", "config", "-q"], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert bare.returncode != 0 and "ELASTIC_PASSWORD" in bare.stderr + bare.stdout, "a missing password stops compose"


def test_the_readme_systemd_unit_runs_a_command_the_cli_accepts() -> None:
    """The README's unit for running the service for years (next to this file's compose deployment) starts a real
    `diemnong run` with its home set, and has no comment after a value (systemd would read it as part of the value)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    unit = re.search(r"```ini\n(.*?)```", readme, re.S).group(1)
    settings = [line for line in unit.splitlines() if "=" in line and not line.startswith(("#", ";"))]
    assert not [line for line in settings if " #" in line], "systemd takes a trailing comment as part of the value"
    start = next(line.split("=", 1)[1].split() for line in settings if line.startswith("ExecStart="))
    assert start[0].endswith("/.venv/bin/diemnong")
    args = build_parser().parse_args(start[1:])
    assert args.command == "run" and "Environment=DIEMNONG_HOME=" in unit


def test_every_variable_compose_reads_is_listed_in_the_env_example_and_every_app_variable_is_a_setting() -> None:
    """DIEMNONG_SMTP_SSL was passed to the app but not listed in .env.example, so an office on port 465-less SMTPS never
    learnt it could set it there; and a relay without STARTTLS could not be reached from .env at all."""
    from diemnong.config import load_settings

    lines = (ROOT / "docker-compose.yml").read_text(encoding="utf-8").splitlines()
    text = "\n".join(line for line in lines if not line.lstrip().startswith("#"))
    used = {name for name, _ in re.findall(r"(?<!\$)\$\{([A-Z_]+)(:?[-?])?[^}]*\}", text)}
    listed = set(re.findall(r"^#? ?([A-Z_]+)=", ENV_EXAMPLE, re.M))
    assert used <= listed, f"not in .env.example: {sorted(used - listed)}"
    envs = {spec.env for spec in load_settings(env={}).specs.values() if spec.env}
    for name in ("worker", "dashboard"):
        assert set(SERVICES[name]["environment"]) <= envs, sorted(set(SERVICES[name]["environment"]) - envs)
    assert {"DIEMNONG_SMTP_STARTTLS", "DIEMNONG_SMTP_SSL"} <= set(SERVICES["worker"]["environment"])
