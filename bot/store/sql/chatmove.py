"""Moving a chat to a new platform id (a Telegram group upgraded to a supergroup), written once."""

from __future__ import annotations

from bot.store.conflicts import retried_on_conflict
from bot.store.sql.base import SqlBase


class ChatMoveStore(SqlBase):
    @retried_on_conflict
    async def move_chat(self, platform: str, old_chat_id: str, new_chat_id: str) -> bool:
        """Give chat `old_chat_id` the id `new_chat_id`, with its challenges (members, entries,
        digests), club schedule and time zone, in one transaction; False if there was nothing to
        move (already moved, or never seen). If the new id already has a row (someone wrote in the
        supergroup first), the old chat's things move onto it: its challenges, its schedule unless
        the new chat has one, its time zone unless the new chat has one; the old row goes. Both
        chat rows are locked in id order, so two processes handling the two migration messages
        at once move it once, without a deadlock."""
        old_chat_id, new_chat_id = old_chat_id.replace("\x00", ""), new_chat_id.replace("\x00", "")
        if old_chat_id == new_chat_id:
            return False
        async with self.sql_tx() as c:
            rows = await c.fetch(
                "SELECT id, platform_chat_id, tz FROM chats WHERE platform = :p "
                "AND platform_chat_id IN (:ids) ORDER BY id {for_update}",
                p=platform,
                ids=[old_chat_id, new_chat_id],
            )
            by_pid = {r["platform_chat_id"]: r for r in rows}
            old, new = by_pid.get(old_chat_id), by_pid.get(new_chat_id)
            if old is None:
                return False
            if new is None:
                await c.execute(
                    "UPDATE chats SET platform_chat_id = :new WHERE id = :id", new=new_chat_id, id=old["id"]
                )
                await c.execute(
                    "UPDATE reminder_schedules SET target = :new WHERE chat_id = :id",
                    new=new_chat_id,
                    id=old["id"],
                )
                return True
            await c.execute(
                "UPDATE challenges SET chat_id = :new WHERE chat_id = :old", new=new["id"], old=old["id"]
            )
            await c.execute(
                "UPDATE reminder_schedules SET chat_id = :new, target = :target WHERE chat_id = :old "
                "AND NOT EXISTS (SELECT 1 FROM reminder_schedules WHERE chat_id = :new)",
                new=new["id"],
                target=new_chat_id,
                old=old["id"],
            )
            await c.execute(
                "UPDATE chats SET tz = COALESCE(tz, :tz) WHERE id = :id", tz=old["tz"], id=new["id"]
            )
            await c.execute("DELETE FROM chats WHERE id = :id", id=old["id"])
            return True
