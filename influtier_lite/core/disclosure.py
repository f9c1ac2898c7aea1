"""Is a paid post labelled as one? A marker detector and fictional captions (notebook 12).

What the sources report (see ``data/citations.csv``): the Indonesian advertising ethics
code, as an abstract in a law journal describes its 2014 edition (secondary), asks that a paid
endorsement be clearly stated as one; IDN Times reports that the US FTC requires markers such as
#ad or paid partnership; the FTC's guide "Disclosures 101 for Social Media Influencers" says that
vague words such as "thanks", "collab", "sp" or "spon" are not enough.
``disclosure_labels`` finds markers in a caption and ``vague_words`` finds such vague words. They
can say that a word is there; they cannot say whether the post was paid, nor whether a reader will
notice the marker, nor whether it is in the language of the post.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .csvdata import check_unique, data_dir, folder, read_rows, row_error
from .table import Table
from .validate import a_flag, shown
from .words import check_lang, text, type_error

__all__ = ["LABELS", "VAGUE", "Caption", "VERDICTS", "disclosure_labels", "vague_words", "load_captions",
           "captions_table",
           "label_sentences", "label_line"]

# Markers the finder knows, with where each comes from: "idn_times" (the markers IDN Times
# names for the FTC's rules) or "ours" (our own examples of a clear statement in Indonesian
# or English; no source of ours names a required wording for Indonesia).
LABELS: dict[str, str] = {
    "#ad": "idn_times", "paid partnership": "idn_times",
    "#iklan": "ours", "iklan": "ours", "#sponsored": "ours", "disponsori": "ours", "dibayar": "ours",
    "kerja sama berbayar": "ours", "kerjasama berbayar": "ours", "kemitraan berbayar": "ours",
    "endorsement berbayar": "ours",
}
# Vague words, with where each comes from: "ftc" (named as not enough in the FTC's "Disclosures
# 101 for Social Media Influencers", a US guide) or "ours" (our Indonesian counterparts of them).
VAGUE: dict[str, str] = {
    "thanks": "ftc", "collab": "ftc", "sp": "ftc", "spon": "ftc",
    "makasih": "ours", "terima kasih": "ours", "kolaborasi": "ours",
}
VERDICTS = ("disclosed", "not_disclosed", "unclear", "not_needed")
PAID = ("paid", "gift", "affiliate", "no")


def _pattern(words: str, hash_optional: bool = False) -> re.Pattern:
    """A word or phrase as a whole word, any run of spaces between its words, any case."""
    body = r"\s+".join(re.escape(word) for word in words.split())
    return re.compile(rf"(?<![\w#]){'#?' if hash_optional else ''}{body}(?!\w)", re.IGNORECASE)


_PATTERNS = {label: _pattern(label) for label in LABELS}
_VAGUE_PATTERNS = {word: _pattern(word, hash_optional=True) for word in VAGUE}
# Characters that show nothing: a marker split by one of them still reads as the marker.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u180e\u200b\u200c\u200d\u2060\u2061\u2062\u2063\u2064\ufeff"))


def _text(caption: object) -> str:
    """The caption as a reader sees it: Unicode compatibility forms folded (full-width
    ``＃ＡＤ`` is ``#AD``, a non-breaking space a space) and invisible characters removed."""
    if not isinstance(caption, str):
        raise type_error("err_disclosure_caption_type", parameter="caption", value=caption, caption=shown(caption))
    return unicodedata.normalize("NFKC", caption).translate(_INVISIBLE)


def disclosure_labels(caption: str) -> list[str]:
    """The disclosure markers found in a caption, longest first (``#iklan`` rather than ``iklan``)."""
    caption = _text(caption)
    found: list[str] = []
    for label in sorted(LABELS, key=len, reverse=True):
        if _PATTERNS[label].search(caption) and not any(label in longer for longer in found):
            found.append(label)
    return found


def vague_words(caption: str) -> list[str]:
    """The vague words of ``VAGUE`` found in a caption (with or without ``#``), in ``VAGUE``'s order."""
    caption = _text(caption)
    return [word for word in VAGUE if _VAGUE_PATTERNS[word].search(caption)]


@dataclass(frozen=True)
class Caption:
    id: str
    caption: str
    paid: str  # "paid", "gift", "affiliate" or "no" in our story
    verdict: str  # one of VERDICTS
    reason_id: str
    reason_en: str

    def reason(self, lang: str) -> str:
        return self.reason_id if check_lang(lang) == "id" else self.reason_en


def load_captions(directory: Path | None = None) -> tuple[Caption, ...]:
    """Read ``sample_captions_fictional.csv`` (captions written by us), checking every row."""
    if directory is None:
        return _default_captions()
    path = folder(directory) / "sample_captions_fictional.csv"
    rows, seen = [], {}
    for line, row in read_rows(path, ["id", "caption", "paid", "verdict", "reason_id", "reason_en", "fictional"]):
        check_unique(path, line, seen, "thing_caption", row["id"])
        if row["fictional"] != "yes":
            raise row_error(path, line, "err_disclosure_not_fictional", fictional=row["fictional"])
        for column, allowed in (("paid", PAID), ("verdict", VERDICTS)):
            if row[column] not in allowed:
                raise row_error(path, line, "err_disclosure_choice", column=column, cell=row[column],
                                allowed=", ".join(allowed))
        empty = [c for c in ("id", "caption", "reason_id", "reason_en") if not row[c]]
        if empty:
            raise row_error(path, line, "err_disclosure_empty_columns", empty=empty)
        rows.append(Caption(row["id"], row["caption"], row["paid"], row["verdict"], row["reason_id"], row["reason_en"]))
    return tuple(rows)


@lru_cache(maxsize=1)
def _default_captions() -> tuple[Caption, ...]:
    return load_captions(data_dir())


def captions_table(lang: str = "id", answers: bool = False) -> Table:
    """The fictional captions, numbered; with ``answers`` also the verdict and the reason."""
    lang = check_lang(lang)
    a_flag("answers", answers)
    rows = []
    for number, c in enumerate(load_captions(), start=1):
        row = [str(number), c.caption]
        if answers:
            row += [text(f"disc_verdict_{c.verdict}", lang), c.reason(lang)]
        rows.append(row)
    columns = [text(k, lang) for k in ("disc_col_number", "disc_col_caption")]
    if answers:
        columns += [text(k, lang) for k in ("disc_col_verdict", "disc_col_reason")]
    return Table(columns, rows)


def label_sentences(caption: str, lang: str = "id") -> tuple[str, str]:
    """The markers sentence, and the vague-words sentence ('' when there is none)."""
    found = disclosure_labels(caption)
    if found:
        names = ", ".join(f"{label} ({text('disc_from_' + LABELS[label], lang)})" for label in found)
        markers = text("disc_found", lang, labels=names)
    else:
        markers = text("disc_none_found", lang)
    vague = vague_words(caption)
    words = ", ".join(f"{word} ({text('disc_vague_from_' + VAGUE[word], lang)})" for word in vague)
    return markers, text("disc_vague", lang, words=words) if vague else ""


def label_line(caption: str, lang: str = "id") -> str:
    """Which markers were found (and from which source), or that none was; then any vague words."""
    return " ".join(part for part in label_sentences(caption, check_lang(lang)) if part)
