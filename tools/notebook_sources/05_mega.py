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

Waktu: ± 15 menit, ditambah ± 10 menit untuk tugas penerapan (bisa dijadikan PR). Baca dulu: 01 dan 04.
""",
        en="""
## Learning goals

- State Partipost's mega range and what “sekitar 1%” (about 1%) means.
- Explain mega's strengths and weaknesses according to Partipost.
- Separate our convention (the ±0.5-percentage-point tolerance) from the article's words.

Time: about 15 minutes, plus about 10 for the transfer task (it can be homework). Read first: 01 and 04.
""",
    ),
    setup(),
    code("""
from influtier_lite import EngagementBandMeter, TierExplorer, claims_table, tier_overview

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
    exercise(
        id="""
**Tugas penerapan** (± 10 menit, jawaban terbuka)

Manajer Anda di *Keripik Nyala* (brand rekaan, keripik pedas) ingin memakai seluruh
anggaran kampanye untuk satu selebritas dengan 2,5 juta pengikut di Instagram. Katanya:
*1% dari 2,5 juta itu 25.000 interaksi per unggahan. Jelas paling untung!* Tulis tanggapan
empat atau lima kalimat: apa yang bisa diharapkan dari akun mega menurut Partipost, apa yang
perlu diwaspadai, dan data apa yang masih kurang untuk memutuskan.
""",
        en="""
**Transfer task** (about 10 minutes, open answer)

Your manager at *Keripik Nyala* (a made-up brand of spicy crisps) wants to spend the whole
campaign budget on one celebrity with 2.5 million Instagram followers. She says: *1% of
2.5 million is 25,000 engagements per post. Clearly the best deal!* Write a reply of four or
five sentences: what a mega account can be expected to do according to Partipost, what to
watch out for, and what data is still missing to decide.
""",
    ),
    answer(
        id="""
**Rubrik.** Jawaban yang baik:

1. **Kata Partipost apa adanya.** Mega bisa membantu meningkatkan awareness dan reputasi
   brand; tingkat keterlibatan kebanyakan dari mereka “cukup rendah (sekitar 1%)”; harganya
   *biasanya* sangat tinggi.
2. **Hitungan beserta syaratnya.** 2.500.000 × 1% = 25.000 hanya perkiraan: *sekitar 1%*
   adalah satu angka kira-kira untuk *kebanyakan* akun mega, dan Partipost tidak menyebut
   platform maupun rumusnya. (Dengan toleransi ±0,5 poin persentase, konvensi kami:
   12.500–37.500.)
3. **Menyebut yang belum diketahui.** Harganya (kedua artikel tidak memberi angka), tujuan
   kampanyenya (interaksi belum tentu penjualan), dan pembandingnya, misalnya campuran
   tingkatan di notebook 09 dengan anggaran yang sama.
4. **Adil kepada kedua pilihan.** Tidak menyimpulkan bahwa mega buruk, atau bahwa akun kecil
   lebih menguntungkan, selama harganya belum diketahui. Nilai tambah: menyebut bahwa bagi
   Harmony akun ini makro, yang kredibilitas promosinya, menurut Harmony, “biasanya”
   diragukan konsumen.

**Contoh jawaban yang baik** (satu dari banyak kemungkinan):

> Hitungannya benar kalau tingkat keterlibatannya memang 1%, tetapi Partipost hanya menulis
> “sekitar 1%” untuk “kebanyakan dari mereka”, tanpa menyebut platform atau rumusnya, jadi
> 25.000 interaksi itu perkiraan kasar. Menurut Partipost, akun mega memang “bisa membantu
> Anda meningkatkan awareness dan reputasi brand”, tetapi juga “biasanya memasang harga yang
> sangat tinggi”. Kita belum tahu harganya, jadi kita belum bisa menghitung biaya per
> interaksi, apalagi membandingkannya dengan campuran akun mikro dan nano untuk anggaran
> yang sama. Kalau tujuan kita penjualan, interaksi saja belum cukup: kita perlu kode promo atau
> tautan yang bisa dilacak. Usul saya: minta *rate card* selebritas itu dan susun dua atau
> tiga rencana pembanding, lalu putuskan dengan ukuran yang sama.
""",
        en="""
**Rubric.** A good answer:

1. **Partipost's words as they are.** Mega can help raise awareness and brand reputation;
   most have an engagement rate that is “cukup rendah (sekitar 1%)” (fairly low, about 1%);
   their prices are *usually* very high.
2. **A sum with its condition.** 2,500,000 × 1% = 25,000 is only an estimate: *about 1%*
   is one approximate figure for *most* mega accounts, and Partipost names no platform or
   formula. (With the ±0.5-percentage-point tolerance, our convention: 12,500–37,500.)
3. **Names what is unknown.** The price (neither article gives a figure), the objective
   (engagements are not yet sales), and something to compare with, for instance a mix of
   tiers in notebook 09 for the same budget.
4. **Fair to both options.** Does not conclude that mega is bad, or that small accounts pay
   off better, while the prices are unknown. A plus: noting that for Harmony this account is
   macro, and according to Harmony consumers “biasanya” (usually) doubt the credibility of
   a macro influencer's promotion.

**An example of a good answer** (one of many):

> The sum is right if the rate really is 1%, but Partipost writes only “sekitar 1%” (about
> 1%) for “kebanyakan dari mereka” (most of them), naming no platform or formula, so 25,000
> engagements is a rough estimate. According to Partipost, a mega influencer “bisa membantu
> Anda meningkatkan awareness dan reputasi brand” (can help you raise awareness and brand
> reputation), but also “biasanya memasang harga yang sangat tinggi” (usually sets a very
> high price). We do not know the price yet, so we cannot work out the cost per engagement,
> let alone compare it with a mix of micro and nano accounts for the same budget. If our
> objective is sales, engagements are not enough: we need promo codes or links we can track.
> My suggestion: ask for the celebrity's rate card and draw up two or three alternative
> plans, then decide by the same measure.
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
