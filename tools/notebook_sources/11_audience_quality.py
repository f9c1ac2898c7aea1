# Source of notebooks/{id,en}/11_audience_quality.ipynb. Build with: make notebooks

CELLS = [
    md(
        id="""
# Apakah audiensnya nyata?

Kedua artikel berhenti di jumlah pengikut dan tingkat keterlibatan. Ada pertanyaan penting
yang tidak mereka ajukan: apakah pengikut itu orang sungguhan? Notebook ini
memperkenalkan sinyal yang dipakai alat audit, lalu menguji sinyal itu pada sepuluh akun
**rekaan** yang kami buat sendiri.
""",
        en="""
# Is the audience real?

Both articles stop at follower counts and engagement rates. There is an important question
they do not ask: are those followers real people? This notebook introduces
the signals that audit tools use, then tries them on ten **fictional** accounts we made
ourselves.
""",
    ),
    md(
        id="""
## Tujuan belajar

- Menyebut sinyal yang dipakai alat audit audiens dan sumbernya.
- Menjelaskan apa yang bisa dan tidak bisa dibuktikan setiap sinyal.
- Menggeser ambang batas dan melihat akun jujur yang ikut ditandai.

Waktu: ± 30 menit. Baca dulu: 08 (Tingkat keterlibatan).
""",
        en="""
## Learning goals

- Name the signals that audience-audit tools use, and their sources.
- Explain what each signal can and cannot prove.
- Move the thresholds and see which honest accounts get flagged too.

Time: about 30 minutes. Read first: 08 (Engagement rate).
""",
    ),
    setup(),
    code("""
from influtier_lite.audience import AudienceScreen, growth_figure, load_audience_sample
from influtier_lite.citations import citations_table

accounts = load_audience_sample()
"""),
    md(
        id="""
## Sinyal yang dipakai alat audit

Menurut pusat bantuan HypeAuditor, skor kualitas audiensnya (AQS, 1–100) disusun dari
sekitar 15 metrik dalam empat kelompok: tingkat keterlibatan, kualitas audiens (pengikut asli
atau mencurigakan), pertumbuhan pengikut (misalnya lonjakan mendadak), dan keaslian
komentar. Skor itu milik vendor dan rumusnya tidak terbuka, jadi yang kita pelajari
adalah sinyalnya, bukan angkanya.

| Sinyal dan sumbernya | Apa yang bisa ditunjukkan | Apa yang **tidak** bisa dibuktikan |
|---|---|---|
| **Lonjakan pengikut dalam seminggu**<br>HypeAuditor (Medium) | Pengikut yang dibeli biasanya datang sekaligus | Giveaway, sebutan dari akun besar, atau iklan juga membuat lonjakan; HypeAuditor sendiri menyarankan agar tidak menilai dari grafik saja |
| **Komentar yang berulang**<br>HypeAuditor (AQS) | Grup saling komentar memakai kalimat siap pakai | Giveaway (*ikut kak* ditambah tag teman) juga berulang |
| **Keterlibatan jauh dari pembanding**<br>Angka pembanding: HypeAuditor 2023, Spamguard; penalarannya dari kami | Suka yang dibeli menaikkan angka; pengikut yang dibeli menurunkannya | Unggahan viral, giveaway, atau audiens pasif juga menggeser angka |
| **Mengikuti ÷ pengikut**<br>HypeAuditor (Medium: grafik *Following*); rasio ini buatan kami | Akun yang mengikuti ribuan akun agar diikuti balik | Pembaca biasa wajar mengikuti banyak akun |
| **Audiens di Indonesia**<br>HypeAuditor (*Demography*) | Apakah audiens berada di pasar yang dituju merek | Lokasi hanya diperkirakan dari penanda lokasi dan bio, jadi bisa meleset; WNI di luar negeri tetap audiens yang sah |

Di bawah nama setiap sinyal tertulis sumber yang menjelaskannya; isi dua kolom lainnya sebagian dari sumber itu dan sebagian penalaran kami. Daftar lengkapnya
ada di bagian akhir notebook.
""",
        en="""
## The signals audit tools use

According to HypeAuditor's help centre, its Audience Quality Score (AQS, 1–100) is
built from about 15 metrics in four groups: engagement rate, audience quality (real or
suspicious followers), follower growth (such as sudden spikes) and comment authenticity.
The score is a vendor's own and its formula is not public, so we study the signals, not
the number.

| Signal and its source | What it can show | What it **cannot** prove |
|---|---|---|
| **A jump in followers within a week**<br>HypeAuditor (Medium) | Bought followers tend to arrive at once | A giveaway, a shout-out from a large account or paid ads also cause jumps; HypeAuditor itself advises not to judge by the graph alone |
| **Repeated comments**<br>HypeAuditor (AQS) | Comment pods post stock phrases | A giveaway (*ikut kak* plus tagged friends) repeats too |
| **Engagement far from a benchmark**<br>Benchmarks: HypeAuditor 2023, Spamguard; the reasoning is ours | Bought likes push the rate up; bought followers pull it down | A viral post, a giveaway or a passive audience move it too |
| **Following ÷ followers**<br>HypeAuditor (Medium: the *Following* graph); the ratio is ours | Accounts that follow thousands to be followed back | An ordinary reader may well follow many accounts |
| **Audience in Indonesia**<br>HypeAuditor (*Demography*) | Whether the audience sits in the brand's market | Location is only estimated from geo-tags and bios, so it can be wrong; Indonesians abroad are a real audience |

Under each signal's name is the source that describes it; the other two columns mix those sources with our own reasoning. The full list is at
the end of the notebook.
""",
    ),
    md(
        id="""
## Sepuluh akun rekaan

Semua handle, angka, dan komentar di bawah ini **rekaan** (`data/make_audience_sample.py`,
urutan acak tetap; setiap baris bertanda `synthetic = yes`). Di beberapa akun kami
menanam satu pola: pengikut dibeli, suka dibeli, grup saling komentar, atau ikuti massal.
Di akun lain kami menanam kejadian jujur yang **terlihat mirip**: giveaway, unggahan
viral, pembaca yang mengikuti banyak akun, dan pengikut WNI di luar negeri.

Grafik berikut memperlihatkan pengikut tiap akun selama 12 minggu.
""",
        en="""
## Ten fictional accounts

Every handle, number and comment below is **made up** (`data/make_audience_sample.py`,
with a fixed random seed; every row says `synthetic = yes`). Into some accounts we
planted one pattern: bought followers, bought likes, a comment pod, or mass following.
Into others we planted an honest event that **looks the same**: a giveaway, a viral post,
a reader who follows many accounts, and followers who are Indonesians abroad.

The figure shows each account's followers over 12 weeks.
""",
    ),
    code("growth_figure(accounts, LANG)"),
    md(
        id="""
Dua akun melonjak. Dari grafik saja kita tidak bisa tahu mana yang membeli pengikut dan
mana yang unggahannya viral: keduanya terlihat sama.

## Saring sendiri

Setiap *slider* adalah satu ambang batas. Sebuah akun **ditandai** (⚑) bila satu sinyal
saja melewati ambangnya. Kolom terakhir membandingkan tanda itu dengan pola yang kami
tanam: *tertangkap*, *lolos*, atau *salah tandai* bila akun jujur ikut ditandai.
Pembanding keterlibatan adalah pembanding independen untuk tingkatan akun
(`data/benchmarks.csv`: nano dari HypeAuditor 2023, mikro dan makro nilai tengah rentang *average* Spamguard, yang rumusnya tidak disebut sumber kita), dan tingkat keterlibatan akun dihitung (suka + komentar) ÷ pengikut, seperti HypeAuditor.
Nilai awal *slider* adalah pilihan kami, bukan angka dari sumber mana pun.
""",
        en="""
Two accounts jump. From the graph alone we cannot tell which one bought followers and
which one had a viral post: they look the same.

## Screen them yourself

Each slider is one threshold. An account is **flagged** (⚑) as soon as one signal
crosses its threshold. The last column compares the flag with the pattern we planted:
*caught*, *missed*, or *false alarm* when an honest account is flagged. The engagement
benchmark is the independent benchmark for the account's tier (`data/benchmarks.csv`: nano from HypeAuditor 2023, micro and macro the middle of Spamguard's *average* band, whose formula our sources do not give),
and the rate is (likes + comments) ÷ followers, as HypeAuditor computes it. The sliders'
starting values are our choice, not figures from any source.
""",
    ),
    code("AudienceScreen(LANG)"),
    exercise(
        id="""
Dengan nilai awal, empat akun jujur ikut ditandai. Geser *slider* sampai tidak ada akun
jujur yang ditandai. Berapa akun bermasalah yang masih tertangkap, dan mana yang lolos?
""",
        en="""
With the starting values, four honest accounts are flagged. Move the sliders until no
honest account is flagged. How many planted accounts are still caught, and which slip
through?
""",
    ),
    hint(
        id="""
Lihat sinyal mana yang menandai setiap akun jujur (⚑), lalu geser ambang sinyal itu
sedikit melewati nilai akun tersebut. Perhatikan akun bermasalah yang punya nilai lebih
kecil daripada akun jujur pada sinyal yang sama.
""",
        en="""
See which signal flags each honest account (⚑), then move that signal's threshold just
past the account's value. Watch for planted accounts whose value on the same signal is
smaller than the honest account's.
""",
    ),
    answer(
        id="""
Misalnya dengan lonjakan di atas 35%, komentar berulang di atas 75%, tingkat keterlibatan 6 kali pembanding,
mengikuti ÷ pengikut di atas 1,5, dan audiens di bawah 40%: tidak ada akun jujur yang
ditandai, tetapi hanya **satu dari empat** akun bermasalah yang tertangkap, yaitu pengikut
dibeli (@resep_hemat) lewat lonjakan 45%. Tiga lainnya lolos karena pada sinyalnya ada
akun jujur yang nilainya sama atau lebih tinggi: giveaway @dapur_ria punya 73% komentar
berulang seperti grup saling komentar, dan 6,0× pembanding, lebih tinggi daripada akun yang
membeli suka, @langit.manis (5,6×); pembaca @buku_kecil mengikuti 1,50 akun per pengikut,
lebih banyak daripada @tekno.pintar (0,92). Pelajarannya: sinyal ini hanya alat saring;
di sampel rekaan ini tidak ada ambang yang memisahkan akun jujur dari akun bermasalah dengan sempurna, jadi
setiap tanda perlu dicek satu per satu.
""",
        en="""
For instance with a jump above 35%, repeated comments above 75%, engagement 6 times off,
following ÷ followers above 1.5 and audience below 40%: no honest account is flagged, but
only **one of the four** planted accounts is caught, the bought followers (@resep_hemat),
by its 45% jump. The other three slip through because on their signal an honest account
scores as high or higher: the @dapur_ria giveaway has 73% repeated comments, like the
comment pod, and 6.0× the benchmark, more than the bought likes of @langit.manis (5.6×);
the reader @buku_kecil follows 1.50 accounts per follower, more than @tekno.pintar (0.92).
The lesson: these signals are a screening aid; in this made-up sample no threshold separates honest from planted
accounts perfectly, so every flag has to be checked by hand.
""",
    ),
    md(
        id="""
## Komentar yang berulang

Begini hitungannya: tag (`@nama`), tanda baca, dan emoji dibuang, lalu dihitung berapa
persen komentar yang teksnya muncul lebih dari sekali. Bandingkan akun grup saling
komentar dengan akun giveaway:
""",
        en="""
## Repeated comments

This is how it is counted: tags (`@name`), punctuation and emoji are set aside, then we
count the share of comments whose text appears more than once. Compare the comment-pod
account with the giveaway account:
""",
    ),
    code("""
for account in accounts:
    if account.planted in ("comment_pod", "giveaway"):
        print(account.handle, "|", " / ".join(account.comments[:5]))
"""),
    exercise(
        id="""
Dari komentar di atas, apa yang membedakan grup saling komentar dari giveaway, yang
tidak tertangkap oleh angka *komentar berulang*?
""",
        en="""
From the comments above, what tells the comment pod from the giveaway that the
*repeated comments* figure does not capture?
""",
    ),
    answer(
        id="""
Isinya. Komentar grup saling komentar adalah pujian umum yang cocok untuk unggahan apa
pun, sedangkan komentar giveaway menandai teman dan memang diminta oleh aturan giveaway.
Angka *komentar berulang* sama-sama tinggi (73%) untuk keduanya; membaca komentarnya dan
melihat unggahannya (apakah ada giveaway?) yang membedakan. Ini penalaran kami, bukan
aturan dari sumber.
""",
        en="""
Their content. The pod's comments are generic praise that fits any post, while the
giveaway's comments tag friends because the giveaway's rules ask for it. The *repeated
comments* figure is equally high (73%) for both; reading the comments and looking at
the post (is there a giveaway?) is what tells them apart. This is our reasoning, not a
rule from a source.
""",
    ),
    md(
        id="""
## Ringkasan

- Alat audit menilai audiens dari beberapa sinyal; skor vendor seperti AQS merangkumnya
  dengan rumus yang tidak terbuka.
- Setiap sinyal punya penjelasan jujur: lonjakan bisa dari giveaway atau unggahan viral,
  komentar berulang bisa dari giveaway, rasio mengikuti yang tinggi bisa milik pembaca biasa.
- Karena itu hasil penyaringan adalah **alat bantu**, bukan bukti. Tanda (⚑) berarti
  *periksa lebih lanjut*, bukan *curang*.
- Semua akun di sini rekaan; ambang batas dan nilai awalnya pilihan kami.

## Sumber yang dipakai notebook ini
""",
        en="""
## Summary

- Audit tools judge an audience from several signals; a vendor's score such as AQS
  sums them up with a formula that is not public.
- Every signal has an honest explanation: a jump may come from a giveaway or a viral
  post, repeated comments from a giveaway, a high following ratio from an ordinary reader.
- So a screening result is an **aid**, not proof. A flag (⚑) means *look closer*, not
  *fraud*.
- Every account here is made up; the thresholds and their starting values are our choice.

## Sources used in this notebook
""",
    ),
    code('citations_table("11", LANG)'),
]
