"""What every area mixin may use from the store it is mixed into (declared for the type checker
only: at run time the class is empty, so it never shadows the store's own methods)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from contextlib import AbstractAsyncContextManager
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypeVar

from handlers.store import UserRow

T = TypeVar("T")

if TYPE_CHECKING:
    from bot.store.sql.dialect import Conn, Dialect, Row


class SqlBase:
    if TYPE_CHECKING:
        dialect: ClassVar[Dialect]
        # SQLite caches users by (platform, platform user id): it is the only process on its file.
        caches_users: ClassVar[bool]
        _users: dict[tuple[str, str], UserRow]
        # SQLite: functions of the raw sqlite3 connection run as one group-committed write.
        threaded: ClassVar[bool]

        async def write_in_thread(self, fn: Callable[[sqlite3.Connection], T]) -> T: ...

        async def open(self) -> None: ...

        async def close(self) -> None: ...

        def sql_tx(self) -> AbstractAsyncContextManager[Conn]: ...

        def sql_read(self) -> AbstractAsyncContextManager[Conn]: ...

        def sql_snapshot(self) -> AbstractAsyncContextManager[Conn]:
            """Reads that see one state (PostgreSQL: a REPEATABLE READ read-only transaction)."""
            ...

        async def sql_fetch(self, sql: str, **params: Any) -> Sequence[Row]: ...

        async def sql_first(self, sql: str, **params: Any) -> Row | None: ...

        async def sql_write(self, sql: str, **params: Any) -> Row | None: ...

        async def sql_exec(self, sql: str, **params: Any) -> int: ...

        async def sql_script(self, *steps: tuple[str, dict[str, Any]]) -> list[int]: ...

    async def __aenter__(self) -> Self:
        await self.open()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    def _remember(self, user: UserRow) -> UserRow:
        if self.caches_users:
            if len(self._users) >= 50_000:
                self._users.clear()
            self._users[(user.platform, user.platform_user_id)] = user
        return user

    def _forget_users(self) -> None:
        self._users.clear()
