"""What the runtime needs from a platform to send messages nobody asked for (reminders, digests)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from handlers.types import Reply


class Blocked(Exception):
    """The platform refuses to deliver to this chat for good (blocked the bot, left, no access)."""


class Transport(Protocol):
    """A platform's way out. A transport may also have ``scope: handlers.store.Scope | None``: the
    only chats (and user) it delivers for (the console: its own); without it, every chat."""

    platform: str

    async def send(self, chat_id: str, replies: Sequence[Reply]) -> None:
        """Deliver replies to a chat, honouring the platform's rate limits.

        Raises Blocked when the chat can't be reached any more; other exceptions are transient.
        """


class CannotRun(Exception):
    """A platform can't run as configured (its token was rejected, say): retrying won't help."""
