"""Transactions that meet: row locks taken in one order, and a deadlock or serialization failure
retried (bot/store/conflicts.py). On both backends, each side on its own store (its own connection
pool, as two processes have)."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import asyncpg
import pytest

from bot.store.conflicts import is_conflict, retry_conflicts
from tests.conftest import NOW, Backend
from tests.storeutil import fetch

PAIRS = 6


async def test_two_accounts_redeeming_each_others_codes_at_once_never_fail(backend: Backend) -> None:
    a, b = backend.new(), backend.new()
    await a.open()
    await b.open()
    try:
        pairs = []
        for i in range(PAIRS):
            tg = await a.ensure_user("telegram", f"t{i}", f"T{i}", NOW)
            dc = await a.ensure_user("discord", f"d{i}", f"D{i}", NOW)
            await a.create_link_code(tg.id, f"tg-code-{i}", NOW + timedelta(minutes=10), NOW)
            await a.create_link_code(dc.id, f"dc-code-{i}", NOW + timedelta(minutes=10), NOW)
            pairs.append((tg.id, dc.id))
        window = timedelta(hours=1)
        results = await asyncio.gather(
            *(
                call
                for i, (tg_id, dc_id) in enumerate(pairs)
                for call in (
                    a.redeem_link_code(tg_id, "telegram", f"dc-code-{i}", NOW, 5, window),
                    b.redeem_link_code(dc_id, "discord", f"tg-code-{i}", NOW, 5, window),
                )
            ),
            return_exceptions=True,
        )
        errors = [r for r in results if isinstance(r, BaseException)]
        assert errors == []
        for i in range(PAIRS):
            one, other = results[2 * i].status, results[2 * i + 1].status  # type: ignore[union-attr]
            assert sorted([one, other]) in (["already", "linked"], ["linked", "unknown"]), (one, other)
    finally:
        await a.close()
        await b.close()
    check = backend.new()  # a store that saw none of it (the SQLite store caches users per process)
    await check.open()
    try:
        links = await fetch(check, "SELECT account_id, person_id FROM account_links")
        assert sorted(tuple(sorted(r)) for r in links) == sorted(pairs)  # each pair linked once
    finally:
        await check.close()


def test_what_counts_as_a_conflict() -> None:
    import sqlite3

    assert is_conflict(asyncpg.exceptions.DeadlockDetectedError("deadlock detected"))
    assert is_conflict(asyncpg.exceptions.SerializationError("could not serialize access"))
    assert is_conflict(sqlite3.OperationalError("database is locked"))
    assert not is_conflict(sqlite3.OperationalError("no such table: x"))
    assert not is_conflict(asyncpg.exceptions.ForeignKeyViolationError("fk"))
    assert not is_conflict(ValueError("deadlock"))


async def test_a_conflict_is_retried_up_to_three_times_then_raised() -> None:
    tries = []

    async def flaky(fail: int) -> str:
        tries.append(fail)
        if len(tries) <= fail:
            raise asyncpg.exceptions.DeadlockDetectedError("deadlock detected")
        return "ok"

    assert await retry_conflicts(flaky, 2) == "ok" and len(tries) == 3
    tries.clear()
    with pytest.raises(asyncpg.exceptions.DeadlockDetectedError):
        await retry_conflicts(flaky, 3)
    assert len(tries) == 3
    tries.clear()

    async def bug() -> None:
        tries.append(0)
        raise ValueError("not a conflict")

    with pytest.raises(ValueError):
        await retry_conflicts(bug)
    assert len(tries) == 1
