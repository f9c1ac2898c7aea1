# Source of notebooks/{id,en}/08_engagement_rate.ipynb. Build with: make notebooks

CELLS = [
    md(
        id="""
# Tingkat keterlibatan (*engagement rate*)

Partipost memberi setiap tingkatan sebuah kisaran tingkat keterlibatan: nano 7–10%,
mikro 3–5%, makro 1–3%, mega “sekitar 1%”. Artikel tidak menulis rumusnya. Rumus yang
sejalan dengan angka itu adalah **berdasarkan pengikut**:

$$\\text{tingkat keterlibatan} = \\frac{\\text{suka} + \\text{komentar} + \\text{dibagikan} + \\text{disimpan}}{\\text{pengikut}} \\times 100\\%$$

dihitung per unggahan (atau dengan rata-rata per unggahan).
""",
        en="""
# Engagement rate

Partipost gives each tier a typical engagement rate: nano 7–10%, micro 3–5%, macro
1–3%, mega “sekitar 1%” (about 1%). The article does not write down a formula. The
formula that fits those figures is **by followers**:

$$\\text{engagement rate} = \\frac{\\text{likes} + \\text{comments} + \\text{shares} + \\text{saves}}{\\text{followers}} \\times 100\\%$$

per post (or with per-post averages).
""",
    ),
    setup(),
    code("""
import numpy as np

from influtier_lite import SCHEMES, engagement_rate, format_number, format_percent, load_sample_accounts, tier_codes
from influtier_lite.band import band_verdict
from influtier_lite.calculator import EngagementCalculator
from influtier_lite.i18n import text
from influtier_lite.plotting import engagement_scatter
from influtier_lite.report import band_text
from influtier_lite.table import Table

rate = engagement_rate(likes=700, comments=80, followers=20_000, shares=20)
print(format_percent(rate, LANG))
"""),
    md(
        id="""
## Kalkulator

Ketik angka seperti yang tertulis di profil: `1.250`, `2,9 jt`, atau `12 ribu` semuanya
bisa. Tekan Enter setelah mengetik.
""",
        en="""
## Calculator

Type the numbers as a profile shows them: `1,250`, `2.9M` or `12 thousand` all work.
Press Enter after typing.
""",
    ),
    code("""
examples = {"id": dict(likes="1,2 rb", followers="25 rb"), "en": dict(likes="1.2K", followers="25K")}
EngagementCalculator(LANG, comments="85", shares="30", saves="40", **examples[LANG])
"""),
    md(
        id="""
## Mengapa tingkat keterlibatan turun saat pengikut bertambah

Partipost menjelaskannya sendiri: nano diikuti “keluarga dan sahabat”, mikro “masih
menyempatkan diri untuk berinteraksi”, sedangkan mega punya keterlibatan rendah “karena
audiensnya yang sangat luas”. Gambar berikut memakai **500 akun rekaan** (dibuat oleh
`data/make_sample_accounts.py` dengan benih acak tetap, longgar mengikuti rentang
Partipost). Data ini latihan, bukan pengukuran nyata.
""",
        en="""
## Why the engagement rate falls as followers grow

Partipost explains it itself: nano accounts are followed by “keluarga dan sahabat”
(family and friends), micro accounts “masih menyempatkan diri untuk berinteraksi” (still
make time to interact), while mega accounts have low engagement “karena audiensnya yang
sangat luas” (because their audience is so broad). The next figure uses **500 made-up
accounts** (made by `data/make_sample_accounts.py` with a fixed random seed, loosely
following Partipost's bands). This is practice data, not a real measurement.
""",
    ),
    code("""
sample = load_sample_accounts(as_frame=False)
followers = sample["followers"]
rates = (sample["avg_likes"] + sample["avg_comments"] + sample["avg_shares"]) / followers * 100
partipost = SCHEMES["partipost"]
codes = tier_codes(followers, partipost)
keys = np.array([t.key for t in partipost.tiers])[codes]
engagement_scatter(followers, rates, keys, LANG)
"""),
    code("""
rows = []
for position, tier in enumerate(partipost.tiers):
    in_tier = rates[codes == position]
    rows.append([tier.name(LANG), format_number(in_tier.size, LANG),
                 format_percent(float(np.median(in_tier)), LANG), band_text(tier, LANG)])
columns = [text(key, LANG) for key in ("col_tier", "sample_col_accounts", "sample_col_median", "sample_col_band")]
Table(columns, rows)
"""),
    md(
        id="""
## Rumus lain, angka lain

Rumus berdasarkan pengikut bukan satu-satunya. Alat analitik memakai rumus yang berbeda:

| Siapa | Rumus | Rentang waktu |
|---|---|---|
| Pusat bantuan HypeAuditor | (suka + komentar) / pengikut, per unggahan, lalu dirata-rata | 12 unggahan terakhir |
| Pusat bantuan Modash | Instagram: median suka / pengikut; TikTok, YouTube: rata-rata suka / rata-rata tayangan | sekitar 2 bulan |
| Pusat bantuan Upfluence | (rata-rata suka + rata-rata komentar) / pengikut × 100 | 90 hari terakhir |
| Blog Hootsuite (2019) | berdasarkan pengikut, jangkauan, tayangan, atau per hari | – |

Jadi ada beberapa cara menghitung:

- **berdasarkan jangkauan** (*reach*): interaksi dibagi jumlah akun yang melihat unggahan;
  angkanya lebih tinggi, karena tidak semua pengikut melihat setiap unggahan;
- **berdasarkan tayangan** (*views*), umum di TikTok dan YouTube;
- **rata-rata tingkat per unggahan** berbeda dari **total interaksi dibagi total**, dan
  median berbeda dari rata-rata.

Angka dari rumus yang berbeda **tidak bisa dibandingkan**. Contohnya, sebuah akun rekaan
berpengikut 10.000 dengan tiga unggahan: `interactions` adalah suka + komentar tiap
unggahan, `reach` adalah jumlah akun yang melihatnya.
""",
        en="""
## Other formulas, other numbers

The by-followers formula is not the only one. Analytics tools use others:

| Who | Formula | Window |
|---|---|---|
| HypeAuditor help centre | (likes + comments) / followers, per post, then averaged | latest 12 posts |
| Modash help centre | Instagram: median likes / followers; TikTok, YouTube: average likes / average views | about 2 months |
| Upfluence help centre | (average likes + average comments) / followers × 100 | last 90 days |
| Hootsuite blog (2019) | by followers, by reach, by impressions, or per day | – |

So there are several ways to count:

- **by reach**: engagements divided by the accounts that saw the post; higher, because
  not every follower sees every post;
- **by views**, common on TikTok and YouTube;
- the **mean of per-post rates** differs from **total engagements over the total**, and a
  median differs from a mean.

Numbers from different formulas **cannot be compared**. Take a made-up account with
10,000 followers and three posts: `interactions` holds the likes + comments of each post,
`reach` the number of accounts that saw it.
""",
    ),
    code("""
posts_followers = 10_000
interactions = np.array([960, 160, 128])
reach = np.array([6_000, 2_500, 2_000])
per_post_by_reach = interactions / reach * 100
measures = {
    "followers": interactions.mean() / posts_followers * 100,
    "reach_mean": per_post_by_reach.mean(),
    "reach_total": interactions.sum() / reach.sum() * 100,
    "reach_median": float(np.median(per_post_by_reach)),
}
for name, value in measures.items():
    print(f"{format_percent(value, LANG):>6}  {text('er_' + name, LANG)}")
"""),
    md(
        id="""
Satu akun, empat angka: 4,2% (berdasarkan pengikut), 9,6% (rata-rata per unggahan
berdasarkan jangkauan), 11,9% (total berdasarkan jangkauan), 6,4% (median). Hanya yang
pertama bisa dibandingkan dengan rentang Partipost.

## Di luar rentang: apa artinya?

Angka di luar rentang bukan otomatis baik atau buruk. Di **atas** rentang bisa berarti
komunitas yang kuat, atau satu unggahan *giveaway* yang menaikkan interaksi. Di **bawah**
rentang bisa berarti audiens yang pasif, atau pengikut yang dibeli. Ini penalaran kami,
bukan angka artikel: periksa unggahannya satu per satu sebelum menyimpulkan. Sampel rekaan
kami menanam dua kasus seperti itu:
""",
        en="""
One account, four numbers: 4.2% (by followers), 9.6% (mean per post by reach), 11.9%
(total by reach), 6.4% (median). Only the first can be compared with Partipost's bands.

## Outside the band: what does it mean?

A number outside the band is not automatically good or bad. **Above** the band may mean
a strong community, or one giveaway post that inflates the engagements. **Below** may
mean a passive audience, or bought followers. This is our reasoning, not the articles'
figures: look at the posts one by one before concluding. Our made-up sample plants two
such cases:
""",
    ),
    code("""
for index, note in enumerate(sample["note"]):
    if "giveaway" in note or "suspicious" in note:
        tier = partipost.tiers[codes[index]]
        print(sample["handle"][index], band_verdict(float(rates[index]), tier.key, LANG, float(followers[index])))
"""),
    exercise(
        id="""
Sebuah akun TikTok punya 40.000 pengikut, dan unggahannya rata-rata ditonton 200.000 kali
dengan 10.000 suka. Agensi menulis “tingkat keterlibatan 5%”. Apakah akun ini di atas
rentang makro Partipost?
""",
        en="""
A TikTok account has 40,000 followers; its posts average 200,000 views and 10,000
likes. An agency writes “engagement rate 5%”. Is this account above Partipost's macro
band?
""",
    ),
    hint(
        id="Angka 5% dihitung dari apa: pengikut atau tayangan?",
        en="What is the 5% computed from: followers or views?",
    ),
    answer(
        id="""
5% = 10.000 / 200.000: itu berdasarkan **tayangan**. Berdasarkan pengikut, 10.000 /
40.000 = 25%, jauh di atas makro Partipost (1–3%). Tetapi kedua angka tidak bisa langsung
dibandingkan dengan rentang artikel tanpa tahu rumus yang dipakai artikel; karena itu
selalu tanyakan rumusnya.
""",
        en="""
5% = 10,000 / 200,000: that is by **views**. By followers it is 10,000 / 40,000 = 25%,
far above Partipost's macro band (1–3%). Neither number can be set against the article's
band without knowing which formula the article meant; so always ask for the formula.
""",
    ),
]
