"""Pure helpers that shape neutral replies for Telegram: message splitting and button layout.

Reply.text is mini-HTML (<b>, <i>, <code>; everything else escaped), which is valid Telegram
HTML as it is. Telegram caps a message at 4,096 characters and a caption at 1,024, counted in
UTF-16 code units; longer texts are split here between lines, with any open tags closed at the
end of a part and reopened at the start of the next, so every part parses on its own.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence

from handlers.types import Button

log = logging.getLogger(__name__)

MAX_MESSAGE = 4096
MAX_CAPTION = 1024
MAX_CALLBACK_DATA = 64  # bytes
BUTTONS_PER_ROW = 3

# A tag, an entity, or one character; entities and tags are never cut.
_TOKEN = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)[^<>]*>|&#?[A-Za-z0-9]{1,10};|.", re.DOTALL)


def utf16_len(text: str) -> int:
    """Length as Telegram counts it (UTF-16 code units: an emoji outside the BMP counts 2)."""
    return len(text.encode("utf-16-le")) // 2


def _close(stack: Sequence[str]) -> str:
    return "".join(f"</{name}>" for name in reversed(stack))


def _open(stack: Sequence[str]) -> str:
    return "".join(f"<{name}>" for name in stack)


def _visible(part: str) -> bool:
    return bool(re.sub(r"<[^<>]*>", "", part).strip())


def split_html(text: str, limit: int = MAX_MESSAGE) -> list[str]:
    """Split mini-HTML into parts of at most `limit` UTF-16 units, each with balanced tags.

    Cuts after the last newline that fits; a single line longer than `limit` is cut at its last
    space that fits, or hard if it has none. Parts with no visible text are dropped.
    """
    if limit < 64:
        raise ValueError("limit too small to hold tags")
    if utf16_len(text) <= limit:
        return [text] if _visible(text) else []
    tokens: list[tuple[str, str | None, bool]] = []  # (text, tag name, is closing tag)
    for m in _TOKEN.finditer(text):
        tokens.append((m.group(0), m.group(2).lower() if m.group(2) else None, m.group(1) == "/"))

    parts: list[str] = []
    start_stack: list[str] = []
    i, n = 0, len(tokens)
    while i < n:
        stack = list(start_stack)
        size = utf16_len(_open(start_stack))
        j = i
        best_line: tuple[int, list[str]] | None = None  # cut after a newline
        best_space: tuple[int, list[str]] | None = None  # cut after a space
        while j < n:
            tok, name, closing = tokens[j]
            new_stack = stack
            if name is not None:
                new_stack = list(stack)
                if closing:
                    if name in new_stack:
                        del new_stack[len(new_stack) - 1 - new_stack[::-1].index(name)]
                else:
                    new_stack.append(name)
            if size + utf16_len(tok) + utf16_len(_close(new_stack)) > limit:
                break
            size += utf16_len(tok)
            stack = new_stack
            j += 1
            if tok == "\n":
                best_line = (j, list(stack))
            elif tok == " ":
                best_space = (j, list(stack))
        if j >= n:
            cut, cut_stack = n, stack
        elif best_line is not None:
            cut, cut_stack = best_line
        elif best_space is not None:
            cut, cut_stack = best_space
        else:
            cut, cut_stack = j, stack
        if cut == i:  # a single token can't fit: impossible for sane limits, but never loop
            cut, cut_stack = i + 1, stack
        body = "".join(tok for tok, _, _ in tokens[i:cut])
        part = (_open(start_stack) + body).rstrip("\n") + _close(cut_stack)
        if _visible(part):
            parts.append(part)
        start_stack = cut_stack
        i = cut
        while i < n and tokens[i][0] == "\n":  # don't start a part with blank lines
            i += 1
    return parts


def button_rows(buttons: Sequence[Button]) -> list[list[Button]]:
    """Lay buttons out in rows; buttons whose action is over 64 bytes are dropped (and logged)."""
    ok: list[Button] = []
    for b in buttons:
        size = len(b.action.encode("utf-8"))
        if not 1 <= size <= MAX_CALLBACK_DATA or not b.label:
            log.error("dropping button %r: action is %d bytes (Telegram allows 1-64)", b.label[:30], size)
            continue
        ok.append(b)
    per_row = BUTTONS_PER_ROW if len(ok) <= BUTTONS_PER_ROW else 2
    return [ok[k : k + per_row] for k in range(0, len(ok), per_row)]
