"""Is the audience real? Screening signals on a synthetic sample (notebook 11).

Audit tools look at several signals (HypeAuditor's Audience Quality Score, for one, is
built from engagement, audience quality, follower growth and comment authenticity). Each
signal here is one number per account and one threshold the student sets:

- ``largest_weekly_growth``: the biggest week-on-week jump in followers, in percent;
- ``comment_repetition``: the share of comments that repeat another comment once tags
  (``@name``), punctuation and emoji are set aside;
- ``engagement_gap``: the engagement rate (likes + comments over followers, HypeAuditor's
  formula) over the vendor benchmark for the account's tier on Instagram (``benchmark_gap``,
  the same measure as notebook 14's "well below" flag);
- ``following_ratio``: accounts followed per follower;
- the share of the audience a tool places in Indonesia (read from the data as it is).

``screen`` flags an account when any signal crosses its threshold and says, for the
planted sample, which flags were right and which were false alarms. A flag is a prompt to
look closer, never proof: every signal has an innocent explanation too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .benchmarks import benchmark_for, benchmark_gap
from .csvdata import cell_flag, cell_number, check_unique, data_dir, folder, read_rows, row_error
from .data import SCHEMES
from .errors import BilingualTypeError, BilingualValueError
from .formatting import format_number, format_percent
from .table import Table
from .validate import a_sequence, an_instance, real_number, shown
from .words import check_lang, error, phrase, text, value_error

__all__ = ["AudienceAccount", "Thresholds", "DEFAULT_THRESHOLDS", "Screening", "SIGNALS", "PLANTED",
           "load_audience_sample",
           "largest_weekly_growth", "comment_repetition", "engagement_gap", "following_ratio", "screen",
           "screening_table", "summary_line"]

ACCOUNTS_FILE = "audience_accounts_synthetic.csv"
GROWTH_FILE = "audience_growth_synthetic.csv"
COMMENTS_FILE = "audience_comments_synthetic.csv"
ACCOUNT_COLUMNS = ["handle", "followers", "following", "avg_likes", "avg_comments", "home_country_share",
                   "planted", "honest", "synthetic", "note"]
PLANTED = ("none", "bought_followers", "bought_likes", "comment_pod", "follow_for_follow", "giveaway",
           "viral_post", "follows_many", "audience_abroad")
SIGNALS = ("growth", "repetition", "engagement", "following", "home")
SAMPLE_PLATFORM = "Instagram"  # the platform we imagine the made-up accounts on (notebook 11 says so)


@dataclass(frozen=True)
class AudienceAccount:
    """One fictional account of the notebook-11 sample, with its growth series and comments."""

    handle: str
    followers: int
    following: int
    avg_likes: int
    avg_comments: int
    home_country_share: float  # percent of the audience a tool would place in Indonesia
    planted: str  # one of PLANTED: what we built into this account
    honest: bool
    note: str
    growth: tuple[int, ...]  # followers week by week, oldest first
    comments: tuple[str, ...]

    @property
    def engagement_rate(self) -> float:
        """(likes + comments) / followers x 100, per post."""
        return (self.avg_likes + self.avg_comments) / self.followers * 100

    @property
    def tier(self) -> str:
        return SCHEMES["partipost"].find(self.followers).key


def _synthetic(path: Path, line: int, row: dict[str, str]) -> None:
    if row["synthetic"] != "yes":
        raise row_error(path, line, "err_audience_not_synthetic", synthetic=row["synthetic"])


def _whole(path: Path, line: int, row: dict[str, str], column: str) -> int:
    return int(cell_number(path, line, row, column, whole=True))


def load_audience_sample(directory: Path | None = None) -> tuple[AudienceAccount, ...]:
    """Read the three notebook-11 files (accounts, growth, comments), checking every row."""
    if directory is None:
        return _default_sample()
    directory = folder(directory)
    accounts_path, growth_path, comments_path = (directory / n for n in (ACCOUNTS_FILE, GROWTH_FILE, COMMENTS_FILE))
    growth: dict[str, list[tuple[int, int]]] = {}
    for line, row in read_rows(growth_path, ["handle", "week", "followers", "synthetic"]):
        _synthetic(growth_path, line, row)
        growth.setdefault(row["handle"], []).append((_whole(growth_path, line, row, "week"),
                                                     _whole(growth_path, line, row, "followers")))
    comments: dict[str, list[str]] = {}
    for line, row in read_rows(comments_path, ["handle", "number", "comment", "synthetic"]):
        _synthetic(comments_path, line, row)
        if not row["comment"]:
            raise row_error(comments_path, line, "err_audience_empty_comment")
        comments.setdefault(row["handle"], []).append(row["comment"])
    accounts, seen = [], {}
    for line, row in read_rows(accounts_path, ACCOUNT_COLUMNS):
        _synthetic(accounts_path, line, row)
        handle = row["handle"]
        check_unique(accounts_path, line, seen, "thing_account", handle)
        if row["planted"] not in PLANTED:
            raise row_error(accounts_path, line, "err_audience_planted", planted=row["planted"],
                            choices=", ".join(PLANTED))
        counts = {c: _whole(accounts_path, line, row, c) for c in ("followers", "following", "avg_likes",
                                                                   "avg_comments")}
        if counts["followers"] == 0:
            raise row_error(accounts_path, line, "err_audience_no_followers")
        home = cell_number(accounts_path, line, row, "home_country_share", at_most=100)
        series = [count for _, count in sorted(growth.get(handle, []))]
        if len(series) < 2 or series[-1] != counts["followers"]:
            raise row_error(accounts_path, line, "err_audience_series_missing", handle=handle, growth_file=GROWTH_FILE)
        if not comments.get(handle):
            raise row_error(accounts_path, line, "err_audience_no_comments", handle=handle, comments_file=COMMENTS_FILE)
        accounts.append(AudienceAccount(handle, counts["followers"], counts["following"], counts["avg_likes"],
                                        counts["avg_comments"], home, row["planted"],
                                        cell_flag(accounts_path, line, row, "honest"), row["note"], tuple(series),
                                        tuple(comments[handle])))
    return tuple(accounts)


@lru_cache(maxsize=1)
def _default_sample() -> tuple[AudienceAccount, ...]:
    return load_audience_sample(data_dir())


def largest_weekly_growth(series: Sequence[float]) -> float:
    """The biggest week-on-week growth in followers, in percent (0 if the count never grows)."""
    counts = [real_number(f"series[{i}]", v, non_negative=True)
              for i, v in enumerate(a_sequence("series", series, "what_weekly_follower_counts"))]
    if len(counts) < 2 or 0 in counts[:-1]:
        raise value_error("err_audience_series_too_short", parameter="series", value=series, series=list(series))
    return max(0.0, max((after - before) / before * 100 for before, after in zip(counts, counts[1:])))


_TAG_OR_SYMBOL = re.compile(r"@\w+|[^\w\s]")


def _normal_comment(comment: str) -> str:
    """Lower case, without @tags, punctuation and emoji: 'Ikut kak! @rina' -> 'ikut kak'."""
    return " ".join(_TAG_OR_SYMBOL.sub(" ", comment.lower()).split())


def comment_repetition(comments: list[str] | tuple[str, ...]) -> float:
    """Share of comments (percent) whose text, tags and emoji aside, appears more than once."""
    if not isinstance(comments, (list, tuple)) or not comments or not all(isinstance(c, str) for c in comments):
        kind = BilingualValueError if isinstance(comments, (list, tuple)) and not comments else BilingualTypeError
        raise error(kind, "err_audience_comments_list", parameter="comments", value=comments, shown=shown(comments))
    normal = [_normal_comment(c) for c in comments]
    return sum(normal.count(c) > 1 for c in normal) / len(normal) * 100


def engagement_gap(account: AudienceAccount) -> float | None:
    """The account's engagement rate over the vendor benchmark for its tier (``benchmark_gap``).

    The made-up accounts are Instagram accounts (our assumption, stated in notebook 11), so
    the benchmark is the Instagram one. 2 means twice the benchmark, 0.5 half of it; None
    where our references give no benchmark (mega).
    """
    _an_account("account", account)
    benchmark = benchmark_for(account.tier, SAMPLE_PLATFORM)
    if benchmark is None:
        return None
    return benchmark_gap(account.engagement_rate, benchmark)


def following_ratio(followers: float, following: float) -> float:
    """Accounts followed per follower: 0.1 follows one account for every ten followers."""
    audience = real_number("followers", followers, non_negative=True)
    follows = real_number("following", following, non_negative=True)
    if audience == 0:
        raise value_error("err_audience_no_followers_ratio", parameter="followers")
    return follows / audience


@dataclass(frozen=True)
class Thresholds:
    """Where each signal starts to raise a flag (the notebook's sliders).

    Args:
        growth: flag a weekly jump in followers above this percent.
        repetition: flag more than this percent of repeated comments.
        engagement: flag a rate more than this many times above, or below one over this many times,
            the tier's benchmark.
        following: flag more than this many accounts followed per follower.
        home: flag fewer than this percent of the audience in Indonesia.
    """

    growth: float = 20
    repetition: float = 40
    engagement: float = 3
    following: float = 0.8
    home: float = 50

    def __post_init__(self) -> None:
        for name in SIGNALS:
            real_number(name, getattr(self, name), non_negative=True)
        if self.engagement < 1:
            raise value_error("err_audience_engagement_below_1", parameter="engagement", value=self.engagement,
                              engagement=self.engagement)
        for name in ("repetition", "home"):
            if getattr(self, name) > 100:
                raise value_error("err_audience_over_100", parameter=name, value=getattr(self, name), name=name,
                                  shown=getattr(self, name))


DEFAULT_THRESHOLDS = Thresholds()  # where the notebook's sliders start


@dataclass(frozen=True)
class Screening:
    """One account's signals, the flags they raise, and how that compares with what we planted."""

    account: AudienceAccount
    values: dict[str, float | None]
    flags: tuple[str, ...]  # the signals that crossed their threshold, in SIGNALS order

    @property
    def flagged(self) -> bool:
        return bool(self.flags)

    @property
    def outcome(self) -> str:
        """"caught", "missed", "false_alarm" or "clear"."""
        if self.account.honest:
            return "false_alarm" if self.flagged else "clear"
        return "caught" if self.flagged else "missed"


def screen(account: AudienceAccount, thresholds: Thresholds = DEFAULT_THRESHOLDS) -> Screening:
    """Every signal of one account against the thresholds."""
    an_instance("thresholds", thresholds, Thresholds, "what_thresholds")
    gap = engagement_gap(_an_account("account", account))
    values = {"growth": largest_weekly_growth(account.growth), "repetition": comment_repetition(account.comments),
              "engagement": gap, "following": following_ratio(account.followers, account.following),
              "home": account.home_country_share}
    crossed = {"growth": values["growth"] > thresholds.growth,
               "repetition": values["repetition"] > thresholds.repetition,
               "engagement": gap is not None and (gap > thresholds.engagement or gap < 1 / thresholds.engagement),
               "following": values["following"] > thresholds.following,
               "home": values["home"] < thresholds.home}
    return Screening(account, values, tuple(s for s in SIGNALS if crossed[s]))


def screening_table(screenings: Sequence[Screening], lang: str = "id") -> Table:
    """One row per account: each signal (with ⚑ where it raised a flag), then the result."""
    lang = check_lang(lang)
    screenings = _screenings(screenings)

    def shown(result: Screening, signal: str) -> str:
        value = result.values[signal]
        if value is None:
            cell = "\u2013"
        elif signal in ("growth", "repetition", "home"):
            cell = format_percent(value, lang, decimals=0)
        else:
            cell = text("aq_times", lang, value=format_number(value, lang, decimals=2 if signal == "following" else 1))
        return f"\u2691 {cell}" if signal in result.flags else cell

    rows = [[r.account.handle, *(shown(r, s) for s in SIGNALS), text(f"aq_planted_{r.account.planted}", lang),
             text(f"aq_outcome_{r.outcome}", lang)] for r in screenings]
    columns = [text(k, lang) for k in ("aq_col_account", *(f"aq_col_{s}" for s in SIGNALS), "aq_col_planted",
                                       "aq_col_outcome")]
    return Table(columns, rows, align_right=columns[1:6])


def summary_line(screenings: Sequence[Screening], lang: str = "id") -> str:
    """How many planted accounts were caught and how many honest ones were flagged wrongly."""
    lang = check_lang(lang)
    outcomes = [s.outcome for s in _screenings(screenings)]
    planted = sum(o in ("caught", "missed") for o in outcomes)
    honest = len(outcomes) - planted
    return text("aq_summary", lang,
                caught=phrase("aq_summary_caught", planted, caught=outcomes.count("caught"), planted=planted),
                alarms=phrase("aq_summary_alarms", honest, false_alarms=outcomes.count("false_alarm"), honest=honest))


def _an_account(name: str, account: object) -> AudienceAccount:
    return an_instance(name, account, AudienceAccount, "what_account_load_audience_sample")


def _screenings(screenings: object) -> list[Screening]:
    return a_sequence("screenings", screenings, "what_results_screen",
                      lambda label, item: an_instance(label, item, Screening, "what_result_screen"))
