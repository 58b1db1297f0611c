"""What a bot process loads at start: the heavy libraries wait for the command that needs them."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

LAZY = ("numpy", "tokenizers", "safetensors", "icalendar", "aiohttp.web", "matplotlib")
# httpx's command-line client and what it pulls in when installed (bot/__init__.py keeps it out).
NEVER = ("httpx._main", "rich", "pygments", "click", "bm25s", "tqdm")
# (bm25s and the tqdm it imports: the tests' reference for content/retrieval.py's BM25 table, ~12 MB of
# the bot's memory if it were loaded.)


@pytest.mark.subprocess
def test_start_up_leaves_the_answerer_the_calendar_and_the_webhook_server_unloaded(tmp_path: Path) -> None:
    # A fresh interpreter, as `python -m bot` is: the runtime and the Telegram adapter imported,
    # everyday commands run; then the first question and the first calendar export load theirs.
    script = textwrap.dedent(
        """
        import asyncio, sys
        from datetime import UTC, datetime
        from pathlib import Path
        import bot.app, bot.telegram.adapter
        from bot.config import Settings
        from bot.store.sqlite import Store
        from handlers.deps import Deps
        from handlers.registry import dispatch
        from handlers.types import Chat, Request

        LAZY = sys.argv[2].split(",")
        import httpx
        print("httpx-client", httpx.AsyncClient.__name__)

        def loaded():
            return ",".join(m for m in LAZY if sys.modules.get(m) is not None) or "-"

        async def main():
            store = Store(Path(sys.argv[1]))
            await store.open()
            deps = Deps(store=store, settings=Settings(database=sys.argv[1]))
            now = datetime(2026, 11, 27, 9, tzinfo=UTC)
            chat = Chat("console", "dm:a", "a", True)

            async def run(command, text=""):
                req = Request(chat, command, tuple(text.split()), text, "A", now)
                return (await dispatch(req, deps))[0]

            for command, text in [("start", ""), ("workout", "gym"), ("done", "home 20 min"), ("help", "")]:
                await run(command, text)
            print("after-everyday", loaded())
            reply = await run("", "what helps shin splints?")
            print("answered", "shin" in reply.text.lower())
            print("after-ask", loaded())
            await run("schedule", "mon,thu 07:00")
            reply = await run("calendar")
            print("calendar", bool(reply.file) and reply.file[1].startswith(b"BEGIN:VCALENDAR"))
            print("after-calendar", loaded())
            await store.close()

        asyncio.run(main())
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "s.db"), ",".join(LAZY + NEVER)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    lines = dict(line.split(" ", 1) for line in out.stdout.splitlines())
    assert lines["after-everyday"] == "-"
    assert lines["httpx-client"] == "AsyncClient"  # httpx itself is whole
    assert lines["answered"] == "True"
    assert {"numpy", "safetensors"} <= set(lines["after-ask"].split(","))
    assert lines["calendar"] == "True"
    assert "icalendar" in lines["after-calendar"].split(",")
    assert "aiohttp.web" not in lines["after-calendar"] and "matplotlib" not in lines["after-calendar"]
    assert not set(NEVER) & set(lines["after-calendar"].split(","))
