# Source of notebooks/{id,en}/09_campaign_planner.ipynb. Build with: make notebooks

CELLS = [
    md(
        id="""
# Merencanakan kampanye

Partipost menutup pembahasan makro dengan saran: “Anda juga dapat mengombinasikan kerja
sama antara macro influencer dengan nano dan micro influencer untuk hasil yang lebih
signifikan!” Notebook ini membantu menghitung campuran seperti itu: berapa jangkauannya, berapa
interaksinya, dan berapa biaya per interaksinya.

**Penting:** kedua artikel tidak memberi harga. Biaya per unggahan, jumlah pengikut tiap
influencer, dan persentase pengikut yang melihat unggahan adalah **asumsi Anda**. Angka awalnya
contoh latihan dari kami (`data/campaign_assumptions.csv`), bukan harga pasar.
Ganti dengan *rate card* yang Anda terima.
""",
        en="""
# Planning a campaign

Partipost ends its section on macro influencers with advice: “Anda juga dapat
mengombinasikan kerja sama antara macro influencer dengan nano dan micro influencer untuk
hasil yang lebih signifikan!” (you can combine macro influencers with nano and micro
influencers for a more significant result). This notebook works out such a mix: how much
reach, how many engagements, and the cost per engagement.

**Important:** neither article gives prices. The cost per post, the followers of each
influencer and the share of followers who see a post are **your assumptions**. The
starting values are our examples for practice (`data/campaign_assumptions.csv`), not
market prices. Replace them with the rate cards you are quoted.
""",
    ),
    md(
        id="""
## Tujuan belajar

- Menyusun campuran tingkatan untuk sebuah anggaran dan melihat perkiraan interaksinya.
- Membedakan angka artikel dari asumsi Anda sendiri (biaya, pengikut, jangkauan).
- Menghitung biaya per interaksi dan memahami keterbatasannya.

Waktu: ± 30 menit, ditambah ± 10 menit untuk tugas penerapan (bisa dijadikan PR). Baca dulu: notebook 02–05 dan 08.
""",
        en="""
## Learning goals

- Put together a mix of tiers for a budget and see the engagements to expect.
- Tell the articles' numbers from your own assumptions (costs, followers, reach).
- Compute the cost per engagement and know its limits.

Time: about 30 minutes, plus about 10 for the transfer task (it can be homework). Read first: notebooks 02–05 and 08.
""",
    ),
    setup(),
    code("""
from influtier_lite import (SCHEMES, CampaignPlanner, Paragraphs, Table, format_percent,
                           load_campaign_assumptions, plan_campaign, plan_figure, planning_rate, text)

Table([text("col_tier", LANG), text("engagement_rate", LANG)],
      [[tier.name(LANG), format_percent(planning_rate(tier.key), LANG)] for tier in SCHEMES["partipost"].tiers],
      align_right=[text("engagement_rate", LANG)])
"""),
    md(
        id="""
Tabel di atas berisi tingkat keterlibatan yang dipakai perencana: nilai tengah rentang
Partipost (7–10% menjadi 8,5%), dan “sekitar 1%” untuk mega. Mengambil nilai tengah adalah
pilihan kami, bukan saran artikel.

## Perencana

Pilih tujuan, atur anggaran, lalu atur jumlah influencer, pengikut, dan biaya per
unggahan untuk setiap tingkatan. Tabel dan gambar langsung berubah.

- **Jangkauan** = influencer × pengikut × persentase pengikut yang melihat (dengan anggapan
  audiens mereka tidak tumpang tindih).
- **Interaksi** = influencer × unggahan × pengikut × tingkat keterlibatan.
- **Biaya per interaksi** = biaya ÷ interaksi.

Persentase pengikut yang melihat dimulai dari 100%, **batas atas teoretis**: setiap pengikut
melihat setiap unggahan. Itu asumsi kami, bukan angka yang lazim, dan kami tidak punya sumber
untuk angka yang lebih rendah. Jadi, jangkauan di tabel adalah batas atas; geser *slider*-nya
untuk melihat jangkauan dengan persentase yang lebih rendah. Notebook 13 membahas ukuran biaya
lainnya.
""",
        en="""
The figures above are the engagement rates the planner uses: the middle of Partipost's
band (7–10% becomes 8.5%), and “sekitar 1%” (about 1%) for mega. Taking the middle is
our choice, not the article's advice.

## Planner

Choose an objective, set the budget, then set the number of influencers, their
followers and the cost per post for each tier. The table and the figure update at once.

- **Reach** = influencers × followers × share who see a post (assuming their audiences
  do not overlap).
- **Engagements** = influencers × posts × followers × engagement rate.
- **Cost per engagement** = cost ÷ engagements.

The share of followers who see a post starts at 100%, the **theoretical upper bound**: every
follower sees every post. That is our assumption, not a typical figure, and we have no
source for a lower one. So the reach in the table is an upper bound; move the slider to see
the reach with a lower share. Notebook 13 covers other cost measures.
""",
    ),
    code("CampaignPlanner(lang=LANG, budget=50_000_000)"),
    md(
        id="""
## Tanpa *slider*

Fungsi yang sama bisa dipanggil langsung, misalnya untuk membandingkan dua rencana dengan
anggaran Rp 100 juta: satu akun mega, atau campuran makro, mikro, dan nano. Kalau tidak diatur
lain, fungsi ini menganggap 100% pengikut melihat unggahan, jadi jangkauannya juga batas atas.
""",
        en="""
## Without sliders

The same function can be called directly, for instance to compare two plans for a
Rp 100 million budget: one mega account, or a mix of macro, micro and nano. Unless told
otherwise, it uses 100% of followers seeing each post, so its reach is an upper bound too.
""",
    ),
    code("""
example = load_campaign_assumptions()
followers = {key: row["followers"] for key, row in example.items()}
cost = {key: row["cost_per_post"] for key, row in example.items()}
one_mega = plan_campaign({"mega": 1}, cost, followers, budget=100_000_000)
mix = plan_campaign({"macro": 4, "micro": 10, "nano": 40}, cost, followers, budget=100_000_000)
display(Paragraphs(one_mega.budget_line(LANG)))
one_mega.table(LANG)
"""),
    code("""
display(Paragraphs(mix.budget_line(LANG)))
mix.table(LANG)
"""),
    code("plan_figure(mix, LANG)"),
    exercise(
        id="""
Dengan asumsi contoh kami, campuran mana yang memberi biaya per interaksi terendah untuk
anggaran Rp 100 juta? Lalu ubah biaya per unggahan nano menjadi Rp 1,5 juta: apakah
jawabannya berubah?
""",
        en="""
With our example assumptions, which mix gives the lowest cost per engagement for a
Rp 100 million budget? Then change the nano cost per post to Rp 1.5 million: does the
answer change?
""",
    ),
    hint(
        id="Bandingkan kolom **Biaya per interaksi** tiap tingkatan: itulah yang menentukan.",
        en="Compare the **Cost per engagement** column of each tier: that is what decides it.",
    ),
    answer(
        id="""
Dengan angka contoh, nano paling murah per interaksi (Rp 500.000 ÷ 255 interaksi ≈
Rp 1.961), lalu mikro (≈ Rp 3.333), makro (≈ Rp 6.250), mega (Rp 8.000). Pada Rp 1,5 juta
per unggahan, nano menjadi ≈ Rp 5.882 per interaksi, lebih mahal daripada mikro. Kesimpulan
*nano paling efisien* sepenuhnya bergantung pada harga yang Anda asumsikan, padahal kedua artikel
tidak memberi harga.
""",
        en="""
With the example values, nano is the cheapest per engagement (Rp 500,000 ÷ 255
engagements ≈ Rp 1,961), then micro (≈ Rp 3,333), macro (≈ Rp 6,250), mega (Rp 8,000). At
Rp 1.5 million per post, nano becomes ≈ Rp 5,882 per engagement, dearer than micro. The
conclusion *nano is the most efficient* rests entirely on the prices you assume, and the
articles give none.
""",
    ),
    exercise(
        id="""
**Tugas penerapan** (± 10 menit, jawaban terbuka)

*Sepatu Langkah*, brand sepatu lokal rekaan dari Bandung, akan meluncurkan model baru
dengan anggaran Rp 100 juta. Tujuannya: makin dikenal orang, lalu meraih penjualan pertama.
Susun campuran tingkatan dengan perencana di atas, lalu tulis untuk klien rekomendasi empat
sampai enam kalimat yang **membela** campuran itu: apa isinya, mengapa tingkatan itu cocok
untuk tujuannya, angka apa yang dihasilkan perencana dan mana yang hanya asumsi, serta satu
risikonya.
""",
        en="""
**Transfer task** (about 10 minutes, open answer)

*Sepatu Langkah* (a made-up brand), a local shoe brand from Bandung, is launching a new
model with a Rp 100 million budget. The objective: to become better known, then to make its
first sales. Build a mix of tiers in the planner above, then write the client a recommendation of
four to six sentences that **defends** the mix: what is in it, why those tiers suit the
objective, what figures the planner gives and which of them are only assumptions, and one
risk.
""",
    ),
    hint(
        id="""
Mulailah dari saran Partipost untuk menggabungkan makro dengan nano dan mikro, lalu
perhatikan kolom **Biaya per interaksi** dan kalimat tentang sisa anggaran.
""",
        en="""
Start from Partipost's advice to combine macro with nano and micro, then look at the **Cost
per engagement** column and the line on what is left of the budget.
""",
    ),
    answer(
        id="""
**Rubrik.** Jawaban yang baik:

1. **Campuran yang sesuai anggaran dan tujuan, dengan alasan dari artikel**: misalnya makro
   untuk jangkauan dan *brand awareness* (Partipost), mikro untuk konten *niche* yang
   relevan, dan nano yang menurut Partipost memberi peluang sampai ke *sales*. Penggabungan
   tingkatan disebut sebagai saran Partipost, bukan aturan.
2. **Angka beserta statusnya.** Interaksi dihitung dari nilai tengah rentang Partipost;
   jangkauan adalah batas atas (semua pengikut melihat setiap unggahan, audiensnya tidak
   bertumpang tindih); biaya adalah angka contoh kami, bukan harga pasar.
3. **Hal yang bisa mengubah rekomendasi**: *rate card* yang sebenarnya (misalnya pada
   Rp 1,5 juta per unggahan nano, urutan biaya per interaksinya berubah) dan cara mengukur
   penjualan (kode promo atau tautan per influencer).
4. **Tidak menjanjikan hasil**, dan menjelaskan sisa anggaran (misalnya sebagai cadangan).

**Contoh jawaban yang baik** (satu dari banyak kemungkinan):

> Kami mengusulkan 4 akun makro, 15 mikro, dan 60 nano dengan biaya Rp 90 juta, ditambah
> cadangan Rp 10 juta; menggabungkan ketiga tingkatan ini adalah saran Partipost, bukan aturan.
> Makro kami pilih agar Sepatu Langkah lebih dikenal, karena menurut Partipost, lewat makro
> kita bisa meningkatkan *brand awareness* dengan lebih baik; mikro membawa konten dari *niche* yang
> relevan, seperti gaya hidup dan olahraga; nano kami pilih karena, juga menurut Partipost,
> lewat nano brand berpeluang besar sampai ke *sales*. Dengan asumsi contoh kami, perencana
> memperkirakan 29.100 interaksi (≈ Rp 3.093 per interaksi) dan jangkauan paling banyak
> 645.000 orang; itu batas atas, karena perencana menganggap setiap pengikut melihat setiap
> unggahan dan tidak ada orang yang mengikuti dua influencer kita sekaligus. Semua harga masih
> angka contoh: begitu *rate card* yang sebenarnya masuk, kami hitung ulang, karena bila satu
> unggahan nano berharga Rp 1,5 juta, nano tidak lagi paling efisien. Untuk penjualan, setiap
> influencer mendapat kode promo sendiri, supaya kita tahu dari mana pembelinya datang.
""",
        en="""
**Rubric.** A good answer:

1. **A mix that fits the budget and the objective, with reasons from the articles**: for
   instance macro for reach and brand awareness (Partipost), micro for relevant niche
   content, and nano, with which, according to Partipost, you stand a chance of reaching
   sales. Combining tiers is named as Partipost's suggestion, not a rule.
2. **Figures with their status.** Engagements come from the middle of Partipost's bands;
   reach is an upper bound (every follower sees every post, the audiences do not overlap);
   the costs are our example values, not market prices.
3. **What would change the recommendation**: the real rate cards (at Rp 1.5 million per
   nano post, for instance, the order by cost per engagement changes) and how sales will be
   measured (a promo code or link per influencer).
4. **Promises no result**, and explains what is left of the budget (as a reserve, say).

**An example of a good answer** (one of many):

> We propose 4 macro, 15 micro and 60 nano accounts, costing Rp 90 million, plus Rp 10
> million in reserve; combining the three tiers is Partipost's suggestion, not a rule. We
> chose macro to make Sepatu Langkah better known, because according to Partipost, with macro
> influencers we can raise brand awareness better; micro brings content from relevant niches,
> such as lifestyle and sport; we chose nano because, again according to Partipost, with nano
> influencers a brand stands a good chance of reaching sales. With our example assumptions
> the planner expects 29,100 engagements (≈ Rp 3,093 each) and a reach of at most 645,000
> people; that is an upper bound, since the planner assumes every follower sees every post
> and nobody follows two of our influencers. All prices are still example figures: once the real rate cards arrive we
> will redo the sums, because if a nano post costs Rp 1.5 million, nano is no longer the
> most efficient tier. For sales, every influencer gets their own promo code, so that we know
> where the buyers come from.
""",
    ),
]
