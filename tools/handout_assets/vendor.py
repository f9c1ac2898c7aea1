"""Refresh tools/handout_assets/vendor/ from the npm registry (run by hand, needs npm).

    python tools/handout_assets/vendor.py

Installs the exact versions in package-lock.json into a temporary folder (``npm ci``,
no install scripts) and copies the few files the offline handouts load, each with its
licence, into vendor/. The copies are committed, so ``make handouts`` needs neither npm
nor a network; tools/handouts.py copies them next to the pages. Nothing in vendor/ is
edited by hand: tools/handouts.py makes its few offline changes (no web-font @import)
while copying, and says so.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
VENDOR = HERE / "vendor"
# package -> files to copy, relative to the package folder. Each package's package.json
# (which names its licence) and licence files come along; see LICENCES below.
FILES = {
    "@jupyter-widgets/html-manager": ["dist/embed-amd.js", "dist/embed.js.LICENSE.txt"],
    "requirejs": ["require.js"],  # its licence is the notice at the top of require.js
    "jquery": ["dist/jquery.min.js", "LICENSE.txt"],
    "reveal.js": ["dist/reveal.js", "dist/reveal.css", "dist/theme/simple.css", "plugin/notes/notes.js", "LICENSE"],
    "mathjax": ["es5/tex-svg.js", "LICENSE"],
}
FONT_SUFFIXES = (".woff2", ".woff")  # the widget renderer's icon fonts, in the formats browsers use


def main() -> None:
    if shutil.which("npm") is None:
        raise SystemExit("npm not found: vendor/ is committed, so make handouts works without it")
    with tempfile.TemporaryDirectory(prefix="influtier-assets-") as tmp:
        work = Path(tmp)
        for name in ("package.json", "package-lock.json"):
            shutil.copy(HERE / name, work / name)
        subprocess.run(["npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund"], cwd=work, check=True)
        if VENDOR.exists():
            shutil.rmtree(VENDOR)
        versions = {}
        for package, files in FILES.items():
            source = work / "node_modules" / package
            target = VENDOR / package
            versions[package] = json.loads((source / "package.json").read_text(encoding="utf-8"))["version"]
            for relative in [*files, "package.json"]:
                (target / relative).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy(source / relative, target / relative)
            if package == "@jupyter-widgets/html-manager":
                for font in (source / "dist").iterdir():
                    if font.suffix in FONT_SUFFIXES:
                        shutil.copy(font, target / "dist" / font.name)
        # html-manager (ipywidgets' JavaScript, BSD-3-Clause) ships no licence file of its own:
        # the text is ipywidgets' LICENSE, the same project's, from the Python package.
        from importlib.metadata import distribution

        licence = next(f for f in distribution("ipywidgets").files if f.name == "LICENSE")
        shutil.copy(licence.locate(), VENDOR / "@jupyter-widgets" / "html-manager" / "LICENSE")
        (VENDOR / "VERSIONS.json").write_text(json.dumps(versions, indent=2) + "\n", encoding="utf-8")
    print(f"vendor/ refreshed: {versions}")


if __name__ == "__main__":
    main()
