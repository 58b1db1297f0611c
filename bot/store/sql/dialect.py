"""What a query written once needs from each database (docs/architecture.md, "store/sql/"):
``:name`` placeholders as ``?`` or ``$n``; ``x IN (:list)`` as ``json_each`` or ``= ANY``; row sets
``{rows:name(col type, ...)}``; ``{for_update}`` and ``{skip_locked}`` (nothing on SQLite, whose
writers ``BEGIN IMMEDIATE``); ``{fold:col}`` (ASCII letters folded, compared bytewise);
``GREATEST(``/``LEAST(``; values both ways (SQLite: ISO text, 0/1; PostgreSQL: no NUL in text).
"""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from datetime import UTC, date, datetime
from typing import Any, Literal, Protocol, TypeVar

from handlers.store import utc_stamp

_NAME = re.compile(r"(?<![:\w]):([A-Za-z_]\w*)")
_LIST = re.compile(r"\bIN \(:([A-Za-z_]\w*)\)")
_FOLD = re.compile(r"\{fold:([\w.]+)\}")
_FOLD_PG = "translate({}, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz') COLLATE \"C\""
_LOCK = re.compile(r"\{(for_update|skip_locked)((?: OF \w+)?)\}")
_ROWS = re.compile(r"\{rows:(\w+)\(([^)]*)\)\}")


def _pg_lock(m: re.Match[str]) -> str:
    return "FOR UPDATE" + m.group(2) + (" SKIP LOCKED" if m.group(1) == "skip_locked" else "")


def _columns(m: re.Match[str]) -> list[tuple[str, str]]:
    return [(c.split()[0], c.split()[1]) for c in m.group(2).split(",")]


def _pg_rows(m: re.Match[str]) -> str:
    cols = _columns(m)
    arrays = ", ".join(f":{m.group(1)}__{i}::{t}[]" for i, (_, t) in enumerate(cols))
    return f"unnest({arrays}) AS v({', '.join(c for c, _ in cols)})"


def _sqlite_rows(m: re.Match[str]) -> str:
    picks = ", ".join(f"json_extract(value, '$[{i}]') AS {c}" for i, (c, _) in enumerate(_columns(m)))
    return f"(SELECT {picks} FROM json_each(:{m.group(1)})) AS v"


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
        if self.name == "postgres":
            text2 = _LOCK.sub(_pg_lock, _LIST.sub(r"= ANY(:\1)", text))
            text2 = _ROWS.sub(_pg_rows, _FOLD.sub(lambda m: _FOLD_PG.format(m.group(1)), text2))
        else:
            text2 = text.replace("GREATEST(", "MAX(").replace("LEAST(", "MIN(")
            text2 = _LOCK.sub("", _LIST.sub(r"IN (SELECT value FROM json_each(:\1))", text2))
            text2 = _ROWS.sub(_sqlite_rows, _FOLD.sub(r"lower(\1)", text2))

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
        try:
            return tuple([self.value(values[n]) for n in compiled.names])
        except KeyError:
            pass
        out = []
        for n in compiled.names:
            if n in values:
                out.append(self.value(values[n]))
                continue
            base, _, col = n.rpartition("__")  # a column of a {rows:...} parameter (PostgreSQL)
            if not base or base not in values:
                missing = [n for n in compiled.names if n not in values]
                raise KeyError(f"missing query parameters: {missing}")
            out.append([self.value(row[int(col)]) for row in values[base]])
        return tuple(out)

    def value(self, v: Any) -> Any:
        """A Python value as this database takes it."""
        if self.name == "postgres":
            if isinstance(v, str):
                return v.replace("\x00", "") if "\x00" in v else v
            if isinstance(v, list | tuple):
                return [self.value(x) for x in v]
            return v
        if isinstance(v, str | int | float) or v is None:
            return v if not isinstance(v, bool) else int(v)
        if isinstance(v, datetime):
            return utc_stamp(v)
        if isinstance(v, date):
            return v.isoformat()
        if isinstance(v, list | tuple):
            items = [[self.value(y) for y in x] if isinstance(x, list | tuple) else self.value(x) for x in v]
            return json.dumps(items)
        return v

    @staticmethod
    def ts(v: Any) -> datetime | None:
        """A timestamp column back as an aware UTC datetime."""
        if v is None:
            return None
        t = v if isinstance(v, datetime) else datetime.fromisoformat(str(v))
        return t if t.tzinfo else t.replace(tzinfo=UTC)

    @staticmethod
    def day(v: Any) -> date | None:
        """A date column back as a date."""
        if isinstance(v, datetime):
            return v.date()
        return v if v is None or isinstance(v, date) else date.fromisoformat(str(v))


def ts(v: Any) -> datetime:
    """A NOT NULL timestamp column back as an aware UTC datetime (either store)."""
    out = Dialect.ts(v)
    assert out is not None
    return out


def day(v: Any) -> date:
    """A NOT NULL date column back (either store)."""
    out = Dialect.day(v)
    assert out is not None
    return out


Row = Mapping[str, Any]
T = TypeVar("T")
_READERS: dict[type, list[tuple[str, Callable[[Any], Any] | None]]] = {}


def _reader(kind: str) -> Callable[[Any], Any] | None:
    if kind.startswith("datetime"):
        return Dialect.ts
    return Dialect.day if kind.startswith("date") else bool if kind == "bool" else None


def as_row(cls: type[T], row: Row, **given: Any) -> T:
    """A port row type (a dataclass) from a query row whose columns are named as its fields, times,
    days and flags read back from either store; ``given`` fields instead of columns."""
    if (readers := _READERS.get(cls)) is None:
        readers = _READERS[cls] = [(f.name, _reader(str(f.type))) for f in fields(cls)]  # type: ignore[arg-type]
    return cls(**{n: given[n] if n in given else r(row[n]) if r else row[n] for n, r in readers})


def values(row: Row) -> Sequence[Any]:
    """A row's values in column order (by name, a sqlite3.Row scans its columns one by one)."""
    return row  # type: ignore[return-value]


class Conn(Protocol):
    """One connection (inside a transaction or a read) with named-parameter queries."""

    dialect: Dialect

    async def fetch(self, sql: str, **params: Any) -> Sequence[Row]: ...
    async def fetchrow(self, sql: str, **params: Any) -> Row | None: ...
    async def fetchval(self, sql: str, **params: Any) -> Any: ...
    async def execute(self, sql: str, **params: Any) -> int: ...  # the rows it changed
    async def executemany(self, sql: str, rows: Sequence[Mapping[str, Any]]) -> None: ...
    def batches(self, sql: str, size: int) -> AsyncIterator[Sequence[Sequence[Any]]]: ...  # copy-db
    async def copy_in(self, table: str, columns: Sequence[str], rows: list[tuple[Any, ...]]) -> None: ...
