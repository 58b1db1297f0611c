"""Reminder commands (placeholder until the reminders work lands)."""

from __future__ import annotations

from handlers.deps import Deps
from handlers.types import Reply, Request


async def _soon(req: Request, deps: Deps) -> list[Reply]:
    return [Reply("Reminders are not available yet.")]


schedule = runs = race = club = _soon
BUTTONS: dict = {}
