"""Logging helpers."""

from __future__ import annotations

import logging
import threading
import time


class OncePerInterval(logging.Filter):
    """Let one record of each message through per interval; count the ones held back.

    For failures that repeat on every request while a service is down (the cache, for one): the
    log says so once, then again every ``seconds`` with how many were held back, not per call.
    """

    def __init__(self, seconds: float = 300.0):
        super().__init__()
        self.seconds = float(seconds)
        self._lock = threading.Lock()
        self._next: dict[tuple[str, str], float] = {}
        self._held: dict[tuple[str, str], int] = {}

    def filter(self, record: logging.LogRecord) -> bool:
        key = (record.name, str(record.msg))
        now = time.monotonic()
        with self._lock:
            if now < self._next.get(key, 0.0):
                self._held[key] = self._held.get(key, 0) + 1
                return False
            self._next[key] = now + self.seconds
            held = self._held.pop(key, 0)
        if held:
            record.msg = f"{record.msg} (and {held} more like it since the last report)"
        return True
