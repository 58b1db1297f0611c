"""What the runtime needs from a platform to send messages nobody asked for (reminders, digests)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from handlers.types import Reply


class Blocked(Exception):
    """The platform refuses to deliver to this chat for good (blocked the bot, left, no access)."""


class Transport(Protocol):
    platform: str

    async def send(self, chat_id: str, replies: Sequence[Reply]) -> None:
        """Deliver replies to a chat, honouring the platform's rate limits.

        Raises Blocked when the chat can't be reached any more; other exceptions are transient.
        """
