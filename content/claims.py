"""A claim put to the coach, and the reply's verdict said in the claim's own frame.

"My dad says don't lock my knees, is he wrong?", "is it true I shouldn't lift the day before a race?",
"Heard lifting makes you slow. Is that a myth?": the reply's rules settle the act ("should I lock my
knees?": "No, don't"), so their "Yes"/"No" answers a question nobody asked. Here the claim's polarity
(a "don't" or not) and the reply's stance (it forbids or denies, or it plainly agrees) decide whether
the reply agrees with the claim, and the frame asked (right? wrong? a myth?) turns that into the
verdict's words. Only a reply whose stance is plain is touched. Pure.
"""

from __future__ import annotations

import re

from content import rx
from content.anatomy import MUSCLES
from content.asks import MUSCLE_WORDS
from content.cards import exercises_for_muscle, named_exercises
from content.exercises import EXERCISES
from content.text import normalize

# someone who told the runner something ("my coach says", "wife reckons", "a guy at the gym told me")
_WHO = (
    r"(?:brother|sister|dad|father|mum|mom|mother|friend|mate|coach|teacher|physio|physiotherapist|partner|"
    r"husband|wife|boyfriend|girlfriend|gf|bf|buddy|pal|bro|sis|teammate|trainer|pt|doctor|gp|instructor|"
    r"clubmate|colleague|neighbour|neighbor|uncle|aunt|grandad|grandpa|nan|gran|son|daughter|guy|bloke|"
    r"lad|woman|man|club|team|gym|group)"
)
_SAYS = r"(?:says?|said|told me|tells me|reckons|thinks|insists|swears|claims|keeps saying)"
_TOLD = rx.compile(
    r"(?:(?:^|[.,!?;] *)(?:\w+ )?|\b(?:my|our|a|the|this) (?:\w+ ){0,2}?)(?P<who>"
    + _WHO
    + r")s?\b(?: [\w ]{0,25}?)? "
    + _SAYS
    + r"(?: that)?,? (?P<claim>[^.?!]{4,})",
)
_HEARD = rx.compile(
    r"(?:^|[.!?] *)(?:i (?:have |ve )?)?(?:heard|read|people say|everyone says|they say|someone (?:said|told "
    r"me))(?: that)?,? (?P<claim>[^.?!]{4,})"
)
_IS_IT = rx.compile(
    r"\bis it (?:really |actually |honestly )?(?:true|right|correct|a myth|a fact)(?: that)?,? "
    r"(?P<claim>[^.?!]{4,})"
)
# the frame asked: right/true, wrong, a myth
_ASK_WRONG = rx.compile(
    r"\b(?:is|are) (?:he|she|they|that|this|it|him|her|my \w+) (?:really |actually |just |totally )?"
    r"(?:wrong|mistaken|incorrect|talking rubbish)\b"
)
_ASK_MYTH = rx.compile(
    r"\b(?:is (?:that|this|it) (?:really |actually |just )?a myth|myth or|or (?:is (?:that|it) )?a myth)\b"
)
_ASK_TRUE = rx.compile(
    r"\b(?:is|are) (?:he|she|they|that|this|it|my \w+) (?:really |actually |even )?(?:right|true|correct|"
    r"legit)\b|\bis it (?:really |actually |honestly )?(?:true|right|correct)\b|"
    r"(?:^|[,.!?] *)(?:true|right|correct|legit)\W*$|\b(?:right|true|correct)\s*\?+\s*$"
)
# a claim that forbids: "never ...", "don't ...", "I shouldn't ...", "not to ..."
_CLAIM_NO = rx.compile(
    r"^(?:(?:that|you|u|ya|i|we|runners|people|one) )?(?:(?:really|should|must|ought to|need to|have to|"
    r"are meant to|are supposed to) )?(?:never|not|dont|do not|shouldnt|should not|mustnt|must not|cant|"
    r"cannot|can not|avoid|skip|no)\b"
)
# claims about need or worth have their own verdicts (content/one_ask.py _pointless, answers._need_is_yes)
_CLAIM_SKIP = rx.compile(r"\b(?:need|needs|pointless|waste|enough|worth|bother|useless|necessary)\b")
# a claim that runners needn't lift, and the reply that says they do
_NEEDLESS = rx.compile(
    r"\b(?:dont|do not|doesnt|never|no) (?:\w+ )?need\b|\bno need\b|\b(?:pointless|a waste|useless|"
    r"unnecessary|enough)\b"
)
# (a reply saying running is an inefficient way to build strength backs lifting; answers.py reads it too)
LIFTING_NEEDED = rx.compile(r"\binefficient way to (?:build strength|get stronger|gain strength)\b")
_HEAD = rx.compile(r"(Yes|No)(?:, ([^:.\n]{1,40}))?[:.] +(?=\S)")
# the reply's first clause forbids or denies
_BODY_NO = rx.compile(
    r"\b(?:don't|do not|never|skip|avoid|won't|will not|doesn't|does not|isn't|is not|aren't|are not|"
    r"not on|no need|keep (?:\w+ ){0,3}off|stop (?:just )?(?:before|short)|has given way|no longer|outdated|"
    r"old advice)\b"
)
# the reply's first clause endorses (a "never skip" is a do), or its head does ("Yes, it's a good one")
_BODY_YES = rx.compile(r"\b(?:never skip|don't skip|do not skip|always|don't forget)\b")
_ENDORSE = rx.compile(r"\b(?:good|worth|fine|ok|okay|safe|great|useful)\b")
# a verdict's condition ("Yes, if it's an easy run", "Yes, after an easy run")
_CONDITION = rx.compile(r"(?:if|after|as long as|provided|once|when) ")
_ACRONYM = {"pt": "PT", "gp": "GP", "bf": "BF", "gf": "GF"}
_REASON = rx.compile(r"\b(?:because|cause|cos|coz|cuz|since|as it|or (?:else )?you(?:ll| will))\b")
# (a head already in the claim's words, or hedged: "Yes, mostly: ... but it isn't a whole leg day")
_SETTLED_HEAD = rx.compile(
    r"\b(?:right|wrong|true|myth|correct|mostly|partly|usually|generally|often|sometimes|depends|in part)\b"
)


# a reply that opens on a name keeps its capital ("Friday is the day before your race")
_PROPER = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|I|I'm|I've|Legwork)\b"


def _plain(text: str) -> str:
    return text.lower().replace("’", "").replace("'", "")


def _claim(plain: str) -> tuple[str, str] | None:
    """(the claim, who said it or "") from the message, or None."""
    m = _TOLD.search(plain)
    if m is not None:
        return m.group("claim").strip(), m.group("who")
    for pat in (_IS_IT, _HEARD):
        m = pat.search(plain)
        if m is not None:
            return m.group("claim").strip(), ""
    # "calf raises help shin splints, true?", "race is saturday, no legs on friday right?": the clause
    # before the tag asked, else the first sentence
    tag = _TAG.search(plain)
    if tag is not None:
        before = [
            c.strip()
            for c in rx.split(r"[.?!,;] *|\b(?:so|but|and then)\b", plain[: tag.start()])
            if c.strip()
        ]
        if before and len(before[-1].split()) >= 3:
            return before[-1], ""
    first = rx.split(r"[.?!,] *", plain, maxsplit=1)[0].strip()
    return (first, "") if len(first.split()) >= 3 else None


_TAG = rx.compile(
    r"\b(?:right|true|correct|yeah|myth or (?:not|fact)|(?:is|isnt) (?:that|it) (?:true|right|correct))\W*$"
)


def frame_verdict(told: str, text: str) -> str:
    """The reply's verdict said as the frame asks it: "No, your dad isn't wrong: stop just before..."."""
    head = _HEAD.match(text)
    if head is None or (head.group(2) and _SETTLED_HEAD.search(head.group(2))):
        return text
    plain = _plain(told)
    if rx.sub(r"\?+", "?", plain).count("?") > 1:
        return text  # (two asks: the head may answer the other)
    if _ASK_MYTH.search(plain):
        frame = "myth"
    elif _ASK_WRONG.search(plain):
        frame = "wrong"
    elif _ASK_TRUE.search(plain):
        frame = "true"
    else:
        return text
    found = _claim(plain)
    if found is None:
        return text
    claim, who = found
    body = text[head.end() :]
    clause = rx.split(r"[.;:\n]", body, maxsplit=1)[0].lower()
    if _CLAIM_SKIP.search(claim):
        if not (_NEEDLESS.search(claim) and LIFTING_NEEDED.search(clause)):
            return text
        agree = False  # ("I don't need leg work, I run 50k": the reply's "an inefficient way" says no)
    elif _REASON.search(claim):
        return text  # ("never lift heavy because you'll get bulky": the reply may answer the reason)
    elif rx.search(r"\bbut\b", clause):
        return text  # (a clause that turns on itself, "X, but Y": no plain stance)
    else:
        tail = head.group(2) or ""
        endorsed = bool(_ENDORSE.search(tail)) and not _BODY_NO.search(tail)
        positive = endorsed or bool(_BODY_YES.search(clause))
        claim_no = _CLAIM_NO.search(claim) is not None
        if not positive and _BODY_NO.search(clause):
            agree = claim_no
        elif positive or (head.group(1) == "Yes" and not _BODY_NO.search(tail)):
            if claim_no and not positive and _CONDITION.match(tail):
                # (r18 tf) "coach says never run on the same day as legs, is he right?" met by "Yes, if
                # it's an easy run": the "never" is too strong, the condition is the answer
                who = _ACRONYM.get(who, who)
                half = f", your {who} is only half right" if who else ""
                lead = "Partly" if frame == "wrong" else f"Not quite{half}"
                return f"{lead}. It's fine {tail}: {body}"
            if claim_no and not positive:
                return text  # (a "don't" claim met by a plain "Yes": not sure which act it answers)
            agree = not claim_no
        else:
            return text
        if endorsed:
            # ("it's a good one for runners" kept under the new verdict, with its own stop or colon)
            body = f"{tail}. {body}" if text[head.end(2)] == "." else f"{tail}; {body}"
    who = _ACRONYM.get(who, who)
    subject = f"your {who}" if who else ""
    if frame == "myth":
        lead = "No, it's not a myth" if agree else "Yes, it's a myth"
    elif frame == "wrong":
        lead = (
            (f"No, {subject} isn't wrong" if subject else "No, that's right")
            if agree
            else (f"Yes, {subject} is wrong" if subject else "Yes, that's wrong")
        )
    else:
        lead = (
            (
                f"Yes, {subject} is right"
                if subject
                else "Yes, that's right"
                if " right" in plain
                else "Yes, that's true"
            )
            if agree
            else (f"No, {subject} isn't right" if subject else "No")
        )
    if (head.group(1) == "Yes") == lead.startswith("Yes") and frame == "true" and not subject:
        return text  # ("No, don't lock them:" already says it)
    if not rx.match(_PROPER, body):
        body = body[:1].lower() + body[1:]
    return f"{lead}: {body}"


# ---- "step ups, decent quad exercise?": one move checked against one muscle ------------------------
_WORKS_ASK = rx.compile(
    r"\b(?:good|decent|solid|great|useful|effective|works?|hits?|targets?|builds?|trains?|strengthens?)\b"
)
_WORKS_NOT = rx.compile(
    r"\b(?:which|or|vs|versus|better|best|how|why|when|instead|pain\w*|hurt\w*|sore|ache\w*|injur\w*|"
    r"without|no|dont|cant|before|after|day|week|race|run|runs|ok|okay|safe|worth|tendin\w*|diagnos\w*|"
    r"physio\w*|strain\w*|tear|torn|knees?|shins?|splints|rehab\w*|recover\w*|surgery|operation|"
    r"arthritis|bad|still)\b"
)
_MUSCLE_SAID = tuple((rx.compile(rf"\b(?:{w})\b"), t.split(":", 1)[1]) for w, t in MUSCLE_WORDS)


def _names(ids: tuple[str, ...]) -> str:
    said = [MUSCLES[m].name.lower() for m in ids if m in MUSCLES]
    return ", ".join(said[:-1]) + " and " + said[-1] if len(said) > 1 else "".join(said)


def works_verdict(question: str, text: str) -> str:
    """ "Step ups, decent quad exercise?" -> "Yes: the bench step-up works the quads..."; "is the bridge
    good for hamstrings?" -> "Partly: ... mainly the glutes"; a move that doesn't work it: "Not really"."""
    plain = normalize(question).lower()
    words = plain.split()
    if not words or len(words) > 10 or "?" not in question or not _WORKS_ASK.search(plain):
        return text
    if _WORKS_NOT.search(plain):
        return text
    named = named_exercises(plain)
    if len(named) != 1 or not named[0].startswith("exercise:"):
        return text
    ex = EXERCISES[named[0].split(":", 1)[1]]
    rest = plain
    for n in (ex.name, *ex.aliases):
        rest = rx.sub(rf"\b{re.escape(normalize(n).lower())}(?:e?s)?\b", " ", rest)
    parts = {m for pat, m in _MUSCLE_SAID if pat.search(rest)}
    if len(parts) != 1:
        return text
    part = parts.pop()
    name, label = ex.name.lower(), MUSCLES[part].name.lower()
    card = f"\nFull card: /exercise {name}"
    if part in ex.primary:
        if text.startswith("Yes"):
            return text  # (its verdict already stands: "Yes, it's a good one for runners. Bridge works...")
        summary = "" if label in ex.summary.lower() else f" {ex.summary}"
        return f"Yes: the {name} works the {_names(ex.primary)}.{summary} Dose: {ex.dose.text()}.{card}"
    better = [e.name.lower() for e in exercises_for_muscle(part) if not e.variation_of][:2]
    for_it = f"For the {label} themselves: the " + " or the ".join(better) + "."
    if part in ex.secondary:
        return (
            f"Partly: the {name} mainly works the {_names(ex.primary)}; the {label} only help. {for_it}{card}"
        )
    return f"Not really: the {name} works the {_names(ex.primary)}, not the {label}. {for_it}{card}"
