"""Which tier an account is in: one count (``classify``) or millions at once (``classify_many``)."""

from __future__ import annotations

import numbers
import sys
from typing import TYPE_CHECKING, Any

from .data import SCHEMES
from .records import Scheme, Tier
from .validate import out_of_range, real_number, shown
from .words import type_error, value_error

if TYPE_CHECKING:
    import pandas

__all__ = ["classify", "classify_many", "tier_codes", "get_scheme"]


def get_scheme(scheme: str | Scheme, name: str = "scheme") -> Scheme:
    """A Scheme from its id (``"partipost"``, ``"harmony"``, a reference id) or itself;
    ``name`` is the parameter an error names."""
    if isinstance(scheme, Scheme):
        return scheme
    if isinstance(scheme, str) and scheme in SCHEMES:
        return SCHEMES[scheme]
    known = ", ".join(SCHEMES)
    raise value_error("err_tiers_unknown_scheme", parameter=name, value=scheme, name=name, scheme=shown(scheme),
                      known=known)


def scheme_tier(key: object, scheme: str | Scheme = "partipost", name: str = "tier_key") -> Tier:
    """The tier ``key`` of ``scheme``, or a bilingual error naming ``name`` and the known keys."""
    chosen = get_scheme(scheme)
    keys = [t.key for t in chosen.tiers]
    if key not in keys:
        raise value_error("err_tiers_unknown_tier", parameter=name, value=key, name=name, shown=shown(key),
                          keys=", ".join(keys))
    return chosen.tier(key)


def classify(followers: float, scheme: str | Scheme = "partipost") -> Tier | None:
    """The tier of an account with ``followers`` followers under ``scheme``.

    Edges follow the article's words exactly (see ``data/tiers.csv``): under Partipost
    5.000 is micro and 100.000 is macro; under Harmony 100.000 is micro. Counts may be
    fractional (averages): 4999.5 is nano. Returns None where the scheme names no tier
    (Harmony below 1.000 followers).

    Raises:
        TypeError: ``followers`` is not a number (a string, None, a bool).
        ValueError: ``followers`` is negative, NaN or infinite; ``scheme`` is unknown.
    """
    count = real_number("followers", followers, non_negative=True)
    return get_scheme(scheme).find(count)


def classify_many(followers: Any, scheme: str | Scheme = "partipost") -> pandas.Categorical | pandas.Series:
    """Tier keys for many counts at once, vectorised (no Python loop per row).

    Args:
        followers: a one-dimensional NumPy array, pandas Series or Index, or a list of
            counts. A missing count (None, NaN, pandas NA, NaT) gives a missing tier.
        scheme: scheme id or Scheme.
    Returns:
        A pandas Series of ordered categories (tier keys, lowest tier first) with the
        input's index when given a Series, else a ``pandas.Categorical``; one tier per
        count, in the input's order. Counts where the scheme names no tier are missing.
    Raises:
        TypeError: a value is not a number (text, a boolean); the message names its position.
        ValueError: a count is negative or infinite (the message names its position), or
            the input is not one-dimensional (a DataFrame, a table of lists, a single number).
    """
    import pandas as pd

    chosen = get_scheme(scheme)
    codes = tier_codes(followers, chosen)
    categories = pd.CategoricalDtype([t.key for t in chosen.tiers], ordered=True)
    result = pd.Categorical.from_codes(codes, dtype=categories, validate=False)
    if isinstance(followers, pd.Series):
        return pd.Series(result, index=followers.index, name=followers.name)
    return result


def tier_codes(followers: Any, scheme: str | Scheme = "partipost"):
    """The position of each count's tier in ``scheme.tiers`` (0 = lowest), -1 where the
    scheme names no tier or the count is missing. The NumPy core of ``classify_many``,
    for notebooks that do not need pandas (it costs a kernel about 30 MB).

    Raises the same errors as ``classify_many``.
    """
    import numpy as np

    chosen = get_scheme(scheme)
    values = _as_float_array(followers)
    bad = np.isinf(values) | (values < 0)  # NaN compares False: left as missing
    if bad.any():
        position = int(np.flatnonzero(bad)[0])
        label = _label(followers, position)
        raise value_error("err_tiers_count_not_finite", parameter=f"followers[{label!r}]", value=values[position],
                          label=label, count=values[position])
    codes = np.searchsorted(np.asarray(chosen.thresholds), values, side="right") - 1
    top = chosen.tiers[-1]
    if top.max_followers is not None:  # a closed top tier: counts above it have no tier
        codes[(values > top.max_followers) | ((values == top.max_followers) & (not top.max_included))] = -1
    codes[np.isnan(values)] = -1
    return codes


def _is_pandas(value: Any) -> bool:
    """A pandas Series or Index, checked without importing pandas when nobody has."""
    pd = sys.modules.get("pandas")
    return pd is not None and isinstance(value, (pd.Series, pd.Index))


def _label(followers: Any, position: int) -> Any:
    """How to name one value: its index label in a Series, its position anywhere else."""
    pd = sys.modules.get("pandas")
    if pd is not None and isinstance(followers, pd.Series):
        return followers.index[position]
    return position


def _as_float_array(followers: Any):
    """The counts as a 1-D float array, every missing marker (None, NaN, pandas NA, NaT) as NaN."""
    import numpy as np

    if _is_pandas(followers):
        import pandas as pd

        dtype = followers.dtype
        if pd.api.types.is_numeric_dtype(dtype) and not pd.api.types.is_bool_dtype(dtype):
            return followers.to_numpy(dtype="float64", na_value=np.nan)
        return _from_objects(followers, list(followers))
    if isinstance(followers, (list, tuple)) and any(
            isinstance(v, (list, tuple)) or getattr(v, "ndim", 0) for v in followers):
        raise _shape_error(_shape(followers))
    array = np.asarray(followers)
    if isinstance(followers, (list, tuple)) and array.ndim == 1 and (
            array.dtype.kind not in "iuf" or any(isinstance(v, (bool, np.bool_)) for v in followers)):
        array = np.array(followers, dtype=object)  # [5000, "x"] and [5000, True]: as written, not coerced
    if array.ndim != 1:
        raise _shape_error(array.shape)
    if array.dtype.kind in "iuf":
        return array.astype("float64", copy=False)
    return _from_objects(followers, list(array))


def _from_objects(followers: Any, values: list) -> Any:
    """Element by element (text, mixed or missing values): numbers and missing markers pass,
    anything else is refused with its position."""
    import numpy as np

    result = np.empty(len(values), dtype="float64")
    for position, value in enumerate(values):
        if _is_missing(value):
            result[position] = np.nan
        elif isinstance(value, (bool, np.bool_)) or not isinstance(value, numbers.Real):
            label = _label(followers, position)
            value = value.item() if isinstance(value, (np.str_, np.bool_)) else value
            raise type_error("err_tiers_not_a_number", parameter=f"followers[{label!r}]", value=value, label=label,
                             shown=shown(value), type=type(value).__name__)
        else:
            try:
                result[position] = float(value)
            except OverflowError:
                raise out_of_range(f"followers[{_label(followers, position)!r}]", value) from None
    return result


def _is_missing(value: Any) -> bool:
    """None, NaN, pandas NA and NaT (pandas' or NumPy's): a missing count."""
    if value is None:
        return True
    if isinstance(value, numbers.Real) and not isinstance(value, bool):
        return value != value  # NaN is the one number unequal to itself
    pd, np = sys.modules.get("pandas"), sys.modules.get("numpy")
    if pd is not None and (value is pd.NA or value is pd.NaT):
        return True
    return np is not None and isinstance(value, (np.datetime64, np.timedelta64)) and bool(np.isnat(value))


def _shape(followers: list | tuple) -> tuple:
    import numpy as np

    try:
        return np.shape(np.asarray(followers))
    except ValueError:  # ragged: rows of different lengths
        return (len(followers), "…")


def _shape_error(shape: tuple) -> ValueError:
    return value_error("err_tiers_not_one_dimensional", parameter="followers", shape=shape)
