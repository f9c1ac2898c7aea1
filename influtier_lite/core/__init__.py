"""The pure core: everything influtier_lite knows, without a widget, a figure or a notebook.

Records and checks (``records``, ``validate``), numbers in both languages (``formatting``),
the words (``words``, read from ``words.toml``: every sentence in both languages), the data
files (``csvdata``, ``data``) and what is computed from them:
tiers, engagement, the text of every answer (``report``, ``band``, ``compare``, ``claims``,
``benchmarks``, ``citations``), the planner's and cost measures' arithmetic (``campaign``,
``platforms``), the shortlist (``accounts``, ``accounts_table``, ``shortlist``), audience screening, the
disclosure detector, the quiz's logic and plain tables (``table``).

No module here imports ipywidgets, matplotlib, IPython or PIL, not even inside a function
(tests/test_layers.py checks every import). The figures (``influtier_lite.figures``) and
the widgets (``influtier_lite.widgets``) are built on top; the app on top of those.
Modules import each other by name (``from .tiers import classify``), never through this
package, so that importing one module loads only what it needs.
"""
