"""Every public function and class of the package, fed bad input: a result, or the bilingual
error naming the parameter.

The callables are found, not listed: every callable in every module's ``__all__`` (a new
module cannot escape). Each parameter in turn is given every value of ``POOL`` while the
others keep a good value (their default, or ``EXAMPLES``). A value of the wrong type for the
parameter's annotation must raise the package's ``BilingualError`` naming that parameter
(never work: ``comment_repetition("abc")`` read the text as three one-letter comments). A
value of the right type must work or raise that error (an unknown tier key, a negative
count). Anything else fails: KeyError, AttributeError, IndexError, a one-language message,
an error naming another parameter.

Records (classes that only hold the fields a loader gives them) are not called; the few
exemptions below say why.
"""

from __future__ import annotations

import collections.abc
import dataclasses
import importlib
import inspect
import numbers
import pkgutil
import types
import typing
from functools import cache

import pytest

import influtier_lite
from influtier_lite.core.errors import BilingualError
from influtier_lite.core.records import _Record

# Whole modules whose functions are tools for the package's own code, never for a user's input.
EXEMPT_MODULES = {
    "influtier_lite.core.csvdata": "the helpers every loader is built from: the path, line, row and column always "
                                   "come from a loader of the package, never from a user (the loaders are tested)",
    "influtier_lite.core.validate": "the checks themselves: they raise the bilingual error for the name and value "
                                    "a public function passes them",
    "influtier_lite.widgets.controls": "layout helpers and inputs the package's widgets are built from, with the "
                                       "package's own controls and callbacks (the widgets are tested)",
}
# Single callables, with the reason.
EXEMPT_CALLABLES = {
    name: "builds an error or a phrase from words.toml for the package's own code: its arguments are the "
          "package's literals (the errors it builds are what this test checks everywhere else)"
    for name in ("influtier_lite.core.words.error", "influtier_lite.core.words.value_error",
                 "influtier_lite.core.words.type_error", "influtier_lite.core.words.phrase")
}
EXEMPT_CALLABLES["influtier_lite.core.errors.shown"] = ("how a message shows a value (any value at all): a tool of "
                                                       "the messages")
# Single parameters, with the reason.
EXEMPT_PARAMETERS = {
    ("influtier_lite.core.words.check_lang", "name"): "the parameter name a message quotes: a literal of the package",
    ("influtier_lite.core.tiers.get_scheme", "name"): "the parameter name a message quotes: a literal of the package",
}

# Every parameter gets each of these. Which are of the wrong type depends on its annotation.
POOL = [None, True, 0, -1, 2.5, float("nan"), float("inf"), 10**16, 10**400, "", "abc", "5.000", [], ["abc"], [1],
        (), {}, {"nano": "x"}, object(), b"x"]


@cache
def good() -> dict:
    """A good value for each required parameter, by name (``CALL_EXAMPLES`` for one callable)."""
    from influtier_lite import classify, load_audience_sample, primary_benchmark, read_accounts, sample_path, screen
    from influtier_lite.core.campaign import plan_campaign
    from influtier_lite.core.errors import BilingualValueError
    from influtier_lite.core.quiz import load_questions

    accounts = load_audience_sample()
    shortlist = read_accounts(sample_path())
    from matplotlib.figure import Figure

    return {
        "followers": 12_000, "likes": 100, "comments": ["Keren!", "Mau dong @rina"], "er_percent": 4.0,
        "scheme": "partipost", "tier": classify(12_000), "tier_key": "micro", "value": 5_000, "value_percent": 7.5,
        "text": "5.000", "typed": "5.000", "keys": "near_edge;few_comments", "lang": "id", "table": shortlist.table,
        "result": shortlist, "account": accounts[0], "accounts": accounts,
        "screenings": [screen(a) for a in accounts], "series": [100, 120, 150], "following": 500,
        "counts": {"likes": 100, "comments": 10, "shares": 1, "saves": 2, "followers": 12_000},
        "benchmark": primary_benchmark("micro"), "name": "Instagram",
        "influencers": {"nano": 2}, "cost_per_post": {"nano": 500_000}, "budget": 100_000_000,
        "cost": 1_000_000, "engagements": 1_000, "impressions": 100_000, "reach": 10_000, "views": 10_000,
        "interactions": 150, "impressions_per_person": 1, "reach_share_percent": 100, "notebook": "12",
        "tiers": [("partipost", "nano")], "source": "partipost", "caption": "Makasih #ad", "key": "followers",
        "error": BilingualValueError("rusak.", "broken."), "lessons": "01, 03", "columns": ["a", "b"],
        "rows": [["1", "2"]], "figure": Figure(), "description": "Gambar / Figure", "png": b"\x89PNG",
        "plan": plan_campaign({"nano": 2}, {"nano": 500_000}, {"nano": 3_000}, budget=100_000_000),
        "low": 1_000, "high": 100_000, "questions": load_questions("id")[:3], "choices": {0: 1}, "choice": 0,
        "question": load_questions("id")[0], "objective": "awareness", "n": 1,
    }


CALL_EXAMPLES = {
    "influtier_lite.core.tiers.classify_many": {"followers": [5_000, 30_000]},
    "influtier_lite.core.tiers.tier_codes": {"followers": [5_000, 30_000]},
    "influtier_lite.core.claims.brand_claims": {"tier": "nano"},
    "influtier_lite.core.claims.claims_for": {"tier": "nano"},
    "influtier_lite.core.compare.source_date": {"source": "SOURCE"},
    "influtier_lite.core.accounts.read_accounts": {"source": "SAMPLE"},
    "influtier_lite.core.accounts.safe_text": {"value": "=1+1"},
    "influtier_lite.core.accounts_table.AccountsTable": {"columns": {"handle": ["@a"], "followers": [5_000]}},
    "influtier_lite.figures.engagement_scatter": {"followers": [1_000, 50_000], "er_percent": [8.0, 2.0],
                                                 "tiers": ["nano", "macro"]},
    "influtier_lite.core.shortlist.ui_text": {"key": "upload"},
    "influtier_lite.core.palette.tier_colour": {"key": "nano"},
    "influtier_lite.core.words.text": {"key": "followers"},
    "influtier_lite.core.campaign.plan_campaign": {"followers": {"nano": 3_000}},
    "influtier_lite.core.engagement.engagement_rate": {"comments": 10},
}


def examples_for(qualified: str) -> dict:
    examples = {**good(), **CALL_EXAMPLES.get(qualified, {})}
    from influtier_lite import SCHEMES, sample_path

    swaps = {"SOURCE": SCHEMES["partipost"].source, "SAMPLE": sample_path()}
    return {k: swaps.get(v, v) if isinstance(v, str) else v for k, v in examples.items()}


def is_record(obj: object) -> bool:
    """A class whose instances only hold the fields they are given (built by the package's loaders)."""
    return isinstance(obj, type) and (issubclass(obj, _Record) or (
        dataclasses.is_dataclass(obj) and not hasattr(obj, "__post_init__")))


def public_callables() -> dict[str, object]:
    """Qualified name (where it is defined) -> callable, for every callable in every ``__all__``."""
    found: dict[int, tuple[str, object]] = {}
    modules = ["influtier_lite"] + sorted(m.name for m in pkgutil.walk_packages(influtier_lite.__path__,
                                                                                 "influtier_lite."))
    for module_name in modules:
        module = importlib.import_module(module_name)
        for name in getattr(module, "__all__", ()):
            obj = getattr(module, name)
            if not callable(obj) or id(obj) in found or is_record(obj):
                continue
            if isinstance(obj, type) and issubclass(obj, BaseException):
                continue
            home = getattr(obj, "__module__", module_name)
            found[id(obj)] = (f"{home}.{obj.__name__}", obj)
    return dict(sorted(found.values(), key=lambda item: item[0]))


def hints(function: object) -> dict[str, object]:
    """Each parameter's annotation, evaluated in its module; an annotation that cannot be evaluated
    (a name only imported for type checkers) counts as "anything"."""
    target = function.__init__ if isinstance(function, type) else function
    namespace = vars(importlib.import_module(target.__module__))
    found = {}
    for name, annotation in getattr(target, "__annotations__", {}).items():
        try:
            found[name] = eval(annotation, namespace) if isinstance(annotation, str) else annotation
        except Exception:  # e.g. "pandas.Series" under TYPE_CHECKING
            found[name] = typing.Any
    return found


def matches(value: object, hint: object) -> bool:
    """Whether ``value`` is of the type ``hint`` says (bools are not numbers here: the package refuses them)."""
    if hint in (typing.Any, object, inspect.Parameter.empty):
        return True
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        return any(matches(value, arg) for arg in args)
    if hint is None or hint is type(None):
        return value is None
    if origin is typing.Literal:
        return value in args
    if hint is float:
        return isinstance(value, numbers.Real) and not isinstance(value, bool)
    if hint is int:
        return isinstance(value, numbers.Integral) and not isinstance(value, bool)
    if origin in (collections.abc.Callable,) or hint is collections.abc.Callable:
        return callable(value)
    if origin is not None and isinstance(origin, type):
        if not isinstance(value, origin):
            return False
        if issubclass(origin, collections.abc.Mapping):
            return not args or all(matches(k, args[0]) and matches(v, args[1]) for k, v in value.items())
        if origin is tuple and args and args[-1] is not Ellipsis:
            return len(value) == len(args) and all(matches(v, a) for v, a in zip(value, args))
        return not args or all(matches(v, args[0]) for v in value)
    if isinstance(hint, type):
        return isinstance(value, hint)
    return True


def call(function: object, arguments: dict) -> object:
    result = function(**arguments)
    if inspect.isgenerator(result):
        result = list(result)
    return result


def names_the_parameter(error: BilingualError, parameter: str) -> bool:
    named = error.parameter or ""
    return named == parameter or named.startswith((f"{parameter}[", f"{parameter}."))


def test_the_callables_are_found():
    callables = public_callables()
    assert len(callables) > 100
    names = set(callables)
    assert {"influtier_lite.core.audience.comment_repetition", "influtier_lite.core.accounts.flag_text",
            "influtier_lite.core.benchmarks.benchmark_sentence", "influtier_lite.widgets.explorer.TierExplorer",
            "influtier_lite.app.WorkshopApp"} <= names
    assert not [m for m in EXEMPT_MODULES if not any(n.startswith(m + ".") for n in names)]
    assert set(EXEMPT_CALLABLES) <= names and {name for name, _ in EXEMPT_PARAMETERS} <= names


def checked() -> list[tuple[str, object]]:
    return [(name, function) for name, function in public_callables().items()
            if name.rpartition(".")[0] not in EXEMPT_MODULES and name not in EXEMPT_CALLABLES]


@pytest.mark.parametrize("name, function", checked(), ids=[name for name, _ in checked()])
def test_bad_input_gets_the_bilingual_error_naming_the_parameter(name, function):
    signature = inspect.signature(function)
    parameters = [p for p in signature.parameters.values() if p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)]
    examples = examples_for(name)
    missing = [p.name for p in parameters if p.default is p.empty and p.name not in examples]
    assert not missing, f"{name}: add a good example for {missing} to EXAMPLES"
    chosen = CALL_EXAMPLES.get(name, {})
    base = {p.name: examples[p.name] if p.default is p.empty or p.name in chosen else p.default for p in parameters}
    call(function, base)  # the good call works
    types_of = hints(function)
    problems = []
    for parameter in parameters:
        if (name, parameter.name) in EXEMPT_PARAMETERS:
            continue
        hint = types_of.get(parameter.name, inspect.Parameter.empty)
        for value in POOL:
            shown = f"{name}({parameter.name}={value!r:.40})"
            try:
                call(function, {**base, parameter.name: value})
            except BilingualError as error:
                if not names_the_parameter(error, parameter.name):
                    problems.append(f"{shown}: names {error.parameter!r}: {error.en[:100]}")
            except Exception as error:  # which error it is, is the test
                problems.append(f"{shown}: {type(error).__name__}: {str(error)[:100]}")
            else:
                if not matches(value, hint):
                    problems.append(f"{shown}: works, though {value!r:.20} is not {hint}")
    assert not problems, "\n".join(problems)


def test_the_check_catches_what_it_is_for():
    """The known cases of issue 23, on stand-ins that behave as the package did."""

    def comment_repetition(comments: list[str] | tuple[str, ...]) -> float:
        return 0.0  # "abc" read as three one-letter comments

    def benchmark_sentence(er_percent: float, tier_key: str) -> str:
        return {"micro": "ok"}[tier_key]

    assert not matches("abc", hints(comment_repetition)["comments"])
    assert matches(("a", "b"), hints(comment_repetition)["comments"])
    with pytest.raises(KeyError):
        call(benchmark_sentence, {"er_percent": 3, "tier_key": "abc"})
    assert not matches(True, float) and matches(3, float) and not matches(None, str) and matches(None, str | None)


@pytest.mark.parametrize("call_it, parameter", [
    (lambda: influtier_lite.comment_repetition("abc"), "comments"),  # was 0.0: "abc" read as three comments
    (lambda: influtier_lite.benchmark_sentence(3, "abc"), "tier_key"),  # was KeyError: 'abc'
    (lambda: influtier_lite.flag_text(None, "id"), "keys"),  # was AttributeError: 'NoneType' ... 'split'
])
def test_the_cases_issue_23_found(call_it, parameter):
    with pytest.raises(BilingualError) as caught:
        call_it()
    assert caught.value.parameter == parameter and parameter in caught.value.id and parameter in caught.value.en
