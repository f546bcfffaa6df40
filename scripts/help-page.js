/* eslint-disable @typescript-eslint/no-require-imports */
/**
 * Renders the add-in's offline help page from the generated function metadata and the dataset's own
 * sources table. Every function's help URL points at an anchor here (#trade, #source, ...).
 */
const dataset = require("../src/core/data/dataset.json");

const esc = (s) =>
  String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

const EXAMPLES = {
  TRADE: [
    ['=ASEAN.TRADE("CN","MY",2024)', "China's 2024 goods trade with Malaysia, US$ billion, China Customs basis"],
    ['=ASEAN.TRADE("CN","ASEAN",2024,"exports")', "China's 2024 exports to ASEAN"],
    ['=ASEAN.TRADE("中国","越南",2024,"total","CNY_100M")', "the same pair in 亿元"],
    ['=ASEAN.TRADE("MY","CN",2020,"imports")', "Malaysia's imports from China as Malaysia reports them"],
    ['=ASEAN.TRADE("CN","RCEP","latest")', "latest year, group summed over its members"],
  ],
  SOURCE: [['=ASEAN.SOURCE("CN","MY",2024)', "citation of the value above"]],
  EDITION: [["=ASEAN.EDITION()", "the bundled dataset's edition"]],
};

function renderFunction(f) {
  const params = (f.parameters || [])
    .map((p) => `<tr><td><code>${esc(p.name)}</code>${p.optional ? " <em>(optional)</em>" : ""}</td><td>${esc(p.description || "")}</td></tr>`)
    .join("");
  const examples = (EXAMPLES[f.id] || [])
    .map(([formula, what]) => `<li><code>${esc(formula)}</code> — ${esc(what)}</li>`)
    .join("");
  const signature = `ASEAN.${f.id}(${(f.parameters || []).map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ")})`;
  return `<section id="${esc(f.id.toLowerCase())}">
  <h2><code>${esc(signature)}</code></h2>
  <p>${esc(f.description || "")}</p>
  ${params ? `<table><thead><tr><th>Argument</th><th>Meaning</th></tr></thead><tbody>${params}</tbody></table>` : ""}
  ${examples ? `<h3>Examples</h3><ul>${examples}</ul>` : ""}
</section>`;
}

function renderSources() {
  const tables = Object.entries(dataset.sources).filter(([, s]) => !s.grade);
  const quoted = Object.entries(dataset.sources).filter(([, s]) => s.grade);
  const row = ([id, s]) =>
    `<tr><td><code>${esc(id)}</code></td><td>${esc(s.publisher)}</td><td>${esc(s.dataset)}</td><td>${esc(s.licence)}</td></tr>`;
  return `<section id="data">
  <h2>The data</h2>
  <p>Every value is as the reporter's own statistics record it, and carries a source and a status:
  <strong>reported</strong> (an official table), <strong>derived</strong> (computed from official figures: a sum,
  a conversion, a year-on-year rate), <strong>published</strong> (an official headline figure quoted by a grade A or B
  source) or <strong>estimated</strong> (a documented estimate). Where no source has a value, functions return
  <code>#N/A</code> with what exists instead. <code>=ASEAN.SOURCE(...)</code> cites any value.</p>
  <table><thead><tr><th>Source</th><th>Publisher</th><th>Dataset</th><th>Licence</th></tr></thead><tbody>${tables.map(row).join("")}</tbody></table>
  <p>Plus ${quoted.length} published figures, each cited with its page.</p>
</section>`;
}

function renderHelpPage(metadata) {
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
<p>China–ASEAN trade figures in Excel, from a bundled, cited dataset (edition ${esc(dataset.edition)}). No network needed.</p>
<nav aria-label="Functions"><ul>${functions.map((f) => `<li><a href="#${esc(f.id.toLowerCase())}">ASEAN.${esc(f.id)}</a></li>`).join("")}<li><a href="#data">The data</a></li></ul></nav>
</header>
<main>
${functions.map(renderFunction).join("\n")}
${renderSources()}
</main>
</body>
</html>
`;
}

module.exports = { renderHelpPage, escapeHtml: esc };
