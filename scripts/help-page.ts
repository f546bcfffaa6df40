/**
 * Renders the add-in's offline help page from the generated function metadata, the dataset's sources
 * and a coverage matrix computed by the core itself, so the page shows exactly what the functions return.
 * Every function's help URL points at an anchor here (#trade, #series, ...).
 */
import { AseanCore } from "../src/core/api";
import { bundledDataset } from "../src/core/bundled-dataset";
import { isDomainError } from "../src/core/errors";
import { UNITS } from "../src/core/units";
import type { Status } from "../src/core/status";

interface Param { name: string; description?: string; optional?: boolean }
interface Fn { id: string; description?: string; parameters?: Param[]; result?: { dimensionality?: string } }

export function escapeHtml(s: unknown): string {
  return String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string);
}
const esc = escapeHtml;

const EXAMPLES: Record<string, [string, string][]> = {
  TRADE: [
    ['=ASEAN.TRADE("CN","MY",2024)', "China's 2024 goods trade with Malaysia, US$ billion, China Customs basis (212.03)"],
    ['=ASEAN.TRADE("CN","ASEAN",2024,"exports")', "China's 2024 exports to ASEAN"],
    ['=ASEAN.TRADE("中国","越南",2024,"total","CNY_100M")', "the same kind of figure in 亿元, from GAC's yuan table"],
    ['=ASEAN.TRADE("MY","CN",2020,"imports")', "Malaysia's imports from China as Malaysia reports them"],
    ['=ASEAN.TRADE("CN","RCEP","latest")', "the latest year; the group summed over its members"],
  ],
  SERIES: [
    ['=ASEAN.SERIES("CN","ASEAN",2010,2024)', "China–ASEAN trade by year, with a header row"],
    ['=ASEAN.SERIES("CN","MY",,,"exports",,"horizontal, status")', "every year, across, with each value's status"],
  ],
  PARTNERS: [
    ['=ASEAN.PARTNERS("CN",2024,,"ASEAN")', "China's ASEAN partners ranked, with shares of China's trade"],
    ['=ASEAN.PARTNERS("MY",2020,"exports",,5)', "Malaysia's top five export markets"],
  ],
  SHARE: [
    ['=ASEAN.SHARE("CN","ASEAN",2024)', "ASEAN's share of China's trade, both values in US$ (format as %)"],
    ['=ASEAN.SHARE("CN","MY",2024,,"ASEAN")', "Malaysia's share of China–ASEAN trade"],
    ['=ASEAN.SHARE("CN","ASEAN",2024,,,"CNY")', "the same share with both values in yuan, from GAC's yuan table"],
  ],
  GROWTH: [
    ['=ASEAN.GROWTH("CN","MY",2024)', "year-on-year growth of the US$ values"],
    ['=ASEAN.GROWTH("CN","ASEAN",2022,,,"CNY")', "growth of the yuan values, which differs from the US$ rate when the yuan moves against the dollar"],
    ['=ASEAN.GROWTH("CN","ASEAN",2024,,2010)', "compound annual growth since 2010"],
  ],
  MIRROR: [['=ASEAN.MIRROR("CN","MY",2020,"exports")', "China's exports to Malaysia against Malaysia's imports from China, and the gap"]],
  FDI: [['=ASEAN.FDI("CN","ASEAN",2022)', "China's FDI into ASEAN as ASEAN hosts report it"], ['=ASEAN.FDI("CN","MY",2022,"USD_MN","stock")', "China's FDI stock in Malaysia"]],
  SOURCE: [['=ASEAN.SOURCE("CN","MY",2024)', "citation of the TRADE value"]],
  LATEST: [['=ASEAN.LATEST("MY","CN")', "the newest year Malaysia reports (2020)"]],
  FX: [["=ASEAN.FX(2024)", "yuan per US$ used for 2024 conversions"]],
  COUNTRIES: [['=ASEAN.COUNTRIES("ASEAN")', "the ten members with codes and names"]],
  FACT: [['=ASEAN.FACT("ZERO_TARIFF_COVERAGE_PCT")', "the report's zero-tariff coverage (65, per cent)"], ['=ASEAN.FACT("EXCHANGE_STUDENTS","citation")', "where that figure comes from"]],
  FACTS: [["=ASEAN.FACTS()", "every headline figure with its id and citation"]],
  EDITION: [["=ASEAN.EDITION()", "the bundled dataset's edition"]],
};

function renderFunction(f: Fn): string {
  const params = f.parameters ?? [];
  const rows = params
    .map((p) => `<tr><td><code>${esc(p.name)}</code>${p.optional ? " <em>(optional)</em>" : ""}</td><td>${esc(p.description ?? "")}</td></tr>`)
    .join("");
  const examples = (EXAMPLES[f.id] ?? []).map(([formula, what]) => `<li><code>${esc(formula)}</code> — ${esc(what)}</li>`).join("");
  const signature = `ASEAN.${f.id}(${params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ")})`;
  const spills = f.result?.dimensionality === "matrix" ? "<p><em>Spills into neighbouring cells.</em></p>" : "";
  return `<section id="${esc(f.id.toLowerCase())}">
<h2><code>${esc(signature)}</code></h2>
<p>${esc(f.description ?? "")}</p>${spills}
${rows ? `<table><thead><tr><th>Argument</th><th>Meaning</th></tr></thead><tbody>${rows}</tbody></table>` : ""}
${examples ? `<h3>Examples</h3><ul>${examples}</ul>` : ""}
</section>`;
}

const LETTER: Record<Status, string> = { reported: "R", derived: "D", published: "P", estimated: "E" };
const MATRIX_CODES = ["CN", "BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN", "JP", "KR", "AU", "NZ", "US", "EU", "HK", "WORLD"];

/** Years with a total for each reporter and partner, as runs of one status: "2000–2020 R, 2024 P". */
export function coverageRuns(c: AseanCore, reporter: string, partner: string): string {
  const r = c.codes.get(reporter);
  const p = c.codes.get(partner);
  if (!r || !p) return "";
  const runs: [number, number, string][] = [];
  for (let y = 1995; y <= 2026; y++) {
    const v = c.trade.value({ reporter: r, partner: p, year: y, flow: "total", unit: UNITS.USD_BN });
    if (isDomainError(v)) continue;
    const last = runs[runs.length - 1];
    const letter = LETTER[v.status];
    if (last && last[1] === y - 1 && last[2] === letter) last[1] = y;
    else runs.push([y, y, letter]);
  }
  return runs.map(([a, b, l]) => `${a === b ? a : `${a}–${String(b).slice(2)}`} ${l}`).join(", ");
}

function renderCoverage(c: AseanCore): string {
  const head = MATRIX_CODES.map((code) => `<th scope="col">${esc(code)}</th>`).join("");
  const body = MATRIX_CODES.map((r) => {
    const cells = MATRIX_CODES.map((p) => `<td>${r === p ? "—" : esc(coverageRuns(c, r, p))}</td>`).join("");
    return `<tr><th scope="row">${esc(r)}</th>${cells}</tr>`;
  }).join("");
  return `<section id="coverage">
<h2>Coverage</h2>
<p>Years in which <code>ASEAN.TRADE(reporter, partner, year)</code> returns a total, by reporter (rows) and partner
(columns), with the status of the value: R reported, P published, D derived, E estimated. China also reports 2023
and 2024 values with about 240 more partners (GAC table), and groups (ASEAN, RCEP) are summed from their members
where the source has no figure for them.</p>
<div class="wide"><table class="coverage"><thead><tr><th>reporter \\ partner</th>${head}</tr></thead><tbody>${body}</tbody></table></div>
</section>`;
}

function renderErrors(): string {
  return `<section id="errors">
<h2>Errors</h2>
<p>Hover over an error cell to read its message.</p>
<ul>
<li><code>#N/A</code> — no such data, as when <code>XLOOKUP</code> finds nothing: a year, pair, flow or figure id the
sources do not have. The message says why and what exists instead, e.g. the years a pair covers.</li>
<li><code>#VALUE!</code> — an argument of the wrong kind, and the message names it: an unknown country, flow or unit, a
fraction as a year, or a date where a year belongs (45658 is 1 January 2025: use <code>YEAR(A1)</code>).</li>
</ul>
<p>A spilling function whose arguments are wrong shows one error cell with its message.</p>
</section>`;
}

function renderSources(c: AseanCore): string {
  const all = Object.entries(c.dataset.sources);
  const tables = all.filter(([, s]) => !s.grade);
  const quoted = all.filter(([, s]) => s.grade);
  const row = ([id, s]: [string, { publisher: string; dataset: string; licence: string }]): string =>
    `<tr><td><code>${esc(id)}</code></td><td>${esc(s.publisher)}</td><td>${esc(s.dataset)}</td><td>${esc(s.licence)}</td></tr>`;
  return `<section id="data">
<h2>The data</h2>
<p>Every value is as the reporter's own statistics record it, and carries a source and a status:
<strong>reported</strong> (an official table), <strong>derived</strong> (computed from official figures: a sum,
a conversion, a year-on-year rate), <strong>published</strong> (an official headline figure quoted by a grade A or B
source) or <strong>estimated</strong> (a documented estimate). Where no source has a value, functions return
<code>#N/A</code> with what exists instead. <code>=ASEAN.SOURCE(...)</code> cites any value.</p>
<table><thead><tr><th>Source</th><th>Publisher</th><th>Dataset</th><th>Licence</th></tr></thead><tbody>${tables.map(row).join("")}</tbody></table>
<p>Plus ${quoted.length} published figures, each cited with its page by <code>ASEAN.SOURCE</code>.</p>
</section>`;
}

export function renderHelpPage(metadata: { functions: Fn[] }): string {
  const c = new AseanCore(bundledDataset());
  const functions = [...metadata.functions].sort((a, b) => a.id.localeCompare(b.id));
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'; img-src 'self'" />
<title>ASEAN Data — function help</title>
<link rel="stylesheet" href="help.css" />
</head>
<body>
<header><h1>ASEAN Data — function help</h1>
<p>China–ASEAN trade and investment figures in Excel, from a bundled, cited dataset (edition ${esc(c.edition())}). No network needed.</p>
<nav aria-label="Contents"><ul>${functions.map((f) => `<li><a href="#${esc(f.id.toLowerCase())}">ASEAN.${esc(f.id)}</a></li>`).join("")}<li><a href="#errors">Errors</a></li><li><a href="#data">The data</a></li><li><a href="#coverage">Coverage</a></li></ul></nav>
</header>
<main>
${functions.map(renderFunction).join("\n")}
${renderErrors()}
${renderSources(c)}
${renderCoverage(c)}
</main>
</body>
</html>
`;
}
