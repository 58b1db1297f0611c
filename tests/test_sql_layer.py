"""The shared-SQL layer (bot/store/sql/): one query text, both stores, the same values back."""

from __future__ import annotations

from datetime import UTC, date, datetime

from bot.store.sql.conns import POSTGRES, SQLITE
from bot.store.sql.dialect import Dialect


def test_placeholders_compile_per_dialect() -> None:
    text = "SELECT * FROM t WHERE a = :a AND b = :b OR a = :a AND c::text = 'x:y'"
    s = SQLITE.compile(text)
    p = POSTGRES.compile(text)
    assert s.sql.count("?") == 3 and s.names == ("a", "b", "a")
    assert "$1" in p.sql and "$2" in p.sql and "$3" not in p.sql and p.names == ("a", "b")
    assert "c::text" in p.sql and "'x:y'" in p.sql
    assert "SKIP LOCKED" in Dialect("postgres").compile("SELECT 1 {skip_locked}").sql
    assert "SKIP LOCKED" not in Dialect("sqlite").compile("SELECT 1 {skip_locked}").sql


async def test_values_round_trip_on_both_stores(store: object) -> None:
    when = datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
    async with store.sql_tx() as c:  # type: ignore[attr-defined]
        kind = c.dialect.name
        ts_type = "TEXT" if kind == "sqlite" else "timestamptz"
        day_type = "TEXT" if kind == "sqlite" else "date"
        await c.execute(f"CREATE TABLE probe (k TEXT, at {ts_type}, d {day_type}, f BOOLEAN)")
        n = await c.execute(
            "INSERT INTO probe (k, at, d, f) VALUES (:k, :at, :d, :f)",
            k="a",
            at=when,
            d=date(2026, 3, 29),
            f=True,
        )
        assert n == 1
    async with store.sql_read() as c:  # type: ignore[attr-defined]
        row = await c.fetchrow("SELECT k, at, d, f FROM probe WHERE k = :k AND at = :at", k="a", at=when)
        assert row is not None
        assert c.dialect.ts(row["at"]) == when
        assert c.dialect.day(row["d"]) == date(2026, 3, 29)
        assert c.dialect.flag(row["f"]) is True
        assert await c.fetchval("SELECT COUNT(*) FROM probe WHERE k = :k", k="zz") == 0
