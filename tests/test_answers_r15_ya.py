"""Round 15, pass 2 (tuner ya): follow-ups and splitting asks. Rest days named bare after a day rule
are those days (not the monthly week off); "how many reps?" after an injury's moves gives each move's
dose; a bare "anything else?" after an injury or muscle lists the moves not yet shown, and a follow-up
on the chat's last injury isn't hedged again; "<yes/no>, and why?" about a move gets its because; a
"does it matter if..." after an either/or is an ask of its own, and short time after which-comes-first
keeps the order; "is that ok for beginners?" after a day or form rule is that rule, and "the other leg"
for a two-legged move says there is none; another kit named after a routine is that kit's session; a
move told before "them" is what "them" is; "how much should I change them around?" is about variety;
"…, and if so which ones?" is answered; "was thinking X." is told, not asked; progressing plyos is
their next steps; pacing is building up; "or is the terrain doing it?" is the need-to-lift question,
answered before the descent story; "Not the day before" never turns into "Yes: not"."""

from __future__ import annotations

import pytest
from answerutil import after, text

import content
from content.asks import split_asks

pytestmark = pytest.mark.dateless

_WEEK_OFF = "week off"


# --- rest days after a day-timing rule -------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("Can I do my leg session on the same day as intervals?", "and what about my rest days?"),
        ("Is lifting on a long run day a bad idea?", "how about days off?"),
        ("Do I run or lift first if they're on the same day?", "what about recovery days"),
    ],
)
def test_rest_days_after_a_day_rule_are_those_days(first: str, then: str) -> None:
    reply = after(first, then)
    assert _WEEK_OFF not in reply.lower()
    assert "hard-run days" in reply
    assert not reply.startswith("Yes")  # (no yes/no was asked)


# --- the figure of an injury's moves -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("which exercises fix weak hips?", "how many reps of each?"),
        ("my hip drops when I run, what should I do", "how many sets?"),
        ("what can I do for weak hips and poor alignment?", "and how many reps?"),
    ],
)
def test_how_many_after_weak_hips_gives_each_dose(first: str, then: str) -> None:
    reply = after(first, then)
    assert "12–15 reps" in reply
    assert "hold 30 s" in reply  # (the bridge is held, its own dose)


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("which moves build the glutes?", "how many reps?"),
        ("what exercises are good for my glutes", "how many of each?"),
        ("best exercises for glutes?", "and how many sets?"),
    ],
)
def test_how_many_after_a_muscle_gives_its_moves_doses(first: str, then: str) -> None:
    reply = after(first, then)
    assert "hold 30 s" in reply  # (the bridge's own dose, not only the general rule)
    assert "In running" not in reply


# --- anything else after an injury's or a muscle's list ---------------------------------------------


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("I've got runner's knee, which exercises help?", "anything else?"),
        ("what helps runner's knee", "any other exercises?"),
        ("what should I do for weak hips?", "what else?"),
    ],
)
def test_anything_else_lists_the_moves_not_shown(first: str, then: str) -> None:
    shown = after(first, "what helps?")  # (the first reply's three)
    reply = after(first, then)
    assert reply.startswith(("Also for ", "If it's "))
    assert "can't diagnose" not in reply
    assert "quadriceps extension, hamstring curl" not in reply
    assert shown != reply


def test_anything_else_keeps_the_chat_on_the_injury() -> None:
    ans = content.answer(
        "anything else?", content.answer("I think I have runner's knee, what helps?").context
    )
    assert ans.context == "injury:runners_knee"


@pytest.mark.parametrize(
    "then",
    ["what should I do?", "any tips?", "what do I do about it?"],
)
def test_a_named_injury_is_not_hedged_again_in_a_follow_up(then: str) -> None:
    reply = after("Pretty sure it's runner's knee, what helps?", then)
    assert "can't diagnose" not in reply
    assert "runner's knee" in reply or "quad" in reply


def test_a_symptom_in_the_same_message_is_still_hedged() -> None:
    assert text("my shins ache when I run, what can I do").startswith("I can't diagnose it")


# --- yes/no about a move, and why ------------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "are lunges worth doing for runners, and why?",
        "do calf raises actually help runners? why?",
        "is the wall squat good for my running, and why?",
    ],
)
def test_a_why_after_a_move_verdict_gets_its_because(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Yes")
    assert "Because it strengthens the" in reply
    assert "in running" in reply


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("are step-ups good for runners?", "why?"),
        ("how do I do a bridge?", "and why?"),
        ("should runners do wall squats?", "how come?"),
    ],
)
def test_a_bare_why_after_a_move_is_its_running_reason(first: str, then: str) -> None:
    assert after(first, then).startswith("Because it strengthens the")


# --- "does it matter if..." after an either/or is its own ask ----------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "I work nights. Run or gym first, and does it matter if I've only got 30 minutes?",
        "Night shifts. Lift before or after running, and does it matter if I'm short on time?",
        "I'm a carer. Which goes first, the lifting or the run, and does it matter when I only have 40 mins?",
    ],
)
def test_does_it_matter_if_is_a_second_ask(message: str) -> None:
    asks, _ = split_asks(message)
    assert len(asks) == 2
    reply = text(message)
    # (r16 zc: "Run or gym first" now reads as the order alone, so its "Run first" paragraph can be said
    # inside the second ask's reply, "...the order stays the same, run first: ...", and dropped as said)
    assert "\n\n" in reply or "run first" in reply.split(":")[0].lower()
    assert "15 to 20 minutes" in reply


@pytest.mark.parametrize(
    "message", ["Squats or lunges? Does it matter?", "Squats or lunges? does it even matter?"]
)
def test_a_bare_does_it_matter_still_asks_for_the_choice(message: str) -> None:
    assert len(split_asks(message)[0]) == 1


@pytest.mark.parametrize(
    "then",
    ["what if I've only got 25 minutes?", "what if I'm short on time?", "and if I'm pressed for time?"],
)
def test_short_time_after_which_first_keeps_the_order(then: str) -> None:
    reply = after("should I run or lift first on the same day?", then)
    assert "run first" in reply
    assert "15 to 20 minutes" in reply


# --- bare follow-ups stay on the topic --------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "said"),
    [
        ("should I skip lifting the day before a race?", "day before a race"),
        ("do I need to warm up before leg work?", "warm-up"),
        ("should my knees lock out at the top?", "completely straight"),
    ],
)
def test_ok_for_beginners_after_a_rule_is_that_rule(first: str, said: str) -> None:
    reply = after(first, "is that ok for beginners?")
    assert reply.startswith("Yes")
    assert said in reply
    assert "sets at a resistance" not in reply


@pytest.mark.parametrize(
    "first",
    ["how do I do hill repeats?", "how do wall squats work?", "how long do I hold a bridge?"],
)
def test_the_other_leg_of_a_two_legged_move(first: str) -> None:
    reply = after(first, "what about the other leg?")
    assert "no other side" in reply
    assert "Same dose each leg" not in reply


# --- another kit named after a routine --------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "then", "said"),
    [
        ("what leg exercises can I do at home?", "ok what about if I join a gym?", "Leg press"),
        ("give me a home leg routine", "and at the gym?", "Hamstring curl"),
        ("what can I do at home for leg strength?", "what if I have dumbbells?", "Lunge"),
    ],
)
def test_another_kit_after_a_routine_is_that_kits_session(first: str, then: str, said: str) -> None:
    reply = after(first, then)
    assert said in reply
    assert not reply.startswith("Start with simple calisthenics")


# --- a move told before "them" ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "said"),
    [
        ("Bridges are getting easy. How do I make them harder?", "one leg"),
        ("Wall squats are too easy. How can I make them harder?", "dumbbells"),
        ("I do bridges. How long should I hold them?", "30"),
    ],
)
def test_the_move_told_is_what_them_means(message: str, said: str) -> None:
    reply = text(message)
    assert said in reply
    assert not reply.startswith(("Make moves harder", "15 to 20 minutes"))  # (the move, not a rule)


# --- how much to change things around ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("how do I keep leg days from getting stale?", "how often should I switch the exercises?"),
        ("any tips to stop strength work getting boring?", "how much should I mix it up?"),
        ("how do I make leg sessions less boring?", "when should I change my routine?"),
    ],
)
def test_how_much_to_change_is_about_variety(first: str, then: str) -> None:
    reply = after(first, then)
    assert "sets no schedule" in reply  # (one text: direct.VARY_WHEN_TEXT, yb's wording)
    assert "12 to 15 reps" not in reply


# --- and if so, which ones ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "I only run trails. Do I need plyometrics, and if so which ones?",
        "Do I have to do jumping drills, and if so which?",
        "I'm a road runner. Are plyos necessary, and if yes what should I start with?",
    ],
)
def test_if_so_which_is_answered(message: str) -> None:
    assert len(split_asks(message)[0]) == 2
    assert "line" in text(message)


# --- a dropped-subject statement is told ------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "training for a fitness test. was thinking plyometrics for speed. what jumps first?",
        "Marathon in spring. Was planning to add hills. How steep should they be?",
        "new to lifting. am hoping to get stronger calves. which exercise is best?",
    ],
)
def test_was_thinking_is_background(message: str) -> None:
    asks, background = split_asks(message)
    assert len(asks) == 1
    assert rx_words(background) & {"thinking", "planning", "hoping"}


def rx_words(s: str) -> set[str]:
    return set(s.lower().replace(".", " ").split())


# --- progressing plyos, pacing -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("which jumping drills should I start with?", "how do I progress them without getting hurt?"),
        ("what plyos for a beginner?", "how do I progress them safely?"),
        ("what plyometric drills should I do?", "how can I build on them without injury?"),
    ],
)
def test_progressing_plyos_is_their_next_steps(first: str, then: str) -> None:
    reply = after(first, then)
    assert "box" in reply
    assert "breathe out" not in reply


@pytest.mark.parametrize(
    "message",
    [
        "how should I pace leg work so I don't overdo it?",
        "how do I ease into strength training?",
        "How do I build up without overdoing it?",
    ],
)
def test_pacing_is_building_up(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Build up gradually")
    assert "warm-up" not in reply


# --- the terrain question before the descent story --------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "Every run here is hilly. Do I need leg days or is the climbing doing it for me? My quads get "
        "trashed on descents and I don't know what to do.",
        "lots of vert where I live. do i even need strength work or are the hills enough? quads are "
        "destroyed on the downhills, no idea how to fix it",
        "Do I still need leg work, or is the terrain building it? My quads die on descents, not sure what "
        "helps",
    ],
)
def test_the_need_to_lift_is_answered_before_the_descents(message: str) -> None:
    reply = text(message)
    assert not reply.startswith("Downhills")  # (the ask said outright leads)
    assert "Downhills load your quads" in reply


# --- "Not the day before" stays a when; "a month" names no Monday -----------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "I have a half in 6 weeks. When should I stop lifting, and how heavy should I go?",
        "which days do I avoid lifting on, hard-run days and race days?",
        "10k in a month. When should I stop lifting, and how heavy should I go?",
    ],
)
def test_not_the_day_before_is_not_a_yes(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Not ")
    assert "Monday" not in reply


# --- how many muscle groups a session ----------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "how many muscle groups should I hit each time?",
        "how long should a leg session be, and how many muscle groups should it cover each time?",
        "how many body parts should I train each time?",
    ],
)
def test_how_many_muscle_groups_a_session_is_several(message: str) -> None:
    reply = text(message)
    assert "Several" in reply
    assert "Nearly all of them" not in reply


# --- "skip Friday's session?" with the lifting days told ----------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "I lift Tuesdays and Thursdays. 10k on Sunday. Should I skip Thursday's session?",
        "Legs on Tuesdays and Fridays. Half marathon Sunday. Do I need to skip Friday's workout?",
        "I lift Tuesdays and Fridays. Parkrun race on Sunday. Should I skip Friday's session?",
    ],
)
def test_skipping_a_told_lifting_day_that_is_fine(message: str) -> None:
    reply = text(message)
    assert reply.startswith("No need to skip")
    assert "hard-run day (session)" not in reply


# --- the moves told, asked about "each" -------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "first", "second"),
    [
        (
            "I teach a running club and need to talk kids through the bench step-up and the bridge. "
            "What cues should I give for each?",
            "Bench step-up:",
            "Bridge:",
        ),
        ("I was told to do bridges and lunges. What are the cues for each?", "Bridge:", "Lunge:"),
        ("Doing wall squats and hamstring push-ups now. Any form tips for both?", "Wall squat:", "Hamstring"),
    ],
)
def test_each_move_told_gets_its_own_how_to(message: str, first: str, second: str) -> None:
    reply = text(message)
    assert first in reply and second in reply
    assert reply.index(first) < reply.index(second)
    assert "1)" in reply


# --- "I don't want big thighs" told beside other asks -------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "I do not want chunky calves. How many sets?",
        "My sister lifts but I really do not want thick legs. Which exercises, and how many reps?",
        "I never want massive quads. What weight should I use, and how often?",
    ],
)
def test_a_bulk_worry_told_is_answered_in_a_line(message: str) -> None:
    reply = text(message).lower()
    assert "bulk you up" in reply


# --- a harder version asked, the harder version said ---------------------------------------------------


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("how do I do a bridge?", "what's the harder version?"),
        ("how do I do a step-up?", "harder version?"),
        ("how do I do a wall squat?", "and a tougher version?"),
    ],
)
def test_a_harder_ask_gets_no_easier_line(first: str, then: str) -> None:
    reply = after(first, then)
    assert "Harder" in reply or "harder" in reply
    assert "Easier:" not in reply
