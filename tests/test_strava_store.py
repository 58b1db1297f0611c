"""Strava's storage (bot/store/sql/strava.py) on both stores, and its keys (bot/services/strava_keys.py)."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from cryptography.fernet import Fernet

from bot.services.strava_keys import BadKey, TokenBox, make_state, read_state
from handlers.store import Store
from handlers.store_strava import StravaConnection, StravaState
from tests.conftest import NOW


def connection(user_id: int, athlete_id: int = 77, **more: object) -> StravaConnection:
    fields: dict[str, object] = {
        "user_id": user_id,
        "athlete_id": athlete_id,
        "athlete_name": "Ann Runner",
        "access_token": "enc-a",
        "refresh_token": "enc-r",
        "expires_at": NOW + timedelta(hours=6),
        "scope": "read,activity:read",
        "platform": "telegram",
        "platform_user_id": "111",
        "chat_target": "111",
        "broken": False,
        "connected_at": NOW,
    }
    fields.update(more)
    return StravaConnection(**fields)  # type: ignore[arg-type]


async def test_states_are_single_use(store: Store) -> None:
    user = await store.ensure_user("telegram", "111", "Ann", NOW)
    await store.add_strava_state(
        StravaState("n1", user.id, "telegram", "111", "111", NOW + timedelta(minutes=10))
    )
    taken = await store.take_strava_state("n1", NOW)
    assert taken is not None
    state, first = taken
    assert first and state.user_id == user.id and state.expires_at == NOW + timedelta(minutes=10)
    again = await store.take_strava_state("n1", NOW)
    assert again is not None and again[1] is False  # reused: still known, so the runner can be told
    assert await store.take_strava_state("never", NOW) is None


async def test_connections_tokens_broken_once_and_delete(store: Store) -> None:
    ann = await store.ensure_user("telegram", "111", "Ann", NOW)
    bob = await store.ensure_user("discord", "222", "Bob", NOW)
    await store.save_strava_connection(connection(ann.id))
    got = await store.strava_connection(ann.id)
    assert got == connection(ann.id)
    assert await store.strava_connection_by_athlete(77) == got
    await store.set_strava_tokens(ann.id, "enc-a2", "enc-r2", NOW + timedelta(hours=12))
    got = await store.strava_connection(ann.id)
    assert got is not None and (got.access_token, got.expires_at) == ("enc-a2", NOW + timedelta(hours=12))
    assert await store.mark_strava_broken(ann.id) is True
    assert await store.mark_strava_broken(ann.id) is False  # told once
    assert (await store.strava_connection(ann.id)).broken  # type: ignore[union-attr]
    await store.set_strava_tokens(ann.id, "a", "r", NOW)  # reconnected: not broken any more
    assert not (await store.strava_connection(ann.id)).broken  # type: ignore[union-attr]
    # The same athlete connected from another runner moves there.
    await store.save_strava_connection(connection(bob.id, platform="discord"))
    assert await store.strava_connection(ann.id) is None
    assert (await store.strava_connection_by_athlete(77)).user_id == bob.id  # type: ignore[union-attr]
    assert await store.delete_strava_connection(bob.id) is True
    assert await store.delete_strava_connection(bob.id) is False
    await store.save_strava_connection(connection(ann.id))
    await store.delete_user(ann.id)  # /forget takes the connection with it
    assert await store.strava_connection_by_athlete(77) is None


async def test_events_are_stored_once_and_claimed_by_one(store: Store) -> None:
    assert await store.add_strava_event("activity:5:create:1", 77, "activity", 5, "create", "{}", NOW)
    assert not await store.add_strava_event("activity:5:create:1", 77, "activity", 5, "create", "{}", NOW)
    assert await store.add_strava_event("activity:6:create:2", 77, "activity", 6, "create", "{}", NOW)
    assert await store.strava_events_waiting() == 2
    a, b, c = await asyncio.gather(*(store.claim_strava_event(NOW, 60) for _ in range(3)))
    claimed = [e for e in (a, b, c) if e is not None]
    assert sorted(e.object_id for e in claimed) == [5, 6]  # each once, never twice
    first = min(claimed, key=lambda e: e.object_id)
    await store.finish_strava_event(first.id, NOW)
    assert await store.strava_events_waiting() == 1
    # A holder that died: its lease runs out and the event is taken over.
    assert await store.claim_strava_event(NOW + timedelta(seconds=30), 60) is None
    again = await store.claim_strava_event(NOW + timedelta(seconds=61), 60)
    assert again is not None and again.object_id == 6 and again.attempts == 2
    await store.delay_strava_event(again.id, NOW + timedelta(minutes=15))
    assert await store.claim_strava_event(NOW + timedelta(minutes=14), 60) is None
    assert (await store.claim_strava_event(NOW + timedelta(minutes=15), 60)).object_id == 6  # type: ignore[union-attr]


async def test_subscriptions(store: Store) -> None:
    assert await store.strava_subscription_ids() == []
    await store.add_strava_subscription(9, "https://b.example/strava/webhook", NOW)
    await store.add_strava_subscription(9, "https://c.example/strava/webhook", NOW)
    assert await store.strava_subscription_ids() == [9]


def test_token_box_and_signed_states() -> None:
    box = TokenBox(Fernet.generate_key().decode())
    sealed = box.seal("access-123")
    assert "access-123" not in sealed and box.open(sealed) == "access-123"
    with pytest.raises(BadKey):
        TokenBox(Fernet.generate_key().decode()).open(sealed)  # another key can't read it
    with pytest.raises(BadKey):
        TokenBox("not a key")
    state, nonce = make_state(box.state_key, 42, NOW + timedelta(minutes=10))
    read = read_state(box.state_key, state)
    assert read is not None and (read.nonce, read.user_id, read.expires) == (
        nonce,
        42,
        NOW + timedelta(minutes=10),
    )
    forged = state.replace(".42.", ".43.")
    assert read_state(box.state_key, forged) is None
    assert read_state(TokenBox(Fernet.generate_key().decode()).state_key, state) is None
    for bad in ("", "a.b.c", "x.1.2.3.4", "n.١.5.sig"):
        assert read_state(box.state_key, bad) is None
