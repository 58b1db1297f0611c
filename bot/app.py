"""The entry point: load config, open storage, start the platforms that have tokens (or the console)."""

from __future__ import annotations

import argparse
import asyncio
import io as io_mod
import logging
import signal
import sys
from collections.abc import Callable, Sequence
from contextlib import suppress
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tenacity import RetryCallState

from bot import config as config_mod
from bot import gc_tuning, logs
from bot.adapter import Adapter
from bot.charts.pool import ChartPool
from bot.clock import utcnow
from bot.console import ConsoleIdentity, ConsoleIO, ConsoleTransport, run_console
from bot.dbfaults import DatabaseOutage
from bot.retry import STARTUP, Backoff, retrying
from bot.services.outbound import CannotRun, Transport
from bot.services.ratelimit import TELEGRAM_GLOBAL
from bot.store import make_store
from bot.store.common import SchemaTooNew
from bot.store.opening import DatabaseUnusable, open_store
from handlers.deps import Deps
from handlers.store import Store

if TYPE_CHECKING:
    from bot.services.reminders import ReminderService

log = logging.getLogger(__name__)

SHARED_QUEUE = 64  # [bot] processes > 1: at most this many claimed reminders queued in a process
SHARED_SAFETY_SECONDS = 10.0  # [bot] processes > 1: the reminder tick that also takes over dead claims


def shared_queue(settings: config_mod.Settings) -> int:
    """How many claimed reminders one of several processes may queue: few enough that the last one
    goes out (at its share of Telegram's 30/s, the slowest platform) within a quarter of the claim
    lease. A queued claim's lease is renewed only when a sender takes it, so a claim queued longer
    than the lease would be taken over, and sent twice, by another process."""
    per_second = TELEGRAM_GLOBAL.rate / settings.processes
    return max(4, min(SHARED_QUEUE, int(per_second * settings.reminder_claim_lease_seconds / 4)))


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m bot", description="Legwork, the leg-strength coach for runners."
    )
    p.add_argument("--config", metavar="PATH", help="config file (default: config.toml beside the code)")
    sub = p.add_subparsers(dest="mode")
    c = sub.add_parser("console", help="chat with the bot in this terminal")
    c.add_argument(
        "--db", metavar="PATH|URL", help="SQLite file or postgresql:// URL (default: [bot] database)"
    )
    c.add_argument("--user", default="runner", help="your name in the console (default: runner)")
    c.add_argument("--chat", metavar="NAME", help="act in a named group chat instead of a private chat")
    c.add_argument("--admin", action="store_true", help="make --user an admin of --chat")
    c.add_argument("--json", action="store_true", help="one JSON object per input line on stdout")
    c.add_argument("--no-scheduler", action="store_true", help="don't send reminders in this console")
    cp = sub.add_parser(
        "copy-db",
        help="copy this bot's data into an empty database (SQLite <-> PostgreSQL)",
        description="Copies every table, checks the row counts and commits only if they match. "
        "Refuses a target that holds any data. Put a PostgreSQL password in PGPASSWORD or "
        "~/.pgpass rather than on the command line.",
    )
    cp.add_argument("--from", dest="source", required=True, metavar="PATH|URL", help="the database to read")
    cp.add_argument(
        "--to", dest="target", required=True, metavar="PATH|URL", help="the empty database to fill"
    )
    st = sub.add_parser(
        "strava",
        help="Strava sync: create the push subscription (run it while the bot runs)",
        description="subscribe: ask Strava to send activity events to <[web] public_url>/strava/webhook. "
        "Strava checks that address at once, so the bot must be running and reachable there.",
    )
    st.add_argument("action", choices=["subscribe"])
    return p


def strava_cli(settings: config_mod.Settings, secrets: config_mod.Secrets, action: str) -> int:
    """python -m bot strava subscribe."""
    from bot.services.strava import WEBHOOK_PATH
    from bot.services.strava_api import StravaApi, StravaError
    from bot.services.strava_keys import strava_key

    if not settings.strava.enabled:
        print("legwork: strava: set [strava] enabled = true first (see docs/strava.md)", file=sys.stderr)
        return 2
    box = strava_key(secrets)
    if isinstance(box, str):
        print(f"legwork: {box}", file=sys.stderr)
        return 2
    callback = settings.web.public_url + WEBHOOK_PATH

    async def run() -> int:
        api = StravaApi(
            settings.strava, secrets.strava_client_id or "", secrets.strava_client_secret or "", utcnow
        )
        store = make_store(settings.database, settings.base_dir)
        await store.open()
        try:
            sub_id = await api.subscribe(callback, secrets.strava_verify_token or "")
            await store.add_strava_subscription(sub_id, callback, utcnow())
        except StravaError as exc:
            print(
                f"legwork: strava subscribe failed: {exc} (is the bot running at {callback}?)",
                file=sys.stderr,
            )
            return 1
        finally:
            await api.close()
            await store.close()
        print(f"subscribed: Strava sends events to {callback} (subscription {sub_id})")
        return 0

    return asyncio.run(run())


def copy_db(args: argparse.Namespace, secrets: config_mod.Secrets) -> int:
    """python -m bot copy-db --from legwork.db --to postgresql://... (or back)."""
    from bot.store.copy import CopyRefused, copy_database

    extra = [p for p in (config_mod.url_password(args.source), config_mod.url_password(args.target)) if p]
    logs.setup("WARNING", [*secrets.all(), *extra])
    names = f"{config_mod.redact_url(args.source)} -> {config_mod.redact_url(args.target)}"
    try:
        counts = asyncio.run(copy_database(args.source, args.target, Path.cwd()))
    except (CopyRefused, SchemaTooNew) as exc:
        print(f"legwork: copy-db: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # the server is down, a file is unreadable, ...
        text = str(exc)
        for secret in extra:
            text = text.replace(secret, "***")
        print(f"legwork: copy-db {names} failed: {type(exc).__name__}: {text}", file=sys.stderr)
        return 2
    for table, n in counts.items():
        print(f"{table:20} {n:>9}")
    print(f"copied {sum(counts.values())} rows, {names}; row counts match")
    return 0


class Runtime:
    """Owns the store, the scheduler and the platform adapters for one process."""

    def __init__(
        self, settings: config_mod.Settings, store: Store, clock: Callable[[], datetime] = utcnow
    ) -> None:
        self.settings = settings
        self.store = store
        self.clock = clock
        self.charts = ChartPool(settings.chart_workers)
        self.deps = Deps(store=store, settings=settings, charts=self.charts, outage=DatabaseOutage(store))
        self.transports: dict[str, Transport] = {}
        self.adapters: list[Adapter] = []
        self.scheduler: ReminderService | None = None
        self.web: Any = None  # bot.web.WebServer when anything needs HTTP (Settings.needs_web)
        self.strava: Any = None  # bot.services.strava.StravaService when [strava] enabled can run

    async def start_web(self, secrets: config_mod.Secrets) -> None:
        """The shared HTTP server, with the calendar feed and Strava's routes, when needed."""
        if not self.settings.needs_web:
            return
        from bot.web import WebServer, add_calendar_feed

        web = WebServer(self.settings.web.listen, self.settings.web.port)
        if self.settings.calendar_feed_url:
            add_calendar_feed(web, self.settings.calendar_feed_url, self.deps, self.clock)
        if self.settings.strava.enabled:
            from bot.services.strava import StravaService
            from bot.services.strava_keys import strava_key

            box = strava_key(secrets)
            if isinstance(box, str):
                log.warning("%s", box)  # one clear line; the rest of the bot runs
            else:
                self.strava = StravaService(
                    self.settings, secrets, box, self.deps, self.transports, self.clock
                )
                self.strava.add_routes(web)
        await web.start()
        self.web = web
        if self.strava is not None:
            await self.strava.start()
            self.deps.strava = self.strava
            log.info("Strava sync is on (callback %s)", self.strava.redirect_uri)

    async def start_scheduler(self) -> None:
        from bot.services.challenge_posts import ChallengePoster
        from bot.services.reminders import ReminderService

        poster = ChallengePoster(self.store, self.settings, self.transports, self.charts)
        shared: dict[str, Any] = {}
        if self.settings.processes > 1:
            # Several processes share the due work. Each claims only what it can send within a few
            # seconds at its share of the budget, so a burst is spread over all of them instead of
            # queueing in the first to tick; and each ticks often, so the claims of a process that
            # died are taken over within lease + SHARED_SAFETY_SECONDS.
            shared = {"max_queue": shared_queue(self.settings), "safety_seconds": SHARED_SAFETY_SECONDS}
        self.scheduler = ReminderService(
            self.store,
            self.settings,
            self.deps,
            self.transports,
            clock=self.clock,
            periodic=[poster],
            **shared,
        )
        self.deps.schedule_changed = self.scheduler.wake
        await self.scheduler.start()

    async def stop(self) -> None:
        if self.scheduler is not None:
            with suppress(Exception):
                await self.scheduler.stop()
        for adapter in reversed(self.adapters):
            try:
                await asyncio.wait_for(adapter.stop(), timeout=10)
            except Exception:
                log.warning("%s adapter did not stop cleanly", adapter.platform)
        if self.strava is not None:
            with suppress(Exception):
                await self.strava.stop()
        if self.web is not None:
            with suppress(Exception):
                await self.web.stop()
        await asyncio.to_thread(self.charts.close)


def _describe(exc: BaseException) -> str:
    text = str(exc).splitlines()[0][:200] if str(exc) else ""
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


async def bring_up(
    name: str,
    make: Callable[[], Adapter],
    on_up: Callable[[Adapter], None],
    tried: asyncio.Event,
    backoff: Backoff = STARTUP,
) -> bool:
    """Start one platform, retrying while it can't be reached; False when it can never run.

    Each failed attempt logs one line; a fresh adapter is made for every attempt (python-telegram-bot
    and discord.py clients don't restart cleanly after a failed start). ``tried`` is set after the
    first attempt, whatever its outcome.
    """

    def log_retry(state: RetryCallState) -> None:
        tried.set()
        exc = state.outcome.exception() if state.outcome else None
        wait = state.next_action.sleep if state.next_action else 0.0
        log.warning(
            "%s: can't start (%s); trying again in %.1f s (attempt %d)",
            name.capitalize(),
            _describe(exc) if exc else "unknown error",
            wait,
            state.attempt_number,
        )

    try:
        async for attempt in retrying(backoff, (Exception,), give_up_on=(CannotRun,), before_sleep=log_retry):
            with attempt:
                adapter = make()
                try:
                    await adapter.start()
                except BaseException:
                    with suppress(Exception):
                        await asyncio.wait_for(adapter.stop(), timeout=10)
                    raise
    except CannotRun as exc:
        log.error("%s can't run: %s. The other platforms carry on.", name.capitalize(), exc)
        return False
    finally:
        tried.set()
    on_up(adapter)
    return True


async def serve(settings: config_mod.Settings, secrets: config_mod.Secrets) -> int:
    """Run the platforms that have tokens until SIGINT/SIGTERM.

    A platform that can't be reached at start is retried (``bring_up``) while the others and the
    scheduler run; one whose token is rejected stops alone. Exit code 1 when no platform can run.
    """
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    # A database that is down is waited for (SIGTERM ends the wait); a wrong setting raises.
    opening = asyncio.ensure_future(open_store(settings.database, settings.base_dir))
    waiting = asyncio.ensure_future(stop.wait())
    await asyncio.wait({opening, waiting}, return_when=asyncio.FIRST_COMPLETED)
    waiting.cancel()
    if not opening.done():
        opening.cancel()
        await asyncio.gather(opening, return_exceptions=True)
        return 0
    store = opening.result()
    log.info("storage: %s", config_mod.redact_url(settings.database))
    rt = Runtime(settings, store)
    try:
        await rt.start_web(secrets)
    except OSError as exc:
        log.error("web server can't listen on %s:%s: %s", settings.web.listen, settings.web.port, exc)
        await rt.stop()
        await store.close()
        return 1
    makers: dict[str, Callable[[], Adapter]] = {}
    if secrets.telegram_token:
        from bot.telegram.adapter import TelegramAdapter

        token = secrets.telegram_token
        makers["telegram"] = lambda: TelegramAdapter(token, settings, rt.deps, clock=rt.clock, web=rt.web)
    if secrets.discord_token:
        from bot.discord.adapter import DiscordAdapter

        dc_token = secrets.discord_token
        makers["discord"] = lambda: DiscordAdapter(dc_token, settings, rt.deps, clock=rt.clock)

    lost: set[asyncio.Task[Any]] = set()  # one per platform that is up: ends if it stops for good

    def up(adapter: Adapter) -> None:
        rt.adapters.append(adapter)
        rt.transports[adapter.platform] = adapter
        log.info("%s connected", adapter.platform)
        if rt.scheduler is not None:
            rt.scheduler.platform_added()
        lost.add(asyncio.create_task(take_out_when_lost(adapter), name=f"lost-{adapter.platform}"))

    async def take_out_when_lost(adapter: Adapter) -> None:
        """A platform that stops for good while running (its token revoked) is taken out: its
        reminders wait (the scheduler only claims for platforms that are up), the others carry on."""
        await adapter.lost.wait()
        name = adapter.platform.capitalize()
        log.error("%s stopped: %s. The other platforms carry on.", name, adapter.lost_reason)
        rt.transports.pop(adapter.platform, None)
        if adapter in rt.adapters:
            rt.adapters.remove(adapter)
        with suppress(Exception):
            await asyncio.wait_for(adapter.stop(), timeout=10)

    tried = {name: asyncio.Event() for name in makers}
    tasks = {
        name: asyncio.create_task(bring_up(name, make, up, tried[name]), name=f"start-{name}")
        for name, make in makers.items()
    }
    stopping = asyncio.create_task(stop.wait())
    code = 0
    try:
        # The first attempt of every platform, then the scheduler (reminders for a platform that
        # is still connecting wait for it: the scheduler only claims for platforms that are up).
        firsts = asyncio.gather(*(e.wait() for e in tried.values()))
        first_wait: set[asyncio.Future[Any]] = {stopping, firsts}
        await asyncio.wait(first_wait, return_when=asyncio.FIRST_COMPLETED)
        firsts.cancel()
        # A gather cancelled while a platform's first try is pending finishes with a
        # CancelledError *set as its exception*: retrieve it, or asyncio logs an ERROR on exit.
        await asyncio.gather(firsts, return_exceptions=True)
        if not stop.is_set():
            await rt.start_scheduler()
            gc_tuning.settle()
            rt.charts.warm()  # the chart workers start (and load matplotlib) in the background
            log.info("Legwork is running; stop with Ctrl+C")
        pending: set[asyncio.Task[Any]] = set(tasks.values())  # platforms still being brought up
        while not stop.is_set():
            done, _ = await asyncio.wait({stopping, *pending, *lost}, return_when=asyncio.FIRST_COMPLETED)
            if stopping in done:
                break
            pending -= done
            lost -= done
            if not pending and not rt.adapters:
                log.error("No platform can run: stopping. Fix the token(s) above and start again.")
                code = 1
                break
        if code == 0:
            log.info("shutting down")
    finally:
        stopping.cancel()
        for task in (*tasks.values(), *lost):
            task.cancel()
        await asyncio.gather(stopping, *tasks.values(), *lost, return_exceptions=True)
        await rt.stop()
        await store.close()
    return code


async def console(settings: config_mod.Settings, args: argparse.Namespace) -> int:
    database, base = (args.db, Path.cwd()) if args.db else (settings.database, settings.base_dir)
    store = await open_store(database, base)
    rt = Runtime(settings, store)
    pg = config_mod.is_postgres_url(database)
    out_root = base if pg else config_mod.sqlite_path(database, base).parent
    # Whatever bytes come in, and whatever the locale: read UTF-8 (bad bytes become U+FFFD) and
    # write UTF-8, so --json output is always one valid JSON object per line.
    inp = sys.stdin
    if isinstance(inp, io_mod.TextIOWrapper):
        inp.reconfigure(encoding="utf-8", errors="replace")
    if isinstance(sys.stdout, io_mod.TextIOWrapper):
        sys.stdout.reconfigure(encoding="utf-8", errors="replace")
    io = ConsoleIO(sys.stdout, json_mode=args.json, out_dir=out_root / "legwork-console-out")
    ident = ConsoleIdentity(user=args.user[:64], chat=args.chat[:64] if args.chat else None, admin=args.admin)
    rt.transports["console"] = ConsoleTransport(io, ident)
    try:
        if not args.no_scheduler:
            await rt.start_scheduler()
        await run_console(rt.deps, ident, io, inp=inp, clock=rt.clock)
    finally:
        await rt.stop()
        await store.close()
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    gc_tuning.limit_arenas()
    args = build_parser().parse_args(argv)
    secrets = config_mod.Secrets.from_env()
    if args.mode == "copy-db":
        return copy_db(args, secrets)
    try:
        settings = config_mod.load(args.config)
    except config_mod.ConfigError as exc:
        print(f"legwork: configuration error: {exc}", file=sys.stderr)
        return 2
    logs.setup(settings.log_level if args.mode != "console" else "WARNING", secrets.all())
    if args.mode == "strava":
        return strava_cli(settings, secrets, args.action)
    try:
        if args.mode == "console" or not (secrets.telegram_token or secrets.discord_token):
            if args.mode != "console":
                print(
                    "No TELEGRAM_BOT_TOKEN or DISCORD_BOT_TOKEN in the environment: "
                    "opening the console chat (see README to connect a platform).",
                    file=sys.stderr,
                )
                args = build_parser().parse_args([*(argv or sys.argv[1:]), "console"])
            return asyncio.run(console(settings, args))
        return asyncio.run(serve(settings, secrets))
    except SchemaTooNew as exc:
        print(f"legwork: {exc}", file=sys.stderr)
        return 2
    except DatabaseUnusable as exc:
        print(f"legwork: {logs.RedactSecrets(secrets.all()).redact(str(exc))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 0
