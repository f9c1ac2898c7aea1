"""Which tier an account is in: one count (``classify``) or millions at once (``classify_many``)."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

from ._validate import real_number
from .data import SCHEMES
from .i18n import bilingual
from .schemes import Scheme, Tier

if TYPE_CHECKING:
    import pandas

__all__ = ["classify", "classify_many", "tier_codes", "get_scheme"]


def get_scheme(scheme: str | Scheme) -> Scheme:
    """A Scheme from its id (``"partipost"``, ``"harmony"``, a reference id) or itself."""
    if isinstance(scheme, Scheme):
        return scheme
    if isinstance(scheme, str) and scheme in SCHEMES:
        return SCHEMES[scheme]
    known = ", ".join(SCHEMES)
    raise ValueError(
        bilingual(
            f"scheme = {scheme!r}: skema tidak dikenal; pilih salah satu dari {known}.",
            f"scheme = {scheme!r}: unknown scheme; choose one of {known}.",
        )
    )


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


def classify_many(followers: Any, scheme: str | Scheme = "partipost") -> "pandas.Categorical | pandas.Series":
    """Tier keys for many counts at once, vectorised (no Python loop per row).

    Args:
        followers: a NumPy array, a pandas Series or a list of counts. A missing
            count (NaN, None, pandas NA) gives a missing tier.
        scheme: scheme id or Scheme.
    Returns:
        A pandas Series of ordered categories (tier keys, lowest tier first) with the
        input's index when given a Series, else a ``pandas.Categorical``. Counts where
        the scheme names no tier are missing.
    Raises:
        TypeError: the values are not numbers (text, booleans).
        ValueError: a count is negative or infinite; the message names its position.
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
        label = followers.index[position] if _is_pandas(followers) else position
        raise ValueError(
            bilingual(
                f"followers[{label!r}] = {values[position]!r}: jumlah pengikut harus terhingga dan tidak negatif.",
                f"followers[{label!r}] = {values[position]!r}: a follower count must be finite and non-negative.",
            )
        )
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


def _as_float_array(followers: Any):
    import numpy as np

    if _is_pandas(followers):
        import pandas as pd

        dtype = followers.dtype
        if pd.api.types.is_bool_dtype(dtype) or not pd.api.types.is_numeric_dtype(dtype):
            raise _type_error(dtype)
        return followers.to_numpy(dtype="float64", na_value=np.nan)
    array = np.asarray(followers if not isinstance(followers, list) else
                       [np.nan if v is None else v for v in followers])
    if array.dtype.kind not in "iuf":
        raise _type_error(array.dtype)
    return array.astype("float64", copy=False).ravel()


def _type_error(dtype: object) -> TypeError:
    return TypeError(
        bilingual(
            f"followers (dtype {dtype}): harus berisi angka; ubah teks dengan parse_count().",
            f"followers (dtype {dtype}): must hold numbers; convert text with parse_count().",
        )
    )
