"""Each command is declared once (handlers/registry.py COMMANDS); its three derived forms agree.

/help's usage shows every argument; Discord's synced payload offers every argument as an option of
the right type with the same choices; a command typed on Telegram or the console and the same
command used as a Discord slash command give the handler the same args (the Discord path end to end
is tests/test_discord.py::test_slash_and_typed_commands_give_the_handler_the_same_args).
"""

from __future__ import annotations

import html
from typing import Any

import discord
import pytest
from discord import app_commands

import content
from bot.discord import commands as dc_commands
from handlers import registry
from handlers.commands import FILE, FLAG, INT, TEXT, USER, Arg, Command, arg_usage, slash_text, split_args
from handlers.deps import Deps
from handlers.registry import COMMANDS, dispatch, parse_command
from tests.conftest import request

BOB = 1100000000000000102

# (command, subcommand, slash values, the same command typed): every slash form, so a new command
# needs a row here (test_every_slash_form_has_a_typed_twin).
TYPED: list[tuple[str, str | None, dict[str, Any], str]] = [
    ("help", None, {}, "/help"),
    ("workout", None, {"setting": "gym"}, "/workout gym"),
    ("workout", None, {}, "/workout"),
    ("exercise", None, {"name": "calf raise"}, "/exercise calf raise"),
    ("muscle", None, {"group": "calves"}, "/muscle calves"),
    ("ask", None, {"question": "what helps shin splints?"}, "/ask what helps shin splints?"),
    ("tips", None, {}, "/tips"),
    (
        "done",
        None,
        {"setting": "gym", "minutes": 25, "effort": 7, "note": "felt strong"},
        "/done gym 25 effort 7 note felt strong",
    ),
    ("done", None, {"note": "3 sets of 12"}, "/done home note 3 sets of 12"),
    ("undo", None, {}, "/undo"),
    ("history", None, {"count": 5}, "/history 5"),
    ("stats", None, {}, "/stats"),
    ("progress", None, {}, "/progress"),
    ("export", None, {}, "/export"),
    ("forget", None, {}, "/forget"),
    ("timezone", None, {"zone": "Europe/Berlin", "group": True}, "/timezone group Europe/Berlin"),
    ("timezone", None, {"zone": "Europe/Berlin"}, "/timezone Europe/Berlin"),
    (
        "schedule",
        None,
        {"days": "tue,fri", "time": "07:00", "setting": "home"},
        "/schedule tue,fri 07:00 home",
    ),
    ("schedule", None, {"days": "off"}, "/schedule off"),
    (
        "pause",
        None,
        {"until": "2026-12-20", "reason": "injury", "note": "calf strain"},
        "/pause until 2026-12-20 injury note calf strain",
    ),
    ("resume", None, {}, "/resume"),
    ("calendar", None, {"url": True}, "/calendar url"),
    ("calendar", None, {}, "/calendar"),
    ("runs", "list", {}, "/runs list"),
    ("runs", "import", {"file": ("sunday.gpx", b"<gpx/>")}, "/runs import"),
    ("runs", "hard", {"days": "wed,sat"}, "/runs hard wed,sat"),
    ("runs", "off", {}, "/runs off"),
    ("units", None, {"unit": "mi"}, "/units mi"),
    ("race", None, {"date": "2026-12-13"}, "/race 2026-12-13"),
    ("race", None, {"date": "off"}, "/race off"),
    (
        "club",
        "schedule",
        {"days": "mon,thu", "time": "18:30", "setting": "gym"},
        "/club schedule mon,thu 18:30 gym",
    ),
    ("club", "schedule", {"days": "off"}, "/club schedule off"),
    ("club", "show", {}, "/club show"),
    ("club", "off", {}, "/club off"),
    (
        "challenge",
        "new",
        {"name": "December dozen", "goal": 12, "by": "2026-12-31"},
        '/challenge new "December dozen" 12 by 2026-12-31',
    ),
    (
        "challenge",
        "new",
        {"name": "Base", "weekly": 2, "weeks": 6, "starts": "2026-12-01"},
        '/challenge new "Base" weekly 2 for 6 from 2026-12-01',
    ),
    ("challenge", "list", {}, "/challenge list"),
    ("challenge", "join", {"id": 1}, "/challenge join 1"),
    ("challenge", "leave", {"id": 1}, "/challenge leave 1"),
    ("challenge", "edit", {"id": 1, "name": "Big dozen"}, '/challenge edit 1 name "Big dozen"'),
    ("challenge", "end", {"id": 1}, "/challenge end 1"),
    ("challenge", "remove", {"id": 1, "member": BOB}, f"/challenge remove 1 @{BOB}"),
    ("leaderboard", None, {"id": 1}, "/leaderboard 1"),
    ("link", None, {"code": "k7qm-r2xp"}, "/link k7qm-r2xp"),
    ("link", None, {}, "/link"),
    ("unlink", None, {}, "/unlink"),
    ("strava", None, {}, "/strava"),
]


def _forms() -> list[tuple[Command, str | None]]:
    out: list[tuple[Command, str | None]] = []
    for cmd in dc_commands.slash_commands():
        out += [(cmd, s.name) for s in cmd.subs] if cmd.subs else [(cmd, None)]
    return out


def test_every_slash_form_has_a_typed_twin() -> None:
    covered = {(name, sub) for name, sub, _, _ in TYPED}
    assert {(c.name, s) for c, s in _forms()} <= covered
    # ...and every argument is used by at least one row.
    used = {(name, sub, k) for name, sub, values, _ in TYPED for k in values}
    for cmd, sub in _forms():
        for arg in cmd.sub(sub).args if sub else cmd.args:
            assert (cmd.name, sub, arg.name) in used, f"/{cmd.name} {sub or ''}: {arg.name} untested"


@pytest.mark.parametrize(("name", "sub", "values", "typed"), TYPED, ids=[t[3] for t in TYPED])
def test_typed_and_slash_forms_give_the_same_args(
    name: str, sub: str | None, values: dict[str, Any], typed: str
) -> None:
    parsed = parse_command(typed)
    assert parsed is not None
    command, args, text = parsed
    plain = {k: v for k, v in values.items() if k != "file"}
    slashed = slash_text(COMMANDS[name], sub, plain)
    assert (name, split_args(slashed), slashed) == (command, args, text)


async def test_help_shows_every_argument_and_an_example(deps: Deps) -> None:
    [reply] = await dispatch(request("/help"), deps)
    shown = html.unescape(reply.text)
    for cmd in COMMANDS.values():
        usage = cmd.usage
        assert f"/{cmd.name}{' ' + usage if usage else ''} — {cmd.summary}" in shown
        if usage:
            assert cmd.example.split("{")[0] in shown  # the example (its date fields are filled in)
        if not cmd.subs:
            for arg in cmd.args:
                assert arg_usage(arg) in usage, (cmd.name, arg.name)
            continue
        for s in cmd.subs:
            assert s.name in usage.replace("|", " ").replace("[", " ").replace("]", " ").split()
            if len(cmd.subs) and "<" in usage:  # full forms: each sub's args are shown too
                for arg in s.args:
                    assert arg_usage(arg) in usage, (cmd.name, s.name, arg.name)


def test_help_usage_reads_as_before() -> None:
    usage = {c.name: c.usage for c in COMMANDS.values()}
    assert usage["workout"] == "[home|gym|plyo|hills|quick]"
    assert usage["done"] == "[home|gym|plyo|hills] [minutes] [effort 1-10] [[note] text]"
    assert usage["pause"] == "[until <YYYY-MM-DD>] [injury|holiday] [[note] text]"
    assert usage["runs"] == "[list] | import <file> | hard <days> | off"
    assert usage["race"] == "<YYYY-MM-DD> | off"
    assert usage["challenge"] == "new|list|join|leave|edit|end|remove"
    assert usage["tips"] == ""


def test_choices_come_from_content() -> None:
    assert COMMANDS["workout"].args[0].choices == content.SETTINGS
    assert COMMANDS["schedule"].args[2].choices == content.SETTINGS
    assert set(COMMANDS["done"].args[0].choices) == set(content.SETTINGS) - {"quick"}


_OPTION_TYPES = {TEXT: 3, INT: 4, FLAG: 5, USER: 6, FILE: 11}


async def _payload() -> list[dict[str, Any]]:
    async def ignore(*args: Any, **kw: Any) -> None:
        pass

    client = discord.Client(intents=discord.Intents.none())
    tree: app_commands.CommandTree[discord.Client] = app_commands.CommandTree(client)
    for c in dc_commands.build(ignore):
        tree.add_command(c)
    payload = [c.to_dict(tree) for c in tree.get_commands()]
    await client.close()
    return payload


def _check_options(where: str, args: tuple[Arg, ...], options: list[dict[str, Any]]) -> None:
    args = tuple(sorted(args, key=lambda a: not a.required))  # discord.py puts the required first
    assert [o["name"] for o in options] == [a.name for a in args], where
    for arg, opt in zip(args, options, strict=True):
        assert opt["type"] == _OPTION_TYPES[arg.type], (where, arg.name)
        assert opt.get("required", False) == arg.required, (where, arg.name)
        assert [c["value"] for c in opt.get("choices") or []] == list(arg.choices), (where, arg.name)
        assert opt.get("autocomplete", False) == bool(arg.complete), (where, arg.name)
        assert opt["description"] == arg.description[:100]
        if arg.type == INT and arg.high:
            assert (opt.get("min_value"), opt.get("max_value")) == (arg.low or 0, arg.high)
        if arg.type == TEXT and arg.high:
            assert opt.get("max_length") == arg.high


async def test_the_discord_payload_offers_every_argument_with_its_choices() -> None:
    payload = {c["name"]: c for c in await _payload()}
    assert list(payload) == [c.name for c in COMMANDS.values() if c.slash]
    assert "start" not in payload
    for cmd in COMMANDS.values():
        if not cmd.slash:
            continue
        got = payload[cmd.name]
        assert got["description"] == cmd.summary[:100]
        if not cmd.subs:
            _check_options(cmd.name, cmd.args, got.get("options") or [])
            continue
        subs = {o["name"]: o for o in got["options"]}
        assert list(subs) == [s.name for s in cmd.subs]
        for s in cmd.subs:
            assert subs[s.name]["type"] == 1 and subs[s.name]["description"] == s.description[:100]
            _check_options(f"{cmd.name} {s.name}", s.args, subs[s.name].get("options") or [])


def test_a_new_command_is_one_declaration(monkeypatch: pytest.MonkeyPatch) -> None:
    """Declared in COMMANDS with its args: the menu, /help's usage and the slash form follow."""
    extra = Command(
        "stretch",
        COMMANDS["tips"].run,
        "Stretches after a run",
        "/stretch calves 5",
        (
            Arg("group", "Which muscles", choices=("calves", "hips"), required=True),
            Arg("minutes", "How long", type=INT, low=1, high=30),
        ),
    )
    monkeypatch.setitem(registry.COMMANDS, "stretch", extra)
    assert ("stretch", "Stretches after a run") in registry.menu()
    assert extra.usage == "calves|hips [minutes]"
    assert slash_text(extra, None, {"group": "hips", "minutes": 5}) == "hips 5"
    assert [c.name for c in dc_commands.slash_commands()][-1] == "stretch"


def test_a_bad_declaration_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown type"):
        Arg("x", "x", type="float")
    with pytest.raises(ValueError, match="autocomplete"):
        Arg("x", "x", complete="cities")


def test_examples_fit_their_declarations() -> None:
    """Each command's example is that command; each argument's example is a value it accepts."""
    for cmd in COMMANDS.values():
        parsed = parse_command(cmd.example)
        assert parsed is not None and parsed[0] == cmd.name, cmd.example
        if cmd.subs and parsed[1]:
            assert parsed[1][0] in {s.name for s in cmd.subs}, cmd.example
        for arg in (*cmd.args, *(a for s in cmd.subs for a in s.args)):
            if not arg.example:
                continue
            if arg.choices:
                assert arg.example in arg.choices, (cmd.name, arg.name)
            if arg.type == INT:
                assert (arg.low or 0) <= int(arg.example) <= (arg.high or 1_000_000), (cmd.name, arg.name)
            elif arg.high:
                assert len(arg.example) <= arg.high, (cmd.name, arg.name)
