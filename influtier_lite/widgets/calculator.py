"""An engagement-rate calculator: type the numbers as they appear on a profile. Wiring only.

Every box takes text such as ``2,9 jt``, ``1.5M`` or ``12 ribu`` (``parse_count``); the
result (``core.band.calculation_lines``) shows the formula with the numbers filled in, the
rate, and how it compares with the Partipost band of the account's tier.
"""

from __future__ import annotations

from html import escape

import ipywidgets as widgets

from ..core.band import calculation_lines
from ..core.errors import BilingualError
from ..core.formatting import parse_count
from ..core.validate import shown
from ..core.words import check_lang, text, type_error
from .controls import MAX_WIDTH, error_html, fluid, labelled

__all__ = ["EngagementCalculator", "FIELDS"]

FIELDS = ("likes", "comments", "shares", "saves", "followers")


class EngagementCalculator:
    """Five text boxes (likes, comments, shares, saves per post, and followers) and the result.

    Args:
        lang: ``"id"`` or ``"en"``.
        **start: starting text for each box, e.g. ``likes="1,2 rb"``.
    """

    def __init__(self, lang: str = "id", **start: str) -> None:
        self.lang = check_lang(lang)
        unknown = set(start) - set(FIELDS)
        if unknown:
            wrong = sorted(unknown)
            raise type_error("err_calculator_unknown_box", parameter=wrong[0], value=start[wrong[0]],
                             wrong=", ".join(wrong), fields=", ".join(FIELDS))
        for name, value in start.items():
            if not isinstance(value, str):
                raise type_error("err_calculator_not_text", parameter=name, value=value, name=name, shown=shown(value),
                                 type=type(value).__name__)
        # Each label above its box, not beside it: a 200 px label left no box on a phone.
        self.boxes = {
            name: widgets.Text(value=start.get(name, "0"), continuous_update=False, layout=fluid("320px"))
            for name in FIELDS
        }
        self.result = widgets.HTML(layout=widgets.Layout(align_self="stretch"))  # fills the row inside its margins
        self.widget = widgets.VBox([*(labelled(text(f"calc_{name}", lang), box) for name, box in self.boxes.items()),
                                    self.result], layout=widgets.Layout(width="100%"))
        for box in self.boxes.values():
            box.observe(lambda change: self.refresh(), names="value")
        self.refresh()

    def values(self) -> dict[str, int]:
        """The boxes as counts; raises the first box's parse error, naming the box."""
        counts = {}
        for name, box in self.boxes.items():
            try:
                counts[name] = parse_count(box.value, self.lang)
            except BilingualError as error:
                raise type(error)(f"{text(f'calc_{name}', 'id')}: {error.id}",
                                  f"{text(f'calc_{name}', 'en')}: {error.en}",
                                  parameter=name, value=box.value) from None
        return counts

    def lines(self) -> list[str]:
        """The result as text: the formula with the numbers, the rate, the tier's band."""
        return calculation_lines(self.values(), self.lang)

    def refresh(self) -> None:
        try:
            lines = self.lines()
        except Exception as error:  # a widget must not raise into the notebook
            self.result.value = error_html(error, self.lang)
            return
        self.result.value = "".join(
            f"<p style='font-size:1.1em;line-height:1.4;white-space:normal;max-width:{MAX_WIDTH}'>"
                                    f"{escape(line, quote=False)}</p>" for line in lines)

    def _repr_mimebundle_(self, **kwargs: object) -> dict:
        bundle = self.widget._repr_mimebundle_(**kwargs)
        try:
            bundle["text/plain"] = "\n".join(self.lines())
        except Exception as error:
            bundle["text/plain"] = str(error)
        return bundle
