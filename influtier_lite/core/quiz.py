"""A self-check quiz with immediate feedback, a score and explanations.

Questions come from ``data/quiz.csv`` (written from the articles, each with its source)
plus "which tier is this account?" items drawn from the synthetic sample, answered by
``classify``. Choices are shuffled, but always in the same order, so the quiz is the same
on every run and the right answer is not always first.

Each row of ``quiz.csv`` has a ``kind``: ``scored`` questions have one right answer;
``discussion`` items ask about something the articles leave open (such as where 30.000
belongs), are never marked right or wrong and never count in the score. Its ``topic``
(``numbers`` or ``qualitative``) lets a test check that the quiz asks about more than
figures. Its ``lessons`` name the lesson notebooks that teach what it asks ("03;06"): a
quiz for the lessons a class has done (``Quiz(lessons="01, 03")``) asks only their
questions and scores only those. The first answer to a question is the one that counts:
the question then locks until "Start again".
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path

from .csvdata import check_unique, folder, read_rows, row_error
from .data import SCHEMES, load_sample_accounts
from .errors import DataError
from .formatting import format_number
from .records import Tier
from .validate import a_mapping, a_sequence, an_instance, shown, whole_number
from .words import check_lang, phrase, text, value_error

__all__ = ["Question", "KINDS", "TOPICS", "LESSONS", "load_questions", "sample_tier_questions", "taught_lessons",
           "quiz_questions", "quiz_score", "score_line", "feedback_html", "TIER_LESSONS"]

SEED = 20221122
KINDS = ("scored", "discussion")
TOPICS = ("numbers", "qualitative")
# The lesson notebooks a question can belong to: 01-14 without 10, the quiz itself.
LESSONS = tuple(f"{number:02d}" for number in range(1, 15) if number != 10)
# Which lesson teaches each Partipost tier (the "which tier is this account?" questions).
TIER_LESSONS = {"nano": "02", "micro": "03", "macro": "04", "mega": "05"}
COLUMNS = ["id", "kind", "topic", "question_id", "question_en", "choices_id", "choices_en", "answer",
           "explanation_id", "explanation_en", "source", "lessons"]


@dataclass(frozen=True)
class Question:
    """One multiple-choice question in one language.

    ``answer`` indexes ``choices``; it is ``None`` for a discussion item, which has no
    single right answer. ``kind`` is ``"scored"`` or ``"discussion"``; ``topic`` is
    ``"numbers"`` or ``"qualitative"``; ``lessons`` are the lesson notebooks ("02", "06")
    that teach what it asks.
    """

    id: str
    prompt: str
    choices: tuple[str, ...]
    answer: int | None
    explanation: str
    source: str
    kind: str = "scored"
    topic: str = "numbers"
    lessons: tuple[str, ...] = ()

    @property
    def scored(self) -> bool:
        return self.kind == "scored"

    def is_right(self, choice: int) -> bool:
        return self.scored and choice == self.answer


def _shuffled(question_id: str, choices: list[str], answer: int | None) -> tuple[tuple[str, ...], int | None]:
    order = list(range(len(choices)))
    random.Random(f"{SEED}-{question_id}").shuffle(order)
    return tuple(choices[i] for i in order), None if answer is None else order.index(answer)


def _checked_row(path: Path, line: int, row: dict[str, str]) -> tuple[dict[str, list[str]], int | None]:
    """The row's choices in both languages and its answer number, or a DataError naming
    the file, the line, the column and the value."""
    def bad(column: str, key: str, **values: object) -> DataError:
        return row_error(path, line, "quiz_column_problem", column=column, shown=repr(row[column]),
                         problem=phrase(key, **values))

    if not row["id"]:
        raise bad("id", "err_quiz_no_id")
    if row["kind"] not in KINDS:
        raise bad("kind", "err_quiz_kind")
    if row["topic"] not in TOPICS:
        raise bad("topic", "err_quiz_topic")
    choices = {code: row[f"choices_{code}"].split(" | ") for code in ("id", "en")}
    if len(choices["id"]) != len(choices["en"]) or len(choices["id"]) < 2:
        raise bad("choices_en", "err_quiz_choices")
    if row["kind"] == "discussion":
        if row["answer"]:
            raise bad("answer", "err_quiz_discussion_answer")
        answer = None
    elif not re.fullmatch("[0-9]+", row["answer"]) or int(row["answer"]) >= len(choices["id"]):
        raise bad("answer", "err_quiz_answer")
    else:
        answer = int(row["answer"])
    unknown = [s for s in row["source"].split(";") if s not in SCHEMES]
    if unknown:
        raise bad("source", "err_quiz_sources", unknown=unknown)
    if not row["lessons"] or any(lesson not in LESSONS for lesson in row["lessons"].split(";")):
        raise bad("lessons", "err_quiz_lessons_column", first=LESSONS[0], last=LESSONS[-1])
    return choices, answer


def load_questions(lang: str = "id", directory: Path | None = None) -> list[Question]:
    """The questions of ``data/quiz.csv`` in ``lang``, checked on load.

    Raises:
        DataError: a missing column or a bad value, naming the file, line, column and value.
    """
    lang = check_lang(lang)
    path = folder(directory) / "quiz.csv"
    questions: list[Question] = []
    seen: dict[str, int] = {}
    for line, row in read_rows(path, COLUMNS):
        check_unique(path, line, seen, "thing_question", row["id"])
        choices, answer = _checked_row(path, line, row)
        ordered, answer = _shuffled(row["id"], choices[lang], answer)
        questions.append(Question(row["id"], row[f"question_{lang}"], ordered, answer, row[f"explanation_{lang}"],
                                  row["source"], row["kind"], row["topic"], tuple(row["lessons"].split(";"))))
    return questions


def _on_open_edge(tier: Tier, followers: float) -> bool:
    """Whether ``followers`` sits on an edge the article writes into two ranges, which
    influtier settles by its own convention (Partipost's 30.000)."""
    return followers == tier.max_followers and tier.max_by_convention


def sample_tier_questions(lang: str = "id", count: int = 4) -> list[Question]:
    """"Which Partipost tier is this account?" for accounts of the synthetic sample, one
    per tier, always the same ones. Accounts on an edge the article leaves open (30.000)
    are left out: that edge is a discussion item in ``quiz.csv``, not a scored question."""
    lang = check_lang(lang)
    count = whole_number("count", count, 0, 100)
    sample = load_sample_accounts(as_frame=False)
    scheme = SCHEMES["partipost"]
    rng = random.Random(SEED)
    by_tier: dict[str, list[int]] = {}
    for index, followers in enumerate(sample["followers"]):
        tier = scheme.find(float(followers))
        if not _on_open_edge(tier, float(followers)):
            by_tier.setdefault(tier.key, []).append(index)
    picked = [rng.choice(by_tier[t.key]) for t in scheme.tiers if t.key in by_tier][:count]
    names = [t.name(lang) for t in scheme.tiers]
    questions = []
    for index in picked:
        followers = float(sample["followers"][index])
        tier = scheme.find(followers)
        handle = sample["handle"][index]
        prompt = text("quiz_tier_prompt", lang, handle=handle, followers=format_number(followers, lang))
        explanation = text("quiz_tier_explanation", lang, followers=format_number(followers, lang),
                           tier=tier.name(lang), quote=tier.quote_followers)
        questions.append(Question(f"sample_{handle}", prompt, tuple(names), names.index(tier.name(lang)),
                                  explanation, "partipost", lessons=(TIER_LESSONS[tier.key],)))
    return questions


def taught_lessons(lessons: object) -> tuple[str, ...] | None:
    """The lessons a class has done, as numbers from ``LESSONS``, read the way a teacher
    writes them: ``"01, 03"``, ``"02-05, 08"``, ``3``, ``[2, 3, "06"]``. ``None``, ``"all"``
    or ``"semua"`` mean every lesson (returns None). A range skips 10, the quiz itself.

    Raises:
        ValueError: anything else, in both languages, naming the parameter and the value.
    """
    if lessons is None or (isinstance(lessons, str) and lessons.strip().lower() in ("all", "semua")):
        return None
    pieces = lessons.split(",") if isinstance(lessons, str) else \
        [lessons] if isinstance(lessons, int) and not isinstance(lessons, bool) else \
        list(lessons) if isinstance(lessons, (list, tuple)) else None
    chosen: set[str] = set()
    for piece in pieces or ():
        if isinstance(piece, int) and not isinstance(piece, bool):
            piece = str(piece)
        match = re.fullmatch(r"\s*(\d{1,2})\s*(?:[-–]\s*(\d{1,2})\s*)?", piece) if isinstance(piece, str) else None
        if not match:
            chosen = set()
            break
        first, last = int(match[1]), int(match[2] or match[1])
        numbers = [n for n in range(first, last + 1) if n != 10 or first == last]
        if first > last or any(f"{n:02d}" not in LESSONS for n in numbers):
            chosen = set()
            break
        chosen.update(f"{n:02d}" for n in numbers)
    if not chosen:
        raise value_error("err_quiz_lessons", parameter="lessons", value=lessons, lessons=shown(lessons),
                          first=LESSONS[0], last=LESSONS[-1])
    return tuple(sorted(chosen))


def feedback_html(question: Question, choice: int, lang: str) -> str:
    """What the student sees after choosing: right or wrong and why, or, for a
    discussion item, no verdict at all, only why the articles leave it open."""
    _a_question("question", question)
    whole_number("choice", choice, 0, len(question.choices) - 1)
    lang = check_lang(lang)
    if not question.scored:
        verdict, colour = text("quiz_discussion_feedback", lang), "#37474F"
    elif question.is_right(choice):
        verdict, colour = text("quiz_right", lang), "#1B5E20"
    else:
        verdict = text("quiz_wrong", lang, answer=question.choices[question.answer])
        colour = "#B00020"
    return (f"<p style='color:{colour}'><b>{escape(verdict, quote=False)}</b> "
            f"{escape(question.explanation, quote=False)}</p>")


def quiz_questions(lang: str = "id", questions: list[Question] | None = None, lessons: object = None) -> list[Question]:
    """The questions a quiz asks: ``questions`` (default: the file's, then four sample
    accounts), only those of the ``lessons`` taught (``taught_lessons``; None: all)."""
    lang = check_lang(lang)
    taught = taught_lessons(lessons)
    all_questions = questions if questions is not None else load_questions(lang) + sample_tier_questions(lang)
    if not isinstance(all_questions, (list, tuple)) or not all_questions or not all(
            isinstance(q, Question) for q in all_questions):
        raise value_error("err_quiz_questions", parameter="questions", value=questions, questions=shown(questions))
    chosen = [q for q in all_questions if taught is None or set(q.lessons) & set(taught)]
    if not chosen:
        covered = ", ".join(sorted({lesson for q in all_questions for lesson in q.lessons}))
        raise value_error("err_quiz_no_questions_for_lessons", parameter="lessons", value=lessons,
                          lessons=shown(lessons), covered=covered)
    return chosen


def quiz_score(questions: Sequence[Question], choices: dict[int, int]) -> tuple[int, int]:
    """(right first answers, scored questions answered) for the first choice of each question
    answered so far (``choices``: question index -> choice index); discussion items count in neither."""
    if not a_sequence("questions", questions, "what_question", _a_question):
        raise value_error("err_quiz_no_questions", parameter="questions", value=questions)
    a_mapping("choices", choices)
    for index, choice in choices.items():
        whole_number("choices", index, 0, len(questions) - 1)
        whole_number(f"choices[{index}]", choice, 0, len(questions[index].choices) - 1)
    scored = [index for index in choices if questions[index].scored]
    return sum(1 for index in scored if questions[index].is_right(choices[index])), len(scored)


def score_line(questions: Sequence[Question], choices: dict[int, int], lang: str = "id") -> str:
    """"Score: 3 right of 4 answered (12 scored questions, plus 1 discussion item ...)"."""
    lang = check_lang(lang)
    score, answered = quiz_score(questions, choices)
    scored = sum(1 for q in questions if q.scored)
    discussion = len(questions) - scored
    key = "quiz_score_with_discussion" if discussion else "quiz_score"
    return text(key, lang, score=score, answered=answered, scored=phrase("quiz_n_scored", scored, count=scored),
                discussion=phrase("quiz_n_discussion", discussion, count=discussion))


def _a_question(name: str, question: object) -> Question:
    return an_instance(name, question, Question, "what_question_load_questions")
