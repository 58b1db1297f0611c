"""Throwaway PostgreSQL databases for tests: one fresh schema per test, dropped afterwards, or (the
store tests' ``backend`` fixture) an emptied, already-migrated schema reused from this process.

The server comes from LEGWORK_TEST_POSTGRES_URL (default: the project machine's local server).
A missing server FAILS the PostgreSQL tests (``make test`` starts one; a skip would hide that half
the store suite never ran). Without PostgreSQL, opt out explicitly with LEGWORK_TEST_SKIP_POSTGRES=1:
then they are skipped, with the reason.
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import itertools
import os
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import asyncpg
import pytest

from bot.config import redact_url

DEFAULT_URL = "postgresql://postgres@127.0.0.1:5432/postgres"
SKIP_ENV = "LEGWORK_TEST_SKIP_POSTGRES"
_names = itertools.count()
_RUN = uuid.uuid4().hex[:8]


def server_url() -> str:
    return os.environ.get("LEGWORK_TEST_POSTGRES_URL", DEFAULT_URL)


def database_url(name: str) -> str:
    """The server URL with its database name replaced."""
    base = server_url()
    head, _, query = base.partition("?")
    root = head.rsplit("/", 1)[0] if head.count("/") > 2 else head
    return f"{root}/{name}" + (f"?{query}" if query else "")


async def admin_connection() -> asyncpg.Connection:
    """A connection to the test server, or fail (skip with LEGWORK_TEST_SKIP_POSTGRES=1) saying why."""
    url = server_url()
    try:
        return await asyncpg.connect(url, timeout=5)
    except (OSError, asyncpg.PostgresError, TimeoutError) as exc:
        reason = f"no PostgreSQL server at {redact_url(url)} ({type(exc).__name__}: {exc})"
        if os.environ.get(SKIP_ENV) == "1":
            pytest.skip(f"{reason} ({SKIP_ENV}=1)")
        pytest.fail(
            f"{reason}: start it (make test does), point LEGWORK_TEST_POSTGRES_URL at one, "
            f"or set {SKIP_ENV}=1 to skip the PostgreSQL tests",
            pytrace=False,
        )


_process_db: dict[str, str] = {}  # this test process's database, created on first use


def _drop_process_database() -> None:
    name = _process_db.get("name")
    if not name:
        return

    async def drop() -> None:
        admin = await asyncpg.connect(server_url(), timeout=5)
        try:
            await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        finally:
            await admin.close()

    with contextlib.suppress(Exception):
        asyncio.run(drop())


async def _process_database() -> str:
    """One database per test process (each xdist worker has its own), made once: a CREATE
    DATABASE costs ~0.4 s and its DROP as much, a schema a few milliseconds."""
    name = _process_db.get("name")
    if name is None:
        admin = await admin_connection()
        name = f"legwork_test_{_RUN}_{os.getpid()}"
        try:
            await admin.execute(f'CREATE DATABASE "{name}"')  # a generated identifier, not input
        finally:
            await admin.close()
        _process_db["name"] = name
        atexit.register(_drop_process_database)
    return name


async def _new_schema(admin: asyncpg.Connection) -> str:
    schema = f"t{next(_names)}_{uuid.uuid4().hex[:6]}"
    await admin.execute(f'CREATE SCHEMA "{schema}"')  # a generated identifier, not input
    return schema


def _schema_url(database: str, schema: str) -> str:
    url = database_url(database)
    return url + ("&" if "?" in url else "?") + f"search_path={schema}&application_name={schema}"


async def _disconnect(admin: asyncpg.Connection, schema: str) -> None:
    """End anything still connected to the schema (a killed bot's pool), as DROP DATABASE WITH
    (FORCE) did."""
    await admin.execute(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
        "WHERE application_name = $1 AND pid <> pg_backend_pid()",
        schema,
    )


@asynccontextmanager
async def fresh_database() -> AsyncIterator[str]:
    """A new empty schema in this process's test database; yields a URL whose connections use
    only it (``search_path``, tagged by ``application_name``); DROPs it afterwards.

    asyncpg passes a URL's unknown query parameters to the server as settings, so the store, the
    bot processes a test starts and ``copy-db`` all see the schema as their whole database.
    """
    database = await _process_database()
    admin = await asyncpg.connect(database_url(database), timeout=5)
    try:
        schema = await _new_schema(admin)
        try:
            yield _schema_url(database, schema)
        finally:
            await _disconnect(admin, schema)
            await admin.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
    finally:
        await admin.close()


@dataclass(frozen=True)
class _Shape:
    """What migrating an empty schema leaves: its tables (children before the parents their foreign
    keys name), its sequences and the migration log."""

    tables: tuple[str, ...]
    sequences: frozenset[str]
    versions: tuple[int, ...]


async def _shape(con: asyncpg.Connection, schema: str) -> _Shape:
    tables = {r[0] for r in await con.fetch("SELECT tablename FROM pg_tables WHERE schemaname = $1", schema)}
    links = await con.fetch(
        "SELECT ch.relname, pa.relname FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace "
        "JOIN pg_class ch ON ch.oid = c.conrelid JOIN pg_class pa ON pa.oid = c.confrelid "
        "WHERE c.contype = 'f' AND n.nspname = $1",
        schema,
    )
    bare = {(r[0], r[1]) for r in links}
    order: list[str] = []
    left = set(tables)
    while left:  # a child goes before every table it points at (self-references aside)
        ready = sorted(t for t in left if not any(p == t and c in left and c != t for c, p in bare))
        if not ready:
            raise RuntimeError(f"foreign keys form a cycle in {sorted(left)}")
        order += ready
        left -= set(ready)
    sequences = frozenset(
        r[0] for r in await con.fetch("SELECT sequencename FROM pg_sequences WHERE schemaname = $1", schema)
    )
    versions: tuple[int, ...] = ()
    if "legwork_schema" in tables:
        versions = tuple(
            r[0] for r in await con.fetch(f'SELECT version FROM "{schema}".legwork_schema ORDER BY version')
        )
    return _Shape(tuple(order), sequences, versions)


_pool: dict[str, Any] = {"shape": None, "free": []}  # this process's emptied, migrated schemas


async def _migrated_schema(admin: asyncpg.Connection, database: str) -> str:
    """A new schema migrated by the real store (its first use in a process also records the shape)."""
    from bot.store import make_store

    schema = await _new_schema(admin)
    store = make_store(_schema_url(database, schema))
    await store.open()
    await store.close()
    if _pool["shape"] is None:
        _pool["shape"] = await _shape(admin, schema)
    return schema


@asynccontextmanager
async def reused_database() -> AsyncIterator[str]:
    """Like ``fresh_database`` but the schema is already migrated: one this process emptied after an
    earlier test, or a new one. Migrating a schema costs ~1 s of DDL on this machine (26 tables and
    their indexes) and dropping it ~0.3 s; emptying one ~50 ms. After the test the schema is reused
    only if the test left it as migrations made it (same tables, sequences and migration log): its
    rows are deleted (children first) and its sequences restarted, so the next test starts from the
    same state as on a new database that the store has just migrated. Otherwise it is dropped."""
    database = await _process_database()
    admin = await asyncpg.connect(database_url(database), timeout=5)
    try:
        free: list[str] = _pool["free"]
        schema = free.pop() if free else await _migrated_schema(admin, database)
        reuse = False
        try:
            yield _schema_url(database, schema)
        finally:
            await _disconnect(admin, schema)
            shape: _Shape = _pool["shape"]
            if await _shape(admin, schema) == shape:
                emptied = "".join(
                    f'DELETE FROM "{schema}"."{t}";' for t in shape.tables if t != "legwork_schema"
                )
                restarted = "".join(
                    f'ALTER SEQUENCE "{schema}"."{q}" RESTART;' for q in sorted(shape.sequences)
                )
                await admin.execute(f"BEGIN;{emptied}{restarted}COMMIT;")
                reuse = True
            if reuse:
                free.append(schema)
            else:
                await admin.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
    finally:
        await admin.close()
