"""Strava sync end to end, in process: the bot's web server and StravaService against the fake
Strava (tests/fakes/strava_server.py) on 127.0.0.1, on both stores, with a virtual clock."""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any

import aiohttp
import pytest
from cryptography.fernet import Fernet

from bot.config import Secrets, Settings, StravaConfig, WebConfig
from bot.services.strava import StravaService
from bot.services.strava_api import run_data
from bot.services.strava_keys import TokenBox, strava_key
from bot.web import WebServer
from handlers.deps import Deps
from handlers.registry import dispatch
from handlers.runs import class_buttons
from handlers.store import Store
from handlers.strava import backfill_summary
from handlers.types import Chat, Reply
from tests.conftest import NOW, Backend, press, say
from tests.fakes.strava_server import CLIENT_ID, CLIENT_SECRET, FakeStrava
from tests.storeutil import table_rows

VERIFY = "verify-me-123"
ANN_ID = 9001
ANN = Chat("telegram", "111", "111", is_private=True)


@dataclass
class Clock:
    now: datetime = NOW

    def __call__(self) -> datetime:
        return self.now

    def epoch(self) -> float:
        return self.now.timestamp()


@dataclass
class Recorder:
    """A platform transport that keeps what the bot sends."""

    platform: str = "telegram"
    sent: list[tuple[str, str]] = field(default_factory=list)

    async def send(self, chat_id: str, replies: Sequence[Reply]) -> None:
        self.sent.extend((chat_id, r.text) for r in replies)

    def texts(self, contains: str = "") -> list[str]:
        return [t for _, t in self.sent if contains in t]


@dataclass
class Env:
    store: Store
    deps: Deps
    service: StravaService
    web: WebServer
    fake: FakeStrava
    clock: Clock
    tell: Recorder
    http: aiohttp.ClientSession
    key: str

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.web.port}"

    async def connect(self, athlete_id: int = ANN_ID, c: Chat = ANN, **consent: Any) -> tuple[int, str]:
        [reply] = await say(self.deps, "/strava", c, self.clock.now)
        m = re.search(r"(http://\S+/oauth/authorize\S+)", reply.text)
        assert m, reply.text
        return await self.fake.consent(self.http, m.group(1).replace("&amp;", "&"), athlete_id, **consent)

    async def event(self, sub: int | None = None, **event: Any) -> int:
        return await self.fake.send_event(self.http, sub, **event)

    async def runs(self, user_id: int) -> list[Any]:
        return await self.store.recent_runs(user_id, 100)

    async def ann(self) -> Any:
        user = await self.store.get_user("telegram", "111")
        assert user is not None
        return user


def secrets_for(key: str) -> Secrets:
    return Secrets(
        telegram_token=None,
        discord_token=None,
        telegram_webhook_secret=None,
        strava_client_id=CLIENT_ID,
        strava_client_secret=CLIENT_SECRET,
        strava_verify_token=VERIFY,
        secret_key=key,
    )


async def make_service(
    store: Store, settings: Settings, fake: FakeStrava, clock: Clock, tell: Recorder, key: str
) -> tuple[StravaService, WebServer, Deps]:
    web = WebServer("127.0.0.1", 0)
    await web.start()
    s = replace(
        settings,
        web=WebConfig("127.0.0.1", web.port, f"http://127.0.0.1:{web.port}"),
        strava=StravaConfig(True, fake.api_base_url, fake.oauth_base_url),
    )
    deps = Deps(store=store, settings=s)
    box = strava_key(secrets_for(key))
    assert isinstance(box, TokenBox)
    service = StravaService(s, secrets_for(key), box, deps, {"telegram": tell}, clock, poll_seconds=3600)
    service.add_routes(web)
    deps.strava = service
    return service, web, deps


@pytest.fixture
async def env(store: Store, settings: Settings) -> AsyncIterator[Env]:
    clock = Clock()
    key = Fernet.generate_key().decode()
    async with FakeStrava(clock=clock.epoch) as fake, aiohttp.ClientSession() as http:
        fake.add_athlete(ANN_ID, "Ann", "Runner")
        tell = Recorder()
        service, web, deps = await make_service(store, settings, fake, clock, tell, key)
        await store.add_strava_subscription(101, service.callback_url, NOW)
        fake.subscriptions[101] = (service.callback_url, VERIFY)
        try:
            yield Env(store, deps, service, web, fake, clock, tell, http, key)
        finally:
            await service.stop()
            await web.stop()


def iso(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


async def test_connect_backfill_create_update_delete_disconnect(env: Env) -> None:
    fake, clock = env.fake, env.clock
    # Four weeks of history: 3 easy runs, a long one, a ride (ignored) and a private run (ignored).
    for days in (20, 16, 12):
        fake.add_activity(ANN_ID, start_date=iso(NOW - timedelta(days=days)))
    fake.add_activity(ANN_ID, start_date=iso(NOW - timedelta(days=8)), moving_time=6000, elapsed_time=6100,
                      distance=20000.0, workout_type=2)  # fmt: skip
    fake.add_activity(ANN_ID, start_date=iso(NOW - timedelta(days=5)), sport_type="Ride", type="Ride")
    fake.add_activity(ANN_ID, start_date=iso(NOW - timedelta(days=4)), private=True, visibility="only_me")
    fake.add_activity(ANN_ID, start_date=iso(NOW - timedelta(days=40)))  # older than 4 weeks

    status, page = await env.connect()
    assert status == 200 and "Connected to Strava as Ann Runner" in page
    ann = await env.ann()
    conn = await env.store.strava_connection(ann.id)
    assert conn is not None and conn.athlete_id == ANN_ID and conn.athlete_name == "Ann Runner"
    stored = str(await table_rows(env.store, "strava_connections"))
    token = fake.grants[-1].access
    assert token not in stored and fake.grants[-1].refresh not in stored  # encrypted at rest
    assert env.tell.texts("Connected to Strava as <b>Ann Runner</b>")
    assert await env.service.drain() == 1  # the backfill
    [summary] = env.tell.texts("Imported")
    assert summary == "Imported 4 runs from the last 4 weeks: 1 long."
    assert len(await env.runs(ann.id)) == 4
    [listing] = fake.calls_to("/api/v3/athlete/activities")
    assert int(listing["after"]) == int((NOW - timedelta(weeks=4)).timestamp())

    # /strava now shows the status and a [Disconnect] button, privately.
    [status_reply] = await say(env.deps, "/strava", ANN, clock.now)
    assert "Connected to Strava as <b>Ann Runner</b>" in status_reply.text and status_reply.private
    assert [b.label for b in status_reply.buttons] == ["Disconnect"]

    # A long run on a strength day (Sat, reminder 18:00 not sent yet) moves the session, said once.
    await say(env.deps, "/schedule sat,tue 18:00 home", ANN, clock.now)
    clock.now = datetime(2026, 11, 28, 11, 0, tzinfo=UTC)  # Sat
    long_run = fake.add_activity(ANN_ID, start_date="2026-11-28T07:00:00Z", moving_time=6600,
                                 elapsed_time=6700, distance=22000.0)  # fmt: skip
    assert await env.event(object_type="activity", object_id=long_run["id"], aspect_type="create",
                           owner_id=ANN_ID) == 200  # fmt: skip
    assert await env.service.drain() == 1
    [moved] = env.tell.texts("moved your strength session")
    assert moved.startswith("Long run today — I moved your strength session to")
    assert len(await env.runs(ann.id)) == 5
    # Strava re-delivers the same event: stored once, nothing twice.
    assert await env.event(object_type="activity", object_id=long_run["id"], aspect_type="create",
                           owner_id=ANN_ID, event_time=int(clock.epoch())) == 200  # fmt: skip
    await env.service.drain()
    assert len(env.tell.texts("moved your strength session")) == 1 and len(await env.runs(ann.id)) == 5

    # A title change keeps it (re-fetched, no second message); made private, it goes.
    long_run["name"] = "Long Sat"
    await env.event(object_type="activity", object_id=long_run["id"], aspect_type="update", owner_id=ANN_ID,
                    updates={"title": "Long Sat"})  # fmt: skip
    await env.service.drain()
    assert len(await env.runs(ann.id)) == 5 and len(env.tell.texts("moved")) == 1
    long_run["private"], long_run["visibility"] = True, "only_me"
    await env.event(object_type="activity", object_id=long_run["id"], aspect_type="update", owner_id=ANN_ID,
                    updates={"private": "true"})  # fmt: skip
    await env.service.drain()
    assert {r.external_id for r in await env.runs(ann.id)} == {
        str(a) for a in list(fake.athletes[ANN_ID].activities)[:4]
    }

    # Changed to a ride: removed. Deleted: removed. A 404 on create: dropped quietly.
    first = next(iter(fake.athletes[ANN_ID].activities.values()))
    first["sport_type"] = first["type"] = "Ride"
    await env.event(object_type="activity", object_id=first["id"], aspect_type="update", owner_id=ANN_ID)
    second = list(fake.athletes[ANN_ID].activities)[1]
    await env.event(object_type="activity", object_id=second, aspect_type="delete", owner_id=ANN_ID)
    await env.event(object_type="activity", object_id=555555, aspect_type="create", owner_id=ANN_ID)
    await env.service.drain()
    assert len(await env.runs(ann.id)) == 2
    assert await env.store.strava_events_waiting() == 0

    # [Disconnect]: deauthorized at Strava, tokens and Strava's runs gone.
    [off] = await _press_disconnect(env)
    assert "Disconnected from Strava" in off.text and "2 runs" in off.text
    assert fake.calls_to("/oauth/deauthorize") and all(g.revoked for g in fake.grants)
    assert await env.store.strava_connection(ann.id) is None and await env.runs(ann.id) == []
    [again] = await say(env.deps, "/strava", ANN, clock.now)
    assert "/oauth/authorize" in again.text


async def _press_disconnect(env: Env) -> list[Reply]:
    [status] = await say(env.deps, "/strava", ANN, env.clock.now)
    return await dispatch(press(status.buttons[0].action, ANN, env.clock.now), env.deps)


async def test_an_update_from_strava_keeps_the_class_the_runner_set(env: Env) -> None:
    """A title edit on Strava re-reads the activity and stores it again: a class the runner set
    with [Easy]/[Hard] survives it (it used to fall back to the computed class)."""
    await env.connect()
    await env.service.drain()
    ann = await env.ann()
    act = env.fake.add_activity(ANN_ID, start_date=iso(NOW - timedelta(hours=3)), moving_time=6600,
                                elapsed_time=6700, distance=22000.0)  # fmt: skip
    await env.event(object_type="activity", object_id=act["id"], aspect_type="create", owner_id=ANN_ID)
    await env.service.drain()
    [run] = await env.runs(ann.id)
    assert run.klass == "long" and not run.corrected
    [easy] = [b for b in class_buttons(ANN.user_id, run) if b.label == "Easy"]
    [noted] = await dispatch(press(easy.action, ANN, env.clock.now), env.deps)
    assert "is a <b>easy</b> run" in noted.text
    act["name"] = "Easy long, really"
    await env.event(object_type="activity", object_id=act["id"], aspect_type="update", owner_id=ANN_ID,
                    updates={"title": "Easy long, really"})  # fmt: skip
    await env.service.drain()
    [again] = await env.runs(ann.id)
    assert again.external_id == run.external_id
    assert (again.klass, again.corrected) == ("easy", True)
    # An activity the runner never corrected is classified afresh on an update.
    act2 = env.fake.add_activity(ANN_ID, start_date=iso(NOW - timedelta(days=2)))
    await env.event(object_type="activity", object_id=act2["id"], aspect_type="create", owner_id=ANN_ID)
    await env.service.drain()
    act2.update(moving_time=6600, elapsed_time=6700, distance=22000.0)
    await env.event(object_type="activity", object_id=act2["id"], aspect_type="update", owner_id=ANN_ID)
    await env.service.drain()
    [second] = [r for r in await env.runs(ann.id) if r.external_id == str(act2["id"])]
    assert (second.klass, second.corrected) == ("long", False)


async def test_bad_redirects_store_nothing_and_tell_the_runner(env: Env) -> None:
    async with env.http.get(
        f"{env.base}/strava/callback", params={"state": "forged.1.2.abc", "code": "x"}
    ) as r:
        assert r.status == 400 and "isn't valid" in await r.text()
    status, page = await env.connect(allow=False)
    assert status == 400 and "wasn't connected" in page
    assert env.tell.texts("access wasn't allowed")
    status, page = await env.connect(scope="read")  # "View data about your activities" unticked
    assert status == 400 and env.tell.texts("I need to read your activities")
    # Expired: the link is opened 11 minutes later.
    [reply] = await say(env.deps, "/strava", ANN, env.clock.now)
    url = re.search(r"(http://\S+)", reply.text).group(1).replace("&amp;", "&")  # type: ignore[union-attr]
    env.clock.now += timedelta(minutes=11)
    status, page = await env.fake.consent(env.http, url, ANN_ID)
    assert status == 400 and "expired" in page and env.tell.texts("expired")
    # Reused: the redirect comes back twice.
    [reply] = await say(env.deps, "/strava", ANN, env.clock.now)
    url = re.search(r"(http://\S+)", reply.text).group(1).replace("&amp;", "&")  # type: ignore[union-attr]
    async with env.http.get(url, params={"athlete_id": str(ANN_ID)}, allow_redirects=False) as r:
        back = r.headers["Location"]
    ann = await env.ann()
    async with env.http.get(back) as r:
        assert r.status == 200
    await env.store.delete_strava_connection(ann.id)
    async with env.http.get(back) as r:
        assert r.status == 400 and "already used" in await r.text()
    assert env.tell.texts("already used")
    assert await env.store.strava_connection(ann.id) is None


async def test_webhook_validation_and_events_that_are_ignored(env: Env) -> None:
    hook = f"{env.base}/strava/webhook"
    good = {"hub.mode": "subscribe", "hub.challenge": "c123", "hub.verify_token": VERIFY}
    async with env.http.get(hook, params=good) as r:
        assert r.status == 200 and (await r.json()) == {"hub.challenge": "c123"}
    async with env.http.get(hook, params={**good, "hub.verify_token": "wrong"}) as r:
        assert r.status == 403 and "c123" not in await r.text()
    async with env.http.post(hook, data=b"{not json") as r:
        assert r.status == 400
    async with env.http.post(hook, json={"object_type": "activity"}) as r:
        assert r.status == 400
    await env.connect()
    await env.service.drain()
    act = env.fake.add_activity(ANN_ID, start_date=iso(NOW - timedelta(hours=3)))
    # Another app's subscription, and an athlete nobody connected: 200, nothing stored.
    assert (
        await env.event(
            999, object_type="activity", object_id=act["id"], aspect_type="create", owner_id=ANN_ID
        )
        == 200
    )
    assert (
        await env.event(object_type="activity", object_id=act["id"], aspect_type="create", owner_id=12345)
        == 200
    )
    assert await env.store.strava_events_waiting() == 0
    async with env.http.post(hook, data=b"x" * (1024 * 1024 + 10)) as r:
        assert r.status == 413


async def test_two_processes_given_the_same_event_handle_it_once(
    env: Env, backend: Backend, settings: Settings
) -> None:
    await env.connect()
    await env.service.drain()
    other_store = backend.new()
    await other_store.open()
    tell2 = Recorder()
    service2, web2, _ = await make_service(other_store, settings, env.fake, env.clock, tell2, env.key)
    try:
        await other_store.add_strava_subscription(101, service2.callback_url, NOW)
        env.clock.now = datetime(2026, 11, 28, 11, 0, tzinfo=UTC)
        await say(env.deps, "/schedule sat,tue 18:00 home", ANN, env.clock.now)
        act = env.fake.add_activity(
            ANN_ID, start_date="2026-11-28T07:00:00Z", moving_time=6600, elapsed_time=6700, distance=22000.0
        )
        body = {
            "object_type": "activity",
            "object_id": act["id"],
            "aspect_type": "create",
            "owner_id": ANN_ID,
            "subscription_id": 101,
            "event_time": 1800000000,
            "updates": {},
        }
        for server in (env.web, web2):  # a load balancer gave it to both
            async with env.http.post(f"http://127.0.0.1:{server.port}/strava/webhook", json=body) as r:
                assert r.status == 200
        done = await asyncio.gather(env.service.drain(), service2.drain())
        assert sum(done) == 1
        fetched = [c for c in env.fake.calls_to(f"/api/v3/activities/{act['id']}")]
        assert len(fetched) == 1
        ann = await env.ann()
        assert len([r for r in await env.runs(ann.id) if r.external_id == str(act["id"])]) == 1
        assert len(env.tell.texts("moved") + tell2.texts("moved")) == 1
    finally:
        await service2.stop()
        await web2.stop()
        await other_store.close()


async def test_tokens_refresh_before_expiry_and_a_refused_refresh_is_told_once(env: Env) -> None:
    await env.connect()
    await env.service.drain()
    ann = await env.ann()
    before = await env.store.strava_connection(ann.id)
    assert before is not None
    env.clock.now = before.expires_at - timedelta(minutes=2)  # about to expire
    act = env.fake.add_activity(ANN_ID, start_date=iso(env.clock.now - timedelta(hours=1)))
    await env.event(object_type="activity", object_id=act["id"], aspect_type="create", owner_id=ANN_ID)
    await env.service.drain()
    assert len(env.fake.calls_to("/oauth/token")) == 2  # the exchange, then one refresh
    after = await env.store.strava_connection(ann.id)
    assert after is not None and after.expires_at > env.clock.now + timedelta(hours=5)
    assert any(r.external_id == str(act["id"]) for r in await env.runs(ann.id))
    # Access revoked on strava.com: the token 401s, the refresh 401s: broken, told once.
    env.fake.revoke(ANN_ID)
    for n in range(2):
        a = env.fake.add_activity(ANN_ID, start_date=iso(env.clock.now - timedelta(minutes=30 + n)))
        await env.event(object_type="activity", object_id=a["id"], aspect_type="create", owner_id=ANN_ID)
        await env.service.drain()
    assert len(env.tell.texts("Send /strava to connect again")) == 1
    broken = await env.store.strava_connection(ann.id)
    assert broken is not None and broken.broken
    [reply] = await say(env.deps, "/strava", ANN, env.clock.now)
    assert "stopped working" in reply.text and "/oauth/authorize" in reply.text


async def test_rate_limit_waits_and_loses_nothing(env: Env) -> None:
    await env.connect()
    await env.service.drain()
    env.clock.now = datetime(2026, 11, 27, 10, 5, tzinfo=UTC)
    acts = [env.fake.add_activity(ANN_ID, start_date=iso(env.clock.now - timedelta(hours=h))) for h in (1, 2)]
    env.fake.force_429 = 1
    for a in acts:
        await env.event(object_type="activity", object_id=a["id"], aspect_type="create", owner_id=ANN_ID)
    assert await env.service.drain() == 0  # 429: both wait
    assert await env.store.strava_events_waiting() == 2
    assert env.service.api.gate.blocked_until == datetime(2026, 11, 27, 10, 15, tzinfo=UTC)
    env.clock.now = datetime(2026, 11, 27, 10, 15, 1, tzinfo=UTC)
    assert await env.service.drain() == 2
    ann = await env.ann()
    assert {str(a["id"]) for a in acts} <= {r.external_id for r in await env.runs(ann.id)}
    # The usage headers alone stop reads at the limit (before a 429).
    env.fake.reads = [env.fake.read_limit[0] - 1, 10]
    b = env.fake.add_activity(ANN_ID, start_date=iso(env.clock.now - timedelta(hours=3)))
    c = env.fake.add_activity(ANN_ID, start_date=iso(env.clock.now - timedelta(hours=4)))
    for a in (b, c):
        await env.event(object_type="activity", object_id=a["id"], aspect_type="create", owner_id=ANN_ID)
    assert await env.service.drain() == 1 and await env.store.strava_events_waiting() == 1
    assert len(env.fake.calls_to(f"/api/v3/activities/{c['id']}")) == 0  # not even tried


async def test_athlete_deauthorizing_on_strava_deletes_everything(env: Env) -> None:
    env.fake.add_activity(ANN_ID, start_date=iso(NOW - timedelta(days=2)))
    await env.connect()
    await env.service.drain()
    ann = await env.ann()
    assert len(await env.runs(ann.id)) == 1
    await env.event(object_type="athlete", object_id=ANN_ID, aspect_type="update", owner_id=ANN_ID,
                    updates={"authorized": "false"})  # fmt: skip
    await env.service.drain()
    assert await env.store.strava_connection(ann.id) is None and await env.runs(ann.id) == []


async def test_strava_in_a_group_answers_privately_and_is_off_without_keys(env: Env) -> None:
    group = Chat("telegram", "-500", "111", is_private=False)
    [reply] = await say(env.deps, "/strava", group, env.clock.now)
    assert reply.private and "/oauth/authorize" in reply.text
    status, _ = await env.fake.consent(
        env.http, re.search(r"(http://\S+)", reply.text).group(1).replace("&amp;", "&"), ANN_ID
    )  # type: ignore[union-attr]
    assert status == 200
    assert (
        "111",
        "Connected to Strava as <b>Ann Runner</b>. Your runs will arrive by themselves; "
        "I'm importing the last 4 weeks now.",
    ) in env.tell.sent  # the DM, not the group
    off = strava_key(replace(secrets_for("x"), secret_key=None))
    assert isinstance(off, str) and "LEGWORK_SECRET_KEY" in off
    bad = strava_key(secrets_for("not-a-fernet-key"))
    assert isinstance(bad, str) and "Fernet" in bad
    [no] = await say(replace(env.deps, strava=None), "/strava", ANN, env.clock.now)
    assert "isn't switched on" in no.text


def test_activities_become_runs_with_strava_hints() -> None:
    base = {"id": 1, "start_date": "2026-11-28T07:00:00Z", "elapsed_time": 100, "moving_time": 90,
            "distance": 300.0, "average_cadence": 85}  # fmt: skip
    race = run_data({**base, "sport_type": "Run", "workout_type": 1})
    assert race is not None and race.race and race.hint == "race" and race.avg_cadence == 170
    assert run_data({**base, "sport_type": "TrailRun", "workout_type": 2}).hint == "long"  # type: ignore[union-attr]
    assert run_data({**base, "sport_type": "VirtualRun", "workout_type": 3}).hint == "workout"  # type: ignore[union-attr]
    assert run_data({**base, "sport_type": "Ride"}) is None
    assert run_data({**base, "sport_type": "Run", "start_date": "yesterday"}) is None
    from collections import Counter

    assert (
        backfill_summary(Counter({"easy": 6, "long": 2, "hard": 3}))
        == "Imported 11 runs from the last 4 weeks: 2 long, 3 hard."
    )
