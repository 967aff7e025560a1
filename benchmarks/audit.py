"""Dependency audit: known vulnerabilities of the installed packages (pip-audit), or a clear reason why not.

    python benchmarks/audit.py        (also run by `make bench` and `make audit`)

pip-audit asks an advisory service about every installed distribution: PyPI's per-release JSON API
(``/pypi/NAME/VERSION/json``, its default) or OSV. Where neither answers — a mirror that serves only
the package index, no route to the internet — pip-audit itself reports every package as "not found"
and then "No known vulnerabilities found", which would be a false all-clear. So each service is probed
first with a release that certainly exists, and the audit is skipped, saying why, when none answers;
packages pip-audit could not look up are listed rather than counted as clean.

Exit status: 0 clean or skipped with a reason, 1 vulnerabilities found, 2 the audit itself failed.
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import urllib.error
import urllib.request
from importlib.metadata import version
from pathlib import Path

TIMEOUT = 10


def probe_pypi() -> str:
    """'' when PyPI's per-release JSON API answers, else why not."""
    url = f"https://pypi.org/pypi/pip/{version('pip')}/json"
    try:
        with urllib.request.urlopen(url, timeout=TIMEOUT) as resp:
            data = json.load(resp)
        return "" if "vulnerabilities" in data else f"{url} answers without a 'vulnerabilities' field"
    except (urllib.error.URLError, OSError, ValueError) as exc:
        return f"{url}: {getattr(exc, 'reason', None) or exc}"


def probe_osv() -> str:
    """'' when the OSV query API answers, else why not."""
    url = "https://api.osv.dev/v1/query"
    body = json.dumps({"package": {"name": "pip", "ecosystem": "PyPI"}, "version": version("pip")}).encode()
    try:
        req = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=TIMEOUT) as resp:
            json.load(resp)
        return ""
    except (urllib.error.URLError, OSError, ValueError) as exc:
        return f"{url}: {getattr(exc, 'reason', None) or exc}"


def main() -> int:
    try:
        import pip_audit  # noqa: F401
    except ImportError:
        print("dependency audit skipped: pip-audit is not installed in this environment (pip install -e '.[dev]')")
        return 0
    problems = {}
    service = ""
    for name, probe in (("pypi", probe_pypi), ("osv", probe_osv)):
        problems[name] = probe()
        if not problems[name]:
            service = name
            break
    if not service:
        print("dependency audit skipped: no vulnerability advisory service is reachable from here — "
              + "; ".join(f"{k}: {v}" for k, v in problems.items())
              + ". Run `make audit` (or `pip-audit`) where pypi.org's JSON API or api.osv.dev answers.")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "audit.json"
        proc = subprocess.run([sys.executable, "-m", "pip_audit", "--progress-spinner", "off", "--skip-editable",
                               "--vulnerability-service", service, "--format", "json", "--output", str(out)],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=900)
        if not out.exists():
            print(f"dependency audit failed (pip-audit exit {proc.returncode}): {proc.stdout.strip()[-500:]}")
            return 2
        report = json.loads(out.read_text())
    deps = report.get("dependencies", [])
    skipped = [d for d in deps if d.get("skip_reason")]
    vulnerable = [d for d in deps if d.get("vulns")]
    audited = len(deps) - len(skipped)
    print(f"dependency audit ({service}): {audited} packages audited, {len(skipped)} could not be, "
          f"{sum(len(d['vulns']) for d in vulnerable)} known vulnerabilities in {len(vulnerable)} packages")
    for d in vulnerable:
        for v in d["vulns"]:
            fixes = ", ".join(v.get("fix_versions") or []) or "no fixed release yet"
            print(f"  {d['name']} {d['version']}: {v['id']} (fixed in: {fixes})")
    for d in skipped[:20]:
        print(f"  not audited: {d['name']}: {d['skip_reason']}")
    if audited == 0:
        print("dependency audit inconclusive: the service answered the probe but no package could be looked up")
        return 2
    return 1 if vulnerable else 0


if __name__ == "__main__":
    sys.exit(main())
