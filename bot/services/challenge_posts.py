"""Posts challenge digests and final results to groups; called by the reminder service each tick.

* Weekly digest: on settings.digest_day at settings.digest_time in the challenge's time zone, for
  each running challenge (not on its first day). A digest missed while the bot was down is still
  sent later that same local day, never on a later day.
* Final results: once, at digest_time on the day after the late-logging window closes
  (end date + late_days + 1), or right away in the reply when an admin ends a challenge early.
  Missed results are sent whenever the bot is next up.

Each post is claimed in challenge_posts (UNIQUE challenge, kind, period) before it is sent, so
two ticks at once, two processes or a restart never send it twice. A send that fails with a
transient error is released for another try on a later tick (a few times); Blocked stops all
posts for that challenge (and when the chat's admins could fix it, NoAccess, they are told:
bot/services/outbound.py tell_admins). A process that dies between claiming and sending loses that post
(at most once, as with reminders).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from datetime import date, datetime, time

from bot.config import DAYS, Settings
from bot.services.outbound import Blocked, Transport, tell_admins
from bot.services.paused import challenge_posts_stopped
from handlers.challenge_board import (
    board_page,
    digest_replies,
    paused_on_board,
    results_replies,
    results_time,
)
from handlers.charts import ChartRenderer
from handlers.outcomes import PostStatus
from handlers.rows import ChallengeRow
from handlers.store_challenges import ChallengePosts
from handlers.types import Reply

log = logging.getLogger(__name__)


class ChallengePoster:
    """A ``periodic`` callable for the reminder service: ``await poster(now)``."""

    def __init__(
        self,
        store: ChallengePosts,
        settings: Settings,
        transports: Mapping[str, Transport],
        charts: ChartRenderer | None = None,
    ) -> None:
        self.store = store
        self.charts = charts
        self.settings = settings
        self.transports = transports  # the runtime's live dict: adapters may register later
        hh, mm = (int(x) for x in settings.digest_time.split(":"))
        self._digest_time = time(hh, mm)
        self._digest_weekday = DAYS.index(settings.digest_day)

    async def __call__(self, now: datetime) -> None:
        for c in await self.store.challenges_to_post():
            transport = self.transports.get(c.platform)
            if transport is None:
                continue
            scope = getattr(transport, "scope", None)
            if scope is not None and c.platform_chat_id not in scope.chats:
                continue  # another console's chat: that console posts it
            try:
                await self._post_due(c, now)
            except Exception:
                log.exception("challenge #%s: posting failed", c.id)

    async def _post_due(self, c: ChallengeRow, now: datetime) -> None:
        local = now.astimezone(c.zone)
        today = local.date()
        if local >= results_time(c, self.settings.digest_time):
            await self._post(c, "results", "", now, today)
            return
        if self.digest_due(c, local):
            await self._post(c, "digest", today.isoformat(), now, today)

    def digest_due(self, c: ChallengeRow, local: datetime) -> bool:
        today = local.date()
        return (
            today.weekday() == self._digest_weekday
            and local.time() >= self._digest_time
            and c.start < today <= c.end
            and c.ended_at is None
        )

    async def _post(self, c: ChallengeRow, kind: str, period: str, now: datetime, today: date) -> None:
        if not await self.store.claim_post(c.id, kind, period, now):
            return
        try:
            current = await self.store.get_challenge(c.id)
            if current is None:
                return
            page = await board_page(self.store, current, today)
            replies: list[Reply] = (
                await results_replies(current, page, self.charts)
                if kind == "results"
                else await digest_replies(
                    current, page, today, self.charts, await paused_on_board(self.store, page, today)
                )
            )
            await self.transports[c.platform].send(c.platform_chat_id, replies)
        except Blocked as exc:
            log.info("challenge #%s: chat %s is unreachable; no more posts", c.id, c.platform_chat_id)
            await self.store.finish_post(c.id, kind, period, PostStatus.BLOCKED, now)
            await tell_admins(
                self.transports[c.platform], c.platform_chat_id, exc, challenge_posts_stopped(c)
            )
        except Exception:
            await self.store.finish_post(c.id, kind, period, PostStatus.FAILED, now)
            raise
        else:
            await self.store.finish_post(c.id, kind, period, PostStatus.SENT, now)
