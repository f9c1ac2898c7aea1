# Source of notebooks/id/00_tier_explorer.ipynb and notebooks/en/00_tier_explorer.ipynb.
# Build with: make notebooks   (md, code and setup are provided by tools/build_notebooks.py)

CELLS = [
    md(
        id="""
# Penjelajah tingkatan influencer

Berapa banyak pengikut yang dibutuhkan supaya seseorang disebut *influencer mikro*?
Ternyata jawabannya bergantung pada siapa yang Anda tanya. Notebook ini memakai dua
artikel berbahasa Indonesia:

- **Partipost** (Vanessa, 2022, diperbarui 2025) membagi influencer menjadi empat
  tingkatan: nano, mikro, makro, dan mega. Untuk setiap tingkatan, artikel ini juga
  memberi angka tingkat keterlibatan (*engagement rate*); untuk mega, angkanya hanya
  perkiraan.
- **Harmony** (Fina Pratiwi, diperbarui 2021) hanya membaginya menjadi dua: mikro dan makro.

Dengan *slider* di bawah, Anda bisa mengatur jumlah pengikut dan tingkat keterlibatan
sebuah akun, lalu langsung melihat tingkatannya menurut kedua artikel, apakah
tingkat keterlibatannya masuk rentang Partipost untuk tingkatan itu, dan apa artinya
bagi sebuah brand.

**Cara memakai:** jalankan semua sel lewat menu **Run → Menjalakan Semua Sel** (ejaannya
memang begitu di JupyterLab berbahasa Indonesia; di JupyterLab berbahasa Inggris:
*Run → Run All Cells*), lalu gulir ke bagian *slider*.
""",
        en="""
# Influencer Tier Explorer

How many followers does it take to be called a *micro influencer*? It depends on whom
you ask. This notebook works from two Indonesian articles:

- **Partipost** (Vanessa, 2022, updated 2025) sorts influencers into four tiers (nano,
  micro, macro and mega) and gives an engagement-rate figure for each; for mega it is
  only an approximate one.
- **Harmony** (Fina Pratiwi, updated 2021) knows only two: micro and macro.

With the sliders below you set an account's follower count and engagement rate and see
at once which tier it is in under each article, whether its engagement rate falls in
Partipost's band for that tier, and what that means for a brand.

**How to use it:** run all cells (**Run → Run All Cells**), then scroll down to the
sliders.
""",
    ),
    md(
        id="""
## Tujuan belajar

- Menemukan tingkatan sebuah akun menurut Partipost dan Harmony dengan *slider*.
- Membandingkan tingkat keterlibatan sebuah akun dengan rentang Partipost dan dengan tolok ukur vendor lain.
- Melihat pada jumlah pengikut berapa saja kedua artikel berbeda pendapat.

Waktu: ± 10 menit. Baca dulu: 01 (Mulai di sini).
""",
        en="""
## Learning goals

- Find an account's tier under Partipost and Harmony with the sliders.
- Read an engagement rate against Partipost's band and against a benchmark another vendor publishes.
- See at which follower counts the two articles disagree.

Time: about 10 minutes. Read first: 01 (Start here).
""",
    ),
    setup(),
    md(
        id="""
## Persiapan

Sel di atas memilih bahasa notebook. Sel berikut memuat paket Python `influtier_lite`,
yang menyimpan semua angka dari kedua artikel beserta sumber dan kalimat aslinya.
""",
        en="""
## Setting up

The cell above chooses the notebook's language. The next one loads the helper package
`influtier_lite`, which holds every number from the two articles together with its
source and the article's own words.
""",
    ),
    code("""
from influtier_lite import Table, TierExplorer, classify, format_number, text, tier_table
"""),
    md(
        id="""
## Dua artikel, dua jenjang

### Partipost: empat tingkatan

Menurut Partipost, influencer nano punya pengikut “kurang dari 5.000” dan tingkat
keterlibatan “7-10%”. Tabel berikut memuat semua angka artikel itu beserta kalimat aslinya.
""",
        en="""
## Two articles, two ladders

### Partipost: four tiers

Partipost says a nano influencer has “kurang dari 5.000” followers (fewer than 5,000)
and an engagement rate of “7-10%”. The table below holds all of the article's numbers
with its own words, which stay in Indonesian.
""",
    ),
    code('tier_table("partipost", LANG)'),
    md(
        id="""
### Harmony: dua tingkatan

Menurut Harmony, influencer mikro adalah influencer “dengan jumlah followers 1.000
hingga 100.000”, sedangkan influencer makro punya pengikut “lebih dari 100.000 orang”. Artikel ini
tidak memberi angka tingkat keterlibatan dan tidak menamai akun yang pengikutnya kurang
dari 1.000.
""",
        en="""
### Harmony: two tiers

Harmony calls a micro influencer one “dengan jumlah followers 1.000 hingga 100.000”
(with 1,000 to 100,000 followers), and a macro influencer one with “lebih dari 100.000
orang” (more than 100,000 people). It gives no engagement-rate figures, and it names no
tier for accounts with fewer than 1,000 followers.
""",
    ),
    code('tier_table("harmony", LANG)'),
    md(
        id="""
Perhatikan: kata **makro** berarti 30.000–100.000 pengikut bagi Partipost, tetapi lebih
dari 100.000 bagi Harmony. Akun dengan 100.000 pengikut adalah makro menurut Partipost
dan mikro menurut Harmony. Jadi, setiap kali membahas tingkatan influencer, sebutkan
skema mana yang Anda pakai.
""",
        en="""
Note that **macro** means 30,000–100,000 followers to Partipost but more than 100,000
to Harmony. An account with 100,000 followers is macro for Partipost and micro for
Harmony. Whenever you talk about influencer tiers, say whose scheme you are using.
""",
    ),
    md(
        id="""
## Coba geser *slider*-nya

- **Pengikut**: skala logaritmik dari 100 sampai 100 juta. Jarak dari 1.000 ke 10.000
  sama dengan jarak dari 10.000 ke 100.000.
- **Angka persis**: ketik jumlah pengikut lalu tekan Enter. Angka boleh ditulis dengan
  cara Indonesia: `25.000`, `2,9 jt`, `12 ribu`.
- **Tingkat keterlibatan**: jumlah interaksi (suka, komentar, dibagikan, disimpan) per
  unggahan dibagi jumlah pengikut, dalam persen. Ini rumus yang kami pakai; Partipost
  tidak menuliskan rumusnya (lihat notebook 08).

Di bawahnya muncul tingkatan menurut kedua artikel, perbandingan tingkat keterlibatan
dengan rentang Partipost, perkiraan interaksi per unggahan, dan artinya bagi brand.
Gambar menunjukkan posisi akun pada jenjang tingkatan.
""",
        en="""
## Move the sliders

- **Followers**: a log scale from 100 to 100 million. The distance from 1,000 to 10,000
  is the same as from 10,000 to 100,000.
- **Exact count**: type a follower count and press Enter. English notation works:
  `25,000`, `2.9M`, `12K`.
- **Engagement rate**: interactions per post (likes, comments, shares, saves) divided by
  the follower count, in percent. This is the formula we use; Partipost gives none (see
  notebook 08).

Below them you get the tier under each article, how the engagement rate compares with
Partipost's band, the engagements to expect per post, and what it means for a brand.
The figure shows where the account sits on the tier ladder.
""",
    ),
    code("""
explorer = TierExplorer(lang=LANG, followers=25_000, er_percent=4)
explorer
"""),
    md(
        id="""
## Tepat di batas tingkatan

Artikel menuliskan rentangnya dengan kata-kata, dan kata-kata tidak selalu jelas di batasnya:

- **5.000**: Partipost menyebut nano “kurang dari 5.000”, jadi tepat 5.000 sudah mikro.
- **30.000**: Partipost menulis mikro “5.000 - 30.000” dan makro “30.000 - 100.000”.
  Angka 30.000 ada di kedua rentang! Kami memasukkannya ke mikro, dengan anggapan
  bahwa batas atas yang ditulis ikut termasuk. Ini **konvensi kami**, bukan isi artikel.
- **100.000**: makro menurut Partipost (mega baru “lebih dari 100.000”), tetapi mikro
  menurut Harmony (“1.000 hingga 100.000”).

Sel berikut memeriksa angka-angka di sekitar batas tersebut.
""",
        en="""
## At the edges of the ladder

The articles give their ranges in words, and words are not always clear at the edges:

- **5,000**: Partipost calls nano “kurang dari 5.000” (fewer than 5,000), so exactly
  5,000 is already micro.
- **30,000**: Partipost writes micro as “5.000 - 30.000” and macro as “30.000 - 100.000”.
  30,000 is in both ranges! We put it in micro, reading each stated upper bound as
  included. That is **our convention**, not the article's words.
- **100,000**: macro for Partipost (mega starts at “lebih dari 100.000”, more than
  100,000) but micro for Harmony (“1.000 hingga 100.000”, 1,000 to 100,000).

The next cell checks the counts around those edges.
""",
    ),
    code("""
rows = []
for count in [4_999, 5_000, 30_000, 30_001, 100_000, 100_001]:
    partipost = classify(count, "partipost").name(LANG)
    harmony = classify(count, "harmony").name(LANG)
    rows.append([format_number(count, LANG), partipost, harmony])
Table([text("followers", LANG), "Partipost", "Harmony"], rows, align_right=[text("followers", LANG)])
"""),
    md(
        id="""
Rentang tingkat keterlibatan juga punya celah: mikro 3–5%, nano 7–10%. Akun mikro
dengan 6% berada di atas rentangnya, sedangkan akun nano dengan 6% berada di bawah
rentangnya. Untuk mega, Partipost hanya menulis “cukup rendah (sekitar 1%)”. Supaya
angka mega bisa dinilai, kami memberi toleransi 0,5 poin persentase ke atas dan ke bawah:
0,5–1,5% kami anggap masih “sekitar 1%”. Ini juga konvensi kami.
""",
        en="""
The engagement bands leave a gap too: micro 3–5%, nano 7–10%. A micro account at 6% is
above its band, a nano account at 6% below its band. For mega, Partipost only writes
“cukup rendah (sekitar 1%)” (fairly low, about 1%). To assess it at all we allow 0.5
percentage points either side, so we count 0.5–1.5% as still “sekitar 1%”. That is our
convention as well.
""",
    ),
    md(
        id="""
## Coba sendiri

1. Sebuah akun kuliner punya 28.500 pengikut dan rata-rata 1.400 interaksi per
   unggahan. Ketik jumlah pengikutnya di kotak *Angka persis* dan atur *slider* tingkat
   keterlibatan. Apa tingkatannya menurut Partipost dan menurut Harmony? Apakah
   tingkat keterlibatannya masuk rentang Partipost?
2. Berapa jumlah pengikut terkecil yang membuat sebuah akun disebut makro oleh
   **kedua** artikel sekaligus?
""",
        en="""
## Try it

1. A food account has 28,500 followers and an average of 1,400 interactions per post.
   Type the follower count into the *Exact count* box and set the engagement slider.
   Which tier is it under Partipost, and under Harmony? Is its engagement rate within
   Partipost's band?
2. What is the smallest follower count that makes an account macro under **both**
   articles at once?
""",
    ),
    md(
        id="""
<details><summary><b>Jawaban</b> (klik untuk membuka)</summary>

1. Tingkat keterlibatan = 1.400 / 28.500 × 100 ≈ 4,9%. Menurut Partipost akun ini mikro,
   dan 4,9% masih di dalam rentang 3–5%. Menurut Harmony akun ini juga mikro, tetapi
   Harmony tidak memberi rentang tingkat keterlibatan.
2. Tidak ada! Harmony baru menyebut makro di atas 100.000, padahal di atas 100.000
   Partipost sudah menyebutnya mega. Kedua artikel tidak pernah sepakat menyebut sebuah
   akun makro.

</details>
""",
        en="""
<details><summary><b>Answers</b> (click to open)</summary>

1. Engagement rate = 1,400 / 28,500 × 100 ≈ 4.9%. Partipost: micro, and 4.9% is inside
   its 3–5% band. Harmony: micro too, but Harmony gives no engagement band.
2. There is none! Harmony's macro starts above 100,000, and above 100,000 Partipost
   already says mega. The two articles never agree that an account is macro.

</details>
""",
    ),
    md(
        id="""
## Sumber

- Vanessa, “Influencer Nano, Micro, Macro, Mega? Apa Sih Bedanya?”, blog Partipost,
  26 Juli 2022, diperbarui 30 Juli 2025.
- Fina Pratiwi, “Macro Influencer VS Micro Influencer, Mana yang Anda Pilih?”, blog
  Harmony, diperbarui 23 Juni 2021.

Keduanya terbit di blog perusahaan yang menjual jasa atau perangkat lunak, dan tidak
menyebut dari mana angkanya berasal. Anggap angka itu patokan kasar dari satu sumber, bukan hasil
penelitian. Konvensi kami (batas 30.000 dan toleransi untuk mega) dijelaskan di atas
dan di `data/tiers.csv`.
""",
        en="""
## Sources

- Vanessa, “Influencer Nano, Micro, Macro, Mega? Apa Sih Bedanya?”, Partipost blog,
  26 July 2022, updated 30 July 2025.
- Fina Pratiwi, “Macro Influencer VS Micro Influencer, Mana yang Anda Pilih?”, Harmony
  blog, updated 23 June 2021.

Both are company blogs selling a service or software, and neither says where its
numbers come from. Treat them as one source's rule of thumb, not research findings. Our conventions (the 30,000 edge and the
tolerance for mega) are explained above and in `data/tiers.csv`.
""",
    ),
]
