"""Answer free-text questions from the content, tolerating typos and paraphrase.

Every topic (exercise, muscle, injury, rule, missing piece of kit) owns weighted phrases. A question is
normalised and stemmed; words we don't know are snapped to the closest known word with rapidfuzz;
then each phrase whose words all appear scores for its topic (more if they appear in order). A named
thing (exercise, muscle, injury) wins over a general rule unless the question is about timing ("the
day before a race") or about missing kit ("no exercise ball"); technique and load rules then colour
the named thing's answer instead of replacing it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from types import MappingProxyType

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from content.anatomy import INJURIES, MUSCLES
from content.cards import exercises_for_muscle, injury_names, works_line
from content.exercises import COOLDOWN, EXERCISES, WARMUP
from content.guidance import EQUIPMENT, RULES
from content.model import Answer, Equipment, Exercise, Injury, Muscle, Rule
from content.text import MAX_INPUT, STOPWORDS, normalize, stem, tokens

MAX_ANSWER = 3500
FOUND_SCORE = 2.8
ENTITY_SCORE = 4.0
ENTITY_MARGIN = 1.5  # a named thing wins unless a rule matched much more strongly

_INTENT_WORDS: MappingProxyType[str, str] = MappingProxyType(
    {
        "lack": "no dont without instead substitute replace replacement alternative havent lack swap missing "
        "nothing other",
        "injury": "help prevent fix pain hurt sore recover rehab treat cure avoid injury",
        "howto": "how form technique steps perform properly correctly",
        "muscle": "muscle work target train",
        "dose": "reps sets many long weight heavy hold",
        "harder": "harder easier progress progression advanced beginner",
    }
)
_INTENT_RAW: frozenset[str] = frozenset(w for words in _INTENT_WORDS.values() for w in words.split())


def _intent(kind: str) -> frozenset[str]:
    return frozenset(stem(w) for w in _INTENT_WORDS[kind].split())


_LACK = _intent("lack")
_INJURY_INTENT = _intent("injury")
_HOWTO = _intent("howto")
_MUSCLE_INTENT = _intent("muscle")
_DOSE_INTENT = _intent("dose")
_HARDER_INTENT = _intent("harder")

# Rules that add a line to an exercise answer rather than replace it.
_FOCUS_RULES = frozenset(
    {
        "sets_reps",
        "breathing",
        "lock_knees",
        "range_of_motion",
        "slow_controlled",
        "form_first",
        "one_legged",
        "progression",
        "comfortable_load",
    }
)
_KIND_LABEL: MappingProxyType[str, str] = MappingProxyType(
    {
        "home": "home exercise",
        "gym": "gym exercise",
        "plyo": "plyometric drill",
        "hills": "hill workout",
    }
)
_DEFAULT_SUGGESTIONS = ("How often to strength train", "Calf raise", "Shin splints")


@dataclass(frozen=True)
class _Topic:
    id: str  # "exercise:calf_raise"
    kind: str  # "exercise" | "muscle" | "injury" | "rule" | "equipment"
    title: str
    phrases: tuple[tuple[tuple[str, ...], float], ...]  # (stemmed tokens, weight)
    ref: object
    category: str = ""  # rule category


def _phrase_set(
    strong: list[str], base: float, per_token: float, words: set[str]
) -> list[tuple[tuple[str, ...], float]]:
    """Weighted phrases from label strings; also collects their unstemmed words into ``words``."""
    out: dict[tuple[str, ...], float] = {}
    for s in strong:
        words.update(normalize(s).split())
        toks = tokens(s)
        if not toks or (len(toks) < 3 and all(t in STOPWORDS for t in toks)):
            continue
        w = base + per_token * (len(toks) - 1)
        out[toks] = max(out.get(toks, 0.0), w)
    return list(out.items())


def _build_topics() -> tuple[tuple[_Topic, ...], frozenset[str]]:
    topics: list[_Topic] = []
    words: set[str] = set()
    for e in EXERCISES.values():
        ph = _phrase_set([e.name, e.id.replace("_", " "), *e.aliases], 4.0, 1.0, words)
        topics.append(_Topic(f"exercise:{e.id}", "exercise", e.name, tuple(ph), e))
    for m in MUSCLES.values():
        ph = _phrase_set([m.name, m.full_name, m.id, *m.aliases], 4.0, 1.0, words)
        topics.append(_Topic(f"muscle:{m.id}", "muscle", m.name, tuple(ph), m))
    for i in INJURIES.values():
        ph = _phrase_set([i.name, i.id.replace("_", " "), *i.aliases], 4.5, 1.0, words)
        topics.append(_Topic(f"injury:{i.id}", "injury", i.name, tuple(ph), i))
    for r in RULES.values():
        ph = _phrase_set([*r.keywords], 3.0, 1.0, words)
        title = _phrase_set([r.title], 4.0, 0.5, words)
        hints = _phrase_set([*r.hints], 1.0, 0.5, words)
        merged: dict[tuple[str, ...], float] = {}
        for toks, w in [*hints, *ph, *title]:
            merged[toks] = max(merged.get(toks, 0.0), w)
        topics.append(_Topic(f"rule:{r.id}", "rule", r.title, tuple(merged.items()), r, r.category))
    for q in EQUIPMENT.values():
        title = f"No {q.name.lower()}?"
        ph = _phrase_set([q.name, *q.aliases], 1.5, 0.5, words) + _phrase_set([title], 4.0, 0.5, words)
        topics.append(_Topic(f"equipment:{q.id}", "equipment", title, tuple(ph), q))
    return tuple(topics), frozenset(words)


_TOPICS, _LABEL_WORDS = _build_topics()
# Unstemmed words a typo may be corrected to (matching before stemming keeps "hmstring" from being
# cut to "hmstr"), each mapped to its stem.
_FIX_STEM: MappingProxyType[str, str] = MappingProxyType(
    {w: stem(w) for w in sorted(_LABEL_WORDS | _INTENT_RAW) if len(w) >= 2 and not w.isdigit()}
)
_FIX_RAW: tuple[str, ...] = tuple(_FIX_STEM)
_BY_ID: MappingProxyType[str, _Topic] = MappingProxyType({t.id: t for t in _TOPICS})


def _build_index() -> MappingProxyType[str, tuple[tuple[int, int], ...]]:
    idx: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for ti, t in enumerate(_TOPICS):
        for pi, (toks, _) in enumerate(t.phrases):
            keys = {tok for tok in toks if tok not in STOPWORDS} or set(toks)
            for tok in keys:
                idx[tok].append((ti, pi))
    return MappingProxyType({k: tuple(v) for k, v in idx.items()})


_INDEX = _build_index()
_VOCAB: tuple[str, ...] = tuple(sorted(_INDEX))
_VOCAB_SET = frozenset(_VOCAB)
_FIX_SET = frozenset(_FIX_STEM.values())  # stems that need no correction


def _build_canon() -> MappingProxyType[str, str]:
    """Misspelt alias words mapped to the topic's own spelling ("hamstrng" → "hamstring").

    Misspelt aliases help the name lookups, but in a question the proper spelling must win so that
    the word still joins up with others ("hamstrng curls" → "hamstring curl"). A word counts as a
    misspelling when it is in no topic's name, and every topic that lists it has the same close word
    (not a mere prefix or suffix of it) in its name.
    """
    names: dict[str, set[str]] = {}
    for t in _TOPICS:
        labels = [t.title, t.id.split(":", 1)[1].replace("_", " ")]
        labels += [getattr(t.ref, "name", ""), getattr(t.ref, "full_name", "")]
        names[t.id] = {w for label in labels for w in tokens(label)}
    in_names = set().union(*names.values())
    canon: dict[str, str] = {}
    for t in _VOCAB:
        if t in in_names or len(t) < 5:
            continue
        owners = {_TOPICS[ti].id for ti, _ in _INDEX[t]}
        best: list[tuple[float, str]] = []
        for o in owners:
            near = [(fuzz.ratio(t, u), u) for u in names[o] if len(u) >= 4 and u not in t and t not in u]
            best.append(max(near, default=(0.0, "")))
        if best and all(score >= 80.0 for score, _ in best) and len({u for _, u in best}) == 1:
            canon[t] = best[0][1]
    return MappingProxyType(canon)


_CANON = _build_canon()

# For "did you mean": every title and alias as a normalised string → topic id.
_CHOICES: tuple[str, ...]
_CHOICE_TOPIC: tuple[str, ...]


def _build_choices() -> tuple[tuple[str, ...], tuple[str, ...]]:
    names: list[str] = []
    owners: list[str] = []
    for t in _TOPICS:
        labels = [t.title]
        if t.kind in ("exercise", "muscle", "injury"):
            labels += list(getattr(t.ref, "aliases", ()))
        elif t.kind == "rule":
            labels += [k for k in getattr(t.ref, "keywords", ()) if len(k) > 3]
        for label in labels:
            n = normalize(label)
            if n:
                names.append(n)
                owners.append(t.id)
    return tuple(names), tuple(owners)


_CHOICES, _CHOICE_TOPIC = _build_choices()


def topics() -> list[str]:
    """Titles of every topic answer() knows, grouped: exercises, muscles, injuries, rules, kit."""
    return [t.title for t in _TOPICS]


def topic_title(topic_id: str) -> str | None:
    t = _BY_ID.get(topic_id)
    return t.title if t else None


# ---- matching -------------------------------------------------------------------------------------


def _correct(raw: list[str]) -> tuple[tuple[str, ...], frozenset[int]]:
    """Stem the words and snap unknown ones to the vocabulary.

    Returns the stemmed tokens and the positions that were corrected.
    """
    out: list[str] = []
    fixed: set[int] = set()
    for pos, word in enumerate(raw):
        t = stem(word)
        if t in _CANON:
            out.append(_CANON[t])
            fixed.add(pos)
            continue
        if t in _FIX_SET or t in STOPWORDS or len(word) < 3 or word.isdigit() or len(word) > 30:
            out.append(t)
            continue
        # Indel ratio catches dropped or doubled letters; OSA also counts a swap of neighbours as one
        # edit ("dnot" → "dont", "kene" → "knee"), which Indel scores as two.
        cutoff = 85.0 if len(word) <= 4 else 83.0 if len(word) <= 6 else 80.0
        hit = process.extractOne(word, _FIX_RAW, scorer=fuzz.ratio, score_cutoff=cutoff)
        if hit is None and len(word) >= 4:
            hit = process.extractOne(word, _FIX_RAW, scorer=OSA.normalized_similarity, score_cutoff=0.75)
            if hit is not None and len(word) == 4 and sorted(word) != sorted(hit[0]):
                hit = None  # four letters: only a swap ("dnot"), not a different word ("stop" → "step")
        if hit is None:
            out.append(t)
        else:
            s = _FIX_STEM[hit[0]]
            out.append(_CANON.get(s, s))
            fixed.add(pos)
    return tuple(out), frozenset(fixed)


def _contiguous(toks: tuple[str, ...], phrase: tuple[str, ...], starts: list[int]) -> bool:
    n = len(phrase)
    return any(toks[s : s + n] == phrase for s in starts)


def _score(toks: tuple[str, ...], fixed: frozenset[int]) -> dict[int, float]:
    """Score per topic index."""
    positions: dict[str, list[int]] = defaultdict(list)
    for i, t in enumerate(toks):
        positions[t].append(i)
    present = set(positions)
    fixed_words = {toks[i] for i in fixed}
    matched: dict[int, dict[int, float]] = defaultdict(dict)
    for t in present:
        for ti, pi in _INDEX.get(t, ()):
            if pi in matched.get(ti, ()):
                continue
            phrase, weight = _TOPICS[ti].phrases[pi]
            if not all(p in present for p in phrase):
                continue
            w = weight
            if len(phrase) > 1 and not _contiguous(toks, phrase, positions[phrase[0]]):
                w *= 0.75
            if any(p in fixed_words for p in phrase):
                w *= 0.95
            matched[ti][pi] = w
    scores: dict[int, float] = {}
    for ti, hits in matched.items():
        # The best phrase, plus a little for up to two more phrases that bring in new words.
        ranked = sorted(hits.items(), key=lambda kv: (-kv[1], kv[0]))
        phrases = _TOPICS[ti].phrases
        covered = set(phrases[ranked[0][0]][0])
        total, extra = ranked[0][1], 0
        for pi, w in ranked[1:]:
            words = set(phrases[pi][0])
            if extra < 2 and not words <= covered:
                total += 0.3 * w
                covered |= words
                extra += 1
        scores[ti] = total
    return scores


@dataclass(frozen=True)
class _Match:
    topic: _Topic | None
    score: float
    focus: _Topic | None  # a technique/load rule to add to an exercise answer
    ranked: tuple[tuple[float, _Topic], ...]
    words: frozenset[str]


def _match(question: str) -> _Match:
    toks, fixed = _correct(normalize(question).split())
    words = frozenset(toks)
    scores = _score(toks, fixed)
    lack = bool(words & _LACK)
    injury_intent = bool(words & _INJURY_INTENT)
    howto = bool(words & _HOWTO)
    adjusted: list[tuple[float, int, _Topic]] = []
    for ti, s in scores.items():
        t = _TOPICS[ti]
        if t.kind == "equipment" and lack:
            s += 3.5
        elif t.kind == "injury" and injury_intent:
            s += 1.0
        elif t.kind == "exercise" and howto:
            s += 0.5
        adjusted.append((s, ti, t))
    adjusted.sort(key=lambda x: (-x[0], x[1]))
    ranked = tuple((s, t) for s, _, t in adjusted)
    if not ranked or ranked[0][0] < FOUND_SCORE:
        return _Match(None, ranked[0][0] if ranked else 0.0, None, ranked, words)

    def best(pred: Callable[[_Topic], bool]) -> tuple[float, _Topic | None]:
        for s, t in ranked:
            if pred(t):
                return s, t
        return 0.0, None

    top_s, top = ranked[0]
    ent_s, ent = best(lambda t: t.kind in ("exercise", "muscle", "injury"))
    tim_s, tim = best(lambda t: t.kind == "rule" and t.category == "timing")
    eq_s, eq = best(lambda t: t.kind == "equipment")
    focus_s, focus = best(lambda t: t.kind == "rule" and t.ref.id in _FOCUS_RULES)  # type: ignore[attr-defined]

    chosen = top
    if eq is not None and lack and eq_s >= top_s:
        chosen = eq
    elif tim is not None and tim_s >= ENTITY_SCORE:
        chosen = tim
    elif ent is not None and ent_s >= ENTITY_SCORE and ent_s >= top_s - ENTITY_MARGIN:
        chosen = ent
    use_focus = (
        focus if (focus is not None and focus_s >= FOUND_SCORE and chosen.kind == "exercise") else None
    )
    return _Match(chosen, top_s, use_focus, ranked, words)


# ---- rendering ------------------------------------------------------------------------------------


def _exercise_text(ex: Exercise, words: frozenset[str], focus: Rule | None) -> str:
    head = f"{ex.name} ({_KIND_LABEL.get(ex.setting, ex.setting)}). {ex.summary}"
    works = works_line(ex) + "."
    dose = f"Dose: {ex.dose.text()}."
    subs = ""
    if ex.substitutes:
        kit = f"Don't have {ex.equipment[0]}? " if ex.equipment else "Instead: "
        subs = kit + "Use " + " or ".join(ex.substitutes) + "."
    steps = "How to do it:\n" + "\n".join(f"{n}. {s}" for n, s in enumerate(ex.steps, 1))
    cues = "Form: " + " ".join(ex.cues[:3])
    extra: list[str] = []
    if ex.harder:
        extra.append(f"Harder: {ex.harder}")
    if ex.easier and words & _HARDER_INTENT:
        extra.append(f"Easier: {ex.easier}")
    if ex.prevents:
        extra.append(f"Helps prevent: {injury_names(ex.prevents)}.")
    parts: list[str] = [head]
    if words & _LACK and subs:
        parts.append(subs)
    if words & _DOSE_INTENT:
        parts.append(dose)
    if words & _MUSCLE_INTENT:
        parts.append(works)
    parts.append(steps)
    for p in (dose, works):
        if p not in parts:
            parts.append(p)
    parts.append(cues)
    parts.extend(extra)
    if focus is not None:
        parts.append(f"{focus.title}: {focus.text}")
    return "\n".join(parts)


def _muscle_text(m: Muscle) -> str:
    lines = [f"{m.full_name}: {m.location}.", f"In running: {m.role}"]
    if m.parts:
        lines.append("Parts: " + "; ".join(m.parts) + ".")
    if m.opposes:
        lines.append(f"Opposing group: {', '.join(MUSCLES[o].name.lower() for o in m.opposes)}. {m.balance}")
    else:
        lines.append(m.balance)
    if m.when_weak:
        lines.append(m.when_weak)
    ex = exercises_for_muscle(m.id)
    if ex:
        lines.append("Exercises: " + ", ".join(e.name for e in ex) + ".")
    return "\n".join(lines)


def _injury_text(i: Injury) -> str:
    helps = [EXERCISES[e] for e in i.helps if e in EXERCISES]
    lines = [
        f"{i.name}. {i.problem}",
        f"What helps: {i.advice}",
        f"Strengthen: {', '.join(MUSCLES[m].name.lower() for m in i.strengthen)}.",
        "Exercises: " + "; ".join(f"{e.name} ({e.dose.text()})" for e in helps) + ".",
        i.caution,
    ]
    return "\n".join(lines)


def _rule_text(r: Rule) -> str:
    lines = [f"{r.title}. {r.text}"]
    if r.id == "warm_up":
        lines.extend(WARMUP.render())
    elif r.id == "stretch_after":
        lines.extend(COOLDOWN.render())
    elif r.id == "muscles_used":
        lines.extend(f"- {m.name}: {m.role}" for m in MUSCLES.values())
        lines.append("Balance opposing groups: quad work needs matching hamstring work.")
    elif r.id == "machines":
        lines.append("Machine exercises: Quadriceps extension, Hamstring curl, Leg press.")
    return "\n".join(lines)


def _equipment_text(q: Equipment) -> str:
    lines = [f"No {q.name.lower()}? Here's what to use instead:"]
    lines.extend(f"- {s}" for s in q.substitutes)
    return "\n".join(lines)


def _render(m: _Match) -> str:
    t = m.topic
    assert t is not None
    if t.kind == "exercise":
        focus = m.focus.ref if m.focus is not None else None
        return _exercise_text(t.ref, m.words, focus)  # type: ignore[arg-type]
    if t.kind == "muscle":
        return _muscle_text(t.ref)  # type: ignore[arg-type]
    if t.kind == "injury":
        return _injury_text(t.ref)  # type: ignore[arg-type]
    if t.kind == "equipment":
        return _equipment_text(t.ref)  # type: ignore[arg-type]
    return _rule_text(t.ref)  # type: ignore[arg-type]


def _related(t: _Topic) -> list[str]:
    ref = t.ref
    if isinstance(ref, Exercise):
        return [INJURIES[i].name for i in ref.prevents] + [MUSCLES[m].name for m in ref.primary]
    if isinstance(ref, Injury):
        return [EXERCISES[e].name for e in ref.helps[:3]]
    if isinstance(ref, Muscle):
        return [e.name for e in exercises_for_muscle(ref.id)[:3]]
    if isinstance(ref, Equipment):
        return [EXERCISES[e].name for e in ref.used_by]
    if isinstance(ref, Rule):
        return [r.title for r in RULES.values() if r.category == ref.category and r.id != ref.id]
    return []


def _suggest_found(m: _Match) -> tuple[str, ...]:
    assert m.topic is not None
    out: list[str] = []
    for s, t in m.ranked:
        if len(out) >= 3 or s < 2.0:
            break
        if t.id != m.topic.id and t.title not in out:
            out.append(t.title)
    for title in _related(m.topic):
        if len(out) >= 3:
            break
        if title not in out and title != m.topic.title:
            out.append(title)
    return tuple(out)


def _suggest_unknown(question: str) -> tuple[str, ...]:
    content = [w for w in normalize(question).split() if w not in STOPWORDS][:8]
    query = " ".join(content)[:80]
    out: list[str] = []
    if query:
        for _, _, pos in process.extract(query, _CHOICES, scorer=fuzz.QRatio, limit=30):
            title = _BY_ID[_CHOICE_TOPIC[pos]].title
            if title not in out:
                out.append(title)
            if len(out) == 3:
                break
    for title in _DEFAULT_SUGGESTIONS:
        if len(out) == 3:
            break
        if title not in out:
            out.append(title)
    return tuple(out)


def _clip(text: str) -> str:
    return text if len(text) <= MAX_ANSWER else text[: MAX_ANSWER - 1].rstrip() + "…"


def answer(question: str) -> Answer:
    """Answer a runner's question from the content. Never raises; text is plain and at most 3,500 chars."""
    if not isinstance(question, str):
        question = "" if question is None else str(question)
    question = question[: MAX_INPUT * 2]
    m = _match(question)
    if m.topic is None:
        suggestions = _suggest_unknown(question)
        text = (
            "Sorry, I don't know about that. I can answer questions on leg exercises, the muscles "
            "runners use, injuries like shin splints and runner's knee, and when and how to train."
        )
        return Answer(text=text, topic=None, found=False, suggestions=suggestions)
    return Answer(text=_clip(_render(m)), topic=m.topic.id, found=True, suggestions=_suggest_found(m))
