"""SQL for the answerer's memory: each chat's last question topic (issue 25)."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from bot.store.sqlite.core import CoreStore, from_iso, iso
from handlers.store import CONTEXT_KEEP, AskContext


class ContextStore(CoreStore):
    async def get_ask_context(self, platform: str, chat_id: str, user_id: str) -> AskContext | None:
        row = await self.fetch_one(
            "SELECT topic, asked_at FROM ask_context WHERE platform = ? AND chat_id = ? AND user_id = ?",
            (platform, chat_id, user_id),
        )
        return AskContext(row[0], from_iso(row[1])) if row else None

    async def set_ask_context(
        self, platform: str, chat_id: str, user_id: str, topic: str, now: datetime
    ) -> None:
        """Remember the topic (replacing the chat's last one); rows older than a day are pruned."""
        old, stamp = iso(now - CONTEXT_KEEP), iso(now)

        def put(conn: sqlite3.Connection) -> None:
            conn.execute("DELETE FROM ask_context WHERE asked_at < ?", (old,))
            conn.execute(
                "INSERT INTO ask_context (platform, chat_id, user_id, topic, asked_at) "
                "VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (platform, chat_id, user_id) DO UPDATE SET topic = excluded.topic, "
                "asked_at = excluded.asked_at",
                (platform, chat_id, user_id, topic, stamp),
            )

        await self.write_in_thread(put)

    async def clear_ask_context(self, platform: str, user_id: str) -> int:
        """Forget what this account last asked about, in every chat; returns the rows removed."""

        def drop(conn: sqlite3.Connection) -> int:
            return conn.execute(
                "DELETE FROM ask_context WHERE platform = ? AND user_id = ?", (platform, user_id)
            ).rowcount

        return await self.write_in_thread(drop)
