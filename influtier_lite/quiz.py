"""A self-check quiz with immediate feedback, a score and explanations.

Questions come from ``data/quiz.csv`` (written from the articles, each with its source)
plus "which tier is this account?" items drawn from the synthetic sample, answered by
``classify``. Choices are shuffled with a fixed seed, so the quiz is the same on every
run and the right answer is not always first.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from html import escape
from pathlib import Path

import ipywidgets as widgets

from ._validate import shown, whole_number
from .data import SCHEMES, _error, _folder, _read_rows, _unique, load_sample_accounts
from .formatting import format_number
from .i18n import bilingual, check_lang, text

__all__ = ["Question", "load_questions", "sample_tier_questions", "Quiz"]

SEED = 20221122


@dataclass(frozen=True)
class Question:
    """One multiple-choice question in one language; ``answer`` indexes ``choices``."""

    id: str
    prompt: str
    choices: tuple[str, ...]
    answer: int
    explanation: str
    source: str

    def is_right(self, choice: int) -> bool:
        return choice == self.answer


def _shuffled(question_id: str, choices: list[str], answer: int) -> tuple[tuple[str, ...], int]:
    order = list(range(len(choices)))
    random.Random(f"{SEED}-{question_id}").shuffle(order)
    return tuple(choices[i] for i in order), order.index(answer)


def load_questions(lang: str = "id", directory: Path | None = None) -> list[Question]:
    """The questions of ``data/quiz.csv`` in ``lang``, checked on load."""
    lang = check_lang(lang)
    path = _folder(directory) / "quiz.csv"
    columns = ["id", "question_id", "question_en", "choices_id", "choices_en", "answer", "explanation_id",
               "explanation_en", "source"]
    questions = []
    seen: dict[str, int] = {}
    for line, row in _read_rows(path, columns):
        _unique(path, line, seen, ("soal", "question"), row["id"])
        choices = {code: row[f"choices_{code}"].split(" | ") for code in ("id", "en")}
        if len(choices["id"]) != len(choices["en"]) or len(choices["id"]) < 2:
            raise _error(path, line, "choices_id dan choices_en harus punya jumlah pilihan yang sama (minimal 2).",
                         "choices_id and choices_en must have the same number of choices (at least 2).")
        if not re.fullmatch("[0-9]+", row["answer"]) or int(row["answer"]) >= len(choices["id"]):
            raise _error(path, line, f"answer = {row['answer']!r} bukan nomor pilihan (mulai dari 0).",
                         f"answer = {row['answer']!r} is not a choice number (counting from 0).")
        unknown = [s for s in row["source"].split(";") if s not in SCHEMES]
        if unknown:
            raise _error(path, line, f"sumber tidak dikenal: {unknown}.", f"unknown source(s): {unknown}.")
        shown, answer = _shuffled(row["id"], choices[lang], int(row["answer"]))
        questions.append(Question(row["id"], row[f"question_{lang}"], shown, answer, row[f"explanation_{lang}"],
                                  row["source"]))
    return questions


def sample_tier_questions(lang: str = "id", count: int = 5) -> list[Question]:
    """"Which Partipost tier is this account?" for accounts of the synthetic sample:
    one per tier where possible, chosen with a fixed seed, and always the 30.000 edge."""
    lang = check_lang(lang)
    count = whole_number("count", count, 0, 100)
    sample = load_sample_accounts(as_frame=False)
    scheme = SCHEMES["partipost"]
    rng = random.Random(SEED)
    by_tier: dict[str, list[int]] = {}
    for index, followers in enumerate(sample["followers"]):
        by_tier.setdefault(scheme.find(float(followers)).key, []).append(index)
    picked = [rng.choice(by_tier[t.key]) for t in scheme.tiers if t.key in by_tier]
    edge = [i for i, f in enumerate(sample["followers"]) if f == 30_000]
    picked = (edge[:1] + picked)[:count]
    names = [t.name(lang) for t in scheme.tiers]
    questions = []
    for index in picked:
        followers = float(sample["followers"][index])
        tier = scheme.find(followers)
        handle = sample["handle"][index]
        prompt = text("quiz_tier_prompt", lang, handle=handle, followers=format_number(followers, lang))
        explanation = text("quiz_tier_explanation", lang, followers=format_number(followers, lang),
                           tier=tier.name(lang), quote=tier.quote_followers)
        if "convention" in tier.edge_note and followers == tier.max_followers:
            explanation += " " + text("quiz_tier_convention", lang)
        questions.append(Question(f"sample_{handle}", prompt, tuple(names), names.index(tier.name(lang)),
                                  explanation, "partipost"))
    return questions


class Quiz:
    """Each question with radio buttons; choosing an answer shows at once whether it is
    right and why, and the score updates. ``reset()`` clears every answer.

    Args:
        lang: ``"id"`` or ``"en"``.
        questions: the questions (default: the file's, then five sample accounts).
    """

    def __init__(self, lang: str = "id", questions: list[Question] | None = None) -> None:
        self.lang = check_lang(lang)
        self.questions = questions if questions is not None else load_questions(lang) + sample_tier_questions(lang)
        if not isinstance(self.questions, (list, tuple)) or not self.questions or not all(
                isinstance(q, Question) for q in self.questions):
            raise ValueError(bilingual(
                f"questions = {shown(questions)}: harus berupa list Question yang tidak kosong (load_questions()).",
                f"questions = {shown(questions)}: must be a non-empty list of Question (load_questions())."))
        self.buttons: list[widgets.RadioButtons] = []
        self.feedback: list[widgets.HTML] = []
        boxes = []
        for number, question in enumerate(self.questions, start=1):
            buttons = widgets.RadioButtons(options=[(c, i) for i, c in enumerate(question.choices)], value=None,
                                           layout=widgets.Layout(width="auto"))
            feedback = widgets.HTML()
            buttons.observe(lambda change, n=number - 1: self._answered(n), names="value")
            self.buttons.append(buttons)
            self.feedback.append(feedback)
            boxes.append(widgets.VBox([widgets.HTML(f"<b>{number}. {escape(question.prompt, quote=False)}</b>"), buttons, feedback]))
        self.score_html = widgets.HTML()
        self.reset_button = widgets.Button(description=text("quiz_reset", lang))
        self.reset_button.on_click(lambda _: self.reset())
        self.widget = widgets.VBox([*boxes, self.score_html, self.reset_button])
        self._show_score()

    @property
    def score(self) -> int:
        return sum(1 for q, b in zip(self.questions, self.buttons) if b.value is not None and q.is_right(b.value))

    @property
    def answered(self) -> int:
        return sum(1 for b in self.buttons if b.value is not None)

    def _answered(self, index: int) -> None:
        question, choice = self.questions[index], self.buttons[index].value
        if choice is None:
            self.feedback[index].value = ""
        else:
            right = question.is_right(choice)
            verdict = text("quiz_right" if right else "quiz_wrong", self.lang,
                           answer=question.choices[question.answer])
            colour = "#1B5E20" if right else "#B00020"
            self.feedback[index].value = (f"<p style='color:{colour}'><b>{escape(verdict, quote=False)}</b> "
                                          f"{escape(question.explanation, quote=False)}</p>")
        self._show_score()

    def _show_score(self) -> None:
        self.score_html.value = f"<h4>{escape(self.score_line(), quote=False)}</h4>"

    def score_line(self) -> str:
        return text("quiz_score", self.lang, score=self.score, answered=self.answered, total=len(self.questions))

    def reset(self) -> None:
        for buttons in self.buttons:
            buttons.value = None

    def _repr_mimebundle_(self, **kwargs: object) -> dict:
        bundle = self.widget._repr_mimebundle_(**kwargs)
        bundle["text/plain"] = self.score_line()
        return bundle
