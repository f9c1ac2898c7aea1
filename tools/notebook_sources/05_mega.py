# Source of notebooks/{id,en}/05_mega.ipynb. Build with: make notebooks

CELLS = [
    md(
        id="""
# Influencer mega

> “Tingkat tertinggi dalam kategori influencer adalah mega influencer dengan lebih dari
> 100.000 hingga jutaan pengikut.” (Partipost)

Harmony tidak memakai kata mega: bagi Harmony, akun seperti ini adalah makro.
""",
        en="""
# Mega influencers

> “Tingkat tertinggi dalam kategori influencer adalah mega influencer dengan lebih dari
> 100.000 hingga jutaan pengikut.” (Partipost)
>
> (The highest tier is the mega influencer, with more than 100,000 up to millions of
> followers.)

Harmony does not use the word mega: for Harmony, such an account is macro.
""",
    ),
    md(
        id="""
## Tujuan belajar

- Menyebut rentang mega Partipost dan arti angka “sekitar 1%”.
- Menjelaskan kelebihan dan kekurangan mega menurut Partipost.
- Memisahkan konvensi kami (toleransi ±0,5 poin persentase) dari isi artikel.

Waktu: ± 15 menit. Baca dulu: 01 dan 04.
""",
        en="""
## Learning goals

- State Partipost's mega range and what “sekitar 1%” (about 1%) means.
- Explain mega's strengths and weaknesses according to Partipost.
- Separate our convention (the ±0.5-percentage-point tolerance) from the article's words.

Time: about 15 minutes. Read first: 01 and 04.
""",
    ),
    setup(),
    code("""
from influtier_lite.band import EngagementBandMeter
from influtier_lite.claims import claims_table, tier_overview
from influtier_lite.explorer import TierExplorer

tier_overview([("partipost", "mega"), ("harmony", "macro")], LANG)
"""),
    md(
        id="""
## Apa kata Partipost

- **Pengikut:** “lebih dari 100.000 hingga jutaan pengikut”. Artikel tidak menyebut
  batas atas.
- **Siapa mereka:** mega influencer “dapat dianggap setara dengan selebriti”; makin banyak
  selebritas dari dunia “perfilman, musik, dan modelling” yang juga terjun menjadi influencer.
- **Harga:** “biasanya memasang harga yang sangat tinggi sehingga hanya brand tertentu
  yang dapat bekerja sama dengan mereka”.
- **Manfaat bagi brand:** karena sudah sangat dikenal audiens, “mega influencer bisa
  membantu Anda meningkatkan awareness dan reputasi brand”.
- **Tingkat keterlibatan:** menurut Partipost, “kebanyakan dari mereka” punya tingkat
  keterlibatan yang “cukup rendah (sekitar 1%) karena audiensnya yang sangat luas”.

Partipost hanya memberi satu angka perkiraan, bukan rentang. Supaya sebuah angka bisa
disebut *di bawah*, *di dalam*, atau *di atas*, kami memakai 0,5–1,5%. Toleransi ±0,5 poin
persentase itu **konvensi kami**, bukan isi artikel.

## Kelebihan dan kekurangan

Tabel di bawah memuat kutipan artikel apa adanya (dari `data/claims.csv`); kesimpulan kami sendiri ditandai *Catatan kami*.
""",
        en="""
## What Partipost says

- **Followers:** “lebih dari 100.000 hingga jutaan pengikut” (more than 100,000 up to
  millions). The article gives no upper edge.
- **Who they are:** “dapat dianggap setara dengan selebriti” (can be considered on a par with celebrities);
  more and more celebrities from “perfilman, musik, dan modelling” (film, music and
  modelling) are becoming influencers.
- **Price:** “biasanya memasang harga yang sangat tinggi sehingga hanya brand tertentu
  yang dapat bekerja sama dengan mereka” (usually very expensive, so only some brands can
  work with them).
- **What they can do for a brand:** being very well known, a “mega influencer bisa membantu Anda
  meningkatkan awareness dan reputasi brand” (a mega influencer can help you raise brand
  awareness and reputation).
- **Engagement rate:** “kebanyakan dari mereka” (most of them) have a rate that is “cukup
  rendah (sekitar 1%) karena audiensnya yang sangat luas” (fairly low, about 1%, because
  the audience is so broad).

Partipost gives one approximate figure, not a band. To judge *below*, *within* or
*above*, we use 0.5–1.5%: the ±0.5-percentage-point tolerance is **our convention**, not
the article's words.

## Strengths and weaknesses

The table below gives the articles' own words (from `data/claims.csv`); what is our conclusion is marked *Our note*.
""",
    ),
    code('claims_table([("partipost", "mega"), ("harmony", "macro")], LANG)'),
    md(
        id="""
## Geser sendiri

Penjelajah tingkatan di bawah ini dimulai dari 2,5 juta pengikut. Pada tingkat
keterlibatan 1%, berapa interaksi per unggahan yang bisa diharapkan?
""",
        en="""
## Try the sliders

The explorer starts at 2.5 million followers. At a 1% engagement rate, how many
engagements per post can you expect?
""",
    ),
    code("TierExplorer(lang=LANG, followers=2_500_000, er_percent=1)"),
    md(
        id="""
Tingkat keterlibatan sebuah akun mega dengan 2,5 juta pengikut, dibandingkan dengan
“sekitar 1%” (dengan toleransi kami):
""",
        en="""
The engagement rate of a mega account with 2.5 million followers, against “sekitar 1%”
(about 1%, with our tolerance):
""",
    ),
    code('EngagementBandMeter("mega", LANG, er_percent=1, followers=2_500_000)'),
    exercise(
        id="""
Satu akun mega dengan 2,5 juta pengikut (tingkat keterlibatan 1%) atau 30 akun nano yang
masing-masing punya 3.000 pengikut (8,5%): mana yang menghasilkan lebih banyak interaksi
per unggahan?
""",
        en="""
One mega account with 2.5 million followers (a 1% engagement rate), or 30 nano accounts
with 3,000 followers each (8.5%): which brings more engagements per post?
""",
    ),
    answer(
        id="""
Mega: 2.500.000 × 1% = 25.000 interaksi. Nano: 30 × 3.000 × 8,5% = 7.650 interaksi.
Mega unggul dalam jumlah interaksi, tetapi 30 akun nano bisa menjangkau 30 lingkaran
pertemanan yang berbeda (kalau pengikutnya tidak banyak yang sama; ini dugaan kami), dan
menurut Partipost konten mereka “cenderung lebih dipercaya”. Biayanya? Kedua artikel tidak
memberi angka; lihat notebook 09.
""",
        en="""
Mega: 2,500,000 × 1% = 25,000 engagements. Nano: 30 × 3,000 × 8.5% = 7,650. Mega wins on
engagements, but the nano accounts may reach 30 different circles (if their followers
do not overlap much; our assumption), and their content,
according to Partipost, “cenderung lebih dipercaya” (tends to be trusted more). The cost? The articles give no figures; see notebook 09.
""",
    ),
    md(
        id="""
## Ringkasan

- Mega: lebih dari 100.000 sampai jutaan pengikut; menurut Partipost, kebanyakan punya
  tingkat keterlibatan sekitar 1%.
- Menurut Partipost, mega “dapat dianggap setara dengan selebriti”, “biasanya memasang
  harga yang sangat tinggi”, dan “bisa membantu” meningkatkan awareness dan reputasi brand.
- Bagi Harmony, akun yang sama adalah makro.
""",
        en="""
## Summary

- Mega: more than 100,000 followers up to millions; most have an engagement rate of about
  1% (Partipost).
- According to Partipost, mega influencers “dapat dianggap setara dengan selebriti” (can
  be considered on a par with celebrities), “biasanya memasang harga yang sangat tinggi”
  (usually charge very high prices) and “bisa membantu” (can help) raise brand awareness
  and reputation.
- For Harmony, the same account is macro.
""",
    ),
]
