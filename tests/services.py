"""Throw-away PostgreSQL, Redis and OpenSearch for the test suite (a pytest plugin, loaded with -p).

Before pytest-django reads the settings, this plugin starts whatever services are installed on
free loopback ports and exports their URLs (DATABASE_URL, REDIS_URL, SEARCH_URL), so the whole
suite runs on them. A URL already set in the environment is used as it is. When a service is not
installed the suite falls back to SQLite / locmem / the database search backend and the tests
marked for that service are skipped with the reason; with HUB_REQUIRE_SERVICES=1 a missing
service is an error instead.

The search engine is an exception to "the whole suite runs on it": hub.settings.test keeps the
database search backend as the default, for speed and isolation, and only tests marked
`search_engine` switch to the engine (the `search_engine` fixture in tests/search/conftest.py).
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port: int, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"nothing answered on 127.0.0.1:{port} after {timeout:.0f} s")


@dataclass
class Services:
    """What the plugin started, and why anything is missing."""

    missing: dict[str, str] = field(default_factory=dict)
    cleanups: list = field(default_factory=list)
    #: the search node this run started (tests may stop and start it), if any
    search_node: SearchEngineStart | None = None

    def stop(self) -> None:
        while self.cleanups:
            self.cleanups.pop()()


def _as_unprivileged(cmd: list[str]) -> list[str]:
    # PostgreSQL refuses to run as root; CI and these machines run everything as root.
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else cmd


def start_postgres(services: Services) -> str:
    bindirs = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[-2]))
    bindir = os.environ.get("HUB_PG_BINDIR") or (bindirs[-1] if bindirs else "")
    if not bindir or not Path(bindir, "initdb").exists():
        raise FileNotFoundError("PostgreSQL server binaries not found (apt-get install postgresql)")
    datadir = tempfile.mkdtemp(prefix="hub-test-pg-")
    if os.geteuid() == 0:
        pw = pwd.getpwnam("postgres")
        os.chown(datadir, pw.pw_uid, pw.pw_gid)
    port = free_port()
    run = dict(check=True, capture_output=True, text=True)
    subprocess.run(
        _as_unprivileged(
            [
                f"{bindir}/initdb",
                "-D",
                datadir,
                "-U",
                "postgres",
                "-A",
                "trust",
                "--no-sync",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
            ]
        ),
        **run,
    )
    options = (
        f"-p {port} -k {datadir} -c listen_addresses=127.0.0.1 -c fsync=off "
        "-c synchronous_commit=off -c full_page_writes=off -c max_connections=100"
    )
    subprocess.run(
        _as_unprivileged(
            [
                f"{bindir}/pg_ctl",
                "-D",
                datadir,
                "-o",
                options,
                "-l",
                f"{datadir}/server.log",
                "-w",
                "start",
            ]
        ),
        **run,
    )

    def stop() -> None:
        subprocess.run(
            _as_unprivileged([f"{bindir}/pg_ctl", "-D", datadir, "-m", "immediate", "stop"]),
            capture_output=True,
        )
        shutil.rmtree(datadir, ignore_errors=True)

    services.cleanups.append(stop)
    return f"postgres://postgres@127.0.0.1:{port}/hub"


def start_redis(services: Services) -> str:
    binary = shutil.which("redis-server")
    if not binary:
        raise FileNotFoundError("redis-server not found (apt-get install redis-server)")
    port = free_port()
    proc = subprocess.Popen(  # noqa: S603
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )

    def stop() -> None:
        proc.terminate()
        proc.wait(timeout=10)

    services.cleanups.append(stop)
    wait_for_port(port)
    return f"redis://127.0.0.1:{port}/0"


class SearchEngineStart:
    """A search node run by scripts/<engine>/run on a port chosen up front.

    Its URL is exported before Django reads the settings, but the JVM only starts once the
    collected tests show that one of them needs it (see pytest_collection_modifyitems): a run
    without engine tests costs nothing.
    """

    def __init__(self, engine: str, services: Services):
        missing = [tool for tool in ("java", "mvn") if not shutil.which(tool)]
        if missing:
            raise FileNotFoundError(f"{' and '.join(missing)} not found (needed to run {engine})")
        self.engine = engine
        self.script = ROOT / "scripts" / engine / "run"
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.started = False
        services.cleanups.append(self.stop)

    def start(self, keep_data: bool = False) -> None:
        env = {**os.environ, f"{self.engine.upper()}_KEEP_DATA": "1" if keep_data else "0"}
        result = subprocess.run(
            [str(self.script), "start", str(self.port)],
            capture_output=True,
            text=True,
            env=env,
            timeout=300,
        )
        self.started = True
        if result.returncode != 0:
            raise RuntimeError(result.stderr.strip()[-300:] or f"{self.script} start failed")

    def stop(self) -> None:
        if self.started:
            subprocess.run([str(self.script), "stop", str(self.port)], capture_output=True)

    def restart(self) -> None:
        """Start the stopped node again on the same port, on the data it had."""
        self.start(keep_data=True)


def start_opensearch(services: Services) -> SearchEngineStart:
    return SearchEngineStart("opensearch", services)


def export_search_engine(url: str) -> None:
    os.environ["SEARCH_URL"] = url
    os.environ.setdefault("SEARCH_BACKEND", "opensearch2")
    # One prefix per run, so two runs against the same node never share an index.
    os.environ.setdefault("SEARCH_INDEX_PREFIX", f"test_{uuid.uuid4().hex[:8]}_")


STARTERS = {"postgres": ("DATABASE_URL", start_postgres), "redis": ("REDIS_URL", start_redis)}

SERVICES = Services()


def require_services() -> bool:
    return os.environ.get("HUB_REQUIRE_SERVICES") == "1"


@pytest.hookimpl(tryfirst=True)
def pytest_load_initial_conftests(early_config, parser, args):
    if os.environ.get("HUB_TEST_SERVICES") == "none":
        SERVICES.missing.update(
            {name: "HUB_TEST_SERVICES=none" for name in [*STARTERS, "search_engine"]}
        )
        return
    if not os.environ.get("SEARCH_URL"):
        try:
            SERVICES.search_node = start_opensearch(SERVICES)
            export_search_engine(SERVICES.search_node.url)
        except OSError as exc:
            SERVICES.missing["search_engine"] = f"OpenSearch could not be started: {exc}"
    for name, (variable, start) in STARTERS.items():
        if os.environ.get(variable):
            continue
        try:
            os.environ[variable] = start(SERVICES)
        except (OSError, RuntimeError, subprocess.CalledProcessError) as exc:
            detail = getattr(exc, "stderr", "") or str(exc)
            SERVICES.missing[name] = f"{name} could not be started: {detail.strip()[:300]}"
    if os.environ.get("REDIS_URL"):
        os.environ.setdefault("CELERY_BROKER_URL", os.environ["REDIS_URL"])
    if require_services() and SERVICES.missing:
        SERVICES.stop()
        raise pytest.UsageError(
            "HUB_REQUIRE_SERVICES=1 but: " + "; ".join(SERVICES.missing.values())
        )


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items):
    node = SERVICES.search_node
    if node is None or not any(item.get_closest_marker("search_engine") for item in items):
        return
    try:
        node.start()
    except (OSError, RuntimeError, subprocess.TimeoutExpired) as exc:
        os.environ.pop("SEARCH_URL", None)
        SERVICES.missing["search_engine"] = f"OpenSearch could not be started: {exc}"


def pytest_report_header(config):
    return [
        f"database: {os.environ.get('DATABASE_URL', 'sqlite (embedded default)')}",
        f"redis: {os.environ.get('REDIS_URL', 'none (locmem cache, eager tasks)')}",
        "search engine (tests marked search_engine): "
        + (
            f"{os.environ.get('SEARCH_BACKEND', 'opensearch2')} at {os.environ['SEARCH_URL']}"
            f" (index prefix {os.environ.get('SEARCH_INDEX_PREFIX', 'hub_')}"
            + (", started if a collected test needs it)" if SERVICES.search_node else ")")
            if os.environ.get("SEARCH_URL")
            else SERVICES.missing.get("search_engine", "none")
        ),
    ]


def pytest_unconfigure(config):
    SERVICES.stop()


def service_missing(name: str) -> str | None:
    """Why a service-backed test cannot run, or None when it can."""
    if name == "postgres":
        from django.db import connection

        if connection.vendor != "postgresql":
            return SERVICES.missing.get(name, "DATABASE_URL is not a PostgreSQL database")
        return None
    if name in ("redis", "celery"):
        return (
            None if os.environ.get("REDIS_URL") else SERVICES.missing.get("redis", "no REDIS_URL")
        )
    if name == "search_engine":
        if os.environ.get("SEARCH_URL"):
            return None
        return SERVICES.missing.get("search_engine", "no SEARCH_URL")
    return None


def pytest_runtest_setup(item):
    for name in ("postgres", "redis", "celery", "search_engine"):
        if item.get_closest_marker(name) and (reason := service_missing(name)):
            if require_services():
                pytest.fail(f"HUB_REQUIRE_SERVICES=1: {reason}", pytrace=False)
            pytest.skip(reason)
