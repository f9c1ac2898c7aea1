# Source of notebooks/{id,en}/06_harmony_macro_vs_micro.ipynb. Build with: make notebooks

CELLS = [
    md(
        id="""
# Makro vs mikro: cara pandang Harmony

Artikel Harmony (Fina Pratiwi, diperbarui Juni 2021) berjudul “Macro Influencer VS Micro
Influencer, Mana yang Anda Pilih?” Artikel ini hanya membahas dua tingkatan, masing-masing
dengan kelebihan dan kekurangannya, tanpa angka tingkat keterlibatan.
""",
        en="""
# Macro vs micro: the Harmony view

Harmony's article (Fina Pratiwi, updated June 2021) asks “Macro Influencer VS Micro
Influencer, Mana yang Anda Pilih?” (which do you choose?). It covers just two tiers,
each with pros and cons, and gives no engagement-rate figures.
""",
    ),
    md(
        id="""
## Tujuan belajar

- Membaca skema dua tingkatan Harmony dan tabel kelebihan/kekurangannya.
- Memetakan tingkatan Harmony ke tingkatan Partipost.
- Membedakan isi artikel dari kesimpulan kami sendiri.
- Menguji klaim Harmony dengan dua penelitian yang sudah ditelaah sejawat, beserta batas kedua penelitian itu.

Waktu: ± 30 menit, ditambah ± 10 menit untuk tugas penerapan (bisa dijadikan PR). Baca dulu: 03 dan 04.
""",
        en="""
## Learning goals

- Read Harmony's two-tier scheme and its pros-and-cons table.
- Map Harmony's tiers onto Partipost's.
- Tell the article's words from our own conclusions.
- Hold Harmony's claims against two peer-reviewed studies, with their limits.

Time: about 30 minutes, plus about 10 for the transfer task (it can be homework). Read first: 03 and 04.
""",
    ),
    setup(),
    code("""
from influtier_lite import (SCHEMES, Table, TaxonomyComparison, citations_table, text, tier_range_text,
                           tier_table)

tier_table("harmony", LANG)
"""),
    md(
        id="""
## Kelebihan dan kekurangan menurut Harmony

| Aspek | Makro (> 100.000) | Mikro (1.000–100.000) |
|---|---|---|
| Jangkauan | “bisa menjangkau lebih luas” | “jangkauan yang lebih sedikit” |
| Risiko | “lebih minim karena macro influencer memiliki pengalaman yang cukup” | artikel tidak membahas |
| Biaya | “biaya yang dipatok cukup tinggi” (ditulis sebagai kekurangan) | “juga lebih terjangkau”, dalam paragraf tersendiri sesudah kekurangan: pendapatan influencer “tidak sebanyak makro influencer”; tidak disebut kelebihan atau kekurangan |
| Kredibilitas | konsumen “biasanya meragukan kredibilitas” promosinya | bisa tampil “lebih bebas”, sehingga kepercayaan pengikut “biasanya memang lebih tinggi” (lihat baris berikut) |
| Kepercayaan | artikel tidak membahas | “tingkat kepercayaan followers” “biasanya memang lebih tinggi”; “benar-benar menggunakan produk” |
| Siapa mereka, niche | “lebih ditujukan untuk vlogger atau selebritas” | “paham mengenai suatu bidang khusus”; menyasar “audiens tertentu saja” |

Pada kotak tabel yang bertuliskan *artikel tidak membahas*, artikelnya memang tidak berkata apa-apa: jangan mengisinya dengan tebakan.

## Apa kata penelitian?

Harmony tidak menyebut dasar klaimnya bahwa kepercayaan pengikut kepada micro influencer
biasanya lebih tinggi, atau bahwa konsumen biasanya meragukan promosi macro influencer. Dua
penelitian yang sudah ditelaah sejawat (*peer-reviewed*) menguji pertanyaan yang mirip.
Kami hanya punya ringkasan abstraknya, jadi jangan menarik kesimpulan yang lebih kuat
daripada ringkasan ini:

- **De Veirman, Cauberghe & Hudders (2017)**, dua eksperimen dengan mahasiswa di Belgia.
  Influencer yang pengikutnya banyak lebih disukai, sebagian karena tampak lebih populer.
  Namun, hanya dalam kasus terbatas jumlah pengikut menaikkan kesan bahwa influencer itu
  pemimpin opini. Untuk produk yang tidak biasa, influencer berpengikut banyak justru
  menurunkan kesan keunikan brand dan sikap terhadap brand.
- **Belanche, Flavián & Ibáñez-Sánchez (2020)**: kecocokan influencer dengan produk
  membuat pengguna mencari informasi tentang produknya, tetapi tidak mengubah niat mereka
  berinteraksi dengan influencer itu. Reaksinya berbeda antara pengikut dan bukan pengikut,
  dan juga bergantung pada seberapa penting produk itu bagi mereka (*product involvement*).

Apa artinya bagi Harmony? Menurut ringkasan ini, penelitian pertama tidak mengukur
kepercayaan atau kredibilitas persis seperti yang ditulis Harmony. Yang diukurnya adalah
seberapa disukai influencernya, kesan sebagai pemimpin opini, dan sikap terhadap brand.
Jadi, penelitian itu tidak membenarkan dan tidak pula membantah Harmony secara langsung.
Yang ditunjukkannya: pengikut yang banyak tidak selalu merugikan dan tidak selalu
menguntungkan; hasilnya antara lain bergantung pada produknya. Penelitian kedua menyentuh
soal *niche*. Harmony menulis bahwa micro influencer “paham mengenai suatu bidang khusus”,
tetapi menurut ringkasan ini, kecocokan dengan produk belum tentu membuat orang lebih
ingin berinteraksi dengan influencernya. Menurut ringkasan kami, tidak satu pun dari
kedua penelitian itu membandingkan tingkatan nano, mikro, makro, dan mega seperti yang
dilakukan kedua artikel.

Sebutkan batas kedua penelitian ini di kelas:

- De Veirman dkk.: eksperimen (bukan kampanye sungguhan), pesertanya mahasiswa, di satu
  negara (Belgia), dan terbit tahun 2017. Hasilnya belum tentu sama bagi pembeli di
  Indonesia sekarang.
- Belanche dkk.: juga eksperimen. Menurut abstraknya di laman penerbit (Emerald), datanya
  dikumpulkan secara daring dari pengguna Instagram yang sudah mengenal seorang influencer
  populer, dalam kampanye pemasaran fesyen; yang diubah-ubah adalah jenis foto yang
  diunggah influencer itu. Abstrak itu tidak menyebut negara maupun jumlah pesertanya
  (para penulisnya berasal dari Universitas Zaragoza, Spanyol). Jadi, hasilnya belum tentu berlaku
  untuk produk lain atau untuk audiens di Indonesia. Bacalah makalahnya (tautannya ada di
  daftar sumber di akhir notebook ini) sebelum mengutipnya lebih jauh.
""",
        en="""
## Pros and cons according to Harmony

| Aspect | Macro (> 100,000) | Micro (1,000–100,000) |
|---|---|---|
| Reach | “bisa menjangkau lebih luas” (a wider reach) | “jangkauan yang lebih sedikit” (a smaller reach) |
| Risk | “lebih minim karena macro influencer memiliki pengalaman yang cukup” (lower, thanks to experience) | the article does not say |
| Cost | “biaya yang dipatok cukup tinggi” (a fairly high fee; written as a weakness) | “juga lebih terjangkau” (also more affordable), in a paragraph of its own after the weaknesses: the influencer's income is “tidak sebanyak makro influencer” (not as much as a macro influencer's); called neither a strength nor a weakness |
| Credibility | consumers “biasanya meragukan kredibilitas” (usually doubt the credibility) of the promotion | can present themselves “lebih bebas” (more freely), so followers' trust is “biasanya memang lebih tinggi” (usually higher; next row) |
| Trust | the article does not say | “tingkat kepercayaan followers” (followers' trust) “biasanya memang lebih tinggi” (is usually higher); “benar-benar menggunakan produk” (really use the products) |
| Who, niche | “lebih ditujukan untuk vlogger atau selebritas” (mostly vloggers or celebrities) | “paham mengenai suatu bidang khusus” (know a special field); aim at “audiens tertentu saja” (particular audiences only) |

Where a cell says *the article does not say*, the article is silent: do not fill it
with guesses.

## What does research say?

Harmony does not say how it knows that followers usually trust micro influencers more, or
that consumers usually doubt macro influencers' promotion. Two peer-reviewed studies test similar
questions. We have only a summary of their abstracts, so read their results no more
strongly than this summary:

- **De Veirman, Cauberghe & Hudders (2017)**, two experiments with students in Belgium.
  Influencers with many followers were found more likeable, partly because they seemed
  more popular. But follower count raised the impression of opinion leadership only in
  limited cases. For unusual products, a high-follower influencer lowered perceived brand
  uniqueness and brand attitude.
- **Belanche, Flavián & Ibáñez-Sánchez (2020)**: influencer-product fit made users look
  for product information but did not change their intention to interact with the
  influencer. Reactions differed for followers and non-followers, and by product
  involvement (how much the product matters to them).

What does this mean for Harmony? As summarised, the first study does not measure trust or
credibility exactly as Harmony writes about them. It measures likeability, perceived opinion
leadership and brand attitude. So it neither confirms nor refutes Harmony directly. What it
shows is that many followers are not always a drawback and not always an advantage: it
depends, among other things, on the product. The second study touches on niches: Harmony writes that micro
influencers “paham mengenai suatu bidang khusus” (know a special field), but in this
summary a good fit with the product does not by itself make people want to interact more
with the influencer. As far as our summary says, neither study compares nano, micro, macro
and mega tiers the way the two articles do.

Their limits, to say in class:

- De Veirman et al.: experiments (not real campaigns), with students, in one country
  (Belgium), and from 2017. The results may not hold for shoppers in Indonesia today.
- Belanche et al.: also an experiment. According to its abstract on the publisher's page
  (Emerald), the data came from online participants, Instagram users who already knew a
  popular influencer, in a fashion marketing campaign; what varied was the type of picture
  the influencer posted. The abstract gives neither the participants' country nor their
  number (the authors are at the University of Zaragoza, Spain). So the results may not hold
  for other products or for audiences in Indonesia. Read the paper (linked in the sources at
  the end of this notebook) before citing it further.
""",
    ),
    md(
        id="""
## Memetakan dua tingkatan Harmony ke empat tingkatan Partipost

Sel berikut menghitung bagian rentang Partipost mana saja yang tercakup oleh setiap
tingkatan Harmony.
""",
        en="""
## How Harmony's two tiers map onto Partipost's four

The next cell works out, for each Harmony tier, which part of each Partipost range it
covers.
""",
    ),
    code("""
partipost, harmony = SCHEMES["partipost"], SCHEMES["harmony"]
rows = []
for h in harmony.tiers:
    for p in partipost.tiers:
        low = max(h.min_followers, p.min_followers)
        high = min(h.max_followers or float("inf"), p.max_followers or float("inf"))
        if low < high:
            rows.append([f"{h.name(LANG)} ({tier_range_text(h, LANG)})", f"{p.name(LANG)} ({tier_range_text(p, LANG)})"])
Table(["Harmony", "Partipost"], rows)
"""),
    md(
        id="""
Jadi, mikro Harmony mencakup nano Partipost mulai 1.000, seluruh mikro, dan seluruh
makro; makro Harmony sama dengan mega Partipost. Geser *slider* di bawah untuk
membandingkan jawaban semua sumber untuk satu jumlah pengikut.
""",
        en="""
So Harmony's micro covers Partipost's nano from 1,000 on, all of its micro and all of its
macro; Harmony's macro is Partipost's mega. Move the slider below to compare every
source's answer for one count.
""",
    ),
    code("TaxonomyComparison(lang=LANG, followers=50_000)"),
    exercise(
        id="""
Seorang pemilik usaha kecil membaca Harmony dan memutuskan memakai “micro influencer”.
Agensinya memakai skema Partipost. Kesalahpahaman apa yang bisa terjadi di antara mereka?
""",
        en="""
A small-business owner reads Harmony and decides to hire *micro influencers*. The agency
uses Partipost's scheme. What could they misunderstand?
""",
    ),
    answer(
        id="""
Pemilik usaha membayangkan akun 1.000–100.000 pengikut; agensi membayangkan
5.000–30.000. Akun dengan 60.000 pengikut adalah *mikro* bagi pemilik usaha, tetapi
*makro* bagi agensi (menurut Partipost, tingkatan yang bisa dipertimbangkan bila anggaran
besar, dengan tingkat keterlibatan 1–3%). Sepakati skema dan angkanya sebelum membicarakan
harga.
""",
        en="""
The owner pictures accounts with 1,000–100,000 followers; the agency pictures
5,000–30,000. An account with 60,000 followers is *micro* to the owner but *macro* to the
agency (according to Partipost, a tier worth considering with a large budget, with a 1–3%
engagement rate). Agree on the scheme and the numbers before talking about price.
""",
    ),
    exercise(
        id="""
**Tugas penerapan** (± 10 menit, jawaban terbuka)

Sebuah agensi (rekaan) menawarkan kampanye kepada *Batik Sekar* (brand rekaan), pembuat
batik tulis bermotif kontemporer di Yogyakarta. Materi presentasinya menulis: *Penelitian
membuktikan micro influencer selalu lebih dipercaya daripada macro influencer. Jadi, pakai
mikro saja.* Pemilik Batik Sekar meminta pendapat Anda. Tulis komentar empat atau lima
kalimat: apa yang sebenarnya ditulis Harmony, apa yang ditunjukkan dan tidak ditunjukkan
kedua penelitian, dan apa yang sebaiknya ditanyakan kepada agensi.
""",
        en="""
**Transfer task** (about 10 minutes, open answer)

An agency (made up) pitches a campaign to *Batik Sekar* (a made-up brand), a maker of
hand-drawn batik with contemporary patterns in Yogyakarta. Its slides say: *Research proves
that micro influencers are always trusted more than macro influencers. So use micro only.*
The owner of Batik Sekar asks for your opinion. Write a comment of four or five sentences:
what Harmony actually writes, what the two studies do and do not show, and what to ask the
agency.
""",
    ),
    answer(
        id="""
**Rubrik.** Jawaban yang baik:

1. **Harmony apa adanya.** Harmony menulis bahwa kepercayaan pengikut kepada micro
   influencer “biasanya memang lebih tinggi”: *biasanya*, bukan *selalu*, dan tanpa sumber.
   Artikelnya terbit di blog perusahaan perangkat lunak akuntansi.
2. **Penelitian yang tidak dilebih-lebihkan.** De Veirman dkk. (2017): pengikut banyak
   membuat influencer lebih disukai, tetapi untuk produk yang tidak biasa justru menurunkan
   sikap terhadap brand; eksperimennya dengan mahasiswa di Belgia, dan menurut ringkasan
   abstraknya tidak mengukur kepercayaan seperti yang ditulis Harmony. Belanche dkk. (2020):
   kecocokan dengan produk membuat orang mencari informasi produk, tetapi tidak mengubah niat
   berinteraksi. Menurut ringkasan kami, tidak satu pun membandingkan tingkatan, jadi
   *penelitian membuktikan ... selalu* terlalu kuat.
3. **Mengaitkan dengan produknya.** Bila motif kontemporer Batik Sekar termasuk produk *tidak
   biasa*, De Veirman dkk. memberi satu alasan untuk berhati-hati dengan akun berpengikut
   banyak, tetapi hanya dari eksperimen dengan mahasiswa di Belgia (2017): alasan untuk
   mencoba akun yang lebih kecil, bukan bukti.
4. **Pertanyaan untuk agensi.** Penelitian mana yang dimaksud; mikro yang mana (Harmony
   1.000–100.000 atau Partipost 5.000–30.000); dan apa tujuan kampanyenya.

**Contoh jawaban yang baik** (satu dari banyak kemungkinan):

> Klaim itu lebih kuat daripada sumbernya. Harmony hanya menulis bahwa kepercayaan pengikut
> kepada micro influencer “biasanya memang lebih tinggi”, tanpa menyebut sumber, dan artikel
> itu terbit di blog perusahaan perangkat lunak akuntansi. Menurut ringkasan abstraknya, dua
> penelitian di notebook ini tidak membandingkan tingkatan dan tidak mengukur kepercayaan
> seperti itu: De Veirman dkk. (2017)
> menemukan bahwa influencer berpengikut banyak lebih disukai, meskipun untuk produk yang
> tidak biasa mereka menurunkan sikap terhadap brand; itu pun eksperimen dengan mahasiswa di
> Belgia. Kalau motif kontemporer kita termasuk *tidak biasa*, itu satu alasan untuk mencoba
> akun kecil lebih dulu, bukan bukti. Tanyakan kepada agensi penelitian mana yang mereka
> maksud, mikro menurut skema siapa, dan bagaimana mereka akan mengukur hasilnya.
""",
        en="""
**Rubric.** A good answer:

1. **Harmony as it is.** Harmony writes that followers' trust in micro influencers is
   “biasanya memang lebih tinggi” (usually higher): *usually*, not *always*, and with no
   source. The article appeared on an accounting-software company's blog.
2. **Research, not overstated.** De Veirman et al. (2017): many followers made influencers
   more likeable, but for unusual products lowered brand attitude; experiments with
   students in Belgium which, as their abstract is summarised, do not measure trust as
   Harmony writes about it. Belanche et al. (2020): fit with the product made people look
   for product information but did not change their intention to interact. As far as our
   summary says, neither compares tiers, so *research proves ... always* is too strong.
3. **Links it to the product.** If Batik Sekar's contemporary patterns count as an
   *unusual* product, De Veirman et al. give one reason for caution with high-follower
   accounts, but only from experiments with students in Belgium (2017): a reason to try
   smaller accounts, not proof.
4. **Questions for the agency.** Which research it means; which micro (Harmony's
   1,000–100,000 or Partipost's 5,000–30,000); and what the campaign's objective is.

**An example of a good answer** (one of many):

> The claim is stronger than its source. Harmony writes only that followers' trust in micro
> influencers is “biasanya memang lebih tinggi” (usually higher), without a source, and
> the article appeared on an accounting-software company's blog. As their abstracts are
> summarised, the two studies in this notebook neither compare tiers nor measure trust in
> that way: De Veirman et al. (2017) found that
> influencers with many followers were more likeable, although for unusual products they
> lowered brand attitude, and those were experiments with students in Belgium. If our
> contemporary patterns count as *unusual*, that is one reason to try smaller accounts
> first, not proof. Ask the agency which research it means, whose micro it uses, and how it
> will measure the results.
""",
    ),
    md(
        id="""
## Ringkasan

- Harmony: dua tingkatan, mikro 1.000–100.000 dan makro di atas 100.000.
- Makro: jangkauan lebih luas dan risiko kerja sama yang “lebih minim”, tetapi biayanya
  cukup tinggi dan konsumen biasanya meragukan kredibilitas promosinya. Mikro: kepercayaan
  pengikut biasanya lebih tinggi, tetapi jangkauannya lebih sempit; biayanya juga lebih
  terjangkau, sehingga pendapatan influencer tidak sebanyak makro (Harmony tidak
  menyebutnya kelebihan atau kekurangan).
- Penelitian tidak begitu saja membenarkan klaim semacam ini: pengikut banyak bisa membuat
  influencer lebih disukai, tetapi untuk produk yang tidak biasa bisa menurunkan sikap
  terhadap brand (eksperimen dengan mahasiswa di Belgia, 2017).
- Mikro Harmony = nano (mulai 1.000) + mikro + makro Partipost; makro Harmony = mega
  Partipost.

## Sumber di luar artikel
""",
        en="""
## Summary

- Harmony: two tiers, micro 1,000–100,000 and macro above 100,000.
- Macro: a wider reach and a risk that is “lebih minim” (lower), but a fairly high fee,
  and consumers usually doubt the credibility of its promotion. Micro: usually trusted more
  by followers, but a smaller reach; it is also more affordable, so the influencer earns
  less than a macro one (Harmony calls this neither a strength nor a weakness).
- Research does not simply confirm claims like these: many followers can make an
  influencer more likeable, yet lower brand attitude for an unusual product (experiments
  with students in Belgium, 2017).
- Harmony's micro = Partipost's nano (from 1,000) + micro + macro; Harmony's macro =
  Partipost's mega.

## Sources beyond the articles
""",
    ),
    code('citations_table("06", LANG)'),
]
