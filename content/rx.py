"""Compiled patterns that skip the regex engine when the text lacks something every match needs.

The answerer runs ~2,000 module-level patterns, and a long message meets most of them (about 1,000
searches and 1,000 shorthand rewrites each); almost all find nothing. Each pattern compiled here is
read once, on its first use (Python's own regex parser), for its gate (gate_of): the clauses every
match satisfies, each a set of alternatives: a literal string of 3+ characters (``\\b(?:lunges?|
squats?)`` needs "lunge" or "squat"), a whole word however short (``\\bhm\\b``), a word's first two
letters, a rare character ("/"), a digit. A search first checks, on the lower-cased text, that
every clause holds: the literals of all the table's gates are found in one pass (an Aho-Corasick
automaton), so a clause of literals is one set test, and what a text holds is kept for the last 256
texts (one answer asks of ~40 texts, turn and turn about). The check can only say "cannot match":
when it passes, or when the pattern has nothing usable, or when the text holds a character that
case-folds into ASCII (the Kelvin sign, the long s, dotted capital I), the real pattern runs.
Every method answers exactly as the compiled pattern would.

A pattern is compiled on its first use, not at import, and a gated one only when a text first passes
its gate: compiling content/'s ~2,000 patterns was ~85% of ``import content`` (every bot process and
console start paid it), and most patterns never meet a text they could match. A bad pattern
therefore fails on its first use; tests/test_rx.py compiles every content pattern. The gates come
from a table made ahead (content/rx_table.py, written by ``python scripts/rx_table.py``; reading
~1,000 patterns with the parser was most of a process's first answer), keyed by a digest of pattern
and flags, so a changed or new pattern is simply read the slow way until the table is written
again; tests/test_rx.py checks every entry against the pattern.
"""

from __future__ import annotations

import hashlib
import importlib
import re
from collections.abc import Callable, Iterator
from typing import Any, cast

import ahocorasick

from content import rx_table

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


# ---- Gates: what every match needs, as clauses that must all hold ------------------------------
# need_of above reads one set of substrings. A gate reads more: every required set the pattern has
# (a clause), of atoms of four kinds, any one of which satisfies its clause:
#   ("s", x)  the lower-cased text contains x (3+ characters, as need_of's);
#   ("w", x)  x is a whole word of the text (``\bhm\b``, ``\bu\b``, ``\b2 ``: short words need_of skips;
#             and ``\bbro\b``, which "broken" does not satisfy);
#   ("p", x)  a word of the text starts with x (two characters: ``\bdbs?\b``);
#   ("d", "") the text holds a digit (``\d``, ``[1-9]``).
# A word is a maximal run of \w characters, lower-cased: exactly what ``\b`` delimits, for a pattern
# without the ASCII or LOCALE flag. A literal run that a group's alternatives share ("w" of
# ``(?:wks|weeks)``, which the parser factors out) is read back into each alternative.
Atom = tuple[str, str]
Clause = frozenset[Atom]
_MAX_CLAUSES = 3
_DIGIT_CLAUSE: Clause = frozenset({("d", "")})
if C is not None:
    LITERAL, BRANCH, SUBPATTERN, ATOMIC_GROUP, ASSERT, IN, AT, AT_BOUNDARY = (
        C.LITERAL, C.BRANCH, C.SUBPATTERN, C.ATOMIC_GROUP, C.ASSERT, C.IN, C.AT, C.AT_BOUNDARY
    )  # fmt: skip
    _REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)
_RARE = frozenset("/=+&@#%*<>[]{}|\\^~$")  # characters a message seldom holds: one alone rules much out


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def _score(atom: Atom) -> int:
    kind, text = atom
    if kind == "s":
        # ("/", "=", "+": rare in a message, and found as fast as a longer literal)
        return len(text) if len(text) >= _MIN or _RARE.isdisjoint(text) else _MIN
    return len(text) + 2 if kind == "w" else len(text) if kind == "p" else 2


def _rank(clause: Clause) -> tuple[int, int]:
    return (min(map(_score, clause)), -len(clause))


def _useful(clause: Clause) -> bool:
    subs = sum(1 for kind, _ in clause if kind == "s")
    return bool(clause) and subs <= _MAX_ALTS and min(map(_score, clause)) >= 2


def _top(clauses: list[Clause]) -> Clause | None:
    useful = [c for c in clauses if _useful(c)]
    return max(useful, key=_rank) if useful else None


def _run_clauses(run: str, pre: bool, post: bool, words: bool) -> list[Clause]:
    """The clauses of a run of ASCII literal characters: ``pre`` and ``post`` say whether a word
    boundary comes right before and after it (``words``: the pattern's \b is the text's words)."""
    r = run.lower()
    whole_word = all(map(_word_char, r))
    if words and pre and post and whole_word:
        return [frozenset({("w", r)})]
    if len(r) >= _MIN or not _RARE.isdisjoint(r):
        return [frozenset({("s", r)})]
    if not (words and pre and _word_char(r[0])):
        return []
    k = len(r) if whole_word else next(i for i, c in enumerate(r) if not _word_char(c))
    if k < len(r):
        return [frozenset({("w", r[:k])})]  # "2 ": the word "2"
    return [frozenset({("p", r)})] if len(r) >= 2 else []


def _digits(av: Any) -> bool:
    """A character class of digits only (``\\d``, ``[0-9]``, ``[5-9]``)."""
    if not av:
        return False
    for op, v in av:
        if op is C.CATEGORY and v is C.CATEGORY_DIGIT:
            continue
        if op is C.RANGE and 48 <= v[0] <= v[1] <= 57:
            continue
        if op is C.LITERAL and 48 <= v <= 57:
            continue
        return False
    return True


def _clauses(items: Any, pre: bool, post: bool, words: bool) -> list[Clause]:
    """Every clause a sequence's matches satisfy; ``pre``/``post``: a word boundary before/after it."""
    items = getattr(items, "data", items)  # (a parsed SubPattern's own list)
    n = len(items)
    out: list[Clause] = []
    boundary = pre  # a word boundary right before the current item
    i = 0
    while i < n:
        op, av = items[i]
        if op is LITERAL and av < 128:  # ASCII only: see _FOLDS for the text's side
            j = i + 1
            while j < n and items[j][0] is LITERAL and items[j][1] < 128:
                j += 1
            if j < n and items[j][0] is BRANCH:
                # a run the parser took out of a group's alternatives goes back into each
                out += _branch(
                    [[*items[i:j], *alt] for alt in items[j][1][1]], boundary, items, j + 1, post, words
                )
                boundary, i = False, j + 1
                continue
            after = post if j == n else items[j][0] is AT and items[j][1] is AT_BOUNDARY
            out += _run_clauses("".join([chr(v) for _, v in items[i:j]]), boundary, after, words)
            boundary, i = False, j
            continue
        if op is BRANCH:
            out += _branch(av[1], boundary, items, i + 1, post, words)
        elif op is SUBPATTERN:
            inner = words and not av[1] & (re.ASCII | re.LOCALE)
            out += _clauses(av[3], boundary, _bounded(items, i + 1, post), inner)
        elif op is ATOMIC_GROUP:
            out += _clauses(av, boundary, _bounded(items, i + 1, post), words)
        elif op in _REPEATS:
            low, high, sub = av
            if low >= 1:
                out += _clauses(sub, boundary, low == high == 1 and _bounded(items, i + 1, post), words)
        elif op is ASSERT:
            out += _clauses(av[1], boundary and av[0] == 1, False, words)
        elif op is IN and _digits(av):
            out.append(_DIGIT_CLAUSE)
        boundary = op is AT and av is AT_BOUNDARY
        i += 1
    return out


def _bounded(items: Any, at: int, post: bool) -> bool:
    """Is there a word boundary at ``items[at]`` (``post``: past the end)?"""
    return post if at == len(items) else items[at][0] is AT and items[at][1] is AT_BOUNDARY


def _branch(alts: Any, pre: bool, items: Any, at: int, post: bool, words: bool) -> list[Clause]:
    """A group's alternatives: one clause, the union of each one's most telling (none if one has none)."""
    after = _bounded(items, at, post)
    union: set[Atom] = set()
    for alt in alts:
        best = _top(_clauses(alt, pre, after, words))
        if best is None:
            return []
        union |= best
    return [frozenset(union)]


def gate_of(pattern: str, flags: int = 0) -> tuple[Clause, ...]:
    """The clauses every match of ``pattern`` satisfies (at most three, the most telling first)."""
    if _parser is None or flags & re.VERBOSE:
        return ()
    try:
        parsed = _parser.parse(pattern, flags)
    except Exception:
        return ()
    flags |= getattr(getattr(parsed, "state", None), "flags", 0)  # with the pattern's own (?a)
    words = not flags & (re.ASCII | re.LOCALE)
    useful = {c for c in _clauses(parsed, False, False, words) if _useful(c)}
    return tuple(sorted(useful, key=lambda c: (_rank(c), sorted(c)), reverse=True)[:_MAX_CLAUSES])


_WORDS = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")


class _Literals:
    """Every literal the gates in content/rx_table.py ask for, in one Aho-Corasick automaton
    (pyahocorasick): one pass over a text finds all of them that it holds, so a gate's check of
    literals is one set test instead of a Python loop of ``in`` tests per pattern (a long message
    meets ~2,000 gated calls over ~40 texts). Built on the first gate check, not at import."""

    __slots__ = ("automaton", "known")

    def __init__(self) -> None:
        known = {x for clauses in rx_table.GATES.values() for c in clauses for k, x in c if k == "s"}
        automaton = ahocorasick.Automaton(ahocorasick.STORE_ANY)
        for x in known:
            automaton.add_word(x, x)
        automaton.make_automaton()
        self.automaton = automaton
        self.known = frozenset(known)


_LITERALS: list[_Literals] = []  # the one automaton, made on first need


def _literals() -> _Literals:
    if not _LITERALS:
        _LITERALS.append(_Literals())
    return _LITERALS[0]


class _Facts:
    """What the gates ask of one text: its lower-cased form and the automaton's literals in it
    (worked out when the text is first checked), its words, their first two letters, whether it
    holds a digit, whether it holds a character that case-folds into ASCII (each on first need)."""

    __slots__ = ("_digit", "_folds", "_starts", "_words", "low", "present", "string")

    def __init__(self, string: str) -> None:
        self.string = string
        low = self.low = string.lower()
        self.present = frozenset(x for _, x in _literals().automaton.iter(low))
        self._words: frozenset[str] | None = None
        self._starts: frozenset[str] | None = None
        self._digit: bool | None = None
        self._folds: bool | None = None

    def words(self) -> frozenset[str]:
        if self._words is None:
            s = self.string
            found = _WORDS.findall(self.low) if s.isascii() else [w.lower() for w in _WORDS.findall(s)]
            self._words = frozenset(found)
        return self._words

    def starts(self) -> frozenset[str]:
        if self._starts is None:
            self._starts = frozenset(w[:2] for w in self.words() if len(w) >= 2)
        return self._starts

    def digit(self) -> bool:
        if self._digit is None:
            self._digit = _DIGIT.search(self.string) is not None
        return self._digit

    def folds(self) -> bool:
        """Does the text hold a character that can match an ASCII letter under IGNORECASE?"""
        if self._folds is None:
            s = self.string
            self._folds = not s.isascii() and not _FOLDS.isdisjoint(s)
        return self._folds


_MEMO = 256  # texts whose facts are kept: one answer asks of ~40 texts, turn and turn about
_TEXTS: dict[str, _Facts] = {}


def _facts(string: str) -> _Facts:
    f = _TEXTS.get(string)
    if f is None:
        if len(_TEXTS) >= _MEMO:
            _TEXTS.clear()
        f = _TEXTS[string] = _Facts(string)
    return f


# One clause of a gate, as checked: the literals as a set when the automaton knows them all (else
# None, and the literals are looked for one by one), the literals, whole words, first-two-letter
# starts, and whether a digit satisfies it.
Check = tuple[frozenset[str] | None, tuple[str, ...], frozenset[str], frozenset[str], bool]


def table_key(pattern: str, flags: int = 0) -> str:
    """A pattern's key in content/rx_table.py: a digest of its flags and text (any change misses)."""
    return hashlib.blake2b(f"{flags}:{pattern}".encode(), digest_size=10).hexdigest()


TableGate = tuple[tuple[tuple[str, str], ...], ...]


def table_gate(pattern: str, flags: int = 0) -> TableGate:
    """``gate_of`` as content/rx_table.py writes it: each clause's atoms sorted."""
    return tuple(tuple(sorted(c)) for c in gate_of(pattern, flags))


def _checks(gate: tuple[Clause, ...]) -> tuple[Check, ...]:
    known = _literals().known
    out: list[Check] = []
    for c in gate:
        subs = tuple(sorted((x for k, x in c if k == "s"), key=lambda x: (-len(x), x)))
        out.append(
            (
                frozenset(subs) if known.issuperset(subs) else None,
                subs,
                frozenset(x for k, x in c if k == "w"),
                frozenset(x for k, x in c if k == "p"),
                any(k == "d" for k, _ in c),
            )
        )
    return tuple(out)


Repl = str | Callable[[re.Match[str]], str]


class Gated:
    """A compiled pattern behind its gate (see the module's doc). The gate is read on the pattern's
    first use, so importing content/ pays only for re.compile. The check runs inline in search and
    sub (a long message meets ~2,000 of these calls); the methods stay the class's own, not bound
    per pattern, so the ~2,000 patterns add no objects for the garbage collector to walk."""

    __slots__ = ("_flags", "_gate", "_need", "_pattern", "_re")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._pattern = pattern
        self._flags = flags
        self._need: tuple[str, ...] | None = None
        self._gate: tuple[Check, ...] | None = None

    def needs(self) -> tuple[str, ...]:
        """The strings one of which (lower-cased) every match contains, longest first; () if none."""
        need = self._need
        if need is None:
            found = need_of(self._pattern, self._flags)
            need = self._need = tuple(sorted(found, key=len, reverse=True)) if found else ()
        return need

    def _arm(self) -> tuple[Check, ...]:
        """The gate's checks, read on first use."""
        gate = self._gate
        if gate is None:
            held = rx_table.GATES.get(table_key(self._pattern, self._flags))
            clauses = (
                tuple(frozenset(c) for c in held) if held is not None else gate_of(self._pattern, self._flags)
            )
            gate = self._gate = _checks(clauses)
        return gate

    def _may(self, string: str) -> bool:
        """Can the pattern match ``string``, by its gate (False only when it cannot)?"""
        checks = self._gate
        if checks is None:
            checks = self._arm()
        if not checks:
            return True
        f = _TEXTS.get(string)
        if f is None:
            f = _facts(string)
        for subset, subs, words, starts, digit in checks:
            if subset is not None:
                if not subset.isdisjoint(f.present):
                    continue
            else:
                low = f.low
                if any(n in low for n in subs):
                    continue
            if (
                (words and not words.isdisjoint(f.words()))
                or (starts and not starts.isdisjoint(f.starts()))
                or (digit and f.digit())
            ):
                continue
            return f.folds()
        return True

    def search(self, string: str, *args: Any) -> re.Match[str] | None:
        return self._re.search(string, *args) if self._may(string) else None

    def match(self, string: str, *args: Any) -> re.Match[str] | None:
        return self._re.match(string, *args) if self._may(string) else None

    def fullmatch(self, string: str, *args: Any) -> re.Match[str] | None:
        return self._re.fullmatch(string, *args) if self._may(string) else None

    def finditer(self, string: str, *args: Any) -> Iterator[re.Match[str]]:
        return self._re.finditer(string, *args) if self._may(string) else iter(())

    def findall(self, string: str, *args: Any) -> list[Any]:
        return self._re.findall(string, *args) if self._may(string) else []

    def sub(self, repl: Repl, string: str, count: int = 0) -> str:
        return self._re.sub(repl, string, count) if self._may(string) else string

    def subn(self, repl: Repl, string: str, count: int = 0) -> tuple[str, int]:
        return self._re.subn(repl, string, count) if self._may(string) else (string, 0)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self._re.split(string, maxsplit) if self._may(string) else [string]

    def __getattr__(self, name: str) -> Any:
        # Reached for what the slots don't hold: the compiled pattern before its first use (compiled
        # here), or the pattern's own attributes.
        if name == "_re":
            try:
                pattern = object.__getattribute__(self, "_pattern")
                flags = object.__getattribute__(self, "_flags")
            except AttributeError:
                raise AttributeError(name) from None  # (not set up yet: a copy being made)
            compiled = self._re = re.compile(pattern, flags)
            return compiled
        return getattr(self._re, name)

    def __repr__(self) -> str:
        return f"Gated({self._pattern!r}, {self._flags})"


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, compiled on first use, behind a gate (read then too)."""
    return cast(re.Pattern[str], Gated(pattern, flags))


# The module-level functions below stand in for ``re.search(pattern, text)`` and friends at content's
# call sites that build a pattern per item or per call (f-strings) or name it inline. The re module
# keeps only 512 compiled patterns, and content names ~1,400 this way, so its cache kept dropping
# patterns it would compile again a moment later (~2,000 repeat compiles over 2,192 first-sight
# answers, measured in session 10). This cache keeps each (pattern, flags) compiled once, for the
# life of the process: the patterns are content's own, a fixed and finite set.
_COMPILED: dict[tuple[str, int], re.Pattern[str]] = {}


def _pat(pattern: str, flags: int) -> re.Pattern[str]:
    got = _COMPILED.get((pattern, flags))
    if got is None:
        got = _COMPILED[(pattern, flags)] = re.compile(pattern, flags)
    return got


def search(pattern: str, string: str, flags: int = 0) -> re.Match[str] | None:
    return _pat(pattern, flags).search(string)


def match(pattern: str, string: str, flags: int = 0) -> re.Match[str] | None:
    return _pat(pattern, flags).match(string)


def fullmatch(pattern: str, string: str, flags: int = 0) -> re.Match[str] | None:
    return _pat(pattern, flags).fullmatch(string)


def sub(pattern: str, repl: Repl, string: str, count: int = 0, flags: int = 0) -> str:
    return _pat(pattern, flags).sub(repl, string, count)


def subn(pattern: str, repl: Repl, string: str, count: int = 0, flags: int = 0) -> tuple[str, int]:
    return _pat(pattern, flags).subn(repl, string, count)


def findall(pattern: str, string: str, flags: int = 0) -> list[Any]:
    return _pat(pattern, flags).findall(string)


def finditer(pattern: str, string: str, flags: int = 0) -> Iterator[re.Match[str]]:
    return _pat(pattern, flags).finditer(string)


def split(pattern: str, string: str, maxsplit: int = 0, flags: int = 0) -> list[str | Any]:
    return _pat(pattern, flags).split(string, maxsplit)
