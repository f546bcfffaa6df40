/**
 * Renders the add-in's offline help page from the generated function metadata (descriptions), the
 * core's function registry (examples, with their results computed here as the page is built), the
 * dataset's sources and the coverage computed by the core itself, so the page shows exactly what the
 * functions return. It reads at a task pane's width (350 px): nothing is wider than the page, and what
 * scrolls sideways is a region the keyboard can reach.
 * Every function's help URL points at an anchor here (#trade, #series, ...).
 */
import { AseanCore } from "../src/core/api";
import { bundledDataset } from "../src/core/bundled-dataset";
import { ERROR_CODE, isDomainError } from "../src/core/errors";
import { formulaText } from "../src/core/formula-text";
import type { Matrix, MatrixCell } from "../src/core/matrix";
import { broadcasts, isFunctionId, REGISTRY } from "../src/core/registry/registry";
import { esc, renderCoverage } from "./help-coverage";

interface Param {
  name: string;
  description?: string;
  optional?: boolean;
}
interface Fn {
  id: string;
  description?: string;
  parameters?: Param[];
}

/** In order of use: what most workbooks need first; any function not listed follows alphabetically. */
export const FUNCTION_ORDER = [
  "TRADE",
  "SERIES",
  "SHARE",
  "GROWTH",
  "PARTNERS",
  "MIRROR",
  "SOURCE",
  "LATEST",
  "FDI",
  "FX",
  "COUNTRIES",
  "FACT",
  "FACTS",
  "EDITION",
];

/** A result as a cell shows it: numbers as Excel's General format does, errors by their code. */
function cellText(v: MatrixCell): string {
  if (isDomainError(v)) return ERROR_CODE[v.error];
  if (typeof v === "number") return String(Number(v.toPrecision(10)));
  return typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : v;
}

const SHOWN_ROWS = 4;

/**
 * An example's result, computed by the core when the page is built: one value beside the formula, or the first rows it
 * spills.
 */
function renderResult(formula: string, v: unknown): string {
  if (isDomainError(v))
    return `<span class="result">→ <output>${esc(ERROR_CODE[v.error])}</output> ${esc(v.message)}</span>`;
  if (!Array.isArray(v)) return `<span class="result">→ <output>${esc(cellText(v as MatrixCell))}</output></span>`;
  const rows = (v as Matrix)
    .slice(0, SHOWN_ROWS)
    .map((row) => `<tr>${row.map((c) => `<td>${esc(cellText(c))}</td>`).join("")}</tr>`)
    .join("");
  const more = v.length > SHOWN_ROWS ? `<p class="more">… ${v.length} rows in all.</p>` : "";
  return (
    `<div class="wide" role="region" aria-label="Result of ${esc(formula)}" tabindex="0"><table ` +
    `class="result"><tbody>${rows}</tbody></table></div>${more}`
  );
}

function renderExamples(c: AseanCore, id: string): string {
  if (!isFunctionId(id)) return "";
  const items = REGISTRY[id].examples.map((e) => {
    const formula = formulaText(id, e.args);
    return `<li><code>${esc(formula)}</code> ${renderResult(formula, c.call(id, e.args))}<br />${esc(e.what)}</li>`;
  });
  return items.length > 0 ? `<h3>Examples</h3><ul class="examples">${items.join("")}</ul>` : "";
}

function renderFunction(c: AseanCore, f: Fn): string {
  const params = f.parameters ?? [];
  const rows = params
    .map(
      (p) =>
        `<tr><td><code>${esc(p.name)}</code>${p.optional ? " <em>(optional)</em>" : ""}</td>` +
        `<td>${esc(p.description ?? "")}</td></tr>`,
    )
    .join("");
  const signature = `ASEAN.${f.id}(${params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ")})`;
  const spills = !isFunctionId(f.id)
    ? ""
    : REGISTRY[f.id].spills
      ? "<p><em>Spills into neighbouring cells.</em></p>"
      : broadcasts(f.id)
        ? "<p><em>A range in any " +
          "argument gives one result " +
          "per cell, e.g. ten partners in B2:B11 give ten " +
          "values.</em></p>"
        : "";
  return `<section id="${esc(f.id.toLowerCase())}">
<h2><code>${esc(signature)}</code></h2>
<p>${esc(f.description ?? "")}</p>${spills}
${rows ? `<table><thead><tr><th>Argument</th><th>Meaning</th></tr></thead><tbody>${rows}</tbody></table>` : ""}
${renderExamples(c, f.id)}
</section>`;
}

const ERRORS =
  `<section id="errors">
<h2>When a cell shows an error</h2>
<p>Hover over an error cell (or select it and open the error indicator) to read its message.</p>
<dl>
<dt><code>#N/A</code></dt><dd>No such data, as when <code>XLOOKUP</code> finds nothing: a year, pair, flow or figure id
the bundled sources do not have. The message says why and what exists instead, e.g. the years a pair covers;
<code>=ASEAN.LATEST(reporter, partner)</code> gives the newest year.</dd>
<dt><code>#VALUE!</code></dt><dd>An argument of the wrong kind, and the message names it: a country or group not known
(the message suggests the closest names), a fraction as a year, a date where a year belongs (45658 is 1 January
2025: use <code>YEAR(A1)</code>), an unknown flow or unit. Codes (<code>MY</code>, <code>MYS</code>), English names
(<code>Malaysia</code>) and Chinese names (<code>马来西亚</code>) all work. A spilling function whose arguments are
wrong shows one error cell with its message.</dd>
<dt><code>#NAME?</code></dt><dd>Excel does not know the <code>ASEAN.</code> functions in this workbook: the add-in is
not loaded. Open it from <strong>Home › ASEAN Data</strong> (or install it again), then recalculate with
<kbd>Ctrl</kbd>+<kbd>Alt</kbd>+<kbd>F9</kbd>. The pane's Workbook view repairs formulas saved where the add-in was ` +
  `not loaded.</dd>
<dt><code>#BUSY!</code></dt><dd>Excel is still loading the add-in; it clears by itself within a few seconds. If it
stays, close and reopen the workbook.</dd>
<dt><code>#SPILL!</code></dt><dd>A function that spills (SERIES, PARTNERS, MIRROR, COUNTRIES, FACTS), or one given
a range, needs empty cells below or beside it: clear them, or move the formula.</dd>
</dl>
</section>`;

function renderSources(c: AseanCore): string {
  const all = Object.values(c.dataset.sources);
  const tables = all.filter((s) => !s.grade);
  const quoted = all.filter((s) => s.grade);
  const row = (s: { publisher: string; dataset: string; licence: string }): string =>
    `<tr><td>${esc(s.publisher)}</td><td>${esc(s.dataset)}</td><td>${esc(s.licence)}</td></tr>`;
  return (
    `<section id="data">
<h2>The data</h2>
<p>Every value is as the reporter's own statistics record it, and carries a source and a status:
<strong>reported</strong> (an official table), <strong>derived</strong> (computed from official figures: a sum,
a conversion, a year-on-year rate), <strong>published</strong> (an official headline figure quoted by a grade A or B
source) or <strong>estimated</strong> (a documented estimate). Where no source has a value, functions return
<code>#N/A</code> with what exists instead. <code>=ASEAN.SOURCE(...)</code> cites any value.</p>
<div class="wide" role="region" aria-label="Sources" tabindex="0">` +
    `<table><thead><tr><th>Publisher</th><th>Dataset</th><th>Licence</th></tr></thead>` +
    `<tbody>${tables.map(row).join("")}</tbody></table></div>
<p>Plus ${quoted.length} published figures, each cited with its page by <code>ASEAN.SOURCE</code>.</p>
</section>`
  );
}

function inOrderOfUse(functions: Fn[]): Fn[] {
  const rank = (f: Fn): number => {
    const i = FUNCTION_ORDER.indexOf(f.id);
    return i < 0 ? FUNCTION_ORDER.length : i;
  };
  return [...functions].sort((a, b) => rank(a) - rank(b) || a.id.localeCompare(b.id));
}

const contentsItem = (f: Fn): string => `<li><a href="#${esc(f.id.toLowerCase())}">ASEAN.${esc(f.id)}</a></li>`;

export function renderHelpPage(metadata: { functions: Fn[] }): string {
  const c = new AseanCore(bundledDataset());
  const functions = inOrderOfUse(metadata.functions);
  return (
    `<!doctype html>
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
<p>China–ASEAN trade and investment figures in Excel, from a bundled, cited dataset (edition ${esc(c.edition())}). ` +
    `No network needed.
Every example below shows the result the function returns.</p>
<nav aria-label="Contents"><ul>${functions.map(contentsItem).join("")}` +
    `<li><a href="#errors">Errors</a></li><li><a href="#data">The data</a></li>` +
    `<li><a href="#coverage">Coverage</a></li></ul></nav>
</header>
<main>
${functions.map((f) => renderFunction(c, f)).join("\n")}
${ERRORS}
${renderSources(c)}
${renderCoverage(c)}
</main>
</body>
</html>
`
  );
}
