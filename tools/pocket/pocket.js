// The pocket explorer's only code: it looks answers up in the data that
// tools/pocket.py exported from influtier_lite (influtier_lite/export.py). It holds no
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

  // Reads a typed count by the rules of influtier_lite.formatting.parse_count (exported as
  // data); tests/test_pocket.py checks both agree on every example. Returns
  // {count} or {error: message}.
  function parseCount(raw) {
    const P = D.parse;
    const fail = (kind) => ({ error: fill(P.messages[kind] || P.messages.other, { text: "'" + raw + "'" }) });
    const match = new RegExp(P.pattern, "u").exec(raw.trim());
    if (!match) return fail("other");
    const digits = match.groups.number.replace(/[\u00a0\u202f ]/g, "");
    const unit = (match.groups.unit || "").trim();
    let lang = D.lang;
    if (lang === "id" && (unit === "M" || unit === "m") && /^\d+\.\d{1,2}$/.test(digits)) lang = "en";
    let multiplier = 1n;
    if (unit === "M" || unit === "m") {
      if (lang !== "en") return fail("m");
      multiplier = 1000000n;
    } else if (unit) {
      const value = P.multipliers[unit.toLowerCase()];
      if (value === undefined) return fail("other");
      multiplier = BigInt(value);
    }
    const number = readDigits(digits, P.separators[lang], multiplier !== 1n);
    if (number === null) return fail("other");
    const scaled = number.units * multiplier, unitSize = 10n ** BigInt(number.decimals);
    if (scaled % unitSize !== 0n) return fail("other"); // not a whole number of followers
    return { count: Number(scaled / unitSize) };
  }
  // The digits as an exact decimal {units, decimals} (12,5 -> {125n, 1}), or null.
  function readDigits(digits, [grouping, decimalMark], hasUnit) {
    const decimal = (whole, fraction) => ({ units: BigInt(whole + fraction), decimals: fraction.length });
    const marks = new Set(digits.match(/[.,]/g) || []);
    if (marks.size === 0) return decimal(digits, "");
    const esc = (mark) => "\\" + mark;
    if (marks.size === 2) {
      const own = new RegExp("^\\d{1,3}(" + esc(grouping) + "\\d{3})+" + esc(decimalMark) + "\\d+$");
      if (!own.test(digits)) return null;
      const [whole, fraction] = digits.split(grouping).join("").split(decimalMark);
      return decimal(whole, fraction);
    }
    const mark = [...marks][0], parts = digits.split(mark);
    if (parts.includes("")) return null;
    if (mark === grouping && parts[0].length <= 3 && parts.slice(1).every((p) => p.length === 3)) {
      return decimal(parts.join(""), "");
    }
    if (parts.length === 2 && (mark === decimalMark || hasUnit)) {
      if (!hasUnit && parts[1].length === 3) return null; // "5,000" in Indonesian: unclear
      return decimal(parts[0], parts[1]);
    }
    return null;
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
    $("caption").textContent = fill(T.compare_caption, { followers: formatCount(count) });
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
