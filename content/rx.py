"""Compiled patterns that skip the regex engine when a literal the pattern cannot match without is
absent from the text.

The answerer runs ~1,000 module-level patterns, and a long message meets most of them (about 600
searches and 300 shorthand rewrites each); almost all find nothing. Each pattern compiled here is
read once, on its first use (Python's own regex parser), for the literal strings every match must
contain, at least one of a set of alternatives (``\\b(?:lunges?|squats?)`` needs "lunge" or
"squat"), and a search first checks, with plain substring tests on the lower-cased text, that one
of them is there. The check can only say "cannot match": when it passes, or when the pattern has no
usable literal, or when the text holds a character that case-folds into ASCII (the Kelvin sign, the
long s, dotted capital I), the real pattern runs. Every method answers exactly as the compiled pattern would.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterator
from typing import Any, cast

# CPython's own regex parser and its opcodes (re/_parser.py, re/_constants.py, re/_casefix.py since
# 3.11): the same reading re.compile makes. Were they ever missing, no pattern would be gated.
try:
    _parser: Any = importlib.import_module("re._parser")
    C: Any = importlib.import_module("re._constants")
    _casefix: Any = importlib.import_module("re._casefix")
except ImportError:  # pragma: no cover - another Python
    _parser = C = _casefix = None

_MIN = 3  # a literal shorter than this rules out too little to be worth checking
_MAX_ALTS = 48  # a group of more alternatives costs more to check than the search it saves

Need = frozenset[str] | None  # one of these strings must occur (lower-cased); None: no such set


def folds_into_ascii() -> frozenset[str]:
    """Every character outside ASCII whose case forms (or re's extra case matches) hold an ASCII
    one: under IGNORECASE such a character in a text can match an ASCII letter of a pattern.
    Computed once by tests/test_rx.py (it takes ~0.2 s), which checks _FOLDS against it."""
    out = set()
    for cp in range(128, 0x110000):
        c = chr(cp)
        if any(ch.isascii() for ch in c.lower() + c.upper() + c.casefold()):
            out.add(c)
    for k, vs in getattr(_casefix, "_EXTRA_CASES", {}).items():
        group = (k, *vs)
        if any(chr(x).isascii() for x in group):
            out.update(chr(x) for x in group if not chr(x).isascii())
    return frozenset(out)


_FOLDS = frozenset(
    "\u00df\u0130\u0131\u0149\u017f\u01f0\u1e96\u1e97\u1e98\u1e99\u1e9a\u1e9e\u212a\ufb00\ufb01\ufb02\ufb03\ufb04\ufb05\ufb06"
)


def _best(needs: list[frozenset[str]]) -> Need:
    """The most telling of several required sets: the one whose shortest alternative is longest."""
    useful = [n for n in needs if n and len(n) <= _MAX_ALTS and min(map(len, n)) >= _MIN]
    if not useful:
        return None
    return max(useful, key=lambda n: (min(map(len, n)), -len(n)))


def _seq(items: Any) -> list[frozenset[str]]:
    """Required sets of a sequence: each maximal run of literal characters, and each sub-item's."""
    out: list[frozenset[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            out.append(frozenset({"".join(run).lower()}))
            run.clear()

    for op, av in items:
        if op is C.LITERAL and av < 128:  # ASCII only: see _FOLDS for the text's side
            run.append(chr(av))
            continue
        flush()
        need = _item(op, av)
        if need is not None:
            out.append(need)
    flush()
    return out


def _item(op: Any, av: Any) -> Need:
    if op is C.SUBPATTERN or op is C.ATOMIC_GROUP:
        sub = av[-1] if op is C.SUBPATTERN else av
        return _best(_seq(sub))
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, _high, sub = av
        return _best(_seq(sub)) if low >= 1 else None
    if op is C.BRANCH:
        alts: set[str] = set()
        for sub in av[1]:
            need = _best(_seq(sub))
            if need is None:
                return None
            alts |= need
        return frozenset(alts)
    if op is C.ASSERT:
        _direction, sub = av
        return _best(_seq(sub))
    return None


def need_of(pattern: str, flags: int = 0) -> Need:
    """A set of lower-case strings one of which every match of ``pattern`` contains, if any."""
    if _parser is None or flags & re.VERBOSE:
        return None  # keep the parser's reading simple: no verbose patterns
    try:
        parsed = _parser.parse(pattern, flags)
    except Exception:
        return None
    return _best(_seq(parsed))


_LOWERED: list[tuple[str, str]] = [("", "")]  # the last text lower-cased: rules ask of one text in turn


def _lower(string: str) -> str:
    last = _LOWERED[0]
    if last[0] is string:
        return last[1]
    low = string.lower()
    _LOWERED[0] = (string, low)
    return low


Repl = str | Callable[[re.Match[str]], str]
_METHODS = frozenset({"search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split"})


class Gated:
    """A compiled pattern behind a substring check (see the module's doc). What the pattern needs
    is read on its first use, so importing content/ pays only for re.compile.

    The methods are bound per pattern on that first use (``_arm``): a pattern that needs nothing
    gets the compiled pattern's own methods, with no Python call in between; one that does gets
    closures that run the check inline (a long message meets ~2,000 of these calls)."""

    __slots__ = ("_need", "_re", *sorted(_METHODS))

    search: Callable[..., re.Match[str] | None]
    match: Callable[..., re.Match[str] | None]
    fullmatch: Callable[..., re.Match[str] | None]
    finditer: Callable[..., Iterator[re.Match[str]]]
    findall: Callable[..., list[Any]]
    sub: Callable[..., str]
    subn: Callable[..., tuple[str, int]]
    split: Callable[..., list[str | Any]]

    def __init__(self, compiled: re.Pattern[str]) -> None:
        self._re = compiled
        self._need: tuple[str, ...] | None = None

    def needs(self) -> tuple[str, ...]:
        """The strings one of which (lower-cased) every match contains, longest first; () if none."""
        need = self._need
        if need is None:
            found = need_of(self._re.pattern, self._re.flags)
            need = self._need = tuple(sorted(found, key=len, reverse=True)) if found else ()
        return need

    def _may(self, string: str) -> bool:
        need = self._need if self._need is not None else self.needs()
        if not need:
            return True
        low = _lower(string)
        for n in need:
            if n in low:
                return True
        return not string.isascii() and not _FOLDS.isdisjoint(string)

    def _arm(self) -> None:
        """Bind the methods: the compiled pattern's own if it needs nothing, else gated closures."""
        r = self._re
        need = self.needs()
        if not need:
            self.search, self.match, self.fullmatch = r.search, r.match, r.fullmatch
            self.finditer, self.findall = r.finditer, r.findall
            self.sub, self.subn, self.split = r.sub, r.subn, r.split
            return
        r_search, r_match, r_sub = r.search, r.match, r.sub
        lowered, folds = _LOWERED, _FOLDS

        def may(string: str) -> bool:
            last = lowered[0]
            if last[0] is string:
                low = last[1]
            else:
                low = string.lower()
                lowered[0] = (string, low)
            for n in need:
                if n in low:
                    return True
            return not string.isascii() and not folds.isdisjoint(string)

        def search(string: str, *args: Any) -> re.Match[str] | None:
            last = lowered[0]
            if last[0] is string:
                low = last[1]
            else:
                low = string.lower()
                lowered[0] = (string, low)
            for n in need:
                if n in low:
                    return r_search(string, *args)
            if string.isascii() or folds.isdisjoint(string):
                return None
            return r_search(string, *args)

        def match(string: str, *args: Any) -> re.Match[str] | None:
            return r_match(string, *args) if may(string) else None

        def fullmatch(string: str, *args: Any) -> re.Match[str] | None:
            return r.fullmatch(string, *args) if may(string) else None

        def finditer(string: str, *args: Any) -> Iterator[re.Match[str]]:
            return r.finditer(string, *args) if may(string) else iter(())

        def findall(string: str, *args: Any) -> list[Any]:
            return r.findall(string, *args) if may(string) else []

        def sub(repl: Repl, string: str, count: int = 0) -> str:
            last = lowered[0]
            if last[0] is string:
                low = last[1]
            else:
                low = string.lower()
                lowered[0] = (string, low)
            for n in need:
                if n in low:
                    return r_sub(repl, string, count)
            if string.isascii() or folds.isdisjoint(string):
                return string
            return r_sub(repl, string, count)

        def subn(repl: Repl, string: str, count: int = 0) -> tuple[str, int]:
            return r.subn(repl, string, count) if may(string) else (string, 0)

        def split(string: str, maxsplit: int = 0) -> list[str | Any]:
            return r.split(string, maxsplit) if may(string) else [string]

        self.search, self.match, self.fullmatch = search, match, fullmatch
        self.finditer, self.findall = finditer, findall
        self.sub, self.subn, self.split = sub, subn, split

    def __getattr__(self, name: str) -> Any:
        # Only reached for what the slots don't hold: a method not bound yet, or the pattern's own.
        if name == "_re":
            raise AttributeError(name)  # (not set yet: a copy being made)
        if name in _METHODS:
            self._arm()
            return object.__getattribute__(self, name)
        return getattr(self._re, name)

    def __repr__(self) -> str:
        return f"Gated({self._re!r})"


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, behind a literal check (read on first use)."""
    return cast(re.Pattern[str], Gated(re.compile(pattern, flags)))
