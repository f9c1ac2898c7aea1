"""Slides for every lesson that fit a projector: reveal.js decks built from the notebooks.

``deck_html(notebook, lang, name)`` turns a lesson notebook into one HTML page of slides
(reveal.js, loaded from ../_static/ like the handouts, so a deck works offline from
file://). tools/handouts.py writes one deck per lesson notebook (all but 00 explorer,
10 quiz and 14 own accounts): build/handouts/{id,en}/NN_name.slides.html.

How a notebook becomes slides:

- every heading (#, ##, ###) starts a slide; code is never shown;
- the text of a cell, its outputs and the widgets' saved state (their text and figures,
  not their controls: the sliders move in the notebook) become *blocks*: a paragraph, a
  list item, a table row, a quotation, a figure;
- each block's height on a 1280x720 slide is estimated from its text (characters per
  line at the slide's font size) or, for a figure, from its size; blocks are packed onto
  slides in order, and a slide that is full goes on as "(continued)";
- a figure is shown at the full width of the slide, so that its smallest text (MIN_FONT
  points on a FIGURE_WIDTH_IN-inch figure) is at least 18 px on a 1366x768 projector;
- an exercise's hint and answer go into the speaker notes of its slide, never on it; every
  slide's speaker notes (press S) carry the teacher's guide's points for the lesson
  (tools/plans.py: the plan rows and docs/lesson_notes.md).

The estimate is checked in a browser: tests/test_slides.py walks every slide of every
deck at 1366x768 and 1280x720 and fails if anything sits below the bottom or past the
right edge. If a slide ever overflows, make the estimate more careful here (the constants
below), not the slide smaller.
"""

from __future__ import annotations

import base64
import html
import math
import re
import struct
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
from bs4 import BeautifulSoup, NavigableString, Tag
from nbconvert.filters.markdown_mistune import markdown2html_mistune

from tools import plans

ROOT = Path(__file__).resolve().parents[1]
NOT_DECKS = ("00", "10", "14")  # the explorer, the quiz and the student's own accounts

# The slide, in reveal.js's own pixels (scaled to the screen: x1.067 on 1366x768).
SLIDE_W, SLIDE_H = 1280, 720
PAD_TOP, PAD_SIDE, PAD_BOTTOM = 18, 48, 22
CONTENT_W = SLIDE_W - 2 * PAD_SIDE
CONTENT_H = SLIDE_H - PAD_TOP - PAD_BOTTOM
# Type sizes (px) and line heights; CHAR_EM is the width of an average character in em
# (DejaVu Sans, the widest common sans-serif; narrower fonts only leave more room).
BODY_PX, BODY_LINE = 28, 1.3
TABLE_PX, TABLE_LINE = 22, 1.25
NOTE_PX = 20
HEADING_PX = {1: 48, 2: 40, 3: 34}
HEADING_LINE = 1.15
CHAR_EM = 0.56
LAYOUT_EM = 0.64  # for sizing table columns
LONG_WORD = 16  # characters; a longer word may break across lines in a table cell
BOLD_EXTRA = 1.08
PARAGRAPH_GAP = 14
ITEM_GAP = 6
LIST_INDENT = 44
QUOTE_INDENT = 30
CELL_PAD_X, CELL_PAD_Y = 10, 5
FIGURE_GAP = 10
# The figures of influtier_lite.figures: FIGURE_WIDTH_IN wide, no text under MIN_FONT points.
FIGURE_WIDTH_IN, MIN_FONT = 9.6, 10
WIDGET_STATE = "application/vnd.jupyter.widget-state+json"
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
WORDS = {
    "id": {"continued": "(lanjutan)", "answer": "Jawaban", "hint": "Petunjuk", "teacher": "Untuk guru",
           "keys": "→ atau spasi: slide berikutnya · S: catatan pembicara · F: layar penuh"},
    "en": {"continued": "(continued)", "answer": "Answer", "hint": "Hint", "teacher": "For the teacher",
           "keys": "→ or space: next slide · S: speaker notes · F: full screen"},
}


@dataclass
class Block:
    """One piece of a slide: its HTML and its estimated height in slide pixels.

    Blocks of one list or one table share a ``group``: on a slide they go back into one
    list or table (``opening`` + items + ``closing``; ``overhead`` is the group's own height,
    such as a table's header row, paid once per slide)."""

    html: str
    height: float
    kind: str = "text"  # "heading", "text", "figure", "item", "row"
    level: int = 0
    group: int | None = None
    opening: str = ""
    closing: str = ""
    overhead: float = 0.0
    ends_with_colon: bool = False


@dataclass
class Slide:
    blocks: list[Block] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # HTML, the slide's own (an exercise's answer)
    used: float = 0.0
    groups: set = field(default_factory=set)


# --- measuring text -----------------------------------------------------------------------

SPACES = re.compile(r"[ \t\r\n]+")  # not the no-break space: "Rp\xa05.000.000" is one word


def squeeze(text: str) -> str:
    return SPACES.sub(" ", text).strip()


def text_of(element) -> str:
    return squeeze(element.get_text(" ") if isinstance(element, Tag) else str(element))


def lines_for(text: str, font_px: float, width_px: float, bold: bool = False) -> int:
    """How many lines ``text`` wraps to: words placed greedily on lines of ``width_px``."""
    char = font_px * CHAR_EM * (BOLD_EXTRA if bold else 1)
    per_line = max(1, int(width_px // char))
    lines, used = 1, 0
    # A browser may break a line after a hyphen (a link, "nano-micro"): such parts count as words.
    for word in re.findall(r"[^ -]*-|[^ -]+", squeeze(text)):
        length = len(word)
        while length > per_line:  # a word longer than a line breaks (URLs)
            lines += 1 if used else 0
            length -= per_line
            used = 0
        if used and used + 1 + length > per_line:
            lines += 1
            used = length
        else:
            used += (1 if used else 0) + length
    return lines


def text_height(element, font_px: float, width_px: float) -> float:
    """The height of a block of running text (with <br> line breaks), math included."""
    total = 0.0
    source = str(element)
    for display in re.findall(r"\$\$(.*?)\$\$", source, re.S):  # display maths: one line per \\, fractions taller
        total += (display.count("\\\\") + 1) * font_px * 1.9 + font_px
        source = source.replace(display, "")
    pieces = re.split(r"<br\s*/?>", source)
    bold = isinstance(element, Tag) and element.name in ("th",) or bool(re.fullmatch(r"\s*<(b|strong)>.*</\1>\s*",
                                                                                     source, re.S))
    for piece in pieces:
        text = squeeze(BeautifulSoup(piece, "html.parser").get_text(" ").replace("$$", " "))
        if text:
            total += lines_for(text, font_px, width_px, bold) * font_px * BODY_LINE
    return total


# --- from HTML to blocks -------------------------------------------------------------------

BLOCK_TAGS = {"p", "ul", "ol", "table", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "div", "img",
              "figure", "hr", "details", "dl"}
_groups = iter(range(1, 10**9))


def heading_block(text: str, level: int, inner_html: str | None = None) -> Block:
    level = min(level, 3)
    size = HEADING_PX[level]
    height = lines_for(text, size, CONTENT_W, bold=True) * size * HEADING_LINE + 12
    return Block(f"<h{level}>{inner_html if inner_html is not None else html.escape(text)}</h{level}>", height,
                 "heading", level)


def png_size(data: bytes) -> tuple[int, int]:
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    return struct.unpack(">II", data[16:24])


def figure_block(png_base64: str, alt: str = "") -> Block:
    """A figure at the slide's full width: its smallest text is then MIN_FONT points of a
    FIGURE_WIDTH_IN-inch figure spread over CONTENT_W slide pixels (18.3 px at 1366x768)."""
    width, height = png_size(base64.b64decode(png_base64))
    shown = CONTENT_W * height / width
    tag = (f"<img class='figure' src='data:image/png;base64,{png_base64}' alt='{html.escape(alt, quote=True)}' "
           f"style='width:{CONTENT_W}px;height:{shown:.0f}px'>")
    return Block(f"<div class='figure-box'>{tag}</div>", shown + FIGURE_GAP, "figure")


def _inline_run(nodes: list) -> str:
    return "".join(str(node) for node in nodes).strip()


def blocks_from_html(fragment: str, width: float = CONTENT_W) -> list[Block]:
    """The blocks of an HTML fragment (a rendered markdown cell, an output, a widget's value)."""
    soup = BeautifulSoup(fragment, "html.parser")
    for unwanted in soup.find_all(["style", "script"]) + soup.find_all("a", class_="anchor-link"):
        unwanted.decompose()
    # Drawings made of positioned boxes (the band meter's strip) do not survive a new layout;
    # the text beside them says the same in words.
    drawings = []
    for drawn in soup.find_all(style=re.compile(r"position:\s*absolute")):
        drawing = drawn.find_parent(style=re.compile(r"position:\s*relative")) or drawn
        if drawing not in drawings:
            drawings.append(drawing)
    for drawing in drawings:
        if not drawing.decomposed:
            drawing.decompose()
    # The slide's own type sizes and widths, not the notebook's (a 520 px box, a 1.1em line).
    for element in soup.find_all(style=True):
        if element.name in ("td", "th") and re.search(r"text-align:\s*right", element["style"]):
            element["class"] = element.get("class", []) + ["right"]
        del element["style"]
    return _blocks(list(soup.children), width)


def _blocks(nodes: list, width: float) -> list[Block]:
    found: list[Block] = []
    inline: list = []

    def flush():
        text = _inline_run(inline)
        if BeautifulSoup(text, "html.parser").get_text().strip():
            found.append(_paragraph(BeautifulSoup(f"<p>{text}</p>", "html.parser").p, width))
        inline.clear()

    for node in nodes:
        if isinstance(node, NavigableString):
            if str(node).strip():
                inline.append(node)
            continue
        if not isinstance(node, Tag):
            continue
        if node.name not in BLOCK_TAGS:
            inline.append(node)
            continue
        flush()
        found.extend(_block(node, width))
    flush()
    return found


TALLEST_TEXT = CONTENT_H * 0.6  # a paragraph taller than this is cut into pieces between sentences


def _paragraph(element: Tag, width: float, font_px: float = BODY_PX) -> Block:
    height = text_height(element, font_px, width) + PARAGRAPH_GAP
    text = text_of(element)
    return Block(str(element), height, "text", ends_with_colon=text.endswith(":"))


def _sentences(element: Tag, width: float) -> list[Block]:
    """A long paragraph as several, split after a sentence's full stop (outside any markup)."""
    pieces, current = [], []
    for node in list(element.contents):
        if isinstance(node, NavigableString):
            parts = re.split(r"(?<=[.!?])\s+(?=[A-Z“(])", str(node))
            for index, part in enumerate(parts):
                current.append(part)
                if index < len(parts) - 1:
                    pieces.append(current)
                    current = []
        else:
            current.append(str(node))
    pieces.append(current)
    blocks, chunk = [], ""
    for piece in ("".join(p).strip() for p in pieces if "".join(p).strip()):
        candidate = f"{chunk} {piece}".strip()
        block = _paragraph(BeautifulSoup(f"<p>{candidate}</p>", "html.parser").p, width)
        if chunk and block.height > TALLEST_TEXT:
            blocks.append(_paragraph(BeautifulSoup(f"<p>{chunk}</p>", "html.parser").p, width))
            chunk = piece
        else:
            chunk = candidate
    if chunk:
        blocks.append(_paragraph(BeautifulSoup(f"<p>{chunk}</p>", "html.parser").p, width))
    return blocks


def _block(element: Tag, width: float) -> list[Block]:
    name = element.name
    if name in ("h1", "h2", "h3", "h4", "h5", "h6"):
        level = int(name[1])
        if level >= 4:  # a small heading inside an output: bold text, not a new slide
            return [Block(f"<p><b>{element.decode_contents()}</b></p>",
                          text_height(element, BODY_PX, width) + PARAGRAPH_GAP)]
        return [heading_block(text_of(element), level, element.decode_contents())]
    if name == "p":
        images = element.find_all("img")
        if images and not text_of(element):
            return [b for image in images for b in _block(image, width)]
        block = _paragraph(element, width)
        return _sentences(element, width) if block.height > TALLEST_TEXT else [block]
    if name == "img":
        match = re.match(r"data:image/png;base64,(.*)", element.get("src", ""), re.S)
        return [figure_block(match[1].strip(), element.get("alt", ""))] if match else []
    if name in ("ul", "ol"):
        return _list(element, width)
    if name == "table":
        return _table(element, width)
    if name == "blockquote":
        inner = _blocks(list(element.children), width - QUOTE_INDENT)
        return [Block(f"<blockquote>{b.html}</blockquote>", b.height + 4, b.kind, ends_with_colon=b.ends_with_colon)
                for b in inner]
    if name == "pre":
        lines = element.get_text().rstrip("\n").split("\n")
        per_line = max(1, int(width // (BODY_PX * 0.8 * 0.62)))
        count = sum(max(1, math.ceil(len(line) / per_line)) for line in lines)
        return [Block(str(element), count * BODY_PX * 0.8 * 1.3 + 2 * 10 + PARAGRAPH_GAP)]
    if name == "hr":
        return []
    if name in ("div", "figure", "details", "dl"):
        children = [c for c in element.children if isinstance(c, Tag) or str(c).strip()]
        if any(isinstance(c, Tag) and c.name in BLOCK_TAGS for c in children):
            return _blocks(children, width)
        return [_paragraph(element, width)] if text_of(element) else []
    return [_paragraph(element, width)]


def _list(element: Tag, width: float) -> list[Block]:
    group = next(_groups)
    ordered = element.name == "ol"
    start = int(element.get("start", 1)) if ordered else 1
    items = element.find_all("li", recursive=False)
    blocks = []
    for number, item in enumerate(items, start=start):
        nested = item.find_all(["ul", "ol"], recursive=False)
        height = ITEM_GAP
        body = BeautifulSoup(str(item), "html.parser").li
        for sub in body.find_all(["ul", "ol"], recursive=False):
            sub.extract()
        height += text_height(body, BODY_PX, width - LIST_INDENT)
        for sub in nested:
            for sub_item in sub.find_all("li"):
                height += text_height(sub_item, BODY_PX, width - 2 * LIST_INDENT) + ITEM_GAP
        opening = f"<ol start='{number}'>" if ordered else "<ul>"
        blocks.append(Block(str(item), height, "item", group=group, opening=opening,
                            closing="</ol>" if ordered else "</ul>", overhead=PARAGRAPH_GAP,
                            ends_with_colon=text_of(body).endswith(":")))
    return blocks


TABLE_SIZES = (TABLE_PX, 20, 18)  # a wide table steps down, never below 18 px


def _table(element: Tag, width: float) -> list[Block]:
    """One block per body row; the header row is the group's overhead, repeated on each slide.
    The columns get fixed widths (written into the table), so that the browser wraps each
    cell where the estimate does; a table too wide for the slide steps its type down."""
    header = element.find("thead")
    rows = [row for row in element.find_all("tr") if not (header and row.find_parent("thead"))]
    header_rows = header.find_all("tr") if header else []
    all_rows = header_rows + rows
    columns = max((len(row.find_all(["td", "th"])) for row in all_rows), default=1)
    for font_px in TABLE_SIZES:
        widths, fits = _column_widths(all_rows, columns, width, font_px)
        if fits:
            break

    def row_height(row: Tag) -> float:
        cells = row.find_all(["td", "th"])
        tallest = max((text_height(cell, font_px, max(20, widths[min(i, columns - 1)] - 2 * CELL_PAD_X))
                       / BODY_LINE * TABLE_LINE for i, cell in enumerate(cells)), default=font_px * TABLE_LINE)
        # A link breaks where it can, not where the estimate says: one line more to spare.
        links = any(len(w) > LONG_WORD for cell in cells for w in text_of(cell).split(" "))
        return tallest + 2 * CELL_PAD_Y + 1 + (font_px * TABLE_LINE if links else 0)

    group = next(_groups)
    columns_html = "".join(f"<col style='width:{w:.0f}px'>" for w in widths)
    head_html = f"<thead>{''.join(str(r) for r in header_rows)}</thead>" if header_rows else ""
    opening = (f"<table style='width:{sum(widths):.0f}px;font-size:{font_px}px'><colgroup>{columns_html}</colgroup>"
               f"{head_html}<tbody>")
    overhead = sum(row_height(r) for r in header_rows) + PARAGRAPH_GAP
    return [Block(str(row), row_height(row), "row", group=group, opening=opening,
                  closing="</tbody></table>", overhead=overhead) for row in rows]


def _column_widths(rows: list[Tag], columns: int, width: float, font_px: float) -> tuple[list[float], bool]:
    """Like the browser's automatic table layout: each column its longest line if all fit,
    else its longest word plus a share of the rest in proportion to its longest line.
    Also whether the longest words fit at all at this type size."""
    char = font_px * LAYOUT_EM  # wider than CHAR_EM: a column must never be too narrow for its words
    most = [2 * CELL_PAD_X] * columns
    least = [2 * CELL_PAD_X] * columns
    for row in rows:
        for index, cell in enumerate(row.find_all(["td", "th"])[:columns]):
            text = text_of(cell)
            bold = 1.15 if cell.name == "th" or cell.find(["b", "strong"]) else 1
            most[index] = max(most[index], len(text) * char * bold + 2 * CELL_PAD_X + 8)
            # A very long word (a link, a file path) may break inside its cell instead.
            longest_word = min(LONG_WORD, max((len(w) for w in text.split(" ")), default=0))
            least[index] = max(least[index], longest_word * char * bold + 2 * CELL_PAD_X + 8)
    if sum(most) <= width:
        return most, True
    spare = width - sum(least)
    if spare < 0:
        return [n * width / sum(least) for n in least], False
    wanted = [m - n for m, n in zip(most, least)]
    total = sum(wanted) or 1
    return [n + spare * w / total for n, w in zip(least, wanted)], True


# --- widgets: their saved state as text and figures ---------------------------------------

def worth_a_slide(fragment: str) -> bool:
    """A table, a figure or a sentence: not a bare value ("4%") or a control's label, which
    mean nothing on a slide without the code or the slider beside them."""
    return "<table" in fragment or "<img" in fragment or \
        len(squeeze(BeautifulSoup(fragment, "html.parser").get_text(" "))) >= 40


def widget_blocks(notebook: nbformat.NotebookNode, model_id: str) -> list[Block]:
    """What a widget showed when the notebook was saved: its longer texts (report, table,
    caption) and its figures, in order; controls and their short labels are left out."""
    state = notebook.metadata.get("widgets", {}).get(WIDGET_STATE, {}).get("state", {})
    found: list[Block] = []

    def hidden(model: dict) -> bool:
        layout = model.get("state", {}).get("layout", "")
        layout_state = state.get(layout.replace("IPY_MODEL_", ""), {}).get("state", {}) if layout else {}
        return layout_state.get("display") == "none" or layout_state.get("visibility") == "hidden"

    def walk(model_id: str) -> None:
        model = state.get(model_id)
        if not model or hidden(model):
            return
        name, values = model["model_name"], model.get("state", {})
        if name in ("HTMLModel", "HTMLMathModel", "LabelModel"):
            value = values.get("value", "")
            if worth_a_slide(value):
                found.extend(blocks_from_html(value))
        elif name == "ImageModel":
            for buffer in model.get("buffers", []):
                if buffer.get("path") == ["value"]:
                    found.append(figure_block(buffer["data"]))
        for child in values.get("children", []):
            walk(child.replace("IPY_MODEL_", ""))

    walk(model_id)
    return found


def output_blocks(notebook: nbformat.NotebookNode, cell: nbformat.NotebookNode) -> list[Block]:
    found = []
    for output in cell.get("outputs", []):
        data = output.get("data", {})
        if WIDGET_VIEW in data:
            found.extend(widget_blocks(notebook, data[WIDGET_VIEW]["model_id"]))
        elif "image/png" in data:
            found.append(figure_block(data["image/png"].replace("\n", ""), data.get("text/plain", "")))
        elif "text/html" in data and worth_a_slide(data["text/html"]):
            found.extend(blocks_from_html(data["text/html"]))
        elif "text/markdown" in data:
            found.extend(blocks_from_html(markdown2html_mistune(data["text/markdown"])))
    return found


# --- packing blocks onto slides -----------------------------------------------------------

def tags_of(cell: nbformat.NotebookNode) -> list[str]:
    return cell.metadata.get("tags", [])


def unfolded(markdown: str) -> str:
    match = re.match(r"^\s*<details>\s*<summary>.*?</summary>\s*(.*?)\s*</details>\s*$", markdown, re.S)
    return match[1] if match else markdown


def paginate(items: list[tuple[str, object]], lang: str) -> list[Slide]:
    """``items``: ("block", Block) or ("note", html) in notebook order -> slides."""
    slides: list[Slide] = []
    title: Block | None = None
    blocks = [(kind, item) for kind, item in items]

    def cost(slide: Slide, block: Block) -> float:
        extra = block.overhead if block.group is not None and block.group not in slide.groups else 0.0
        return block.height + extra

    def start(heading: Block | None, continued: bool) -> Slide:
        slide = Slide()
        if heading is not None:
            if continued:
                text = BeautifulSoup(heading.html, "html.parser").get_text(" ").strip()
                heading = heading_block(f"{text} {WORDS[lang]['continued']}", max(heading.level, 2))
            slide.blocks.append(heading)
            slide.used = heading.height
        slides.append(slide)
        return slide

    slide = start(None, False)
    for index, (kind, item) in enumerate(blocks):
        if kind == "note":
            slide.notes.append(item)
            continue
        block: Block = item
        if block.kind == "heading":
            title = block
            slide = start(block, False) if slide.blocks else slide
            if not slide.blocks:
                slide.blocks.append(block)
                slide.used = block.height
            continue
        need = cost(slide, block)
        following = next((b for k, b in blocks[index + 1:] if k == "block"), None)
        keep_with_next = (block.ends_with_colon and following is not None and following.kind != "heading"
                          and slide.used + need + cost(slide, following) > CONTENT_H)
        if slide.used + need > CONTENT_H or (keep_with_next and len(slide.blocks) > 1):
            if len(slide.blocks) > (1 if slide.blocks and slide.blocks[0].kind == "heading" else 0):
                slide = start(title, True)
                need = cost(slide, block)
                if slide.used + need > CONTENT_H and block.kind == "figure" and slide.blocks:
                    slide.blocks.clear()  # a figure too tall to share its slide with a title stands alone
                    slide.used = 0.0
        slide.blocks.append(block)
        slide.used += need
        if block.group is not None:
            slide.groups.add(block.group)
    return [s for s in slides if s.blocks]


def slide_html(slide: Slide) -> str:
    parts, open_group = [], None
    closing = ""
    for block in slide.blocks:
        if block.group != open_group:
            if open_group is not None:
                parts.append(closing)
            if block.group is not None:
                parts.append(block.opening)
            open_group, closing = block.group, block.closing
        parts.append(block.html)
    if open_group is not None:
        parts.append(closing)
    return "".join(parts)


# --- the deck -------------------------------------------------------------------------

def deck_items(notebook: nbformat.NotebookNode, lang: str) -> list[tuple[str, object]]:
    """The notebook as blocks and notes, in order."""
    items: list[tuple[str, object]] = []
    words = WORDS[lang]
    for cell in notebook.cells:
        tags = tags_of(cell)
        if "language-setup" in tags:
            continue
        if cell.cell_type == "markdown":
            if "hint" in tags or "answer" in tags:
                label = words["hint"] if "hint" in tags else words["answer"]
                items.append(("note", f"<p><b>{label}:</b></p>{markdown2html_mistune(unfolded(cell.source))}"))
                continue
            for block in blocks_from_html(markdown2html_mistune(cell.source)):
                items.append(("block", block))
        elif cell.cell_type == "code":
            for block in output_blocks(notebook, cell):
                items.append(("block", block))
    return items


CSS = f"""
html, body {{background: #ffffff}}
.reveal {{font-family: "DejaVu Sans", "Noto Sans", "Segoe UI", Arial, sans-serif; font-size: {BODY_PX}px;
  line-height: {BODY_LINE}; color: #111111}}
.reveal .slides {{text-align: left}}
.reveal .slides section {{box-sizing: border-box; width: {SLIDE_W}px; height: {SLIDE_H}px;
  padding: {PAD_TOP}px {PAD_SIDE}px {PAD_BOTTOM}px; overflow: visible}}
.reveal h1, .reveal h2, .reveal h3 {{font-weight: bold; line-height: {HEADING_LINE}; margin: 0 0 12px;
  color: #0b2545; letter-spacing: normal; text-transform: none}}
.reveal h1 {{font-size: {HEADING_PX[1]}px}} .reveal h2 {{font-size: {HEADING_PX[2]}px}}
.reveal h3 {{font-size: {HEADING_PX[3]}px}}
.reveal p {{margin: 0 0 {PARAGRAPH_GAP}px}}
.reveal ul, .reveal ol {{margin: 0 0 {PARAGRAPH_GAP}px; padding-left: {LIST_INDENT}px}}
.reveal li {{margin: 0 0 {ITEM_GAP}px}}
.reveal li > ul, .reveal li > ol {{margin: {ITEM_GAP}px 0 0}}
.reveal blockquote {{margin: 0 0 4px; padding: 0 0 0 {QUOTE_INDENT - 6}px; border-left: 6px solid #9aa5b1;
  color: #333333; font-style: normal}}
.reveal table {{border-collapse: collapse; table-layout: fixed; font-size: {TABLE_PX}px; line-height: {TABLE_LINE};
  margin: 0 0 {PARAGRAPH_GAP}px}}
.reveal th, .reveal td {{padding: {CELL_PAD_Y}px {CELL_PAD_X}px; border-bottom: 1px solid #9aa5b1;
  vertical-align: top; text-align: left; overflow-wrap: break-word}}
.reveal th {{background: #e8edf2}}
.reveal td.right, .reveal th.right {{text-align: right}}
.reveal pre {{font-size: {BODY_PX * 0.8:.0f}px; line-height: 1.3; background: #f3f3f3; padding: 10px;
  margin: 0 0 {PARAGRAPH_GAP}px; white-space: pre-wrap; overflow-wrap: anywhere}}
.reveal code {{font-family: "DejaVu Sans Mono", monospace; font-size: 0.9em}}
.reveal .figure-box {{margin: 0 0 {FIGURE_GAP}px}}
.reveal img.figure {{display: block; max-width: none; margin: 0; border: 0; box-shadow: none}}
.reveal .keys {{font-size: {NOTE_PX}px; color: #555555; margin-top: 18px}}
.reveal mjx-container[display="true"] {{margin: 0.3em 0 !important}}
.reveal .progress {{height: 4px; color: #0b2545}}
"""

MATHJAX = """<script>window.MathJax = {tex: {inlineMath: [['$', '$'], ['\\\\(', '\\\\)']],
  displayMath: [['$$', '$$'], ['\\\\[', '\\\\]']], processEscapes: true}, svg: {fontCache: 'global'}};</script>
<script src="../_static/mathjax/es5/tex-svg.js"></script>"""


def lesson_number(name: str) -> str:
    return name[:2]


def is_deck(name: str) -> bool:
    return re.match(r"\d\d_", name) is not None and lesson_number(name) not in NOT_DECKS


def notes_html(points: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{markdown2html_mistune(p).strip().removeprefix('<p>').removesuffix('</p>')}</li>"
                            for p in points) + "</ul>"


def deck_html(notebook: nbformat.NotebookNode, lang: str, name: str, title: str,
              teacher_notes: list[str] | None = None) -> str:
    """The slides of one lesson notebook as a complete HTML page."""
    slides = paginate(deck_items(notebook, lang), lang)
    if not slides:
        raise SystemExit(f"{name}: nothing to put on slides")
    words = WORDS[lang]
    keys = f"<p class='keys'>{html.escape(words['keys'])}</p>"
    if slides[0].used + NOTE_PX * 1.3 * 2 + 18 <= CONTENT_H:
        slides[0].blocks.append(Block(keys, NOTE_PX * 1.3 * 2 + 18))
        slides[0].used += NOTE_PX * 1.3 * 2 + 18
    lesson = notes_html(teacher_notes) if teacher_notes else ""
    sections = []
    for slide in slides:
        notes = "".join(slide.notes)
        if lesson:
            notes += f"<p><b>{words['teacher']}:</b></p>{lesson}"
        aside = f"<aside class='notes'>{notes}</aside>" if notes else ""
        estimate = f" data-estimate='{slide.used:.0f}'"
        sections.append(f"<section{estimate}>{slide_html(slide)}{aside}</section>")
    body = "\n".join(sections)
    maths = MATHJAX if "$$" in body or re.search(r"(?<![\w$])\$[^$\s][^$]*\$", body) else ""
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(title)} · slides</title>
<link rel="stylesheet" href="../_static/reveal.js/dist/reveal.css">
<style>{CSS}</style>
</head>
<body>
<div class="reveal"><div class="slides">
{body}
</div></div>
<script src="../_static/reveal.js/dist/reveal.js"></script>
<script src="../_static/reveal.js/plugin/notes/notes.js"></script>
{maths}
<script>
Reveal.initialize({{width: {SLIDE_W}, height: {SLIDE_H}, margin: 0, minScale: 0.1, maxScale: 3, center: false,
  controls: false, progress: true, hash: true, transition: "none", plugins: [RevealNotes]}});
</script>
</body>
</html>
"""


def decks(lang: str) -> list[Path]:
    return [p for p in sorted((ROOT / "notebooks" / lang).glob("*.ipynb")) if is_deck(p.stem)]


def teacher_notes(lang: str) -> dict[str, list[str]]:
    return plans.teacher_notes(lang)
