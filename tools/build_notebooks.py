"""Build notebooks/id/*.ipynb and notebooks/en/*.ipynb from one bilingual source each.

Each file in tools/notebook_sources/ defines CELLS, a list made with md(id=..., en=...)
and code(...). The two languages get the same code cells; only the first code cell
differs: it sets LANG. Every notebook is then run from a fresh kernel (the same as
"Restart and Run All") and saved with its outputs and widget state.

    python -m tools.build_notebooks            # all notebooks
    python -m tools.build_notebooks 00_tier    # only sources whose name starts so
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "tools" / "notebook_sources"
LANGS = ("id", "en")
SETUP = {
    "id": 'LANG = "id"  # bahasa notebook ini: "id" (bahasa Indonesia) atau "en" (bahasa Inggris)',
    "en": 'LANG = "en"  # this notebook\'s language: "en" (English) or "id" (Indonesian)',
}


def md(*, id: str, en: str, tags: tuple[str, ...] = ()) -> dict:  # "id" is the language code
    return {"type": "markdown", "id": id.strip(), "en": en.strip(), "tags": list(tags)}


# Exercises: one convention in every notebook. The task is a markdown cell tagged
# "exercise"; its hint and answer follow in their own cells, tagged "hint" and "answer",
# folded in <details> so that nothing is given away until the student opens it.
HINT_SUMMARY = {"id": "💡 Petunjuk", "en": "💡 Hint"}
ANSWER_SUMMARY = {"id": "✅ Jawaban", "en": "✅ Answer"}


def exercise(*, id: str, en: str) -> dict:
    return md(id=f"### ✏️ Coba sendiri\n\n{id.strip()}", en=f"### ✏️ Try it\n\n{en.strip()}", tags=("exercise",))


def _folded(summary: dict, id: str, en: str, tag: str) -> dict:
    return md(id=f"<details><summary>{summary['id']}</summary>\n\n{id.strip()}\n\n</details>",
              en=f"<details><summary>{summary['en']}</summary>\n\n{en.strip()}\n\n</details>", tags=(tag,))


def hint(*, id: str, en: str) -> dict:
    return _folded(HINT_SUMMARY, id, en, "hint")


def answer(*, id: str, en: str) -> dict:
    return _folded(ANSWER_SUMMARY, id, en, "answer")


def code(source: str | None = None, *, id: str | None = None, en: str | None = None,
         tags: tuple[str, ...] = ()) -> dict:
    """A code cell, the same in both languages; or, with ``id=`` and ``en=``, the same code with
    comments in each notebook's language (the parity test compares code without comments)."""
    sources = {"id": id, "en": en} if source is None else {"id": source, "en": source}
    return {"type": "code", "source": {lang: text.strip() for lang, text in sources.items()}, "tags": list(tags)}


def setup() -> dict:
    """The one code cell that differs between languages."""
    return {"type": "setup"}


def notebook_for(cells: list[dict], lang: str, name: str) -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook()
    nb.metadata = {
        "kernelspec": {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"},
        "language_info": {"name": "python"},
        "influtier": {"lang": lang, "source": f"tools/notebook_sources/{name}.py"},
    }
    for index, cell in enumerate(cells):
        cell_id = f"{name[:2]}-{index:02d}"
        if cell["type"] == "markdown":
            new = nbformat.v4.new_markdown_cell(cell[lang], id=cell_id)
            if cell["tags"]:
                new.metadata["tags"] = cell["tags"]
        elif cell["type"] == "setup":
            new = nbformat.v4.new_code_cell(SETUP[lang], id=cell_id)
            new.metadata["tags"] = ["language-setup"]
        else:
            new = nbformat.v4.new_code_cell(cell["source"][lang], id=cell_id)
            if cell["tags"]:
                new.metadata["tags"] = cell["tags"]
        nb.cells.append(new)
    return nb


def build(source: Path) -> list[Path]:
    helpers = {"md": md, "code": code, "setup": setup, "exercise": exercise, "hint": hint, "answer": answer}
    cells = runpy.run_path(str(source), init_globals=helpers)["CELLS"]
    if sum(c["type"] == "setup" for c in cells) != 1:
        raise SystemExit(f"{source.name}: needs exactly one setup() cell")
    written = []
    for lang in LANGS:
        folder = ROOT / "notebooks" / lang
        folder.mkdir(parents=True, exist_ok=True)
        nb = notebook_for(cells, lang, source.stem)
        client = NotebookClient(nb, timeout=300, kernel_name="python3", record_timing=False,
                                store_widget_state=True, resources={"metadata": {"path": str(folder)}})
        client.execute()
        path = folder / f"{source.stem}.ipynb"
        nbformat.write(nb, path)
        written.append(path)
    return written


def main(prefixes: list[str]) -> None:
    sources = sorted(p for p in SOURCES.glob("*.py") if not prefixes or p.stem.startswith(tuple(prefixes)))
    if not sources:
        raise SystemExit(f"no notebook sources in {SOURCES} match {prefixes}")
    for source in sources:
        for path in build(source):
            print(f"built {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main(sys.argv[1:])
