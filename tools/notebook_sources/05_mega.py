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
- Memisahkan konvensi kami (toleransi ±0,5 poin) dari pernyataan artikel.

Waktu: ± 15 menit. Baca dulu: 01 dan 04.
""",
        en="""
## Learning goals

- State Partipost's mega range and what “sekitar 1%” (about 1%) means.
- Explain mega's strengths and weaknesses according to Partipost.
- Separate our convention (the ±0.5-point tolerance) from the article's words.

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

- **Pengikut:** “lebih dari 100.000 hingga jutaan pengikut”. Tidak ada batas atas.
- **Siapa mereka:** “dapat dianggap setara dengan selebriti”; makin banyak selebritas dari
  “perfilman, musik, dan modelling” yang juga menjadi influencer.
- **Harga:** “biasanya memasang harga yang sangat tinggi sehingga hanya brand tertentu
  yang dapat bekerja sama dengan mereka”.
- **Cocok untuk:** karena sudah sangat dikenal audiens, “mega influencer bisa membantu Anda
  meningkatkan awareness dan reputasi brand”.
- **Tingkat keterlibatan:** “cukup rendah (sekitar 1%) karena audiensnya yang sangat luas”,
  untuk “kebanyakan dari mereka”.

Partipost hanya memberi satu angka perkiraan, bukan rentang. Untuk menilai *di bawah*,
*di dalam*, atau *di atas*, kami memakai 0,5–1,5%: toleransi ±0,5 poin itu **konvensi
kami**, bukan pernyataan artikel.

## Kelebihan dan kekurangan

Tabel di bawah memuat kutipan artikel apa adanya (dari `data/claims.csv`); kesimpulan kami sendiri ditandai *Catatan kami*.
""",
        en="""
## What Partipost says

- **Followers:** “lebih dari 100.000 hingga jutaan pengikut” (more than 100,000 up to
  millions). There is no upper edge.
- **Who they are:** “dapat dianggap setara dengan selebriti” (can be considered on a par with celebrities);
  more and more celebrities from “perfilman, musik, dan modelling” (film, music and
  modelling) are becoming influencers.
- **Price:** “biasanya memasang harga yang sangat tinggi sehingga hanya brand tertentu
  yang dapat bekerja sama dengan mereka” (usually very expensive, so only some brands can
  work with them).
- **What they suit:** being very well known, a “mega influencer bisa membantu Anda
  meningkatkan awareness dan reputasi brand” (a mega influencer can help you raise brand
  awareness and reputation).
- **Engagement rate:** “kebanyakan dari mereka” (most of them) have a rate that is “cukup
  rendah (sekitar 1%) karena audiensnya yang sangat luas” (fairly low, about 1%, because
  the audience is so broad).

Partipost gives one approximate figure, not a band. To judge *below*, *within* or
*above*, we use 0.5–1.5%: the ±0.5-point tolerance is **our convention**, not the
article's words.

## Strengths and weaknesses

The table below gives the articles' own words (from `data/claims.csv`); what is our conclusion is marked *Our note*.
""",
    ),
    code('claims_table([("partipost", "mega"), ("harmony", "macro")], LANG)'),
    md(
        id="""
## Geser sendiri

Penjelajah dimulai dari 2,5 juta pengikut. Pada tingkat keterlibatan 1%, berapa
interaksi yang bisa diharapkan per unggahan?
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
Satu akun mega dengan 2,5 juta pengikut (1%) atau 30 akun nano masing-masing 3.000
pengikut (8,5%): mana yang menghasilkan lebih banyak interaksi per unggahan?
""",
        en="""
One mega account with 2.5 million followers (1%), or 30 nano accounts with 3,000
followers each (8.5%): which brings more engagements per post?
""",
    ),
    answer(
        id="""
Mega: 2.500.000 × 1% = 25.000 interaksi. Nano: 30 × 3.000 × 8,5% = 7.650 interaksi.
Mega menang dalam jumlah interaksi, tetapi nano menjangkau 30 lingkaran pertemanan yang berbeda, dan
kontennya menurut Partipost “cenderung lebih dipercaya”. Biayanya? Kedua artikel tidak memberi angka; lihat
notebook 09.
""",
        en="""
Mega: 2,500,000 × 1% = 25,000 engagements. Nano: 30 × 3,000 × 8.5% = 7,650. Mega wins on
engagements, but the nano accounts reach 30 different circles, and their content,
according to Partipost, “cenderung lebih dipercaya” (tends to be trusted more). The cost? The articles give no figures; see notebook 09.
""",
    ),
    md(
        id="""
## Ringkasan

- Mega: lebih dari 100.000 pengikut sampai jutaan; tingkat keterlibatan kebanyakan
  sekitar 1% (Partipost).
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
