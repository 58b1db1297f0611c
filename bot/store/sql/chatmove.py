"""Moving a chat to a new platform id (a Telegram group upgraded to a supergroup), written once."""

from __future__ import annotations

from bot.store.conflicts import retried_on_conflict
from bot.store.sql.base import SqlBase

CHATS = "SELECT id, platform_chat_id, tz FROM chats WHERE platform = :p AND platform_chat_id IN (:ids) ORDER BY id {for_update}"
# The new id is not known yet: the chat row and its club schedule take it.
RENAME = (
    "UPDATE chats SET platform_chat_id = :new WHERE id = :old",
    "UPDATE reminder_schedules SET target = :new WHERE chat_id = :old",
)
# The new id has a row already: the old chat's challenges, schedule and zone move onto it (the last two
# unless it has its own); the old row goes.
MERGE = (
    "UPDATE challenges SET chat_id = :new_id WHERE chat_id = :old",
    "UPDATE reminder_schedules SET chat_id = :new_id, target = :new WHERE chat_id = :old AND NOT EXISTS (SELECT 1 FROM reminder_schedules WHERE chat_id = :new_id)",
    "UPDATE chats SET tz = COALESCE(tz, (SELECT tz FROM chats WHERE id = :old)) WHERE id = :new_id",
    "DELETE FROM chats WHERE id = :old",
)


class ChatMoveStore(SqlBase):
    @retried_on_conflict
    async def move_chat(self, platform: str, old_chat_id: str, new_chat_id: str) -> bool:
        """Both rows are locked in id order: two processes handling the two migration messages at
        once move it once, without a deadlock."""
        old_chat_id, new_chat_id = old_chat_id.replace("\x00", ""), new_chat_id.replace("\x00", "")
        if old_chat_id == new_chat_id:
            return False
        async with self.sql_tx() as c:
            rows = await c.fetch(CHATS, p=platform, ids=[old_chat_id, new_chat_id])
            by_pid = {r["platform_chat_id"]: r["id"] for r in rows}
            if old_chat_id not in by_pid:
                return False
            ids = {"old": by_pid[old_chat_id], "new": new_chat_id}
            steps: tuple[str, ...] = RENAME
            if new_chat_id in by_pid:
                steps, ids["new_id"] = MERGE, by_pid[new_chat_id]
            for sql in steps:
                await c.execute(sql, **ids)
            return True
