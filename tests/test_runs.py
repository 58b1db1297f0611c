"""Runs from files through the handlers (console chat), on both stores: import, duplicates,
classes and corrections, the plan, the weekday offer, /runs, /units, /stats, /export, /forget,
and every kind of bad file."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from handlers.deps import Deps
from handlers.registry import dispatch
from handlers.types import Attachment, AttachmentTooBig, Chat, Reply
from tests import runsamples
from tests.conftest import chat, press, request
from tests.storeutil import table_rows
from tests.test_reminders import FakeTransport, make_service, run_at

DATA = Path(__file__).parent / "data" / "runs"
SUNDAY = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)  # Sun 6 Dec 2026, after the 21.1 km run
LATER = datetime(2026, 12, 9, 12, 0, tzinfo=UTC)


def attachment(name: str, data: bytes, size: int | None = -1) -> Attachment:
    async def fetch(limit: int) -> bytes:
        if len(data) > limit:
            raise AttachmentTooBig(name)
        return data

    return Attachment(name, len(data) if size == -1 else size, fetch)


async def upload(deps: Deps, name: str, data: bytes | None = None, c: Chat | None = None,
                 now: datetime = LATER) -> list[Reply]:  # fmt: skip
    body = (DATA / name).read_bytes() if data is None else data
    req = request("/runs import", c, now)
    from dataclasses import replace

    return await dispatch(replace(req, attachment=attachment(name, body)), deps)


def text(replies: list[Reply]) -> str:
    return "\n".join(r.text for r in replies)


async def say(deps: Deps, line: str, c: Chat | None = None, now: datetime = LATER) -> list[Reply]:
    return await dispatch(request(line, c, now), deps)


def test_sample_files_are_the_generated_ones() -> None:
    """tests/data/runs holds exactly what tests/runsamples.py makes (regenerate with it)."""
    made = {**runsamples.samples(), **runsamples.bad_files()}
    on_disk = {p.name for p in DATA.iterdir() if p.name != "README.md"}
    assert on_disk == set(made)
    for name in ("long_21k.gpx", "intervals_6x3min.tcx", "hilly_10k.gpx", "xxe.tcx"):
        assert (DATA / name).read_bytes() == made[name], name


async def test_import_a_long_run_then_the_same_again(deps: Deps) -> None:
    r = await upload(deps, "long_21k.gpx", now=SUNDAY)
    assert "Run added: Sun 6 Dec, 21.1 km in 1 h 52 min" in r[0].text
    assert "Long run: 1 h 52 min" in r[0].text
    assert [b.label for b in r[0].buttons] == ["Easy", "Hard"]
    again = await upload(deps, "long_21k.gpx", now=SUNDAY + timedelta(hours=1))
    assert text(again) == "Already have this run (Sun 6 Dec, 21.1 km)."
    assert len(await table_rows(deps.store, "runs")) == 1


@pytest.mark.parametrize(
    ("name", "klass", "words"),
    [
        ("easy_45min.fit", "easy", "Easy run: 45 min"),
        ("easy_40min_nohr.gpx", "easy", "Easy run: 40 min"),
        ("long_100min.tcx", "long", "Long run: 1 h 40 min"),
        ("intervals_6x3min.tcx", "hard", "Hard run:"),
        ("intervals_nohr.gpx", "hard", "Intervals: 6 fast stretches"),
        ("tempo_hr.fit", "hard", "Hard run:"),
        ("hilly_10k.gpx", "hilly", "Hilly run: 248 m of climb"),
        ("race_10k.gpx", "hard", "Race: 10.0 km"),
    ],
)
async def test_each_sample_gets_its_class_and_reason(deps: Deps, name: str, klass: str, words: str) -> None:
    r = await upload(deps, name)
    assert words in r[0].text
    rows = await deps.store.all_runs((await deps.store.get_user("console", "u1")).id)  # type: ignore[union-attr]
    assert [row.klass for row in rows] == [klass]


BAD = [
    ("notes.txt", "I can read .gpx, .fit and .tcx files"),
    ("bomb.gpx", "declares XML entities or a DTD"),
    ("xxe.tcx", "declares XML entities or a DTD"),
    ("bad_crc.fit", "fails its checksum"),
    ("truncated.fit", "damaged or cut short"),
    ("truncated.gpx", "damaged or cut short"),
    ("garbage.tcx", "damaged or cut short"),
    ("no_times.gpx", "no timestamps"),
    ("one_point.gpx", "fewer than 2 track points"),
    ("ride.gpx", "That's a ride — I only track runs."),
    ("swim.fit", "That's a swim — I only track runs."),
    ("future.gpx", "starts in the future"),
    ("before_2000.tcx", "before the year 2000"),
    ("over_24h.fit", "over 24 hours"),
]


@pytest.mark.parametrize(("name", "words"), BAD)
async def test_bad_files_get_a_clear_reply_and_store_nothing(deps: Deps, name: str, words: str) -> None:
    r = await upload(deps, name)
    assert len(r) == 1 and words in r[0].text and not r[0].buttons
    assert "Traceback" not in r[0].text
    assert await table_rows(deps.store, "runs") == []


async def test_a_file_over_10_mb_is_refused_before_and_while_downloading(deps: Deps) -> None:
    fetched = []

    async def fetch(limit: int) -> bytes:
        fetched.append(limit)
        raise AttachmentTooBig("big.fit")

    from dataclasses import replace

    req = request("/runs import", now=LATER)
    r = await dispatch(replace(req, attachment=Attachment("big.fit", 11 * 1024 * 1024, fetch)), deps)
    assert "over 10 MB" in text(r) and fetched == []
    r = await dispatch(replace(req, attachment=Attachment("big.fit", None, fetch)), deps)
    assert "over 10 MB" in text(r) and fetched == [10 * 1024 * 1024]
    assert await table_rows(deps.store, "runs") == []


async def test_group_chat_says_privately_and_console_needs_a_path(deps: Deps) -> None:
    r = await upload(deps, "easy_45min.fit", c=chat("u1", group="group:club"))
    assert "privately" in text(r) and r[0].private
    r = await say(deps, "/runs import")
    assert "path" in text(r) and "/runs import ~/" in text(r)
    assert await table_rows(deps.store, "runs") == []


async def test_correcting_the_class_is_stored_used_and_only_by_the_owner(deps: Deps) -> None:
    r = await upload(deps, "tempo_hr.fit")
    easy = next(b for b in r[0].buttons if b.label == "Easy")
    other = await dispatch(press(easy.action, chat("u2")), deps)
    assert "someone else" in text(other) and other[0].private
    done = await dispatch(press(easy.action), deps)
    assert "is a <b>easy</b> run" in done[0].text and done[0].edit
    listing = await say(deps, "/runs")
    assert "easy</b> (set by you)" in text(listing)
    bad = await dispatch(press(easy.action.rsplit(":", 1)[0] + ":hilly"), deps)
    assert "expired" in text(bad)


async def test_a_long_run_moves_todays_strength_reminder(deps: Deps) -> None:
    # Strength on Sun and Wed at 18:00 UTC; the long run on Sunday morning is imported at noon.
    await say(deps, "/schedule sun,wed 18:00 home", now=SUNDAY - timedelta(days=1))
    r = await upload(deps, "long_21k.gpx", now=SUNDAY)
    assert "I moved your strength session to Mon 7." in text(r)
    cal = await say(deps, "/calendar", now=SUNDAY)
    ics = cal[0].file[1].decode()  # type: ignore[index]
    assert "DTSTART:20261207T180000Z" in ics and "DTSTART:20261206T180000Z" not in ics
    t = FakeTransport("console")
    svc, clock, _ = make_service(deps, {"console": t}, SUNDAY)
    await run_at(svc, clock, SUNDAY.replace(hour=18, minute=0, second=30))
    sent = "\n".join(t.texts())
    assert "You ran hard or long today" in sent and "Monday" in sent


async def test_an_easy_run_moves_nothing(deps: Deps) -> None:
    await say(deps, "/schedule sun,wed 18:00 home", now=SUNDAY - timedelta(days=1))
    r = await upload(deps, "easy_45min.fit", runsamples.fit(SUNDAY - timedelta(hours=4), runsamples.easy()),
                     now=SUNDAY)  # fmt: skip
    assert "moved" not in text(r)


async def test_hard_runs_on_the_same_weekdays_bring_one_offer(deps: Deps) -> None:
    wed = datetime(2026, 11, 18, 7, 0, tzinfo=UTC)  # a Wednesday
    replies = []
    for week in range(4):
        data = runsamples.gpx(wed + timedelta(weeks=week), runsamples.intervals(hr=False))
        replies.append(await upload(deps, f"wed{week}.gpx", data, now=wed + timedelta(weeks=week, hours=5)))
    offers = [r for rs in replies for r in rs if "most weeks" in r.text]
    assert len(offers) == 1 and "<b>Wed</b>" in offers[0].text
    assert [b.label for b in offers[0].buttons] == ["Set Wed", "No thanks"]
    done = await dispatch(press(offers[0].buttons[0].action, now=LATER), deps)
    assert "Hard-run days: <b>Wed</b>" in text(done)
    assert "Hard-run days: <b>Wed</b>" in text(await say(deps, "/runs"))


async def test_units_lists_stats_export_and_forget(deps: Deps) -> None:
    await upload(deps, "long_21k.gpx", now=SUNDAY)
    await upload(deps, "easy_45min.fit")
    assert "Distances are in <b>km</b>" in text(await say(deps, "/units"))
    assert "Use km or mi" in text(await say(deps, "/units furlongs"))
    assert "now in <b>mi</b>" in text(await say(deps, "/units miles"))
    listing = text(await say(deps, "/runs"))
    assert "Sun 6 Dec — 13.1 mi, 1 h 52 min" in listing and "/mi" in listing
    stats = await say(deps, "/stats", now=SUNDAY)
    assert "Running this week: <b>13.1 mi</b>" in text(stats)
    exported = await say(deps, "/export")
    files = [r.file for r in exported if r.file]
    assert [f[0] for f in files] == ["legwork-sessions.csv", "legwork-runs.csv"]
    csv_text = files[1][1].decode()
    assert csv_text.splitlines()[0].startswith("date,start_local,timezone,source,distance_km")
    assert "2026-12-06," in csv_text and ",21.101," in csv_text and ",long,no," in csv_text
    r = await say(deps, "/forget")
    await dispatch(press(r[0].buttons[0].action), deps)
    assert await table_rows(deps.store, "runs") == []


async def test_linked_accounts_share_runs(deps: Deps) -> None:
    tg = Chat("telegram", "7", "7", is_private=True)
    dc = Chat("discord", "dm8", "8", is_private=True)
    r = await say(deps, "/link", tg)
    code = next(
        w for w in text(r).replace("<code>", " ").replace("</code>", " ").split() if "-" in w and len(w) == 9
    )
    await say(deps, f"/link {code}", dc)
    await upload(deps, "long_21k.gpx", c=tg, now=SUNDAY)
    assert "21.1 km" in text(await say(deps, "/runs", dc))
    dup = await upload(deps, "long_21k.gpx", c=dc, now=SUNDAY)
    assert "Already have this run" in text(dup)
