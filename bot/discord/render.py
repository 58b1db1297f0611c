"""Reply mini-HTML → Discord markdown, split to Discord's size limits. Pure: no I/O.

The neutral markup (see handlers.types) has only <b>, <i> and <code>; everything else is
entity-escaped text. Text between tags is unescaped, then its markdown characters and mentions
are escaped, so nothing a user typed can format a message or ping anyone. Splitting works on the
rendered pieces and closes/re-opens the formatting that is open at a cut, so every chunk renders
on its own.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache
from typing import Any, Final, NamedTuple

import discord
from discord.utils import escape_markdown, escape_mentions

# Discord's limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits).
CONTENT_MAX = 2000
TITLE_MAX = 256
DESCRIPTION_MAX = 4096
EMBEDS_TOTAL_MAX = 6000  # title + description + fields + footer + author of all embeds in a message
EMBEDS_PER_MESSAGE = 10
FIELDS_MAX = 25
BUTTONS_MAX = 25
LABEL_MAX = 80
CUSTOM_ID_MAX = 100
COLOUR = 0x2E8B57

_TAG = re.compile(r"<(/?)(b|i|code)>")
_MARK = {"b": "**", "i": "*", "code": "`"}


def dlen(text: str) -> int:
    """Length as Discord may count it (UTF-16 code units): never less than len()."""
    return len(text.encode("utf-16-le")) // 2


class _Piece(NamedTuple):
    kind: str  # "open" | "close" | "text"
    tag: str  # for open/close
    text: str  # rendered text (for "text") or the marker


_SPECIAL_CHARS = re.compile(r"[_\\~|*`@\[]")
_SPECIAL_LINE = re.compile(r"\n\s*[-#>]")


def _special(text: str) -> bool:
    """Whether escape_markdown or escape_mentions could change `text` (most text: no)."""
    return bool(
        _SPECIAL_CHARS.search(text) or _SPECIAL_LINE.search(text) or text.lstrip()[:1] in ("-", "#", ">")
    )


def _text(raw: str, in_code: bool) -> str:
    plain = html.unescape(raw) if "&" in raw else raw
    if in_code:
        # Nothing is formatted inside inline code; a backtick would end it early.
        return plain.replace("`", "ˋ")
    if not _special(plain):
        return plain
    return escape_mentions(escape_markdown(plain))


def _pieces(markup: str) -> list[_Piece]:
    """Tokens with each text already rendered; tags balanced (stray closes dropped)."""
    out: list[_Piece] = []
    stack: list[str] = []
    pos = 0
    for m in _TAG.finditer(markup):
        if m.start() > pos:
            out.append(_Piece("text", "", _text(markup[pos : m.start()], "code" in stack)))
        pos = m.end()
        closing, tag = m.group(1) == "/", m.group(2)
        if "code" in stack and tag != "code":
            continue  # no formatting inside code
        if not closing:
            if tag in stack:
                continue  # <b> inside <b> means nothing more
            stack.append(tag)
            out.append(_Piece("open", tag, _MARK[tag]))
        elif tag in stack:
            while stack:
                top = stack.pop()
                out.append(_Piece("close", top, _MARK[top]))
                if top == tag:
                    break
    if pos < len(markup):
        out.append(_Piece("text", "", _text(markup[pos:], "code" in stack)))
    while stack:
        top = stack.pop()
        out.append(_Piece("close", top, _MARK[top]))
    out = _tidy(out)
    return _tidy(out) if _hug(out) else out


def _hug(out: list[_Piece]) -> bool:
    """Move whitespace at the inner edges of spans outside them (Discord ignores "**x **").

    Works in place; returns whether anything moved.
    """
    moved = False
    i = 1
    while i < len(out):
        prev = out[i - 1]
        if out[i].kind == "close" and prev.kind == "text" and prev.text != prev.text.rstrip():
            core = prev.text.rstrip()
            out[i - 1] = _Piece("text", "", core)
            j = i
            while j < len(out) and out[j].kind == "close":
                j += 1
            out.insert(j, _Piece("text", "", prev.text[len(core) :]))
            moved = True
        i += 1
    i = len(out) - 2
    while i >= 0:
        nxt = out[i + 1]
        if out[i].kind == "open" and nxt.kind == "text" and nxt.text != nxt.text.lstrip():
            core = nxt.text.lstrip()
            out[i + 1] = _Piece("text", "", core)
            j = i
            while j > 0 and out[j - 1].kind == "open":
                j -= 1
            out.insert(j, _Piece("text", "", nxt.text[: len(nxt.text) - len(core)]))
            moved = True
        i -= 1
    return moved


def _tidy(pieces: list[_Piece]) -> list[_Piece]:
    """Drop empty text and empty spans such as "<b></b>" (Discord would show the "****")."""
    out: list[_Piece] = []
    for p in pieces:
        if p.kind == "text" and not p.text:
            continue
        if p.kind == "close" and out and out[-1].kind == "open" and out[-1].tag == p.tag:
            out.pop()
            continue
        out.append(p)
    return out


# What makes markup not "simple" without walking the tags: whitespace just inside a span, a
# closing tag right after another tag (an empty span, or two spans closing at once), or a tag
# followed by "-", "#" or ">" (_pieces escapes each text between tags as if it started a line).
_NOT_SIMPLE = re.compile(r"<(?:b|i)>\s|\s</(?:b|i)>|</?(?:b|i)></(?:b|i)>|</?(?:b|i)>\s*[-#>]")


def _simple(markup: str) -> bool:
    """Markup the fast path renders exactly like _pieces: properly nested, no code, no text to
    escape, no empty spans and no whitespace at a span's inner edges (most replies)."""
    if "<code>" in markup or "</code>" in markup or _NOT_SIMPLE.search(markup):
        return False
    if "&" in markup and _NOT_SIMPLE.search(html.unescape(markup)):
        return (
            False  # "<i>&#10;</i>": an entity that is whitespace at a span's edge (the full renderer's case)
        )
    stack: list[str] = []
    for close, tag in _TAG.findall(markup):  # one C-level scan; the loop sees only the tags
        if close:
            if not stack or stack.pop() != tag:
                return False
        elif tag in stack:
            return False
        else:
            stack.append(tag)
    if stack:
        return False
    plain = _TAG.sub("", markup)
    if "&" in plain:
        plain = html.unescape(plain)
    return not _special(plain)


def _fast(markup: str) -> str:
    """Simple markup has no <code>: four str.replace calls beat a regex callback per tag."""
    out = markup.replace("<b>", "**").replace("</b>", "**").replace("<i>", "*").replace("</i>", "*")
    return html.unescape(out) if "&" in out else out


_LINE_MEMO_MAX = 8192


class _Miss(Enum):
    """A memo miss (an enum member, so the type checker narrows ``done is _MISS``)."""

    MISS = 0


_MISS: Final = _Miss.MISS
# Memo of a pure function: a line → its rendering, or None when it is not simple on its own.
_LINES: dict[str, str | None] = {}


def render_discord(markup: str) -> str:
    """The whole reply text as Discord markdown (no length limit applied).

    Replies are mostly lines that recur across replies (a routine's exercise, warm-up and
    cool-down lines), so lines are rendered and remembered one by one (``_LINES``, bounded:
    cleared when full). Text whose every line is simple on its own is simple as a whole and
    renders as the lines joined: a line that holds an unclosed span, or starts with a close, is
    not simple, and the line checks of _special see every line start. Text with a span across
    lines takes the whole-text paths below.
    """
    out: list[str] = []
    memo = _LINES
    for line in markup.split("\n"):
        done = memo.get(line, _MISS)
        if done is _MISS:
            done = _fast(line) if _simple(line) else None
            if len(memo) >= _LINE_MEMO_MAX:
                memo.clear()
            memo[line] = done
        if done is None:
            break
        out.append(done)
    else:
        return "\n".join(out)
    if _simple(markup):
        return _fast(markup)
    return "".join(p.text for p in _pieces(markup))


def _cut_at(text: str, room: int) -> int:
    """Where to cut `text` so the head fits in `room` units: a blank line, a newline, a space, or hard."""
    n = min(len(text), max(room, 0))
    while n > 0 and dlen(text[:n]) > room:
        n -= 1
    if n >= len(text):
        return len(text)
    window = text[: n + 1]  # a separator just past the limit is a fine place to cut too
    for sep in ("\n\n", "\n", " "):
        at = window.rfind(sep)
        if at >= max(1, n // 3):
            return at
    cut = n
    # Never leave an escaping backslash at the end of a chunk.
    if (len(text[:cut]) - len(text[:cut].rstrip("\\"))) % 2:
        cut -= 1
    return max(cut, 1)


def _lines(pieces: list[_Piece]) -> list[list[_Piece]]:
    """Group pieces into lines, each ending with the text piece that holds its newline."""
    lines: list[list[_Piece]] = [[]]
    for p in pieces:
        if p.kind != "text" or "\n" not in p.text:
            lines[-1].append(p)
            continue
        for part in p.text.splitlines(keepends=True):
            lines[-1].append(_Piece("text", "", part))
            if part.endswith("\n"):
                lines.append([])
    return [line for line in lines if line]


_RESERVE = 8  # room for the closing markers of open spans ("***`" at most, with margin)


def split_discord(markup: str, limit: int) -> list[str]:
    """Mini-HTML → Discord markdown chunks of at most `limit` characters (see _split)."""
    return list(_split_cached(markup, limit))


@lru_cache(maxsize=2048)
def _split_cached(markup: str, limit: int) -> tuple[str, ...]:
    """Memoised: a routine's body recurs under each day's title (the plan cache is keyed by the
    whole text, title included)."""
    return tuple(_split(markup, limit))


def _split(markup: str, limit: int) -> list[str]:
    """Render `markup` as Discord markdown in chunks of at most `limit` units each.

    Whole lines are kept together where they fit; a longer line is cut at a space (or hard).
    Formatting open at a cut is closed at the end of one chunk and re-opened in the next.
    """
    if limit < 4 * _RESERVE:
        raise ValueError("limit too small")
    whole = render_discord(markup).strip()
    if dlen(whole) <= limit:
        return [whole] if _visible(whole) else []
    pieces = _pieces(markup)
    chunks: list[str] = []
    stack: list[_Piece] = []
    cur: list[str] = []
    size = 0  # dlen of "".join(cur)
    shown = False  # cur holds visible text, not just re-opened markers

    def flush() -> None:
        nonlocal size, shown
        body = ("".join(cur).rstrip() + "".join(p.text for p in reversed(stack))).strip()
        if shown and _visible(body):
            chunks.append(body)
        cur[:] = [p.text for p in stack]
        size, shown = sum(dlen(p.text) for p in stack), False

    def put(text: str) -> None:
        nonlocal size, shown
        cur.append(text)
        size += dlen(text)
        shown = shown or bool(text.strip())

    def add(p: _Piece) -> None:
        if p.kind == "open":
            stack.append(p)
            put(p.text)
        elif p.kind == "close":
            stack.pop()
            put(p.text)
        else:
            text = p.text if shown else p.text.lstrip()
            while text:
                room = limit - _RESERVE - size
                if dlen(text) <= room:
                    put(text)
                    return
                cut = _cut_at(text, room)
                head = text[:cut].rstrip()
                if head.strip() or not shown:
                    put(head)
                flush()
                text = text[cut:].lstrip()

    for line in _lines(pieces):
        need = sum(dlen(p.text) for p in line)
        if shown and size + need + _RESERVE > limit:
            flush()
        for p in line:
            add(p)
    flush()
    return chunks


def _visible(text: str) -> bool:
    return bool(text.replace("*", "").replace("`", "").strip())


class PlannedEmbed(discord.Embed):
    """An embed that is finished once planned (plans are memoised and shared), made only by
    ``planned``: its wire form is worked out there, since discord.py asks for it on every send."""

    __slots__ = ("_wire",)
    _wire: dict[str, Any]

    def to_dict(self) -> Any:
        return self._wire

    @classmethod
    def planned(cls, description: str, title: str = "", image: str = "") -> PlannedEmbed:
        """An embed with its wire form made at once: what discord.Embed.to_dict gives for these
        fields (tests/test_discord.py holds them equal), without its walk over every slot."""
        e = cls(description=description or None, colour=COLOUR)
        wire: dict[str, Any] = {"flags": 0, "color": COLOUR, "type": "rich"}
        if description:
            wire["description"] = description
        if title:
            e.title = title
            wire["title"] = title
        if image:
            e.set_image(url=image)
            wire["image"] = {"url": image}
        e._wire = wire
        return e


@dataclass(frozen=True)
class Outgoing:
    """One Discord message to send for a reply."""

    embeds: tuple[discord.Embed, ...] = ()
    content: str = ""
    with_image: bool = False  # attach Reply.image as chart.png (shown in the last embed)
    with_file: bool = False  # attach Reply.file
    with_buttons: bool = False


IMAGE_NAME = "chart.png"


_TITLE = re.compile(r"\s*<b>([^<]+)</b>([^<]*)")


def _title(markup: str) -> tuple[str, str]:
    """A first line that starts in bold ("<b>Home routine</b> — 20 min") becomes the embed title."""
    first, _, rest = markup.partition("\n")
    m = _TITLE.fullmatch(first)
    if not m:
        return "", markup
    title = render_discord(m.group(1) + m.group(2)).strip()
    if not title or dlen(title) > TITLE_MAX:
        return "", markup
    return title, rest.lstrip("\n")


def plan_messages(
    text: str,
    *,
    has_image: bool = False,
    has_file: bool = False,
    has_buttons: bool = False,
    embeds: bool = True,
) -> list[Outgoing]:
    """The messages that carry one reply: embeds (or plain content) within every Discord limit.

    The image, the file and the buttons go with the last message, the image shown in its last embed.
    Plans are memoised (routine texts repeat across runners and days): callers must treat the
    returned embeds as read-only, as discord.py does when it serialises them.
    """
    return list(_plan_cached(text, has_image, has_file, has_buttons, embeds))


@lru_cache(maxsize=1024)
def _plan_cached(
    text: str, has_image: bool, has_file: bool, has_buttons: bool, embeds: bool
) -> tuple[Outgoing, ...]:
    return tuple(_plan(text, has_image, has_file, has_buttons, embeds))


def _plan(text: str, has_image: bool, has_file: bool, has_buttons: bool, embeds: bool) -> list[Outgoing]:
    if not embeds:
        parts = split_discord(text, CONTENT_MAX) if text.strip() else []
        msgs = [Outgoing(content=c) for c in parts] or [Outgoing()]
        last = msgs[-1]
        msgs[-1] = Outgoing(
            content=last.content or ("\u200b" if not (has_image or has_file) else ""),
            with_image=has_image,
            with_file=has_file,
            with_buttons=has_buttons,
        )
        return msgs
    title, body = _title(text)
    descriptions = split_discord(body, DESCRIPTION_MAX) if body.strip() else []
    wanted = descriptions or ([""] if title or has_image else [])
    all_embeds: list[PlannedEmbed] = []
    for n, desc in enumerate(wanted):
        image = f"attachment://{IMAGE_NAME}" if has_image and n == len(wanted) - 1 else ""
        all_embeds.append(PlannedEmbed.planned(desc, title if n == 0 else "", image))
    if not all_embeds:
        return [
            Outgoing(
                with_image=has_image,
                with_file=has_file,
                with_buttons=has_buttons,
                content="" if has_file else "\u200b",
            )
        ]
    messages: list[list[PlannedEmbed]] = [[]]
    total = 0
    for e in all_embeds:
        size = dlen(e.title or "") + dlen(e.description or "")
        if messages[-1] and (total + size > EMBEDS_TOTAL_MAX or len(messages[-1]) >= EMBEDS_PER_MESSAGE):
            messages.append([])
            total = 0
        messages[-1].append(e)
        total += size
    out = [Outgoing(embeds=tuple(m)) for m in messages]
    out[-1] = Outgoing(
        embeds=out[-1].embeds, with_image=has_image, with_file=has_file, with_buttons=has_buttons
    )
    return out
