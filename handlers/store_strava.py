"""The storage port for Strava sync (issue 28): connections, one-time OAuth states, webhook events.

Tokens cross this port already encrypted: the store keeps opaque strings.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol


@dataclass(frozen=True)
class StravaConnection:
    user_id: int  # the runner (the person, for linked accounts)
    athlete_id: int
    athlete_name: str
    access_token: str  # encrypted
    refresh_token: str  # encrypted
    expires_at: datetime
    scope: str
    platform: str  # where the runner hears from the bot
    platform_user_id: str
    chat_target: str
    broken: bool
    connected_at: datetime


@dataclass(frozen=True)
class StravaState:
    nonce: str
    user_id: int
    platform: str
    platform_user_id: str
    chat_target: str
    expires_at: datetime


@dataclass(frozen=True)
class StravaEvent:
    id: int
    event_key: str
    owner_id: int  # the Strava athlete
    object_type: str  # "activity" | "athlete" | "backfill"
    object_id: int
    aspect_type: str  # "create" | "update" | "delete"
    body: str  # the event's JSON as received
    attempts: int


class StravaStore(Protocol):
    async def add_strava_state(self, state: StravaState) -> None: ...

    async def take_strava_state(self, nonce: str, now: datetime) -> tuple[StravaState, bool] | None:
        """The state and whether this is its first use (it is marked used); None: unknown."""
        ...

    async def save_strava_connection(self, conn: StravaConnection) -> None:
        """Insert or replace the runner's connection (an athlete moving to another runner leaves the old)."""
        ...

    async def strava_connection(self, user_id: int) -> StravaConnection | None: ...

    async def strava_connection_by_athlete(self, athlete_id: int) -> StravaConnection | None: ...

    async def set_strava_tokens(
        self, user_id: int, access_token: str, refresh_token: str, expires_at: datetime
    ) -> None: ...

    async def mark_strava_broken(self, user_id: int) -> bool:
        """True only for the call that marked it (so the runner is told once)."""
        ...

    async def delete_strava_connection(self, user_id: int) -> bool: ...

    async def add_strava_event(
        self,
        event_key: str,
        owner_id: int,
        object_type: str,
        object_id: int,
        aspect_type: str,
        body: str,
        now: datetime,
    ) -> bool:
        """Store an event to handle; False if the same event was stored before (a re-delivery)."""
        ...

    async def claim_strava_event(self, now: datetime, lease_seconds: float) -> StravaEvent | None:
        """The oldest due event nobody holds, now held by the caller until ``now + lease``."""
        ...

    async def finish_strava_event(self, event_id: int, now: datetime) -> None: ...

    async def delay_strava_event(self, event_id: int, due_at: datetime) -> None:
        """Give an event back to be handled again at ``due_at`` (rate limit, a transient failure)."""
        ...

    async def strava_events_waiting(self) -> int: ...

    async def add_strava_subscription(
        self, subscription_id: int, callback_url: str, now: datetime
    ) -> None: ...

    async def strava_subscription_ids(self) -> list[int]: ...


class StravaLink(Protocol):
    """What /strava needs from the running Strava sync (bot/services/strava.py): the calls that go
    to Strava itself. ``Deps.strava`` is None when Strava is off."""

    async def authorize_url(
        self, user_id: int, platform: str, platform_user_id: str, chat_target: str, now: datetime
    ) -> str:
        """A one-time link (10 minutes) to Strava's authorize page, bound to the runner."""
        ...

    async def disconnect(self, user_id: int) -> int:
        """Deauthorize at Strava, delete the tokens and the runs from Strava; how many runs went."""
        ...
