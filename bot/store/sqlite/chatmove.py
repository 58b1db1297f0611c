"""Moving a chat to a new platform id (a Telegram group upgraded to a supergroup), on SQLite."""

from __future__ import annotations

from bot.store.conflicts import retried_on_conflict
from bot.store.sqlite.core import CoreStore


class ChatMoveStore(CoreStore):
    @retried_on_conflict
    async def move_chat(self, platform: str, old_chat_id: str, new_chat_id: str) -> bool:
        """Give chat `old_chat_id` the id `new_chat_id`, with its challenges (members, entries,
        digests), club schedule and time zone, in one transaction; False if there was nothing to
        move (already moved, or never seen). If the new id already has a row (someone wrote in the
        supergroup first), the old chat's things move onto it: its challenges, its schedule unless
        the new chat has one, its time zone unless the new chat has one; the old row goes."""
        if old_chat_id == new_chat_id:
            return False
        async with self.tx() as db:
            cur = await db.execute(
                "SELECT id, tz FROM chats WHERE platform = ? AND platform_chat_id = ?",
                (platform, old_chat_id),
            )
            old = await cur.fetchone()
            if old is None:
                return False
            cur = await db.execute(
                "SELECT id FROM chats WHERE platform = ? AND platform_chat_id = ?", (platform, new_chat_id)
            )
            new = await cur.fetchone()
            if new is None:
                await db.execute("UPDATE chats SET platform_chat_id = ? WHERE id = ?", (new_chat_id, old[0]))
                await db.execute(
                    "UPDATE reminder_schedules SET target = ? WHERE chat_id = ?", (new_chat_id, old[0])
                )
                return True
            await db.execute("UPDATE challenges SET chat_id = ? WHERE chat_id = ?", (new[0], old[0]))
            await db.execute(
                "UPDATE reminder_schedules SET chat_id = ?, target = ? WHERE chat_id = ? "
                "AND NOT EXISTS (SELECT 1 FROM reminder_schedules WHERE chat_id = ?)",
                (new[0], new_chat_id, old[0], new[0]),
            )
            await db.execute("UPDATE chats SET tz = COALESCE(tz, ?) WHERE id = ?", (old[1], new[0]))
            await db.execute("DELETE FROM chats WHERE id = ?", (old[0],))
            return True
