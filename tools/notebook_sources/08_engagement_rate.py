# Source of notebooks/{id,en}/08_engagement_rate.ipynb. Build with: make notebooks

CELLS = [
    md(
        id="""
# Tingkat keterlibatan (*engagement rate*)

## Tujuan belajar

- Menghitung tingkat keterlibatan berdasarkan pengikut dan memahami arti angkanya.
- Membandingkan sebuah angka dengan rentang Partipost **dan** dengan tolok ukur yang diterbitkan vendor lain.
- Menjelaskan mengapa angka dari rumus yang berbeda tidak bisa dibandingkan.

Waktu: ± 30 menit, ditambah ± 10 menit untuk tugas penerapan (bisa dijadikan PR). Baca dulu: notebook 02–05 (rentang tiap tingkatan).

## Rumusnya

Partipost menyebut tingkat keterlibatan setiap tingkatan: nano 7–10%, mikro 3–5%,
makro 1–3%, dan mega “sekitar 1%”, satu angka perkiraan, bukan rentang. Artikel tidak menyebut rumus, platform,
maupun tahun untuk angka-angka itu. Notebook ini memakai rumus **berdasarkan pengikut**: pembaginya jumlah pengikut, seperti pada
rumus pusat bantuan HypeAuditor dan Upfluence (keduanya hanya menjumlahkan suka dan komentar;
lihat tabel rumus di bawah):

$$\\begin{gathered}\\text{tingkat keterlibatan} \\\\ = \\frac{\\text{interaksi}}{\\text{pengikut}} \\times 100\\% \\\\ \\begin{aligned}\\text{interaksi} = {} & \\text{suka} + \\text{komentar} \\\\ & + \\text{dibagikan} + \\text{disimpan}\\end{aligned}\\end{gathered}$$

Angka ini dihitung per unggahan (atau dari rata-rata per unggahan). Perhatikan: yang dihitung adalah
interaksi dibagi pengikut, **bukan** persentase pengikut yang berinteraksi: satu pengikut bisa
memberi suka sekaligus berkomentar, dan akun yang tidak mengikuti pun bisa ikut berinteraksi.
""",
        en="""
# Engagement rate

## Learning goals

- Compute an engagement rate by followers, and know what the number means.
- Compare a rate with Partipost's band **and** with a benchmark another vendor publishes.
- Explain why rates from different formulas cannot be compared.

Time: about 30 minutes, plus about 10 for the transfer task (it can be homework). Read first: notebooks 02–05 (each tier's band).

## The formula

Partipost gives each tier an engagement rate: nano 7–10%, micro 3–5%, macro 1–3%,
and mega “sekitar 1%” (about 1%), one approximate figure rather than a band. The article names no formula, platform or year for
these figures. These notebooks use the formula **by followers**: it divides by the follower count, as the
HypeAuditor and Upfluence help centres do (both add up only likes and comments; see the table
of formulas below):

$$\\begin{gathered}\\text{engagement rate} \\\\ = \\frac{\\text{engagements}}{\\text{followers}} \\times 100\\% \\\\ \\begin{aligned}\\text{engagements} = {} & \\text{likes} + \\text{comments} \\\\ & + \\text{shares} + \\text{saves}\\end{aligned}\\end{gathered}$$

per post (or with per-post averages). It is engagements divided by followers, **not**
the percentage of followers who engage: one follower can like and comment, and accounts
that do not follow can engage too.
""",
    ),
    setup(),
    code("""
import numpy as np

from influtier_lite import (SCHEMES, EngagementCalculator, Paragraphs, Table, band_text, band_verdict,
                           citations_table, engagement_rate, engagement_scatter, format_number,
                           format_percent, load_sample_accounts, text, tier_codes)

rate = engagement_rate(likes=700, comments=80, followers=20_000, shares=20)
Paragraphs(format_percent(rate, LANG))
"""),
    md(
        id="""
## Kalkulator

Ketik angka seperti yang tertulis di profil, misalnya `1.250`, `2,9 jt`, atau `12 ribu`.
Tekan Enter setelah mengetik.
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
## Makin banyak pengikut, makin rendah tingkat keterlibatannya?

Angka Partipost memang turun dari nano ke mega, dan untuk tiga tingkatan artikel itu
memberi alasannya. Pengikut influencer nano kebanyakan “keluarga dan sahabat”, sehingga
kontennya sangat relevan bagi audiens dan “cenderung lebih dipercaya”. Artikel lalu menyimpulkan:
“Tidak heran, nano influencer memiliki engagement rate paling tinggi”. Influencer mikro biasanya membuat konten “dari
niche tertentu yang sangat relevan dengan pengikut mereka”, “sehingga engagement rate mereka
pun cukup tinggi”. Kebanyakan influencer mega, tulis Partipost, punya tingkat keterlibatan
yang “cukup rendah (sekitar 1%) karena audiensnya yang sangat luas”. Untuk makro, Partipost hanya menulis angkanya (“1-3%”), tanpa alasan.

Gambar berikut memakai **500 akun rekaan** yang kami buat sendiri dengan
`data/make_sample_accounts.py` (urutan acaknya tetap, jadi hasilnya selalu sama).
Angka-angkanya kami ambil secara acak dari rentang Partipost, jadi gambar ini hanya menampilkan kembali
rentang itu dan **tidak bisa membuktikan** bahwa tingkat keterlibatan turun ketika pengikut
bertambah. Untuk itu diperlukan data akun sungguhan.
""",
        en="""
## More followers, less engagement?

Partipost's figures do fall from nano to mega, and for three tiers the article gives a
reason. Nano accounts are followed mostly by “keluarga dan sahabat” (family and friends),
so their content is relevant and “cenderung lebih dipercaya” (tends to be trusted more):
“Tidak heran, nano influencer memiliki engagement rate paling tinggi” (no wonder nano
influencers have the highest engagement rate). Micro accounts usually make content “dari
niche tertentu yang sangat relevan dengan pengikut mereka” (in a niche highly relevant to
their followers), “sehingga engagement rate mereka pun cukup tinggi” (so their engagement
rate is fairly high). Most mega influencers, Partipost writes, have a rate that is “cukup
rendah (sekitar 1%) karena audiensnya yang sangat luas” (fairly low, about 1%, because their
audience is so broad). For macro Partipost gives only the figure (“1-3%”), no reason.

The next figure uses **500 made-up accounts** that we generated with
`data/make_sample_accounts.py` (with a fixed random seed, so the result is always the
same). We drew their numbers from Partipost's bands, so the figure only shows those bands
again: it **cannot show** that engagement falls as followers grow. That would take data
from real accounts.
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
## Tolok ukur vendor lain: mengapa rentang Partipost bisa lebih tinggi

Rentang Partipost bukan satu-satunya angka. Vendor lain dan sebuah portal statistik
menerbitkan angka untuk Instagram yang lebih rendah, untuk nano bahkan jauh lebih rendah:
laporan HypeAuditor 2023, misalnya, memberi 2,78% untuk nano di Instagram, sedangkan Partipost menulis 7–10%. Perhatikan siapa penerbitnya.
HypeAuditor dan Spamguard adalah vendor, sama seperti Partipost. Statista adalah
portal statistik; sumber kami tidak menyebut siapa yang mengukur angkanya dan bagaimana.
Spamguard membagi tiap tingkatan ke dalam empat kategori (rendah, sedang, baik, sangat
baik). Rentang yang kami pakai adalah kategori *sedang* (dalam bahasa Inggris *average*: di
sini nama kategori, bukan rata-rata), dan sumber kami tidak menyebut rentang pengikut tiap
tingkatan Spamguard. Setiap angka berlaku untuk satu platform: angka TikTok hanya
untuk akun TikTok. Tabel berikut menyandingkan setiap tolok ukur dengan rentang Partipost,
lengkap dengan kutipan sumbernya (`data/benchmarks.csv`).
""",
        en="""
## Other vendors' benchmarks: why Partipost's bands can be higher

Partipost's bands are not the only figures. Other vendors and a statistics portal publish
lower figures for Instagram, for nano far lower: HypeAuditor's 2023 report, for example, gives 2.78% for nano accounts on
Instagram, where Partipost writes 7–10%. Look at who publishes them. HypeAuditor and
Spamguard are vendors, like Partipost. Statista is a statistics portal; our reference does
not say who measured its figure or how. Spamguard sorts each tier into four categories
(low, average, good, excellent); the band we use is its *average* category, which is a
category's name here, not a mean, and our reference does not give the follower range of
Spamguard's tiers. Each figure is for one platform: a TikTok figure is for TikTok accounts only. The
next table sets each benchmark beside Partipost's band, with the source's own words
(`data/benchmarks.csv`).
""",
    ),
    code("""
from influtier_lite import benchmark_table

benchmark_table(LANG)
"""),
    md(
        id="""
Mengapa rentang Partipost bisa jauh lebih tinggi? Artikel tidak menjelaskannya. Berikut
dugaan kami sebagai bahan diskusi:

- Artikel tidak menyebut rumusnya. Rumus berdasarkan jangkauan biasanya memberi angka
  yang lebih tinggi daripada rumus berdasarkan pengikut, karena tidak semua pengikut
  melihat setiap unggahan. Rumus berdasarkan tayangan belum tentu lebih tinggi: bila
  tayangannya lebih banyak daripada pengikutnya, angkanya justru lebih rendah (lihat latihan
  akun TikTok di bawah: 5% berdasarkan tayangan, 25% berdasarkan pengikut).
- Artikel tidak menyebut platform atau tahun pengukurannya. Untuk nano, angka TikTok HypeAuditor 2023
  jauh lebih tinggi daripada angka Instagram-nya (12,6% dan 2,78%), meski sumber kami tidak
  menyebut rumus di balik angka TikTok itu.
- Partipost adalah vendor yang menjual kampanye: artikelnya ditutup dengan ajakan
  “Konsultasikan kebutuhan influencer marketing Anda dengan Partipost!” dan mengajak influencer
  bergabung “tanpa minimal followers”. Vendor punya alasan untuk menampilkan influencer
  kecil sebaik mungkin.

Karena itu, penjelajah dan kalkulator di notebook ini selalu menunjukkan dua hal: posisi
angka terhadap rentang Partipost, dan posisinya terhadap satu tolok ukur vendor untuk
Instagram, lengkap dengan nama vendornya. Untuk mega, sumber kami tidak memberi tolok ukur.
""",
        en="""
Why could Partipost's bands be so much higher? The article does not say, so here are our
guesses, for discussion:

- The article names no formula. A rate by reach is usually higher than a rate by
  followers, because not every follower sees every post. A rate by views is not
  necessarily higher: when the views outnumber the followers, it is lower (see the TikTok
  exercise below: 5% by views, 25% by followers).
- The article names no platform, nor the year of the figures. For nano, HypeAuditor's 2023 TikTok figure is far
  higher than its Instagram one (12.6% and 2.78%), although our sources do not say which
  formula is behind the TikTok figure.
- Partipost is a vendor that sells campaigns: the article closes with “Konsultasikan
  kebutuhan influencer marketing Anda dengan Partipost!” (consult Partipost about your
  influencer marketing) and invites influencers to join “tanpa minimal followers” (with no
  minimum follower count). A vendor has reasons to show small influencers at their best.

So the explorer and the calculator in these notebooks always show two things: where a
rate sits against Partipost's band, and against one named vendor benchmark for Instagram.
For mega our references give no benchmark.
""",
    ),
    md(
        id="""
## Rumus lain, angka lain

Rumus berdasarkan pengikut bukan satu-satunya. Alat analitik memakai rumus yang berbeda:

| Siapa | Rumus | Rentang waktu |
|---|---|---|
| Pusat bantuan HypeAuditor | (suka + komentar) / pengikut, per unggahan, lalu dirata-ratakan | 12 unggahan terakhir |
| Pusat bantuan Modash | Instagram: median suka / pengikut; TikTok, YouTube: rata-rata suka / rata-rata tayangan | sekitar 2 bulan |
| Pusat bantuan Upfluence | (rata-rata suka + rata-rata komentar) / pengikut × 100 | 90 hari terakhir |
| Blog Hootsuite (2019) | berdasarkan pengikut, jangkauan, tayangan, atau per hari | – |

Jadi ada beberapa cara menghitung:

- **berdasarkan jangkauan** (*reach*): interaksi dibagi jumlah akun yang melihat unggahan;
  angkanya biasanya lebih tinggi, karena tidak semua pengikut melihat setiap unggahan
  (kecuali unggahan itu juga dilihat banyak akun yang bukan pengikut);
- **berdasarkan tayangan** (*views*), yang dipakai Modash untuk TikTok dan YouTube;
  angkanya lebih rendah daripada angka berdasarkan pengikut bila tayangannya lebih banyak
  daripada pengikutnya;
- **rata-rata tingkat keterlibatan per unggahan** berbeda dari **total interaksi dibagi total jangkauan**, dan
  median berbeda dari rata-rata.

Angka dari rumus yang berbeda **tidak bisa dibandingkan**. Contohnya, akun rekaan
dengan 10.000 pengikut dan tiga unggahan: `interactions` adalah suka + komentar tiap
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

- **by reach**: engagements divided by the accounts that saw the post; usually higher,
  because not every follower sees every post (unless many non-followers saw it too);
- **by views**, which Modash uses for TikTok and YouTube; lower than the rate by followers
  when the views outnumber the followers;
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
Table([text("engagement_rate", LANG), ""], [[format_percent(value, LANG), text("er_" + name, LANG)]
                                             for name, value in measures.items()],
      align_right=[text("engagement_rate", LANG)])
"""),
    md(
        id="""
Satu akun, empat angka: 4,2% (berdasarkan pengikut), 9,6% (rata-rata per unggahan
berdasarkan jangkauan), 11,9% (total berdasarkan jangkauan), 6,4% (median). Partipost
tidak menyebut rumusnya, jadi tidak satu pun bisa dibandingkan dengan rentangnya secara
pasti. Kami memakai angka pertama karena HypeAuditor dan Upfluence (juga Modash untuk
Instagram) menghitung berdasarkan pengikut. Partipost mungkin memakai rumus yang sama, tetapi
itu hanya dugaan kami.

## Di luar rentang: apa artinya?

Angka di luar rentang belum tentu baik atau buruk. Di **atas** rentang bisa berarti
komunitas yang kuat, atau satu unggahan *giveaway* yang menaikkan interaksi. Angka di **bawah**
rentang Partipost bukan hal aneh: tolok ukur vendor untuk Instagram di atas lebih rendah,
untuk nano bahkan jauh lebih rendah.
Satu angka tidak membuktikan apa pun, apalagi pengikut yang dibeli. Alat audit seperti
HypeAuditor melihat banyak tanda sekaligus, misalnya lonjakan pengikut yang mendadak dan
keaslian komentar. Ini penalaran kami, bukan isi artikel: periksa unggahannya satu per
satu sebelum menarik kesimpulan. Dalam sampel rekaan, kami sengaja menyisipkan dua kasus seperti itu:
""",
        en="""
One account, four numbers: 4.2% (by followers), 9.6% (mean per post by reach), 11.9%
(total by reach), 6.4% (median). Partipost names no formula, so none of them can be set
against its bands with certainty. We use the first, because HypeAuditor and Upfluence
(and Modash, for Instagram) compute by followers; that Partipost does too is only our
assumption.

## Outside the band: what does it mean?

A number outside the band is not automatically good or bad. **Above** the band may mean
a strong community, or one giveaway post that inflates the engagements. **Below**
Partipost's band is nothing unusual: the vendor benchmarks for Instagram above are lower,
for nano far lower. One number
proves nothing, least of all bought followers. Audit tools such as HypeAuditor look at
many signs together, such as sudden jumps in followers and how genuine the comments are.
This is our reasoning, not the articles' words: look at the posts one by one before
concluding. In the made-up sample we planted two such cases on purpose:
""",
    ),
    code("""
lines = []
for index, note in enumerate(sample["note"]):
    if "giveaway" in note or "far below" in note:
        tier = partipost.tiers[codes[index]]
        lines.append(f"{sample['handle'][index]}: "
                     + band_verdict(float(rates[index]), tier.key, LANG, float(followers[index])))
Paragraphs(*lines)
"""),
    exercise(
        id="""
Sebuah akun TikTok punya 40.000 pengikut, dan unggahannya rata-rata ditonton 200.000 kali
dengan 10.000 suka. Agensi menulis *tingkat keterlibatan 5%*. Apakah akun ini di atas
rentang makro Partipost?
""",
        en="""
A TikTok account has 40,000 followers; its posts average 200,000 views and 10,000
likes. An agency writes *engagement rate 5%*. Is this account above Partipost's macro
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
40.000 = 25%, jauh di atas makro Partipost (1–3%). Namun, kedua angka itu tidak bisa
dibandingkan secara pasti dengan rentang artikel, karena artikel tidak menyebut rumusnya. Tolok ukur vendor pun tidak membantu di sini: untuk TikTok, sumber kami hanya
punya angka nano (HypeAuditor 2023: 12,6%), dan akun ini makro. Karena itu, selalu
tanyakan rumusnya.
""",
        en="""
5% = 10,000 / 200,000: that is by **views**. By followers it is 10,000 / 40,000 = 25%,
far above Partipost's macro band (1–3%). Yet neither number can be set against the
article's band with certainty, because the article names no formula. The vendor
benchmarks do not help here either: for TikTok our sources have only a nano figure
(HypeAuditor 2023: 12.6%), and this account is macro. So always ask for the formula.
""",
    ),
    exercise(
        id="""
**Tugas penerapan** (± 10 menit, jawaban terbuka)

Manajer pemasaran *Dimsum Mama Ina* (brand rekaan, makanan beku) membandingkan dua kreator.
Laporan sebuah alat analitik tentang kreator Instagram menulis *tingkat keterlibatan 4,2%*;
*media kit* kreator TikTok menulis *ER 12%* (kedua angka rekaan). Manajer menulis: *Yang
TikTok hampir tiga kali lebih bagus. Pilih dia saja.* Tulis pesan empat atau lima kalimat untuk
manajer: mengapa kedua angka itu tidak bisa langsung dibandingkan, dan apa yang Anda minta
supaya keduanya bisa dibandingkan.
""",
        en="""
**Transfer task** (about 10 minutes, open answer)

The marketing manager of *Dimsum Mama Ina* (a made-up frozen-food brand) compares two
creators. An analytics tool's report on an Instagram creator says *engagement rate 4.2%*; a
TikTok creator's media kit says *ER 12%* (both figures made up). The manager writes: *The
TikTok one is almost three times better. Book her.* Write the manager a message of four or
five sentences: why the two numbers cannot be compared as they stand, and what you would ask
for so that they can be.
""",
    ),
    answer(
        id="""
**Rubrik.** Jawaban yang baik:

1. **Rumusnya.** Angka berdasarkan pengikut, jangkauan, dan tayangan tidak bisa
   dibandingkan satu sama lain; *media kit* itu tidak menyebut rumusnya; rentang waktu (12 unggahan atau 90
   hari) dan pilihan rata-rata atau median juga bisa berbeda.
2. **Platformnya.** Angka TikTok dan Instagram bisa sangat berbeda: satu laporan vendor saja
   (HypeAuditor 2023) memberi 12,6% untuk nano TikTok dan 2,78% untuk nano Instagram. Angka
   TikTok hanya dibandingkan dengan angka TikTok.
3. **Permintaan yang konkret.** Meminta data per unggahan (pengikut, suka, komentar, dibagikan,
   disimpan, tayangan) untuk periode yang sama, dihitung dengan satu rumus; lalu
   masing-masing dibandingkan dengan tolok ukur untuk platform dan tingkatannya sendiri.
4. **Tidak memutuskan dari satu angka.** Tingkat keterlibatan hanya satu sinyal; kecocokan
   audiens, harga, dan tujuan kampanye ikut menentukan.

**Contoh jawaban yang baik** (satu dari banyak kemungkinan):

> Dua angka itu belum tentu mengukur hal yang sama. Laporan tentang kreator Instagram itu
> mungkin membagi interaksi dengan pengikut, seperti HypeAuditor dan Upfluence, sedangkan
> *media kit* TikTok tidak menyebut rumusnya sama sekali: pembaginya bisa pengikut, bisa juga
> tayangan, padahal angka dari rumus yang berbeda tidak bisa dibandingkan. Platformnya pun berbeda: satu laporan
> vendor, HypeAuditor 2023, memberi 12,6% untuk akun nano di TikTok dan 2,78% untuk akun nano
> di Instagram, jadi angka TikTok yang lebih tinggi belum berarti kreatornya lebih bagus.
> Saya akan meminta kedua kreator mengirim jumlah suka, komentar, dibagikan, disimpan, dan tayangan
> dari 12 unggahan terakhir, lalu menghitung keduanya dengan rumus yang sama dan
> membandingkan masing-masing dengan angka untuk platformnya sendiri. Sesudah itu baru kita
> lihat harganya dan apakah audiensnya cocok dengan pembeli dimsum kita.
""",
        en="""
**Rubric.** A good answer:

1. **The formula.** Rates by followers, by reach or by views cannot be compared; the media
   kit names no formula; the window (12 posts or 90 days) and the choice of mean or median
   may differ too.
2. **The platform.** TikTok and Instagram figures can differ widely: one vendor's report
   alone (HypeAuditor 2023) gives 12.6% for TikTok nano and 2.78% for Instagram nano. A
   TikTok rate is read against a TikTok figure only.
3. **A concrete request.** Asks for figures per post (followers, likes, comments, shares, saves,
   views) for the same period, computed with one formula; then each set beside a benchmark
   for its own platform and tier.
4. **No decision from one number.** The engagement rate is one signal; audience fit, price
   and the campaign's objective decide too.

**An example of a good answer** (one of many):

> These two numbers may not measure the same thing. The report on the Instagram creator may
> divide engagements by followers, as HypeAuditor and Upfluence do, while the TikTok media kit
> names no formula at all: it may divide by followers or by views, yet rates from different
> formulas cannot be compared. The platforms differ too: one vendor's report, HypeAuditor
> 2023, gives 12.6% for nano accounts on TikTok and 2.78% for nano accounts on Instagram, so
> a higher TikTok rate does not yet mean a better creator. I will ask both creators for the
> likes, comments, shares, saves and views of their last 12 posts, compute both rates with
> the same formula, and set each against a figure for its own platform. Only then do we look
> at the price and at whether their audiences fit the people who buy our dim sum.
""",
    ),
    md(
        id="""
## Sumber di luar artikel

Setiap rumus dan tolok ukur di notebook ini, dengan tanggal sumbernya dan kapan kami
memeriksanya:
""",
        en="""
## Sources beyond the articles

Every formula and benchmark in this notebook, with the source's date and when we checked
it:
""",
    ),
    code('citations_table("08", LANG)'),
]
