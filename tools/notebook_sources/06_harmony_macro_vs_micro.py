# Source of notebooks/{id,en}/06_harmony_macro_vs_micro.ipynb. Build with: make notebooks

CELLS = [
    md(
        id="""
# Makro vs mikro: cara pandang Harmony

Artikel Harmony (Fina Pratiwi, diperbarui Juni 2021) bertanya: “Macro Influencer VS Micro
Influencer, Mana yang Anda Pilih?”. Jawabannya berupa dua tingkatan saja, dengan
kelebihan dan kekurangan masing-masing, tanpa angka tingkat keterlibatan.
""",
        en="""
# Macro vs micro: the Harmony view

Harmony's article (Fina Pratiwi, updated June 2021) asks “Macro Influencer VS Micro
Influencer, Mana yang Anda Pilih?” (which do you choose?). Its answer is just two tiers,
each with pros and cons, and no engagement-rate figures.
""",
    ),
    md(
        id="""
## Tujuan belajar

- Membaca skema dua tingkatan Harmony dan tabel kelebihan/kekurangannya.
- Memetakan tingkatan Harmony ke tingkatan Partipost.
- Membedakan pernyataan artikel dari kesimpulan kami sendiri.

Waktu: ± 20 menit. Baca dulu: 03 dan 04.
""",
        en="""
## Learning goals

- Read Harmony's two-tier scheme and its pros-and-cons table.
- Map Harmony's tiers onto Partipost's.
- Tell the article's words from our own conclusions.

Time: about 20 minutes. Read first: 03 and 04.
""",
    ),
    setup(),
    code("""
from influtier_lite import SCHEMES
from influtier_lite.compare import TaxonomyComparison
from influtier_lite.i18n import text
from influtier_lite.report import tier_range_text, tier_table
from influtier_lite.table import Table

tier_table("harmony", LANG)
"""),
    md(
        id="""
## Kelebihan dan kekurangan menurut Harmony

| Aspek | Makro (> 100.000) | Mikro (1.000–100.000) |
|---|---|---|
| Jangkauan | “bisa menjangkau lebih luas” | “jangkauan yang lebih sedikit” |
| Risiko | “lebih minim karena macro influencer memiliki pengalaman yang cukup” | artikel tidak membahas |
| Biaya | “biaya yang dipatok cukup tinggi” | “lebih terjangkau”, tetapi ditulis di paragraf kekurangan: pendapatan influencer “tidak sebanyak makro influencer” |
| Kredibilitas | konsumen “biasanya meragukan kredibilitas” promosinya | bisa tampil “lebih bebas”, sehingga lebih dipercaya (baris berikut) |
| Kepercayaan | artikel tidak membahas | “tingkat kepercayaan followers” lebih tinggi; “benar-benar menggunakan produk” |
| Niche | “lebih ditujukan untuk vlogger atau selebritas” | “paham mengenai suatu bidang khusus”; menyasar “audiens tertentu saja” |

Sel bertuliskan *artikel tidak membahas* sengaja tidak diisi: jangan mengisinya dengan tebakan.
""",
        en="""
## Pros and cons according to Harmony

| Aspect | Macro (> 100,000) | Micro (1,000–100,000) |
|---|---|---|
| Reach | “bisa menjangkau lebih luas” (a wider reach) | “jangkauan yang lebih sedikit” (a smaller reach) |
| Risk | “lebih minim karena macro influencer memiliki pengalaman yang cukup” (lower, thanks to experience) | the article does not say |
| Cost | “biaya yang dipatok cukup tinggi” (a fairly high fee) | “lebih terjangkau” (more affordable), written in the weaknesses paragraph: the influencer's income is “tidak sebanyak makro influencer” (not as much as a macro influencer's) |
| Credibility | consumers “biasanya meragukan kredibilitas” (usually doubt the credibility) of the promotion | can present themselves “lebih bebas” (more freely), and so are trusted more (next row) |
| Trust | the article does not say | higher “tingkat kepercayaan followers” (followers' trust); “benar-benar menggunakan produk” (really use the products) |
| Niche | “lebih ditujukan untuk vlogger atau selebritas” (mostly vloggers or celebrities) | “paham mengenai suatu bidang khusus” (know a special field); aim at “audiens tertentu saja” (particular audiences only) |

The cells that say *the article does not say* are left empty on purpose: do not fill
them with guesses.
""",
    ),
    md(
        id="""
## Bagaimana dua tingkatan Harmony dipetakan ke empat tingkatan Partipost

Sel berikut menghitung, untuk setiap tingkatan Harmony, bagian mana dari rentang
Partipost yang tercakup.
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
Jadi mikro Harmony mencakup nano Partipost mulai 1.000, seluruh mikro, dan seluruh
makro; makro Harmony sama dengan mega Partipost. Geser *slider* di bawah untuk
membandingkan jawaban semua sumber pada satu angka.
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
5.000–30.000. Akun dengan 60.000 pengikut adalah *mikro* bagi pemilik usaha tetapi
*makro* (lebih mahal, tingkat keterlibatan 1–3%) bagi agensi. Sepakati skema dan angka sebelum
membicarakan harga.
""",
        en="""
The owner pictures accounts with 1,000–100,000 followers; the agency pictures
5,000–30,000. An account with 60,000 followers is *micro* to the owner but *macro*
(pricier, 1–3% engagement) to the agency. Agree on the scheme and the numbers before
talking about price.
""",
    ),
    md(
        id="""
## Ringkasan

- Harmony: dua tingkatan, mikro 1.000–100.000 dan makro di atas 100.000.
- Makro: jangkauan luas dan risiko kecil, tetapi biayanya cukup tinggi dan konsumen
  biasanya meragukan kredibilitas promosinya. Mikro: kepercayaan pengikut biasanya lebih
  tinggi, tetapi jangkauannya lebih sedikit; biayanya lebih terjangkau, yang Harmony
  tulis sebagai kekurangan dari sisi pendapatan influencer.
- Mikro Harmony = nano (mulai 1.000) + mikro + makro Partipost; makro Harmony = mega
  Partipost.
""",
        en="""
## Summary

- Harmony: two tiers, micro 1,000–100,000 and macro above 100,000.
- Macro: wide reach and low risk, but a fairly high fee, and consumers usually doubt the
  credibility of its promotion. Micro: usually trusted more by followers, but a smaller
  reach; its lower cost Harmony lists as a weakness, for the influencer's income.
- Harmony's micro = Partipost's nano (from 1,000) + micro + macro; Harmony's macro =
  Partipost's mega.
""",
    ),
]
