"""The answerer's memory: each chat's last question topic (issue 25), written once."""

from __future__ import annotations

from datetime import datetime

from bot.store.sql.base import SqlBase
from bot.store.sql.dialect import ts
from handlers.store import CONTEXT_KEEP, AskContext

GET = "SELECT topic, asked_at FROM ask_context WHERE platform = :p AND chat_id = :chat AND user_id = :u"
PRUNE = "DELETE FROM ask_context WHERE asked_at < :old"
SET = "INSERT INTO ask_context (platform, chat_id, user_id, topic, asked_at) VALUES (:p, :chat, :u, :topic, :now) ON CONFLICT (platform, chat_id, user_id) DO UPDATE SET topic = excluded.topic, asked_at = excluded.asked_at"


class ContextStore(SqlBase):
    async def get_ask_context(self, platform: str, chat_id: str, user_id: str) -> AskContext | None:
        row = await self.sql_first(GET, p=platform, chat=chat_id, u=user_id)
        return AskContext(row["topic"], ts(row["asked_at"])) if row else None

    async def set_ask_context(
        self, platform: str, chat_id: str, user_id: str, topic: str, now: datetime
    ) -> None:
        """Remember the topic (replacing the chat's last one); rows older than a day are pruned."""
        new = {"p": platform, "chat": chat_id, "u": user_id, "topic": topic, "now": now}
        await self.sql_script((PRUNE, {"old": now - CONTEXT_KEEP}), (SET, new))

    async def clear_ask_context(self, platform: str, user_id: str) -> int:
        """Forget what this account last asked about, in every chat; returns the rows removed."""
        sql = "DELETE FROM ask_context WHERE platform = :p AND user_id = :u"
        return await self.sql_exec(sql, p=platform, u=user_id)
