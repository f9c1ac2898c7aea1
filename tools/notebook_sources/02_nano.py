# Source of notebooks/{id,en}/02_nano.ipynb. Build with: make notebooks

CELLS = [
    md(
        id="""
# Influencer nano

> “Nano influencer adalah influencer dengan jumlah pengikut paling sedikit di antara tier
> lainnya, yakni kurang dari 5.000.” (Partipost)

Tingkatannya paling kecil, tetapi menurut Partipost justru “salah satu andalan marketer”.
""",
        en="""
# Nano influencers

> “Nano influencer adalah influencer dengan jumlah pengikut paling sedikit di antara tier
> lainnya, yakni kurang dari 5.000.” (Partipost)
>
> (A nano influencer has the fewest followers of all the tiers: fewer than 5,000.)

The smallest tier, yet according to Partipost “salah satu andalan marketer” (one of
marketers' mainstays).
""",
    ),
    md(
        id="""
## Tujuan belajar

- Menyebut rentang pengikut dan tingkat keterlibatan nano menurut Partipost, dengan mengutip artikelnya.
- Menjelaskan kelebihan nano persis seperti yang ditulis artikel, dan mengenali bahwa kekurangannya adalah kesimpulan kami, bukan kata artikel.
- Menghitung tingkat keterlibatan sebuah akun nano dan menilai apakah angkanya masuk rentang Partipost.

Waktu: ± 20 menit. Baca dulu: 01 (Mulai di sini).
""",
        en="""
## Learning goals

- State Partipost's follower range and engagement band for nano, in its own words.
- Explain nano's strengths exactly as the article writes them, and see that its weakness is our conclusion, not the article's words.
- Work out whether a nano account sits within Partipost's band.

Time: about 20 minutes. Read first: 01 (Start here).
""",
    ),
    setup(),
    code("""
from influtier_lite.band import EngagementBandMeter
from influtier_lite.claims import claims_table, tier_overview
from influtier_lite.explorer import TierExplorer

tier_overview([("partipost", "nano")], LANG)
"""),
    md(
        id="""
## Apa kata Partipost

- **Pengikut:** “kurang dari 5.000”. Tepat 5.000 sudah termasuk mikro.
- **Siapa mereka:** “everyday people atau orang biasa”, yang pengikutnya kebanyakan
  “keluarga dan sahabat yang mereka kenal baik”. Karena itu, relevansi konten mereka
  dengan audiens tinggi, dan konten itu “cenderung lebih dipercaya”.
- **Tingkat keterlibatan:** “paling tinggi di antara tier lainnya, yakni 7-10%”.
- **Tujuan kampanye:** menurut Partipost, lewat nano influencer Anda “berpeluang besar
  untuk mencapai objektif seperti awareness, interest, hingga sales”. Itu peluang, bukan
  janji, dan artikel tidak mengatakan bahwa ketiganya akan tercapai sekaligus.

## Apa kata Harmony

Harmony tidak memakai istilah nano. Akun dengan 1.000–4.999 pengikut adalah **mikro**
bagi Harmony (“1.000 hingga 100.000”), sedangkan akun di bawah 1.000 pengikut tidak
diberi nama sama sekali.

## Kelebihan dan kekurangan

Tabel di bawah memuat kutipan artikel apa adanya (dari `data/claims.csv`); kesimpulan kami sendiri ditandai *Catatan kami*.
""",
        en="""
## What Partipost says

- **Followers:** “kurang dari 5.000” (fewer than 5,000). 5,000 itself is already micro.
- **Who they are:** “everyday people atau orang biasa” (ordinary people) whose
  followers are mostly “keluarga dan sahabat yang mereka kenal baik” (family and close
  friends). So their content is highly relevant to the audience and “cenderung lebih
  dipercaya” (tends to be trusted more).
- **Engagement rate:** “paling tinggi di antara tier lainnya, yakni 7-10%” (the highest
  of all tiers, 7-10%).
- **Campaign objectives:** according to Partipost, with nano influencers you “berpeluang
  besar untuk mencapai objektif seperti awareness, interest, hingga sales” (stand a good
  chance of reaching objectives such as awareness, interest and even sales). A chance, not
  a promise; and the article does not say all three are reached at once.

## What Harmony says

Harmony has no word nano. An account with 1,000–4,999 followers is **micro** for Harmony
(“1.000 hingga 100.000”), and below 1,000 Harmony gives no name at all.

## Strengths and weaknesses

The table below gives the articles' own words (from `data/claims.csv`); what is our conclusion is marked *Our note*.
""",
    ),
    code('claims_table([("partipost", "nano")], LANG)'),
    md(
        id="""
## Geser sendiri

Penjelajah tingkatan di bawah ini dimulai dari sebuah akun nano dengan 3.000 pengikut.
Geser jumlah pengikutnya melewati 5.000 dan perhatikan kapan Partipost mulai menyebutnya
mikro.
""",
        en="""
## Try the sliders

The explorer below starts at a nano account with 3,000 followers. Move the follower
count past 5,000 and watch when Partipost starts calling it micro.
""",
    ),
    code("TierExplorer(lang=LANG, followers=3_000, er_percent=8.5)"),
    md(
        id="""
*Slider* berikut hanya mengatur tingkat keterlibatan sebuah akun nano dengan 3.000
pengikut. Pita berwarna menunjukkan rentang Partipost (7–10%); garis hitam menunjukkan
akun Anda.
""",
        en="""
The next slider sets only the engagement rate of a nano account with 3,000 followers.
The coloured band is Partipost's range (7–10%); the black line is your account.
""",
    ),
    code('EngagementBandMeter("nano", LANG, er_percent=8.5, followers=3_000)'),
    exercise(
        id="""
Sebuah akun nano punya 4.000 pengikut dan rata-rata 200 interaksi per unggahan. Berapa
tingkat keterlibatannya, dan apakah angka itu masuk rentang Partipost?
""",
        en="""
A nano account has 4,000 followers and on average 200 engagements per post. What is its
engagement rate, and is it within Partipost's band?
""",
    ),
    hint(
        id="Tingkat keterlibatan = interaksi / pengikut × 100. Atur *slider* di atas ke angka itu.",
        en="Engagement rate = engagements / followers × 100. Set the slider above to that figure.",
    ),
    answer(
        id="200 / 4.000 × 100 = 5%. Angka itu **di bawah** rentang nano Partipost (7–10%), meskipun masih di dalam rentang mikro Partipost (3–5%).",
        en="200 / 4,000 × 100 = 5%. That is **below** Partipost's nano band (7–10%), although 5% is still within Partipost's micro band (3–5%).",
    ),
    md(
        id="""
## Ringkasan

- Nano: kurang dari 5.000 pengikut, tingkat keterlibatan 7–10% (Partipost).
- Orang biasa yang pengikutnya kebanyakan dari lingkaran dekat; menurut Partipost,
  konten mereka “cenderung lebih dipercaya”.
- Harmony tidak punya tingkatan nano; bagi Harmony akun ini mikro (mulai 1.000) atau
  tanpa nama (di bawah 1.000).
""",
        en="""
## Summary

- Nano: fewer than 5,000 followers, engagement rate 7–10% (Partipost).
- Ordinary people followed mostly by their close circle; according to Partipost, their
  content “cenderung lebih dipercaya” (tends to be trusted more).
- Harmony has no nano tier; for Harmony these accounts are micro (from 1,000) or have
  no name (below 1,000).
""",
    ),
]
