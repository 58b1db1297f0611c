"""Each command declared once: its arguments, and what is derived from them.

A command is one :class:`Command` in handlers/registry.py's table: its handler, a summary, an
example and its :class:`Arg` s (or :class:`Sub` commands, each with its own args). From that one
declaration come

* the text form every platform's typed command is split into (:func:`split_args`: the args tuple
  handlers receive; Telegram and the console type it, Discord's typed options are written in it by
  :func:`slash_text`, so a handler never sees which platform a command came from);
* ``/help``'s usage line (:attr:`Command.usage`, :func:`arg_usage`) and example;
* the Discord slash signature (bot/discord/commands.py reads the args: their type, choices,
  autocomplete source, limits, required or not, and attachments).

Choices come from where the values are defined (content.routine.SETTINGS, the stores' units),
never from copies.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass

from handlers.deps import Deps
from handlers.types import Reply, Request

Handler = Callable[[Request, Deps], Awaitable[list[Reply]]]

MAX_INPUT = 4000  # characters of a message we look at; the rest is ignored

# Argument types. Discord shows each as its own option type; in the text form they are words.
TEXT = "text"
INT = "int"
FLAG = "flag"  # on or off: the text form is `word` alone (e.g. "url")
USER = "user"  # someone in the chat: the text form is "@<user id>"
FILE = "file"  # an attachment (Request.attachment), not a word of the text
TYPES = (TEXT, INT, FLAG, USER, FILE)
COMPLETIONS = ("exercise", "muscle", "timezone")  # autocomplete sources (bot/discord/commands.py)
USAGE_WIDTH = 70  # a command with subcommands whose full usage is longer lists the names only


@dataclass(frozen=True)
class Arg:
    """One argument: how it is typed, shown in /help and offered as a Discord option."""

    name: str  # also the Discord option's name
    description: str  # one line (Discord: at most 100 characters)
    type: str = TEXT  # one of TYPES
    choices: tuple[str, ...] = ()  # the only values (Discord offers them as choices)
    required: bool = False
    example: str = ""  # a value the text form and the slash form must agree on (tests use it)
    complete: str = ""  # autocomplete source, one of COMPLETIONS
    low: int | None = None  # int: min value; text: min length
    high: int | None = None  # int: max value; text: max length
    word: str = ""  # written before the value ("effort 7"); for a FLAG, the whole argument
    word_optional: bool = False  # the text form may leave `word` out (/help: "[[note] text]")
    bare: tuple[str, ...] = ()  # values written without `word` (e.g. "off")
    quote: bool = False  # wrap in double quotes: a name with spaces stays one argument
    fill: str = ""  # written when the argument is left out (keeps later arguments in place)
    shown: str = ""  # the value in /help's usage; default <name> when required, else name

    def __post_init__(self) -> None:
        if self.type not in TYPES:
            raise ValueError(f"argument {self.name}: unknown type {self.type!r}")
        if self.complete and self.complete not in COMPLETIONS:
            raise ValueError(f"argument {self.name}: unknown autocomplete source {self.complete!r}")


@dataclass(frozen=True)
class Sub:
    """A subcommand: the first word of the text form ("/runs hard wed,sat")."""

    name: str
    description: str
    args: tuple[Arg, ...] = ()
    slow: bool = False  # may take a while (files): platforms say "thinking…" at once
    personal: bool = False  # the answer is about the asker: Discord answers it privately in servers
    default: bool = False  # what the command does with no arguments (/help shows it in brackets)


@dataclass(frozen=True)
class Command:
    name: str
    run: Handler
    summary: str  # one line for menus (Telegram: at most 256 chars; Discord: 100)
    example: str  # date fields ({race}, {end}, {month}) are filled from today: dated_example()
    args: tuple[Arg, ...] = ()
    subs: tuple[Sub, ...] = ()
    order: tuple[str, ...] = ()  # the text form's argument order when it differs from `args`
    also: tuple[str, ...] = ()  # further text forms, e.g. "off" (typed into the first argument)
    slow: bool = False  # may take a while (charts, files): platforms say "thinking…" at once
    personal: bool = False  # the answer is about the asker: Discord answers it privately in servers
    # Not idempotent: a message the platform delivers twice (after a crash) runs once.
    once: bool = False
    slash: bool = True  # offered as a Discord slash command (/start is Telegram's greeting)

    @property
    def usage(self) -> str:
        """The argument form for /help, e.g. "[home|gym|plyo|hills|quick]"."""
        if not self.subs:
            return " | ".join(f for f in (form_usage(self.args, self.order), *self.also) if f)
        forms = []
        for s in self.subs:
            if s.default and not s.args:
                forms.append(f"[{s.name}]")
            else:
                forms.append(" ".join(p for p in (s.name, form_usage(s.args)) if p))
        full = " | ".join((*forms, *self.also))
        return full if len(full) <= USAGE_WIDTH else "|".join(s.name for s in self.subs)

    def sub(self, name: str) -> Sub:
        for s in self.subs:
            if s.name == name:
                return s
        raise KeyError(f"/{self.name} has no subcommand {name!r}")


def arg_usage(a: Arg) -> str:
    """One argument in /help's usage: "<days>", "[effort 1-10]", "[home|gym]", "[url]"."""
    if a.choices:
        core = "|".join(a.choices)
    elif a.type == FLAG:
        core = a.word
    else:
        core = a.shown or (f"<{a.name}>" if a.required else a.name)
        if a.word:
            core = f"[{a.word}] {core}" if a.word_optional else f"{a.word} {core}"
    return core if a.required else f"[{core}]"


def ordered(args: Sequence[Arg], order: Sequence[str] = ()) -> list[Arg]:
    if not order:
        return list(args)
    by_name = {a.name: a for a in args}
    return [by_name[n] for n in order]


def form_usage(args: Sequence[Arg], order: Sequence[str] = ()) -> str:
    return " ".join(arg_usage(a) for a in ordered(args, order))


# --- the text form -------------------------------------------------------------------------------


def split_args(text: str) -> tuple[str, ...]:
    """The args tuple handlers receive for the text after a command (every platform)."""
    return tuple(text.split())


def _value_text(arg: Arg, value: object) -> str:
    if arg.type == FLAG:
        return arg.word if value else ""
    if arg.type == USER:
        return f"@{value}"
    text = " ".join(str(value).split())
    if arg.quote:
        text = '"' + text.replace('"', "'") + '"'
    if arg.word and text.lower() not in arg.bare:
        return f"{arg.word} {text}"
    return text


def build_text(
    args: Sequence[Arg], values: Mapping[str, object], prefix: str = "", order: Sequence[str] = ()
) -> str:
    """The text form of typed values: what the same command typed on Telegram would carry.

    Values are plain (str, int, bool; a USER is the user's id); FILE arguments are not words."""
    parts = [prefix] if prefix else []
    for arg in ordered(args, order):
        if arg.type == FILE:
            continue
        value = values.get(arg.name)
        if value is None or value == "":
            parts.append(arg.fill)
        else:
            parts.append(_value_text(arg, value))
    return " ".join(p for p in parts if p)[:MAX_INPUT]


def slash_text(cmd: Command, sub: str | None, values: Mapping[str, object]) -> str:
    """The text form of a slash command's typed options (the subcommand's name first)."""
    if sub is None:
        return build_text(cmd.args, values, order=cmd.order)
    return build_text(cmd.sub(sub).args, values, prefix=sub)
