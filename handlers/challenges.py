"""Group challenges (placeholder until the challenges work lands)."""

from __future__ import annotations

from handlers.deps import Deps
from handlers.types import Reply, Request


async def _soon(req: Request, deps: Deps) -> list[Reply]:
    return [Reply("Challenges are not available yet.")]


challenge = leaderboard = _soon
BUTTONS: dict = {}
