# Source of notebooks/{id,en}/07_sources_disagree.ipynb. Build with: make notebooks

CELLS = [
    md(
        id="""
# Saat sumber berbeda pendapat

Kedua artikel tidak sepakat soal batas tingkatan, dan sumber lain pun berbeda lagi.
Notebook ini menyandingkan semuanya: Partipost dan Harmony (**artikel**), serta
lima taksonomi **pembanding** dari sumber publik lain (Mediakix, Later x Fohr,
Iconosquare, nolimit.id, HypeAuditor). Angka-angka itu bukan angka artikel; kami
mencantumkannya, lengkap dengan sumbernya, hanya sebagai pembanding.

**HypeAuditor yang mana?** Taksonomi HypeAuditor di sini (“Rookie”, “Up-and-coming”,
“Prosumer”, “Maven”, “Celebrity”) berasal dari tulisan blog awal HypeAuditor tentang
tingkat keterlibatan di Instagram (data 36.000 akun); tahun tulisannya tidak disebut.
Notebook 08 memakai sumber lain dari vendor yang sama: laporan HypeAuditor 2023, yang
menurut ringkasan pers atas laporan itu menggolongkan 1.000–10.000 pengikut sebagai nano.
Satu vendor, dua pembagian yang berbeda; sebutkan mana yang Anda pakai.
""",
        en="""
# When the sources disagree

Our two articles disagree about where the tiers begin and end, and other sources differ
again. This notebook puts them side by side: Partipost and Harmony (the **articles**),
and five **reference** taxonomies from other public sources (Mediakix, Later x Fohr,
Iconosquare, nolimit.id, HypeAuditor). The reference figures are not the articles'
numbers; we list them, with their sources, for comparison.

**Which HypeAuditor?** The HypeAuditor taxonomy here (“Rookie”, “Up-and-coming”,
“Prosumer”, “Maven”, “Celebrity”) comes from an early HypeAuditor blog post on Instagram engagement
(36,000 accounts), which states no year. Notebook 08 uses another source from the same
vendor: HypeAuditor's 2023 report, which, as a press summary of it puts it, calls
1,000–10,000 followers nano. One vendor, two different divisions; say which one you use.
""",
    ),
    md(
        id="""
## Tujuan belajar

- Membandingkan dua artikel dan lima sumber pembanding pada satu *slider*.
- Menemukan batas yang ditulis dua kali atau dibiarkan terbuka, dan cara kami memutuskannya.
- Menjelaskan mengapa sebuah tingkatan harus selalu disebut bersama sumbernya.

Waktu: ± 25 menit, ditambah ± 10 menit untuk tugas penerapan (bisa dijadikan PR). Baca dulu: 02–06.
""",
        en="""
## Learning goals

- Compare the two articles and five reference taxonomies on one slider.
- Find edges that are written twice or left open, and how we decide them.
- Explain why a tier should always be named with its source.

Time: about 25 minutes, plus about 10 for the transfer task (it can be homework). Read first: 02–06.
""",
    ),
    setup(),
    code("""
from influtier_lite import SCHEMES, TaxonomyComparison, citations_table, edge_table, sources_table

sources_table(LANG)
"""),
    md(
        id="""
## Satu *slider*, tujuh jawaban

Geser jumlah pengikut. Tabel dan gambar menunjukkan tingkatan akun itu menurut setiap
sumber. Dua baris teratas adalah kedua artikel.
""",
        en="""
## One slider, seven answers

Move the follower count. The table and the figure show the account's tier under every
source. The top rows are the two articles.
""",
    ),
    code("TaxonomyComparison(lang=LANG, followers=100_000)"),
    md(
        id="""
Gambar di atas memuat tujuh batang pada sumbu pengikut berskala logaritmik, satu untuk
setiap sumber. Tingkatan yang namanya sama selalu berwarna sama di semua notebook; garis
hitam adalah akun Anda. Perhatikan betapa berbedanya letak batang **hijau** (makro) dari
satu sumber ke sumber lain.

## Tepat di batas: 5.000, 30.000, 100.000

Kata-kata seperti “kurang dari”, “hingga”, dan “lebih dari” menentukan ke tingkatan mana
angka yang tepat di batas dimasukkan. Di satu titik, Partipost tidak menentukannya: 30.000
tertulis di rentang mikro **dan** makro. Di titik itu kami memutuskan sendiri, dan
menyebutnya konvensi kami. Sumber pembanding juga menulis rentang yang berbagi batas
(Mediakix, misalnya, menulis rentang 1.000–10.000 lalu 10.000–50.000). Di sana kami
memasukkan angka batas ke tingkatan yang lebih tinggi; itu juga konvensi kami, dan
kebalikan dari pilihan kami untuk 30.000 di Partipost. Tabel berikut hanya memuat batas
kedua artikel.
""",
        en="""
The figure above: seven bars on a log-scale follower axis, one per source, with the
same colour for a tier of the same name in every notebook; the black line is your
account. Notice how differently placed the **green** (macro) bars are from one source
to the next.

## On the edges: 5,000, 30,000, 100,000

Words such as “kurang dari” (fewer than), “hingga” (up to) and “lebih dari” (more than)
decide which side a count exactly on an edge falls. In one place Partipost leaves it
open: 30,000 is written in both the micro **and** the macro range. There we choose, and
call it our convention. The reference sources also write ranges that share an edge
(Mediakix, for one, writes 1K-10K and then 10K-50K). There we put the edge in the higher
tier; that is our convention too, and the opposite of our choice for Partipost's 30,000.
The next table shows only the two articles' edges.
""",
    ),
    code("edge_table(LANG)"),
    md(
        id="""
## Mengapa guru perlu menyebut skemanya

- Kata **makro** berarti 30.000–100.000 (Partipost), di atas 100.000 (Harmony), atau
  500.000–1.000.000 (Mediakix). Tanpa sumber, kata itu tidak punya arti yang pasti.
- Kedua artikel terbit di blog perusahaan yang berjualan, dan tidak menjelaskan dari mana
  angkanya berasal. Sumber pembanding pun tidak seragam: tahun, platform, dan metodenya
  berbeda-beda, atau tidak disebut.
- Jadi, di kelas: sebutkan skema yang dipakai (*tingkatan menurut Partipost*), tuliskan
  batas-batasnya, dan jelaskan ke tingkatan mana angka yang tepat di batas dimasukkan.
""",
        en="""
## Why every teacher should name the scheme

- The word **macro** means 30,000–100,000 (Partipost), above 100,000 (Harmony), or
  500,000–1,000,000 (Mediakix). Without a source, the word has no fixed meaning.
- Both articles appeared on the blogs of companies with something to sell, and neither explains
  where its numbers come from. The reference sources are not uniform either: their year,
  platform and method differ, or go unstated.
- So, in class: name the scheme (*tiers according to Partipost*), write down its edges,
  and say which side a count on an edge belongs to.
""",
    ),
    exercise(
        id="""
Cari jumlah pengikut yang disebut **mikro** oleh ketujuh sumber sekaligus. Lalu cari
jumlah pengikut yang jawabannya paling beragam.
""",
        en="""
Find a follower count that all seven sources call **micro**. Then find the count with
the most varied answers.
""",
    ),
    hint(
        id="Mikro Partipost berakhir di 30.000; mikro Mediakix, Later x Fohr, Iconosquare, dan nolimit.id baru mulai dari 10.000. Coba angka di antara keduanya, lalu periksa HypeAuditor.",
        en="Partipost's micro ends at 30,000; the micro of Mediakix, Later x Fohr, Iconosquare and nolimit.id starts only at 10,000. Try counts in between, then look at HypeAuditor.",
    ),
    answer(
        id="""
Tidak ada angka yang disebut mikro oleh ketujuhnya: blog awal HypeAuditor tidak memakai
kata mikro (“Up-and-coming”, “Prosumer”). Enam sumber lainnya sepakat menyebut *mikro*
untuk angka antara 10.000 dan 30.000 (misalnya 20.000). Jawaban paling beragam ada di
sekitar 100.000. Pada tepat 100.000 pengikut (dengan konvensi batas kami): makro
(Partipost), mikro (Harmony), menengah (Mediakix, Later x Fohr), makro (Iconosquare,
nolimit.id), Maven (HypeAuditor).
""",
        en="""
No count is micro for all seven: HypeAuditor's early blog does not use the word micro
(“Up-and-coming”, “Prosumer”). The other six agree on *micro* between 10,000 and 30,000
(20,000, say). The most varied answers are around 100,000. At exactly 100,000 (with our
edge conventions): macro (Partipost), micro
(Harmony), mid-tier (Mediakix, Later x Fohr), macro (Iconosquare, nolimit.id), Maven
(HypeAuditor).
""",
    ),
    exercise(
        id="""
**Tugas penerapan** (± 10 menit, jawaban terbuka)

Rekan Anda di *Kain Kita* (brand rekaan), brand busana muslim dari Medan, mengirim *brief*
ke dua agensi: *Cari 5 influencer makro di Instagram untuk koleksi Lebaran.* Agensi A
mengirim akun dengan 40.000–90.000 pengikut, agensi B akun dengan 600.000–900.000 pengikut
(angka rekaan). Rekan Anda bingung: *Siapa yang salah?* Tulis pesan tiga atau empat kalimat
untuknya, lalu tulis ulang kalimat *brief* itu supaya kedua agensi memahaminya dengan cara
yang sama.
""",
        en="""
**Transfer task** (about 10 minutes, open answer)

A colleague at *Kain Kita* (a made-up brand), a Muslim fashion label from Medan, sent a
brief to two agencies: *Find 5 macro influencers on Instagram for the Lebaran (Eid)
collection.* Agency A sent accounts with 40,000–90,000 followers, agency B accounts with
600,000–900,000 followers (made-up figures). Your colleague is puzzled: *Which one got it
wrong?* Write them a message of three or four sentences, then rewrite the line of the brief
so that both agencies read it the same way.
""",
    ),
    hint(
        id="Geser *slider* di atas ke 60.000 lalu ke 750.000: sumber mana yang menyebut angka itu makro?",
        en="Move the slider above to 60,000, then to 750,000: which sources call that count macro?",
    ),
    answer(
        id="""
**Rubrik.** Jawaban yang baik:

1. **Tidak ada yang salah; istilahnya yang longgar.** *Makro* berarti 30.000–100.000
   (Partipost), di atas 100.000 (Harmony), 100.000 sampai 1 juta (Iconosquare, nolimit.id),
   atau 500.000 sampai 1 juta (Mediakix, Later x Fohr). Agensi A cocok dengan Partipost;
   agensi B cocok dengan Harmony, Mediakix, Later x Fohr, Iconosquare, atau nolimit.id. Skema yang
   sebenarnya mereka pakai hanya bisa kita duga.
2. **Kalimat *brief* yang baru memakai angka**, batas yang jelas (termasuk atau tidak), dan
   platformnya. Nama skema boleh disebut, tetapi angkanya yang menentukan.
3. **Ingat batas yang terbuka.** Nilai tambah: untuk angka tepat di batas (misalnya 30.000
   atau 100.000), tulis ke tingkatan mana angka itu masuk; sumber pembanding pun berbeda tahun,
   platform, dan metode.
4. **Nada yang membantu**: menjelaskan, bukan menyalahkan, dan mengusulkan langkah
   berikutnya (misalnya meminta kedua agensi mengirim ulang dengan angka yang sama).

**Contoh jawaban yang baik** (satu dari banyak kemungkinan):

> Tidak ada yang salah: *makro* berarti 30.000–100.000 pengikut menurut Partipost, di atas
> 100.000 menurut Harmony, dan 500.000 sampai 1 juta menurut Mediakix, jadi agensi A
> tampaknya memakai skema seperti Partipost dan agensi B skema seperti Mediakix. Tanpa angka,
> kata *makro* tidak punya arti yang pasti. Mari kirim ulang *brief*-nya ke kedua agensi,
> kali ini dengan angka.
>
> *Brief* baru: *Cari 5 influencer Instagram dengan 30.000 sampai 100.000 pengikut (kedua
> angka termasuk) yang kontennya tentang busana muslim.*
""",
        en="""
**Rubric.** A good answer:

1. **Nobody is wrong; the word is loose.** *Macro* means 30,000–100,000 (Partipost), above
   100,000 (Harmony), 100,000 to 1 million (Iconosquare, nolimit.id) or 500,000 to 1 million
   (Mediakix, Later x Fohr). Agency A fits Partipost; agency B fits Harmony, Mediakix,
   Later x Fohr, Iconosquare or nolimit.id. Which scheme each really used we can only guess.
2. **The new line of the brief uses numbers**, a clear edge (included or not) and the
   platform. A scheme may be named, but the numbers decide.
3. **Remembers the open edges.** A plus: for a count exactly on an edge (30,000 or 100,000,
   say), write which side it falls; the reference sources also differ in year, platform and
   method.
4. **A helpful tone**: explains rather than blames, and proposes a next step (for instance,
   asking both agencies to resend with the same numbers).

**An example of a good answer** (one of many):

> Nobody got it wrong: *macro* means 30,000–100,000 followers for Partipost, above 100,000
> for Harmony and 500,000 to 1 million for Mediakix, so agency A seems to use a scheme like
> Partipost's and agency B one like Mediakix's. Without numbers, the word *macro* has no
> fixed meaning. Let's send both agencies the brief again, this time with numbers.
>
> New brief: *Find 5 Instagram influencers with 30,000 to 100,000 followers (both
> included) whose content is about Muslim fashion.*
""",
    ),
    md(
        id="""
## Dua sumber HypeAuditor

Tabel ini memisahkan blog awal HypeAuditor (taksonomi di notebook ini) dari laporan
HypeAuditor 2023 (tolok ukur vendor di notebook 08), masing-masing dengan tanggal terbit
dan tanggal kami memeriksanya.
""",
        en="""
## Two HypeAuditor sources

This table keeps HypeAuditor's early blog post (the taxonomy in this notebook) apart from
HypeAuditor's 2023 report (the benchmark in notebook 08), each with its date and when we
checked it.
""",
    ),
    code('citations_table("07", LANG)'),
]
