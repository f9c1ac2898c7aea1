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

Waktu: ± 30 menit. Baca dulu: notebook 02–05 dan 08.
""",
        en="""
## Learning goals

- Put together a mix of tiers for a budget and see the engagements to expect.
- Tell the articles' numbers from your own assumptions (costs, followers, reach).
- Compute the cost per engagement and know its limits.

Time: about 30 minutes. Read first: notebooks 02–05 and 08.
""",
    ),
    setup(),
    code("""
from influtier_lite.campaign import CampaignPlanner, plan_campaign, planning_rate
from influtier_lite.data import load_campaign_assumptions
from influtier_lite import SCHEMES, format_percent
from influtier_lite.i18n import text
from influtier_lite.table import Paragraphs, Table

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
    code("mix.figure(LANG)"),
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
]
