"""The project's tools: building the notebooks, handouts, slides, worksheets and pocket pages,
the benchmarks and the set-up. Run one from the repository's root as ``python -m tools.NAME``
(``make`` does); the tests import them as ``tools.NAME``.
"""
