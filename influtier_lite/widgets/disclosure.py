"""A text box for a caption wired to ``core.disclosure``'s marker finder. Wiring only."""

from __future__ import annotations

from html import escape

import ipywidgets as widgets

from ..core.disclosure import label_line, label_sentences
from ..core.validate import a_text
from ..core.words import check_lang, text
from .controls import alone

__all__ = ["CaptionChecker"]


class CaptionChecker:
    """A text box for a caption and the markers found in it."""

    def __init__(self, lang: str = "id", caption: str = "") -> None:
        self.lang = check_lang(lang)
        self.box = widgets.Textarea(value=a_text("caption", caption), placeholder=text("disc_placeholder", lang),
                                    continuous_update=False,
                                    layout=widgets.Layout(height="90px"))
        self.result = widgets.HTML()
        self.widget = widgets.VBox([alone(self.box, "560px"), self.result], layout=widgets.Layout(width="100%"))
        self.box.observe(lambda change: self.refresh(), names="value")
        self.refresh()

    def refresh(self) -> None:
        markers, vague = label_sentences(self.box.value, self.lang)
        self.result.value = (f"<p style='font-size:1.1em'><b>{escape(markers)}</b></p>"
                             + (f"<p style='font-size:1.1em'>{escape(vague)}</p>" if vague else "")
                             + f"<p><i>{escape(text('disc_caveat', self.lang))}</i></p>")

    def _repr_mimebundle_(self, **kwargs: object) -> dict:
        bundle = self.widget._repr_mimebundle_(**kwargs)
        bundle["text/plain"] = f"{label_line(self.box.value, self.lang)}\n{text('disc_caveat', self.lang)}"
        return bundle
