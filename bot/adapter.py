"""The contract between the runtime (bot/app.py) and a chat platform's adapter.

bot/telegram/ and bot/discord/ each provide one class that satisfies :class:`Adapter`
structurally (no base class to inherit); mypy checks it where bot/app.py makes them. A new
platform is a new package under bot/ with one such class, and a line in ``bot.app.serve``.
"""

from __future__ import annotations

import asyncio
from typing import Protocol

from bot.services.outbound import Transport


class Adapter(Transport, Protocol):
    """One platform's connection, as the runtime drives it.

    - ``platform``: the name stored with users and chats ("telegram", "discord").
    - ``start()``: connect and begin taking updates; return once the platform is up. Raise
      ``bot.services.outbound.CannotRun`` when retrying can't help (a rejected token); any other
      exception means "try again later" (the runtime makes a fresh adapter for each attempt).
    - ``stop()``: stop taking updates, finish or hand back what is in flight, disconnect. Safe to
      call after a failed or partial start, and more than once.
    - ``send(chat_id, replies)``: the Transport side (reminders, challenge posts).
    - ``lost`` / ``lost_reason``: set by the adapter when the platform stops for good while
      running (its token revoked); the runtime then takes it out and the others carry on.
    """

    platform: str
    lost: asyncio.Event
    lost_reason: str

    async def start(self) -> None: ...

    async def stop(self) -> None: ...
