"""What the runtime needs from a platform to send messages nobody asked for (reminders, digests)."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Protocol

from handlers.types import Reply

log = logging.getLogger(__name__)


class Blocked(Exception):
    """The platform refuses to deliver to this chat for good (blocked the bot, left, no access)."""


class NoAccess(Blocked):
    """The chat is there but the bot may not post in it (Discord 50013 Missing Permissions, 50001
    Missing Access): what was paused stays paused, and since the chat's admins can fix it, the
    transport tells them (``tell_admins`` below)."""


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


async def tell_admins(transport: Transport, chat_id: str, exc: Blocked, paused: str) -> None:
    """After a club post was refused with NoAccess: let the transport tell the chat's admins,
    privately, what was paused (``paused``: a sentence of markup saying what and how to resume).

    A transport that can do it has ``async tell_admins(chat_id, paused)``; it decides who the
    admins are and tells them once (bot/discord/access.py). Failing to tell them is logged only:
    the pause itself is already recorded."""
    tell = getattr(transport, "tell_admins", None)
    if not isinstance(exc, NoAccess) or tell is None:
        return
    try:
        await tell(chat_id, paused)
    except Exception as err:  # a notice is best effort: the store or the platform may be down
        log.warning(
            "couldn't tell the admins of %s:%s about missing permissions: %r",
            transport.platform,
            chat_id,
            err,
        )
