"""Throwaway PostgreSQL databases for tests: one fresh schema per test, dropped afterwards.

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


@asynccontextmanager
async def fresh_database() -> AsyncIterator[str]:
    """A new empty schema in this process's test database; yields a URL whose connections use
    only it (``search_path``, tagged by ``application_name``); DROPs it afterwards.

    asyncpg passes a URL's unknown query parameters to the server as settings, so the store, the
    bot processes a test starts and ``copy-db`` all see the schema as their whole database.
    """
    database = await _process_database()
    schema = f"t{next(_names)}_{uuid.uuid4().hex[:6]}"
    admin = await asyncpg.connect(database_url(database), timeout=5)
    try:
        await admin.execute(f'CREATE SCHEMA "{schema}"')  # a generated identifier, not input
        try:
            url = database_url(database)
            yield url + ("&" if "?" in url else "?") + f"search_path={schema}&application_name={schema}"
        finally:
            # Anything still connected to it (a killed bot's pool) goes first, as DROP DATABASE
            # WITH (FORCE) did.
            await admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE application_name = $1 AND pid <> pg_backend_pid()",
                schema,
            )
            await admin.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
    finally:
        await admin.close()
