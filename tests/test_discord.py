"""The Discord adapter end to end: the real discord.py 2.7 against the fake Discord server.

Plus the pure pieces: mini-HTML → markdown, splitting to Discord's limits, the argument text each
slash command hands to the handlers.
"""

from __future__ import annotations

import io
import logging
import random
import re
import string
import zipfile
from collections.abc import AsyncIterator, Callable
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import aiohttp
import discord
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from icalendar import Calendar

import bot.discord.adapter as da
from bot.config import DiscordConfig, Settings
from bot.discord import commands as dc_commands
from bot.discord.adapter import DiscordAdapter
from bot.discord.commands import slash_commands, suggestions
from bot.discord.render import (
    CONTENT_MAX,
    DESCRIPTION_MAX,
    EMBEDS_PER_MESSAGE,
    EMBEDS_TOTAL_MAX,
    TITLE_MAX,
    dlen,
    plan_messages,
    render_discord,
    split_discord,
)
from bot.services.outbound import Blocked, CannotRun
from bot.store.sqlite import NewSession, Store
from handlers import registry
from handlers.commands import Arg, Command, build_text
from handlers.deps import Deps
from handlers.types import Button, Reply, Request
from tests.conftest import NOW
from tests.fakes.charts import RecordingCharts
from tests.fakes.discord_server import (
    ADMIN_PERMISSIONS,
    BOT_PERMISSIONS,
    EPHEMERAL,
    MEMBER_PERMISSIONS,
    FakeDiscord,
    FakeInteraction,
    FakeMessage,
)

TOKEN = "fake-discord-token-never-logged-7f3a9c"
EMBED_LINKS = 1 << 14


# --- pure: rendering and splitting -----------------------------------------------------------------


def test_render_converts_tags_and_escapes_user_text() -> None:
    out = render_discord("<b>Home &amp; away</b> 5 * 3 a_b ~x~ |y| `z` <i>slow</i> <code>a*b</code>")
    assert out == r"**Home & away** 5 \* 3 a\_b \~x\~ \|y\| \`z\` *slow* `a*b`"


def test_render_neutralises_mentions_and_quotes() -> None:
    out = render_discord("@everyone @here &lt;@123456789012345678&gt;\n&gt; not a quote\n# not a header")
    assert "@everyone" not in out and "@here" not in out
    assert "@\u200beveryone" in out and "<@\u200b123456789012345678>" in out
    assert "\n\\> not a quote" in out and "\n\\# not a header" in out


def test_render_balances_and_drops_odd_tags() -> None:
    assert render_discord("<b>open only") == "**open only**"
    assert render_discord("stray</i> close") == "stray close"
    assert render_discord("<b></b>empty") == "empty"
    assert render_discord("<code>x `y` <b>z</b></code>") == "`x ˋyˋ z`"


def test_split_keeps_lines_whole_and_reopens_formatting() -> None:
    markup = "<b>Title</b>\n" + "\n".join(f"{i}. <b>Squat</b> — <i>slow {'x' * 40}</i>" for i in range(300))
    chunks = split_discord(markup, 500)
    assert len(chunks) > 10
    for c in chunks:
        assert dlen(c) <= 500
        assert c.count("**") % 2 == 0
        assert re.match(r"^(\*\*Title\*\*|\d+\. \*\*Squat\*\*)", c), c[:40]
    long_bold = split_discord("<b>" + "word " * 2000 + "</b>", 1000)
    assert all(c.startswith("**word") and c.endswith("word**") for c in long_bold)


def test_split_never_ends_a_chunk_on_an_escape() -> None:
    chunks = split_discord("*" * 3000, 999)  # renders as 3000 "\*" pairs, no spaces to cut at
    assert all(dlen(c) <= 999 and not c.endswith("\\") for c in chunks)
    assert "".join(chunks) == render_discord("*" * 3000)


_markup = st.lists(
    st.one_of(
        st.sampled_from(
            ["<b>", "</b>", "<i>", "</i>", "<code>", "</code>", "\n", "\n\n", " ", "&lt;", "&amp;"]
        ),
        st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60),
    ),
    max_size=80,
).map("".join)


@settings(max_examples=150, deadline=None)
@given(markup=_markup, limit=st.integers(min_value=40, max_value=300))
def test_split_property_fits_and_loses_nothing(markup: str, limit: int) -> None:
    chunks = split_discord(markup, limit)
    assert all(dlen(c) <= limit for c in chunks)

    def bare(s: str) -> str:
        return re.sub(r"[\s*`]", "", s)

    assert bare("".join(chunks)) == bare(render_discord(markup))


_lines_markup = st.lists(
    st.one_of(
        st.sampled_from(
            ["<b>", "</b>", "<i>", "</i>", "<code>", "\n", "\n ", " ", "- ", "# ", "&amp;", "&#10;"]
        ),
        st.sampled_from(["@here", "a_b", "> q", "x", "Calf raise — 2 × 15", "•", "1."]),
    ),
    max_size=40,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(markup=st.one_of(_markup, _lines_markup))
@example(markup="x<i>> q</i>")  # found by this test: a ">" right after a tag, not at a line's start
@example(markup="<i>&#10;</i>")  # found by this test: an entity that is whitespace inside a span
def test_render_line_by_line_matches_the_full_renderer(markup: str) -> None:
    # render_discord takes shortcuts (whole-text and line-by-line fast paths, memoised lines);
    # _pieces is the one full renderer, and the shortcuts must never differ from it.
    from bot.discord.render import _pieces

    assert render_discord(markup) == "".join(p.text for p in _pieces(markup))
    assert render_discord(markup) == render_discord(markup)  # the second call hits the line memo


def test_planned_embeds_carry_the_wire_form_discord_py_would_make() -> None:
    from bot.discord.render import COLOUR, PlannedEmbed

    for desc, title, image in [
        ("d", "", ""),
        ("d", "T", ""),
        ("", "T", "attachment://chart.png"),
        ("", "", ""),
    ]:
        made = PlannedEmbed.planned(desc, title, image)
        plain = discord.Embed(description=desc or None, colour=COLOUR)
        if title:
            plain.title = title
        if image:
            plain.set_image(url=image)
        assert made.to_dict() == plain.to_dict()
        assert (made.title, made.description, made.image.url) == (
            plain.title,
            plain.description,
            plain.image.url,
        )


def test_plan_messages_respects_every_embed_limit() -> None:
    text = "<b>" + "T" * 100 + "</b>\n" + "\n".join(f"line {i} " + "y" * 90 for i in range(600))
    msgs = plan_messages(text, has_image=True, has_buttons=True)
    assert len(msgs) > 1
    for m in msgs:
        assert 0 < len(m.embeds) <= EMBEDS_PER_MESSAGE
        assert sum(dlen(e.title or "") + dlen(e.description or "") for e in m.embeds) <= EMBEDS_TOTAL_MAX
        assert all(
            dlen(e.description or "") <= DESCRIPTION_MAX and dlen(e.title or "") <= TITLE_MAX
            for e in m.embeds
        )
    assert msgs[0].embeds[0].title == "T" * 100
    assert msgs[-1].with_image and msgs[-1].with_buttons and not msgs[0].with_buttons
    assert msgs[-1].embeds[-1].image.url == "attachment://chart.png"
    assert sum(e.description.count("line ") for m in msgs for e in m.embeds) == 600
    plain = plan_messages(text, embeds=False)
    assert all(dlen(m.content) <= CONTENT_MAX for m in plain) and len(plain) > 20


def test_title_only_from_a_short_first_line_that_starts_bold() -> None:
    assert plan_messages("<b>Hi</b>\nbody")[0].embeds[0].title == "Hi"
    assert plan_messages("<b>Hi</b> &amp; there\nbody")[0].embeds[0].title == "Hi & there"
    assert plan_messages("Hi <b>there</b>\nbody")[0].embeds[0].title is None
    assert plan_messages("<b>" + "x" * 300 + "</b>\nbody")[0].embeds[0].title is None


# --- pure: options → the handler's argument text ------------------------------------------------


class _Form:
    """A command's or a subcommand's args, for build_text."""

    def __init__(self, cmd: Command, sub: str | None) -> None:
        self.args = cmd.sub(sub).args if sub else cmd.args
        self.order = () if sub else cmd.order


def _spec(name: str, sub: str | None = None) -> _Form:
    return _Form(registry.COMMANDS[name], sub)


def _text(form: _Form, values: dict[str, Any], prefix: str = "") -> str:
    return build_text(form.args, values, prefix=prefix, order=form.order)


def test_argument_text_matches_the_telegram_form() -> None:
    done = _spec("done")
    assert _text(done, {"setting": "gym", "minutes": 25, "effort": 7, "note": "felt strong"}) == (
        "gym 25 effort 7 note felt strong"
    )
    assert _text(done, {"note": "legs  tired"}) == "home note legs tired"
    # A note that starts with a number stays a note (without "note" it would be the minutes).
    assert _text(done, {"note": "3 sets of 12"}) == "home note 3 sets of 12"
    assert _text(_spec("timezone"), {"zone": "Europe/Berlin", "group": True}) == "group Europe/Berlin"
    assert _text(_spec("timezone"), {"zone": "Europe/Berlin", "group": False}) == "Europe/Berlin"
    assert _text(_spec("runs", "hard"), {"days": "wed,sat"}, prefix="hard") == "hard wed,sat"
    assert _text(_spec("runs", "off"), {}, prefix="off") == "off"
    new = _spec("challenge", "new")
    assert _text(new, {"name": 'December "dozen"', "goal": 12, "by": "2026-12-31"}, prefix="new") == (
        "new \"December 'dozen'\" 12 by 2026-12-31"
    )
    weekly = {"name": "Base", "weekly": 2, "weeks": 6, "starts": "2026-12-01"}
    assert _text(new, weekly, prefix="new") == 'new "Base" weekly 2 for 6 from 2026-12-01'
    assert _text(_spec("challenge", "edit"), {"id": 3, "name": "Big"}, prefix="edit") == 'edit 3 name "Big"'
    member = 1100000000000000102  # Discord passes the user's id (bot/discord/commands.py)
    assert _text(_spec("challenge", "remove"), {"member": member}, prefix="remove") == (
        "remove @1100000000000000102"
    )
    assert _text(_spec("club", "schedule"), {"days": "mon,thu", "time": "18:30"}, prefix="schedule") == (
        "schedule mon,thu 18:30"
    )
    link = _spec("link")
    assert [(a.name, a.type) for a in link.args] == [("code", "text")]  # one string option
    assert _text(link, {"code": "k7qm-r2xp"}) == "k7qm-r2xp"
    assert _text(link, {}) == ""
    pause = _spec("pause")
    assert _text(pause, {"until": "2026-12-20", "reason": "injury", "note": "calf strain"}) == (
        "until 2026-12-20 injury note calf strain"
    )
    assert _text(_spec("calendar"), {"url": True}) == "url"


def test_every_registry_command_but_start_is_a_slash_command(monkeypatch: pytest.MonkeyPatch) -> None:
    names = [c.name for c in slash_commands()]
    assert names == [n for n in registry.COMMANDS if n != "start"]
    # A new command is one declaration: its args become its slash options (and its /help usage).
    minutes = Arg("minutes", "How long", type="int", low=1, high=60)
    extra = replace(registry.COMMANDS["tips"], name="stretch", args=(minutes,))
    monkeypatch.setitem(registry.COMMANDS, "stretch", extra)

    async def ignore(*args: Any, **kw: Any) -> None:
        pass

    built = {c.name: c for c in dc_commands.build(ignore)}
    stretch = built["stretch"]
    assert isinstance(stretch, discord.app_commands.Command)
    assert [(p.name, p.type, p.required, p.min_value, p.max_value) for p in stretch.parameters] == [
        ("minutes", discord.AppCommandOptionType.integer, False, 1, 60)
    ]
    assert extra.usage == "[minutes]"


def test_autocomplete_suggestions_are_capped_and_ranked() -> None:
    calf = suggestions("exercise", "calf")
    assert calf and calf[0][0].lower() == "calf raise" and len(calf) <= 25
    assert len(suggestions("timezone", "a")) == 25
    assert suggestions("timezone", "berl")[0][0] == "Europe/Berlin"
    assert suggestions("muscle", "ham")[0][0].lower().startswith("ham")


# --- end to end ----------------------------------------------------------------------------------


def dc_settings(server: FakeDiscord, tmp_path: Path, **discord_cfg: Any) -> Settings:
    cfg = DiscordConfig(api_base_url=server.api_base, gateway_url=server.gateway_url, **discord_cfg)
    return Settings(database=str(tmp_path / "legwork.db"), base_dir=tmp_path, discord=cfg)


async def started_adapter(settings: Settings, store: Store) -> DiscordAdapter:
    """A Discord adapter on the fake (settings from dc_settings), started; the caller stops it."""
    adapter = DiscordAdapter(
        TOKEN,
        settings,
        Deps(store=store, settings=settings, charts=RecordingCharts()),
        clock=lambda: NOW,
        guild_ready_timeout=0.05,
    )
    await adapter.start()
    return adapter


@pytest.fixture
async def server() -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord(token=TOKEN) as s:
        yield s
        # Nothing the bot sent went over Discord's limits (the fake refuses it as Discord does).
        assert [(c.path, errors) for c, errors in s.refused] == []


Factory = Callable[..., Any]


@pytest.fixture
async def make_adapter(server: FakeDiscord, store: Store, tmp_path: Path) -> AsyncIterator[Factory]:
    """Start adapters on the shared store and server; all are stopped at the end."""
    started: list[DiscordAdapter] = []

    async def make(**discord_cfg: Any) -> DiscordAdapter:
        adapter = await started_adapter(dc_settings(server, tmp_path, **discord_cfg), store)
        started.append(adapter)
        return adapter

    yield make
    for adapter in started:
        await adapter.stop()


@pytest.fixture
async def bot(make_adapter: Factory) -> DiscordAdapter:
    return await make_adapter()


@pytest.fixture
def seen(monkeypatch: pytest.MonkeyPatch) -> list[Request]:
    """Every Request the adapter dispatches (the real dispatch still runs)."""
    requests: list[Request] = []
    real = da.dispatch

    async def spy(req: Request, deps: Deps) -> list[Reply]:
        requests.append(req)
        return await real(req, deps)

    monkeypatch.setattr(da, "dispatch", spy)
    return requests


def fake_replies(monkeypatch: pytest.MonkeyPatch, replies: list[Reply]) -> None:
    async def canned(req: Request, deps: Deps) -> list[Reply]:
        return replies

    monkeypatch.setattr(da, "dispatch", canned)


SAMPLE_OPTIONS: dict[tuple[str, str | None], dict[str, Any]] = {
    ("ask", None): {"question": "what helps shin splints?"},
    ("exercise", None): {"name": "calf raise"},
    ("muscle", None): {"group": "calves"},
    ("done", None): {"setting": "gym", "minutes": 20},
    ("timezone", None): {"zone": "Europe/Berlin"},
    ("schedule", None): {"days": "tue,fri", "time": "07:00"},
    ("runs", "hard"): {"days": "wed,sat"},
    ("runs", "import"): {"file": ("sunday.gpx", b"<gpx/>")},
    ("race", None): {"date": "2026-12-13"},
    ("club", "schedule"): {"days": "mon,thu", "time": "18:30"},
    ("challenge", "new"): {"name": "December dozen", "goal": 12, "by": "2026-12-31"},
    ("challenge", "edit"): {"name": "Dozen"},
    ("challenge", "remove"): {"member": 1100000000000000102},
}


def all_invocations() -> list[tuple[str, str | None]]:
    out: list[tuple[str, str | None]] = []
    for cmd in slash_commands():
        out += [(cmd.name, sub.name) for sub in cmd.subs] if cmd.subs else [(cmd.name, None)]
    return out


async def test_every_slash_command_gets_an_answer(bot: DiscordAdapter, server: FakeDiscord) -> None:
    registered = {c["name"] for c in server.commands["global"]}
    assert registered == {c.name for c in slash_commands()}
    for name, sub in all_invocations():
        options = SAMPLE_OPTIONS.get((name, sub), {})
        it = await server.slash(name, sub, permissions=ADMIN_PERMISSIONS, **options)
        await it.wait_answered()
        assert it.text().strip(), f"/{name} {sub or ''} got an empty answer"
        first = it.callbacks[0]
        assert first["type"] in (4, 5), f"/{name}: callback {first}"
        assert it.first_answer_at is not None and it.first_answer_at - it.sent_at < 3.0
        assert "Sorry, something went wrong" not in it.text(), f"/{name} {sub or ''} failed"


async def test_workout_shows_routine_embed_with_persistent_done_button(
    bot: DiscordAdapter, server: FakeDiscord
) -> None:
    it = await (await server.slash("workout", setting="gym")).wait_answered()
    msg = it.messages[0]
    assert msg.embeds[0]["title"].startswith("Gym routine for")
    assert "**Exercises**" in msg.embeds[0]["description"]
    assert msg.custom_ids() == [f"lw:done:{server.alice.id}:20261127:gym"]
    assert it.callbacks[0]["data"]["allowed_mentions"] == {"parse": []}


async def test_slash_options_reach_the_handler_in_telegram_form(
    bot: DiscordAdapter, server: FakeDiscord, seen: list[Request]
) -> None:
    it = await server.slash("done", setting="home", minutes=20, effort=7, note="felt strong")
    await it.wait_answered()
    req = seen[-1]
    assert (req.command, req.args, req.text) == (
        "done",
        ("home", "20", "effort", "7", "note", "felt", "strong"),
        "home 20 effort 7 note felt strong",
    )
    g = server.guilds[0]
    assert req.chat.platform == "discord" and req.chat.chat_id == str(g.channel_ids[0])
    assert req.chat.user_id == str(server.alice.id) and req.display_name == "Alice"
    assert not req.chat.is_private and not req.chat.is_admin and req.now == NOW
    assert "Logged" in it.text()

    await (
        await server.slash("challenge", "new", name="December dozen", goal=12, by="2026-12-31")
    ).wait_answered()
    assert seen[-1].command == "challenge"
    assert seen[-1].args == ("new", '"December', 'dozen"', "12", "by", "2026-12-31")
    await (await server.slash("challenge", "remove", id=1, member=server.bob)).wait_answered()
    assert seen[-1].text == f"remove 1 @{server.bob.id}"

    dm = await server.slash("workout", dm=True, user=server.bob)
    await dm.wait_answered()
    assert seen[-1].chat.is_private and seen[-1].chat.chat_id == str(server.dm_channels[server.bob.id])


async def test_autocomplete_for_exercise_offers_calf_raise_first(
    bot: DiscordAdapter, server: FakeDiscord
) -> None:
    it = await (await server.autocomplete("exercise", "name", name="calf")).wait_answered()
    assert it.callbacks[0]["type"] == 8
    assert 0 < len(it.choices) <= 25
    assert it.choices[0]["name"].lower() == "calf raise"
    wide = await (await server.autocomplete("timezone", "zone", zone="a")).wait_answered()
    assert len(wide.choices) == 25


async def test_done_button_still_works_after_a_restart(
    make_adapter: Factory, server: FakeDiscord, store: Store
) -> None:
    first = await make_adapter()
    it = await (await server.slash("workout", setting="home")).wait_answered()
    msg = it.messages[0]
    await first.stop()

    await make_adapter()  # a new process on the same database and Discord
    assert await store.count_sessions() == 0
    press = await (await server.press(msg, msg.custom_ids()[0])).wait_answered()
    assert "Logged" in press.text()
    assert await store.count_sessions() == 1
    again = await (await server.press(msg, msg.custom_ids()[0])).wait_answered()
    assert "Already logged" in again.text() and again.messages[0].ephemeral
    assert await store.count_sessions() == 1


async def test_pressing_someone_elses_done_button_is_refused(
    bot: DiscordAdapter, server: FakeDiscord, store: Store
) -> None:
    it = await (await server.slash("workout")).wait_answered()
    msg = it.messages[0]
    press = await (await server.press(msg, msg.custom_ids()[0], user=server.bob)).wait_answered()
    assert "belongs to someone else" in press.text()
    assert press.messages[0].ephemeral
    assert await store.count_sessions() == 0
    assert msg.edits == 0


async def test_forget_buttons_edit_the_message(bot: DiscordAdapter, server: FakeDiscord) -> None:
    it = await (await server.slash("forget")).wait_answered()
    msg = it.messages[0]
    assert msg.ephemeral  # personal in a server
    assert msg.custom_ids() == [f"lw:forget:{server.alice.id}", f"lw:keep:{server.alice.id}"]
    press = await (await server.press(msg, f"lw:keep:{server.alice.id}")).wait_answered()
    assert press.callbacks[0]["type"] == 7  # update the message in place
    assert "Kept" in msg.text() and msg.components == []


async def test_club_command_needs_manage_server(
    bot: DiscordAdapter, server: FakeDiscord, store: Store, seen: list[Request]
) -> None:
    member = await server.slash(
        "club", "schedule", days="mon,thu", time="18:30", permissions=MEMBER_PERMISSIONS
    )
    await member.wait_answered()
    assert seen[-1].chat.is_admin is False
    assert "admins" in member.text().lower() and "only" in member.text().lower()

    admin = await server.slash(
        "club", "schedule", days="mon,thu", time="18:30", permissions=ADMIN_PERMISSIONS
    )
    await admin.wait_answered()
    assert seen[-1].chat.is_admin is True
    assert "only" not in admin.text().lower()

    dm = await server.slash("club", "off", dm=True, permissions=ADMIN_PERMISSIONS)
    await dm.wait_answered()
    assert seen[-1].chat.is_admin is False and seen[-1].chat.is_private


async def test_everyone_in_a_note_pings_nobody(bot: DiscordAdapter, server: FakeDiscord) -> None:
    note = "@everyone @here <@1100000000000000102> **bold** run"
    it = await (await server.slash("done", note=note)).wait_answered()
    data = it.callbacks[0]["data"]
    assert data["allowed_mentions"] == {"parse": []}
    text = it.text()
    assert "@everyone" not in text and "@here" not in text and "<@1100" not in text
    assert "@\u200beveryone" in text and r"\*\*bold\*\*" in text


async def test_a_reply_over_the_embed_limits_is_split(
    bot: DiscordAdapter, server: FakeDiscord, monkeypatch: pytest.MonkeyPatch
) -> None:
    body = "\n".join(f"<b>{i}.</b> " + "stride " * 20 for i in range(400))
    reply = Reply("<b>Big</b>\n" + body, buttons=(Button("Done ✅", "done:1:20261127:home"),))
    fake_replies(monkeypatch, [reply])
    expected = len(plan_messages(reply.text, has_buttons=True))
    assert expected >= 3
    it = await server.slash("tips")
    await it.wait(lambda i: len(i.visible()) >= expected)
    for m in it.visible():
        assert 0 < len(m.embeds) <= EMBEDS_PER_MESSAGE
        assert sum(len(e.get("title", "")) + len(e.get("description", "")) for e in m.embeds) <= 6000
        assert all(len(e.get("description", "")) <= 4096 for e in m.embeds)
    assert it.visible()[-1].custom_ids() == ["lw:done:1:20261127:home"]
    assert all(not m.custom_ids() for m in it.visible()[:-1])
    assert it.text().count("stride") == 400 * 20

    plain = await server.slash("tips", app_permissions=BOT_PERMISSIONS & ~EMBED_LINKS)
    await plain.wait(lambda i: len(i.visible()) >= 2 and bool(i.visible()[-1].components))
    assert all(not m.embeds and 0 < len(m.content) <= 2000 for m in plain.visible())
    assert plain.text().count("stride") == 400 * 20


@pytest.mark.parametrize("fault", [429, 502, "drop"])
async def test_the_reply_arrives_despite_rate_limits_and_server_errors(
    bot: DiscordAdapter, server: FakeDiscord, fault: int | str
) -> None:
    server.fail(r"^/interactions/\d+/[^/]+/callback$", fault)
    it = await (await server.slash("workout")).wait_answered()
    statuses = [c.status for c in server.calls_to("POST", r"/interactions/\d+/[^/]+/callback")]
    assert statuses == [0 if fault == "drop" else fault, 200]
    assert it.first_answer_at is not None and it.first_answer_at - it.sent_at < 3.0
    assert "routine" in it.text()


async def test_followups_survive_rate_limits_too(
    bot: DiscordAdapter, server: FakeDiscord, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_replies(monkeypatch, [Reply("first"), Reply("second", private=True), Reply("third")])
    server.fail(r"^/webhooks/\d+/[^/]+$", 429, times=2)
    it = await server.slash("tips")
    await it.wait(lambda i: len(i.visible()) == 3)
    assert [m.text() for m in it.visible()] == ["first", "second", "third"]
    assert [m.ephemeral for m in it.visible()] == [False, True, False]
    assert [c.status for c in server.calls_to("POST", r"/webhooks/\d+/[^/]+")] == [429, 429, 200, 200]


async def test_slow_commands_are_deferred_then_filled(bot: DiscordAdapter, server: FakeDiscord) -> None:
    await (await server.slash("done")).wait_answered()
    stats = await (await server.slash("stats")).wait_answered()
    assert stats.callbacks[0] == {"type": 5, "data": {"flags": EPHEMERAL}}
    msg = stats.messages[0]
    assert msg.attachments[0]["filename"] == "chart.png"
    assert msg.embeds[0]["image"]["url"] == "attachment://chart.png"
    assert (
        server.calls_to("PATCH", r"/webhooks/\d+/[^/]+/messages/@original")[-1].files[0][1][:4] == b"\x89PNG"
    )

    export = await (await server.slash("export")).wait_answered()
    assert export.messages[0].attachments[0]["filename"] == "legwork-sessions.csv"
    assert export.messages[0].ephemeral


async def test_calendar_comes_as_a_private_ics_attachment(bot: DiscordAdapter, server: FakeDiscord) -> None:
    # Reminders are set in a DM; the calendar asked for in a server channel comes privately.
    await (await server.slash("schedule", dm=True, days="tue,fri", time="07:00")).wait_answered()
    cal = await (await server.slash("calendar")).wait_answered()
    msg = cal.messages[0]
    assert msg.ephemeral and msg.attachments[0]["filename"] == "legwork-strength-days.ics"
    (name, data), *_ = server.calls_to("PATCH", r"/webhooks/\d+/[^/]+/messages/@original")[-1].files
    assert name == "legwork-strength-days.ics"
    assert list(Calendar.from_ical(data).walk("VEVENT"))


async def test_a_deferral_that_guessed_visibility_wrong_is_corrected(
    bot: DiscordAdapter, server: FakeDiscord, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_replies(monkeypatch, [Reply("for everyone"), Reply("just for you", private=True)])
    it = await server.slash("stats")  # deferred ephemerally: stats are usually personal
    await it.wait(lambda i: len(i.visible()) == 3)
    note, public, private = it.visible()
    assert note.ephemeral and note.text() == "Posted below."
    assert not public.ephemeral and public.text() == "for everyone"
    assert private.ephemeral and private.text() == "just for you"


async def test_handlers_slower_than_the_limit_get_a_deferral(
    make_adapter: Factory, server: FakeDiscord, monkeypatch: pytest.MonkeyPatch
) -> None:
    import asyncio

    async def slow(req: Request, deps: Deps) -> list[Reply]:
        await asyncio.sleep(0.2)
        return [Reply("late but here")]

    adapter = await make_adapter()
    adapter.defer_after = 0.05
    monkeypatch.setattr(da, "dispatch", slow)
    it = await (await server.slash("tips")).wait_answered()
    assert it.callbacks[0]["type"] == 5 and it.text() == "late but here"


async def test_gateway_reconnect_keeps_answering(bot: DiscordAdapter, server: FakeDiscord) -> None:
    await server.reconnect()
    await server.wait_for(lambda: server.resumes >= 1)
    await server.wait_connected()
    assert "routine" in (await (await server.slash("workout")).wait_answered()).text()

    await server.drop_gateway()
    await server.wait_for(lambda: server.resumes >= 2)
    await server.wait_connected()
    assert "routine" in (await (await server.slash("workout")).wait_answered()).text()
    assert len(server.identifies) == 1  # both times the session was resumed


async def test_commands_sync_only_when_the_set_changed(
    make_adapter: Factory, server: FakeDiscord, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = await make_adapter()
    assert first.synced is True
    await first.stop()
    second = await make_adapter()
    assert second.synced is False
    await second.stop()
    assert len(server.calls_to("PUT", r"/applications/\d+/commands")) == 1

    board = registry.COMMANDS["leaderboard"]
    monkeypatch.setitem(registry.COMMANDS, "leaderboard", replace(board, summary="The leaderboard!"))
    third = await make_adapter()
    assert third.synced is True
    assert len(server.calls_to("PUT", r"/applications/\d+/commands")) == 2
    await third.stop()

    gid = server.guilds[0].id
    dev = await make_adapter(dev_guild_id=str(gid))
    assert dev.synced is True
    assert len(server.calls_to("PUT", rf"/applications/\d+/guilds/{gid}/commands")) == 1
    it = await (await server.slash("workout")).wait_answered()
    assert it.payload["data"]["guild_id"] == str(gid) and "routine" in it.text()


async def test_sharded_client_connects_and_answers(make_adapter: Factory, server: FakeDiscord) -> None:
    adapter = await make_adapter(sharded=True)
    assert isinstance(adapter.client, discord.AutoShardedClient)
    assert server.calls_to("GET", "/gateway/bot")
    assert server.identifies[-1]["shard"] == [0, 1]
    assert "routine" in (await (await server.slash("workout")).wait_answered()).text()


async def test_two_processes_split_the_shards_and_only_shard_0_syncs_commands(
    make_adapter: Factory, server: FakeDiscord
) -> None:
    first = await make_adapter(shard_count=2, shard_ids=(0,))
    second = await make_adapter(shard_count=2, shard_ids=(1,))
    assert isinstance(second.client, discord.AutoShardedClient)
    assert sorted(i["shard"] for i in server.identifies[-2:]) == [[0, 2], [1, 2]]
    assert (first.synced, second.synced) == (True, False)
    assert len(server.calls_to("PUT", r"/applications/\d+/commands")) == 1
    assert "routine" in (await (await server.slash("workout")).wait_answered()).text()


async def test_send_posts_to_channels_and_dms(bot: DiscordAdapter, server: FakeDiscord) -> None:
    channel = server.guilds[0].channel_ids[1]
    reminder = Reply(
        "<b>Strength day</b>\n@everyone legs!", buttons=(Button("Done ✅", "done:5:20261127:home"),)
    )
    await bot.send(str(channel), [reminder])
    post = server.calls_to("POST", rf"/channels/{channel}/messages")[-1]
    assert post.json["allowed_mentions"] == {"parse": []}
    assert post.json["embeds"][0]["title"] == "Strength day"
    assert "@\u200beveryone" in post.json["embeds"][0]["description"]
    assert post.json["components"][0]["components"][0]["custom_id"] == "lw:done:5:20261127:home"

    await bot.send(f"dm:{server.bob.id}", [Reply("hi Bob", image=b"\x89PNG fake")])
    assert server.calls_to("POST", "/users/@me/channels")[-1].json == {"recipient_id": server.bob.id}
    dm_post = server.calls_to("POST", rf"/channels/{server.dm_channels[server.bob.id]}/messages")[-1]
    assert dm_post.files == [("chart.png", b"\x89PNG fake")]

    server.fail(rf"^/channels/{channel}/messages$", 429)
    server.fail(rf"^/channels/{channel}/messages$", "drop")
    await bot.send(str(channel), [Reply("after a 429 and a drop")])
    assert [c.status for c in server.calls_to("POST", rf"/channels/{channel}/messages")][-3:] == [429, 0, 200]


async def test_send_raises_blocked_when_discord_refuses(bot: DiscordAdapter, server: FakeDiscord) -> None:
    server.no_dm_users.add(server.carol.id)
    with pytest.raises(Blocked):
        await bot.send(f"dm:{server.carol.id}", [Reply("reminder")])
    with pytest.raises(Blocked):
        await bot.send("999999999999999999", [Reply("nobody here")])
    with pytest.raises(Blocked):
        await bot.send("not-a-channel", [Reply("x")])


async def test_the_token_never_reaches_the_logs(
    make_adapter: Factory, server: FakeDiscord, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    adapter = await make_adapter()
    await (await server.slash("workout")).wait_answered()
    await server.reconnect()
    await server.wait_for(lambda: server.resumes >= 1)
    await adapter.stop()
    assert caplog.records and TOKEN not in caplog.text
    assert server.identifies[0]["token"] == TOKEN  # it was used, just never logged


async def test_a_wrong_token_fails_start_without_logging_it(
    server: FakeDiscord, store: Store, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    wrong = "wrong-token-abcdef-123456"
    s = dc_settings(server, tmp_path)
    adapter = DiscordAdapter(wrong, s, Deps(store=store, settings=s), clock=lambda: NOW)
    with pytest.raises(CannotRun, match="rejected the bot token") as info:
        await adapter.start()
    await adapter.stop()
    await adapter.stop()  # idempotent
    assert wrong not in str(info.value) and wrong not in caplog.text


async def test_a_command_discord_still_has_but_the_bot_dropped_gets_a_hint(
    bot: DiscordAdapter, server: FakeDiscord
) -> None:
    stale = {"id": "77", "name": "oldcmd", "type": 1, "description": "gone", "options": []}
    server.commands["global"].append(stale)
    it = await (await server.slash("oldcmd")).wait_answered()
    assert "being updated" in it.text() and it.messages[0].ephemeral


async def test_buttons_that_do_not_fit_a_custom_id_are_left_out(
    bot: DiscordAdapter, server: FakeDiscord, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_replies(monkeypatch, [Reply("pick", buttons=(Button("ok", "keep:1"), Button("long", "x" * 120)))])
    it = await (await server.slash("tips")).wait_answered()
    assert it.messages[0].custom_ids() == ["lw:keep:1"]


def test_fake_message_helpers() -> None:
    m = FakeMessage(1, 2, "", [{"title": "t", "description": "d"}], [], [], 0)
    assert m.text() == "t\nd"
    assert isinstance(FakeInteraction(1, "x", 2, {}, 0.0).visible(), list)


async def test_many_buttons_go_in_rows_of_five_with_their_styles(
    bot: DiscordAdapter, server: FakeDiscord, monkeypatch: pytest.MonkeyPatch
) -> None:
    buttons = (Button("Done", "done:1:20261127:home"), Button("Forget", "forget:1"))
    buttons += tuple(Button(f"b{i}", f"keep:{i}") for i in range(5))
    fake_replies(monkeypatch, [Reply("pick", buttons=buttons)])
    it = await (await server.slash("tips")).wait_answered()
    rows = it.messages[0].components
    assert [len(r["components"]) for r in rows] == [5, 2]
    sent = [c for r in rows for c in r["components"]]
    assert [c["custom_id"] for c in sent] == ["lw:" + b.action for b in buttons]
    styles = [c["style"] for c in sent]
    assert styles[:3] == [
        discord.ButtonStyle.success.value,
        discord.ButtonStyle.danger.value,
        discord.ButtonStyle.secondary.value,
    ]


async def _fill_sessions(store: Store, platform_user_id: str, notes: list[str]) -> None:
    user = await store.ensure_user("discord", platform_user_id, "Alice", NOW)
    for i, note in enumerate(notes):
        when = NOW - timedelta(days=i)
        await store.add_session(user.id, NewSession("home", 20, 5, note, ("quads",), when, when.date()))


@pytest.mark.parametrize("kind", ["zipped", "too-big"])
async def test_an_attachment_over_the_upload_limit_is_shrunk_or_explained(
    bot: DiscordAdapter, server: FakeDiscord, store: Store, kind: str
) -> None:
    limit = 8 * 1024
    bot.upload_limit = server.max_upload = limit  # the fake answers 413 above it, as Discord does
    rng = random.Random(5)
    notes = [
        ("felt strong on the hills today " * 16)[:490]
        if kind == "zipped"
        else "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(490))
        for _ in range(60)
    ]
    await _fill_sessions(store, str(server.alice.id), notes)
    it = await (await server.slash("export")).wait_answered()
    uploads = [c for c in server.calls if c.files]
    assert all(sum(len(b) for _, b in c.files) <= limit for c in uploads)
    assert not [c for c in server.calls if c.status == 413]
    msg = it.messages[-1]
    if kind == "zipped":
        [att] = msg.attachments
        assert att["filename"] == "legwork-sessions.zip" and "Zipped" in it.text()
        [(_, data)] = uploads[-1].files
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            assert z.read("legwork-sessions.csv").decode().count("felt strong") >= 60
    else:
        assert not msg.attachments
        assert "upload limit" in it.text() and "isn't attached" in it.text()


# --- answers: the closest topics as buttons (issue #16) ---------------------------------------


async def test_unsure_answer_topic_buttons(bot: DiscordAdapter, server: FakeDiscord) -> None:
    import content

    it = await (await server.slash("ask", question="knee")).wait_answered()
    msg = it.messages[0]
    choices = content.answer("knee").choices
    assert msg.custom_ids() == [f"lw:topic:{t}" for t in choices]
    pressed = await (await server.press(msg, msg.custom_ids()[2])).wait_answered()
    title = content.topic_title(choices[2]) or ""
    assert title.split(" ")[0] in pressed.text()
    assert not pressed.messages[0].ephemeral


# --- safety first (issue 25) ---------------------------------------------------------------------


async def test_an_acute_injury_answer_leads_with_rest_and_a_professional(
    bot: DiscordAdapter, server: FakeDiscord
) -> None:
    it = await (
        await server.slash("ask", question="I pulled my hamstring yesterday, hamstring curls ok?")
    ).wait_answered()
    first = it.text().split("\n")[0]
    assert "Stop and rest" in first and "doctor or physiotherapist" in first


async def test_a_swollen_knee_gets_not_yet_and_no_injury_card(
    bot: DiscordAdapter, server: FakeDiscord
) -> None:
    it = await (
        await server.slash("ask", question="knee swelled up after my run, can I still lift tomorrow?")
    ).wait_answered()
    text = it.text()
    assert text.startswith("Not yet. Stop and rest") and "physiotherapist" in text
    assert "runner's knee" not in text.lower()


async def test_effort_buttons_after_done_and_club_done_privately(
    bot: DiscordAdapter, server: FakeDiscord, store: Store
) -> None:
    it = await (await server.slash("done", setting="home")).wait_answered()
    msg = it.messages[0]
    ids = msg.custom_ids()
    assert len(ids) == 3 and all(i.startswith("lw:effort:") for i in ids) and "How did it feel?" in msg.text()
    stranger = await (await server.press(msg, ids[0], user=server.bob)).wait_answered()
    assert "expired" in stranger.text() and stranger.messages[0].ephemeral
    hard = await (await server.press(msg, ids[2])).wait_answered()
    assert hard.callbacks[0]["type"] == 7  # the confirmation is updated in place
    assert "hard" in msg.text() and msg.components == []
    [row] = await store.recent_sessions(1, 1)
    assert row.effort == 9
    # A club post's Done: the confirmation and its question go to the presser alone.
    channel = server.guilds[0].channel_ids[0]
    await bot.send(str(channel), [Reply("Club", buttons=(Button("Done ✅", "clubdone:20261127:home:3:0"),))])
    post = next(m for m in server.messages.values() if "lw:clubdone:20261127:home:3:0" in m.custom_ids())
    done = await (await server.press(post, post.custom_ids()[0], user=server.bob)).wait_answered()
    mine = done.messages[0]
    assert mine.ephemeral and len(mine.custom_ids()) == 3
    easy = await (await server.press(mine, mine.custom_ids()[0], user=server.bob)).wait_answered()
    assert "easy" in mine.text() and easy.callbacks[0]["type"] == 7


# --- the fake enforces Discord's limits (#30 item 9) ----------------------------------------------


def _button(label: str = "ok", custom_id: str = "lw:keep:1") -> dict[str, Any]:
    return {"type": 2, "style": 2, "label": label, "custom_id": custom_id}


def _embed(**fields: Any) -> dict[str, Any]:
    return {"type": "rich", **fields}


OVER_LIMIT: list[tuple[str, dict[str, Any], list[str]]] = [
    ("content", {"content": "x" * 2001}, ["content"]),
    ("embeds", {"embeds": [_embed(description="d")] * 11}, ["embeds"]),
    ("title", {"embeds": [_embed(title="t" * 257)]}, ["embeds", "0", "title"]),
    ("description", {"embeds": [_embed(description="d" * 4097)]}, ["embeds", "0", "description"]),
    (
        "field name",
        {"embeds": [_embed(fields=[{"name": "n" * 257, "value": "v"}])]},
        ["embeds", "0", "fields", "0", "name"],
    ),
    (
        "field value",
        {"embeds": [_embed(fields=[{"name": "n", "value": "v" * 1025}])]},
        ["embeds", "0", "fields", "0", "value"],
    ),
    ("fields", {"embeds": [_embed(fields=[{"name": "n", "value": "v"}] * 26)]}, ["embeds", "0", "fields"]),
    ("footer", {"embeds": [_embed(footer={"text": "f" * 2049})]}, ["embeds", "0", "footer", "text"]),
    ("author", {"embeds": [_embed(author={"name": "a" * 257})]}, ["embeds", "0", "author", "name"]),
    ("total", {"embeds": [_embed(description="d" * 4000), _embed(description="d" * 2001)]}, ["embeds"]),
    ("rows", {"content": "x", "components": [{"type": 1, "components": [_button()]}] * 6}, ["components"]),
    (
        "row size",
        {"content": "x", "components": [{"type": 1, "components": [_button()] * 6}]},
        ["components", "0", "components"],
    ),
    (
        "custom_id",
        {"content": "x", "components": [{"type": 1, "components": [_button(custom_id="c" * 101)]}]},
        ["components", "0", "components", "0", "custom_id"],
    ),
    (
        "empty custom_id",
        {"content": "x", "components": [{"type": 1, "components": [_button(custom_id="")]}]},
        ["components", "0", "components", "0", "custom_id"],
    ),
    (
        "label",
        {"content": "x", "components": [{"type": 1, "components": [_button(label="l" * 81)]}]},
        ["components", "0", "components", "0", "label"],
    ),
]


@pytest.mark.parametrize(("what", "body", "path"), OVER_LIMIT, ids=[w for w, _, _ in OVER_LIMIT])
async def test_the_fake_refuses_what_discord_refuses(
    what: str, body: dict[str, Any], path: list[str]
) -> None:
    """400 with Discord's Invalid Form Body (50035) naming the field; at the limit it is accepted."""
    async with FakeDiscord(token=TOKEN) as server:
        channel = server.guilds[0].channel_ids[0]
        headers = {"Authorization": f"Bot {TOKEN}"}
        async with aiohttp.ClientSession() as http:
            url = f"{server.api_base}/channels/{channel}/messages"
            async with http.post(url, json=body, headers=headers) as r:
                assert r.status == 400
                answer = await r.json()
            assert answer["code"] == 50035 and answer["message"] == "Invalid Form Body"
            node = answer["errors"]
            for key in path:
                node = node[key]
            assert node["_errors"][0]["code"] in (
                "BASE_TYPE_MAX_LENGTH",
                "BASE_TYPE_BAD_LENGTH",
                "MAX_EMBED_SIZE_EXCEEDED",
            )
            at_limit = {
                "content": "x" * 2000,
                "embeds": [_embed(title="t" * 256, description="d" * 4096, footer={"text": "f" * 1648})],
                "components": [{"type": 1, "components": [_button("l" * 80, "c" * 100)] * 5}] * 5,
            }
            async with http.post(url, json=at_limit, headers=headers) as r:
                assert r.status == 200
        # A message refused as an interaction's answer: discord.py raises HTTPException 50035.
        server.refused.clear()


async def test_replies_far_over_the_limits_reach_discord_within_them(
    bot: DiscordAdapter, server: FakeDiscord, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A huge reply (long lines, a long first line, 30 buttons with long labels) is cut and
    split to Discord's limits, with and without embeds, as an answer and as a channel post."""
    long_line = "<b>" + "q" * 5000 + "</b>"
    body = "\n".join(f"{i}. " + "lunge " * 300 for i in range(6))
    buttons = tuple(Button("L" * 120 + str(i), f"keep:{i}") for i in range(30))
    reply = Reply(long_line + "\n" + body, buttons=buttons)
    fake_replies(monkeypatch, [reply])
    for perms in (BOT_PERMISSIONS, BOT_PERMISSIONS & ~EMBED_LINKS):
        it = await server.slash("tips", app_permissions=perms)
        await it.wait(lambda i: any(m.components for m in i.visible()), within=10)
        assert it.text().count("lunge") == 6 * 300
        assert server.refused == []
    channel = server.guilds[0].channel_ids[0]
    await bot.send(str(channel), [reply])
    assert server.refused == []
    posted = [m for m in server.messages.values() if m.channel_id == channel and not m.flags]
    assert any(m.components for m in posted)


async def test_slash_and_typed_commands_give_the_handler_the_same_args(
    bot: DiscordAdapter, server: FakeDiscord, seen: list[Request]
) -> None:
    """Every slash form (tests/test_commands.py TYPED) reaches the handler as the typed command does."""
    from tests.test_commands import TYPED

    for name, sub, values, typed in TYPED:
        it = await server.slash(name, sub, permissions=ADMIN_PERMISSIONS, **values)
        await it.wait_answered()
        parsed = registry.parse_command(typed)
        assert parsed is not None
        req = seen[-1]
        assert (req.command, req.args, req.text) == parsed, typed
        assert (req.attachment is not None) == ("file" in values), typed
