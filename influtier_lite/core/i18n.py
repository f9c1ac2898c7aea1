"""Languages and every user-facing string of the package, in Indonesian and English.

Interface text is in one language, chosen with ``lang``. Error messages are in both
(``core.errors.BilingualError``), because the person reading a traceback may have either
notebook open.
"""

from __future__ import annotations

from .errors import BilingualTypeError, BilingualValueError

__all__ = ["LANGS", "MESSAGES", "check_lang", "text"]

LANGS: tuple[str, ...] = ("id", "en")

# Interface strings. Keys are stable; notebooks and widgets look them up with text().
MESSAGES: dict[str, dict[str, str]] = {
    "followers": {"id": "Pengikut", "en": "Followers"},
    "engagement_rate": {"id": "Tingkat keterlibatan", "en": "Engagement rate"},
    "exact_count": {"id": "Angka persis", "en": "Exact count"},
    "exact_count_hint": {
        "id": "mis. 25.000 atau 2,9 jt, lalu tekan Enter",
        "en": "e.g. 25,000 or 2.9M then Enter",
    },
    "band_about": {
        "id": "sekitar {value}; toleransi ±{tol} poin adalah konvensi kami",
        "en": "about {value}; the ±{tol}-point tolerance is our convention",
    },
    "no_band": {
        "id": "artikel ini tidak memberi angka tingkat keterlibatan",
        "en": "this article gives no engagement-rate figures",
    },
    "below": {"id": "di bawah rentang artikel", "en": "below the article's band"},
    "within": {"id": "di dalam rentang artikel", "en": "within the article's band"},
    "above": {"id": "di atas rentang artikel", "en": "above the article's band"},
    "expected_engagements": {
        "id": "Perkiraan interaksi per unggahan",
        "en": "Expected engagements per post",
    },
    "for_brand": {"id": "Artinya bagi brand", "en": "What it means for a brand"},
    "ladder_title": {
        "id": "Jenjang tingkatan influencer menurut dua artikel",
        "en": "Influencer tier ladder according to the two articles",
    },
    "ladder_xlabel": {"id": "Jumlah pengikut (skala log)", "en": "Follower count (log scale)"},
    "no_tier_short": {"id": "tanpa tingkatan", "en": "no tier"},
    "account_line": {
        "id": "Pengikut: {followers} · Tingkat keterlibatan: {er}",
        "en": "Followers: {followers} · Engagement rate: {er}",
    },
    "verdict_tier": {"id": "{scheme}: {tier} (\u201c{quote}\u201d)", "en": "{scheme}: {tier} (\u201c{quote}\u201d)"},
    "verdict_none": {
        "id": "{scheme}: tidak ada tingkatan (artikel ini baru mulai dari {edge} pengikut)",
        "en": "{scheme}: no tier (this article starts at {edge} followers)",
    },
    "verdict_band": {"id": "tingkat keterlibatan {er} {assessment} ({band})", "en": "engagement {er} is {assessment} ({band})"},
    "band_range": {"id": "{low}\u2013{high}%", "en": "{low}\u2013{high}%"},
    "on_edge": {
        "id": "Tepat di batas {edge}: menurut {scheme}, angka ini masuk {tier}.",
        "en": "Exactly on the {edge} edge: under {scheme} this count is {tier}.",
    },
    "on_edge_convention": {
        "id": "Tepat di {edge}: Partipost menulis \u201c5.000 - 30.000\u201d dan \u201c30.000 - 100.000\u201d; "
        "kami memasukkannya ke {tier} (konvensi kami, bukan pernyataan artikel).",
        "en": "Exactly {edge}: Partipost writes \u201c5.000 - 30.000\u201d and \u201c30.000 - 100.000\u201d; "
        "we put it in {tier} (our convention, not the article's words).",
    },
    "meaning_above": {
        "id": "Angka di atas rentang Partipost bisa berarti komunitas yang kuat, atau satu unggahan giveaway yang menaikkan "
              "angka: periksa beberapa unggahan, jangan hanya satu.",
        "en": "Above Partipost's band may mean a strong community, or one giveaway post that inflates the figure: "
              "look at several posts, not one.",
    },
    "meaning_below": {
        "id": "Angka di bawah rentang Partipost belum tentu masalah: untuk Instagram, rentang itu lebih tinggi daripada "
              "tolok ukur yang diterbitkan vendor lain (lihat di atas). Satu angka tidak membuktikan apa pun; bandingkan dengan akun sejenis dan lihat trennya.",
        "en": "Below Partipost's band is not a problem in itself: for Instagram, that band sits above the benchmarks "
              "other vendors publish (see above). One number proves nothing; compare with similar accounts and look at the trend.",
    },
    "range_below": {"id": "di bawah {high}", "en": "below {high}"},
    "range_above": {"id": "di atas {low}", "en": "above {low}"},
    "range_between": {"id": "{low}\u2013{high}", "en": "{low}\u2013{high}"},
    "ladder_description": {
        "id": "Gambar: dua batang pada sumbu pengikut berskala log. {schemes} Garis hitam menandai akun ini ({followers} pengikut).",
        "en": "Figure: two bars on a log-scale follower axis. {schemes} The black line marks this account ({followers} followers).",
    },
    "ladder_scheme": {"id": "{scheme}: {tiers}.", "en": "{scheme}: {tiers}."},
    "col_tier": {"id": "Tingkatan", "en": "Tier"},
    "col_followers": {"id": "Pengikut", "en": "Followers"},
    "col_er": {"id": "Tingkat keterlibatan", "en": "Engagement rate"},
    "col_quote": {"id": "Kutipan artikel", "en": "The article's words"},
    "er_about": {"id": "sekitar {value}", "en": "about {value}"},
    "ladder_no_tier": {"id": "tanpa tingkatan di bawah {edge}", "en": "no tier below {edge}"},
    # Claims tables (influtier_lite.claims): what the articles say, with their exact words
    "claims_col_aspect": {"id": "Aspek", "en": "Aspect"},
    "claims_col_said": {"id": "Isi", "en": "What it says"},
    "claims_ours": {"id": "Catatan kami", "en": "Our note"},
    "aspect_profile": {"id": "Siapa mereka", "en": "Who they are"},
    "aspect_strength": {"id": "Kelebihan", "en": "Strength"},
    "aspect_weakness": {"id": "Kekurangan", "en": "Weakness"},
    "aspect_cost": {"id": "Biaya (tidak disebut kelebihan atau kekurangan)", "en": "Cost (called neither strength nor weakness)"},
    "aspect_objective": {"id": "Tujuan kampanye", "en": "Campaign objective"},
    "aspect_advice": {"id": "Saran", "en": "Advice"},
    "brand_claim": {"id": "{claim} ({source})", "en": "{claim} ({source})"},
    # Benchmarks from vendors and a statistics portal (influtier_lite.benchmarks): none is independent
    "bench_kind_vendor": {"id": "Tolok ukur vendor", "en": "Vendor benchmark"},
    "bench_kind_statistics_portal": {"id": "Angka portal statistik", "en": "Statistics portal's figure"},
    "bench_who_vendor": {"id": "vendor", "en": "vendor"},
    "bench_who_statistics_portal": {"id": "portal statistik", "en": "statistics portal"},
    "bench_band": {"id": "{low}\u2013{high}, kategori \u2018sedang\u2019 (average)",
                   "en": "{low}\u2013{high}, its \u2018average\u2019 category"},
    "bench_their_tier": {"id": "{tier}: {low}\u2013{high} pengikut", "en": "{tier}: {low}\u2013{high} followers"},
    "bench_their_tier_unstated": {"id": "{tier}; rentang pengikut tidak disebut", "en": "{tier}; follower range not stated"},
    "bench_single_below": {"id": "{kind}, {source} ({their_tier}): {value}; {er} di bawahnya.",
                           "en": "{kind}, {source} ({their_tier}): {value}; {er} is below it."},
    "bench_single_within": {"id": "{kind}, {source} ({their_tier}): {value}; {er} sama dengan angka itu.",
                            "en": "{kind}, {source} ({their_tier}): {value}; {er} equals it."},
    "bench_single_above": {"id": "{kind}, {source} ({their_tier}): {value}; {er} di atasnya.",
                           "en": "{kind}, {source} ({their_tier}): {value}; {er} is above it."},
    "bench_band_below": {"id": "{kind}, {source} ({their_tier}): {value}; {er} di bawahnya.",
                         "en": "{kind}, {source} ({their_tier}): {value}; {er} is below it."},
    "bench_band_within": {"id": "{kind}, {source} ({their_tier}): {value}; {er} di dalamnya.",
                          "en": "{kind}, {source} ({their_tier}): {value}; {er} is within it."},
    "bench_band_above": {"id": "{kind}, {source} ({their_tier}): {value}; {er} di atasnya.",
                         "en": "{kind}, {source} ({their_tier}): {value}; {er} is above it."},
    "bench_none": {"id": "Sumber kami tidak memberi tolok ukur untuk {tier} di {platform}; hanya angka Partipost yang ada.",
                   "en": "Our references give no benchmark for {tier} on {platform}; there is only Partipost's."},
    "bench_col_partipost": {"id": "Rentang Partipost", "en": "Partipost's band"},
    "bench_col_their_tier": {"id": "Tingkatan menurut sumber itu", "en": "Tier as that source defines it"},
    "bench_col_value": {"id": "Angka", "en": "Figure"},
    "bench_col_quote": {"id": "Kutipan sumber (references.md)", "en": "The source's words (references.md)"},
    # Engagement band meter (influtier_lite.band)
    "band_sentence": {
        "id": "Tingkat keterlibatan {er} {assessment} untuk {tier} (Partipost: {band}).",
        "en": "An engagement rate of {er} is {assessment} for {tier} ({band}, Partipost).",
    },
    "band_expected": {
        "id": "Dengan {followers} pengikut, artinya sekitar {count} interaksi per unggahan.",
        "en": "With {followers} followers, that is about {count} engagements per post.",
    },
    # Comparing taxonomies (influtier_lite.compare)
    "kind_article": {"id": "artikel", "en": "article"},
    "col_about": {"id": "Tentang sumbernya", "en": "About the source"},
    "col_date": {"id": "Tanggal", "en": "Date"},
    "no_date": {"id": "tidak disebut", "en": "not stated"},
    "date_updated": {"id": "{published}, diperbarui {updated}", "en": "{published}, updated {updated}"},
    "source_about_partipost": {"id": "blog platform influencer marketing; artikel \u201cInfluencer Nano, Micro, Macro, "
                                     "Mega? Apa Sih Bedanya?\u201d (Vanessa)",
                               "en": "influencer-marketing platform's blog; article \u201cInfluencer Nano, Micro, Macro, "
                                     "Mega? Apa Sih Bedanya?\u201d (Vanessa)"},
    "source_about_harmony": {"id": "blog perusahaan perangkat lunak akuntansi; artikel \u201cMacro Influencer VS Micro "
                                   "Influencer, Mana yang Anda Pilih?\u201d (Fina Pratiwi)",
                             "en": "accounting-software company's blog; article \u201cMacro Influencer VS Micro "
                                   "Influencer, Mana yang Anda Pilih?\u201d (Fina Pratiwi)"},
    "source_about_mediakix": {"id": "halaman tentang tingkatan influencer di mediakix.com (Instagram)",
                              "en": "page on influencer tiers at mediakix.com (Instagram)"},
    "source_about_later_fohr": {"id": "laporan influencer 2021 dari Later dan Fohr, berdasarkan 3,5 juta unggahan Instagram "
                                      "(salinan sekunder)",
                                "en": "Later and Fohr's 2021 influencer report, on 3.5 million Instagram posts "
                                      "(secondary copy)"},
    "source_about_iconosquare": {"id": "panduan tentang influencer media sosial",
                                 "en": "guide to social-media influencers"},
    "source_about_nolimit": {"id": "perusahaan analitik Indonesia", "en": "Indonesian analytics firm"},
    "source_about_hypeauditor": {"id": "tulisan blog awal HypeAuditor tentang tingkat keterlibatan di Instagram (36 ribu akun); "
                                       "bukan laporan HypeAuditor 2023 di notebook 08",
                                 "en": "HypeAuditor's early blog post on Instagram engagement (36 thousand accounts); not "
                                       "HypeAuditor's 2023 report in notebook 08"},
    "kind_reference": {"id": "pembanding", "en": "reference"},
    "col_source": {"id": "Sumber", "en": "Source"},
    "col_kind": {"id": "Jenis", "en": "Kind"},
    "col_why": {"id": "Mengapa", "en": "Why"},
    "compare_caption": {"id": "Akun dengan {followers} pengikut menurut setiap sumber",
                        "en": "An account with {followers} followers according to each source"},
    "compare_title": {"id": "Tingkatan influencer menurut tujuh sumber", "en": "Influencer tiers according to seven sources"},
    "edge_1000": {
        "id": "Harmony mulai di sini (\u201c1.000 hingga 100.000\u201d); di bawahnya Harmony tidak memberi nama.",
        "en": "Harmony starts here (\u201c1.000 hingga 100.000\u201d); below it Harmony gives no name.",
    },
    "edge_5000": {
        "id": "Nano \u201ckurang dari 5.000\u201d, jadi 5.000 sudah mikro.",
        "en": "Nano is \u201ckurang dari 5.000\u201d (fewer than 5,000), so 5,000 is already micro.",
    },
    "edge_30000": {
        "id": "30.000 tertulis di dua rentang Partipost; kami memasukkannya ke mikro (konvensi kami).",
        "en": "30,000 is written in two of Partipost's ranges; we put it in micro (our convention).",
    },
    "edge_100000": {
        "id": "Makro bagi Partipost (\u201c30.000 - 100.000\u201d), mikro bagi Harmony (\u201c1.000 hingga 100.000\u201d).",
        "en": "Macro for Partipost (\u201c30.000 - 100.000\u201d), micro for Harmony (\u201c1.000 hingga 100.000\u201d).",
    },
    "edge_1000000": {
        "id": "Kedua artikel tidak memberi batas atas: mega Partipost \u201chingga jutaan\u201d pengikut, makro Harmony "
              "cukup \u201clebih dari 100.000\u201d.",
        "en": "Neither article has an upper edge: Partipost's mega runs \u201chingga jutaan\u201d (into the millions), "
              "Harmony's macro is simply \u201clebih dari 100.000\u201d (more than 100,000).",
    },
    # Engagement-rate calculator (influtier_lite.calculator)
    "calc_likes": {"id": "Suka per unggahan", "en": "Likes per post"},
    "calc_comments": {"id": "Komentar per unggahan", "en": "Comments per post"},
    "calc_shares": {"id": "Dibagikan per unggahan", "en": "Shares per post"},
    "calc_saves": {"id": "Disimpan per unggahan", "en": "Saves per post"},
    "calc_followers": {"id": "Pengikut", "en": "Followers"},
    "calc_formula": {
        "id": "Tingkat keterlibatan = {interactions} interaksi / {followers} pengikut × 100 = {rate}",
        "en": "Engagement rate = {interactions} engagements / {followers} followers × 100 = {rate}",
    },
    # Scatter of the synthetic sample (influtier_lite.plotting.engagement_scatter)
    "scatter_title": {
        "id": "Sampel rekaan: 500 akun yang dibuat dari rentang Partipost",
        "en": "Made-up sample: 500 accounts generated from Partipost's bands",
    },
    "scatter_title_shortlist": {"id": "Daftar akun Anda: {count} akun", "en": "Your shortlist: {count} accounts"},
    "scatter_description_shortlist": {
        "id": "Gambar: akun dari daftar Anda, tingkat keterlibatan (sumbu tegak) terhadap pengikut (sumbu datar), "
        "keduanya berskala log; {shown} dari {count} akun tampil (akun tanpa tingkat keterlibatan tidak digambar). "
        "Pita berwarna adalah rentang Partipost tiap tingkatan (untuk mega: sekitar 1%, lebar ±0,5 poin adalah "
        "konvensi kami).",
        "en": "Figure: the accounts of your shortlist, engagement rate (up) against followers (across), both on log "
        "scales; {shown} of {count} accounts are drawn (accounts without an engagement rate are left out). The "
        "coloured bands are Partipost's band for each tier (for mega: about 1%, the ±0.5-point width is our "
        "convention).",
    },
    "scatter_ylabel": {"id": "Tingkat keterlibatan (skala log)", "en": "Engagement rate (log scale)"},
    "scatter_legend": {"id": "Tingkatan Partipost", "en": "Partipost tier"},
    "scatter_description": {
        "id": "Gambar: {count} akun rekaan, tingkat keterlibatan (sumbu tegak) terhadap pengikut (sumbu datar), "
        "keduanya berskala log. Pita berwarna adalah rentang Partipost tiap tingkatan (untuk mega: sekitar 1%, "
        "lebar ±0,5 poin adalah konvensi kami). Angka-angka ini kami buat sendiri dari rentang Partipost, jadi "
        "titik yang turun dari kiri atas ke kanan bawah hanya memperlihatkan rentang itu lagi, bukan temuan "
        "tentang akun sungguhan.",
        "en": "Figure: {count} fictional accounts, followers (across) against engagement rate (up), both on log "
        "scales. The coloured bands are Partipost's band for each tier (for mega: about 1%, the ±0.5-point width "
        "is our convention). We generated these numbers from Partipost's bands ourselves, so points falling from "
        "top left to bottom right only show those bands again, not a finding about real accounts.",
    },
    # Campaign planner (influtier_lite.campaign)
    "plan_objective": {"id": "Tujuan kampanye", "en": "Campaign objective"},
    "objective_awareness": {"id": "Awareness (brand makin dikenal)", "en": "Awareness"},
    "objective_interest": {"id": "Interest (minat)", "en": "Interest"},
    "objective_sales": {"id": "Sales (penjualan)", "en": "Sales"},
    "advice_awareness": {
        "id": "Partipost mengaitkan awareness dengan nano, makro (\u201cmeningkatkan brand awareness\u201d), dan mega "
        "(\u201cawareness dan reputasi brand\u201d). Artikel itu juga menyarankan untuk menggabungkan makro dengan "
        "nano dan mikro.",
        "en": "Partipost links awareness with nano, macro (\u201cmeningkatkan brand awareness\u201d) and mega "
        "(\u201cawareness dan reputasi brand\u201d), and advises combining macro with nano and micro.",
    },
    "advice_interest": {
        "id": "Partipost menyebut interest hanya pada nano (\u201cawareness, interest, hingga sales\u201d); untuk "
        "mikro, artikel itu menekankan konten niche dan interaksi langsung, tanpa menyebut tujuan.",
        "en": "Partipost names interest only for nano (\u201cawareness, interest, hingga sales\u201d); for micro the "
        "article stresses niche content and direct interaction, without naming an objective.",
    },
    "advice_sales": {
        "id": "Partipost menyebut sales hanya pada nano (\u201cawareness, interest, hingga sales\u201d). Artikel tidak "
        "memberi angka konversi; perencana ini tidak menghitung penjualan.",
        "en": "Partipost names sales only for nano (\u201cawareness, interest, hingga sales\u201d). The article gives no "
        "conversion figures; this planner does not compute sales.",
    },
    "plan_budget": {"id": "Anggaran", "en": "Budget"},
    "plan_posts": {"id": "Unggahan per influencer", "en": "Posts per person"},
    "plan_reach": {"id": "Pengikut yang melihat (%)", "en": "Followers who see it (%)"},
    "plan_count": {"id": "Jumlah influencer", "en": "Number of influencers"},
    "plan_followers_each": {"id": "Pengikut per influencer", "en": "Followers each"},
    "plan_cost_each": {"id": "Biaya per unggahan", "en": "Cost per post"},
    "plan_assumed": {
        "id": "Biaya per unggahan, pengikut per influencer, dan persentase pengikut yang melihat adalah asumsi Anda. Angka awalnya "
        "contoh latihan dari kami, bukan harga pasar dan bukan dari artikel. Persentase yang melihat dimulai dari 100%, "
        "batas atas teoretis (setiap pengikut melihat setiap unggahan), bukan angka yang lazim; kami tidak punya sumber untuk "
        "angka yang lebih rendah, jadi jangkauan di tabel adalah batas atas. Tingkat keterlibatan: nilai tengah rentang "
        "Partipost (pilihan kami).",
        "en": "Cost per post, followers each and the share who see a post are your assumptions. The starting values "
        "are our examples for practice, not market prices and not from the articles. The share who see a post starts at "
        "100%, the theoretical upper bound (every follower sees every post), not a typical figure; we have no source for a "
        "lower one, so the reach in the table is an upper bound. Engagement rate: the middle of Partipost's band (our "
        "choice).",
    },
    "plan_col_tier": {"id": "Tingkatan", "en": "Tier"},
    "plan_col_influencers": {"id": "Influencer", "en": "Influencers"},
    "plan_col_posts": {"id": "Unggahan", "en": "Posts"},
    "plan_col_er": {"id": "Tingkat keterlibatan", "en": "Engagement"},
    "plan_col_reach": {"id": "Jangkauan", "en": "Reach"},
    "plan_col_engagements": {"id": "Interaksi", "en": "Engagements"},
    "plan_col_cost": {"id": "Biaya", "en": "Cost"},
    "plan_col_cpe": {"id": "Biaya per interaksi", "en": "Cost per engagement"},
    "plan_total": {"id": "Total", "en": "Total"},
    "plan_within_budget": {
        "id": "Biaya {cost} dari anggaran {budget}: sisa {difference}.",
        "en": "Cost {cost} of a {budget} budget: {difference} left.",
    },
    "plan_over_budget": {
        "id": "Biaya {cost} melebihi anggaran {budget} sebesar {difference}.",
        "en": "Cost {cost} exceeds the {budget} budget by {difference}.",
    },
    "plan_chart_title": {"id": "Rencana kampanye per tingkatan", "en": "Campaign plan by tier"},
    "plan_chart_engagements": {"id": "Perkiraan interaksi", "en": "Expected engagements"},
    "plan_chart_cpe": {"id": "Biaya per interaksi", "en": "Cost per engagement"},
    "plan_chart_row": {"id": "{tier}: {engagements} interaksi, {cpe} per interaksi.",
                       "en": "{tier}: {engagements} engagements, {cpe} per engagement."},
    "plan_chart_description": {
        "id": "Gambar: dua diagram batang per tingkatan, perkiraan interaksi (kiri) dan biaya per interaksi (kanan). {rows}",
        "en": "Figure: two bar charts by tier, expected engagements (left) and cost per engagement (right). {rows}",
    },
    "sample_col_accounts": {"id": "Akun", "en": "Accounts"},
    "sample_col_median": {"id": "Median tingkat keterlibatan (sampel rekaan)", "en": "Median engagement (made-up sample)"},
    "sample_col_band": {"id": "Rentang Partipost", "en": "Partipost's band"},
    "er_followers": {"id": "berdasarkan pengikut", "en": "by followers"},
    "er_reach_mean": {"id": "rata-rata per unggahan, berdasarkan jangkauan", "en": "mean per post, by reach"},
    "er_reach_total": {"id": "total, berdasarkan jangkauan", "en": "total, by reach"},
    "er_reach_median": {"id": "median per unggahan, berdasarkan jangkauan", "en": "median per post, by reach"},
    # Self-check quiz (influtier_lite.quiz)
    "quiz_tier_prompt": {
        "id": "Akun rekaan {handle} punya {followers} pengikut. Apa tingkatannya menurut Partipost?",
        "en": "The fictional account {handle} has {followers} followers. Which tier is it under Partipost?",
    },
    "quiz_tier_explanation": {
        "id": "Dengan {followers} pengikut, akun ini masuk tingkatan {tier}: \u201c{quote}\u201d (Partipost).",
        "en": "With {followers} followers the account is {tier}: \u201c{quote}\u201d (Partipost).",
    },
    "quiz_right": {"id": "Benar!", "en": "Right!"},
    "quiz_wrong": {"id": "Belum tepat. Jawabannya: {answer}.", "en": "Not quite. The answer: {answer}."},
    "quiz_discussion_label": {
        "id": "Bahan diskusi: artikel tidak memberi jawaban pasti, jadi jawaban Anda tidak dinilai.",
        "en": "For discussion: the articles do not settle this, so your answer is not scored.",
    },
    "quiz_discussion_feedback": {"id": "Tidak ada satu jawaban yang benar di sini.",
                                 "en": "There is no single right answer here."},
    "quiz_score": {"id": "Skor: {score} benar dari {answered} yang dijawab ({total} soal dinilai)",
                   "en": "Score: {score} right of {answered} answered ({total} scored questions)"},
    "quiz_score_with_discussion": {
        "id": "Skor: {score} benar dari {answered} yang dijawab ({total} soal dinilai, "
              "ditambah {discussion} bahan diskusi yang tidak dinilai)",
        "en": "Score: {score} right of {answered} answered ({total} scored questions, "
              "plus {discussion} discussion items that are not scored)",
    },
    "quiz_reset": {"id": "Ulangi kuis", "en": "Start again"},
    "quiz_lessons": {"id": "Kuis ini hanya berisi soal dari pelajaran {lessons}: {count} soal.",
                     "en": "This quiz asks only about lessons {lessons}: {count} questions."},
    # The workshop app (make app)
    "app_title": {"id": "Tingkatan influencer menurut Partipost dan Harmony",
                  "en": "Influencer tiers according to Partipost and Harmony"},
    "app_intro": {"id": "Geser slider-nya: jawabannya langsung berubah. Batas tingkatan diambil dari artikel Partipost "
                        "(2022, diperbarui 2025) dan Harmony (2021); harga di perencana kampanye adalah asumsi Anda.",
                  "en": "Move the sliders: the answers change at once. Tier numbers from the Partipost (2022, "
                        "updated 2025) and Harmony (2021) articles; prices in the planner are your assumptions."},
    "app_tab_explorer": {"id": "Penjelajah tingkatan", "en": "Tier explorer"},
    "app_tab_compare": {"id": "Tujuh sumber", "en": "Seven sources"},
    "app_tab_planner": {"id": "Perencana kampanye", "en": "Campaign planner"},
    # Notebooks 11-13: audience quality (audience.py), disclosure (disclosure.py), platforms and
    # pricing (platforms.py), their sources (citations.py)
    "aq_times": {"id": "{value}\u00d7", "en": "{value}\u00d7"},
    "aq_col_account": {"id": "Akun rekaan", "en": "Fictional account"},
    "aq_col_growth": {"id": "Lonjakan mingguan terbesar", "en": "Largest weekly jump"},
    "aq_col_repetition": {"id": "Komentar berulang", "en": "Repeated comments"},
    "aq_col_engagement": {"id": "Tingkat keterlibatan \u00f7 tolok ukur", "en": "Engagement \u00f7 benchmark"},
    "aq_col_following": {"id": "Mengikuti \u00f7 pengikut", "en": "Following \u00f7 followers"},
    "aq_col_home": {"id": "Audiens di Indonesia", "en": "Audience in Indonesia"},
    "aq_col_planted": {"id": "Yang kami sisipkan", "en": "What we planted"},
    "aq_col_outcome": {"id": "Hasil penyaringan", "en": "Screening result"},
    "aq_planted_none": {"id": "tidak ada (akun biasa)", "en": "nothing (an ordinary account)"},
    "aq_planted_bought_followers": {"id": "pengikut dibeli", "en": "bought followers"},
    "aq_planted_bought_likes": {"id": "suka dibeli", "en": "bought likes"},
    "aq_planted_comment_pod": {"id": "grup saling komentar", "en": "comment pod"},
    "aq_planted_follow_for_follow": {"id": "mengikuti massal agar diikuti balik", "en": "mass following to be followed back"},
    "aq_planted_giveaway": {"id": "wajar: unggahan giveaway", "en": "genuine: a giveaway post"},
    "aq_planted_viral_post": {"id": "wajar: satu unggahan viral", "en": "genuine: one viral post"},
    "aq_planted_follows_many": {"id": "wajar: mengikuti banyak akun", "en": "genuine: follows many accounts"},
    "aq_planted_audience_abroad": {"id": "wajar: pengikutnya WNI di luar negeri",
                                   "en": "genuine: followed by Indonesians abroad"},
    "aq_outcome_caught": {"id": "\u2714 tertangkap", "en": "\u2714 caught"},
    "aq_outcome_missed": {"id": "\u2718 lolos", "en": "\u2718 missed"},
    "aq_outcome_false_alarm": {"id": "\u2718 salah tandai (akun wajar)", "en": "\u2718 false alarm (genuine account)"},
    "aq_outcome_clear": {"id": "\u2714 tidak ditandai", "en": "\u2714 not flagged"},
    "aq_summary": {"id": "{caught} dari {planted} akun bermasalah tertangkap; {false_alarms} dari {honest} akun wajar "
                         "ikut ditandai.",
                   "en": "{caught} of {planted} planted accounts caught; {false_alarms} of {honest} genuine accounts "
                         "flagged wrongly."},
    "aq_slider_growth": {"id": "Tandai lonjakan pengikut seminggu di atas (%)", "en": "Flag a weekly follower jump above (%)"},
    "aq_slider_repetition": {"id": "Tandai komentar berulang di atas (%)", "en": "Flag repeated comments above (%)"},
    "aq_slider_engagement": {"id": "Tandai tingkat keterlibatan di atas atau di bawah tolok ukur lebih dari (\u00d7)",
                             "en": "Flag engagement rate above or below the benchmark by more than (\u00d7)"},
    "aq_slider_following": {"id": "Tandai mengikuti \u00f7 pengikut di atas", "en": "Flag following \u00f7 followers above"},
    "aq_slider_home": {"id": "Tandai audiens di Indonesia di bawah (%)", "en": "Flag audience in Indonesia below (%)"},
    "aq_growth_title": {"id": "Pengikut 10 akun rekaan selama 12 minggu", "en": "Followers of 10 fictional accounts over 12 weeks"},
    "aq_growth_xlabel": {"id": "Minggu", "en": "Week"},
    "aq_growth_ylabel": {"id": "Pengikut (minggu 1 = 100)", "en": "Followers (week 1 = 100)"},
    "aq_growth_row": {"id": "{handle}: lonjakan terbesar {jump}.", "en": "{handle}: largest jump {jump}."},
    "aq_growth_description": {"id": "Pengikut tiap akun rekaan minggu demi minggu (minggu 1 = 100); garis merah: "
                                    "lonjakan di atas 20% dalam seminggu (ambang awal pilihan kami). {rows}",
                              "en": "Each fictional account's followers week by week (week 1 = 100); red line: a jump "
                                    "above 20% in one week (our starting threshold). {rows}"},
    "disc_col_number": {"id": "No.", "en": "No."},
    "disc_col_caption": {"id": "Keterangan unggahan (rekaan kami)", "en": "Caption (written by us, fictional)"},
    "disc_col_verdict": {"id": "Penilaian", "en": "Verdict"},
    "disc_col_reason": {"id": "Alasan", "en": "Reason"},
    "disc_verdict_disclosed": {"id": "diungkapkan", "en": "disclosed"},
    "disc_verdict_not_disclosed": {"id": "tidak diungkapkan", "en": "not disclosed"},
    "disc_verdict_unclear": {"id": "tidak jelas", "en": "unclear"},
    "disc_verdict_not_needed": {"id": "tidak perlu (bukan kerja sama)", "en": "not needed (no deal)"},
    "disc_found": {"id": "Penanda ditemukan: {labels}.", "en": "Markers found: {labels}."},
    "disc_none_found": {"id": "Tidak ditemukan penanda iklan yang dikenali.", "en": "No known advertising marker."},
    "disc_from_idn_times": {"id": "disebut IDN Times untuk aturan FTC", "en": "named by IDN Times for the FTC's rules"},
    "disc_from_ours": {"id": "contoh kami", "en": "our example"},
    "disc_placeholder": {"id": "Tempel atau ketik keterangan unggahan di sini", "en": "Paste or type a caption here"},
    "disc_vague": {"id": "Kata samar: {words}. Panduan FTC untuk influencer di Amerika Serikat menyebut kata seperti "
                         "‘thanks’, ‘collab’, ‘sp’, atau ‘spon’ tidak cukup sebagai pengungkapan.",
                   "en": "Vague words: {words}. The FTC's guide for influencers in the United States says words such as "
                         "‘thanks’, ‘collab’, ‘sp’ or ‘spon’ are not enough to disclose."},
    "disc_vague_from_ftc": {"id": "disebut FTC", "en": "named by the FTC"},
    "disc_vague_from_ours": {"id": "padanan kami", "en": "our Indonesian counterpart"},
    "disc_caveat": {"id": "Pendeteksi ini hanya mencari kata. Ia tidak tahu apakah unggahan itu dibayar, dan tidak menilai "
                          "apakah penandanya mudah terlihat atau memakai bahasa yang sama dengan isi unggahan. Kalimat "
                          "penyangkalan seperti ‘bukan iklan’ pun dihitung sebagai penanda.",
                    "en": "This detector only looks for words. It cannot know whether the post was paid, nor judge "
                          "whether the marker is hard to miss or in the language of the post. Even a denial such as "
                          "‘bukan iklan’ (not an ad) counts as a marker."},
    "plat_interactions": {"id": "Interaksi per unggahan", "en": "Interactions per post"},
    "plat_views": {"id": "Tayangan per video", "en": "Views per video"},
    "plat_by_followers": {"id": "Berdasarkan pengikut: {interactions} \u00f7 {followers} \u00d7 100 = {rate}",
                          "en": "By followers: {interactions} \u00f7 {followers} \u00d7 100 = {rate}"},
    "plat_by_views": {"id": "Berdasarkan tayangan: {interactions} \u00f7 {views} \u00d7 100 = {rate}",
                      "en": "By views: {interactions} \u00f7 {views} \u00d7 100 = {rate}"},
    "plat_benchmarks": {"id": "HypeAuditor 2023, akun nano: Instagram {instagram}, TikTok {tiktok}. Rumus di balik angka "
                              "TikTok itu tidak disebut di sumber kami, jadi jangan bandingkan keduanya begitu saja.",
                        "en": "HypeAuditor 2023, nano accounts: Instagram {instagram}, TikTok {tiktok}. Our sources do not "
                              "say which formula is behind the TikTok figure, so do not set the two side by side as they are."},
    "price_col_model": {"id": "Model pembayaran", "en": "Pricing model"},
    "price_col_how": {"id": "Cara kerjanya", "en": "How it works"},
    "price_col_watch": {"id": "Yang perlu diperhatikan", "en": "What to watch"},
    "cost_impressions_per_person": {"id": "Tayangan per orang yang dijangkau", "en": "Impressions per person reached"},
    "cost_assumed": {
        "id": "Biaya dan pengikut: contoh kami, bukan harga pasar. Pengikut yang melihat dan tayangan per orang: asumsi "
              "Anda. 100% pengikut yang melihat adalah batas atas teoretis (setiap pengikut melihat unggahan), bukan angka "
              "yang lazim; kami tidak punya sumber untuk angka yang lebih rendah. Model sederhana kami: penonton yang bukan "
              "pengikut tidak dihitung, dan untuk video setiap tayangan dihitung sebagai satu kali ditonton.",
        "en": "Cost and followers: our example, not market prices. Followers who see it and impressions per person: your "
              "assumptions. 100% of followers seeing the post is the theoretical upper bound (every follower sees it), not "
              "a typical figure; we have no source for a lower one. Our simple model: viewers who do not follow are left "
              "out, and for a video every impression counts as one view.",
    },
    "cost_head": {"id": "{tier}: {followers} pengikut, {cost} per unggahan, tingkat keterlibatan {er}",
                  "en": "{tier}: {followers} followers, {cost} per post, engagement rate {er}"},
    "cost_reach": {"id": "Jangkauan = pengikut \u00d7 persentase yang melihat = {followers} \u00d7 {share} = {reach} orang; "
                         "tayangan = jangkauan \u00d7 tayangan per orang = {reach} \u00d7 {per_person} = {impressions}",
                   "en": "Reach = followers \u00d7 share who see it = {followers} \u00d7 {share} = {reach} people; "
                         "impressions = reach \u00d7 impressions per person = {reach} \u00d7 {per_person} = {impressions}"},
    "cost_cpe": {"id": "Biaya per interaksi (CPE) = biaya \u00f7 interaksi = {cost} \u00f7 {engagements} = {result}",
                 "en": "Cost per engagement (CPE) = cost \u00f7 engagements = {cost} \u00f7 {engagements} = {result}"},
    "cost_cpm": {"id": "CPM (biaya per seribu tayangan) = biaya \u00f7 tayangan \u00d7 1.000 = {cost} \u00f7 {impressions} "
                       "\u00d7 1.000 = {result}",
                 "en": "CPM (cost per thousand impressions) = cost \u00f7 impressions \u00d7 1,000 = {cost} \u00f7 "
                       "{impressions} \u00d7 1,000 = {result}"},
    "cost_reached": {"id": "Biaya per seribu orang yang dijangkau (bukan CPM) = biaya \u00f7 jangkauan \u00d7 1.000 = "
                           "{cost} \u00f7 {reach} \u00d7 1.000 = {result}",
                     "en": "Cost per thousand people reached (not CPM) = cost \u00f7 reach \u00d7 1,000 = {cost} \u00f7 "
                           "{reach} \u00d7 1,000 = {result}"},
    "cost_cpv": {"id": "Biaya per tayangan video (CPV) = biaya \u00f7 tayangan = {cost} \u00f7 {views} = {result}",
                 "en": "Cost per view (CPV) = cost \u00f7 views = {cost} \u00f7 {views} = {result}"},
    "cit_col_kind": {"id": "Jenis sumber", "en": "Kind of source"},
    "cit_col_supports": {"id": "Dipakai di notebook ini untuk", "en": "What it supports in this notebook"},
    "cit_col_where": {"id": "Tempat membaca", "en": "Where to read it"},
    "cit_kind_article": {"id": "salah satu dari dua artikel", "en": "one of the two articles"},
    "cit_kind_vendor": {"id": "vendor (menjual alat atau jasa)", "en": "vendor (sells a tool or service)"},
    "cit_kind_academic": {"id": "akademik", "en": "academic"},
    "cit_kind_news": {"id": "berita", "en": "news"},
    "cit_secondary": {"id": "sekunder", "en": "secondary"},
    "cit_kind_rule": {"id": "aturan atau kode etik", "en": "rule or code"},
    "cit_kind_docs": {"id": "dokumentasi perangkat lunak atau layanan", "en": "software or service documentation"},
    "cit_kind_definition": {"id": "definisi baku", "en": "standard definition"},
    "cit_kind_statistics_portal": {"id": "portal statistik", "en": "statistics portal"},
    "cit_no_date": {"id": "tanpa tanggal", "en": "no date given"},
    "cit_as_of": {"id": "dicek {date}", "en": "checked {date}"},
    "app_language": {"id": "Bahasa", "en": "Language"},
    # Unusual input and units (issue 12)
    "negative_count": {
        "id": "{name} = '{typed}': jumlah tidak bisa negatif; tulis 0 atau lebih, mis. 5.000.",
        "en": "{name} = '{typed}': a count cannot be negative; write 0 or more, e.g. 5,000.",
    },
    "no_audience": {
        "id": "0 pengikut: akun ini belum punya audiens, jadi belum bisa digolongkan ke tingkatan mana pun.",
        "en": "0 followers: this account has no audience yet, so it does not belong to any tier.",
    },
    "beyond_scale": {
        "id": "{count} pengikut: lebih dari ujung skala ({top}); penanda pada gambar berhenti di ujung kanan.",
        "en": "{count} followers: more than the end of the scale ({top}); the figure's marker stops at its right end.",
    },
    "below_scale": {
        "id": "{count} pengikut: kurang dari awal skala ({low}); penanda pada gambar berhenti di ujung kiri.",
        "en": "{count} followers: fewer than the start of the scale ({low}); the figure's marker stops at its left end.",
    },
    "amount_out_of_range": {
        "id": "{name} = '{typed}': harus antara {low} dan {high}.",
        "en": "{name} = '{typed}': must be between {low} and {high}.",
    },
    "unit_followers": {"id": "pengikut per influencer", "en": "followers each"},
    "unit_per_post": {"id": "per unggahan", "en": "per post"},
    "unit_influencers": {"id": "influencer", "en": "influencers"},
    "plan_empty": {
        "id": "Rencana ini belum berisi influencer. Isi jumlah influencer pada salah satu tingkatan di atas.",
        "en": "This plan has no influencers yet. Enter a number of influencers for one of the tiers above.",
    },
    "plan_reset": {"id": "Kembalikan ke awal", "en": "Reset"},
    "plan_tier_heading": {"id": "{tier}: {range}", "en": "{tier}: {range}"},
    "app_tab_shortlist": {"id": "Akun pilihan Anda", "en": "Your own accounts"},
}


def check_lang(lang: object, name: str = "lang") -> str:
    """Return ``lang`` if it is a supported language code, else a bilingual ValueError naming
    ``name`` (the parameter it came in)."""
    if not isinstance(lang, str) or lang not in LANGS:
        raise BilingualValueError(f"{name} = {lang!r}: bahasa tidak dikenal; pilih salah satu dari {', '.join(LANGS)}.",
                                  f"{name} = {lang!r}: unknown language; choose one of {', '.join(LANGS)}.",
                                  parameter=name, value=lang)
    return lang


def text(key: str, lang: str, **values: object) -> str:
    """The interface string ``key`` in ``lang``, with ``{placeholders}`` filled in."""
    check_lang(lang)
    if not isinstance(key, str) or key not in MESSAGES:
        error = BilingualValueError if isinstance(key, str) else BilingualTypeError
        raise error(f"key = {key!r:.40}: tidak ada teks dengan kunci ini di influtier_lite/core/i18n.py.",
                    f"key = {key!r:.40}: no text has this key in influtier_lite/core/i18n.py.", parameter="key", value=key)
    return MESSAGES[key][lang].format(**values)
