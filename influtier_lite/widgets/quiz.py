"""The self-check quiz: radio buttons wired to ``core.quiz``. Wiring only.

The first answer to a question is the one that counts: it shows at once whether it is
right and why (``core.quiz.feedback_html``) and locks the question until "Start again".
"""

from __future__ import annotations

from html import escape

import ipywidgets as widgets

from ..core.quiz import Question, feedback_html, quiz_questions, quiz_score, score_line, taught_lessons
from ..core.words import check_lang, phrase, text

__all__ = ["Quiz"]

# A long choice wraps under its own text, next to its radio button (ipywidgets keeps each
# label on one 20px line, which pushes the button below a choice that does not fit).
WRAPPING_CHOICES = ("<style>.influtier-quiz .widget-radio-box label {display: flex; align-items: flex-start; "
                    "height: auto; min-height: 20px; line-height: 1.4; white-space: normal;} "
                    ".influtier-quiz .widget-radio-box input {order: -1; flex-shrink: 0; margin-top: 0.25em;}</style>")

class ScoreLine(widgets.HTML):
    """The score as an HTML widget whose plain-text form is the score line itself, so a
    notebook can show it a second time (for the teacher) and both copies stay live."""

    plain = ""

    def _repr_mimebundle_(self, **kwargs: object) -> dict:
        bundle = super()._repr_mimebundle_(**kwargs)
        bundle["text/plain"] = self.plain
        return bundle


class Quiz:
    """Each question with radio buttons. The first choice counts: it shows at once whether
    it is right and why (or, for a discussion item, why there is no single answer), locks
    the question and updates the score. ``reset()`` clears every answer.

    Args:
        lang: ``"id"`` or ``"en"``.
        questions: the questions (default: the file's, then four sample accounts).
        lessons: the lessons the class has done (``"01, 03"``, ``"02-08"``; see
            ``taught_lessons``): only questions from those lessons are asked and scored.
            ``None`` or ``"all"``: every question.
    """

    def __init__(self, lang: str = "id", questions: list[Question] | None = None, lessons: object = None) -> None:
        self.lang = check_lang(lang)
        self.lessons = taught_lessons(lessons)
        self.questions = quiz_questions(lang, questions, lessons)
        self.choices: dict[int, int] = {}  # question index -> the first choice, the one that counts
        self.buttons: list[widgets.RadioButtons] = []
        self.feedback: list[widgets.HTML] = []
        boxes = []
        for number, question in enumerate(self.questions, start=1):
            buttons = widgets.RadioButtons(options=[(c, i) for i, c in enumerate(question.choices)], value=None,
                                           layout=widgets.Layout(width="auto"))
            buttons.observe(lambda change, index=number - 1: self._chosen(index, change["new"]), names="value")
            self.buttons.append(buttons)
            self.feedback.append(widgets.HTML())
            heading = f"<b>{number}. {escape(question.prompt, quote=False)}</b>"
            if not question.scored:
                heading += f"<br><i>{escape(text('quiz_discussion_label', lang), quote=False)}</i>"
            boxes.append(widgets.VBox([widgets.HTML(heading), buttons, self.feedback[-1]]))
        self.score_html = ScoreLine()
        self.reset_button = widgets.Button(description=text("quiz_reset", lang))
        self.reset_button.on_click(lambda _: self.reset())
        heading = []
        if self.lessons is not None:
            scope = text("quiz_lessons", lang,
                         lessons=phrase("quiz_lessons_list", len(self.lessons), lessons=", ".join(self.lessons)),
                         questions=phrase("quiz_n_questions", len(self.questions), count=len(self.questions)))
            heading = [widgets.HTML(f"<p><i>{escape(scope, quote=False)}</i></p>")]
        self.widget = widgets.VBox([widgets.HTML(WRAPPING_CHOICES), *heading, *boxes, self.score_html,
                                    self.reset_button])
        self.widget.add_class("influtier-quiz")
        self._show_score()

    @property
    def score(self) -> int:
        """Right first answers to scored questions."""
        return quiz_score(self.questions, self.choices)[0]

    @property
    def answered(self) -> int:
        """Scored questions answered so far (discussion items do not count)."""
        return quiz_score(self.questions, self.choices)[1]

    def _chosen(self, index: int, choice: int | None) -> None:
        if index in self.choices:
            if choice != self.choices[index]:  # locked: a later click cannot change the first answer
                self.buttons[index].value = self.choices[index]
            return
        if choice is None:
            return
        self.choices[index] = choice
        self.buttons[index].disabled = True
        self.feedback[index].value = feedback_html(self.questions[index], choice, self.lang)
        self._show_score()

    def _show_score(self) -> None:
        self.score_html.plain = self.score_line()
        self.score_html.value = f"<h4>{escape(self.score_html.plain, quote=False)}</h4>"

    def score_line(self) -> str:
        return score_line(self.questions, self.choices, self.lang)

    def reset(self) -> None:
        """Clear every answer and unlock every question."""
        self.choices.clear()
        for buttons, feedback in zip(self.buttons, self.feedback):
            buttons.value = None
            buttons.disabled = False
            feedback.value = ""
        self._show_score()

    def _repr_mimebundle_(self, **kwargs: object) -> dict:
        bundle = self.widget._repr_mimebundle_(**kwargs)
        bundle["text/plain"] = self.score_line()
        return bundle
