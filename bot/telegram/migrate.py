"""A Telegram group upgraded to a supergroup gets a new chat id: its club moves with it.

Telegram says so three ways: a service message ``migrate_to_chat_id`` in the old group, one with
``migrate_from_chat_id`` in the new supergroup, and a 400 with ``migrate_to_chat_id`` to a send at
the old id. Each of them moves the chat in the store (``Store.move_chat``: challenges, members,
club schedule and time zone, in one transaction); the first one moves it, the others find nothing
left to move.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from telegram import Message

if TYPE_CHECKING:
    from handlers.deps import Deps

log = logging.getLogger(__name__)


def migration_of(msg: Message | None) -> tuple[int, int] | None:
    """(old chat id, new chat id) if `msg` is a migration service message."""
    if msg is None:
        return None
    if msg.migrate_to_chat_id:
        return msg.chat.id, int(msg.migrate_to_chat_id)
    if msg.migrate_from_chat_id:
        return int(msg.migrate_from_chat_id), msg.chat.id
    return None


async def move_chat(deps: Deps, platform: str, old: int, new: int) -> bool:
    """Move the club of group `old` to supergroup `new` (at most once; errors are logged, not raised:
    the next migration signal tries again)."""
    try:
        moved = await deps.store.move_chat(platform, str(old), str(new))
    except Exception as exc:
        log.warning(
            "Telegram: moving group %s to supergroup %s failed (%s: %s)", old, new, type(exc).__name__, exc
        )
        return False
    if moved:
        log.info("Telegram: group %s became supergroup %s; its club moved with it", old, new)
        deps.notify_schedule_changed()
    return moved
