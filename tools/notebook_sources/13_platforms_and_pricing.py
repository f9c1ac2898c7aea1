# Source of notebooks/{id,en}/13_platforms_and_pricing.ipynb. Build with: make notebooks

CELLS = [
    md(
        id="""
# Platform dan harga: keterlibatan di TikTok, YouTube, Instagram, dan cara influencer dibayar

Partipost memberi rentang tingkat keterlibatan tanpa menyebut platform, dan kedua artikel
membahas biaya tanpa menyebut satu angka pun. Notebook ini membahas hal-hal yang mereka
lewatkan: rumus yang berbeda di tiap platform, model pembayaran influencer, dan ukuran biaya
seperti CPM.
""",
        en="""
# Platforms and pricing: engagement on TikTok, YouTube, Instagram, and how influencers are paid

Partipost gives engagement-rate bands without naming a platform, and both articles talk
about cost without a single figure. This notebook covers what they leave out: the
formulas that differ by platform, the ways influencers are paid, and cost measures such as
CPM.
""",
    ),
    md(
        id="""
## Tujuan belajar

- Menghitung tingkat keterlibatan berdasarkan pengikut dan berdasarkan tayangan, lalu menjelaskan mengapa angka TikTok tidak bisa dinilai dengan rentang Instagram.
- Menjelaskan lima model pembayaran influencer beserta sumbernya.
- Menghitung CPM (biaya per seribu tayangan) dan membedakannya dari biaya per seribu orang yang dijangkau; mengenal CPE, CPV, CPC, CPA, dan ROAS.

Waktu: ± 40 menit, ditambah ± 10 menit untuk tugas penerapan (bisa dijadikan PR). Baca dulu: notebook 08 (Tingkat keterlibatan) dan 09 (Merencanakan kampanye).
""",
        en="""
## Learning goals

- Compute an engagement rate by followers and by views, and explain why a TikTok rate cannot be read against an Instagram band.
- Explain five ways influencers are paid, and their sources.
- Compute CPM (cost per thousand impressions) and tell it apart from the cost per thousand people reached; know CPE, CPV, CPC, CPA and ROAS.

Time: about 40 minutes, plus about 10 for the transfer task (it can be homework). Read first: notebooks 08 (Engagement rate) and 09 (Planning a campaign).
""",
    ),
    setup(),
    code("""
from influtier_lite import (CostMeasures, FormulaComparison, citations_table, cost_per_engagement,
                           cost_per_mille, cost_per_thousand_reached, cost_per_view, format_rupiah,
                           pricing_table)
"""),
    md(
        id="""
## Dibagi pengikut atau dibagi tayangan?

Alat dari vendor yang berbeda memakai penyebut yang berbeda (ringkasan di `shared/references.md`, bukan kata-kata vendor itu sendiri):

| Siapa | Rumus | Jangka waktu |
|---|---|---|
| HypeAuditor | “(likes + comments) / followers, per post, averaged” | 12 unggahan terakhir |
| Upfluence | “(average likes + average comments) / followers x 100” | 90 hari terakhir |
| Modash | “Instagram: median likes / followers; TikTok, YouTube: average likes / average views” | sekitar 2 bulan |
| Hootsuite (2019) | “ER by followers, by reach (ERR), by impressions, daily ER” | – |

Untuk Instagram, Modash membagi dengan **pengikut**, seperti HypeAuditor dan Upfluence. Di TikTok dan YouTube,
Modash membaginya dengan **tayangan**; dugaan kami, alasannya video juga ditonton orang yang
tidak mengikuti akun itu. Akun yang sama bisa menghasilkan dua angka yang sangat berbeda.
Geser *slider* di bawah ini: bila tayangan lebih sedikit daripada pengikut, angka
berdasarkan tayangan lebih tinggi; bila tayangan jauh melebihi pengikut (misalnya video viral) sementara interaksinya tetap, angka itu jauh lebih rendah.
""",
        en="""
## Divided by followers or by views?

Different vendors' tools use different denominators (as summarised in `shared/references.md`, not the vendors' own words):

| Who | Formula | Window |
|---|---|---|
| HypeAuditor | “(likes + comments) / followers, per post, averaged” | latest 12 posts |
| Upfluence | “(average likes + average comments) / followers x 100” | last 90 days |
| Modash | “Instagram: median likes / followers; TikTok, YouTube: average likes / average views” | about 2 months |
| Hootsuite (2019) | “ER by followers, by reach (ERR), by impressions, daily ER” | – |

For Instagram, Modash divides by **followers**, as HypeAuditor and Upfluence do. On TikTok and YouTube, Modash
divides by **views**; our guess: videos are also watched by people who do not
follow the account. One and the same account can give two very different numbers. Move the sliders
below: when views are fewer than followers the rate by views is higher; when a video
goes viral while interactions stay the same, it is far lower.
""",
    ),
    code("FormulaComparison(LANG, followers=3_000, interactions=150, views=1_500)"),
    md(
        id="""
### Mengapa angka TikTok tidak bisa dinilai dengan rentang Instagram

Laporan vendor HypeAuditor tahun 2023 memberi angka 2,78% untuk akun nano di Instagram dan
12,6% untuk akun nano di TikTok (`data/benchmarks.csv`). Angka TikTok itu lebih dari empat kali lipat
angka Instagram, dan sumber kami tidak menyebut rumus di baliknya. Rentang Partipost (nano
7–10%) tidak menyebut platform sama sekali. Jadi, sebelum membandingkan dua angka, tanyakan
tiga hal: platform apa, dibagi apa (pengikut, jangkauan, atau tayangan), dan kapan.
""",
        en="""
### Why a TikTok rate cannot be read against an Instagram band

The vendor HypeAuditor's 2023 report gives 2.78% for nano accounts on Instagram and 12.6%
for nano accounts on TikTok (`data/benchmarks.csv`). That is more than four times
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
Berdasarkan pengikut, 150 ÷ 3.000 × 100 = 5%; berdasarkan tayangan, 150 ÷ 15.000 × 100 = 1%.
Keduanya tidak bisa dibandingkan dengan yakin: Partipost tidak menyebut rumus maupun
platformnya. Yang masih masuk akal: menyandingkan angka berdasarkan pengikut (5%) dengan
rentang yang juga dihitung berdasarkan pengikut, dan angka berdasarkan tayangan dengan tolok
ukur TikTok yang dihitung dengan cara yang sama.
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
yang mahal” dan bahwa mega “biasanya memasang harga yang sangat tinggi”; Harmony menyebut
biaya makro “cukup tinggi” dan biaya mikro “lebih terjangkau”. Daftar harga seorang influencer
biasa disebut *rate card*.

Tabel berikut adalah **penjelasan umum kami** tentang lima model pembayaran, disusun dari
sumber yang disebut di kolom terakhir (`data/pricing_models.csv`). Tabel ini sengaja
tidak memuat harga: harga bergantung pada pasar, platform, dan waktu, dan sumber kami tidak
memberi angka yang bisa dijadikan pegangan.
""",
        en="""
## How influencers are paid

Both articles mention cost without figures: Partipost writes about “biaya endorse yang
mahal” (expensive endorsement fees) and says mega influencers “biasanya memasang harga yang
sangat tinggi” (usually set very high prices); Harmony calls macro fees “cukup tinggi” (fairly high) and
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
Sebuah brand membayar influencer hanya dengan komisi afiliasi. Apakah biaya per
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
biaya per penjualan, yaitu CPA (di sini besarnya komisi), dibandingkan dengan keuntungan per
penjualan (lihat bagian *Dari interaksi ke penjualan* di bawah). Ini penalaran kami; sumber
kami hanya menjelaskan cara kerja komisi afiliasi.
""",
        en="""
Hardly: the cost only arises when a sale happens, so the cost per engagement moves with
sales, not with engagements. A better fit is the cost per sale, the CPA (here the
commission), set against the margin on each sale (see *From engagements to sales* below).
This is our reasoning; our sources only explain how an affiliate commission works.
""",
    ),
    md(
        id="""
## Ukuran biaya: CPE, CPM, dan biaya per seribu orang yang dijangkau

Definisi baku (ringkasan di `shared/references.md`, bagian *Metrics*, diperiksa Desember 2026):

- **Jangkauan** menghitung **orang**: berapa orang yang melihat unggahan.
- **Tayangan** (*impressions*) menghitung **berapa kali** unggahan ditampilkan: satu orang
  bisa melihatnya beberapa kali.
- **CPM** (*cost per mille*) = biaya per seribu **tayangan** = biaya ÷ tayangan × 1.000.
- **Biaya per seribu orang yang dijangkau** = biaya ÷ jangkauan × 1.000. Ini angka lain;
  jangan menyebutnya CPM.
- **CPE** = biaya per interaksi; **CPV** = biaya per tayangan video (*view*).

Perencana di notebook 09 menghitung biaya per interaksi. Alat di bawah menambahkan jangkauan,
tayangan, dan tiga ukuran lain untuk satu unggahan, dengan **model sederhana kami**:

- Jangkauan = pengikut × persentase pengikut yang melihat; penonton yang bukan pengikut tidak
  dihitung. Persentase itu dimulai dari 100%, **batas atas teoretis** (setiap pengikut melihat
  unggahan). Itu asumsi kami, bukan angka yang lazim; kami tidak punya sumber untuk angka yang
  lebih rendah, jadi cobalah beberapa angka.
- Tayangan = jangkauan × tayangan per orang yang dijangkau (paling sedikit 1).
- Untuk video, setiap tayangan kami hitung sebagai satu kali ditonton, jadi di sini CPV sama
  dengan CPM ÷ 1.000. Bila Anda memakai angka dari laporan platform, tanyakan apa yang dihitung
  sebagai satu *view*.

Angka awal di bawah adalah **contoh kami** untuk satu influencer mikro
(`data/campaign_assumptions.csv`: 15.000 pengikut, Rp 2.000.000 per unggahan), bukan
harga pasar. Tingkat keterlibatannya adalah nilai tengah rentang mikro Partipost (3–5%, jadi
4%), pilihan kami.
""",
        en="""
## Cost measures: CPE, CPM and the cost per thousand people reached

The standard definitions (as summarised in `shared/references.md`, section *Metrics*,
checked December 2026):

- **Reach** counts **people**: how many people saw the post.
- **Impressions** count **showings**: one person may see the post several times.
- **CPM** (*cost per mille*) = the cost per thousand **impressions** = cost ÷ impressions ×
  1,000.
- **The cost per thousand people reached** = cost ÷ reach × 1,000. It is a different
  figure; do not call it CPM.
- **CPE** = cost per engagement; **CPV** = cost per view (of a video).

The planner in notebook 09 computes the cost per engagement. The tool below adds reach,
impressions and three more measures for one post, with **our simple model**:

- Reach = followers × the share of followers who see the post; viewers who do not follow
  are left out. The share starts at 100%, the **theoretical upper bound** (every follower
  sees the post). That is our assumption, not a typical figure; we have no source for a
  lower one, so try several values.
- Impressions = reach × impressions per person reached (at least 1).
- For a video, we count every impression as one view, so here CPV equals CPM ÷ 1,000. If
  you use figures from a platform's report, ask what it counts as one view.

The starting values below are **our example** for one micro influencer
(`data/campaign_assumptions.csv`: 15,000 followers, Rp 2,000,000 per post), not market
prices. The engagement rate is the middle of Partipost's micro band (3–5%, so 4%), our
choice.
""",
    ),
    code('CostMeasures(LANG, tier="micro")'),
    exercise(
        id="""
Dengan contoh kami, geser **Pengikut yang melihat** dari 100% ke 20%. Berapa biaya per seribu
orang yang dijangkau sekarang, dan berapa CPM-nya? Mengapa biaya per interaksi tidak berubah?
""",
        en="""
With our example, move **Followers who see it** from 100% to 20%. What is the cost per
thousand people reached now, and what is the CPM? Why does the cost per engagement stay the
same?
""",
    ),
    hint(
        id="Jangkauan menjadi 15.000 × 20% = 3.000 orang. Dengan 1 tayangan per orang, tayangannya juga 3.000.",
        en="Reach becomes 15,000 × 20% = 3,000 people. With 1 impression per person, there are 3,000 impressions too.",
    ),
    answer(
        id="""
Rp 2.000.000 ÷ 3.000 × 1.000 ≈ Rp 666.667 per seribu orang yang dijangkau, lima kali lipat
angka pada 100% (≈ Rp 133.333). Dengan 1 tayangan per orang, CPM-nya sama: ≈ Rp 666.667 per
seribu tayangan. Biaya per interaksi tetap ≈ Rp 3.333 karena di sini interaksi dihitung dari
pengikut × tingkat keterlibatan, seperti di perencana notebook 09; yang berubah hanya
jangkauan. Jadi, ukuran yang Anda pilih ikut menentukan influencer mana yang tampak *murah*,
dan setiap ukuran hanya dapat dipercaya sejauh asumsinya masuk akal.
""",
        en="""
Rp 2,000,000 ÷ 3,000 × 1,000 ≈ Rp 666,667 per thousand people reached, five times the
figure at 100% (≈ Rp 133,333). With 1 impression per person the CPM is the same: ≈
Rp 666,667 per thousand impressions. The cost per engagement stays ≈ Rp 3,333 because
engagements are computed here from followers × engagement rate, as in the notebook 09
planner; only reach changes. So the measure you choose helps decide which influencer looks
*cheap*, and each measure can only be trusted as far as its assumptions are sound.
""",
    ),
    exercise(
        id="""
Tetap di 20%, geser **Tayangan per orang yang dijangkau** ke 2. Angka mana yang berubah, dan
mengapa?
""",
        en="""
Still at 20%, move **Impressions per person reached** to 2. Which figures change, and why?
""",
    ),
    answer(
        id="""
Tayangan menjadi 3.000 × 2 = 6.000, jadi CPM turun menjadi Rp 2.000.000 ÷ 6.000 × 1.000 ≈
Rp 333.333 dan CPV menjadi ≈ Rp 333. Biaya per seribu orang yang dijangkau tetap ≈ Rp 666.667:
orangnya sama, hanya saja mereka melihat unggahan dua kali. Itulah sebabnya CPM dan biaya per
seribu orang yang dijangkau tidak boleh dicampuradukkan: dalam contoh ini, angka yang dibagi jangkauan
tampak dua kali lebih mahal daripada CPM.
""",
        en="""
Impressions become 3,000 × 2 = 6,000, so CPM falls to Rp 2,000,000 ÷ 6,000 × 1,000 ≈
Rp 333,333 and CPV to ≈ Rp 333. The cost per thousand people reached stays ≈ Rp 666,667: the
same people, who now see the post twice. That is why CPM and the cost per thousand people
reached must not be mixed up: in this example the figure divided by reach looks twice as
dear as the CPM.
""",
    ),
    md(
        id="""
Fungsinya juga bisa dipanggil langsung. Untuk satu unggahan contoh kami dengan 15.000 orang
yang dijangkau dan 1,5 tayangan per orang (22.500 tayangan), empat baris di bawah ini adalah
CPE, CPM, biaya per seribu orang yang dijangkau, dan CPV:
""",
        en="""
The functions can be called directly too. For one post of our example with 15,000 people
reached and 1.5 impressions per person (22,500 impressions), the four lines below are CPE,
CPM, the cost per thousand people reached, and CPV:
""",
    ),
    code("""
cost = 2_000_000  # contoh kami / our example (data/campaign_assumptions.csv)
reach, impressions = 15_000, 22_500  # asumsi kami / our assumptions
for measure in (cost_per_engagement(cost, 600), cost_per_mille(cost, impressions),
                cost_per_thousand_reached(cost, reach), cost_per_view(cost, impressions)):
    print(format_rupiah(measure, LANG))
"""),
    md(
        id="""
## Dari interaksi ke penjualan: CPC, CPA, ROAS, dan pelacakan

Bila tujuannya penjualan (*sales*), biaya per interaksi belum menjawab pertanyaan brand.
Ukuran yang lebih dekat ke penjualan (definisi baku, `shared/references.md`, bagian *Metrics*):

- **CPC** = biaya per klik;
- **CPA** = biaya per akuisisi, yaitu per penjualan atau pendaftaran;
- **ROAS** = pendapatan dari kampanye ÷ biayanya.

Semuanya butuh data yang bisa dilacak ke unggahan tertentu: kode promo unik untuk setiap
influencer, tautan dengan parameter UTM (`utm_source`, `utm_medium`, `utm_campaign`), atau
tautan afiliasi dengan komisi per penjualan. Kedua artikel tidak memberi angka konversi, jadi
notebook ini tidak menghitungnya untuk Anda.
""",
        en="""
## From engagements to sales: CPC, CPA, ROAS and tracking

When the objective is sales, the cost per engagement does not yet answer the brand's
question. Measures closer to sales (standard definitions, `shared/references.md`, section
*Metrics*):

- **CPC** = cost per click;
- **CPA** = cost per acquisition, that is per sale or sign-up;
- **ROAS** = revenue from the campaign ÷ its cost.

All of them need data that can be traced to a particular post: a unique promo code for each
influencer, links with UTM parameters (`utm_source`, `utm_medium`, `utm_campaign`), or
affiliate links with a commission per sale. Neither article gives conversion figures, so
this notebook does not compute them for you.
""",
    ),
    exercise(
        id="""
Sebuah brand membayar Rp 2.000.000 untuk satu unggahan. Kode promo unik influencer itu dipakai
dalam 40 pembelian dengan pendapatan total Rp 6.000.000 (angka rekaan kami). Hitung CPA dan
ROAS-nya. Apakah ROAS ini berarti kampanyenya untung?
""",
        en="""
A brand pays Rp 2,000,000 for one post. The influencer's unique promo code is used in 40
purchases with Rp 6,000,000 in total revenue (our made-up figures). Work out the CPA and
the ROAS. Does this ROAS mean the campaign made a profit?
""",
    ),
    answer(
        id="""
CPA = Rp 2.000.000 ÷ 40 = Rp 50.000 per penjualan. ROAS = Rp 6.000.000 ÷ Rp 2.000.000 = 3: setiap
rupiah biaya kembali sebagai tiga rupiah **pendapatan**. Belum tentu untung: ROAS membagi
pendapatan, bukan keuntungan, jadi biaya barang dan biaya lain belum dikurangi. Ini penalaran
kami dari definisinya.
""",
        en="""
CPA = Rp 2,000,000 ÷ 40 = Rp 50,000 per sale. ROAS = Rp 6,000,000 ÷ Rp 2,000,000 = 3: every
rupiah spent comes back as three rupiah of **revenue**. Not necessarily a profit: ROAS
divides revenue, not profit, so the cost of the goods and other costs are not yet taken
off. This is our reasoning from the definition.
""",
    ),
    exercise(
        id="""
**Tugas penerapan** (± 10 menit, jawaban terbuka)

*Rawon Cak Dul* (brand rekaan), rumah makan di Surabaya, menerima *rate card* ini dari
kreator kuliner @makan.teroos (akun rekaan; semua angkanya rekaan kami):

| Layanan | Harga |
|---|---|
| 1 Reels Instagram | Rp 3.000.000 |
| 1 video TikTok | Rp 3.500.000 |
| Paket 1 Reels + 3 Story, bebas dipakai untuk iklan selamanya | Rp 5.000.000 |

Di bawahnya tertulis: *ER 8% · rata-rata 150 rb tayangan · CPM Rp 20.000*. Cak Dul ingin
lebih banyak orang datang makan di warungnya, dan ia bertanya: *Ini harga yang bagus?* Tulis
kritik empat sampai enam kalimat: apa yang belum jelas, apa yang perlu ditanyakan, dan ukuran
apa yang cocok untuk tujuannya.
""",
        en="""
**Transfer task** (about 10 minutes, open answer)

*Rawon Cak Dul* (a made-up brand), a restaurant in Surabaya, receives this rate card from
the food creator @makan.teroos (a made-up account; every figure made up by us):

| Service | Price |
|---|---|
| 1 Instagram Reel | Rp 3,000,000 |
| 1 TikTok video | Rp 3,500,000 |
| Package: 1 Reel + 3 Stories, free to use in ads forever | Rp 5,000,000 |

Below it: *ER 8% · average 150K views · CPM Rp 20,000*. Cak Dul wants more people to come
and eat at his restaurant, and he asks: *Is this a good price?* Write a critique of four to
six sentences: what is still unclear, what to ask, and which measure fits his objective.
""",
    ),
    hint(
        id="""
Hitung sendiri CPM untuk Reels dan untuk video TikTok dari 150 rb tayangan. Lalu lihat lagi
tabel model pembayaran di atas: apa yang ditulis tentang hak pakai konten?
""",
        en="""
Work out the CPM yourself for the Reel and for the TikTok video from 150K views. Then look
at the table of pricing models above again: what does it say about usage rights?
""",
    ),
    answer(
        id="""
**Rubrik.** Jawaban yang baik:

1. **Angka yang belum jelas.** ER 8%: dibagi pengikut atau tayangan, di platform mana, untuk
   periode berapa lama? Berapa pengikutnya? 150 rb tayangan: di platform mana, dan apakah itu
   tayangan (satu orang bisa terhitung berkali-kali) atau jangkauan (orang)? CPM Rp 20.000
   sesuai dengan harga Reels (Rp 3.000.000 ÷ 150.000 × 1.000), tetapi tidak dengan harga video
   TikTok (≈ Rp 23.333).
2. **Isi paket dan hak pakai.** Kata *selamanya* perlu dirinci dalam kontrak: di mana saja
   konten boleh dipakai, dan apakah memang tanpa batas waktu; hak pakai sebaiknya dihargai terpisah (penjelasan umum kami di tabel model
   pembayaran).
3. **Ukuran yang sesuai tujuan.** Supaya dikenal: CPM atau biaya per seribu orang yang
   dijangkau (jangan dicampur); untuk pengunjung atau penjualan: kode promo atau tautan UTM,
   lalu CPA; komisi afiliasi sebagai pilihan lain.
4. **Tidak menilai *mahal* atau *murah* tanpa pembanding.** Sumber kami tidak memberi harga
   pasar; bandingkan dengan *rate card* kreator lain, dan hitung ukurannya dengan cara yang sama.

**Contoh jawaban yang baik** (satu dari banyak kemungkinan):

> Belum bisa dibilang bagus atau tidak, karena beberapa angkanya belum jelas. ER 8% itu
> dibagi pengikut atau tayangan, di Instagram atau TikTok, dan dari berapa unggahan terakhir?
> Jumlah pengikutnya pun tidak disebut. CPM Rp 20.000 sesuai dengan harga Reels
> (Rp 3.000.000 ÷ 150.000 × 1.000) kalau 150 rb itu tayangan Reels, tetapi tidak dengan harga
> video TikTok (≈ Rp 23.333); lagi pula tayangan menghitung berapa kali video ditampilkan, bukan berapa
> orang yang melihatnya. Paket Rp 5.000.000 memuat hak pakai *selamanya*: minta rincian di
> mana dan berapa lama konten boleh dipakai, dan sebaiknya harga hak pakai dipisahkan dari
> biaya pembuatan konten. Karena Cak Dul ingin lebih banyak orang datang makan, minta kode
> promo khusus untuk @makan.teroos supaya kita bisa menghitung biaya per pembeli (CPA), lalu
> bandingkan dengan *rate card* dua atau tiga kreator lain.
""",
        en="""
**Rubric.** A good answer:

1. **Figures that are unclear.** ER 8%: by followers or by views, on which platform, over
   what period? How many followers? 150K views: on which platform, and are they impressions
   (one person may count several times) or reach (people)? A CPM of Rp 20,000 fits the Reel
   (Rp 3,000,000 ÷ 150,000 × 1,000), not the TikTok video (≈ Rp 23,333).
2. **The package and usage rights.** *Forever* needs spelling out in the contract: where the
   content may be used, and whether there is really no time limit; usage rights are best priced separately (our general explanation
   in the table of pricing models).
3. **A measure that fits the objective.** To be known: CPM or the cost per thousand people
   reached (not mixed up); for visitors or sales: a promo code or UTM link, then CPA; an
   affiliate commission as another option.
4. **No *expensive* or *cheap* without a comparison.** Our sources give no market prices;
   compare with other creators' rate cards, and work out their measures the same way.

**An example of a good answer** (one of many):

> We cannot call it good or bad yet, because several figures are unclear. Is the ER of 8%
> by followers or by views, on Instagram or on TikTok, and over how many recent posts? The
> follower count is not given either. A CPM of Rp 20,000 fits the Reel (Rp 3,000,000 ÷
> 150,000 × 1,000) if the 150K are Reel views, but not the TikTok video (≈ Rp 23,333); and
> views count how often a video was shown, not how many people saw it. The Rp 5,000,000
> package includes usage rights *forever*: ask where and for how long the content may be
> used, and preferably price those rights apart from the fee for making the content. Since
> Cak Dul wants more people to come and eat, ask for a promo code just for @makan.teroos so
> that we can work out the cost per customer (CPA), and compare with the rate cards of two or
> three other creators.
""",
    ),
    md(
        id="""
## Ringkasan

- Tingkat keterlibatan berdasarkan pengikut dan berdasarkan tayangan adalah dua angka
  berbeda; Modash memakai tayangan untuk TikTok dan YouTube.
- Angka TikTok dan Instagram dari satu laporan vendor pun berbeda jauh (HypeAuditor 2023,
  nano: 12,6% dan 2,78%), jadi sebutkan platform, rumus, dan tahunnya.
- Influencer bisa dibayar per unggahan, per paket, dengan produk, dengan komisi afiliasi,
  dan untuk hak pakai konten; setiap model memengaruhi ukuran biaya mana yang masuk akal.
- CPM adalah biaya per seribu **tayangan**; biaya per seribu orang yang dijangkau adalah
  angka lain. Tayangan menghitung berapa kali unggahan ditampilkan, jangkauan menghitung orang.
- Anggapan bahwa 100% pengikut melihat unggahan adalah batas atas teoretis, bukan angka yang
  lazim. Setiap ukuran
  biaya hanya dapat dipercaya sejauh asumsi harga, jangkauan, dan tayangannya masuk akal.
- Untuk penjualan, CPA dan ROAS lebih dekat ke pertanyaan brand, asalkan penjualannya bisa
  dilacak (kode promo, UTM, tautan afiliasi).

## Sumber yang dipakai notebook ini
""",
        en="""
## Summary

- An engagement rate by followers and one by views are two different numbers; Modash
  uses views for TikTok and YouTube.
- Even within one vendor's report, TikTok and Instagram figures differ widely (HypeAuditor
  2023, nano: 12.6% and 2.78%), so always name the platform, the formula and the year.
- Influencers may be paid per post, per package, in products, through an affiliate
  commission, and for usage rights; each model changes which cost measure makes sense.
- CPM is the cost per thousand **impressions**; the cost per thousand people reached is a
  different figure. Impressions count showings, reach counts people.
- 100% of followers seeing a post is the theoretical upper bound, not a typical figure. Each
  cost measure can only be trusted as far as its price, reach and impression assumptions
  are sound.
- For sales, CPA and ROAS come closer to the brand's question, provided the sales can be
  tracked (promo codes, UTM, affiliate links).

## Sources used in this notebook
""",
    ),
    code('citations_table("13", LANG)'),
]
