"""The project's tools: building the notebooks, handouts, slides, worksheets and pocket pages,
the benchmarks and the set-up. Run one from the repository's root as ``python -m tools.NAME``
(``make`` does); the tests import them as ``tools.NAME``.
"""

from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def build_main(build: Callable[[Path], list[Path]], folder: str, argv: list[str]) -> None:
    """The command line of a tool that builds files: ``python -m tools.NAME [OUTPUT]`` builds
    into OUTPUT (default ``build/<folder>``) and names every file it wrote."""
    output = Path(argv[0]) if argv else ROOT / "build" / folder
    for path in build(output):
        print(f"wrote {path.relative_to(output.parent) if path.is_relative_to(output.parent) else path}")
