# Source of notebooks/{id,en}/12_disclosure_and_ethics.ipynb. Build with: make notebooks

CELLS = [
    md(
        id="""
# Menandai konten berbayar: etika dan pengungkapan

Kedua artikel menjelaskan cara memilih influencer, tetapi tidak menyinggung satu
pertanyaan penting: apakah unggahan berbayar harus ditandai sebagai iklan? Notebook ini
merangkum apa yang **dilaporkan** sumber-sumber kami tentang Indonesia, Amerika Serikat,
dan Inggris, **per Desember 2026**. Aturan seperti ini bisa berubah, jadi periksa lagi
sebelum kelas. Ini bahan belajar, bukan nasihat hukum.
""",
        en="""
# Labelling paid content: ethics and disclosure

Both articles explain how to choose influencers, but say nothing about a question that
matters in practice: must a paid post be labelled as an advertisement? This notebook sums
up what our sources **report** about Indonesia, the United States and the United Kingdom,
**as of December 2026**. Rules like these change, so check again before class. It is
teaching material, not legal advice.
""",
    ),
    md(
        id="""
## Tujuan belajar

- Menjelaskan apa yang dilaporkan sumber tentang Etika Pariwara Indonesia (termasuk edisi mana yang dibahas) dan UU No. 8 Tahun 1999, dengan menyebut sumbernya.
- Membedakan kode etik swakrama dari undang-undang, lalu membandingkan Indonesia dengan aturan FTC (Amerika Serikat) serta ASA dan CMA (Inggris).
- Menilai keterangan unggahan rekaan: diungkapkan, tidak diungkapkan, tidak jelas, atau tidak perlu, beserta alasannya.

Waktu: ± 35 menit, ditambah ± 10 menit untuk tugas penerapan (bisa dijadikan PR). Baca dulu: notebook 01 (Mulai di sini).
""",
        en="""
## Learning goals

- Explain what sources report about the Indonesian advertising ethics code (Etika Pariwara Indonesia, and which edition they describe) and Law No. 8 of 1999, naming the source.
- Tell a self-regulatory code from a law, and compare Indonesia with the rules of the US FTC and of the UK's ASA and CMA.
- Judge fictional captions as disclosed, not disclosed, unclear or not needed, with reasons.

Time: about 35 minutes, plus about 10 for the transfer task (it can be homework). Read first: notebook 01 (Start here).
""",
    ),
    setup(),
    code("""
from influtier_lite import CaptionChecker, captions_table, citations_table
"""),
    md(
        id="""
## Indonesia: apa kata sumber (per Desember 2026)

**Etika Pariwara Indonesia (EPI) adalah kode etik, bukan undang-undang.** EPI disusun oleh
Dewan Periklanan Indonesia (DPI) dan bersifat *swakrama*: aturannya dibuat dan ditegakkan
sendiri oleh industri periklanan. Penegaknya adalah Badan Musyawarah Etika DPI dan Badan
Pengawas Periklanan P3I, misalnya lewat surat teguran dan daftar pelanggar yang diumumkan.

**Edisinya.** Edisi terbaru yang kami ketahui adalah *EPI Amandemen 2020*, yang
disahkan pada 20 Februari 2020 dan diluncurkan dalam webinar DPI pada 30 Juli 2020. Menurut
addiction.id, ini “kali keempat kitab tersebut diperbarui”, dan edisi ini memuat aturan
untuk media baru, platform, dan konten digital. Kami sendiri belum membaca teks Amandemen
2020.

**Uraian tentang edisi 2014.** Sebuah artikel di jurnal hukum Universitas Indonesia,
*Dharmasisya* (vol. 1 no. 1, artikel 13; sumber kami tidak menyebut tahunnya), menguraikan
*EPI Amandemen 2014* dalam abstraknya: endorser dilarang memakai media sosial pribadinya
untuk mempromosikan barang atau jasa, kecuali dinyatakan dengan jelas bahwa itu endorsement
berbayar. Ini uraian **sekunder** tentang edisi lama: yang kami baca adalah abstrak tentang
kode etik itu, bukan kode etiknya sendiri. Sumber kami tidak menyebut apakah
Amandemen 2020 memakai rumusan yang sama, jadi bacalah teks Amandemen 2020 sebelum mengutip
aturan ini di kelas.

**Belum diatur khusus, tetapi kapan?** Abstrak yang sama menulis bahwa endorsement di media
sosial belum diatur khusus dalam peraturan perundang-undangan Indonesia. Itu keadaan ketika
abstrak itu ditulis: tahunnya tidak disebut sumber kami, dan abstrak itu masih membahas
edisi 2014. Prihandani dan Marlyna (2019) juga mencatat bahwa pada saat itu belum ada pedoman
khusus. Kami belum memeriksa apakah keadaannya masih sama per Desember 2026.

**UU No. 8 Tahun 1999 tentang Perlindungan Konsumen.** Berbeda dengan EPI, ini undang-undang. Sebuah artikel
Asumsi.co (Juli 2021) mengutipnya: barang harus sesuai dengan yang diiklankan. Ini juga
sumber **sekunder**, dan kami belum membaca artikel itu langsung; kami tidak menyebut pasal
atau sanksi apa pun karena sumber kami tidak menyebutnya.

**Praktiknya.** Prihandani dan Marlyna (Universitas Indonesia, ICLAVE 2019) mencatat bahwa
endorsement umum di Indonesia, dengan sebutan seperti influencer, endorsement, atau
*paid promote*, dan sering tidak diungkapkan. Menurut mereka, yang dipertaruhkan adalah hak
konsumen atas informasi yang jujur.
""",
        en="""
## Indonesia: what the sources say (as of December 2026)

**The Indonesian advertising ethics code (Etika Pariwara Indonesia, EPI) is a code, not a
law.** It is written by the Dewan Periklanan Indonesia (DPI, the Indonesian advertising
council) and is *swakrama*, self-regulation: the advertising industry makes and enforces
it itself. It is enforced by DPI's Badan Musyawarah Etika and P3I's Badan Pengawas
Periklanan (P3I is the Indonesian association of advertising agencies), for example
through warning letters and published lists of violators.

**Which edition.** The newest edition we know of is *EPI Amandemen 2020* (the 2020
amendment), ratified on 20 February 2020 and launched in a DPI webinar on 30 July 2020.
According to addiction.id it is the “kali keempat kitab tersebut diperbarui” (the fourth
time the book has been updated), and this edition has rules for new media, platforms and
digital content. We have not read the 2020 text ourselves.

**What was written about the 2014 edition.** An article in the Universitas Indonesia law
journal *Dharmasisya* (vol. 1 iss. 1, article 13; our source gives no year) describes the
*2014 amendment* of the code in its abstract: an endorser may not use personal social
media to endorse goods or services unless it is clearly stated that it is a paid
endorsement. This is a **secondary** description of an older
edition: we read an abstract about the code, not the code itself. Our sources do not say
whether the 2020 amendment keeps the same wording, so read the 2020 text before quoting
this rule in class.

**Not specifically regulated, but when?** The same abstract writes that social-media
endorsements are not specifically regulated in Indonesian laws and regulations. That was
the state of things when the abstract was written: our source gives no year, and the
abstract still discusses the 2014 edition. Prihandani and Marlyna (2019) also record that
there was no specialised guideline at the time. We have not checked whether this still
holds as of December 2026.

**Law No. 8 of 1999 on Consumer Protection (UU No. 8 Tahun 1999).** Unlike EPI, this is a law. An
Asumsi.co article (July 2021) cites it: goods must match what is advertised. This is
**secondary** too, and we have not read that article directly; we name no article of the
law and no penalty, because our sources name none.

**In practice.** Prihandani and Marlyna (Universitas Indonesia, ICLAVE 2019) record that
endorsements are common in Indonesia, under names such as influencer, endorsement or
*paid promote*, and often not disclosed. In their view, what is at stake is consumers'
right to honest information.
""",
    ),
    md(
        id="""
## Amerika Serikat: FTC (per Desember 2026)

Menurut berita IDN Times (*Kenapa Endorsement Disclosure Jarang Diterapkan di Indonesia?*,
tanpa tanggal, sumber **sekunder**), aturan di Indonesia lebih longgar daripada di luar
negeri, dan di Amerika Serikat FTC (Federal Trade Commission) mewajibkan penanda seperti #ad
atau *paid partnership* bila kreator dibayar **atau menerima produk gratis**. Dari FTC sendiri
(ringkasan kami, per Desember 2026):

- **Pedoman endorsement FTC** (*Endorsement Guides*) direvisi pada **Juni 2023**.
- **Panduan FTC untuk influencer**, “Disclosures 101 for Social Media Influencers”, meminta
  pengungkapan yang
  - mudah terlihat;
  - ada di unggahan itu sendiri, tidak hanya di bio atau di balik tombol *more*;
  - memakai bahasa yang sama dengan endorsement-nya.

  Kata samar seperti *thanks*, *collab*, *sp*, atau *spon* tidak cukup. Alat pengungkapan dari
  platform juga jangan dianggap cukup dengan sendirinya: pakailah bersama kata-kata Anda sendiri.
- **Aturan FTC tentang ulasan dan testimoni**, “Trade Regulation Rule on the Use of Consumer
  Reviews and Testimonials” (16 CFR Part 465), diumumkan **14 Agustus 2024** dan berlaku sejak
  **21 Oktober 2024**. Ketentuan § 465.8 melarang menjual atau membeli
  “fake indicators of social media influence”, yaitu pengikut, tayangan, atau suka palsu, untuk
  tujuan komersial; sanksinya denda perdata untuk setiap pelanggaran. Inilah sisi hukum (di
  Amerika Serikat) dari pengikut palsu yang kita saring di notebook 11.

Semua ini berlaku di Amerika Serikat, bukan di Indonesia. Kita memakainya sebagai pembanding
dan sebagai patokan yang jelas untuk latihan di bawah. Periksa rumusannya di situs FTC sebelum
mengutipnya di kelas.

## Inggris: ASA dan CMA (per Desember 2026)

- **ASA** (Advertising Standards Authority) adalah lembaga swakrama untuk isi iklan: ASA
  mengeluarkan putusan dan menyebut nama influencer yang tidak patuh. Menurut IDN Times, ASA
  memantau dan menurunkan unggahan yang tidak diungkapkan.
- **CMA** (“Competition and Markets Authority”) adalah penegak hukumnya. Berdasarkan
  “Digital Markets, Competition and Consumers Act 2024” (DMCC Act, Royal Assent 24 Mei 2024),
  sejak **6 April 2025** CMA dapat menegakkan hukum perlindungan konsumen secara langsung, tanpa
  pengadilan, dengan denda hingga 10% omzet global (perusahaan) atau £300.000 (perorangan).
  Ulasan palsu dan ulasan yang imbalannya tidak diungkapkan menjadi praktik terlarang.

Abstrak *Dharmasisya* menambahkan bahwa Amerika Serikat, Inggris, dan India juga mengatur
pengungkapan: pendapat yang jujur, produk yang benar-benar dipakai, dan pengungkapan
hubungan dengan brand.

## Alat pengungkapan dari platform

Per Desember 2026, Instagram punya label *Paid partnership*, TikTok punya pengaturan
pengungkapan konten (*Paid partnership* atau *Promotional content*), dan YouTube punya
*Includes paid promotion*. Nama dan letak alat ini bisa berubah: periksa halaman bantuan
tiap platform sebelum kelas. Ingat juga syarat FTC di atas: alat platform sebaiknya dipakai
bersama kata-kata Anda sendiri, bukan sebagai satu-satunya penanda.

## Perbandingan

| | Aturan, jenisnya, dan tanggalnya | Yang dilaporkan sumber |
|---|---|---|
| **Indonesia** | EPI Amandemen 2020 (disahkan 20 Februari 2020): kode etik swakrama (DPI, P3I), bukan undang-undang | Endorsement berbayar harus dinyatakan jelas (Amandemen 2014, menurut *Dharmasisya*, sekunder); rumusan Amandemen 2020 belum kami periksa |
| | UU No. 8 Tahun 1999: undang-undang | Barang harus sesuai iklannya (Asumsi.co, sekunder) |
| **Amerika Serikat** | FTC: panduan (*Endorsement Guides*, direvisi Juni 2023; *Disclosures 101*) dan aturan 16 CFR Part 465 (berlaku sejak 21 Oktober 2024) | Penanda yang jelas di unggahan itu sendiri, juga untuk produk gratis (menurut IDN Times, sekunder); jual-beli pengikut, tayangan, atau suka palsu untuk tujuan komersial dilarang |
| **Inggris** | ASA: swakrama untuk isi iklan; CMA: penegak hukum, dapat mendenda langsung sejak 6 April 2025 (DMCC Act 2024) | ASA menyebut nama influencer yang tidak patuh dan, menurut IDN Times, menurunkan unggahan yang tidak diungkapkan; CMA dapat menjatuhkan denda tanpa pengadilan |

Tentang praktiknya, sumber kami hanya membahas Indonesia: endorsement sering tidak
diungkapkan (Prihandani & Marlyna 2019). Untuk Amerika Serikat dan Inggris, sumber kami
tidak membahas praktiknya, dan kami tidak menambahkan klaim yang tidak dibuat sumber mana pun.
Semua baris diperiksa per Desember 2026 dengan ringkasan di `shared/references.md`, bukan
dengan teks aturannya langsung.
""",
        en="""
## The United States: the FTC (as of December 2026)

According to IDN Times (*Kenapa Endorsement Disclosure Jarang Diterapkan di Indonesia?*,
Why is endorsement disclosure rarely practised in Indonesia?, undated, a **secondary**
source), Indonesian rules are looser than abroad, and in the United States the FTC
(Federal Trade Commission) requires markers such as #ad or *paid partnership* when a
creator is paid **or gets free products**. From the FTC itself (our summary, as of
December 2026):

- **The FTC's Endorsement Guides** were revised in **June 2023**.
- **The FTC's guide for influencers**, “Disclosures 101 for Social Media Influencers”, asks
  for disclosures that are
  - hard to miss;
  - in the post itself, not only in a bio or behind *more*;
  - in the same language as the endorsement.

  Vague words such as *thanks*, *collab*, *sp* or *spon* are not enough. Nor should a
  platform's disclosure tool be assumed to be enough on its own: use it together with your
  own words.
- **The FTC's rule on reviews and testimonials**, the “Trade Regulation Rule on the Use of
  Consumer Reviews and Testimonials” (16 CFR Part 465), was announced on **14 August 2024**
  and has been in force since **21 October 2024**. Its § 465.8 bans selling or buying
  “fake indicators of social media influence”, that is fake followers, views or likes, for
  commercial purposes; civil penalties apply per violation. This is the legal side (in the
  United States) of the fake followers screened in notebook 11.

All of this applies in the United States, not in Indonesia. We use it for comparison and as
a clear yardstick for the exercise below. Check the wording on the FTC's website before you
quote it in class.

## The United Kingdom: the ASA and the CMA (as of December 2026)

- **The ASA** (Advertising Standards Authority) is the self-regulator of advertising
  content: it issues rulings and names influencers who do not comply. According to IDN
  Times, the ASA monitors and takes down undisclosed posts.
- **The CMA** (Competition and Markets Authority) is the enforcer. Under the
  “Digital Markets, Competition and Consumers Act 2024” (DMCC Act, Royal Assent 24 May
  2024), from **6 April 2025** the CMA can enforce consumer law directly, without a court,
  with fines up to 10% of global turnover (companies) or £300,000 (individuals). Fake
  reviews and reviews with undisclosed incentives became banned practices.

The *Dharmasisya* abstract adds that the US, the UK and India also regulate disclosure:
honest opinion, actual use of the product, and disclosure of the relationship with the
brand.

## The platforms' own disclosure tools

As of December 2026, Instagram has a *Paid partnership* label, TikTok a content-disclosure
setting (*Paid partnership* or *Promotional content*), and YouTube *Includes paid
promotion*. Their names and places may change: check each platform's help page before
class. Remember the FTC's condition above, too: a platform's tool is best used together
with your own words, not as the only marker.

## Comparison

| | Rule, its kind and its dates | What the sources report |
|---|---|---|
| **Indonesia** | EPI, 2020 amendment (ratified on 20 February 2020): a self-regulatory code (DPI, P3I), not a law | A paid endorsement must be clearly stated (2014 amendment, per *Dharmasisya*, secondary); we have not checked the 2020 wording |
| | Law No. 8 of 1999: a law | Goods must match the ad (Asumsi.co, secondary) |
| **United States** | The FTC: guides (*Endorsement Guides*, revised June 2023; *Disclosures 101*) and the rule 16 CFR Part 465 (in force since 21 October 2024) | A clear marker in the post itself, for free products too (according to IDN Times, secondary); buying or selling fake followers, views or likes for commercial purposes is banned |
| **United Kingdom** | The ASA: self-regulator of ad content; the CMA: enforcer, able to fine directly since 6 April 2025 (DMCC Act 2024) | The ASA names influencers who do not comply and, according to IDN Times, takes down undisclosed posts; the CMA can fine without a court |

On practice, our sources cover Indonesia only: endorsements are often not disclosed
(Prihandani & Marlyna 2019). For the US and the UK our sources do not say, and we add no
claim that no source makes. Every row was checked in December 2026 against the summary in
`shared/references.md`, not against the rules' own text.
""",
    ),
    md(
        id="""
## Delapan keterangan unggahan rekaan

Keterangan di bawah ini **kami tulis sendiri**; akun dan brand-nya rekaan
(`data/sample_captions_fictional.csv`). Dalam cerita kami, sebagian unggahan dibayar,
sebagian mendapat produk gratis atau kode afiliasi, dan satu tidak dibayar sama sekali.
""",
        en="""
## Eight fictional captions

We **wrote these captions ourselves**; the accounts and brands are made up
(`data/sample_captions_fictional.csv`). In our story some posts are paid, some got free
products or an affiliate code, and one is not paid at all.
""",
    ),
    code("captions_table(LANG)"),
    exercise(
        id="""
Untuk setiap keterangan, putuskan: **diungkapkan**, **tidak diungkapkan**, **tidak
jelas**, atau **tidak perlu** (tidak ada kerja sama). Tulis alasannya dengan menyebut
sumber yang Anda pakai. Petunjuk cerita kami: nomor 1, 2, 3, dan 8 dibayar; nomor 4
mendapat produk gratis; nomor 6 dan 7 memakai kode afiliasi; nomor 5 dibeli sendiri.
""",
        en="""
For each caption, decide: **disclosed**, **not disclosed**, **unclear**, or **not
needed** (no deal). Write down your reason and the source you rely on. Our story: numbers
1, 2, 3 and 8 are paid; number 4 got a free product; numbers 6 and 7 use an affiliate
code; number 5 was bought by the poster.
""",
    ),
    hint(
        id="""
Cari penanda yang jelas (#ad, #iklan, atau pernyataan bahwa ini iklan atau kerja sama
berbayar). Lalu periksa syarat FTC: mudah terlihat, ada di unggahan itu sendiri, bahasanya
sama dengan isi unggahan, dan bukan kata samar. Ingat juga apa kata IDN Times tentang produk
gratis.
""",
        en="""
Look for a clear marker (#ad, #iklan, or a statement that this is an ad or a paid
partnership). Then check the FTC's conditions: hard to miss, in the post itself, in the
language of the post, and not a vague word. Remember, too, what IDN Times says about free
products.
""",
    ),
    answer(
        id="""
Ringkasnya: 1 dan 3 diungkapkan; 2, 4, 7, dan 8 tidak diungkapkan; 6 tidak jelas; 5 tidak
perlu. Nomor 4 (*makasih*, padanan kami untuk *thanks*) dan 8 (*kolaborasi*, #collab) hanya
memakai kata samar, yang menurut panduan FTC tidak cukup. Nomor 6 memakai #ad, tetapi keterangannya berbahasa
Indonesia, sedangkan FTC meminta bahasa yang sama dengan endorsement-nya; karena itu kami
menilainya *tidak jelas*. Semua ini penilaian kami: syarat FTC berlaku di Amerika Serikat,
bukan hukum Indonesia, dan sumber Indonesia kami tidak menilai kata samar atau bahasa
penanda. #iklan dan kalimat nomor 3 adalah contoh kami.

Untuk melihat alasan lengkap setiap keterangan, tempel kode ini di sel baru, lalu jalankan.

```python
captions_table(LANG, answers=True)
```
""",
        en="""
In short: 1 and 3 are disclosed; 2, 4, 7 and 8 are not; 6 is unclear; 5 needs nothing.
Numbers 4 (*makasih*, our counterpart of *thanks*) and 8 (*kolaborasi*, #collab) use only vague words, which
the FTC's guide finds not enough. Number 6 uses #ad, but the caption is in Indonesian,
and the FTC asks for the same language as the endorsement; so we judge it *unclear*. All of
this is our judgement: the FTC's conditions apply in the United States and are not
Indonesian law, and our Indonesian sources do not judge vague words or the language of a
marker. #iklan and the wording of number 3 are our own examples.

The full reasons for every caption: paste this code into a new cell and run it.

```python
captions_table(LANG, answers=True)
```
""",
    ),
    md(
        id="""
## Pendeteksi penanda iklan

Ketik atau tempel keterangan unggahan (klik di luar kotak setelah selesai). Pendeteksi ini
mengenali #ad dan *paid partnership* (disebut IDN Times untuk aturan FTC) serta beberapa
contoh kami, misalnya #iklan dan *kerja sama berbayar*. Selain itu, pendeteksi menandai kata
samar yang disebut FTC (*thanks*, *collab*, *sp*, *spon*) dan padanan Indonesia kami
(*makasih*, *terima kasih*, *kolaborasi*). Pendeteksi ini tidak memahami kalimat: ‘bukan
iklan’ pun dihitung sebagai penanda. Sumber kami tidak menyebut tagar tertentu yang wajib dipakai di
Indonesia.
""",
        en="""
## Advertising-marker detector

Type or paste a caption (click outside the box when done). The detector knows #ad and
*paid partnership* (named by IDN Times for the FTC's rules) and a few examples of ours,
such as #iklan and *kerja sama berbayar* (paid partnership). It also flags the vague words
the FTC names (*thanks*, *collab*, *sp*, *spon*) and our Indonesian counterparts
(*makasih*, *terima kasih*, *kolaborasi*). The detector does not read sentences: even
‘bukan iklan’ (not an ad) counts as a marker. Our sources name no particular hashtag that
must be used in Indonesia.
""",
    ),
    code('CaptionChecker(LANG, caption="Kolaborasi bareng @mieenak 🍜 #collab")'),
    exercise(
        id="""
Tulis ulang keterangan nomor 7 supaya pembaca tahu bahwa influencer mendapat komisi,
lalu periksa dengan pendeteksi. Bisakah pendeteksi menilai apakah tulisan Anda sudah
cukup jelas?
""",
        en="""
Rewrite caption 7 so that readers know the influencer earns a commission, then check it
with the detector. Can the detector judge whether your wording is clear enough?
""",
    ),
    answer(
        id="""
Misalnya: *#iklan Yang nanya link, ini ya: pakai kode RIA biar dapat potongan di
@tokobaju; aku dapat komisi dari setiap pembelian.* Pendeteksi menemukan #iklan. Namun,
pendeteksi hanya mencari kata: ia tidak tahu apakah unggahan itu dibayar dan tidak menilai apakah
pembaca akan memperhatikan penandanya. Penilaian itu tetap tugas manusia.
""",
        en="""
For instance: *#iklan Here's the link you asked for: use code RIA for a discount at
@tokobaju; I earn a commission on every purchase.* The detector finds #iklan. But it only
looks for words: it cannot know whether the post was paid, nor judge whether readers will
notice the marker. That judgement stays with people.
""",
    ),
    exercise(
        id="""
**Tugas penerapan** (± 10 menit, jawaban terbuka)

*Glowria*, brand serum lokal rekaan, mengirim serum gratis kepada seorang kreator TikTok
sebagai barter, tanpa bayaran uang. Draf keterangan videonya: *Lagi suka banget sama
serum ini 😍 makasih @glowria! #sp*. Manajer media sosial Glowria berkata: *Ini barter,
bukan iklan berbayar, jadi tidak perlu penanda.* Tulis balasan empat atau lima kalimat
untuknya, lalu tulis ulang keterangan itu.
""",
        en="""
**Transfer task** (about 10 minutes, open answer)

*Glowria* (a made-up brand), a local serum brand, sends a TikTok creator a free serum as
barter, with no money paid. The draft caption of her video: *Lagi suka banget sama serum
ini 😍 makasih @glowria! #sp* (Really loving this serum 😍 thanks @glowria! #sp). Glowria's
social-media manager says: *It's barter, not a paid ad, so no marker is needed.* Write the
manager a reply of four or five sentences, then rewrite the caption.
""",
    ),
    answer(
        id="""
**Rubrik.** Jawaban yang baik:

1. **Menilai drafnya.** Kata *makasih* (padanan kami untuk *thanks*) dan *#sp* adalah kata samar;
   menurut panduan FTC (patokan Amerika Serikat, bukan hukum Indonesia) kata seperti itu
   tidak cukup.
2. **Produk gratis.** Menurut IDN Times (sekunder), FTC meminta penanda juga bila kreator
   menerima produk gratis. Untuk Indonesia, jawaban yang baik mengakui batas sumber kami:
   aturan EPI yang kami kutip (uraian sekunder tentang Amandemen 2014) mengatur endorsement
   berbayar, dan sumber kami tidak menyebut apakah barter termasuk. Jadi,
   jawabannya bukan *tidak perlu*, melainkan *lebih aman diungkapkan* (penalaran kami).
3. **Keterangan baru yang jelas**: penanda ada di keterangan itu sendiri, mudah terlihat (di
   awal), berbahasa Indonesia seperti isi videonya, dan menyebut hubungannya (produk gratis);
   ditambah pengaturan pengungkapan konten di TikTok, tetapi bukan sebagai satu-satunya
   penanda.
4. **Bertanggal, dan bukan nasihat hukum.** Menyebut *per Desember 2026*, menyatakan bahwa
   ini bukan nasihat hukum, dan menyarankan agar aturan serta halaman bantuan TikTok yang
   berlaku diperiksa lagi.

**Contoh jawaban yang baik** (satu dari banyak kemungkinan):

> Barter tetap kerja sama: kreatornya menerima serum dari kita. Menurut IDN Times, FTC di
> Amerika Serikat meminta penanda juga bila kreator menerima produk gratis, dan panduan FTC
> menyebut kata samar seperti *sp* atau ucapan terima kasih tidak cukup. Untuk Indonesia,
> sumber kita hanya berisi uraian tentang EPI Amandemen 2014 (lewat *Dharmasisya*), yang
> meminta endorsement berbayar dinyatakan dengan jelas, dan tidak menyebut apakah barter
> termasuk. Karena itu, menurut saya lebih aman diungkapkan, apalagi menurut Prihandani dan
> Marlyna yang dipertaruhkan adalah hak konsumen atas informasi yang jujur. Ini bukan nasihat
> hukum, melainkan keadaan per Desember 2026; periksa lagi EPI Amandemen 2020 dan halaman
> bantuan TikTok.
>
> Keterangan baru: *#iklan Serum ini kiriman gratis dari @glowria. Jujur, lagi suka banget
> 😍*, ditambah pengaturan pengungkapan konten di TikTok.
""",
        en="""
**Rubric.** A good answer:

1. **Judges the draft.** *makasih* (our Indonesian counterpart of *thanks*) and *#sp* are
   vague words; the FTC's guide (a US yardstick, not Indonesian law) finds such words not
   enough.
2. **Free products.** According to IDN Times (secondary), the FTC asks for a marker when a
   creator gets free products too. For Indonesia, a good answer is honest about the limits
   of our sources: the EPI rule we quote (a secondary description of the 2014 amendment)
   speaks of paid endorsements, and our sources do not say whether barter counts. So the
   answer is not *no marker needed* but *safer to disclose* (our reasoning).
3. **A clear new caption**: the marker in the caption itself, hard to miss (at the start),
   in Indonesian like the video, naming the relationship (a free product); plus TikTok's
   content-disclosure setting, but not as the only marker.
4. **Dated, and not legal advice.** Says *as of December 2026*, says it is not legal
   advice, and asks for the current rules and TikTok's help page to be checked again.

**An example of a good answer** (one of many):

> Barter is still a deal: the creator gets our serum. According to IDN Times, the US FTC
> asks for a marker when a creator receives free products too, and the FTC's guide says
> vague words such as *sp* or a thank-you are not enough. For Indonesia, our sources only
> describe the 2014 amendment of EPI (through *Dharmasisya*), which asks for a paid
> endorsement to be clearly stated, and do not say whether barter counts. So I think it is
> safer to disclose, all the more because, according to Prihandani and Marlyna, what is at
> stake is consumers' right to honest information. This is not legal advice but the state
> as of December 2026; check the 2020 amendment of EPI and TikTok's help page again.
>
> New caption: *#iklan Serum ini kiriman gratis dari @glowria. Jujur, lagi suka banget 😍*
> (#iklan [ad]: this serum is a free gift from @glowria. Honestly, really loving it 😍),
> plus TikTok's content-disclosure setting.
""",
    ),
    md(
        id="""
## Ringkasan

- EPI adalah kode etik swakrama, bukan undang-undang. Edisi terbaru yang kami ketahui
  adalah Amandemen 2020 (disahkan 20 Februari 2020); aturan endorsement yang kami kutip
  berasal dari uraian sekunder tentang Amandemen 2014 (*Dharmasisya*).
- Menurut Asumsi.co (sekunder), UU No. 8 Tahun 1999 mengharuskan barang sesuai dengan
  iklannya. Dalam
  praktik, endorsement di Indonesia sering tidak diungkapkan (Prihandani & Marlyna 2019).
- Per Desember 2026, FTC di Amerika Serikat meminta penanda yang mudah terlihat, ada di
  unggahan itu sendiri, berbahasa sama dengan endorsement-nya, dan bukan kata samar. Sejak
  21 Oktober 2024, jual-beli pengikut, tayangan, atau suka palsu untuk tujuan komersial
  dilarang di sana.
- Di Inggris, ASA mengawasi isi iklan secara swakrama, dan sejak 6 April 2025 CMA dapat
  menjatuhkan denda secara langsung.
- Ini ringkasan sumber, bukan nasihat hukum. Aturan bisa berubah: sebelum kelas atau
  kampanye sungguhan, baca aturannya langsung dan periksa halaman bantuan tiap platform.

## Sumber yang dipakai notebook ini
""",
        en="""
## Summary

- EPI is a self-regulatory code, not a law. The newest edition we know of is the 2020
  amendment (ratified on 20 February 2020); the endorsement rule we quote comes from a
  secondary description of the 2014 amendment (*Dharmasisya*).
- According to Asumsi.co (secondary), Law No. 8 of 1999 asks that goods match their ads.
  In practice, endorsements in Indonesia are often not disclosed (Prihandani & Marlyna
  2019).
- As of December 2026, the US FTC asks for a marker that is hard to miss, in the post
  itself, in the language of the endorsement, and not a vague word. Since 21 October 2024,
  buying or selling fake followers, views or likes for commercial purposes has been banned
  there.
- In the UK, the ASA oversees ad content as a self-regulator, and since 6 April 2025 the
  CMA can fine directly.
- This sums up sources; it is not legal advice. Rules change: before a class or a real
  campaign, read the rules themselves and check each platform's help page.

## Sources used in this notebook
""",
    ),
    code('citations_table("12", LANG)'),
]
