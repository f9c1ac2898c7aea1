# Source of notebooks/{id,en}/13_platforms_and_pricing.ipynb. Build with: make notebooks

CELLS = [
    md(
        id="""
# Platform dan harga: keterlibatan di TikTok, YouTube, Instagram, dan cara influencer dibayar

Partipost memberi rentang tingkat keterlibatan tanpa menyebut platform, dan kedua artikel
berbicara tentang biaya tanpa satu angka pun. Notebook ini membahas dua hal yang mereka
lewatkan: rumus yang berbeda di tiap platform, dan model pembayaran influencer.
""",
        en="""
# Platforms and pricing: engagement on TikTok, YouTube, Instagram, and how influencers are paid

Partipost gives engagement-rate bands without naming a platform, and both articles talk
about cost without a single figure. This notebook covers two things they leave out: the
formulas that differ by platform, and the ways influencers are paid.
""",
    ),
    md(
        id="""
## Tujuan belajar

- Menghitung tingkat keterlibatan berdasarkan pengikut dan berdasarkan tayangan, lalu menjelaskan mengapa angka TikTok tidak bisa dibaca dengan rentang Instagram.
- Menjelaskan lima model pembayaran influencer dan sumbernya.
- Menghitung biaya per interaksi, biaya per seribu jangkauan (CPM), dan biaya per tayangan.

Waktu: ± 35 menit. Baca dulu: 08 (Tingkat keterlibatan) dan 09 (Merencanakan kampanye).
""",
        en="""
## Learning goals

- Compute an engagement rate by followers and by views, and explain why a TikTok rate cannot be read against an Instagram band.
- Explain five ways influencers are paid, and their sources.
- Compute the cost per engagement, per thousand reached (CPM) and per view.

Time: about 35 minutes. Read first: 08 (Engagement rate) and 09 (Planning a campaign).
""",
    ),
    setup(),
    code("""
from influtier_lite.campaign import cost_per_engagement, cost_per_mille, cost_per_view, format_rupiah
from influtier_lite.citations import citations_table
from influtier_lite.platforms import CostMeasures, FormulaComparison, pricing_table
"""),
    md(
        id="""
## Dibagi pengikut atau dibagi tayangan?

Alat yang berbeda memakai penyebut yang berbeda (ringkasan di `shared/references.md`, bukan kata-kata vendor itu sendiri):

| Siapa | Rumus | Jangka waktu |
|---|---|---|
| HypeAuditor | “(likes + comments) / followers, per post, averaged” | 12 unggahan terakhir |
| Upfluence | “(average likes + average comments) / followers x 100” | 90 hari terakhir |
| Modash | “Instagram: median likes / followers; TikTok, YouTube: average likes / average views” | sekitar 2 bulan |
| Hootsuite (2019) | “ER by followers, by reach (ERR), by impressions, daily ER” | – |

Untuk Instagram, Modash membagi dengan **pengikut**, seperti HypeAuditor dan Upfluence. Di TikTok dan YouTube,
Modash membaginya dengan **tayangan**; penjelasan kami: video ditonton juga oleh orang
yang tidak mengikuti akun itu. Satu akun yang sama bisa menghasilkan dua angka yang sangat berbeda.
Geser *slider* di bawah ini: bila tayangan lebih sedikit daripada pengikut, angka
berdasarkan tayangan lebih tinggi; bila tayangan jauh melebihi pengikut (misalnya video viral) sementara interaksinya tetap, angka itu jauh lebih rendah.
""",
        en="""
## Divided by followers or by views?

Different tools use different denominators (as summarised in `shared/references.md`, not the vendors' own words):

| Who | Formula | Window |
|---|---|---|
| HypeAuditor | “(likes + comments) / followers, per post, averaged” | latest 12 posts |
| Upfluence | “(average likes + average comments) / followers x 100” | last 90 days |
| Modash | “Instagram: median likes / followers; TikTok, YouTube: average likes / average views” | about 2 months |
| Hootsuite (2019) | “ER by followers, by reach (ERR), by impressions, daily ER” | – |

For Instagram, Modash divides by **followers**, as HypeAuditor and Upfluence do. On TikTok and YouTube, Modash
divides by **views**; our explanation: videos are also watched by people who do not
follow the account. One and the same account can give two very different numbers. Move the sliders
below: when views are fewer than followers the rate by views is higher; when a video
goes viral while interactions stay the same, it is far lower.
""",
    ),
    code("FormulaComparison(LANG, followers=3_000, interactions=150, views=1_500)"),
    md(
        id="""
### Mengapa angka TikTok tidak bisa dibaca dengan rentang Instagram

Laporan HypeAuditor 2023 memberi rata-rata 2,78% untuk akun nano di Instagram dan 12,6%
untuk akun nano di TikTok (`data/benchmarks.csv`). Bedanya lebih dari empat kali lipat, dan
sumber kita tidak menyebut rumus di balik angka TikTok itu. Rentang Partipost (nano
7–10%) tidak menyebut platform sama sekali. Jadi, sebelum membandingkan dua angka, tanyakan
tiga hal: platform apa, dibagi apa (pengikut, jangkauan, atau tayangan), dan kapan.
""",
        en="""
### Why a TikTok rate cannot be read against an Instagram band

HypeAuditor's 2023 report gives an average of 2.78% for nano accounts on Instagram and
12.6% for nano accounts on TikTok (`data/benchmarks.csv`). That is more than four times
as much, and our sources do not say which formula is behind the TikTok figure. Partipost's
bands (nano 7–10%) name no platform at all. So before comparing two rates, ask three
things: which platform, divided by what (followers, reach or views), and when.
""",
    ),
    exercise(
        id="""
Sebuah akun nano punya 3.000 pengikut. Videonya rata-rata mendapat 150 interaksi dan
15.000 tayangan. Hitung tingkat keterlibatannya berdasarkan pengikut dan berdasarkan
tayangan. Mana yang pantas dibandingkan dengan rentang nano Partipost?
""",
        en="""
A nano account has 3,000 followers. Its videos get 150 interactions and 15,000 views
on average. Work out its rate by followers and by views. Which one may be set beside
Partipost's nano band?
""",
    ),
    hint(
        id="Atur *slider* tayangan di atas ke 15.000, atau hitung 150 ÷ 3.000 dan 150 ÷ 15.000.",
        en="Set the views slider above to 15,000, or work out 150 ÷ 3,000 and 150 ÷ 15,000.",
    ),
    answer(
        id="""
Berdasarkan pengikut 150 ÷ 3.000 × 100 = 5%; berdasarkan tayangan 150 ÷ 15.000 × 100 = 1%.
Tidak satu pun bisa dibandingkan dengan yakin: Partipost tidak menyebut rumus maupun
platformnya. Paling-paling angka berdasarkan pengikut (5%) dibaca dengan rentang yang
juga dihitung berdasarkan pengikut, dan angka berdasarkan tayangan dengan pembanding
TikTok yang rumusnya sama.
""",
        en="""
By followers 150 ÷ 3,000 × 100 = 5%; by views 150 ÷ 15,000 × 100 = 1%. Neither can be
compared with confidence: Partipost names neither its formula nor its platform. At best,
the rate by followers (5%) is read against a band also computed by followers, and the
rate by views against a TikTok benchmark computed the same way.
""",
    ),
    md(
        id="""
## Bagaimana influencer dibayar

Kedua artikel hanya menyebut biaya tanpa angka: Partipost menulis tentang “biaya endorse
yang mahal” dan mega yang “memasang harga yang sangat tinggi”; Harmony menyebut biaya
makro “cukup tinggi” dan biaya mikro “lebih terjangkau”. Daftar harga seorang influencer
biasa disebut *rate card*.

Tabel berikut adalah **penjelasan umum kami** tentang lima model pembayaran, disusun dari
sumber yang disebut di kolom terakhir (`data/pricing_models.csv`). Sengaja tanpa angka
harga: harga bergantung pada pasar, platform, dan waktu, dan sumber kita tidak memberi
angka yang bisa dipegang.
""",
        en="""
## How influencers are paid

Both articles mention cost without figures: Partipost writes about “biaya endorse yang
mahal” (expensive endorsement fees) and mega influencers who “memasang harga yang sangat
tinggi” (set very high prices); Harmony calls macro fees “cukup tinggi” (fairly high) and
micro fees “lebih terjangkau” (more affordable). An influencer's price list is commonly
called a *rate card*.

The next table is **our general explanation** of five pricing models, put together from
the sources in its last column (`data/pricing_models.csv`). It has no prices on purpose:
prices depend on the market, the platform and the year, and our sources give no figure
to rely on.
""",
    ),
    code("pricing_table(LANG)"),
    exercise(
        id="""
Sebuah merek membayar influencer hanya dengan komisi afiliasi. Apakah biaya per
interaksi masih berguna untuk menilai kerja sama itu? Ukuran apa yang lebih cocok?
""",
        en="""
A brand pays an influencer only through an affiliate commission. Is the cost per
engagement still useful for judging the deal? Which measure fits better?
""",
    ),
    answer(
        id="""
Kurang berguna: biayanya baru muncul saat ada penjualan, jadi biaya per interaksi
berubah-ubah mengikuti penjualan, bukan mengikuti interaksi. Yang lebih cocok adalah
biaya per penjualan (besarnya komisi) dibandingkan dengan keuntungan per penjualan.
Ini penalaran kami; sumber kita hanya menjelaskan cara kerja komisi afiliasi.
""",
        en="""
Hardly: the cost only arises when a sale happens, so the cost per engagement moves with
sales, not with engagements. A better fit is the cost per sale (the commission) set
against the margin on each sale. This is our reasoning; our sources only explain how an
affiliate commission works.
""",
    ),
    md(
        id="""
## Biaya per interaksi, per seribu jangkauan, per tayangan

Perencana di notebook 09 menghitung biaya per interaksi. Dua ukuran lain bisa dihitung
untuk tujuan yang berbeda (rumus di bawah ini penjelasan kami, bukan dari sumber):

- **Biaya per interaksi** = biaya ÷ interaksi.
- **Biaya per seribu jangkauan (CPM)** = biaya ÷ jangkauan × 1.000. Jangkauan = pengikut ×
  persentase pengikut yang melihat unggahan (model sederhana kami: penonton yang bukan pengikut tidak dihitung). CPM di sini kami hitung per seribu **jangkauan**; sebelum membandingkan dengan CPM dari pihak lain, tanyakan penyebutnya.
- **Biaya per tayangan** = biaya ÷ tayangan. Tayangan = jangkauan × tayangan per akun yang
  terjangkau (satu akun bisa menonton lebih dari sekali).

Angka awal di bawah adalah **contoh kami** untuk satu influencer mikro
(`data/campaign_assumptions.csv`: 15.000 pengikut, Rp 2.000.000 per unggahan), bukan
harga pasar. Tingkat keterlibatannya nilai tengah rentang mikro Partipost (3–5%, jadi 4%).
Persentase yang melihat dan tayangan per akun adalah asumsi Anda; kedua artikel tidak
memberi angkanya.
""",
        en="""
## Cost per engagement, per thousand reached, per view

The planner in notebook 09 computes the cost per engagement. Two other measures
can be computed for other objectives (the formulas below are our explanation, not a source's):

- **Cost per engagement** = cost ÷ engagements.
- **Cost per thousand reached (CPM)** = cost ÷ reach × 1,000. Reach = followers × the
  share of followers who see the post (our simple model: viewers who do not follow are left out). CPM here is our cost per thousand **reached**; before comparing with a CPM quoted elsewhere, ask what it is divided by.
- **Cost per view** = cost ÷ views. Views = reach × views per account reached (one
  account may watch more than once).

The starting values below are **our example** for one micro influencer
(`data/campaign_assumptions.csv`: 15,000 followers, Rp 2,000,000 per post), not market
prices. The engagement rate is the middle of Partipost's micro band (3–5%, so 4%). The
share who see the post and the views per account are your assumptions; neither article
gives a figure for them.
""",
    ),
    code('CostMeasures(LANG, tier="micro")'),
    exercise(
        id="""
Dengan contoh kami, geser **Pengikut yang melihat** dari 100% ke 20%. Berapa CPM-nya
sekarang? Mengapa biaya per interaksi tidak berubah?
""",
        en="""
With our example, move **Followers who see it** from 100% to 20%. What is the CPM now?
Why does the cost per engagement stay the same?
""",
    ),
    hint(
        id="Jangkauan menjadi 15.000 × 20% = 3.000. Interaksi dihitung dari pengikut dan tingkat keterlibatan.",
        en="Reach becomes 15,000 × 20% = 3,000. Engagements are computed from followers and the engagement rate.",
    ),
    answer(
        id="""
Rp 2.000.000 ÷ 3.000 × 1.000 ≈ Rp 666.667 per seribu jangkauan, lima kali lipat CPM pada
100% (≈ Rp 133.333). Biaya per interaksi tetap ≈ Rp 3.333 karena di sini interaksi
dihitung dari pengikut × tingkat keterlibatan, seperti di perencana notebook 09; yang
berubah hanya jangkauan. Jadi ukuran yang Anda pilih ikut menentukan influencer mana yang
tampak *murah*, dan setiap ukuran bergantung pada asumsinya.
""",
        en="""
Rp 2,000,000 ÷ 3,000 × 1,000 ≈ Rp 666,667 per thousand reached, five times the CPM at
100% (≈ Rp 133,333). The cost per engagement stays ≈ Rp 3,333 because engagements are
computed here from followers × engagement rate, as in the notebook 09 planner; only reach
changes. So the measure you choose helps decide which influencer looks *cheap*, and each
measure rests on its assumptions.
""",
    ),
    md(
        id="""
Fungsinya juga bisa dipanggil langsung, misalnya untuk satu unggahan contoh kami:
""",
        en="""
The functions can be called directly too, for instance for one post of our example:
""",
    ),
    code("""
cost = 2_000_000  # contoh kami / our example (data/campaign_assumptions.csv)
for measure in (cost_per_engagement(cost, 600), cost_per_mille(cost, 15_000), cost_per_view(cost, 15_000)):
    print(format_rupiah(measure, LANG))
"""),
    md(
        id="""
## Ringkasan

- Tingkat keterlibatan berdasarkan pengikut dan berdasarkan tayangan adalah dua angka
  berbeda; Modash memakai tayangan untuk TikTok dan YouTube.
- Angka TikTok dan Instagram dari satu laporan pun berbeda jauh (HypeAuditor 2023, nano:
  12,6% dan 2,78%), jadi sebutkan platform, rumus, dan tahunnya.
- Influencer bisa dibayar per unggahan, per paket, dengan produk, dengan komisi afiliasi,
  dan untuk hak pakai konten; setiap model mengubah ukuran biaya yang masuk akal.
- Biaya per interaksi, CPM, dan biaya per tayangan memakai rumus sederhana, tetapi
  hasilnya hanya sebaik asumsi harga dan jangkauan Anda.

## Sumber yang dipakai notebook ini
""",
        en="""
## Summary

- An engagement rate by followers and one by views are two different numbers; Modash
  uses views for TikTok and YouTube.
- Even within one report, TikTok and Instagram figures differ widely (HypeAuditor 2023,
  nano: 12.6% and 2.78%), so always name the platform, the formula and the year.
- Influencers may be paid per post, per package, in products, through an affiliate
  commission, and for usage rights; each model changes which cost measure makes sense.
- Cost per engagement, CPM and cost per view are simple formulas, but their results are
  only as good as your price and reach assumptions.

## Sources used in this notebook
""",
    ),
    code('citations_table("13", LANG)'),
]
