"""Round 7, tuner t2: follow-ups and multi-part messages (own wordings, not the dev rows).

Each case is (earlier message or "", the message, what must be in the reply, what must not be).
"""

from __future__ import annotations

import pytest

from content import answer


def _reply(prev: str, message: str) -> str:
    last = answer(prev).context if prev else None
    return answer(message, last).text


CASES = [
    # the other end of the session: "and after?" after the warm-up is the stretch, and back
    ("how long should I warm up?", "and afterwards?", ["stretch"], ["jogging"]),
    ("what stretches after leg day?", "and beforehand?", ["jog"], []),
    # the next in the article's sequence
    ("How do I do line hops?", "what's next?", ["Box hops"], []),
    # a vague follow-up the router can't place alone is about the last topic
    ("Should I lift the day before a race?", "how many days out is ok?", ["day before"], ["not sure"]),
    # which comes first, after a same-day question
    ("how often should I lift?", "so which goes first, run or lift?", ["run first"], []),
    # "the X one": another exercise the runner points at
    ("How do I do calf raises?", "and the weighted one?", ["Weighted calf raise"], []),
    ("how do I do a lunge?", "can I do the walking version instead?", ["Walking lunge", "Yes"], ["No two"]),
    # a kit word of the last exercise's own: still that exercise
    ("How do I do a step-up?", "what height box?", ["knee"], ["Box hops"]),
    # "besides X": the others, never X's card again
    (
        "What's good for my calves?",
        "anything apart from calf raises?",
        ["Besides the calf raise"],
        ["Put the balls", "toe raise"],
    ),
    ("", "what can I do for my quads apart from the leg press?", ["Besides the leg press"], []),
    # "any that don't need X": the list less that kit
    ("What's good for shin splints?", "which ones can I do without a step?", ["wall toe raise"], []),
    # a lack or a taken machine is still a stand-in for the kit, not a list
    ("How do I do the hamstring push-up?", "no chair here, what else works?", ["ball"], ["Besides"]),
    # multi-part: a second ask about the same topic is answered when it asks something new
    ("", "Are hill repeats worth doing? Also what do my arms do?", ["arms"], []),
    # a yes/no after a comma inside a question is its own ask
    (
        "",
        "How low do I go in a step-up, should I lock my knee at the top, and how do I come back down?",
        ["lock", "under control"],
        ["so the muscle keeps the load instead"],
    ),
    ("", "I run 5 days a week, can I lift on easy days, and how long should a session be?", ["15"], []),
    # ...but a statement with "is that ok" after it stays one ask
    ("", "I lift tuesdays and fridays and race sundays, is that ok", ["Friday"], []),
    # "skip a week" is leaving it out (the week off), not the skipping drill
    ("how many times a week should I lift?", "can I skip the odd week?", ["week off"], ["skipping"]),
    # "it" after a muscle's exercises is the first one named; both sides: yes, and the switch
    ("What's a good exercise for my hips?", "should I do it on each side?", ["Yes, both sides"], []),
    ("", "Best hip exercise, and do I do it on both legs?", ["Yes, both sides"], []),
    # a benefits ask after a rule about how or when to lift: what strength work gives a runner
    ("Will squats make me bulky?", "ok but what will I actually gain?", ["oxygen"], ["because"]),
    # the fact the question asks for, not a nearby one
    ("how do I do lunges?", "what shouldn't my knee do?", ["90"], []),
    ("what is a one-legged squat?", "what muscles does it train?", ["hamstrings"], []),
    # which muscle does a job in the stride
    ("", "what muscles give me the spring when I push off?", ["calves"], ["doesn't cover"]),
    ("", "Which muscle brings my leg forward, and which keeps me upright?", ["quads", "glutes"], []),
    # a pain word that is no pain told: no physio line
    ("", "how do I avoid hurting my knees on the leg press?", [], ["physio or doctor"]),
    # a second ask about the same exercise gets the card's next fact that says its words
    ("", "How deep do I go on a wall squat, and what about my knees and toes?", ["90", "toes"], ["lock"]),
    # "A or B, which should I do and why?" is one comparison, not a list of asks
    ("", "one leg or two legs, which is better and why?", ["each leg"], ["4 to 6 exercises"]),
    # a muscle's parts when asked how they differ
    # "what about <another rule's words>?" is that rule when the last one has no answer of its own
    ("How many times a week should I lift?", "what about the week of a race?", ["light"], ["Twice a week"]),
    # "can I still run?" with an injury: an honest verdict, care and a professional, not the card
    ("What helps runner's knee?", "can I keep running on it?", ["Only if", "physio"], []),
    # "..., and for how long?": a preposition before the question word still starts an ask
    ("", "should I stretch after leg day, and for how long?", ["Yes", "seconds"], []),
    # a yes/no detail the stock verdict doesn't touch: the card's line that does
    ("", "What grade for hill repeats, and do I walk back down?", ["5–10%", "jog"], ["good one"]),
    # a technique rule applied to an exercise named after it
    ("how should I breathe on leg day?", "and on lunges?", ["same on the lunge", "breathe out"], []),
    # what causes an injury; too hard; how much time, after a why
    ("What is shin splints?", "what causes them?", ["overuse"], []),
    # "do I need <kit> for <exercise>?": what that exercise uses, the most specific name winning
    ("", "do I need weights for lunges?", ["dumbbells"], ["inefficient"]),
    # a topic an earlier part answered is not glued onto a later part's answer
    (
        "",
        "Can I lift the day after a tempo run, and should I run first on easy days?",
        ["run first"],
        ["start simple"],
    ),
    # "the first one / the last one" after a list: that exercise
    ("What's good for my hamstrings?", "how do I do the first one?", ["Hamstring push-up", "chair"], []),
    # after a why: what to do, and how long it takes
    ("Is running enough to build strength?", "ok so what should I do?", ["calf raise", "bridge"], []),
    # "why X, and what can I do about it?" is two asks; the name said in the first is not hedged after
    (
        "",
        "Why do runners end up with weak hips, and what can I do about it?",
        ["imbalances", "bridge"],
        ["diagnose"],
    ),
    # "ankle weights" is kit the exercise uses
    (
        "how do I do the side-lying hip raise?",
        "do I really need ankle weights?",
        ["Not strictly", "strap"],
        [],
    ),
    # where an exercise should be felt, and whether a named muscle is one it works
    ("How do I do a bridge?", "is it normal to feel it in my hamstrings?", ["A little", "glutes"], []),
    # gym moves at home: home moves for the same muscles
    ("What exercises for runner's knee?", "can I do those at home instead?", ["one-legged squat"], []),
    # strength on a rest or easy day; short on time after a routine
    ("How often should I lift?", "can I do it on my rest days?", ["Yes", "hard-run"], ["week off"]),
    ("give me a home leg routine", "what if I've only got 10 minutes?", ["10 minutes", "Calf raise"], []),
    # one exercise named ("wall squats") is not a routine of two to review
    (
        "",
        "How do I do wall squats, and is it ok if my knees pass my toes?",
        ["ball", "toes"],
        ["nothing in your list"],
    ),
    # would it help: yes first when the text says it does; a muscle it doesn't work gets 'Not much'
    ("Why do one-legged exercises matter?", "so they'd help my weaker leg?", ["Yes.", "non-dominant"], []),
    ("How do I do calf raises?", "will that help my hamstrings too?", ["Not much", "hamstring curl"], []),
    # a yes/no after a plan that the plan already answers is not a part left unanswered
    ("", "Where do I even start, can I do it at home?", ["Calf raise"], ["not sure"]),
    # precision: "any other tips?" and "other than that" are not a list of other exercises
    ("How do I do calf raises?", "any other tips?", ["Calf raise"], ["Besides"]),
    ("How do I do lunges?", "other than that, how many?", ["12–15"], ["Besides"]),
    # "what's the hardest version?" is the harder form
    ("How do I do the step-up?", "what's the toughest version?", ["Harder", "dumbbell"], []),
    # one exercise when the runner wants just one
    ("", "if I could only do one thing for my glutes, what would it be?", ["The bridge"], ["Hill repeats"]),
    ("", "top hamstring exercise at the gym?", ["hamstring curl"], []),
    ("", "only one calf gets tight, what can I do?", [], ["The calf raise:"]),
    # a dose follow-up about the last exercise is its own dose, not the general sets rule
    ("How do I do a bridge?", "how long per rep?", ["30 s"], ["12 to 15"]),
    # "how do X help?" asks what they're good for, not the steps; no paragraph left with a pointer only
    ("", "How do hills help, and how steep should they be?", ["works the quads", "5–10%"], ["1) Warm up"]),
    # "what are X?" is what they are, not where to start
    ("", "so what even are plyos?", ["jumping and bounding"], ["Start by hopping"]),
    # "should I stretch them?" about a muscle told; the muscle stays the subject of the next ask
    (
        "",
        "My hamstrings feel tight after speedwork. Should I stretch them, and what is the best exercise?",
        ["Yes", "stretching", "hamstring push-up"],
        [],
    ),
    # a later ask after a background the first ask's honest gap answered is its own question
    ("", "I have a marathon in 6 weeks. Can I still start lifting, and how often?", ["Twice a week"], []),
    # "can I do X at home?" for home moves: yes first
    ("", "could I do plyometrics at home?", ["Yes, you can do them at home"], []),
    # "and how long?" after which days is the session, not the days again
]


@pytest.mark.parametrize(("prev", "message", "want", "never"), CASES)
def test_followups_and_multi_parts(prev: str, message: str, want: list[str], never: list[str]) -> None:
    text = _reply(prev, message)
    low = text.lower()
    for w in want:
        assert w.lower() in low, text
    for n in never:
        assert n.lower() not in low, text
