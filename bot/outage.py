"""Logging a fault that lasts (a database outage, a platform that keeps failing) without a flood.

One line when it starts, a summary at most every ``every`` seconds while it lasts, one line when
it ends. No traceback: the start line names the exception's type and message, which is what an
operator needs to tell "the database is down" from a bug (bugs are logged where they happen).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

SUMMARY_SECONDS = 30.0


def describe(exc: BaseException) -> str:
    """An exception in one short line: its type and the first line of its message."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    if len(text) > 200:
        text = text[:200] + "…"
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


class OutageLog:
    """Counts the failures of one kind of operation and logs them as one outage."""

    def __init__(
        self,
        logger: logging.Logger,
        what: str,
        every: float = SUMMARY_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.log = logger
        self.what = what
        self.every = every
        self.clock = clock
        self.since: float | None = None
        self.failures = 0
        self._last_line = 0.0
        self._last_error = ""

    @property
    def down(self) -> bool:
        return self.since is not None

    def failed(self, exc: BaseException, detail: str = "") -> None:
        """One more failure: logs the outage's first line, or a summary if one is due."""
        now = self.clock()
        self._last_error = describe(exc)
        self.failures += 1
        extra = f"; {detail}" if detail else ""
        if self.since is None:
            self.since = self._last_line = now
            self.log.warning("%s failing (%s)%s", self.what, self._last_error, extra)
            return
        if now - self._last_line >= self.every:
            self._last_line = now
            self.log.warning(
                "%s still failing after %.0f s: %d failures (last: %s)%s",
                self.what,
                now - self.since,
                self.failures,
                self._last_error,
                extra,
            )

    def ok(self, detail: str = "") -> None:
        """It worked: logs the end of the outage, if there was one."""
        if self.since is None:
            return
        extra = f"; {detail}" if detail else ""
        self.log.warning(
            "%s working again after %.0f s (%d failures)%s",
            self.what,
            self.clock() - self.since,
            self.failures,
            extra,
        )
        self.since = None
        self.failures = 0
