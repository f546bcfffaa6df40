/**
 * Renders the add-in's offline help page from the generated function metadata (descriptions), the
 * core's function registry (examples, with their results computed here as the page is built), the
 * dataset's sources and a coverage matrix computed by the core itself, so the page shows exactly what
 * the functions return.
 * Every function's help URL points at an anchor here (#trade, #series, ...).
 */
import { AseanCore } from "../src/core/api";
import { bundledDataset } from "../src/core/bundled-dataset";
import { ERROR_CODE, isDomainError } from "../src/core/errors";
import { formulaText } from "../src/core/formula-text";
import type { Matrix, MatrixCell } from "../src/core/matrix";
import { isFunctionId, REGISTRY } from "../src/core/registry/registry";
import { UNITS } from "../src/core/units";
import type { Status } from "../src/core/status";

interface Param { name: string; description?: string; optional?: boolean }
interface Fn { id: string; description?: string; parameters?: Param[] }

export function escapeHtml(s: unknown): string {
  return String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string);
}
const esc = escapeHtml;

/** A result as a cell shows it: numbers as Excel's General format does, errors with their message. */
function cellText(v: MatrixCell): string {
  if (isDomainError(v)) return ERROR_CODE[v.error];
  if (typeof v === "number") return String(Number(v.toPrecision(10)));
  return typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : v;
}

const SHOWN_ROWS = 6;

/** An example's result, computed by the core when the page is built. */
function renderResult(v: unknown): string {
  if (isDomainError(v)) return `<code>${esc(ERROR_CODE[v.error])}</code> ${esc(v.message)}`;
  if (!Array.isArray(v)) return `<code>${esc(cellText(v as MatrixCell))}</code>`;
  const rows = (v as Matrix).slice(0, SHOWN_ROWS).map((row) => `<tr>${row.map((c) => `<td>${esc(cellText(c))}</td>`).join("")}</tr>`).join("");
  const more = v.length > SHOWN_ROWS ? `<p class="more">… and ${v.length - SHOWN_ROWS} more rows.</p>` : "";
  return `<div class="wide"><table class="result"><tbody>${rows}</tbody></table></div>${more}`;
}

function renderExamples(c: AseanCore, id: string): string {
  if (!isFunctionId(id)) return "";
  const items = REGISTRY[id].examples.map((e) =>
    `<li><code>${esc(formulaText(id, e.args))}</code> — ${esc(e.what)}<br />Result: ${renderResult(c.call(id, e.args))}</li>`);
  return items.length > 0 ? `<h3>Examples</h3><ul>${items.join("")}</ul>` : "";
}

function renderFunction(c: AseanCore, f: Fn): string {
  const params = f.parameters ?? [];
  const rows = params
    .map((p) => `<tr><td><code>${esc(p.name)}</code>${p.optional ? " <em>(optional)</em>" : ""}</td><td>${esc(p.description ?? "")}</td></tr>`)
    .join("");
  const signature = `ASEAN.${f.id}(${params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ")})`;
  const spills = isFunctionId(f.id) && REGISTRY[f.id].spills ? "<p><em>Spills into neighbouring cells.</em></p>" : "";
  return `<section id="${esc(f.id.toLowerCase())}">
<h2><code>${esc(signature)}</code></h2>
<p>${esc(f.description ?? "")}</p>${spills}
${rows ? `<table><thead><tr><th>Argument</th><th>Meaning</th></tr></thead><tbody>${rows}</tbody></table>` : ""}
${renderExamples(c, f.id)}
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
${functions.map((f) => renderFunction(c, f)).join("\n")}
${renderErrors()}
${renderSources(c)}
${renderCoverage(c)}
</main>
</body>
</html>
`;
}
