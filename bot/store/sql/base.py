"""What an area mixin uses of the store it is mixed into (declared for the type checker only)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from contextlib import AbstractAsyncContextManager
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from handlers.store import UserRow

T = TypeVar("T")

if TYPE_CHECKING:
    from bot.store.sql.dialect import Conn, Dialect, Row


def opened(handle: T | None) -> T:
    """The connection or pool of an open store."""
    if handle is None:
        raise RuntimeError("store is not open")
    return handle


class SqlBase:
    if TYPE_CHECKING:
        dialect: ClassVar[Dialect]
        caches_users: ClassVar[bool]  # SQLite: the only process on its file
        _users: dict[tuple[str, str], UserRow]
        threaded: ClassVar[bool]  # SQLite: write_in_thread runs functions of the raw connection

        async def write_in_thread(self, fn: Callable[[sqlite3.Connection], T]) -> T: ...
        def sql_tx(self) -> AbstractAsyncContextManager[Conn]: ...
        def sql_read(self) -> AbstractAsyncContextManager[Conn]: ...
        def sql_snapshot(self) -> AbstractAsyncContextManager[Conn]: ...  # PostgreSQL: REPEATABLE READ
        async def sql_fetch(self, sql: str, **params: Any) -> Sequence[Row]: ...
        async def sql_first(self, sql: str, **params: Any) -> Row | None: ...
        async def sql_write(self, sql: str, **params: Any) -> Row | None: ...  # one atomic statement
        async def sql_exec(self, sql: str, **params: Any) -> int: ...  # the rows it changed
        async def sql_script(self, *steps: tuple[str, dict[str, Any]]) -> list[int]: ...

    def row_gone(self, exc: BaseException) -> bool:
        """A foreign key violated: a row the write referred to (a user /forget deleted) is gone."""
        if isinstance(exc, sqlite3.IntegrityError):
            return "FOREIGN KEY" in str(exc).upper()
        return getattr(exc, "sqlstate", None) == "23503"

    def _remember(self, user: UserRow) -> UserRow:
        if self.caches_users:
            if len(self._users) >= 50_000:
                self._users.clear()
            self._users[(user.platform, user.platform_user_id)] = user
        return user

    def _forget_users(self) -> None:
        self._users.clear()
