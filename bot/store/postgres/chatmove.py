"""Moving a chat to a new platform id (a Telegram group upgraded to a supergroup), on PostgreSQL."""

from __future__ import annotations

from bot.store.conflicts import retried_on_conflict
from bot.store.postgres.core import CoreStore, clean


class ChatMoveStore(CoreStore):
    @retried_on_conflict
    async def move_chat(self, platform: str, old_chat_id: str, new_chat_id: str) -> bool:
        """See the SQLite store's ``move_chat``. Both chat rows are locked in id order, so two
        processes handling the two migration messages at once move it once, without a deadlock."""
        old_chat_id, new_chat_id = clean(old_chat_id), clean(new_chat_id)
        if old_chat_id == new_chat_id:
            return False
        async with self.tx() as con:
            rows = await con.fetch(
                "SELECT id, platform_chat_id, tz FROM chats WHERE platform = $1 "
                "AND platform_chat_id = ANY($2::text[]) ORDER BY id FOR UPDATE",
                platform,
                [old_chat_id, new_chat_id],
            )
            by_pid = {r["platform_chat_id"]: r for r in rows}
            old, new = by_pid.get(old_chat_id), by_pid.get(new_chat_id)
            if old is None:
                return False
            if new is None:
                await con.execute(
                    "UPDATE chats SET platform_chat_id = $1 WHERE id = $2", new_chat_id, old["id"]
                )
                await con.execute(
                    "UPDATE reminder_schedules SET target = $1 WHERE chat_id = $2", new_chat_id, old["id"]
                )
                return True
            await con.execute("UPDATE challenges SET chat_id = $1 WHERE chat_id = $2", new["id"], old["id"])
            await con.execute(
                "UPDATE reminder_schedules SET chat_id = $1, target = $2 WHERE chat_id = $3 "
                "AND NOT EXISTS (SELECT 1 FROM reminder_schedules WHERE chat_id = $1)",
                new["id"],
                new_chat_id,
                old["id"],
            )
            await con.execute("UPDATE chats SET tz = COALESCE(tz, $1) WHERE id = $2", old["tz"], new["id"])
            await con.execute("DELETE FROM chats WHERE id = $1", old["id"])
            return True
