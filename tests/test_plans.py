"""The guides' lesson plans add up (issue 22, item 4).

Each plan gives every notebook the minutes its own goals cell states; a range of notebooks
done by groups at the same time ("02–05") takes the longest of them; the rows run from 0 to
the plan's length without gaps; a quiz covers only lessons the plan has already taught and
takes time in proportion to its questions; both guides carry the same plans. Lessons that no
plan row names on its own have notes in docs/lesson_notes.md (and the Indonesian file).
"""

from __future__ import annotations

import math
import re
from pathlib import Path

import pytest

from influtier_lite.core.quiz import LESSONS, taught_lessons
from influtier_lite.widgets.quiz import Quiz
from tools import plans

ROOT = Path(__file__).resolve().parents[1]

QUIZ = "10"
PLANS = {lang: plans.read_plans(lang) for lang in ("en", "id")}
ESTIMATES = {lang: plans.time_estimates(lang) for lang in ("en", "id")}


def test_the_plans_were_read():
    for lang in ("en", "id"):
        assert [plan.minutes for plan in PLANS[lang]] == [45, 90, 90, 180], [p.title for p in PLANS[lang]]
        assert all(len(plan.rows) >= 3 for plan in PLANS[lang])
        assert set(ESTIMATES[lang]) == set(plans.notebook_names(lang)), "a notebook does not state its time"


def test_both_languages_state_the_same_times():
    assert ESTIMATES["en"] == ESTIMATES["id"]


def quiz_minutes(lessons: str, lang: str) -> int:
    """The quiz's own time (notebook 10) in proportion to the questions asked, up to 5 minutes."""
    whole = len(Quiz(lang).questions)
    asked = len(Quiz(lang, lessons=lessons).questions)
    return 5 * math.ceil(ESTIMATES[lang][QUIZ] * asked / whole / 5)


def problems(plan: plans.Plan, lang: str) -> list[str]:
    """Everything that does not add up in ``plan``."""
    found = []
    if not plan.rows or plan.rows[0].start != 0 or plan.rows[-1].end != plan.minutes:
        found.append(f"rows do not run from 0 to {plan.minutes}")
    for before, after in zip(plan.rows, plan.rows[1:]):
        if before.end != after.start:
            found.append(f"gap or overlap at {before.end}/{after.start}")
    spent: dict[tuple[str, ...], int] = {}
    taught: set[str] = set()
    for row in plan.rows:
        if row.minutes <= 0:
            found.append(f"{row.label}: {row.minutes} minutes")
        if row.notebooks == (QUIZ,):
            if row.quiz_lessons is None:
                found.append(f"{row.label}: the quiz row names no lessons")
                continue
            lessons = set(taught_lessons(row.quiz_lessons))
            if not lessons <= taught:
                found.append(f"{row.label}: quizzes lessons {sorted(lessons - taught)} not taught before it")
            if row.minutes != quiz_minutes(row.quiz_lessons, lang):
                found.append(f"{row.label}: {row.minutes} minutes, the quiz's own time for those lessons is "
                             f"{quiz_minutes(row.quiz_lessons, lang)}")
            code = re.search(r'LESSONS = "([^"]*)"', row.text)
            if not code or set(taught_lessons(code[1])) != lessons:
                found.append(f"{row.label}: the LESSONS line to type does not match the row's lessons")
            continue
        if row.notebooks:
            spent[row.notebooks] = spent.get(row.notebooks, 0) + row.minutes
            taught.update(row.notebooks)
    for notebooks, minutes in spent.items():
        own = max(ESTIMATES[lang][n] for n in notebooks)
        if minutes != own:
            found.append(f"notebook {'–'.join(notebooks[::len(notebooks) - 1 or 1])}: {minutes} minutes in the plan, "
                         f"its own estimate is {own}")
    return found


@pytest.mark.parametrize("lang", ["en", "id"])
def test_every_plan_adds_up(lang):
    for plan in PLANS[lang]:
        assert problems(plan, lang) == [], plan.title


def test_the_check_finds_what_does_not_add_up():
    good = PLANS["en"][0]
    assert problems(good, "en") == []
    text = (ROOT / "docs" / "teacher_guide.md").read_text(encoding="utf-8")
    broken = {
        "0–15 | 01 Start here": "0–10 | 01 Start here",  # 01 short of its 15 minutes, and a gap
        "(lessons 01, 03)": "(lessons 01, 02, 03)",  # a lesson this plan does not teach
        '`LESSONS = "01, 03"`: only': '`LESSONS = "03"`: only',
    }
    for old, new in broken.items():
        assert old in text
        plan = plans.read_plans("en", text.replace(old, new, 1))[0]
        assert problems(plan, "en"), new
    longer_quiz = plans.read_plans("en", text.replace("| 35–45 | 10 Self-check", "| 35–50 | 10 Self-check", 1))[0]
    assert any("the quiz's own time" in p for p in problems(longer_quiz, "en"))


def test_both_guides_carry_the_same_plans():
    def shape(plan):
        return plan.minutes, [(r.start, r.end, r.notebooks, r.quiz_lessons and taught_lessons(r.quiz_lessons))
                              for r in plan.rows]
    assert [shape(p) for p in PLANS["en"]] == [shape(p) for p in PLANS["id"]]


def test_a_lesson_no_plan_row_names_on_its_own_has_notes_of_its_own():
    lessons = [n for n in LESSONS if n in ESTIMATES["en"]]
    for lang in ("en", "id"):
        alone = {r.notebooks[0] for plan in PLANS[lang] for r in plan.rows if len(r.notebooks) == 1}
        own = plans.lesson_notes(lang)
        missing = [n for n in lessons if n not in alone and n != "14" and not own.get(n)]
        assert missing == [], f"{lang}: lessons without notes: {missing}"
        notes = plans.teacher_notes(lang)
        assert all(notes.get(n) for n in lessons if n != "14")
    assert plans.lesson_notes("en").keys() == plans.lesson_notes("id").keys()
    assert {len(v) for v in plans.lesson_notes("en").values()} >= {3}
