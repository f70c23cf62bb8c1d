"""Real Celery worker processes for tests, consuming the test Redis broker.

`Workers(settings_module, **env).start()` runs `celery -A hub worker` on the `hub` queue as a
child process (one process with the solo pool, or a prefork pool of `concurrency`); its log
is collected as it comes (`proc.log`), so a test can wait on what the worker says. `stop()`
terminates every worker started, killing those that do not stop within 20 s.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


class Workers:
    def __init__(self, settings_module: str = "hub.settings.test", **env: str):
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": settings_module,
            "CELERY_TASK_ALWAYS_EAGER": "0",
            **env,
        }
        self.procs: list[subprocess.Popen] = []

    def start(self, concurrency: int = 1) -> subprocess.Popen:
        pool = ["--pool", "solo"] if concurrency == 1 else ["--concurrency", str(concurrency)]
        proc = subprocess.Popen(
            [
                *(sys.executable, "-m", "celery", "-A", "hub", "worker", *pool),
                *("-Q", "hub", "--loglevel", "INFO"),
                *("--without-gossip", "--without-mingle", "--without-heartbeat"),
            ],
            cwd=ROOT,
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        proc.log = []
        proc.reader = threading.Thread(target=lambda: proc.log.extend(proc.stdout), daemon=True)
        proc.reader.start()
        self.procs.append(proc)
        return proc

    def output(self, proc: subprocess.Popen) -> str:
        """The end of what `proc` logged, once it has stopped (it is stopped if need be)."""
        self._stop(proc)
        proc.reader.join(timeout=5)
        return "".join(proc.log)[-4000:]

    def stop(self) -> None:
        for proc in self.procs:
            self._stop(proc)

    @staticmethod
    def _stop(proc: subprocess.Popen) -> None:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
