# Source of notebooks/{id,en}/04_macro.ipynb. Build with: make notebooks

CELLS = [
    md(
        id="""
# Influencer makro

> “Satu tingkat di atas micro, ada macro influencer yang memiliki 30.000 - 100.000
> pengikut.” (Partipost)

> “Macro influencer adalah jika jumlah followersnya lebih banyak dari micro influencer
> yaitu lebih dari 100.000 orang.” (Harmony)

Di sinilah kedua artikel paling jauh berbeda: rentang makro mereka **sama sekali tidak
tumpang-tindih**.
""",
        en="""
# Macro influencers

> “Satu tingkat di atas micro, ada macro influencer yang memiliki 30.000 - 100.000
> pengikut.” (Partipost)
>
> (One tier above micro are macro influencers, with 30,000 - 100,000 followers.)

> “Macro influencer adalah jika jumlah followersnya lebih banyak dari micro influencer
> yaitu lebih dari 100.000 orang.” (Harmony)
>
> (An influencer is macro when they have more followers than a micro influencer: more
> than 100,000 people.)

This is where the two articles differ most: their macro ranges **do not overlap at all**.
""",
    ),
    md(
        id="""
## Tujuan belajar

- Menjelaskan mengapa *makro* berarti rentang yang berbeda bagi Partipost dan Harmony.
- Menyebut kelebihan dan kekurangan makro menurut tiap artikel, dengan mengutip artikelnya.
- Membedakan saran artikel (sebuah pilihan) dari aturan yang wajib diikuti.

Waktu: ± 20 menit, ditambah ± 10 menit untuk tugas penerapan (bisa dijadikan PR). Baca dulu: 01 dan 03.
""",
        en="""
## Learning goals

- Explain why *macro* means a different range for Partipost and for Harmony.
- State macro's strengths and weaknesses under each article, in its own words.
- Tell an article's suggestion (an option) from a rule.

Time: about 20 minutes, plus about 10 for the transfer task (it can be homework). Read first: 01 and 03.
""",
    ),
    setup(),
    code("""
from influtier_lite import EngagementBandMeter, TierExplorer, claims_table, tier_overview

tier_overview([("partipost", "macro"), ("harmony", "macro")], LANG)
"""),
    md(
        id="""
## Apa kata Partipost

- **Pengikut:** “30.000 - 100.000 pengikut”. Angka 100.000 masih makro, karena Partipost
  baru menyebut mega untuk akun dengan pengikut “lebih dari 100.000”.
- **Siapa mereka:** “Banyak blogger, content creator, dan KOL merupakan macro influencer.”
- **Kapan dipilih:** jika anggaran Anda besar, tetapi Anda masih enggan bekerja sama dengan
  influencer mega karena “biaya endorse yang mahal”, Partipost menulis: “Anda bisa
  pertimbangkan untuk bekerja sama dengan macro influencer guna mendapatkan lebih banyak
  reach atau jangkauan”.
- **Tingkat keterlibatan:** “tidak terlalu tinggi, yakni 1-3%”, tetapi menurut Partipost
  Anda “bisa meningkatkan brand awareness dengan lebih baik”.
- **Saran:** “Anda juga dapat mengombinasikan kerja sama antara macro influencer dengan
  nano dan micro influencer untuk hasil yang lebih signifikan”. Ini pilihan, bukan
  keharusan.

## Apa kata Harmony

- **Pengikut:** “lebih dari 100.000 orang”.
- **Siapa mereka:** tingkatan ini “lebih ditujukan untuk vlogger atau selebritas”.
- **Kelebihan:** “bisa menjangkau lebih luas”; risiko kerja sama “lebih minim karena macro
  influencer memiliki pengalaman yang cukup”; “lebih mempermudah sebuah brand untuk
  membangun reputasi produk-produknya”.
- **Kekurangan:** “biaya yang dipatok cukup tinggi”, dan konsumen “biasanya meragukan
  kredibilitas” promosinya (ini soal persepsi konsumen, bukan fakta tentang influencernya).

## Kelebihan dan kekurangan

Tabel di bawah memuat kutipan artikel apa adanya (dari `data/claims.csv`); kesimpulan kami sendiri ditandai *Catatan kami*.

Ingat: kelebihan dan kekurangan menurut Harmony berlaku untuk akun **di atas** 100.000,
yang bagi Partipost sudah mega.
""",
        en="""
## What Partipost says

- **Followers:** “30.000 - 100.000 pengikut”. 100,000 is still macro, because mega is
  “lebih dari 100.000” (more than 100,000).
- **Who they are:** “Banyak blogger, content creator, dan KOL merupakan macro
  influencer.” (Many bloggers, content creators and KOLs are macro influencers.)
- **When to choose them:** with a big budget but reluctant to work with mega influencers
  because of the “biaya endorse yang mahal” (expensive endorsement fees), Partipost writes:
  “Anda bisa pertimbangkan untuk bekerja sama dengan macro influencer guna mendapatkan lebih
  banyak reach atau jangkauan” (you could consider macro influencers for more reach).
- **Engagement rate:** “tidak terlalu tinggi, yakni 1-3%” (not very high, 1-3%), but
  according to Partipost you “bisa meningkatkan brand awareness dengan lebih baik” (can
  raise brand awareness better).
- **Advice:** “Anda juga dapat mengombinasikan kerja sama antara macro influencer dengan
  nano dan micro influencer untuk hasil yang lebih signifikan” (you can also combine macro
  with nano and micro influencers for a more significant result): an option, not a rule.

## What Harmony says

- **Followers:** “lebih dari 100.000 orang” (more than 100,000 people).
- **Who they are:** the tier is “lebih ditujukan untuk vlogger atau selebritas” (mostly
  for vloggers or celebrities).
- **Strengths:** “bisa menjangkau lebih luas” (a wider reach); a risk that is “lebih minim”
  (lower) “karena macro influencer memiliki pengalaman yang cukup” (because they have
  enough experience); they “lebih mempermudah sebuah brand untuk membangun reputasi
  produk-produknya” (make it easier for a brand to build its products' reputation).
- **Weaknesses:** “biaya yang dipatok cukup tinggi” (a fairly high fee), and consumers
  “biasanya meragukan kredibilitas” (usually doubt the credibility) of their promotion (a
  perception of consumers, not a fact about the influencer).

## Strengths and weaknesses

The table below gives the articles' own words (from `data/claims.csv`); what is our conclusion is marked *Our note*.

Remember: Harmony's strengths and weaknesses apply to accounts **above** 100,000, which
Partipost already calls mega.
""",
    ),
    code('claims_table([("partipost", "macro"), ("harmony", "macro")], LANG)'),
    md(
        id="""
## Geser sendiri

Penjelajah tingkatan di bawah ini dimulai dari 60.000 pengikut. Cari jumlah pengikut yang
disebut makro oleh **kedua** artikel sekaligus. Adakah?
""",
        en="""
## Try the sliders

The explorer starts at 60,000 followers. Look for a count that **both** articles call
macro. Is there one?
""",
    ),
    code("TierExplorer(lang=LANG, followers=60_000, er_percent=2)"),
    md(
        id="""
Tingkat keterlibatan sebuah akun makro (Partipost) dengan 60.000 pengikut, dibandingkan
dengan rentang Partipost (1–3%):
""",
        en="""
The engagement rate of a macro account (Partipost) with 60,000 followers, against the
1–3% band:
""",
    ),
    code('EngagementBandMeter("macro", LANG, er_percent=2, followers=60_000)'),
    exercise(
        id="""
Adakah jumlah pengikut yang disebut **makro** oleh Partipost dan juga oleh Harmony?
Jelaskan dengan kutipan kedua artikel.
""",
        en="""
Is there a follower count that both Partipost and Harmony call **macro**? Explain with
quotes from both articles.
""",
    ),
    hint(
        id="Bandingkan batas atas makro Partipost dengan batas bawah makro Harmony.",
        en="Compare the top of Partipost's macro with the bottom of Harmony's macro.",
    ),
    answer(
        id="""
Tidak ada. Makro Partipost berakhir di 100.000 (“30.000 - 100.000 pengikut”), sedangkan
makro Harmony baru mulai **di atas** 100.000 (“lebih dari 100.000 orang”). Akun dengan
tepat 100.000 pengikut adalah makro bagi Partipost dan mikro bagi Harmony.
""",
        en="""
None. Partipost's macro ends at 100,000 (“30.000 - 100.000 pengikut”), while Harmony's
macro starts only **above** 100,000 (“lebih dari 100.000 orang”). Exactly 100,000 is
macro for Partipost and micro for Harmony.
""",
    ),
    exercise(
        id="""
**Tugas penerapan** (± 10 menit, jawaban terbuka)

Pemilik *Kopi Rasa Nusa* (brand rekaan), kopi susu kemasan yang ingin dikenal di seluruh
Indonesia, sudah membaca artikel Harmony dan Partipost. Ia menulis kepada agensi Anda, yang memakai skema
Partipost: *Kami mau satu influencer makro saja, yang pengikutnya lebih dari 100.000. Kata
artikelnya, kami juga harus menambah nano dan mikro, ya?* Tulis balasan empat atau lima
kalimat.
""",
        en="""
**Transfer task** (about 10 minutes, open answer)

The owner of *Kopi Rasa Nusa* (a made-up brand), a packaged milk coffee that wants to be
known across Indonesia, has read the Harmony and Partipost articles. He writes to your agency, which uses
Partipost's scheme: *We want just one macro influencer, someone with more than 100,000
followers. The article says we must add nano and micro too, right?* Write a reply of four
or five sentences.
""",
    ),
    hint(
        id="""
Cek dulu: akun dengan lebih dari 100.000 pengikut itu tingkatan apa menurut Partipost? Lalu
baca lagi kalimat Partipost tentang menggabungkan tingkatan: kata kerjanya *harus* atau
*dapat*?
""",
        en="""
Check first: which tier is an account with more than 100,000 followers for Partipost? Then
read Partipost's sentence on combining tiers again: does it say *must* or *can*?
""",
    ),
    answer(
        id="""
**Rubrik.** Jawaban yang baik:

1. **Meluruskan kata *makro*.** Makro Harmony (“lebih dari 100.000 orang”) adalah mega bagi
   Partipost; makro Partipost adalah 30.000–100.000. Jawaban yang baik mengajak menyepakati
   angkanya, bukan namanya.
2. **Mencocokkan tujuan dengan kata-kata artikel.** Untuk *brand awareness*, Partipost
   menulis bahwa lewat makro Anda “bisa meningkatkan brand awareness dengan lebih baik”
   (tingkat keterlibatan 1–3%); Harmony menyebut jangkauan yang lebih luas dan risiko yang
   lebih minim, tetapi juga biaya yang “cukup tinggi” dan konsumen yang “biasanya meragukan
   kredibilitas” promosinya.
3. **Saran, bukan aturan.** Menggabungkan dengan nano dan mikro adalah pilihan (Partipost:
   “dapat mengombinasikan”), bukan keharusan. Nilai tambah: menyebut bahwa Partipost sendiri
   menawarkan jasa kampanye influencer (artikelnya ditutup dengan ajakan berkonsultasi).
4. **Tanpa harga karangan.** Kedua artikel tidak memberi harga; angka yang dipakai ditandai
   sebagai contoh.

**Contoh jawaban yang baik** (satu dari banyak kemungkinan):

> Terima kasih, Pak. Supaya tidak salah paham: akun dengan lebih dari 100.000 pengikut memang
> makro menurut Harmony, tetapi skema Partipost yang kami pakai menyebutnya mega; bagi kami,
> makro berarti 30.000–100.000 pengikut. Untuk membuat Kopi Rasa Nusa lebih dikenal, kedua
> artikel memang menyebut jangkauan yang lebih luas (Partipost menulis bahwa lewat makro Anda
> “bisa meningkatkan brand awareness dengan lebih baik”), tetapi Harmony juga mengingatkan
> bahwa biayanya “cukup tinggi” dan konsumen “biasanya meragukan kredibilitas” promosinya.
> Menambah nano dan mikro tidak wajib: Partipost hanya menulis bahwa Anda “dapat
> mengombinasikan” keduanya, dan Partipost sendiri menawarkan jasa kampanye influencer. Mari kita
> sepakati dulu rentang pengikut dan anggarannya; sesudah itu kami kirim pilihan akun beserta
> harganya.
""",
        en="""
**Rubric.** A good answer:

1. **Sorts out the word *macro*.** Harmony's macro (“lebih dari 100.000 orang”, more than
   100,000 people) is Partipost's mega; Partipost's macro is 30,000–100,000. A good answer
   proposes agreeing on numbers, not names.
2. **Matches the objective with the articles' words.** For brand awareness, Partipost
   writes that with macro influencers you “bisa meningkatkan brand awareness dengan lebih
   baik” (can raise brand awareness better; engagement rate 1–3%); Harmony names a wider
   reach and a lower risk, but also a fee that is “cukup tinggi” (fairly high) and consumers
   who “biasanya meragukan kredibilitas” (usually doubt the credibility) of the promotion.
3. **An option, not a rule.** Combining with nano and micro is a choice (Partipost: “dapat
   mengombinasikan”, can combine), not a must. A plus: noting that Partipost itself offers
   influencer campaigns (its article closes by inviting readers to consult it).
4. **No invented prices.** Neither article gives prices; any figure used is marked as an
   example.

**An example of a good answer** (one of many):

> Thank you. To avoid a misunderstanding: an account with more than 100,000 followers is
> indeed macro for Harmony, but the Partipost scheme we use calls it mega; for us, macro
> means 30,000–100,000 followers. To make Kopi Rasa Nusa better known, both articles do
> speak of a wider reach (Partipost writes that with macro influencers you “bisa
> meningkatkan brand awareness dengan lebih baik”, can raise brand awareness better), but
> Harmony also warns that the fee is “cukup tinggi” (fairly high) and that consumers
> “biasanya meragukan kredibilitas” (usually doubt the credibility) of their promotion.
> Adding nano and micro is not required: Partipost only writes that you “dapat
> mengombinasikan” (can combine) them, and Partipost itself offers influencer campaigns. Let's
> first agree on the follower range and the budget; then we will send you a choice of
> accounts with their prices.
""",
    ),
    md(
        id="""
## Ringkasan

- Partipost: makro 30.000–100.000 pengikut, tingkat keterlibatan 1–3%; bisa
  dipertimbangkan untuk jangkauan dan brand awareness, dan menurut Partipost dapat
  dikombinasikan dengan nano dan mikro.
- Harmony: makro di atas 100.000, jangkauan lebih luas dan risiko kerja sama yang “lebih
  minim”, tetapi biayanya cukup tinggi dan konsumen biasanya meragukan kredibilitas
  promosinya.
- Rentang kedua *makro* itu tidak punya satu angka pun yang sama.
""",
        en="""
## Summary

- Partipost: macro is 30,000–100,000 followers, engagement rate 1–3%; worth considering
  for reach and brand awareness, and Partipost says it can be combined with nano and micro.
- Harmony: macro is above 100,000, a wider reach and a risk that is “lebih minim”
  (lower), but a fairly high fee, and consumers usually doubt the credibility of its
  promotion.
- The ranges of the two *macros* share not a single count.
""",
    ),
]
