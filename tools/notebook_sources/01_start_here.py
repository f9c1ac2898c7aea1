# Source of notebooks/{id,en}/01_start_here.ipynb. Build with: make notebooks

CELLS = [
    md(
        id="""
# Mulai di sini: tingkatan influencer

Selamat datang! Rangkaian notebook ini membahas **tingkatan influencer** (nano, mikro,
makro, mega) berdasarkan dua artikel berbahasa Indonesia, lalu mengajak Anda mengujinya
lewat *slider*, data rekaan, dan kuis.

## Apa itu influencer?

Harmony menjelaskan influencer sebagai “seseorang yang memiliki jumlah pengikut atau
followers yang banyak di sosial medianya”, yang “mampu mempengaruhi followersnya untuk
membeli atau menggunakan produk yang memang ia gunakan”. Partipost menambahkan bahwa influencer “kerap
dikelompokkan berdasarkan tier atau tingkatan mereka”, dan tingkatan itu “ditentukan
berdasarkan jumlah pengikut”.

Jadi, ukuran pertama sebuah akun adalah jumlah pengikutnya. Ukuran kedua, yang angkanya
diberikan Partipost, adalah **tingkat keterlibatan** (*engagement rate*). Partipost sendiri
tidak menyebut rumusnya (lihat notebook 08). Notebook ini memakai rumus berikut: jumlah
interaksi pada sebuah unggahan (suka, komentar, dibagikan, disimpan) dibagi jumlah
pengikut, lalu dikalikan 100. Hasilnya bukan persentase pengikut yang berinteraksi: satu
pengikut bisa berinteraksi lebih dari sekali, dan akun yang tidak mengikuti pun bisa ikut
berinteraksi.
""",
        en="""
# Start here: influencer tiers

Welcome! These notebooks cover **influencer tiers** (nano, micro, macro, mega) as two
Indonesian articles describe them, then put them to the test with sliders, made-up data
and a quiz.

## What is an influencer?

Harmony describes an influencer as “seseorang yang memiliki jumlah pengikut atau
followers yang banyak di sosial medianya” (someone with many followers on social media)
who “mampu mempengaruhi followersnya untuk membeli atau menggunakan produk yang memang ia
gunakan” (can persuade those followers to buy or use products that they themselves use). Partipost adds that influencers are
“kerap dikelompokkan berdasarkan tier atau tingkatan mereka” (often grouped into tiers),
and that the tier is “ditentukan berdasarkan jumlah pengikut” (set by the follower count).

So the first measure of an account is its follower count. The second, for which
Partipost gives figures, is the **engagement rate**. Partipost itself names no formula
(see notebook 08). These notebooks use this one: the engagements on a post (likes,
comments, shares, saves) divided by the follower count, times 100. The result is not the
share of followers who engage: one follower can engage more than once, and accounts that
do not follow can engage too.
""",
    ),
    md(
        id="""
## Tujuan belajar

- Memahami apa itu influencer menurut kedua artikel, dan apa arti tingkat keterlibatan.
- Memakai notebook: menjalankan sel, menggeser *slider*, mengetik angka persis.
- Memilih jalur belajar dari tabel di bagian akhir.

Waktu: ± 15 menit. Baca dulu: tidak ada; mulai dari sini.
""",
        en="""
## Learning goals

- Know what an influencer is according to both articles, and what an engagement rate means.
- Use the notebooks: run the cells, move the sliders, type an exact count.
- Choose a learning path from the table at the end.

Time: about 15 minutes. Read first: nothing; start here.
""",
    ),
    setup(),
    md(
        id="""
## Cara memakai notebook ini

1. Jalankan semua sel dari atas: menu **Run → Menjalakan Semua Sel** (persis begitu
   tulisannya di JupyterLab berbahasa Indonesia; di JupyterLab berbahasa Inggris:
   *Run → Run All Cells*). Sel pertama di atas memilih bahasa (`LANG`); biarkan apa adanya.
2. Geser *slider* dengan *mouse*, atau klik *slider* lalu tekan tombol panah kiri/kanan.
3. Untuk angka persis, ketik di kotak **Angka persis** lalu tekan Enter. Kotak itu
   menerima tulisan seperti `25.000`, `2,9 jt`, atau `12 ribu`.
4. Bagian **✏️ Coba sendiri** berisi latihan. Petunjuk dan jawabannya tersembunyi di
   bawahnya: klik **💡 Petunjuk** atau **✅ Jawaban** hanya setelah Anda mencoba.

Coba sekarang: geser *slider* di bawah ini.
""",
        en="""
## How to use these notebooks

1. Run every cell from the top: **Run → Run All Cells**. The first cell above chooses the
   language (`LANG`); leave it as it is.
2. Drag a slider with the mouse, or click it and press the left/right arrow keys.
3. For an exact number, type it in the **Exact count** box and press Enter. The box
   understands `25,000`, `2.9M` or `12 thousand`.
4. The **✏️ Try it** sections are exercises. Their hints and answers are folded away
   below them: open **💡 Hint** or **✅ Answer** only after you have tried.

Try it now: move the slider below.
""",
    ),
    code("""
from influtier_lite import TierExplorer, tier_table

TierExplorer(lang=LANG, followers=12_000, er_percent=4)
"""),
    md(
        id="""
## Dua artikel, dua cara membagi

Partipost membagi influencer menjadi empat tingkatan, masing-masing dengan angka
tingkat keterlibatan (untuk mega hanya perkiraan):
""",
        en="""
## Two articles, two ways to divide

Partipost sorts influencers into four tiers, each with an engagement-rate figure (for
mega only an approximate one):
""",
    ),
    code('tier_table("partipost", LANG)'),
    md(
        id="""
Harmony hanya membaginya menjadi dua, tanpa angka tingkat keterlibatan:
""",
        en="""
Harmony has only two tiers, and gives no engagement-rate figures:
""",
    ),
    code('tier_table("harmony", LANG)'),
    md(
        id="""
Perhatikan kata **makro**: bagi Partipost artinya 30.000–100.000 pengikut, bagi Harmony
artinya lebih dari 100.000. Kedua artikel tidak salah; mereka hanya memakai batas yang
berbeda. Karena itu, setiap kali membahas tingkatan, sebutkan sumbernya.

Kedua artikel juga ditulis oleh perusahaan yang berjualan: Partipost adalah platform
*influencer marketing*, Harmony menjual perangkat lunak akuntansi. Keduanya tidak menyebut
dari mana angkanya berasal. Anggap angka itu patokan kasar dari satu sumber, bukan hasil
penelitian.

## Jalur belajar

| No. | Notebook | Isi |
|---|---|---|
| 00 | [Penjelajah tingkatan](00_tier_explorer.ipynb) | Semua *slider* dalam satu halaman |
| 01 | [Mulai di sini](01_start_here.ipynb) | Halaman ini |
| 02 | [Nano](02_nano.ipynb) | Angka, kelebihan, kekurangan, latihan |
| 03 | [Mikro](03_micro.ipynb) | Mikro menurut Partipost dan menurut Harmony |
| 04 | [Makro](04_macro.ipynb) | Dua arti *makro* yang sama sekali tidak tumpang-tindih |
| 05 | [Mega](05_mega.ipynb) | Tanpa batas atas, tingkat keterlibatan “sekitar 1%” |
| 06 | [Makro vs mikro (Harmony)](06_harmony_macro_vs_micro.ipynb) | Skema dua tingkatan, tabel kelebihan/kekurangan, dan apa kata penelitian |
| 07 | [Saat sumber berbeda pendapat](07_sources_disagree.ipynb) | Dua artikel dan lima sumber pembanding sekaligus |
| 08 | [Tingkat keterlibatan](08_engagement_rate.ipynb) | Cara menghitung, kalkulator, tolok ukur vendor |
| 09 | [Merencanakan kampanye](09_campaign_planner.ipynb) | Campuran tingkatan, anggaran, biaya per interaksi |
| 10 | [Cek pemahaman](10_self_check.ipynb) | Kuis dengan umpan balik langsung |
| 11 | [Apakah audiensnya nyata?](11_audience_quality.ipynb) | Sinyal yang dipakai alat audit, akun rekaan, ambang batas yang Anda atur |
| 12 | [Menandai konten berbayar](12_disclosure_and_ethics.ipynb) | Etika Pariwara Indonesia, UU Perlindungan Konsumen, FTC dan ASA, latihan keterangan unggahan |
| 13 | [Platform dan harga](13_platforms_and_pricing.ipynb) | Keterlibatan per pengikut atau per tayangan, model pembayaran, CPM dan biaya per tayangan |
| 14 | [Akun pilihan Anda](14_your_accounts.ipynb) | Unggah daftar akun Anda: tingkatan, keterlibatan, hal yang perlu dicek |

Untuk kelas singkat, mulailah dari 01, 03, 07, lalu 10. Notebook 11–13 membahas hal-hal
di luar kedua artikel.
""",
        en="""
Look at the word **macro**: for Partipost it means 30,000–100,000 followers, for
Harmony more than 100,000. Neither article is wrong; they simply draw the lines in
different places. So whenever you talk about tiers, say whose tiers you mean.

Both articles are also written by companies with something to sell: Partipost is an
influencer-marketing platform, Harmony sells accounting software. Neither says where its
numbers come from. Treat them as one source's rule of thumb, not research findings.

## Learning path

| No. | Notebook | What it covers |
|---|---|---|
| 00 | [Tier explorer](00_tier_explorer.ipynb) | All the sliders on one page |
| 01 | [Start here](01_start_here.ipynb) | This page |
| 02 | [Nano](02_nano.ipynb) | Numbers, strengths, weaknesses, exercises |
| 03 | [Micro](03_micro.ipynb) | Micro according to Partipost and to Harmony |
| 04 | [Macro](04_macro.ipynb) | Two meanings of *macro* that do not overlap |
| 05 | [Mega](05_mega.ipynb) | No upper edge, engagement “sekitar 1%” (about 1%) |
| 06 | [Macro vs micro (Harmony)](06_harmony_macro_vs_micro.ipynb) | The two-tier scheme, its pros-and-cons table, and what research says |
| 07 | [When the sources disagree](07_sources_disagree.ipynb) | Both articles and five reference taxonomies at once |
| 08 | [Engagement rate](08_engagement_rate.ipynb) | How to compute it, a calculator, other vendors' benchmarks |
| 09 | [Planning a campaign](09_campaign_planner.ipynb) | A mix of tiers, a budget, cost per engagement |
| 10 | [Self-check](10_self_check.ipynb) | A quiz with immediate feedback |
| 11 | [Is the audience real?](11_audience_quality.ipynb) | The signals audit tools use, fictional accounts, thresholds you set |
| 12 | [Labelling paid content](12_disclosure_and_ethics.ipynb) | The Indonesian ethics code, consumer-protection law, the FTC and the ASA, a caption exercise |
| 13 | [Platforms and pricing](13_platforms_and_pricing.ipynb) | Engagement by followers or by views, pricing models, CPM and cost per view |
| 14 | [Your own accounts](14_your_accounts.ipynb) | Upload your shortlist: tiers, engagement, what is worth checking |

For a short class, take 01, 03, 07 and then 10. Notebooks 11–13 cover what the two
articles leave out.
""",
    ),
    exercise(
        id="""
Dengan *slider* di atas, cari jumlah pengikut terkecil yang sudah disebut **mikro**
oleh Partipost. Apakah Harmony setuju?
""",
        en="""
With the slider above, find the smallest follower count that Partipost already calls
**micro**. Does Harmony agree?
""",
    ),
    hint(
        id="Ketik angka di sekitar batas nano–mikro di kotak **Angka persis**, misalnya `4.999` lalu `5.000`.",
        en="Type counts around the nano–micro edge in the **Exact count** box, such as `4,999` and then `5,000`.",
    ),
    answer(
        id="""
5.000. Nano menurut Partipost “kurang dari 5.000”, jadi 5.000 sudah mikro. Harmony juga
menyebutnya mikro, karena mikro bagi Harmony adalah “1.000 hingga 100.000”. Di sini
keduanya sepakat, meskipun batas bawah mikro mereka berbeda.
""",
        en="""
5,000. Nano is “kurang dari 5.000” (fewer than 5,000), so 5,000 is already micro for
Partipost. Harmony calls it micro too, because its micro is “1.000 hingga 100.000”
(1,000 to 100,000). They agree here, although their micro tiers start at different counts.
""",
    ),
]
