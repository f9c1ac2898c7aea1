# Source of notebooks/{id,en}/11_audience_quality.ipynb. Build with: make notebooks

CELLS = [
    md(
        id="""
# Apakah audiensnya nyata?

Kedua artikel berhenti pada jumlah pengikut dan tingkat keterlibatan. Ada pertanyaan penting
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

- Menyebutkan sinyal yang dipakai alat audit audiens beserta sumbernya.
- Menjelaskan apa yang bisa dan tidak bisa dibuktikan setiap sinyal.
- Menggeser ambang batas dan melihat akun wajar yang ikut ditandai.

Waktu: ± 30 menit, ditambah ± 10 menit untuk tugas penerapan (bisa dijadikan PR). Baca dulu: notebook 08 (Tingkat keterlibatan).
""",
        en="""
## Learning goals

- Name the signals that audience-audit tools use, and their sources.
- Explain what each signal can and cannot prove.
- Move the thresholds and see which genuine accounts get flagged too.

Time: about 30 minutes, plus about 10 for the transfer task (it can be homework). Read first: notebook 08 (Engagement rate).
""",
    ),
    setup(),
    code("""
from influtier_lite import AudienceScreen, citations_table, growth_figure, load_audience_sample

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
| **Lonjakan pengikut dalam seminggu**<br>HypeAuditor (Medium) | Pengikut yang dibeli bisa datang sekaligus | Giveaway, promosi dari akun besar (*shout-out*), atau iklan berbayar juga bisa membuat lonjakan; HypeAuditor sendiri menyarankan agar tidak menilai dari grafik saja |
| **Komentar yang berulang**<br>HypeAuditor (AQS) | Grup saling komentar memakai kalimat siap pakai | Komentar giveaway (*ikut kak* ditambah tag teman) juga berulang |
| **Keterlibatan jauh dari tolok ukur**<br>Tolok ukur vendor: HypeAuditor 2023, Spamguard; penalarannya dari kami | Suka yang dibeli menaikkan angka; pengikut yang dibeli menurunkannya | Unggahan viral, giveaway, atau audiens pasif juga menggeser angka |
| **Mengikuti ÷ pengikut**<br>HypeAuditor (Medium: grafik *Following*); rasio ini buatan kami | Akun yang mengikuti ribuan akun agar diikuti balik | Wajar bila pembaca biasa mengikuti banyak akun |
| **Audiens di Indonesia**<br>HypeAuditor (*Demography*) | Apakah audiens berada di pasar yang dituju brand | Lokasi hanya diperkirakan dari penanda lokasi dan bio, jadi bisa meleset; WNI di luar negeri tetap audiens yang sah |

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
| **A jump in followers within a week**<br>HypeAuditor (Medium) | Bought followers can arrive all at once | A giveaway, a shout-out from a large account or paid ads can cause jumps too; HypeAuditor itself advises not to judge by the graph alone |
| **Repeated comments**<br>HypeAuditor (AQS) | Comment pods post stock phrases | A giveaway (*ikut kak* plus tagged friends) repeats too |
| **Engagement far from a benchmark**<br>Vendor benchmarks: HypeAuditor 2023, Spamguard; the reasoning is ours | Bought likes push the rate up; bought followers pull it down | A viral post, a giveaway or a passive audience move it too |
| **Following ÷ followers**<br>HypeAuditor (Medium: the *Following* graph); the ratio is ours | Accounts that follow thousands to be followed back | An ordinary reader may well follow many accounts |
| **Audience in Indonesia**<br>HypeAuditor (*Demography*) | Whether the audience sits in the brand's market | Location is only estimated from geo-tags and bios, so it can be wrong; Indonesians abroad are a real audience |

Under each signal's name is the source that describes it; the other two columns mix those sources with our own reasoning. The full list is at
the end of the notebook.
""",
    ),
    md(
        id="""
## Sepuluh akun rekaan

Semua nama akun, angka, dan komentar di bawah ini **rekaan** (`data/make_audience_sample.py`,
urutan acak tetap; setiap baris bertanda `synthetic = yes`). Pada beberapa akun, kami
sisipkan satu pola: pengikut dibeli, suka dibeli, grup saling komentar, atau mengikuti massal.
Pada akun lain, kami sisipkan kejadian wajar yang **terlihat mirip**: giveaway, unggahan
viral, pembaca yang mengikuti banyak akun, dan pengikut WNI di luar negeri. Kami
membayangkan kesepuluh akun ini sebagai akun Instagram; itu juga pilihan kami.

Grafik berikut memperlihatkan jumlah pengikut tiap akun selama 12 minggu.
""",
        en="""
## Ten fictional accounts

Every handle, number and comment below is **made up** (`data/make_audience_sample.py`,
with a fixed random seed; every row says `synthetic = yes`). Into some accounts we
planted one pattern: bought followers, bought likes, a comment pod, or mass following.
Into others we planted a genuine event that **looks similar**: a giveaway, a viral post,
a reader who follows many accounts, and followers who are Indonesians abroad. We imagine
all ten as Instagram accounts; that is our choice too.

The figure shows each account's followers over 12 weeks.
""",
    ),
    code("growth_figure(accounts, LANG)"),
    md(
        id="""
Pengikut dua akun melonjak dalam satu minggu: @resep_hemat 45% (dari minggu 7 ke minggu 8)
dan @jalan.santai 30% (dari minggu 4 ke minggu 5); sesudahnya keduanya kembali tumbuh pelan.
Besarnya berbeda, tetapi polanya mirip: satu loncatan, lalu kembali landai. Lonjakan yang lebih
besar juga bukan bukti, karena pengikut yang dibeli bisa sedikit dan unggahan viral bisa
mendatangkan banyak pengikut (ini penalaran kami). Jadi, dari grafik saja kita tidak bisa
tahu mana yang membeli pengikut dan mana yang unggahannya viral.

## Saring sendiri

Setiap *slider* adalah satu ambang batas. Sebuah akun **ditandai** (⚑) bila satu sinyal
saja melewati ambangnya. Kolom terakhir membandingkan tanda itu dengan pola yang kami
sisipkan: *tertangkap*, *lolos*, atau *salah tandai* bila akun wajar ikut ditandai.
Tolok ukur keterlibatan adalah tolok ukur vendor untuk tingkatan akun itu di Instagram
(`data/benchmarks.csv`). Untuk nano, angkanya 2,78% dari HypeAuditor 2023; untuk mikro dan
makro, nilai tengah kategori *sedang* (average) Spamguard, yaitu 2,25% dan 1,5%, yang
rumusnya tidak disebut sumber kami. Tingkat keterlibatan akun, (suka + komentar) ÷ pengikut
seperti cara HypeAuditor, lalu dibagi dengan tolok ukur itu. Ukuran ini sama dengan yang
dipakai tanda *jauh di bawah* di notebook 14. Nilai awal *slider* adalah pilihan kami, bukan angka dari
sumber mana pun.
""",
        en="""
Two accounts jump within one week: @resep_hemat by 45% (from week 7 to week 8) and
@jalan.santai by 30% (from week 4 to week 5); afterwards both grow slowly again. The sizes
differ, but the pattern is alike: one leap, then a gentle slope again. A bigger jump is no proof
either, since bought followers can be few and a viral post can bring many (this is our
reasoning). So from the graph alone we cannot tell which one bought followers and which
one had a viral post.

## Screen them yourself

Each slider is one threshold. An account is **flagged** (⚑) as soon as one signal
crosses its threshold. The last column compares the flag with the pattern we planted:
*caught*, *missed*, or *false alarm* when a genuine account is flagged. The engagement
benchmark is the vendor benchmark for the account's tier on Instagram
(`data/benchmarks.csv`): for nano 2.78% from HypeAuditor 2023; for micro and macro the
middle of Spamguard's *average* category, 2.25% and 1.5%, whose formula our sources do not
give. The rate is (likes + comments) ÷ followers, as HypeAuditor computes it, divided by
that benchmark: the same measure as the *well below* flag in notebook 14. The sliders'
starting values are our choice, not figures from any source.
""",
    ),
    code("AudienceScreen(LANG)"),
    exercise(
        id="""
Dengan nilai awal, empat akun wajar ikut ditandai. Geser *slider* sampai tidak ada akun
wajar yang ditandai. Berapa akun bermasalah yang masih tertangkap, dan mana yang lolos?
""",
        en="""
With the starting values, four genuine accounts are flagged. Move the sliders until no
genuine account is flagged. How many planted accounts are still caught, and which slip
through?
""",
    ),
    hint(
        id="""
Lihat sinyal mana yang menandai setiap akun wajar (⚑), lalu geser ambang sinyal itu
sedikit melewati nilai akun tersebut. Perhatikan akun bermasalah yang punya nilai lebih
kecil daripada akun wajar pada sinyal yang sama.
""",
        en="""
See which signal flags each genuine account (⚑), then move that signal's threshold just
past the account's value. Watch for planted accounts whose value on the same signal is
smaller than the genuine account's.
""",
    ),
    answer(
        id="""
Misalnya dengan lonjakan di atas 35%, komentar berulang di atas 75%, tingkat keterlibatan
yang menyimpang dari tolok ukur lebih dari 6 kali, mengikuti ÷ pengikut di atas 1,5, dan
audiens di bawah 40%: tidak ada akun wajar yang ditandai, tetapi hanya **satu dari empat**
akun bermasalah yang tertangkap, yaitu pengikut dibeli (@resep_hemat) lewat lonjakan 45%.
Tiga lainnya lolos karena pada sinyalnya ada akun wajar yang nilainya sama atau lebih tinggi.
Giveaway @dapur_ria punya 73% komentar berulang, sama dengan grup saling komentar, dan
keterlibatannya 6,0× tolok ukur, lebih tinggi daripada akun yang membeli suka, @langit.manis
(5,6×). Pembaca @buku_kecil mengikuti 1,50 akun per pengikut, lebih banyak daripada
@tekno.pintar (0,92). Pelajarannya: sinyal ini hanya alat saring. Di sampel rekaan ini, tidak
ada ambang yang memisahkan akun wajar dari akun bermasalah dengan sempurna, jadi setiap tanda
perlu diperiksa satu per satu.
""",
        en="""
For instance with a jump above 35%, repeated comments above 75%, engagement 6 times off,
following ÷ followers above 1.5 and audience below 40%: no genuine account is flagged, but
only **one of the four** planted accounts is caught, the bought followers (@resep_hemat),
by its 45% jump. The other three slip through because on their signal a genuine account
scores as high or higher: the @dapur_ria giveaway has 73% repeated comments, like the
comment pod, and 6.0× the benchmark, more than the bought likes of @langit.manis (5.6×);
the reader @buku_kecil follows 1.50 accounts per follower, more than @tekno.pintar (0.92).
The lesson: these signals are a screening aid; in this made-up sample no threshold separates genuine from planted
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
Dari komentar di atas, apa yang membedakan grup saling komentar dari giveaway, tetapi
tidak tertangkap oleh angka *komentar berulang*?
""",
        en="""
From the comments above, what tells the comment pod from the giveaway that the
*repeated comments* figure does not capture?
""",
    ),
    answer(
        id="""
Isinya. Komentar dari grup saling komentar berupa pujian umum yang cocok untuk unggahan apa
pun, sedangkan komentar giveaway menandai teman karena memang diminta oleh aturan giveaway.
Angka *komentar berulang* sama-sama tinggi (73%) untuk keduanya; yang membedakan keduanya
adalah isi komentarnya dan unggahannya sendiri (apakah ada giveaway?). Ini penalaran kami, bukan
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
## Membeli pengikut: apa kata aturan?

Sinyal di atas hanya menyaring; aturan adalah soal lain. Per Desember 2026: di Amerika
Serikat, aturan FTC (Federal Trade Commission) tentang ulasan dan
testimoni konsumen, 16 CFR Part 465, diumumkan 14 Agustus 2024 dan berlaku sejak
21 Oktober 2024. Bagian § 465.8 melarang menjual atau membeli “fake indicators of social
media influence”, yaitu pengikut, tayangan, atau suka palsu, untuk tujuan komersial;
pelanggarannya bisa dikenai denda perdata. Aturan ini berlaku di Amerika Serikat; sumber
kami tidak membahas apakah Indonesia punya aturan serupa.

Untuk guru: aturan bisa berubah. Periksa aturan yang berlaku sebelum kelas, dan ingat bahwa tanda (⚑) di notebook ini bukan bukti pelanggaran.

""",
        en="""
## Buying followers: what do the rules say?

The signals above only screen; rules are another matter. As of December 2026: in the
United States, the FTC (Federal Trade Commission) rule on consumer
reviews and testimonials, 16 CFR Part 465, was announced on 14 August 2024 and has been in
force since 21 October 2024. Its § 465.8 bans selling or buying “fake indicators of
social media influence”, that is fake followers, views or likes, for commercial purposes;
violations can bring civil penalties. This is a US rule; our sources do not say whether
Indonesia has a similar one.

For teachers: rules change. Check the current rule before class, and
remember that a flag (⚑) in this notebook is not proof of a violation.
""",
    ),
    exercise(
        id="""
**Tugas penerapan** (± 10 menit, jawaban terbuka)

Manajer brand *Mi Gurih* (brand rekaan) baru saja memeriksa @jajan.bareng (akun rekaan),
kreator kuliner di Instagram yang akan dikontrak, dengan alat audit gratis. Hasilnya:
pengikutnya naik 40% dalam satu minggu bulan lalu. Manajer menulis di grup kerja: *Dia pasti
beli pengikut. Batalkan kontraknya, dan kabari brand lain juga.* Tulis balasan empat atau
lima kalimat: apa yang bisa dan tidak bisa ditunjukkan sinyal itu, apa yang perlu diperiksa
sebelum memutuskan, dan bagaimana sebaiknya membicarakan kreator itu.
""",
        en="""
**Transfer task** (about 10 minutes, open answer)

The brand manager of *Mi Gurih* (a made-up brand) has just run a free audit tool on
@jajan.bareng (a made-up account), an Instagram food creator about to be signed. The result:
her followers grew by 40% in one week last month. The manager writes in the team chat:
*She must have bought followers. Cancel the contract, and warn the other brands too.* Write
a reply of four or five sentences: what the signal can and cannot show, what to check before
deciding, and how to speak about the creator.
""",
    ),
    answer(
        id="""
**Rubrik.** Jawaban yang baik:

1. **Sinyal bukan bukti.** Lonjakan juga bisa datang dari giveaway, promosi dari akun besar
   (*shout-out*), iklan, atau unggahan viral; HypeAuditor sendiri menyarankan agar tidak menilai dari
   grafik saja.
2. **Pemeriksaan yang konkret.** Unggahan di sekitar minggu lonjakan (ada giveaway atau
   video viral?), isi komentarnya (pujian umum atau menandai teman), tingkat keterlibatan
   dibandingkan dengan tolok ukur vendor untuk tingkatan dan platformnya, lokasi audiens bila
   pasar Indonesia penting; lalu bertanya langsung kepada kreatornya.
3. **Adil.** Tanda berarti *periksa lebih lanjut*, bukan *curang*: jangan menyebarkan
   tuduhan sebelum ada bukti. (Aturan FTC tentang pengikut palsu berlaku di Amerika Serikat
   per Desember 2026; sumber kami tidak membahas apakah Indonesia punya aturan serupa.)
4. **Keputusan yang sesuai kebutuhan brand**: misalnya menunda penandatanganan kontrak
   sampai pemeriksaan selesai, bukan langsung membatalkannya.

**Contoh jawaban yang baik** (satu dari banyak kemungkinan):

> Lonjakan 40% dalam seminggu memang perlu diperiksa, tetapi belum membuktikan apa-apa:
> giveaway, promosi dari akun besar, iklan, atau satu video viral juga bisa membuat pengikut
> melonjak, dan HypeAuditor sendiri menyarankan agar tidak menilai dari grafik saja. Saya
> usul kita lihat dulu unggahan @jajan.bareng pada minggu itu, baca komentarnya (pujian umum
> yang sama berulang-ulang, atau orang sungguhan yang bertanya soal makanannya?), dan
> bandingkan tingkat keterlibatannya dengan tolok ukur vendor untuk tingkatannya di
> Instagram. Kita juga bisa langsung bertanya kepadanya apa yang terjadi bulan lalu. Penandatanganan
> kontraknya kita tunda dulu sampai pemeriksaan selesai, tetapi jangan kabari brand lain:
> tanda dari alat audit berarti *periksa lebih lanjut*, bukan bukti kecurangan.
""",
        en="""
**Rubric.** A good answer:

1. **A signal is not proof.** A jump can also come from a giveaway, a shout-out from a large
   account, paid ads or a viral post; HypeAuditor itself advises not to judge by the graph
   alone.
2. **Concrete checks.** The posts around the week of the jump (a giveaway? a viral video?),
   what the comments say (generic praise or tagged friends), the engagement rate against a
   vendor benchmark for the tier and platform, the audience's location if the Indonesian
   market matters; then asking the creator.
3. **Fair.** A flag means *look closer*, not *fraud*: spread no accusation before there is
   proof. (The FTC rule on fake followers applies in the United States as of December 2026;
   our sources do not say whether Indonesia has a similar one.)
4. **A decision that serves the brand**: for instance holding the signature until the checks
   are done, rather than cancelling at once.

**An example of a good answer** (one of many):

> A 40% jump in a week is worth checking, but it proves nothing yet: a giveaway, a shout-out
> from a large account, paid ads or one viral video can also make followers jump, and
> HypeAuditor itself advises not to judge by the graph alone. I suggest we first look at
> @jajan.bareng's posts from that week, read the comments (the same generic praise again
> and again, or real people asking about the food?), and compare her engagement rate with a
> vendor benchmark for her tier on Instagram. We can also simply ask her what happened last
> month. Let's hold the signature until the checks are done, but let's not warn other
> brands: a flag from an audit tool means *look closer*, not proof of cheating.
""",
    ),
    md(
        id="""
## Ringkasan

- Alat audit menilai audiens dari beberapa sinyal; skor vendor seperti AQS merangkumnya
  dengan rumus yang tidak terbuka.
- Setiap sinyal punya penjelasan yang wajar: lonjakan bisa dari giveaway atau unggahan viral,
  komentar berulang bisa dari giveaway, rasio mengikuti yang tinggi bisa milik pembaca biasa.
- Karena itu, hasil penyaringan adalah **alat bantu**, bukan bukti. Tanda (⚑) berarti
  *periksa lebih lanjut*, bukan *curang*.
- Semua akun di sini rekaan; ambang batas dan nilai awalnya pilihan kami.

## Sumber yang dipakai notebook ini
""",
        en="""
## Summary

- Audit tools judge an audience from several signals; a vendor's score such as AQS
  sums them up with a formula that is not public.
- Every signal has an innocent explanation: a jump may come from a giveaway or a viral
  post, repeated comments from a giveaway, a high following ratio from an ordinary reader.
- So a screening result is an **aid**, not proof. A flag (⚑) means *look closer*, not
  *fraud*.
- Every account here is made up; the thresholds and their starting values are our choice.

## Sources used in this notebook
""",
    ),
    code('citations_table("11", LANG)'),
]
