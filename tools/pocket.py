"""make pocket: the tier explorer of notebook 00 as one HTML file per language.

    python -m tools.pocket [OUTPUT_FOLDER]     # default: build/pocket

writes influtier-id.html and influtier-en.html: no server, no network and no Python
needed to use them; open one from a phone's files, a USB stick or a chat download.
Every answer in them is exported from influtier_lite at build time
(``influtier_lite.core.export.explorer_data``); tools/pocket/pocket.js only looks answers
up, and tools/pocket/pocket.html and pocket.css lay them out. Nothing on the page
sends anything anywhere (its Content-Security-Policy allows no request at all).
"""

from __future__ import annotations

import html
import json
import math
import re
import sys
from pathlib import Path

from influtier_lite.core.data import SCHEMES
from influtier_lite.core.engagement import ER_MAX
from influtier_lite.core.export import explorer_data, scheme_order
from influtier_lite.core.formatting import format_compact, format_number
from influtier_lite.core.palette import NO_TIER_COLOUR, tier_colour
from influtier_lite.core.records import FOLLOWER_RANGE
from influtier_lite.core.report import ARTICLES, describe_ladder
from influtier_lite.core.words import text

ROOT = Path(__file__).resolve().parents[1]


LANGS = ("id", "en")
HERE = ROOT / "tools" / "pocket"
START = {"followers": 25_000, "er": 4.0}  # as notebook 00 opens
MAX_BYTES = 1_000_000


def ladder_html(lang: str) -> str:
    """The notebook's tier ladder (``TierLadder``: the two articles, log axis, tier colours,
    the same labels) as HTML that narrows with the screen; the page moves its marker."""
    low, high = FOLLOWER_RANGE
    decades = math.log10(high) - math.log10(low)

    def at(count: float) -> float:  # percent along the log axis
        return (math.log10(min(max(count, low), high)) - math.log10(low)) / decades * 100

    names, tracks, edges = [], [], {low, high}
    for scheme_id in ARTICLES:
        scheme = SCHEMES[scheme_id]
        segments = []
        start = scheme.tiers[0].min_followers
        if start > low:
            segments.append(_segment(0, at(start), text("no_tier_short", lang), NO_TIER_COLOUR, "no-tier"))
        for tier in scheme.tiers:
            left, right = max(tier.min_followers, low), min(tier.max_followers or high, high)
            edges.update({left, right})
            segments.append(_segment(at(left), at(right), tier.name(lang).split(" (")[0], tier_colour(tier.key)))
        names.append(f"<span>{html.escape(scheme.source.short_name)}</span>")
        tracks.append(f'<div class="track">{"".join(segments)}</div>')
    ticks = "".join(f'<span class="tick" style="left:{at(edge):.3f}%">{html.escape(format_compact(edge, lang))}</span>'
                    for edge in sorted(edges))
    return (f'<figcaption>{html.escape(text("ladder_title", lang))}</figcaption>'
            f'<div class="plot"><div class="names">{"".join(names)}</div>'
            f'<div class="bars"><div id="marker-label"></div>{"".join(tracks)}<div id="marker"></div>'
            f'<div class="axis">{ticks}</div></div></div>'
            f'<div class="xlabel">{html.escape(text("ladder_xlabel", lang))}</div>')


def _segment(left: float, right: float, label: str, colour: str, kind: str = "") -> str:
    return (f'<span class="segment {kind}" style="left:{left:.3f}%;width:{right - left:.3f}%;'
            f'background-color:{colour}">'
            f"<span>{html.escape(label)}</span></span>")


def ladder_description(lang: str) -> str:
    """The figure's text description (``describe_ladder``) with ``{followers}`` for the count."""
    probe = 987_654_321
    described = describe_ladder(lang, probe)
    shown = format_number(probe, lang)
    if described.count(shown) != 1:  # pragma: no cover - the sentence changed shape
        raise SystemExit(f"describe_ladder({lang!r}) does not show the count once: {described!r}")
    return described.replace(shown, "{followers}")


def _json_for_script(data: dict) -> str:
    """JSON that cannot end the <script> element it sits in."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")


def page(lang: str) -> str:
    data = explorer_data(lang)
    data["start"] = START
    data["noTierColour"] = NO_TIER_COLOUR
    data["text"]["ladder_alt"] = ladder_description(lang)
    rows = "\n".join(f'<tr data-scheme="{scheme_id}" data-tier="" data-verdict="">'
                     "<td></td><td></td><td></td><td></td></tr>" for scheme_id in scheme_order())
    sources = "".join(f"<p>{html.escape(SCHEMES[s].source.citation())}</p>" for s in scheme_order())
    low, high = FOLLOWER_RANGE
    values = {
        # The page's fixed words (a text with plural forms is filled in by pocket.js only)
        **{key: html.escape(value, quote=True) for key, value in data["text"].items() if isinstance(value, str)},
        "lang": lang,
        "css": (HERE / "pocket.css").read_text(encoding="utf-8"),
        "script": (HERE / "pocket.js").read_text(encoding="utf-8"),
        "data": _json_for_script(data),
        "slider_min": str(round(math.log10(low) * 100)),
        "slider_max": str(round(math.log10(high) * 100)),
        "er_max": f"{ER_MAX:g}",
        "er_step": f"{data['er']['step']:g}",
        "ladder": ladder_html(lang),
        "scheme_rows": rows,
        "sources": sources,
    }
    template = (HERE / "pocket.html").read_text(encoding="utf-8")
    missing = sorted(set(re.findall(r"\{\{(\w+)\}\}", template)) - set(values))
    if missing:
        raise SystemExit(f"tools/pocket/pocket.html: no value for {missing}")
    # One pass, so nothing inside an inserted value is ever read as a placeholder.
    return re.sub(r"\{\{(\w+)\}\}", lambda match: values[match[1]], template)


def build(output: Path) -> list[Path]:
    output.mkdir(parents=True, exist_ok=True)
    written = []
    for lang in LANGS:
        path = output / f"influtier-{lang}.html"
        path.write_text(page(lang), encoding="utf-8")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise SystemExit(f"{path.name} is {size:,} bytes; the pocket explorer must stay under {MAX_BYTES:,}")
        written.append(path)
    return written


def main(argv: list[str]) -> None:
    output = Path(argv[0]) if argv else ROOT / "build" / "pocket"
    for path in build(output):
        print(f"wrote {path} ({path.stat().st_size / 1000:.0f} kB)")


if __name__ == "__main__":
    main(sys.argv[1:])
