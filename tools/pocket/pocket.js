// The pocket explorer's only code: it looks answers up in the data that
// tools/pocket.py exported from influtier_lite (influtier_lite/core/export.py). It holds no
// threshold, band or sentence of its own; every word on the page comes from that data.
"use strict";
(function () {
  const D = JSON.parse(document.getElementById("influtier-data").textContent);
  const T = D.text;
  const $ = (id) => document.getElementById(id);
  const followersBox = $("followers"), followersSlider = $("followers-slider"), erSlider = $("er");
  const [LOW, HIGH] = D.followerRange;
  const state = { count: D.start.followers, step: Math.round(D.start.er / D.er.step) };

  // --- numbers ------------------------------------------------------------------------
  function formatCount(count) { // a whole number with the language's grouping (format_number)
    const digits = String(Math.round(count));
    return digits.replace(/\B(?=(\d{3})+(?!\d))/g, D.number.group);
  }
  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? values[name] : whole));
  }
  // A text with plural forms (words.toml: en.one, en.other) in the form for ``count``, by the
  // same CLDR rules as Babel's; a text without them as it is.
  function plural(entry, count) {
    return typeof entry === "string" ? entry : (entry[new Intl.PluralRules(D.lang).select(count)] ?? entry.other);
  }

  // Reads a typed count step by step as influtier_lite.core.formatting.parse_count does, with its
  // patterns, limits and messages exported as data (D.parse); tests/test_pocket.py checks
  // both agree, message included, on every example. Returns {count} or {error: message}.
  function parseCount(raw) {
    const P = D.parse, R = P.patterns;
    const whole = (pattern) => new RegExp("^(?:" + pattern + ")$", "u");
    const fail = (kind, parts = {}) => ({ error: fill(P.messages[kind], { text: shown(raw), ...parts }) });
    const length = [...raw].length; // Python counts code points
    if (length > P.maxText) return fail("long", { length: String(length) });
    const stripped = strip(raw, P.whitespace);
    const match = new RegExp("^(?:" + R.number + ")", "u").exec(stripped);
    const unit = match ? strip(stripped.slice(match[0].length), P.whitespace) : "";
    if (!match || (unit && !whole(R.unit).test(unit))) return fail("unreadable");
    const number = stripEnd(match[0], P.spaces);
    // Spaces may group the whole part in threes, and nothing else.
    let digits = number;
    if ([...P.spaces].some((space) => number.includes(space))) {
      const wholePart = number.split(/[.,]/)[0], rest = number.slice(wholePart.length);
      if (!whole(R.spaceGroups).test(wholePart) || [...P.spaces].some((space) => rest.includes(space))) {
        return fail("spaces");
      }
      digits = [...number].filter((c) => !P.spaces.includes(c)).join("");
    }
    const isM = unit === "M" || unit === "m";
    let lang = D.lang;
    if (lang === "id" && isM && whole(R.mEnglish).test(digits)) lang = "en"; // "1.5M": English notation
    let multiplier = 1n;
    if (isM) {
      if (lang !== "en") return fail("m"); // M: miliar in Indonesian, million in English
      multiplier = 1000000n;
    } else if (unit) {
      const value = P.multipliers[unit.toLowerCase()];
      if (value === undefined) return fail("unit", { unit: pyRepr(unit) });
      multiplier = BigInt(value);
    }
    const read = readDigits(digits, lang, multiplier !== 1n);
    if (read.refused) return fail(read.refused, read.parts);
    const scaled = read.units * multiplier, unitSize = 10n ** BigInt(read.decimals);
    if (scaled > BigInt(P.maxNumber) * unitSize) return fail("range");
    if (scaled % unitSize !== 0n) return fail("fraction", { count: decimalText(scaled, read.decimals) });
    return { count: Number(scaled / unitSize) };
  }
  // The digits as an exact decimal {units, decimals} (12,5 -> {125n, 1}), or {refused, parts}.
  function readDigits(digits, lang, hasUnit) {
    const [grouping, decimalMark] = D.parse.separators[lang];
    const ascii = [...digits].map(digitValue).join("");
    const decimal = (wholePart, fraction) => ({ units: BigInt(wholePart + fraction), decimals: fraction.length });
    const marks = new Set(ascii.match(/[.,]/g) || []);
    if (marks.size === 0) return decimal(ascii, "");
    if (marks.size === 2) {
      if (!new RegExp("^(?:" + D.parse.bothMarks[lang] + ")$", "u").test(digits)) return { refused: "mixed" };
      const [wholePart, fraction] = ascii.split(grouping).join("").split(decimalMark);
      return decimal(wholePart, fraction);
    }
    const mark = [...marks][0], parts = ascii.split(mark);
    if (parts.includes("")) return { refused: "bare_mark", parts: { mark: pyRepr(mark) } };
    if (mark === grouping && parts[0].length <= 3 && parts.slice(1).every((p) => p.length === 3)) {
      return decimal(parts.join(""), ""); // 5.000 (id), 1,500,000 (en)
    }
    if (parts.length === 2 && (mark === decimalMark || hasUnit)) {
      if (!hasUnit && parts[1].length === 3) { // "5,000" in Indonesian: five, or five thousand?
        return { refused: "ambiguous", parts: { written: digits.split(mark).join(grouping) } };
      }
      return decimal(parts[0], parts[1]); // 2,9 jt; 3.3k; 5,5 (then not whole)
    }
    return { refused: "misplaced", parts: { mark: pyRepr(mark) } };
  }
  // A digit of any script as an ASCII digit (as Decimal() reads it); marks stay as they are.
  function digitValue(char) {
    const code = char.codePointAt(0);
    for (const zero of D.parse.digitZeros) if (code >= zero && code <= zero + 9) return String(code - zero);
    return char;
  }
  // units / 10^decimals as Python writes the normalized Decimal (2.5, 0.05, 1E-7).
  function decimalText(units, decimals) {
    let digits = units.toString(), exponent = -decimals;
    while (digits.endsWith("0") && exponent < 0) { digits = digits.slice(0, -1); exponent += 1; }
    const adjusted = digits.length - 1 + exponent;
    if (adjusted < -6) return digits[0] + (digits.length > 1 ? "." + digits.slice(1) : "") + "E" + adjusted;
    if (-exponent < digits.length) return digits.slice(0, digits.length + exponent) + "." + digits.slice(digits.length + exponent);
    return "0." + "0".repeat(-exponent - digits.length) + digits;
  }
  const strip = (text, chars) => stripEnd(stripStart(text, chars), chars);
  function stripStart(text, chars) {
    let i = 0;
    while (i < text.length && chars.includes(text[i])) i += 1;
    return text.slice(i);
  }
  function stripEnd(text, chars) {
    let end = text.length;
    while (end > 0 && chars.includes(text[end - 1])) end -= 1;
    return text.slice(0, end);
  }
  // Python's repr() of a string, and shown(): the repr, cut when long (influtier_lite.core.validate).
  function pyRepr(text) {
    const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
    const named = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r", [quote]: "\\" + quote };
    let out = quote;
    for (const char of text) {
      const code = char.codePointAt(0);
      if (char in named) out += named[char];
      else if (char !== " " && /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u.test(char)) {
        const [prefix, width] = code < 0x100 ? ["\\x", 2] : code < 0x10000 ? ["\\u", 4] : ["\\U", 8];
        out += prefix + code.toString(16).padStart(width, "0");
      } else out += char;
    }
    return out + quote;
  }
  function shown(text) {
    const limit = D.parse.shownLimit, chars = [...text];
    if (chars.length > limit) {
      return pyRepr(chars.slice(0, limit - 12).join("")).slice(0, -1) + "…'(" + chars.length + " chars)";
    }
    const written = [...pyRepr(text)];
    if (written.length <= limit) return written.join("");
    return written.slice(0, limit - 12).join("") + "…(" + written.length + " chars)";
  }

  // --- answers ------------------------------------------------------------------------
  function cellOf(count) { // the last cell whose start is <= count
    let lo = 0, hi = D.cells.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (D.cells[mid].start <= count) lo = mid; else hi = mid - 1;
    }
    return D.cells[lo];
  }
  function runOf(cell, step) {
    let found = cell.runs[0];
    for (const run of cell.runs) if (run[0] <= step) found = run;
    return found;
  }
  const S = (i) => D.strings[i];
  function listItems(list, refs, er) {
    list.replaceChildren(...refs.map((i) => {
      const item = document.createElement("li");
      item.textContent = fill(S(i), { er });
      return item;
    }));
  }

  function render() {
    const count = state.count, er = D.er.labels[state.step];
    const cell = cellOf(count), [, findings, brand, verdicts] = runOf(cell, state.step);
    $("er-readout").textContent = er;
    $("headline").textContent = fill(T.account_line, { followers: formatCount(count), er });
    listItems($("findings"), findings, er);
    listItems($("brand"), brand, er);
    $("brand-block").hidden = brand.length === 0;
    $("caption").textContent = fill(plural(T.compare_caption, Math.round(count)), { followers: formatCount(count) });
    for (const row of document.querySelectorAll("#schemes tr[data-scheme]")) {
      const id = row.dataset.scheme, tier = cell.tiers[id];
      row.dataset.tier = tier;
      row.dataset.verdict = verdicts[id];
      const cells = row.querySelectorAll("td");
      cell.rows[id].forEach((i, column) => { cells[column].textContent = S(i); });
      cells[2].style.setProperty("--tier", tier ? D.colours[tier] : D.noTierColour);
    }
    const clipped = Math.min(Math.max(count, LOW), HIGH);
    const along = (Math.log10(clipped) - Math.log10(LOW)) / (Math.log10(HIGH) - Math.log10(LOW));
    const left = along * 100 + "%";
    $("marker").style.left = left;
    $("marker-label").style.left = left;
    // Its anchor slides from its left end to its right end along the axis: never past the edges.
    $("marker-label").style.transform = `translateX(${-along * 100}%)`;
    $("marker-label").textContent = formatCount(count);
    $("ladder").setAttribute("aria-label", fill(T.ladder_alt, { followers: formatCount(count) }));
    document.body.dataset.rendered = String(count) + "@" + state.step; // for tests and the benchmark
  }

  // --- wiring -------------------------------------------------------------------------
  function showCount(count, fromSlider) {
    state.count = count;
    if (!fromSlider) {
      const clipped = Math.min(Math.max(count, LOW), HIGH);
      followersSlider.value = String(Math.round(Math.log10(clipped) * 100));
    }
    followersBox.value = formatCount(count);
    render();
  }
  function readBox() {
    const result = parseCount(followersBox.value);
    $("box-error").textContent = result.error || "";
    if (!result.error) showCount(result.count, false);
  }
  followersSlider.addEventListener("input", () => {
    $("box-error").textContent = "";
    showCount(Math.round(10 ** (Number(followersSlider.value) / 100)), true);
  });
  followersBox.addEventListener("change", readBox);
  followersBox.addEventListener("keydown", (event) => { if (event.key === "Enter") readBox(); });
  const readEr = () => {
    state.step = Math.min(Math.max(Math.round(Number(erSlider.value) / D.er.step), 0), D.er.labels.length - 1);
    render();
  };
  erSlider.addEventListener("input", readEr);
  erSlider.addEventListener("change", readEr);
  // A tier's name is shown only where its bar is wide enough for it (as in the notebook's figure).
  function fitLabels() {
    for (const label of document.querySelectorAll(".segment > span")) {
      label.style.visibility = "";
      if (label.scrollWidth > label.parentElement.clientWidth - 2) label.style.visibility = "hidden";
    }
  }
  window.addEventListener("resize", fitLabels);
  fitLabels();
  erSlider.value = String(state.step * D.er.step);
  showCount(state.count, false);
})();
