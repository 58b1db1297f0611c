"""What handlers receive besides the request: storage, settings and platform callbacks."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Protocol

from handlers.charts import ChartRenderer
from handlers.settings import HandlerSettings
from handlers.store import Store
from handlers.store_strava import StravaLink
from handlers.types import Chat

AdminCheck = Callable[[Chat], Awaitable[bool]]


class OutageReport(Protocol):
    """Where failures that mean "the database is unavailable" go (bot/dbfaults.py): one line when
    an outage starts, a summary now and then, one when it ends, instead of a line per failure."""

    def failed(self, exc: BaseException, what: str = "") -> bool:
        """Report `exc` if it means the database is unavailable; False: the caller logs it."""
        ...

    def ok(self) -> None:
        """A database call worked (ends an outage)."""
        ...

    async def check(self) -> None:
        """Something worked that may not have used the database: end an outage if it answers."""
        ...


@dataclass
class Deps:
    store: Store
    settings: HandlerSettings
    # platform -> coroutine that asks the platform whether chat.user_id administers chat.chat_id;
    # platforms without one (console, Discord, which sends permissions inline) use Chat.is_admin.
    admin_checks: dict[str, AdminCheck] = field(default_factory=dict)
    # Called after a schedule changes so the scheduler can re-plan its next wake-up.
    schedule_changed: Callable[[], None] | None = None
    # Draws chart PNGs off the event loop (bot/charts/pool.py); None: replies go out as text only.
    charts: ChartRenderer | None = None
    # The process's database outage report; None: every failure is logged with its traceback.
    outage: OutageReport | None = None
    # Strava sync (bot/services/strava.py) when [strava] enabled can run; None: off.
    strava: StravaLink | None = None

    async def is_admin(self, chat: Chat) -> bool:
        if chat.is_private:
            return False
        if chat.is_admin:
            return True
        check = self.admin_checks.get(chat.platform)
        return bool(check and await check(chat))

    def notify_schedule_changed(self) -> None:
        if self.schedule_changed is not None:
            self.schedule_changed()
