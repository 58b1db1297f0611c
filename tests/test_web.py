"""The bot's one web server (bot/web.py): routes added while running, 404s, 413s, the calendar feed
without Telegram's webhook mode."""

from __future__ import annotations

import re
from pathlib import Path

import aiohttp
from aiohttp import web

from bot.config import Settings
from bot.web import WebServer, add_calendar_feed
from handlers.deps import Deps
from tests.conftest import NOW, chat, say


async def test_routes_404_and_413(tmp_path: Path) -> None:
    server = WebServer("127.0.0.1", 0, max_body=1024)
    seen: list[str] = []

    async def echo(request: web.Request) -> web.Response:
        body = await request.read()
        seen.append(request.match_info.get("tail", ""))
        return web.Response(text=f"{len(body)}")

    server.route("POST", "/hook", echo)
    await server.start()
    try:
        server.route("GET", "/files", echo, prefix=True)  # added while running
        base = f"http://127.0.0.1:{server.port}"
        async with aiohttp.ClientSession() as http:
            async with http.post(base + "/hook", data=b"x" * 10) as r:
                assert r.status == 200 and await r.text() == "10"
            async with http.post(base + "/hook", data=b"x" * 2000) as r:
                assert r.status == 413

            async def chunks():  # no Content-Length: refused while reading
                for _ in range(4):
                    yield b"y" * 600

            async with http.post(base + "/hook", data=chunks()) as r:
                assert r.status == 413
            async with http.get(base + "/files/a/b.txt") as r:
                assert r.status == 200
            assert seen[-1] == "a/b.txt"
            for path in ("/", "/nope", "/files", "/hookx", "/files-x/a"):
                async with http.get(base + path) as r:
                    assert r.status == 404, path
            async with http.get(base + "/hook") as r:
                assert r.status == 405
            server.unroute("POST", "/hook")
            async with http.post(base + "/hook", data=b"x") as r:
                assert r.status == 404
    finally:
        await server.stop()
    assert not server.running


async def test_calendar_feed_is_served_without_telegram(settings: Settings, deps: Deps) -> None:
    from dataclasses import replace

    feed_url = "https://legwork.example/calendar"
    fdeps = replace(deps, settings=replace(settings, calendar_feed_url=feed_url))
    server = WebServer("127.0.0.1", 0)
    add_calendar_feed(server, feed_url, fdeps, lambda: NOW)
    await server.start()
    try:
        await say(fdeps, "/schedule tue,fri 07:00 home", chat())
        [reply] = await say(fdeps, "/calendar url", chat())
        m = re.search(r"/calendar/([A-Za-z0-9_-]+)\.ics", reply.text)
        assert m
        base = f"http://127.0.0.1:{server.port}"
        async with aiohttp.ClientSession() as http:
            async with http.get(f"{base}/calendar/{m.group(1)}.ics") as r:
                assert r.status == 200 and r.content_type == "text/calendar"
                assert b"BEGIN:VCALENDAR" in await r.read()
            for bad in (f"/calendar/{m.group(1)}", "/calendar/x.ics", f"/calendar/a/{m.group(1)}.ics"):
                async with http.get(base + bad) as r:
                    assert r.status == 404, bad
    finally:
        await server.stop()
