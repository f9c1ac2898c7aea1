"""Make the three synthetic files of notebook 11 (is the audience real?).

    data/audience_accounts_synthetic.csv   10 FICTIONAL accounts, one row each
    data/audience_growth_synthetic.csv     their follower counts over 12 weeks
    data/audience_comments_synthetic.csv   15 comments on each account's latest posts

Synthetic data, not a survey: every handle, number and comment is made up here, and every
row says so (``synthetic = yes``). The generator is seeded, so running it again gives the
same files (a test checks that the shipped files match). Run it from anywhere:
    python data/make_audience_sample.py

How it is made (assumptions of ours, labelled as such in notebook 11):
- each account has a hand-written profile (followers, following, likes and comments per
  post, the share of its audience a tool would place in Indonesia) and, for some, one
  planted pattern: bought followers, bought likes, a comment pod, follow-for-follow, or an
  honest event that looks the same (a giveaway post, a viral post, a reader who follows
  many accounts, an audience of Indonesians living abroad);
- growth: a steady weekly rate with seeded noise, plus the planted jump where there is one;
- comments: drawn (seeded) from small pools of made-up comments: varied ones for honest
  accounts, a few stock phrases for a pod, "ikut" plus tags for a giveaway.
"""

from __future__ import annotations

import csv
import io
import random
from pathlib import Path

SEED = 20191  # ICLAVE 2019, the Indonesian study on undisclosed endorsements (notebook 12)
WEEKS = 12
COMMENTS_PER_ACCOUNT = 15
FOLDER = Path(__file__).resolve().parent
ACCOUNT_COLUMNS = ["handle", "followers", "following", "avg_likes", "avg_comments", "home_country_share",
                   "planted", "honest", "synthetic", "note"]
GROWTH_COLUMNS = ["handle", "week", "followers", "synthetic"]
COMMENT_COLUMNS = ["handle", "number", "comment", "synthetic"]

# handle, followers in week 12, following, likes and comments per post, % audience in Indonesia,
# weekly growth %, (jump week, jump %) or None, comment pool, planted pattern, honest, note
PROFILES = [
    ("@kopi.senja", 14_000, 620, 300, 24, 91, 1.0, None, "varied", "none", "yes",
     "An ordinary micro account: nothing planted"),
    ("@resep_hemat", 22_000, 410, 280, 20, 48, 0.8, (8, 45), "varied", "bought_followers", "no",
     "Bought followers in week 8: the count jumps, likes stay where they were, most new followers sit abroad"),
    ("@gaya.kita", 9_000, 870, 900, 160, 88, 1.2, None, "pod", "comment_pod", "no",
     "A comment pod: members post stock comments on each other's posts"),
    ("@dapur_ria", 4_200, 530, 560, 140, 93, 1.5, None, "giveaway", "giveaway", "yes",
     "Honest account whose latest post is a giveaway (comment and tag friends to win)"),
    ("@jalan.santai", 26_000, 700, 600, 35, 86, 0.7, (5, 30), "varied", "viral_post", "yes",
     "Honest account: one post went viral in week 5 and brought real followers"),
    ("@buku_kecil", 1_200, 1_800, 70, 9, 95, 1.0, None, "varied", "follows_many", "yes",
     "Honest reader who follows many book accounts: follows more accounts than follow her"),
    ("@tekno.pintar", 8_000, 7_400, 150, 10, 80, 3.0, None, "varied", "follow_for_follow", "no",
     "Grows by following thousands of accounts and hoping they follow back"),
    ("@bunda.rumahan", 18_000, 540, 410, 30, 41, 0.9, None, "varied", "audience_abroad", "yes",
     "Honest account followed mostly by Indonesians working abroad"),
    ("@sehat_ceria", 60_000, 380, 900, 45, 89, 0.5, None, "varied", "none", "yes",
     "An ordinary macro account: nothing planted"),
    ("@langit.manis", 12_000, 650, 1_500, 12, 84, 0.9, None, "varied", "bought_likes", "no",
     "Bought likes: far more likes than an account of this size gets, and few comments"),
]

VARIED = [
    "Resepnya sudah saya coba kemarin, anak-anak suka", "Ini belinya di mana ya kak?",
    "Warna yang kedua lebih cocok menurutku", "Kemarin ke sana juga, antreannya panjang banget",
    "Boleh minta ukuran detailnya?", "Setuju, yang penting konsisten", "Aku baru tahu soal ini, makasih infonya",
    "Harganya naik ya sekarang?", "Bagian akhir videonya lucu", "Kalau untuk kulit berminyak cocok nggak?",
    "Ditunggu lanjutan ceritanya", "Foto ketiga bagus pencahayaannya", "Sudah lama ikuti akun ini, makin rapi",
    "Caranya gampang diikuti", "Tempatnya buka sampai jam berapa?", "Wah, ini pas banget buat akhir pekan",
    "Mirip yang dijual di pasar dekat rumahku", "Coba bahas yang versi murahnya juga dong",
    "Lokasi persisnya di mana kak?", "Sayang sekali stoknya habis", "Aku pakai ini sudah sebulan, awet",
]
POD = ["Mantap kak! 🔥", "Keren banget 😍", "Nice content kak", "Mantap kak! 🔥", "Keren banget 😍"]
FRIENDS = ["@rina", "@budi", "@sari", "@adit", "@maya", "@joko", "@lia", "@tono", "@dewi", "@agus"]


def _growth(rng: random.Random, final: int, weekly: float, jump: tuple[int, float] | None) -> list[int]:
    """Weekly counts ending at ``final``: built backwards from the last week."""
    counts = [float(final)]
    for week in range(WEEKS, 1, -1):
        step = weekly * rng.uniform(0.6, 1.4)
        if jump and week == jump[0]:
            step = jump[1]
        counts.append(counts[-1] / (1 + step / 100))
    return [round(c) for c in reversed(counts)]


def _comments(rng: random.Random, pool: str) -> list[str]:
    if pool == "pod":
        return [rng.choice(POD) for _ in range(COMMENTS_PER_ACCOUNT - 3)] + rng.sample(VARIED, 3)
    if pool == "giveaway":
        tagged = [f"Ikut kak! {' '.join(rng.sample(FRIENDS, 2))}" for _ in range(COMMENTS_PER_ACCOUNT - 4)]
        return tagged + rng.sample(VARIED, 4)
    return rng.sample(VARIED, COMMENTS_PER_ACCOUNT)


def make_files(seed: int = SEED) -> dict[str, list[dict]]:
    """The rows of the three files, by file name."""
    rng = random.Random(seed)
    accounts, growth, comments = [], [], []
    for (handle, followers, following, likes, n_comments, home, weekly, jump, pool, planted, honest,
         note) in PROFILES:
        accounts.append({"handle": handle, "followers": followers, "following": following, "avg_likes": likes,
                         "avg_comments": n_comments, "home_country_share": home, "planted": planted,
                         "honest": honest, "synthetic": "yes", "note": note})
        for week, count in enumerate(_growth(rng, followers, weekly, jump), start=1):
            growth.append({"handle": handle, "week": week, "followers": count, "synthetic": "yes"})
        said = _comments(rng, pool)
        rng.shuffle(said)
        comments += [{"handle": handle, "number": n, "comment": c, "synthetic": "yes"}
                     for n, c in enumerate(said, start=1)]
    return {"audience_accounts_synthetic.csv": accounts, "audience_growth_synthetic.csv": growth,
            "audience_comments_synthetic.csv": comments}


COLUMNS = {"audience_accounts_synthetic.csv": ACCOUNT_COLUMNS, "audience_growth_synthetic.csv": GROWTH_COLUMNS,
           "audience_comments_synthetic.csv": COMMENT_COLUMNS}


def to_csv(name: str, rows: list[dict]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS[name], lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


if __name__ == "__main__":
    for name, rows in make_files().items():
        (FOLDER / name).write_text(to_csv(name, rows), encoding="utf-8")
        print(f"wrote {FOLDER / name} ({len(rows)} synthetic rows)")
