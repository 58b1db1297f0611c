"""Strava sync through the real bot process (``python -m bot``), on both stores: the fake Telegram
and the fake Strava on 127.0.0.1; the runner connects, the last 4 weeks are imported, a new long
run moves a strength day, a run made private goes, a token about to expire is refreshed, and
withdrawing access on Strava takes every Strava run and token with it.

Nothing here depends on today's date: the runner's time zone is picked so that it is daytime for
them now, and the activities are dated from the real clock.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import re
import sys
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import aiohttp
import pytest
from cryptography.fernet import Fernet

from bot.store import make_store
from tests.fakes.strava_server import CLIENT_ID, CLIENT_SECRET, FakeStrava
from tests.fakes.telegram_server import FakeTelegramServer, make_user, private_chat
from tests.procutil import ROOT, BotProcess, free_port, write_config

TG_TOKEN = "777:strava-process-token"
ANN = make_user(3001, "Ann", "Lee", "annlee")
ATHLETE = 5150
VERIFY = "verify-proc-456"
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


# Zones without daylight saving time, one for (nearly) every whole-hour offset from UTC.
ZONES = (
    "Pacific/Pago_Pago", "Pacific/Honolulu", "Pacific/Gambier", "Pacific/Pitcairn", "America/Phoenix",
    "America/Guatemala", "America/Bogota", "America/Caracas", "America/Sao_Paulo", "Atlantic/South_Georgia",
    "Atlantic/Cape_Verde", "Africa/Abidjan", "Africa/Lagos", "Africa/Johannesburg", "Africa/Nairobi",
    "Asia/Dubai", "Asia/Tashkent", "Asia/Dhaka", "Asia/Bangkok", "Asia/Shanghai", "Asia/Tokyo",
    "Australia/Brisbane", "Pacific/Noumea", "Pacific/Tarawa", "Pacific/Tongatapu", "Pacific/Kiritimati",
)  # fmt: skip


def daytime_zone(now: datetime) -> tuple[str, datetime]:
    """A zone where it is between 08:00 and 15:59 now, and the local time there."""
    for name in ZONES:
        local = now.astimezone(ZoneInfo(name))
        if 8 <= local.hour < 16:
            return name, local
    raise AssertionError(f"no daytime zone at {now}")


def iso(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@pytest.fixture(params=["sqlite", "postgres"])
async def database(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[str]:
    if request.param == "sqlite":
        yield str(tmp_path / "legwork.db")
        return
    from tests.pgutil import fresh_database

    async with fresh_database() as url:
        yield url


@pytest.mark.subprocess
async def test_strava_through_the_bot_process(tmp_path: Path, database: str) -> None:
    key = Fernet.generate_key().decode()
    port = free_port()
    public = f"http://127.0.0.1:{port}"
    async with (
        FakeTelegramServer(token=TG_TOKEN) as tg,
        FakeStrava() as fake,
        aiohttp.ClientSession() as http,
    ):
        fake.add_athlete(ATHLETE, "Ann", "Lee")
        now = datetime.now(UTC)
        for days, moving in ((20, 2900), (9, 6000)):  # an easy run and a long one, in the last 4 weeks
            fake.add_activity(ATHLETE, start_date=iso(now - timedelta(days=days)), moving_time=moving,
                              elapsed_time=moving + 60, distance=moving * 3.4)  # fmt: skip
        fake.add_activity(ATHLETE, start_date=iso(now - timedelta(days=3)), sport_type="Ride", type="Ride")
        config = write_config(tmp_path / "config.toml", database, telegram_url=tg.base_url,
                              telegram_file_url=tg.base_file_url)  # fmt: skip
        config.write_text(
            config.read_text()
            + f'[web]\nlisten = "127.0.0.1"\nport = {port}\npublic_url = "{public}"\n'
            + f'[strava]\nenabled = true\napi_base_url = "{fake.api_base_url}"\n'
            + f'oauth_base_url = "{fake.oauth_base_url}"\n'
        )
        env = {
            "STRAVA_CLIENT_ID": CLIENT_ID,
            "STRAVA_CLIENT_SECRET": CLIENT_SECRET,
            "STRAVA_VERIFY_TOKEN": VERIFY,
            "LEGWORK_SECRET_KEY": key,
        }
        bot = BotProcess(tmp_path, config, telegram_token=TG_TOKEN, env=env)
        store = make_store(database, tmp_path)
        try:
            await bot.start_and_wait(60)
            # The push subscription: Strava checks the callback on the running bot at once.
            cli = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot", "--config", str(config), "strava", "subscribe",
                cwd=ROOT, env=bot.env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
            )  # fmt: skip
            out, err = await asyncio.wait_for(cli.communicate(), 60)
            assert cli.returncode == 0, err.decode()
            assert f"{public}/strava/webhook" in out.decode() and fake.subscriptions

            tg.open_private(ANN)

            async def say(text: str, expect: str) -> str:
                since = len(tg.calls)
                tg.send_text(private_chat(ANN), ANN, text)
                call = await tg.wait_for("sendMessage", lambda c: expect in str(c.params.get("text")),
                                         20, since=since)  # fmt: skip
                return str(call.params["text"])

            zone, local = daytime_zone(now)
            await say(f"/timezone {zone}", zone)
            today, later = DAYS[local.weekday()], DAYS[(local.weekday() + 3) % 7]
            await say(f"/schedule {today},{later} 23:00 home", "23:00")

            fake.token_lifetime = 200  # expires within the refresh margin: refreshed before use
            text = await say("/strava", "oauth/authorize")
            url = html.unescape(re.search(r"(http://\S+/oauth/authorize\S+)", text).group(1))  # type: ignore[union-attr]
            since = len(tg.calls)
            status, page = await fake.consent(http, url, ATHLETE)
            assert status == 200 and "Connected to Strava as Ann Lee" in page
            await tg.wait_for(
                "sendMessage", lambda c: "Connected to Strava as" in c.params["text"], 20, since=since
            )
            summary = await tg.wait_for(
                "sendMessage", lambda c: "Imported" in c.params["text"], 20, since=since
            )
            assert summary.params["text"] == "Imported 2 runs from the last 4 weeks: 1 long."

            await store.open()
            user = await store.get_user("telegram", str(ANN["id"]))
            assert user is not None
            assert len(await store.recent_runs(user.id, 50)) == 2

            # A long run this morning (their time) on a strength day: the session moves, said once.
            run = fake.add_activity(ATHLETE, start_date=iso(now - timedelta(hours=2, minutes=30)),
                                    moving_time=6600, elapsed_time=6700, distance=22000.0)  # fmt: skip
            since = len(tg.calls)
            assert await fake.send_event(http, object_type="activity", object_id=run["id"],
                                         aspect_type="create", owner_id=ATHLETE) == 200  # fmt: skip
            moved = await tg.wait_for(
                "sendMessage", lambda c: "moved your strength session" in c.params["text"], 20, since=since
            )
            assert moved.params["text"].startswith("Long run today — I moved your strength session to")
            assert len(fake.calls_to("/oauth/token")) >= 2  # the exchange and a refresh
            runs = await store.recent_runs(user.id, 50)
            assert str(run["id"]) in {r.external_id for r in runs}

            # Made private on Strava: it goes.
            run["private"], run["visibility"] = True, "only_me"
            await fake.send_event(http, object_type="activity", object_id=run["id"], aspect_type="update",
                                  owner_id=ATHLETE, updates={"private": "true"})  # fmt: skip

            async def run_ids() -> set[str | None]:
                return {r.external_id for r in await store.recent_runs(user.id, 50)}

            await poll_async(
                lambda: run_ids(), lambda ids: str(run["id"]) not in ids, 20, "the private run to go"
            )
            assert len(await run_ids()) == 2

            # Access withdrawn on strava.com: every Strava run and the tokens go.
            await fake.send_event(http, object_type="athlete", object_id=ATHLETE, aspect_type="update",
                                  owner_id=ATHLETE, updates={"authorized": "false"})  # fmt: skip
            await poll_async(lambda: run_ids(), lambda ids: not ids, 20, "Strava's runs to go")
            assert await store.strava_connection(user.id) is None
            log = bot.all_output()
            for secret in (CLIENT_SECRET, VERIFY, key, *(g.access for g in fake.grants)):
                assert secret not in log
        except BaseException:
            print(bot.all_output()[-4000:])  # shown with the failure
            print(
                [
                    (c.method, c.status, str(c.params.get("text", ""))[:300])
                    for c in tg.calls
                    if c.method != "getUpdates"
                ]
            )
            raise
        finally:
            with contextlib.suppress(Exception):
                await store.close()
            bot.close()


async def poll_async(read, done, within: float, what: str) -> None:  # type: ignore[no-untyped-def]
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within
    while True:
        if done(await read()):
            return
        if loop.time() > deadline:
            raise AssertionError(f"timed out after {within:g}s waiting for {what}")
        await asyncio.sleep(0.1)
