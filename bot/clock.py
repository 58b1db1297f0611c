"""The real clock, injected as the default wherever the runtime needs the time (tests pass their own)."""

from __future__ import annotations

from datetime import UTC, datetime


def utcnow() -> datetime:
    return datetime.now(UTC)
