"""Scheduled reminders: the day's routine at each runner's (or club's) own local time.

SQLite is the source of truth: each schedule row carries the UTC instant of its next reminder
(``next_fire``, indexed). One APScheduler job wakes at the earliest of them (re-planned after each
tick and whenever ``wake()`` is called), plus a safety tick every minute. A tick claims due rows in
batches inside one write transaction (see ``RemindersStore.claim_due``): a claim is a row in
``reminder_sends`` keyed by (schedule, local date), so however many ticks or processes run, a
runner gets one reminder per scheduled day. Claimed reminders are composed here and queued per
platform; a few worker tasks per platform send them, paced by their platform's send budget
(``bot.services.ratelimit``, owned by the transport).

Local fire times across DST and what each scheduled day brings are coaching rules and live in
content/calendar.py; bot/services/reminder_days.py applies them to due rows and composes the
messages; this module claims, queues and sends.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import partial
from typing import TYPE_CHECKING, Any

from tenacity import RetryCallState

from bot.clock import utcnow
from bot.outage import OutageLog
from bot.retry import REMINDER_SEND, retrying, tried_first
from bot.services.outbound import Blocked, Transport, tell_admins
from bot.services.paused import club_reminder_paused
from bot.services.ratelimit import retry_after
from bot.services.reminder_days import ReminderDays
from handlers.progress import BASE, DayLevels
from handlers.rows import SILENT_KINDS, ClaimBatch, ClaimPlan, DueReminder, Scope, Unsent
from handlers.rows import utc_stamp as iso

if TYPE_CHECKING:
    from bot.config import Settings
    from handlers.deps import Deps
    from handlers.store_reminders import ReminderQueue

log = logging.getLogger(__name__)

SEND_RECORDS_KEPT = timedelta(days=60)
WAKE_JOB = "legwork-reminders-wake"
# Sent reminders are recorded in batches: at most MARK_BATCH or MARK_SECONDS' worth of sends (about 30
# at Telegram's pace) plus those in flight are sent again after a crash. Records that can't be written
# (the database is down) are kept and retried every MARK_SECONDS until stored.
MARK_BATCH = 256
MARK_SECONDS = 1.0
SAFETY_JOB = "legwork-reminders-safety"

Periodic = Callable[[datetime], Awaitable[None]]


# --- the service -------------------------------------------------------------------------------


@dataclass(slots=True)
class Outgoing:
    """A claimed reminder waiting for its platform's sender; composed just before it is sent."""

    row: DueReminder
    plan: ClaimPlan
    claimed: str  # the claim's stamp in reminder_sends.claimed_at (its lease starts there)
    # The runner's levels that day, read when claimed (the store is up then), so a reminder
    # claimed before an outage still goes out with the routine /workout shows that day.
    at: DayLevels = BASE

    @property
    def schedule_id(self) -> int:
        return self.row.schedule_id

    def unsent(self) -> Unsent:
        p = self.plan
        assert p.send_date is not None and p.fire is not None
        return Unsent(self.row.schedule_id, p.send_date, p.fire, p.next_fire)


@dataclass
class SendStats:
    claimed: int = 0  # reminder days claimed (including silent ones: race day, rest of a recovery week)
    queued: int = 0  # messages handed to the send queue
    sent: int = 0
    paused: int = 0  # schedules paused because their chat is gone
    failed: int = 0  # gave up after transient errors
    retried: int = 0  # 429s honoured


class ReminderService:
    """Claims due reminders from the store and sends them through the platforms' transports."""

    def __init__(
        self,
        store: ReminderQueue,
        settings: Settings,
        deps: Deps,
        transports: Mapping[str, Transport],
        clock: Callable[[], datetime] = utcnow,
        periodic: Sequence[Periodic] = (),
        *,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        batch: int = 500,
        max_queue: int = 10_000,
        concurrency: int = 8,
        max_attempts: int = 4,
        safety_seconds: float = 60.0,
        wall: Callable[[], datetime] = utcnow,
    ) -> None:
        self.store = store
        self.settings = settings
        self.deps = deps
        self.transports = transports  # kept by reference: the runtime may add platforms later
        self.clock = clock
        self.periodic = tuple(periodic)
        self.days = ReminderDays(settings, deps)  # planning and composing
        self.grace = self.days.grace
        self.batch = batch
        self.max_queue = max_queue
        self.concurrency = concurrency
        self.max_attempts = max_attempts
        self.safety_seconds = safety_seconds
        self.stats = SendStats()
        self._sleep = sleep
        self._queues: dict[str, asyncio.Queue[Outgoing]] = {}
        self._workers: list[asyncio.Task[None]] = []
        self._starved: set[str] = set()
        self._tick_lock = asyncio.Lock()
        self._background: set[asyncio.Task[Any]] = set()
        self._scheduler: Any = None
        # The clock time the wake job is set for. APScheduler runs on the real wall clock, so the
        # job itself is set `next_wake - clock()` from the wall clock's now: only a wake-up, never a
        # judge of what is due (the tick asks self.clock()), and a fake clock can't disagree with it.
        self.next_wake: datetime | None = None
        self._wall = wall
        self._last_prune: date | None = None
        self._stopping = False
        self.lease = settings.reminder_claim_lease_seconds
        self._sent_keys: list[tuple[int, date]] = []  # sent, not yet recorded as sent
        self._wake_flusher = asyncio.Event()
        self._mark_lock = asyncio.Lock()
        self._mark_outage = OutageLog(log, "recording sent reminders")

    # --- lifecycle -----------------------------------------------------------------------------

    async def start(self) -> None:
        """Send what was missed within the grace window, then let APScheduler drive the clock."""
        from apscheduler.schedulers.asyncio import AsyncIOScheduler

        self._stopping = False
        if self.deps.schedule_changed is None:
            self.deps.schedule_changed = self.wake
        self._scheduler = AsyncIOScheduler(timezone=UTC)
        self._scheduler.add_job(
            self._scheduled_tick,
            "interval",
            seconds=self.safety_seconds,
            id=SAFETY_JOB,
            coalesce=True,
            max_instances=1,
            misfire_grace_time=int(self.safety_seconds),
        )
        self._scheduler.start()
        try:
            await self.tick(self.clock())
        except Exception:
            log.exception("reminder catch-up failed; the next tick retries")
        await self._replan()

    async def stop(self, wait_seconds: float = 5.0) -> None:
        """Stop ticking, give in-flight sends `wait_seconds`, and un-claim what never left."""
        self._stopping = True
        async with self._tick_lock:  # let a running tick finish queueing what it claimed
            pass
        if self._scheduler is not None:
            scheduler, self._scheduler = self._scheduler, None
            if scheduler.running:
                scheduler.shutdown(wait=False)
        unsent: list[Unsent] = []
        for q in self._queues.values():
            while not q.empty():
                unsent.append(q.get_nowait().unsent())
                q.task_done()
        try:
            await asyncio.wait_for(self.drain(), wait_seconds)
        except TimeoutError:
            log.warning("reminder sends still running at shutdown were cut off")
        for task in (*self._workers, *self._background):
            task.cancel()
        await asyncio.gather(*self._workers, *self._background, return_exceptions=True)
        await self._flush_before_exit(wait_seconds)
        self._workers.clear()
        self._queues.clear()
        self._background.clear()
        if unsent:
            released = await self.store.release_claims(unsent)
            log.info("released %d queued reminders for the next start", released)

    def wake(self) -> None:
        """A schedule changed: re-plan the next wake-up (safe to call from handlers)."""
        if self._scheduler is None or self._stopping:
            return
        self._spawn(self._replan())

    async def drain(self) -> None:
        """Wait until every queued reminder has been handed to its transport (tests, shutdown)."""
        for q in list(self._queues.values()):
            await q.join()
        await self._flush_sent()

    # --- ticking -------------------------------------------------------------------------------

    async def tick(self, now: datetime | None = None) -> int:
        """Claim and queue every reminder due at `now`; returns the number of messages queued.

        Sending happens in the platform worker tasks (``drain()`` waits for them). Also runs the
        ``periodic`` callables with `now`.
        """
        now = now or self.clock()
        queued = 0
        async with self._tick_lock:
            if self._stopping:
                return 0
            for platform in list(self.transports):
                queued += await self._claim_platform(platform, now)
            await self._run_periodic(now)
            await self._prune(now)
        return queued

    def _scope(self, platform: str) -> Scope | None:
        """What this process delivers on a platform (a console: its own user's and chat's), or None."""
        return getattr(self.transports.get(platform), "scope", None)

    async def _claim_platform(self, platform: str, now: datetime) -> int:
        queue = self._queue(platform)
        # Many schedules share a zone, days and time: work their instants out once per tick.
        plan = partial(self.days.plan, now=now, times={})
        stamp = iso(now)
        queued = 0
        # Claims whose scheduler died before confirming the send (crash) come first. Our own sends
        # not yet recorded (the database was down) are recorded first, and never taken over.
        room = self.max_queue - queue.qsize()
        if room > 0:
            await self._flush_sent()
            ours = set(self._sent_keys)
            for row, p in await self.store.reclaim_unsent(
                platform, now, self.lease, self.grace.total_seconds(), room, scope=self._scope(platform)
            ):
                if (row.schedule_id, p.send_date) in ours:
                    continue
                queue.put_nowait(Outgoing(row, p, stamp, await self.days.levels(row, p)))
                queued += 1
        if queued:
            log.info("re-sending %d %s reminders claimed but never confirmed sent", queued, platform)

        def claim_next(unqueued: int) -> tuple[int, asyncio.Future[ClaimBatch]] | None:
            room = self.max_queue - queue.qsize() - unqueued
            if room <= 0:
                self._starved.add(platform)  # the workers kick a tick once they catch up
                return None
            limit = min(self.batch, room)
            return limit, asyncio.ensure_future(
                self.store.claim_due(platform, now, limit, plan, scope=self._scope(platform))
            )

        pending = claim_next(0)
        while pending is not None:
            limit, claiming = pending
            batch = await claiming
            self.stats.claimed += len(batch.claimed)
            pending = claim_next(len(batch.claimed)) if batch.examined >= limit else None
            for row, p in batch.claimed:
                if p.kind in SILENT_KINDS:
                    continue
                queue.put_nowait(Outgoing(row, p, stamp, await self.days.levels(row, p)))
                queued += 1
            await asyncio.sleep(0)  # let the workers and handlers run between batches
        self.stats.queued += queued
        return queued

    async def _run_periodic(self, now: datetime) -> None:
        for job in self.periodic:
            try:
                await job(now)
            except Exception:
                log.exception("periodic job %r failed", job)

    async def _prune(self, now: datetime) -> None:
        today = now.date()
        if self._last_prune == today:
            return
        self._last_prune = today
        try:
            await self.store.prune_reminder_sends(now - SEND_RECORDS_KEPT)
        except Exception:
            log.exception("pruning old reminder records failed")

    async def _scheduled_tick(self) -> None:
        try:
            # Shielded: a scheduler shutdown must not cut a tick between claiming and queueing.
            await asyncio.shield(self.tick(self.clock()))
        except Exception:
            log.exception("reminder tick failed; the next tick retries")
        await self._replan()

    async def _replan(self) -> None:
        scheduler = self._scheduler
        if scheduler is None or self._stopping:
            return
        try:
            platforms = list(self.transports)
            nxt = await self.store.next_reminder_due(platforms, {p: self._scope(p) for p in platforms})
        except Exception:
            log.exception("planning the next reminder failed; the safety tick covers it")
            return
        if nxt is None:
            self.next_wake = None
            if scheduler.get_job(WAKE_JOB) is not None:
                scheduler.remove_job(WAKE_JOB)
            return
        self.next_wake = nxt
        scheduler.add_job(
            self._scheduled_tick,
            "date",
            run_date=self.wall_time(nxt),
            id=WAKE_JOB,
            replace_existing=True,
            misfire_grace_time=None,
            coalesce=True,
            max_instances=3,  # ticks serialise on a lock; don't drop a wake-up behind a long tick
        )

    def platform_added(self) -> None:
        """A platform came up after start (it was unreachable): send what is due for it now."""
        self._kick()

    def wall_time(self, when: datetime) -> datetime:
        """The real wall-clock moment at which the injected clock will read `when`."""
        return self._wall() + max(when - self.clock(), timedelta(0))

    def _kick(self) -> None:
        """Tick soon (a platform's queue had filled up and has room again)."""
        if self._scheduler is None or self._stopping:
            return
        self._spawn(self._scheduled_tick())

    def _spawn(self, coro: Awaitable[Any]) -> None:
        task = asyncio.ensure_future(coro)
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    # --- sending -------------------------------------------------------------------------------

    def _queue(self, platform: str) -> asyncio.Queue[Outgoing]:
        q = self._queues.get(platform)
        if q is None:
            q = self._queues[platform] = asyncio.Queue()
            for i in range(self.concurrency):
                task = asyncio.ensure_future(self._worker(platform, q))
                task.set_name(f"reminders-{platform}-{i}")
                self._workers.append(task)
            if not any(t.get_name() == "reminders-marks" for t in self._workers):
                flusher = asyncio.ensure_future(self._flush_every_second())
                flusher.set_name("reminders-marks")
                self._workers.append(flusher)
        return q

    async def _worker(self, platform: str, q: asyncio.Queue[Outgoing]) -> None:
        while True:
            item = await q.get()
            try:
                await self._deliver(item)
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("sending reminder %s failed", item.schedule_id)
            finally:
                q.task_done()
            if len(self._sent_keys) >= MARK_BATCH:
                self._wake_flusher.set()  # the flusher records them; senders never wait on the store
            if platform in self._starved and q.qsize() <= self.max_queue // 2:
                self._starved.discard(platform)
                self._kick()

    async def _flush_sent(self) -> bool:
        """Record sent reminders; until then a crash makes them due again after their lease.

        Records the store can't take (it is down) are kept, and the flusher tries again every
        MARK_SECONDS until they are stored: dropping them would make every reminder sent during an
        outage look crashed once its lease ran out, and go out twice. True when none are left.
        """
        async with self._mark_lock:
            keys, self._sent_keys = self._sent_keys, []
            if not keys:
                return True
            try:
                await self.store.mark_sent(keys, self.clock())
            except Exception as exc:
                self._sent_keys[:0] = keys  # before any sent meanwhile: oldest first
                self._mark_outage.failed(exc, f"{len(self._sent_keys)} kept to record later")
                return False
            self._mark_outage.ok(f"{len(keys)} sent reminders recorded")
            return True

    async def _flush_before_exit(self, wait_seconds: float) -> None:
        """The last flush at shutdown: keep trying for up to `wait_seconds` while the store is down."""
        tries = max(1, int(wait_seconds / MARK_SECONDS))
        for attempt in range(tries):
            if await self._flush_sent():
                return
            if attempt + 1 < tries:
                await asyncio.sleep(MARK_SECONDS)
        log.warning(
            "%d sent reminders could not be recorded before exit; they go out again after their lease",
            len(self._sent_keys),
        )

    async def _flush_every_second(self) -> None:
        while True:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake_flusher.wait(), MARK_SECONDS)
            self._wake_flusher.clear()
            if self._sent_keys:
                await self._flush_sent()

    def _done(self, item: Outgoing) -> None:
        if item.plan.send_date is not None:
            self._sent_keys.append((item.schedule_id, item.plan.send_date))

    async def _deliver(self, item: Outgoing) -> None:
        row = item.row
        transport = self.transports.get(row.platform)
        if transport is None:
            log.warning("no %s transport any more; reminder %s left for later", row.platform, row.schedule_id)
            self.stats.failed += 1
            return
        day = item.plan.send_date
        now = self.clock()
        if day is not None and (now - datetime.fromisoformat(item.claimed)).total_seconds() > self.lease / 2:
            # Long in the queue: renew the lease, unless another scheduler took the claim over.
            try:
                renewed = await self.store.refresh_claim(item.schedule_id, day, item.claimed, now)
            except Exception as exc:  # the store is down: leave it claimed, taken over after the lease
                self._mark_outage.failed(exc, f"reminder {item.schedule_id} left for later")
                return
            if renewed is None:
                return
            item.claimed = renewed
        await self._send(item, transport)  # cancelled (shutdown cut-off): stays unsent, re-sent later
        self._done(item)

    async def _send(self, item: Outgoing, transport: Transport) -> None:
        row = item.row
        # Composed here, at the pace of sending, so a burst of due reminders never holds the event
        # loop for long and the queue holds rows rather than finished texts.
        try:
            replies = self.days.compose(row, item.plan, item.at)
        except Exception:
            log.exception("composing reminder %s for %s failed", row.schedule_id, item.plan.send_date)
            self.stats.failed += 1
            return
        if not replies:
            return

        # Pacing is the transport's (its send budget holds every sender after a 429). Retries are
        # bot/retry.py's: a 429 still waits its retry_after, a gone chat is not retried.
        def note(state: RetryCallState) -> None:
            exc = state.outcome.exception() if state.outcome else None
            if exc is not None and retry_after(exc) is not None:
                self.stats.retried += 1
            else:
                log.warning("reminder %s: transient send error %r; retrying", item.schedule_id, exc)

        make = partial(retrying, REMINDER_SEND, (Exception,), (Blocked,), note, wait_first=retry_after)
        make = partial(make, attempts=self.max_attempts, sleep=self._sleep)
        try:
            await tried_first(make, (Exception,), (Blocked,), transport.send, row.target, replies)
        except Blocked as exc:
            log.info("chat %s:%s is gone; pausing schedule %s", row.platform, row.target, row.schedule_id)
            await self.store.pause_schedule(item.schedule_id)
            self.stats.paused += 1
            if row.chat_id is not None:  # a club's: its admins may be able to fix it
                await tell_admins(transport, row.target, exc, club_reminder_paused(row))
        except Exception as exc:
            log.warning(
                "giving up on reminder %s after %d attempts: %r", item.schedule_id, self.max_attempts, exc
            )
            self.stats.failed += 1
        else:
            self.stats.sent += 1
