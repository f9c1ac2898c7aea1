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

Waktu: ± 20 menit, ditambah ± 10 menit untuk tugas penerapan (bisa dijadikan PR). Baca dulu: 01 (Mulai di sini).
""",
        en="""
## Learning goals

- State Partipost's follower range and engagement band for nano, in its own words.
- Explain nano's strengths exactly as the article writes them, and see that its weakness is our conclusion, not the article's words.
- Work out whether a nano account sits within Partipost's band.

Time: about 20 minutes, plus about 10 for the transfer task (it can be homework). Read first: 01 (Start here).
""",
    ),
    setup(),
    code("""
from influtier_lite import EngagementBandMeter, TierExplorer, claims_table, tier_overview

tier_overview([("partipost", "nano")], LANG)
"""),
    md(
        id="""
## Apa kata Partipost

- **Pengikut:** “kurang dari 5.000”. Tepat 5.000 sudah termasuk mikro.
- **Siapa mereka:** “everyday people atau orang biasa”, yang pengikutnya kebanyakan
  “keluarga dan sahabat yang mereka kenal baik”. Karena itu, konten mereka sangat
  relevan dengan audiens dan “cenderung lebih dipercaya”.
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
    exercise(
        id="""
**Tugas penerapan** (± 10 menit, jawaban terbuka)

*Sambal Mbok Sri* (brand rekaan) adalah usaha sambal rumahan di Surabaya yang berjualan
lewat Instagram dan WhatsApp. Pemiliknya ingin bekerja sama dengan @dapur.nadia (akun
rekaan): seorang ibu yang gemar memasak, dengan 3.200 pengikut di Instagram, kebanyakan
tetangga, teman, dan keluarganya sendiri.

1. Tulis *brief* dua kalimat untuk @dapur.nadia: apa yang Anda minta, dan mengapa dia yang dipilih.
2. Tulis dua atau tiga kalimat untuk pemilik usaha: menurut Partipost, apa yang bisa ia
   harapkan dari kerja sama ini, dan apa yang tidak.
""",
        en="""
**Transfer task** (about 10 minutes, open answer)

*Sambal Mbok Sri* (a made-up brand) is a home-made chilli-sauce business in Surabaya that
sells through Instagram and WhatsApp. The owner wants to work with @dapur.nadia (a made-up
account): a home cook with 3,200 Instagram followers, mostly her own neighbours, friends
and family.

1. Write a two-sentence brief to @dapur.nadia: what you ask for, and why you chose her.
2. Write two or three sentences to the owner: according to Partipost, what she can expect
   from this deal, and what not.
""",
    ),
    hint(
        id="""
Pakai kata-kata Partipost tentang nano di atas: siapa pengikutnya, rentang tingkat
keterlibatannya, dan kata *berpeluang*. Untuk perkiraan interaksi, kalikan 3.200 dengan 7%
dan dengan 10%.
""",
        en="""
Use Partipost's words on nano above: who the followers are, the engagement band, and the
word *berpeluang* (stand a chance). To estimate engagements, multiply 3,200 by 7% and by
10%.
""",
    ),
    answer(
        id="""
**Rubrik.** Jawaban yang baik:

1. **Memakai kekuatan nano menurut Partipost.** *Brief*-nya meminta konten yang personal dan
   sehari-hari untuk lingkaran dekat Nadia, bukan iklan yang serba rapi, karena menurut
   Partipost pengikut akun nano kebanyakan “keluarga dan sahabat yang mereka kenal baik”.
2. **Konkret.** *Brief*-nya menyebut platform, bentuk dan jumlah konten, waktunya, serta
   imbalannya (angka yang dipakai ditandai sebagai contoh).
3. **Harapan yang jujur.** Kalimat untuk pemilik usaha memakai kata Partipost apa adanya:
   *berpeluang* mencapai awareness, interest, hingga sales, bukan janji; 7–10% adalah
   rentang dari Partipost, yang tidak menyebut platform maupun rumusnya; jangkauannya kecil
   karena pengikutnya kurang dari 5.000.
4. **Hitungan yang benar, beserta syaratnya.** Bila menghitung: 3.200 × 7–10% ≈ 224–320
   interaksi per unggahan, *jika* rentang Partipost berlaku untuk akun ini.

Nilai tambah: *brief*-nya meminta unggahan ditandai sebagai iklan (lihat notebook 12).

**Contoh jawaban yang baik** (satu dari banyak kemungkinan):

> *Brief:* Mbak Nadia, kami ingin mengirim dua botol sambal bawang untuk dicoba bersama
> keluarga minggu ini; kalau cocok, tolong buat satu Reels dan satu Story dengan gaya Mbak
> sendiri, ditandai #iklan, dengan bayaran Rp 300.000 (angka contoh). Kami memilih Mbak
> karena yang mengikuti Mbak kebanyakan tetangga dan teman di Surabaya, orang-orang yang
> ingin kami jangkau.
>
> *Untuk pemilik:* Menurut Partipost, konten akun nano “cenderung lebih dipercaya”, dan
> lewat nano Anda “berpeluang besar” mencapai awareness, interest, hingga sales; itu
> peluang, bukan janji. Dengan 3.200 pengikut, rentang Partipost (7–10%) berarti sekitar
> 224–320 interaksi per unggahan, kalau rentang itu memang berlaku; Partipost tidak menyebut
> platform maupun rumusnya. Jangkauannya pun kecil, kira-kira sebatas lingkaran Nadia:
> pengikutnya kurang dari 5.000.
""",
        en="""
**Rubric.** A good answer:

1. **Uses nano's strength as Partipost describes it.** The brief asks for personal,
   everyday content for Nadia's own circle, not a polished advert, because according to
   Partipost a nano account's followers are mostly “keluarga dan sahabat yang mereka kenal
   baik” (family and close friends).
2. **Is concrete.** The brief names the platform, the kind and number of pieces, the timing
   and the payment (any figure marked as an example).
3. **Sets honest expectations.** The lines to the owner keep Partipost's words: a *chance*
   of awareness, interest and even sales, not a promise; 7–10% is Partipost's band, and
   Partipost names no platform or formula; the reach is small because there are fewer than
   5,000 followers.
4. **Gets the sums right, with their condition.** If it estimates: 3,200 × 7–10% ≈ 224–320
   engagements per post, *if* Partipost's band holds for this account.

A plus: the brief asks for the post to be labelled as an ad (see notebook 12).

**An example of a good answer** (one of many):

> *Brief:* Nadia, we would like to send you two bottles of our garlic sambal to try with
> your family this week; if you like it, please make one Reel and one Story in your own
> style, labelled #iklan (ad), for a fee of Rp 300,000 (an example figure). We chose you
> because the people who follow you are mostly neighbours and friends in Surabaya, the
> people we want to reach.
>
> *To the owner:* According to Partipost, nano accounts' content “cenderung lebih
> dipercaya” (tends to be trusted more), and with nano influencers you stand a good chance
> (“berpeluang besar”) of awareness, interest and even sales: a chance, not a promise. With
> 3,200 followers, Partipost's band (7–10%) means about 224–320 engagements per post, if
> that band holds; Partipost names no platform or formula. And the reach is small, roughly
> Nadia's own circle: she has fewer than 5,000 followers.
""",
    ),
    md(
        id="""
## Ringkasan

- Nano: kurang dari 5.000 pengikut, tingkat keterlibatan 7–10% (Partipost).
- Menurut Partipost, nano adalah orang biasa yang pengikutnya kebanyakan keluarga dan
  sahabat, dan konten mereka “cenderung lebih dipercaya”.
- Harmony tidak punya tingkatan nano; bagi Harmony akun seperti ini mikro (mulai 1.000)
  atau tanpa nama (di bawah 1.000).
""",
        en="""
## Summary

- Nano: fewer than 5,000 followers, engagement rate 7–10% (Partipost).
- According to Partipost, nano influencers are ordinary people followed mostly by family
  and close friends, and their content “cenderung lebih dipercaya” (tends to be trusted
  more).
- Harmony has no nano tier; for Harmony these accounts are micro (from 1,000) or have
  no name (below 1,000).
""",
    ),
]
