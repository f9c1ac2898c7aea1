"""Make data/sample_accounts_synthetic.csv: 500 FICTIONAL accounts for exercises.

Synthetic data, not a survey: every handle and number is made up here. The generator
is seeded, so running it again gives the same file (a test checks that the shipped
file matches). Run it from anywhere:  python data/make_sample_accounts.py

How it is made (assumptions of ours, labelled as such in the notebooks):
- followers: a tier is drawn (nano 30%, micro 30%, macro 20%, mega 20% of accounts),
  then a count log-uniformly inside Partipost's range for that tier (nano from 200,
  mega up to 5 million);
- engagement rate: follows Partipost's bands loosely. A typical rate is interpolated on
  log scales through the middle of each band (8.5% at 1.500 followers, 4% at 12.000,
  2% at 55.000, 1% at 1 million), then multiplied by random spread (log-normal,
  sigma 0.35), so some accounts fall outside their band, as real ones do;
- interactions: the per-post average split into likes, comments and shares;
- no platform column: every number here is drawn from Partipost's bands, which name no
  platform, so a platform label would mean nothing (real Instagram and TikTok rates differ
  a lot: HypeAuditor's 2023 report gives 2.78% and 12.6% for nano accounts);
- a few planted cases worth discussing: accounts exactly on the edges 5.000, 30.000 and
  100.000, a giveaway post far above its band, and a large account far below its band
  (a prompt to check, not a proof of anything).
"""

from __future__ import annotations

import csv
import io
import math
import random
from pathlib import Path

SEED = 20220726  # the day Partipost's article was first published
COUNT = 500
OUTPUT = Path(__file__).resolve().parent / "sample_accounts_synthetic.csv"
COLUMNS = ["handle", "niche", "followers", "avg_likes", "avg_comments",
           "avg_shares", "synthetic", "note"]

TIER_WEIGHTS = [("nano", 0.30, 200, 5_000), ("micro", 0.30, 5_000, 30_000),
                ("macro", 0.20, 30_000, 100_000), ("mega", 0.20, 100_000, 5_000_000)]
TYPICAL_RATE = [(1_500, 8.5), (12_000, 4.0), (55_000, 2.0), (1_000_000, 1.0)]
NICHES = ["kuliner", "kecantikan", "fesyen", "traveling", "teknologi", "parenting",
          "olahraga", "gaming", "keuangan", "fotografi"]
FIRST = ["dapur", "kopi", "senja", "jalan", "rasa", "cerita", "gaya", "foto", "tekno",
         "bunda", "sehat", "kota", "main", "rumah", "langit", "pagi", "hijau", "manis",
         "lari", "buku", "pantai", "gunung", "resep", "kamera"]
SECOND = ["harian", "kita", "ria", "nusantara", "santai", "seru", "kecil", "pintar",
          "hemat", "ceria", "lokal", "rumahan"]


def typical_rate(followers: float) -> float:
    """Typical engagement rate (percent) for a count: log-log interpolation, flat at the ends."""
    points = [(math.log(f), math.log(r)) for f, r in TYPICAL_RATE]
    x = math.log(followers)
    if x <= points[0][0]:
        return TYPICAL_RATE[0][1]
    for (x0, y0), (x1, y1) in zip(points, points[1:]):
        if x <= x1:
            return math.exp(y0 + (y1 - y0) * (x - x0) / (x1 - x0))
    return TYPICAL_RATE[-1][1]


def _account(rng: random.Random, handle: str, followers: int, rate: float, note: str = "") -> dict:
    share_part = 0.03
    comment_part = rng.uniform(0.04, 0.10)
    interactions = followers * rate / 100
    return {
        "handle": handle,
        "niche": rng.choice(NICHES),
        "followers": followers,
        "avg_likes": round(interactions * (1 - comment_part - share_part)),
        "avg_comments": round(interactions * comment_part),
        "avg_shares": round(interactions * share_part),
        "synthetic": "yes",
        "note": note,
    }


def make_accounts(seed: int = SEED, count: int = COUNT) -> list[dict]:
    """The sample as a list of rows (dicts with COLUMNS)."""
    rng = random.Random(seed)
    handles: set[str] = set()

    def new_handle() -> str:
        while True:
            handle = f"@{rng.choice(FIRST)}{rng.choice(['', '.', '_'])}{rng.choice(SECOND)}"
            if rng.random() < 0.4:
                handle += str(rng.randint(1, 99))
            if handle not in handles:
                handles.add(handle)
                return handle

    planted = [
        (5_000, typical_rate(5_000), "planted: exactly on the 5.000 edge"),
        (30_000, typical_rate(30_000), "planted: exactly on the 30.000 edge"),
        (100_000, typical_rate(100_000), "planted: exactly on the 100.000 edge"),
        (48_000, 24.0, "planted: giveaway post, engagement far above the band"),
        (850_000, 0.06,
         "planted: engagement far below the band (check why: a passive audience, a recent drop, bought followers?)"),
    ]
    rows = [_account(rng, new_handle(), f, r, note) for f, r, note in planted]
    weights = [w for _, w, _, _ in TIER_WEIGHTS]
    while len(rows) < count:
        _, _, low, high = rng.choices(TIER_WEIGHTS, weights)[0]
        followers = round(math.exp(rng.uniform(math.log(low), math.log(high))))
        rate = typical_rate(followers) * math.exp(rng.gauss(0, 0.35))
        rows.append(_account(rng, new_handle(), followers, rate))
    rng.shuffle(rows)
    return rows


def to_csv(rows: list[dict]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


if __name__ == "__main__":
    OUTPUT.write_text(to_csv(make_accounts()), encoding="utf-8")
    print(f"wrote {OUTPUT} ({COUNT} synthetic accounts)")
