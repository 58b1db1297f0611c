"""content/: data integrity, lookups, cards and routine properties."""

from __future__ import annotations

import ast
import itertools
import random
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import content
from content import (
    EQUIPMENT,
    EXERCISES,
    INJURIES,
    MUSCLE_IDS,
    MUSCLES,
    RULES,
    SETTINGS,
    TIPS,
    Dose,
    build_routine,
    exercise_card,
    find_exercise,
    find_injury,
    find_muscle,
    is_recovery_week,
    muscle_card,
    suggest_exercises,
)
from content.progress import BASE_LEVELS, MAX_LEVEL

ROOT = Path(__file__).resolve().parents[1]
# Content only, no clock (tests/test_dateless.py checks): the any-date run under faketime leaves it out.
pytestmark = pytest.mark.dateless
# The article sits in shared/ beside the checkout (CI copies it there too).
SEED = next(
    (
        p
        for p in (
            Path(__file__).resolve().parents[2] / "shared/seed/leg-workouts-for-runners.txt",
            Path("/work/shared/seed/leg-workouts-for-runners.txt"),
        )
        if p.exists()
    ),
    Path("/work/shared/seed/leg-workouts-for-runners.txt"),
)

# Every exercise the article names, as the article words it → our id.
ARTICLE_EXERCISES = {
    "calf raise": "calf_raise",
    "one-legged squat": "one_leg_squat",
    "hamstring push-up": "hamstring_pushup",
    "bench step-up": "step_up",
    "the bridge": "bridge",
    "hopping back and forth over a line": "line_hops",
    "hopping forward onto a step or low box": "box_hops",
    "skipping exercises": "skipping",
    "hill running": "hill_repeats",
    "quadriceps extensions": "quad_extension",
    "hamstring curls": "hamstring_curl",
    "leg presses": "leg_press",
    "lunge": "lunge",
    "walking lunges": "walking_lunge",
    "wall squat": "wall_squat",
    "hip strengtheners": "hip_abduction",
    "similar lift lying on your back": "supine_leg_lift",
    "raising your toes": "toe_raise",
    "treadmill": "treadmill_incline",
    "calf raise using weights": "weighted_calf_raise",
    "one-legged squat using weights": "weighted_one_leg_squat",
}
LOOKUP_NAMES = {
    "calf raise": "calf_raise",
    "one-legged squat": "one_leg_squat",
    "hamstring push-up": "hamstring_pushup",
    "bench step-up": "step_up",
    "the bridge": "bridge",
    "line hops": "line_hops",
    "box hops": "box_hops",
    "step hops": "box_hops",
    "skipping": "skipping",
    "hill running": "hill_repeats",
    "quadriceps extension": "quad_extension",
    "hamstring curls": "hamstring_curl",
    "leg press": "leg_press",
    "lunges": "lunge",
    "walking lunges": "walking_lunge",
    "wall squat": "wall_squat",
    "hip strengtheners": "hip_abduction",
    "wall toe raise": "toe_raise",
    "treadmill incline": "treadmill_incline",
    "weighted calf raise": "weighted_calf_raise",
    "weighted one-legged squat": "weighted_one_leg_squat",
}
REQUIRED_RULES = {
    "frequency",
    "hard_run_day",
    "race_day",
    "run_first",
    "recovery_week",
    "off_season",
    "warm_up",
    "stretch_after",
    "time_needed",
    "variety_fun",
    "sets_reps",
    "bulk",
    "comfortable_load",
    "breathing",
    "range_of_motion",
    "slow_controlled",
    "lock_knees",
    "form_first",
    "balance_training",
    "one_legged",
    "why_strength",
    "injury_prevention",
    "opposing_balance",
    "muscles_used",
    "gym_vs_home",
    "machines",
    "free_weights",
    "plyometrics",
}


# ---- data integrity -------------------------------------------------------------------------------


def test_article_exercises_present() -> None:
    assert set(ARTICLE_EXERCISES.values()) <= set(EXERCISES)
    for name, ex_id in LOOKUP_NAMES.items():
        ex = find_exercise(name)
        assert ex is not None and ex.id == ex_id, (name, ex)


def test_exercise_fields() -> None:
    for ex_id, ex in EXERCISES.items():
        assert ex.id == ex_id and re.fullmatch(r"[a-z][a-z0-9_]*", ex_id)
        assert ex.setting in content.SETTING_IDS
        assert ex.name and ex.summary and ex.steps and ex.cues
        assert ex.primary, ex_id
        assert set(ex.primary) <= set(MUSCLES), ex_id
        assert set(ex.secondary) <= set(MUSCLES), ex_id
        assert not set(ex.primary) & set(ex.secondary), ex_id
        assert set(ex.prevents) <= set(INJURIES), ex_id
        assert ex.variation_of is None or ex.variation_of in EXERCISES
        assert ex.minutes > 0
        assert ex.dose.text()
        for text in (*ex.steps, *ex.cues, ex.summary, ex.harder or "", ex.easier or ""):
            assert "<" not in text and ">" not in text


def test_every_muscle_and_injury_is_used() -> None:
    primaries = {m for e in EXERCISES.values() for m in e.primary}
    assert primaries == set(MUSCLE_IDS)
    assert {i for e in EXERCISES.values() for i in e.prevents} == set(INJURIES)


def test_aliases_resolve_and_are_unique() -> None:
    seen: dict[str, str] = {}
    for ex in EXERCISES.values():
        for label in (ex.id, ex.name, *ex.aliases):
            hit = find_exercise(label)
            assert hit is ex, (label, hit and hit.id)
            key = content.text.key(label)
            assert seen.setdefault(key, ex.id) == ex.id, (label, seen[key])
        assert find_exercise(ex.name.upper()) is ex


def test_common_misspellings() -> None:
    for typo, ex_id in {
        "calve raise": "calf_raise",
        "brigde": "bridge",
        "hamstrng curl": "hamstring_curl",
        "lundges": "lunge",
        "quad extention": "quad_extension",
        "step upp": "step_up",
        "wal squat": "wall_squat",
        "skiping": "skipping",
    }.items():
        ex = find_exercise(typo)
        assert ex is not None and ex.id == ex_id, (typo, ex and ex.id)


@pytest.mark.parametrize("junk", ["", "   ", "asdfgh", "zz", "what is the capital of france", "\x00", "🏃"])
def test_find_exercise_junk(junk: str) -> None:
    assert find_exercise(junk) is None


def test_muscles() -> None:
    assert tuple(MUSCLES) == MUSCLE_IDS
    for m in MUSCLES.values():
        assert m.role and m.location and m.balance
        assert set(m.opposes) <= set(MUSCLES) and m.id not in m.opposes
        for label in (m.id, m.name, m.full_name, *m.aliases):
            assert find_muscle(label) is m, label
    assert MUSCLES["quads"].opposes == ("hamstrings",)
    assert MUSCLES["hamstrings"].opposes == ("quads",)
    assert any("flexor" in p for p in MUSCLES["hips"].parts)
    assert any("rotator" in p for p in MUSCLES["hips"].parts)
    for alias, m_id in {
        "quadriceps": "quads",
        "quad": "quads",
        "thigh front": "quads",
        "soleus": "calves",
        "gastrocnemius": "calves",
        "butt": "glutes",
        "gluteus": "glutes",
        "hip flexors": "hips",
        "hamstring": "hamstrings",
    }.items():
        found = find_muscle(alias)
        assert found is not None and found.id == m_id, alias


def test_injuries() -> None:
    assert set(INJURIES) == {"shin_splints", "runners_knee", "hip_weakness"}
    for i in INJURIES.values():
        assert set(i.strengthen) <= set(MUSCLES)
        assert set(i.helps) <= set(EXERCISES)
        for label in (i.id, i.name, *i.aliases):
            assert find_injury(label) is i, label
        # helps and prevents agree both ways
        assert {e.id for e in EXERCISES.values() if i.id in e.prevents} == set(i.helps), i.id
    assert {"calf_raise", "toe_raise"} <= set(INJURIES["shin_splints"].helps)
    assert set(INJURIES["runners_knee"].strengthen) == {"quads", "hamstrings"}
    for alias in ("shin splint", "shinsplints", "patellofemoral", "knee pain", "weak hips"):
        assert find_injury(alias) is not None, alias


def test_rules_and_tips() -> None:
    assert set(RULES) >= REQUIRED_RULES
    titles = [r.title for r in RULES.values()]
    assert len(titles) == len(set(titles))
    for r in RULES.values():
        assert r.text and r.keywords and r.category
    assert len(TIPS) >= 10 and all(isinstance(t, str) and t for t in TIPS)
    assert content.RECOVERY_NOTE
    for e in EQUIPMENT.values():
        assert e.substitutes and set(e.used_by) <= set(EXERCISES)


def test_article_figures_present() -> None:
    """The numbers the article gives survive into the data."""
    assert EXERCISES["bridge"].dose.hold_s == 30
    hills = EXERCISES["hill_repeats"].dose
    assert (hills.repeats_min, hills.repeats_max, hills.grade) == (5, 8, "5–10%")
    for ex_id in ("quad_extension", "hamstring_curl", "leg_press"):
        d = EXERCISES[ex_id].dose
        assert (d.sets, d.sets_max, d.reps, d.reps_max) == (2, 3, 12, 15)
    assert "twice" in RULES["frequency"].text
    assert "15 to 20 minutes" in RULES["time_needed"].text
    assert "12 to 15" in RULES["sets_reps"].text
    assert "90°" in " ".join(EXERCISES["one_leg_squat"].steps)
    assert "knee height" in EXERCISES["step_up"].equipment[0]


def _sentences(text: str) -> list[list[str]]:
    return [re.findall(r"[a-z0-9]+", s.lower()) for s in re.split(r"[.!?;:\n]", text)]


def _content_strings() -> list[str]:
    out: list[str] = [*list(TIPS), content.RECOVERY_NOTE]
    for ex in EXERCISES.values():
        out += [ex.summary, *ex.steps, *ex.cues, ex.harder or "", ex.easier or "", ex.single_leg or ""]
    for m in MUSCLES.values():
        out += [m.role, m.balance, m.when_weak or "", *m.parts]
    for i in INJURIES.values():
        out += [i.problem, i.advice]
    out += [r.text for r in RULES.values()]
    return out


@pytest.mark.skipif(not SEED.exists(), reason="seed article not available")
def test_written_in_our_own_words() -> None:
    """No run of 9 words from the article is copied verbatim into the content."""
    words = re.findall(r"[a-z0-9]+", SEED.read_text(encoding="utf-8").lower())
    n = 9
    grams = {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}
    for text in _content_strings():
        for sent in _sentences(text):
            for i in range(len(sent) - n + 1):
                assert tuple(sent[i : i + n]) not in grams, text


def test_dose_text() -> None:
    assert Dose(sets=2, sets_max=3, reps=12, reps_max=15, per_side=True).text() == (
        "2–3 sets × 12–15 reps each leg"
    )
    assert Dose(hold_s=30).text() == "hold 30 s"
    assert Dose(sets=2, hold_s=30).text() == "2 sets, hold 30 s"
    assert Dose(repeats_min=5, repeats_max=8, grade="5–10%").text() == "5–8 hill repeats at a 5–10% grade"
    assert Dose(sets=1, reps=12).text() == "1 set × 12 reps"
    with pytest.raises(ValueError):
        Dose(sets=2)
    with pytest.raises(ValueError):
        Dose(sets=2, reps=10, hold_s=5)
    assert Dose(sets=2, reps=12).minutes == pytest.approx(2 * (12 * 2.5 + 30) / 60, abs=0.01)


def test_cards() -> None:
    for ex in EXERCISES.values():
        card = exercise_card(ex)
        assert card.splitlines()[0] == ex.name
        assert ex.steps[0] in card and ex.dose.text() in card and ex.cues[0] in card
        for s in ex.substitutes:
            assert s in card
    for m in MUSCLES.values():
        card = muscle_card(m)
        assert card.splitlines()[0] == m.full_name
        assert m.role in card
    assert "Hamstrings" in muscle_card(MUSCLES["quads"])
    assert "Calf raise" in muscle_card(MUSCLES["calves"])
    for i in INJURIES.values():
        assert content.injury_card(i).splitlines()[0] == i.name


def test_suggest_exercises() -> None:
    everything = suggest_exercises("")
    assert len(everything) == len(EXERCISES)
    assert [e.name.lower() for e in everything] == sorted(e.name.lower() for e in EXERCISES.values())
    assert len(suggest_exercises("", limit=3)) == 3
    assert suggest_exercises("calf")[0].id == "calf_raise"
    assert suggest_exercises("ham")[0].id in ("hamstring_curl", "hamstring_pushup")
    assert suggest_exercises("lun")[0].id == "lunge"
    assert suggest_exercises("brdge")[0].id == "bridge"
    assert suggest_exercises("zzzzqqq") == []
    assert suggest_exercises("calf", limit=0) == []


def test_topics_listed() -> None:
    titles = content.topics()
    assert "Calf raise" in titles and "Shin splints" in titles and "How often to strength train" in titles
    assert len(titles) == len(set(titles))


@pytest.mark.subprocess
def test_content_is_pure() -> None:
    """content/ imports nothing from the bot, the handlers or a chat platform, and no I/O modules."""
    banned = {"bot", "handlers", "telegram", "discord", "aiosqlite", "sqlite3", "socket", "requests", "httpx"}
    for path in (ROOT / "content").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            else:
                continue
            for name in names:
                assert name.split(".")[0] not in banned, (path.name, name)
    out = subprocess.run(
        [sys.executable, "-c", "import content, sys; print(sorted(m for m in sys.modules))"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    for mod in ("telegram", "discord", "'bot'", "'handlers'"):
        assert mod not in out


# ---- routines -------------------------------------------------------------------------------------

settings_st = st.sampled_from(SETTINGS)
seeds = st.integers(min_value=-(2**63), max_value=2**63)
weeks = st.integers(min_value=0, max_value=520)
levels_st = st.tuples(*[st.integers(min_value=0, max_value=MAX_LEVEL)] * len(MUSCLE_IDS))


def _check_routine(setting: str, seed: int, week: int, levels: tuple[int, ...] = BASE_LEVELS) -> None:
    r = build_routine(setting, seed, week, levels)
    assert r.setting == setting and r.week == week and r.seed == seed and r.levels == levels
    assert 4 <= len(r.items) <= 6
    ids = [i.exercise.id for i in r.items]
    assert len(ids) == len(set(ids)), ids
    assert r.recovery == is_recovery_week(week) == (week % 4 == 3)
    exact = r.exact_minutes
    if r.recovery:
        assert exact <= 15
        assert content.RECOVERY_NOTE in r.notes
        assert all(i.dose.sets == 1 for i in r.items)
    elif setting == "quick":
        assert exact <= 15
    else:
        assert 15 <= exact <= 20, (setting, seed, week, levels, exact)
    assert abs(r.minutes - exact) <= 0.5
    # balance: quads as a primary mover is matched by hamstrings as a primary mover
    if "quads" in r.muscles():
        assert "hamstrings" in r.muscles()
    # coverage (primary or secondary; see content.routine's docstring)
    assert {"calves", "glutes", "hips"} <= r.covered()
    assert r.warmup and r.cooldown and r.warmup_minutes >= 2 and r.cooldown_minutes >= 1
    for item in r.items:
        d = item.dose
        assert not d.is_range
        assert d.sets in (1, 2, 3)
        if d.reps is not None and item.exercise.dose.reps_max is not None:
            assert d.reps <= item.exercise.dose.reps_max
        if d.hold_s is not None:
            assert d.hold_s <= 45
        if d.repeats_min is not None:
            assert d.repeats_min <= 8
            assert r.recovery or d.repeats_min >= 5
        assert item.dose.text()


@settings(max_examples=400, deadline=None)
@given(settings_st, seeds, weeks, levels_st)
def test_routine_properties(setting: str, seed: int, week: int, levels: tuple[int, ...]) -> None:
    _check_routine(setting, seed, week, levels)


def test_routine_properties_exhaustive_small() -> None:
    for setting in SETTINGS:
        for week in range(13):
            for seed in range(40):
                _check_routine(setting, seed, week)
                _check_routine(setting, seed, week, (MAX_LEVEL,) * len(MUSCLE_IDS))


def test_routine_properties_every_level_at_its_top_and_bottom() -> None:
    # Every combination of levels, for a handful of variants per setting (15–20 minutes at every level).
    for setting in SETTINGS:
        for levels in itertools.product(range(0, MAX_LEVEL + 1, 1), repeat=len(MUSCLE_IDS)):
            for seed in (levels[0] * 7 + levels[2], 63 - levels[4]):
                _check_routine(setting, seed, 0, levels)


@settings(max_examples=100, deadline=None)
@given(settings_st, seeds, weeks, levels_st)
def test_routine_deterministic(setting: str, seed: int, week: int, levels: tuple[int, ...]) -> None:
    state = random.getstate()
    assert build_routine(setting, seed, week, levels) == build_routine(setting, seed, week, levels)
    assert random.getstate() == state  # no global random


def test_routine_variety() -> None:
    for setting in SETTINGS:
        for levels in (BASE_LEVELS, (2, 2, 2, 2, 2), (MAX_LEVEL,) * 5):
            routines = {
                tuple((i.exercise.id, i.dose) for i in build_routine(setting, s, 0, levels).items)
                for s in range(14)
            }
            assert len(routines) >= 8, (setting, levels, len(routines))


def test_week_of_routines_covers_everything() -> None:
    for setting in SETTINGS:
        for start in range(0, 50, 7):
            covered: set[str] = set()
            for day in range(7):
                covered |= build_routine(setting, start + day, 1).covered()
            assert covered >= {"quads", "hamstrings", "calves", "glutes", "hips"}


def test_setting_shapes() -> None:
    for seed in range(30):
        hills = build_routine("hills", seed, 0)
        assert hills.items[0].exercise.id == "hill_repeats"
        assert 3 <= len(hills.items) - 1 <= 5
        assert any("treadmill" in n.lower() for n in hills.notes)
        plyo = build_routine("plyo", seed, 0)
        assert sum(i.exercise.setting == "plyo" for i in plyo.items) >= 2
        assert {"hamstrings", "glutes"} <= plyo.muscles()
        gym = build_routine("gym", seed, 0)
        assert "hip_abduction" in {i.exercise.id for i in gym.items}
        assert "hamstring_curl" in {i.exercise.id for i in gym.items}
        for s in ("home", "quick"):
            for levels in (BASE_LEVELS, (MAX_LEVEL,) * 5):
                r = build_routine(s, seed, 0, levels)
                assert all(i.exercise.setting == "home" or i.variant == "no ankle weight" for i in r.items)
    assert build_routine("nonsense", 1, 0).setting == "home"
    assert build_routine("  GYM ", 1, 0).setting == "gym"
    assert build_routine("home", 1, -5).week == 0
    assert build_routine("home", 1, 0, (99, -3)).levels == (MAX_LEVEL, 0, 0, 0, 0)


def test_progression_by_level() -> None:
    """A dose never gets easier when its group's level goes up, and the top beats the bottom somewhere."""
    for setting in SETTINGS:
        grew = False
        for seed in range(25):
            by_level = {
                lv: {i.exercise.id: i for i in build_routine(setting, seed, 0, (lv,) * 5).items}
                for lv in range(MAX_LEVEL + 1)
            }
            for a, b in itertools.pairwise(range(MAX_LEVEL + 1)):
                for ex_id, item in by_level[b].items():
                    if ex_id in by_level[a]:
                        before = by_level[a][ex_id]
                        assert _key(item) >= _key(before), (setting, seed, a, b, ex_id)
                        grew |= _key(item) > _key(before)
        assert grew, setting


def _key(item: content.RoutineItem) -> tuple[bool, int]:
    return (item.variant not in (None, "no ankle weight"), item.dose.volume)


def test_single_leg_progression_and_caps() -> None:
    early = content.dose_for(EXERCISES["calf_raise"], 0)
    late = content.dose_for(EXERCISES["calf_raise"], MAX_LEVEL)
    assert not early[0].per_side and early[1] is None
    assert late[0].per_side and late[1] == "one leg at a time"
    for level in range(MAX_LEVEL + 1):
        for recovery in (False, True):
            d, _ = content.dose_for(EXERCISES["quad_extension"], level, recovery=recovery)
            assert d.reps is not None and 12 <= d.reps <= 15 and 1 <= d.sets <= 3
            h, _ = content.dose_for(EXERCISES["hill_repeats"], level, recovery=recovery)
            assert h.repeats_min is not None and (3 if recovery else 5) <= h.repeats_min <= 8
            b, _ = content.dose_for(EXERCISES["bridge"], level, recovery=recovery)
            assert b.hold_s is not None and 20 <= b.hold_s <= 45
    assert content.dose_for(EXERCISES["hill_repeats"], 0)[0].repeats_min == 5
    assert content.dose_for(EXERCISES["hill_repeats"], MAX_LEVEL)[0].repeats_min == 8
    assert content.dose_for(EXERCISES["bridge"], 3)[0].hold_s == 45
    assert content.dose_for(EXERCISES["bridge"], 0)[0].hold_s == 20


def test_recovery_weeks() -> None:
    assert [w for w in range(12) if is_recovery_week(w)] == [3, 7, 11]
    r = build_routine("home", 3, 3)
    normal = build_routine("home", 3, 2)
    assert r.recovery and not normal.recovery
    assert r.exact_minutes < normal.exact_minutes


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_lookups_never_raise(text: str) -> None:
    for fn in (find_exercise, find_muscle, find_injury):
        hit = fn(text)
        assert hit is None or hit.id
    assert len(suggest_exercises(text, limit=5)) <= 5
    find_exercise(text * 400)  # long input is truncated, not an error
