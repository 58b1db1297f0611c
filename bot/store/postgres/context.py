"""SQL for the answerer's memory on PostgreSQL: each chat's last question topic (issue 25)."""

from __future__ import annotations

from datetime import datetime

from bot.store.postgres.core import CoreStore, affected, clean
from handlers.store import CONTEXT_KEEP, AskContext


class ContextStore(CoreStore):
    async def get_ask_context(self, platform: str, chat_id: str, user_id: str) -> AskContext | None:
        async with self.pool.acquire() as con:
            row = await con.fetchrow(
                "SELECT topic, asked_at FROM ask_context "
                "WHERE platform = $1 AND chat_id = $2 AND user_id = $3",
                platform,
                clean(chat_id),
                clean(user_id),
            )
        return AskContext(row["topic"], row["asked_at"]) if row else None

    async def set_ask_context(
        self, platform: str, chat_id: str, user_id: str, topic: str, now: datetime
    ) -> None:
        """Remember the topic (replacing the chat's last one); rows older than a day are pruned."""
        async with self.tx() as con:
            await con.execute("DELETE FROM ask_context WHERE asked_at < $1", now - CONTEXT_KEEP)
            await con.execute(
                "INSERT INTO ask_context (platform, chat_id, user_id, topic, asked_at) "
                "VALUES ($1, $2, $3, $4, $5) "
                "ON CONFLICT (platform, chat_id, user_id) DO UPDATE SET topic = excluded.topic, "
                "asked_at = excluded.asked_at",
                platform,
                clean(chat_id),
                clean(user_id),
                clean(topic),
                now,
            )

    async def clear_ask_context(self, platform: str, user_id: str) -> int:
        """Forget what this account last asked about, in every chat; returns the rows removed."""
        async with self.pool.acquire() as con:
            status = await con.execute(
                "DELETE FROM ask_context WHERE platform = $1 AND user_id = $2", platform, clean(user_id)
            )
        return affected(status)
