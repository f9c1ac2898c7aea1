# Source of notebooks/{id,en}/12_disclosure_and_ethics.ipynb. Build with: make notebooks

CELLS = [
    md(
        id="""
# Menandai konten berbayar: etika dan pengungkapan

Kedua artikel menjelaskan cara memilih influencer, tetapi tidak menyinggung satu
pertanyaan penting: apakah unggahan berbayar harus ditandai
sebagai iklan? Notebook ini merangkum apa yang **dilaporkan** sumber-sumber kita tentang
Indonesia, Amerika Serikat, dan Inggris. Ini bahan belajar, bukan nasihat hukum.
""",
        en="""
# Labelling paid content: ethics and disclosure

Both articles explain how to choose influencers, but say nothing about a question that
matters in practice: must a paid post be labelled as an advertisement? This
notebook sums up what our sources **report** about Indonesia, the United States and the
United Kingdom. It is teaching material, not legal advice.
""",
    ),
    md(
        id="""
## Tujuan belajar

- Menjelaskan apa yang dilaporkan sumber tentang Etika Pariwara Indonesia dan UU No. 8 Tahun 1999, dengan menyebut sumbernya.
- Membandingkan praktik di Indonesia dengan aturan FTC (Amerika Serikat) dan ASA (Inggris).
- Menilai keterangan unggahan rekaan: diungkapkan, tidak diungkapkan, tidak jelas, atau tidak perlu, beserta alasannya.

Waktu: ± 30 menit. Baca dulu: 01 (Mulai di sini).
""",
        en="""
## Learning goals

- Explain what sources report about the Indonesian advertising ethics code (Etika Pariwara Indonesia) and Law No. 8 of 1999, naming the source.
- Compare practice in Indonesia with the rules of the US FTC and the UK ASA.
- Judge fictional captions as disclosed, not disclosed, unclear or not needed, with reasons.

Time: about 30 minutes. Read first: 01 (Start here).
""",
    ),
    setup(),
    code("""
from influtier_lite.citations import citations_table
from influtier_lite.disclosure import CaptionChecker, captions_table
"""),
    md(
        id="""
## Indonesia: apa kata sumber

**Etika Pariwara Indonesia.** Sebuah artikel di jurnal hukum Universitas Indonesia,
*Dharmasisya* (vol. 1 no. 1, artikel 13), menulis dalam abstraknya bahwa endorsement di
media sosial belum diatur khusus dalam peraturan perundang-undangan Indonesia. Menurut
abstrak itu, Etika Pariwara Indonesia (amendemen 2014, disusun Dewan Periklanan Indonesia) melarang
endorser memakai media sosial pribadinya sebagai media iklan untuk mempromosikan barang
atau jasa, kecuali ia menyatakan dengan jelas bahwa itu endorsement berbayar. Ini uraian **sekunder**: kita membaca abstrak tentang
kode etik itu, bukan kode etiknya sendiri. Perhatikan juga bahwa abstrak itu membedakan
kode etik dari peraturan perundang-undangan.

**UU No. 8 Tahun 1999 tentang Perlindungan Konsumen.** Sebuah artikel Asumsi.co (Juli
2021) mengutip undang-undang ini: barang harus sesuai dengan yang diiklankan. Ini juga
sumber **sekunder**, dan artikel itu tidak kita baca langsung; kita tidak menyebut pasal
atau sanksi apa pun karena sumber kita tidak menyebutnya.

**Praktiknya.** Prihandani dan Marlyna (Universitas Indonesia, ICLAVE 2019) mencatat bahwa
endorsement umum di Indonesia, dengan sebutan seperti influencer, endorsement, atau
*paid promote*, dan sering tidak diungkapkan. Pada saat itu belum ada pedoman khusus, dan
menurut mereka yang dipertaruhkan adalah hak konsumen atas informasi yang jujur.
""",
        en="""
## Indonesia: what the sources say

**The advertising ethics code (Etika Pariwara Indonesia).** An article in the Universitas
Indonesia law journal *Dharmasisya* (vol. 1 iss. 1, article 13) writes in its abstract
that social-media endorsements are not specifically regulated in Indonesian laws and
regulations. According to that abstract, the code (2014 amendment, by the Dewan
Periklanan Indonesia, the Indonesian advertising council) prohibits an
endorser from using personal social media as an advertising medium to endorse goods or
services unless the endorser clearly states that it is a paid endorsement. This is a **secondary** description: we read an abstract
about the code, not the code itself. Note, too, that the abstract sets the code apart
from laws and regulations.

**Law No. 8 of 1999 on Consumer Protection (UU No. 8 Tahun 1999).** An Asumsi.co
article (July 2021) cites this law: goods must match what is advertised. This is
**secondary** too, and we have not read that article directly; we name no article of
the law and no penalty, because our sources name none.

**In practice.** Prihandani and Marlyna (Universitas Indonesia, ICLAVE 2019) record that
endorsements are common in Indonesia, under names such as influencer, endorsement or
*paid promote*, and often not disclosed. At the time there was no specialised
guideline, and in their view what is at stake is consumers' right to honest information.
""",
    ),
    md(
        id="""
## Amerika Serikat dan Inggris: sebagai pembanding

Menurut berita IDN Times (*Kenapa Endorsement Disclosure Jarang Diterapkan di
Indonesia?*, sumber **sekunder**), aturan di Indonesia lebih longgar daripada di luar
negeri. Berita itu juga menulis bahwa di Amerika Serikat, FTC mewajibkan penanda seperti #ad atau *paid partnership*
bila kreator dibayar **atau menerima produk gratis**. Di Inggris, ASA memantau dan
menurunkan unggahan yang tidak diungkapkan. Abstrak *Dharmasisya* menambahkan bahwa
Amerika Serikat, Inggris, dan India juga mengatur pengungkapan: pendapat yang jujur,
produk yang benar-benar dipakai, dan pengungkapan hubungan dengan merek.

| | Aturan yang disebut sumber | Praktik menurut sumber |
|---|---|---|
| **Indonesia** | Etika Pariwara Indonesia: endorsement berbayar harus dinyatakan jelas (Dharmasisya, sekunder); UU No. 8 Tahun 1999: barang harus sesuai iklannya (Asumsi.co, sekunder) | Sering tidak diungkapkan (Prihandani & Marlyna 2019) |
| **Amerika Serikat (FTC)** | Penanda seperti #ad atau *paid partnership*, juga untuk produk gratis (IDN Times, sekunder) | Sumber kita tidak membahasnya |
| **Inggris (ASA)** | Unggahan yang tidak diungkapkan dipantau dan diturunkan (IDN Times, sekunder) | Sumber kita tidak membahasnya |

Sel *tidak membahasnya* sengaja dibiarkan: kita tidak menambah klaim yang tidak dibuat
sumber mana pun.
""",
        en="""
## The United States and the United Kingdom, for comparison

According to IDN Times (*Kenapa Endorsement Disclosure Jarang Diterapkan di Indonesia?*,
Why is endorsement disclosure rarely practised in Indonesia?, a **secondary** source),
Indonesian rules are looser than abroad; it also reports that in the United States the FTC requires markers
such as #ad or *paid partnership* when a creator is paid **or gets free products**. In
the United Kingdom, the ASA monitors and takes down undisclosed posts. The *Dharmasisya*
abstract adds that the US, the UK and India also regulate disclosure: honest opinion,
actual use of the product, and disclosure of the relationship with the brand.

| | Rule the sources name | Practice the sources report |
|---|---|---|
| **Indonesia** | The ethics code: a paid endorsement must be clearly stated (Dharmasisya, secondary); Law No. 8 of 1999: goods must match the ad (Asumsi.co, secondary) | Often not disclosed (Prihandani & Marlyna 2019) |
| **United States (FTC)** | Markers such as #ad or *paid partnership*, for free products too (IDN Times, secondary) | Our sources do not say |
| **United Kingdom (ASA)** | Undisclosed posts are monitored and taken down (IDN Times, secondary) | Our sources do not say |

The *do not say* cells are left so on purpose: we add no claim that no source makes.
""",
    ),
    md(
        id="""
## Delapan keterangan unggahan rekaan

Keterangan di bawah ini **kami tulis sendiri**; akun dan mereknya rekaan
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
Cari penanda yang jelas (#ad, *paid partnership*, atau pernyataan bahwa ini iklan).
Ingat juga apa kata IDN Times tentang produk gratis menurut FTC.
""",
        en="""
Look for a clear marker (#ad, *paid partnership*, or a statement that this is an ad).
Remember, too, what IDN Times says about free products under the FTC's rules.
""",
    ),
    answer(
        id="""
Ringkasnya: 1, 3, dan 6 diungkapkan; 2 dan 7 tidak
diungkapkan; 4 dan 8 tidak jelas; 5 tidak perlu. Yang paling sering diperdebatkan adalah
nomor 4 dan 8: sumber kita tidak menilai ucapan terima kasih atau kata *kolaborasi*,
jadi jawaban *tidak jelas* adalah penilaian kami. Nomor 1 dan 6 pun penilaian kami: #iklan adalah contoh kami, dan #ad disebut IDN Times untuk aturan FTC di Amerika Serikat, bukan untuk Indonesia.

Alasan lengkap untuk setiap keterangan: tempel kode ini di sel baru lalu jalankan.

```python
captions_table(LANG, answers=True)
```
""",
        en="""
In short: 1, 3 and 6 are disclosed; 2 and 7 are
not; 4 and 8 are unclear; 5 needs nothing. Numbers 4 and 8 cause the most debate: our
sources do not judge a thank-you or the word *collaboration*, so *unclear* is our own
judgement. Numbers 1 and 6 are our judgement too: #iklan is our own example, and IDN Times names #ad for the US FTC's rules, not for Indonesia.

The full reasons for every caption: paste this code into a new cell and run it.

```python
captions_table(LANG, answers=True)
```
""",
    ),
    md(
        id="""
## Pencari penanda

Ketik atau tempel keterangan unggahan (tekan di luar kotak setelah selesai). Pencari ini
mengenali #ad dan *paid partnership* (disebut IDN Times untuk aturan FTC) serta beberapa
contoh kami, misalnya #iklan dan #sponsored. Pencari ini tidak memahami kalimat: ‘bukan iklan’ pun dihitung sebagai penanda. Sumber kita tidak menyebut tagar
tertentu yang wajib dipakai di Indonesia.
""",
        en="""
## Marker finder

Type or paste a caption (click outside the box when done). The finder knows #ad and
*paid partnership* (named by IDN Times for the FTC's rules) and a few Indonesian
examples of ours (and #sponsored), such as #iklan. The finder does not read sentences: even ‘bukan iklan’ (not an ad) counts as a marker. Our sources name no particular hashtag that must be
used in Indonesia.
""",
    ),
    code('CaptionChecker(LANG, caption="Kolaborasi bareng @mieenak 🍜 #collab")'),
    exercise(
        id="""
Tulis ulang keterangan nomor 7 supaya pembaca tahu bahwa influencer mendapat komisi,
lalu periksa dengan pencari penanda. Apakah pencari itu bisa menilai apakah tulisan Anda
cukup jelas?
""",
        en="""
Rewrite caption 7 so that readers know the influencer earns a commission, then check
it with the finder. Can the finder judge whether your wording is clear enough?
""",
    ),
    answer(
        id="""
Misalnya: *#iklan Yang nanya link, ini ya: pakai kode RIA biar dapat potongan di
@tokobaju; aku dapat komisi dari setiap pembelian.* Pencari menemukan #iklan. Tetapi ia
hanya mencari kata: ia tidak tahu apakah unggahan dibayar dan tidak menilai apakah
pembaca akan memperhatikan penandanya. Penilaian itu tetap tugas manusia.
""",
        en="""
For instance: *#iklan Here's the link you asked for: use code RIA for a discount at
@tokobaju; I earn a commission on every purchase.* The finder finds #iklan. But it only
looks for words: it cannot know whether the post was paid, nor judge whether readers
will notice the marker. That judgement stays with people.
""",
    ),
    md(
        id="""
## Ringkasan

- Menurut uraian sekunder di *Dharmasisya*, Etika Pariwara Indonesia meminta endorsement
  berbayar dinyatakan jelas; menurut Asumsi.co (juga sekunder), UU No. 8 Tahun 1999 meminta barang sesuai
  iklannya.
- Dalam praktik, endorsement di Indonesia sering tidak diungkapkan (Prihandani & Marlyna
  2019).
- Menurut IDN Times (berita, sekunder), FTC mewajibkan penanda seperti #ad, juga untuk produk gratis, dan ASA
  menurunkan unggahan yang tidak diungkapkan.
- Ini ringkasan sumber, bukan nasihat hukum; untuk kampanye sungguhan, baca aturannya
  langsung.

## Sumber yang dipakai notebook ini
""",
        en="""
## Summary

- According to a secondary description in *Dharmasisya*, the Indonesian advertising
  ethics code asks that a paid endorsement be clearly stated; according to Asumsi.co,
  Law No. 8 of 1999 asks that goods match their ads (also secondary).
- In practice, endorsements in Indonesia are often not disclosed (Prihandani & Marlyna
  2019).
- According to IDN Times (news, secondary), the FTC requires markers such as #ad, for free products too,
  and the ASA takes down undisclosed posts.
- This sums up sources; it is not legal advice. For a real campaign, read the rules
  themselves.

## Sources used in this notebook
""",
    ),
    code('citations_table("12", LANG)'),
]
