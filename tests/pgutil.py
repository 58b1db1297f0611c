"""Throwaway PostgreSQL databases for tests: one fresh database per test, dropped afterwards.

The server comes from LEGWORK_TEST_POSTGRES_URL (default: the project machine's local server).
Under CI=true a missing server fails the PostgreSQL tests; elsewhere they are skipped with the reason.
"""

from __future__ import annotations

import itertools
import os
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import asyncpg
import pytest

from bot.config import redact_url

DEFAULT_URL = "postgresql://postgres@127.0.0.1:5432/postgres"
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
    """A connection to the test server, or skip (fail under CI=true) saying why there is none."""
    url = server_url()
    try:
        return await asyncpg.connect(url, timeout=5)
    except (OSError, asyncpg.PostgresError, TimeoutError) as exc:
        reason = f"no PostgreSQL server at {redact_url(url)} ({type(exc).__name__}: {exc})"
        if os.environ.get("CI") == "true":
            pytest.fail(f"{reason}; CI=true requires it (set LEGWORK_TEST_POSTGRES_URL)", pytrace=False)
        pytest.skip(reason)


@asynccontextmanager
async def fresh_database() -> AsyncIterator[str]:
    """CREATE a new empty database on the test server; yields its URL; DROPs it afterwards."""
    admin = await admin_connection()
    name = f"legwork_test_{_RUN}_{os.getpid()}_{next(_names)}"
    try:
        await admin.execute(f'CREATE DATABASE "{name}"')  # a generated identifier, not input
        try:
            yield database_url(name)
        finally:
            await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await admin.close()
