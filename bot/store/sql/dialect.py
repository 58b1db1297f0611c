"""The differences between SQLite and PostgreSQL that a query written once has to bridge.

- placeholders: ``:name`` becomes ``?`` (SQLite) or ``$n`` (PostgreSQL), compiled once per text;
- values: a ``datetime`` is stored as UTC ISO text on SQLite (``handlers.store.utc_stamp``) and
  as ``timestamptz`` on PostgreSQL; a ``date`` as ISO text / ``date``; a ``bool`` as 0/1 / boolean;
- rows come back as mappings; :meth:`Dialect.ts`, :meth:`Dialect.day` and :meth:`Dialect.flag`
  read a column back whichever store it came from;
- ``{skip_locked}`` in a query text is ``FOR UPDATE SKIP LOCKED`` on PostgreSQL and nothing on
  SQLite (whose writers are serialised by ``BEGIN IMMEDIATE``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any, Literal, Protocol

from handlers.store import utc_stamp

_NAME = re.compile(r"(?<![:\w]):([A-Za-z_]\w*)")


@dataclass(frozen=True)
class Compiled:
    sql: str
    names: tuple[str, ...]


@dataclass
class Dialect:
    name: Literal["sqlite", "postgres"]
    _cache: dict[str, Compiled] = field(default_factory=dict, repr=False)

    def compile(self, text: str) -> Compiled:
        """The query in this dialect's placeholders, and the parameter names in their order."""
        found = self._cache.get(text)
        if found is not None:
            return found
        names: list[str] = []
        text2 = text.replace("{skip_locked}", "FOR UPDATE SKIP LOCKED" if self.name == "postgres" else "")

        def repl(m: re.Match[str]) -> str:
            key = m.group(1)
            if self.name == "sqlite":
                names.append(key)
                return "?"
            if key not in names:
                names.append(key)
            return f"${names.index(key) + 1}"

        compiled = Compiled(_NAME.sub(repl, text2), tuple(names))
        self._cache[text] = compiled
        return compiled

    def params(self, compiled: Compiled, values: Mapping[str, Any]) -> tuple[Any, ...]:
        missing = [n for n in compiled.names if n not in values]
        if missing:
            raise KeyError(f"missing query parameters: {missing}")
        return tuple(self.value(values[n]) for n in compiled.names)

    def value(self, v: Any) -> Any:
        if self.name == "postgres":
            # PostgreSQL text can't hold NUL; the platforms' own strings (names) could carry one.
            return v.replace("\x00", "") if isinstance(v, str) and "\x00" in v else v
        if isinstance(v, bool):
            return int(v)
        if isinstance(v, datetime):
            return utc_stamp(v)
        if isinstance(v, date):
            return v.isoformat()
        return v

    @staticmethod
    def ts(v: Any) -> datetime | None:
        """A timestamp column back as an aware UTC datetime."""
        if v is None:
            return None
        if isinstance(v, datetime):
            return v if v.tzinfo else v.replace(tzinfo=UTC)
        parsed = datetime.fromisoformat(str(v))
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)

    @staticmethod
    def day(v: Any) -> date | None:
        if v is None:
            return None
        if isinstance(v, datetime):
            return v.date()
        if isinstance(v, date):
            return v
        return date.fromisoformat(str(v))

    @staticmethod
    def flag(v: Any) -> bool:
        return bool(v)


Row = Mapping[str, Any]


class Conn(Protocol):
    """One connection (inside a transaction or a read) with named-parameter queries."""

    dialect: Dialect

    async def fetch(self, sql: str, **params: Any) -> Sequence[Row]: ...

    async def fetchrow(self, sql: str, **params: Any) -> Row | None: ...

    async def fetchval(self, sql: str, **params: Any) -> Any: ...

    async def execute(self, sql: str, **params: Any) -> int:
        """Run a statement; the number of rows it changed."""
        ...


class SqlStore(Protocol):
    """What an area mixin needs from the store it is mixed into."""

    def sql_tx(self) -> AbstractAsyncContextManager[Conn]: ...

    def sql_read(self) -> AbstractAsyncContextManager[Conn]: ...
