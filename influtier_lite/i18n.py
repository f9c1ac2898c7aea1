"""Languages and every user-facing string of the package, in Indonesian and English.

Error messages are always bilingual (Indonesian first, then English), because the
person reading a traceback may have either notebook open. Interface text is in one
language, chosen with ``lang``.
"""

from __future__ import annotations

LANGS: tuple[str, ...] = ("id", "en")

# Interface strings. Keys are stable; notebooks and widgets look them up with text().
MESSAGES: dict[str, dict[str, str]] = {
    "followers": {"id": "Pengikut", "en": "Followers"},
    "engagement_rate": {"id": "Tingkat keterlibatan", "en": "Engagement rate"},
    "exact_count": {"id": "Angka persis", "en": "Exact count"},
    "exact_count_hint": {
        "id": "mis. 25.000 atau 2,9 jt lalu Enter",
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
        "id": "Tangga tingkatan influencer menurut dua artikel",
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
    "verdict_band": {"id": "keterlibatan {er} {assessment} ({band})", "en": "engagement {er} is {assessment} ({band})"},
    "band_range": {"id": "{low}\u2013{high}%", "en": "{low}\u2013{high}%"},
    "on_edge": {
        "id": "Tepat di batas {edge}: menurut {scheme}, angka ini masuk {tier}.",
        "en": "Exactly on the {edge} edge: under {scheme} this count is {tier}.",
    },
    "on_edge_convention": {
        "id": "Tepat di {edge}: Partipost menulis \u201c5.000 - 30.000\u201d dan \u201c30.000 - 100.000\u201d; "
        "kami memasukkannya ke {tier} (konvensi kami, bukan kata artikel).",
        "en": "Exactly {edge}: Partipost writes \u201c5.000 - 30.000\u201d and \u201c30.000 - 100.000\u201d; "
        "we put it in {tier} (our convention, not the article's words).",
    },
    "meaning_above": {
        "id": "Keterlibatan di atas rentang bisa berarti komunitas yang kuat, atau satu unggahan giveaway yang menaikkan angka.",
        "en": "Engagement above the band may mean a strong community, or a giveaway post that inflates the figure.",
    },
    "meaning_below": {
        "id": "Keterlibatan di bawah rentang bisa berarti audiens yang pasif, atau pengikut yang dibeli: periksa dulu sebelum bekerja sama.",
        "en": "Engagement below the band may mean a passive audience, or bought followers: check before working together.",
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
    "col_quote": {"id": "Kata artikel", "en": "The article's words"},
    "er_about": {"id": "sekitar {value}", "en": "about {value}"},
    "ladder_no_tier": {"id": "tanpa tingkatan di bawah {edge}", "en": "no tier below {edge}"},
    # What each tier means for a brand, with the article it comes from.
    "brand_partipost_nano": {
        "id": "Paling dipercaya pengikutnya; cocok untuk awareness, interest, hingga sales (Partipost).",
        "en": "Most trusted by their followers; suits awareness, interest and even sales (Partipost).",
    },
    "brand_partipost_micro": {
        "id": "Konten dari niche tertentu dan masih sempat membalas komentar dan DM (Partipost).",
        "en": "Niche content, and still time to answer comments and DMs (Partipost).",
    },
    "brand_partipost_macro": {
        "id": "Jangkauan lebih luas untuk brand awareness; bisa dikombinasikan dengan nano dan micro (Partipost).",
        "en": "Wider reach for brand awareness; can be combined with nano and micro (Partipost).",
    },
    "brand_partipost_mega": {
        "id": "Setara selebriti: awareness dan reputasi, tetapi harganya sangat tinggi (Partipost).",
        "en": "Celebrity-like: awareness and reputation, but very expensive (Partipost).",
    },
    "brand_harmony_micro": {
        "id": "Lebih dipercaya dan lebih murah, tetapi jangkauannya lebih sempit (Harmony).",
        "en": "More trusted and cheaper, but with a narrower reach (Harmony).",
    },
    "brand_harmony_macro": {
        "id": "Jangkauan luas dan risiko kecil, tetapi biaya tinggi dan kredibilitas sering diragukan (Harmony).",
        "en": "Wide reach and low risk, but high cost and often doubted credibility (Harmony).",
    },
}


def check_lang(lang: object) -> str:
    """Return ``lang`` if it is a supported language code, else raise ValueError."""
    if not isinstance(lang, str) or lang not in LANGS:
        raise ValueError(
            bilingual(
                f"lang = {lang!r}: bahasa tidak dikenal; pilih salah satu dari {', '.join(LANGS)}.",
                f"lang = {lang!r}: unknown language; choose one of {', '.join(LANGS)}.",
            )
        )
    return lang


def text(key: str, lang: str, **values: object) -> str:
    """The interface string ``key`` in ``lang``, with ``{placeholders}`` filled in."""
    check_lang(lang)
    return MESSAGES[key][lang].format(**values)


def bilingual(id_text: str, en_text: str) -> str:
    """Join an Indonesian and an English sentence into one error message."""
    return f"{id_text}\n{en_text}"
