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
        assert bool(row["f"]) is True  # 1 or true: both stores read back as a flag
        assert await c.fetchval("SELECT COUNT(*) FROM probe WHERE k = :k", k="zz") == 0


def test_list_rows_and_lock_words_compile_per_dialect() -> None:
    text = (
        "UPDATE t AS x SET a = v.f FROM {rows:r(i bigint, f timestamptz)} WHERE x.id = v.i "
        "AND x.k IN (:ks) AND GREATEST(x.a, :a) > 0 {skip_locked OF x} {for_update}"
    )
    s, p = SQLITE.compile(text), POSTGRES.compile(text)
    assert "json_each(?)) AS v" in s.sql and "IN (SELECT value FROM json_each(?))" in s.sql
    assert "MAX(x.a, ?)" in s.sql and "FOR UPDATE" not in s.sql and s.names == ("r", "ks", "a")
    assert "unnest($1::bigint[], $2::timestamptz[]) AS v(i, f)" in p.sql and "x.k = ANY($3)" in p.sql
    assert "FOR UPDATE OF x SKIP LOCKED FOR UPDATE" in p.sql and "GREATEST" in p.sql
    when = datetime(2026, 1, 2, 3, 4, tzinfo=UTC)
    rows = [(1, when), (2, None)]
    assert SQLITE.params(s, {"r": rows, "ks": ["a"], "a": True}) == (
        '[[1, "2026-01-02T03:04:00.000000Z"], [2, null]]',
        '["a"]',
        1,
    )
    assert POSTGRES.params(p, {"r": rows, "ks": ["a\x00b"], "a": 1}) == ([1, 2], [when, None], ["ab"], 1)


async def test_lists_row_sets_and_name_order_on_both_stores(store: object) -> None:
    async with store.sql_tx() as c:  # type: ignore[attr-defined]
        kind = c.dialect.name
        ts_type = "TEXT" if kind == "sqlite" else "timestamptz"
        await c.execute(f"CREATE TABLE probe2 (id INTEGER PRIMARY KEY, name TEXT, at {ts_type})")
        for i, name in enumerate(["bob", "Alice", "Émile", "alice", "Zed"], 1):
            await c.execute("INSERT INTO probe2 (id, name) VALUES (:i, :n)", i=i, n=name)
        when = datetime(2026, 5, 6, 7, 8, tzinfo=UTC)
        n = await c.execute(
            "UPDATE probe2 AS p SET at = v.f FROM {rows:r(i bigint, f timestamptz)} WHERE p.id = v.i",
            r=[(1, when), (3, when)],
        )
        assert n == 2
        got = await c.fetch(
            "SELECT id FROM probe2 WHERE id IN (:ids) AND at IS NOT NULL ORDER BY id", ids=[1, 2, 3]
        )
        assert [r["id"] for r in got] == [1, 3]
        assert await c.fetchval("SELECT COUNT(*) FROM probe2 WHERE id IN (:ids)", ids=[]) == 0
        names = await c.fetch("SELECT name FROM probe2 p ORDER BY {fold:p.name}, p.id")
        # ASCII letters folded, everything else bytewise: the order of handlers.store.rank_key
        assert [r["name"] for r in names] == ["Alice", "alice", "bob", "Zed", "Émile"]
