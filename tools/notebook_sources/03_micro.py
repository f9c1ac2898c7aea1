# Source of notebooks/{id,en}/03_micro.ipynb. Build with: make notebooks

CELLS = [
    md(
        id="""
# Influencer mikro

> “Berikutnya, ada micro influencer yang biasanya punya 5.000 - 30.000 pengikut.” (Partipost)

> “Micro influencer adalah seorang influencer dengan jumlah followers 1.000 hingga
> 100.000.” (Harmony)

Satu kata, dua rentang. Notebook ini membahas keduanya.
""",
        en="""
# Micro influencers

> “Berikutnya, ada micro influencer yang biasanya punya 5.000 - 30.000 pengikut.” (Partipost)
>
> (Next come micro influencers, who usually have 5,000 - 30,000 followers.)

> “Micro influencer adalah seorang influencer dengan jumlah followers 1.000 hingga
> 100.000.” (Harmony)
>
> (A micro influencer is an influencer with 1,000 to 100,000 followers.)

One word, two ranges. This notebook covers both.
""",
    ),
    md(
        id="""
## Tujuan belajar

- Membandingkan mikro Partipost (5.000–30.000) dengan mikro Harmony (1.000–100.000).
- Menjelaskan kelebihan dan kekurangan mikro yang ditulis tiap artikel (Partipost hanya menulis kelebihannya), dengan mengutip artikelnya.
- Mengenali bahwa Partipost tidak menjelaskan ke tingkatan mana angka 30.000 masuk.

Waktu: ± 20 menit, ditambah ± 10 menit untuk tugas penerapan (bisa dijadikan PR). Baca dulu: 01 dan 02.
""",
        en="""
## Learning goals

- Compare Partipost's micro (5,000–30,000) with Harmony's micro (1,000–100,000).
- Explain the strengths and weaknesses of micro that each article writes (Partipost writes only strengths), in its own words.
- Recognise 30,000 as an edge Partipost leaves open.

Time: about 20 minutes, plus about 10 for the transfer task (it can be homework). Read first: 01 and 02.
""",
    ),
    setup(),
    code("""
from influtier_lite import EngagementBandMeter, TierExplorer, claims_table, tier_overview

tier_overview([("partipost", "micro"), ("harmony", "micro")], LANG)
"""),
    md(
        id="""
## Apa kata Partipost

- **Pengikut:** micro influencer “biasanya punya 5.000 - 30.000 pengikut”. Kata *biasanya*
  menandakan bahwa batasnya tidak kaku. Notebook ini tetap memakai 5.000 dan 30.000 sebagai
  batas tegas; itu cara kami membaca artikel. Angka 30.000 juga menjadi awal rentang makro
  (“30.000 - 100.000”). Kami memasukkannya ke mikro: itu konvensi kami, bukan isi artikel.
- **Konten:** mereka “biasanya membuat konten dari niche tertentu yang sangat relevan
  dengan pengikut mereka”, misalnya “food influencer, beauty influencer”.
- **Tingkat keterlibatan:** “cukup tinggi, yaitu 3-5%”.
- **Interaksi:** karena pengikutnya tidak terlalu banyak, mereka “masih menyempatkan
  diri untuk berinteraksi” lewat konten interaktif, balasan komentar, dan pesan langsung (*direct message*, DM).

## Apa kata Harmony

- **Pengikut:** “1.000 hingga 100.000”, jauh lebih lebar daripada rentang Partipost: mencakup
  sebagian nano, seluruh mikro, dan seluruh makro versi Partipost.
- **Siapa mereka:** orang yang “paham mengenai suatu bidang khusus”, seperti kecantikan,
  fotografi, atau memasak.
- **Kelebihan:** mereka bisa tampil lebih bebas, sehingga “tingkat kepercayaan followers”
  kepada mereka “biasanya memang lebih tinggi”. Mereka juga “benar-benar menggunakan
  produk”. Menurut Harmony, “orisinalitas dan kepercayaan” itu sangat penting untuk
  meningkatkan interaksi (*engagement*), *awareness*, dan *brand recall*.
- **Kekurangan:** “jangkauan yang lebih sedikit”, dan mereka lebih menyasar audiens
  tertentu saja.
- **Biaya:** sesudah paragraf kekurangan, dalam paragraf tersendiri, Harmony menulis bahwa
  biaya bagi perusahaan “juga lebih terjangkau”, sehingga pendapatan influencer “tidak
  sebanyak makro influencer”. Harmony tidak menyebut paragraf ini kelebihan atau
  kekurangan; kuis di notebook 10 menjadikannya bahan diskusi.

## Kelebihan dan kekurangan

Tabel di bawah memuat kutipan artikel apa adanya (dari `data/claims.csv`); kesimpulan kami sendiri ditandai *Catatan kami*.
""",
        en="""
## What Partipost says

- **Followers:** micro influencers “biasanya punya 5.000 - 30.000 pengikut” (usually have
  5,000 - 30,000 followers). *Usually* means the edges are not strict; these notebooks use
  5,000 and 30,000 as hard edges, and that is our reading of the article. 30,000 also opens
  the macro range (“30.000 - 100.000”); we put it in micro, which is our convention, not
  the article's words.
- **Content:** they “biasanya membuat konten dari niche tertentu yang sangat relevan
  dengan pengikut mereka” (usually make content in a particular niche, highly relevant to
  their followers), such as “food influencer, beauty influencer”.
- **Engagement rate:** “cukup tinggi, yaitu 3-5%” (fairly high, 3-5%).
- **Interaction:** with not too many followers they “masih menyempatkan diri untuk
  berinteraksi” (still make time to interact) through interactive content, replies to
  comments and direct messages.

## What Harmony says

- **Followers:** “1.000 hingga 100.000”, far wider than Partipost's: it covers part of
  Partipost's nano and all of its micro and macro.
- **Who they are:** people who “paham mengenai suatu bidang khusus” (know a special
  field), such as beauty, photography or cooking.
- **Strengths:** they can present themselves more freely, so the “tingkat kepercayaan
  followers” (followers' trust) in them is “biasanya memang lebih tinggi” (usually higher);
  they “benar-benar menggunakan produk” (really use the products), and “orisinalitas dan
  kepercayaan” (originality and trust) matter for engagement, awareness and brand recall.
- **Weaknesses:** “jangkauan yang lebih sedikit” (a smaller reach), and they target
  particular audiences only.
- **Cost:** after the weaknesses paragraph, in a paragraph of its own, Harmony writes that
  the cost to a company is “juga lebih terjangkau” (also more affordable), so the
  influencer's income is “tidak sebanyak makro influencer” (not as much as a macro
  influencer's). Harmony calls this paragraph neither a strength nor a weakness; the quiz in
  notebook 10 makes it a discussion item.

## Strengths and weaknesses

The table below gives the articles' own words (from `data/claims.csv`); what is our conclusion is marked *Our note*.
""",
    ),
    code('claims_table([("partipost", "micro"), ("harmony", "micro")], LANG)'),
    md(
        id="""
## Geser sendiri

Penjelajah tingkatan di bawah ini dimulai dari 15.000 pengikut. Geser ke 50.000:
Partipost menyebutnya makro, sedangkan Harmony masih menyebutnya mikro.
""",
        en="""
## Try the sliders

The explorer starts at 15,000 followers. Move it to 50,000: Partipost calls it macro,
Harmony still micro.
""",
    ),
    code("TierExplorer(lang=LANG, followers=15_000, er_percent=4)"),
    md(
        id="""
Tingkat keterlibatan sebuah akun mikro dengan 15.000 pengikut, dibandingkan dengan
rentang Partipost (3–5%):
""",
        en="""
The engagement rate of a micro account with 15,000 followers, against Partipost's band
(3–5%):
""",
    ),
    code('EngagementBandMeter("micro", LANG, er_percent=4, followers=15_000)'),
    exercise(
        id="""
Sebuah akun punya 60.000 pengikut. Apa tingkatannya menurut Partipost, dan menurut
Harmony? Mengapa berbeda?
""",
        en="""
An account has 60,000 followers. Which tier is it under Partipost, and under Harmony?
Why do they differ?
""",
    ),
    answer(
        id="""
Partipost: makro (“30.000 - 100.000 pengikut”). Harmony: mikro (“1.000 hingga
100.000”). Harmony hanya punya dua tingkatan, jadi rentang mikronya jauh lebih lebar.
""",
        en="""
Partipost: macro (“30.000 - 100.000 pengikut”). Harmony: micro (“1.000 hingga
100.000”). Harmony has only two tiers, so its micro is much wider.
""",
    ),
    exercise(
        id="""
**Tugas penerapan** (± 10 menit, jawaban terbuka)

*Kulit Tropis* (brand rekaan), brand perawatan kulit lokal dari Jakarta, menerima proposal
dari sebuah agensi: *paket 10 micro influencer kecantikan di Instagram*. Empat akun dalam
daftarnya punya 8.000, 25.000, 45.000, dan 90.000 pengikut (angka rekaan). Manajer brand
bertanya kepada Anda: *Apakah semuanya benar-benar mikro? Lalu, mengapa mikro cocok untuk
kita?* Tulis balasan empat atau lima kalimat untuknya.
""",
        en="""
**Transfer task** (about 10 minutes, open answer)

*Kulit Tropis* (a made-up brand), a local skincare brand from Jakarta, receives a proposal
from an agency: *a package of 10 beauty micro influencers on Instagram*. Four accounts on
its list have 8,000, 25,000, 45,000 and 90,000 followers (made-up figures). The brand
manager asks you: *Are they all really micro? And why would micro suit us?* Write her a
reply of four or five sentences.
""",
    ),
    answer(
        id="""
**Rubrik.** Jawaban yang baik:

1. **Menyebut skemanya.** Menurut Harmony keempatnya mikro (“1.000 hingga 100.000”); menurut
   Partipost hanya 8.000 dan 25.000 yang mikro (“5.000 - 30.000 pengikut”), sedangkan 45.000
   dan 90.000 makro. Jawaban yang baik meminta agensi menyebut skema dan angkanya.
2. **Memberi alasan dari artikel, dengan sumbernya.** Misalnya Partipost: konten *niche* yang
   relevan dengan pengikutnya (artikelnya menyebut “beauty influencer”), tingkat keterlibatan 3–5%,
   dan masih sempat membalas komentar dan DM; Harmony: kepercayaan pengikut yang *biasanya*
   lebih tinggi, dan bidang khusus seperti kecantikan.
3. **Tidak melebih-lebihkan.** Kata *biasanya* tetap ada; 3–5% adalah rentang dari
   Partipost, yang tidak menyebut platform maupun rumusnya; kekurangannya juga disebut
   (menurut Harmony, jangkauannya lebih sempit).
4. **Mengusulkan langkah berikutnya.** Meminta data tiap akun (pengikut, tingkat
   keterlibatan beserta cara menghitungnya, harga) sebelum memutuskan.

**Contoh jawaban yang baik** (satu dari banyak kemungkinan):

> Tergantung skemanya. Menurut Harmony (mikro “1.000 hingga 100.000”), keempatnya mikro;
> menurut Partipost (mikro “5.000 - 30.000 pengikut”), hanya akun 8.000 dan 25.000 yang
> mikro, sedangkan 45.000 dan 90.000 sudah makro, dengan rentang tingkat keterlibatan yang
> lebih rendah (1–3%, bukan 3–5%). Mikro bisa cocok untuk kita karena kedua artikel menyebut
> kecantikan sebagai contoh bidang mikro, Partipost menulis bahwa mereka masih sempat
> membalas komentar dan DM, dan Harmony menulis bahwa kepercayaan pengikut kepada mereka
> “biasanya memang lebih tinggi”. Kekurangannya, menurut Harmony, jangkauannya lebih sempit. Sebelum setuju,
> mari minta agensi menyebut skema yang mereka pakai dan mengirim data tiap akun: pengikut,
> tingkat keterlibatan beserta rumusnya, dan harga.
""",
        en="""
**Rubric.** A good answer:

1. **Names the scheme.** Under Harmony all four are micro (“1.000 hingga 100.000”); under
   Partipost only 8,000 and 25,000 are (“5.000 - 30.000 pengikut”), while 45,000 and 90,000
   are macro. A good answer asks the agency to name its scheme and its numbers.
2. **Gives the articles' reasons, with their source.** For instance Partipost: niche
   content relevant to the followers (it names “beauty influencer”), an engagement rate of
   3–5%, and still time to answer comments and DMs; Harmony: followers' trust that is
   *usually* higher, and special fields such as beauty.
3. **Does not overstate.** *Usually* stays; 3–5% is Partipost's band, and Partipost names
   no platform or formula; the weakness is named too (a smaller reach, according to Harmony).
4. **Proposes a next step.** Asks for each account's data (followers, engagement rate and
   how it was computed, price) before deciding.

**An example of a good answer** (one of many):

> It depends on the scheme. Under Harmony (micro is “1.000 hingga 100.000”) all four are
> micro; under Partipost (micro is “5.000 - 30.000 pengikut”) only the 8,000 and 25,000
> accounts are, while 45,000 and 90,000 are already macro, with a lower engagement band
> (1–3%, not 3–5%). Micro may suit us because both articles name beauty as an example of a
> micro field, Partipost writes that micro influencers still make time to answer comments
> and DMs, and Harmony writes that followers' trust in them is “biasanya memang lebih
> tinggi” (usually higher). The drawback, according to Harmony, is a smaller reach. Before we agree, let's ask the
> agency which scheme it uses and for each account's data: followers, engagement rate with
> its formula, and price.
""",
    ),
    md(
        id="""
## Ringkasan

- Partipost: mikro biasanya punya 5.000–30.000 pengikut dan membuat konten dari *niche*
  tertentu; tingkat keterlibatannya 3–5%, dan mereka masih menyempatkan diri berinteraksi
  dengan pengikutnya.
- Harmony: mikro 1.000–100.000 pengikut, kepercayaan pengikut biasanya lebih tinggi,
  jangkauan lebih sempit; biayanya juga lebih terjangkau, sehingga pendapatan influencer
  tidak sebanyak makro (Harmony tidak menyebutnya kelebihan atau kekurangan).
- Kata *mikro* bisa berarti dua rentang yang berbeda; sebutkan sumbernya.
""",
        en="""
## Summary

- Partipost: micro usually has 5,000–30,000 followers, an engagement rate of 3–5%,
  usually niche content, and still makes time to interact with followers.
- Harmony: micro is 1,000–100,000 followers, usually trusted more by followers, smaller
  reach; it is also more affordable, so the influencer earns less than a macro one
  (Harmony calls this neither a strength nor a weakness).
- The word *micro* can mean two different ranges; say whose scheme you use.
""",
    ),
]
