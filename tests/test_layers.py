"""The package's layers, checked from its import statements (those inside functions too).

core (pure) <- figures (matplotlib) <- widgets (ipywidgets) <- app. The core never imports a
widget, plotting or notebook library; a layer never imports one above it; and no module
imports another that imports it back, however indirectly (a cycle only kept alive by an
import inside a function is still a cycle).
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "influtier_lite"
FORBIDDEN_IN_CORE = ("ipywidgets", "matplotlib", "IPython", "PIL")
LAYERS = ("core", "figures", "widgets", "app")  # bottom to top


def module_names(package: Path) -> dict[str, Path]:
    """Every module of the package by dotted name (a package by its own name, from __init__.py)."""
    names = {}
    for path in sorted(package.rglob("*.py")):
        parts = list(path.relative_to(package.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        names[".".join(parts)] = path
    return names


def imports_of(name: str, path: Path) -> list[tuple[str, int]]:
    """(imported module, line) for every import statement in the file, wherever it stands,
    relative imports resolved; ``from x import y`` gives ``x.y`` where that may be a module
    (the caller keeps it only if it is one) and ``x``. A constant ``importlib.import_module``
    call counts too."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[:len(base) - (node.level - 1)]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module
            found.append((module, node.lineno))
            found += [(f"{module}.{alias.name}", node.lineno) for alias in node.names]
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "import_module"
              and node.args and isinstance(node.args[0], ast.Constant)):
            target = node.args[0].value
            if target.startswith(".") and len(node.args) > 1:
                target = f"{package}{target}"
            found.append((target, node.lineno))
    return found


def import_graph(package: Path) -> dict[str, set[str]]:
    """Module -> the package's modules it imports. The top package's lazy names (``LAZY``:
    module -> names, imported on first use) count as imports of the top package."""
    modules = module_names(package)
    graph = {name: set() for name in modules}
    for name, path in modules.items():
        for target, _ in imports_of(name, path):
            if target in modules and target != name:
                graph[name].add(target)
    top = package.name
    tree = ast.parse(modules[top].read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.AnnAssign) and getattr(node.target, "id", None) == "LAZY":
            for key in ast.literal_eval(node.value):
                graph[top].add(f"{top}.{key}")
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle (a path that ends where it starts), or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for target in sorted(graph.get(node, ())):
            if state.get(target) == 1:
                return path[path.index(target):] + [target]
            if target not in state:
                cycle = visit(target)
                if cycle:
                    return cycle
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state:
            cycle = visit(node)
            if cycle:
                return cycle
    return None


def layer(name: str) -> int | None:
    parts = name.split(".")
    return LAYERS.index(parts[1]) if len(parts) > 1 and parts[1] in LAYERS else None


def test_the_package_has_its_layers():
    modules = module_names(PACKAGE)
    assert len([m for m in modules if m.startswith("influtier_lite.core.")]) >= 20
    assert len([m for m in modules if m.startswith("influtier_lite.widgets.")]) >= 10
    assert {"influtier_lite.figures", "influtier_lite.app"} <= set(modules)


def core_violations(package: Path) -> list[str]:
    wrong = []
    for name, path in module_names(package).items():
        if name.split(".")[1:2] != ["core"]:
            continue
        for target, line in imports_of(name, path):
            if target.split(".")[0] in FORBIDDEN_IN_CORE:
                wrong.append(f"{path.relative_to(package.parent)}:{line} imports {target}")
    return wrong


def test_the_core_imports_no_widget_plotting_or_notebook_module():
    assert not core_violations(PACKAGE)


def test_importing_every_core_module_loads_no_widget_or_plotting_library():
    """The same at run time, through third-party imports too."""
    modules = [m for m in module_names(PACKAGE) if m.startswith("influtier_lite.core")]
    code = ("import sys\n" + "".join(f"import {m}\n" for m in modules)
            + f"print(sorted({{m.split('.')[0] for m in sys.modules}} & set({FORBIDDEN_IN_CORE!r})))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert result.stdout.strip() == "[]"


def test_no_layer_imports_one_above_it():
    wrong = [f"{name} -> {target}" for name, targets in import_graph(PACKAGE).items() for target in targets
             if layer(name) is not None and layer(target) is not None and layer(target) > layer(name)]
    assert not wrong


def test_no_import_cycle_anywhere_in_the_package():
    graph = import_graph(PACKAGE)
    assert sum(len(targets) for targets in graph.values()) > 100  # the graph is really built
    assert find_cycle(graph) is None, " -> ".join(find_cycle(graph))


def test_the_checks_catch_what_they_are_for(tmp_path):
    """A cycle kept alive by an import inside a function, and matplotlib imported inside a
    function of the core: both are found."""
    package = tmp_path / "pkg"
    (package / "core").mkdir(parents=True)
    (package / "__init__.py").write_text("LAZY: dict = {'core.a': ('f',)}\n")
    (package / "core" / "__init__.py").write_text("")
    (package / "core" / "a.py").write_text("from .b import g\n\ndef f():\n    import matplotlib.pyplot\n")
    (package / "core" / "b.py").write_text("def g():\n    from . import a\n")
    graph = import_graph(package)
    assert graph["pkg"] == {"pkg.core.a"}
    assert find_cycle(graph) == ["pkg.core.a", "pkg.core.b", "pkg.core.a"]
    assert core_violations(package) == ["pkg/core/a.py:4 imports matplotlib.pyplot"]
