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
import { EXERCISE_MESSAGES_ZH, feedbackIn } from "../src/core/exercise/messages-zh";
import type { MessageTable } from "../src/core/exercise/messages";
import { messageIn } from "../src/core/i18n/messages-zh";
import type { Language } from "../src/core/i18n/language";
import { esc, renderCoverage } from "./help-coverage";
import { HELP_TEXT, type HelpText } from "./help-text";

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

/** What the page says in its language, and how it names countries in messages. */
interface Page {
  readonly c: AseanCore;
  readonly text: HelpText;
  readonly language: Language;
}

const said = (p: Page, message: string): string =>
  messageIn(message, p.language, (en) => p.c.codes.all().find((e) => e.en === en)?.zh);

/** CHECK's feedback in a table's words, cell by cell. */
const feedbackInTable = (v: unknown, table: MessageTable): unknown =>
  Array.isArray(v)
    ? v.map((row: unknown) =>
        Array.isArray(row) ? row.map((c) => (typeof c === "string" ? feedbackIn(c, table) : c)) : row,
      )
    : v;

/**
 * An example's result, computed by the core when the page is built: one value beside the formula, or the first rows it
 * spills.
 */
function renderResult(p: Page, formula: string, v: unknown): string {
  if (isDomainError(v))
    return `<span class="result">→ <output>${esc(ERROR_CODE[v.error])}</output> ${esc(said(p, v.message))}</span>`;
  if (!Array.isArray(v)) return `<span class="result">→ <output>${esc(cellText(v as MatrixCell))}</output></span>`;
  const rows = (v as Matrix)
    .slice(0, SHOWN_ROWS)
    .map((row) => `<tr>${row.map((c) => `<td>${esc(cellText(c))}</td>`).join("")}</tr>`)
    .join("");
  const more = v.length > SHOWN_ROWS ? `<p class="more">${esc(p.text.rowsInAll(v.length))}</p>` : "";
  return (
    `<div class="wide" role="region" aria-label="${esc(p.text.resultOf(formula))}" tabindex="0">` +
    `<table class="result"><tbody>${rows}</tbody></table></div>${more}`
  );
}

function renderExamples(p: Page, id: string): string {
  if (!isFunctionId(id)) return "";
  const items = REGISTRY[id].examples.map((e, i) => {
    const formula = formulaText(id, e.args);
    const what = p.text.exampleWhat?.[id]?.[i] ?? e.what;
    const v = p.c.call(id, e.args);
    const shown =
      id === "SOURCE" && typeof v === "string"
        ? said(p, v)
        : id === "CHECK" && p.language === "zh"
          ? feedbackInTable(v, EXERCISE_MESSAGES_ZH)
          : v;
    return `<li><code>${esc(formula)}</code> ${renderResult(p, formula, shown)}<br />${esc(what)}</li>`;
  });
  return items.length > 0 ? `<h3>${esc(p.text.examples)}</h3><ul class="examples">${items.join("")}</ul>` : "";
}

function renderFunction(p: Page, f: Fn): string {
  const params = f.parameters ?? [];
  const rows = params
    .map(
      (q) =>
        `<tr><td><code>${esc(q.name)}</code>${q.optional ? ` <em>${esc(p.text.optional)}</em>` : ""}</td>` +
        `<td>${esc(q.description ?? "")}</td></tr>`,
    )
    .join("");
  const signature = `ASEAN.${f.id}(${params.map((q) => (q.optional ? `[${q.name}]` : q.name)).join(", ")})`;
  const note = !isFunctionId(f.id)
    ? undefined
    : REGISTRY[f.id].spills
      ? p.text.spills
      : broadcasts(f.id)
        ? p.text.ranges
        : undefined;
  const spills = note ? `<p><em>${esc(note)}</em></p>` : "";
  const head = `<th>${esc(p.text.argument)}</th><th>${esc(p.text.meaning)}</th>`;
  return `<section id="${esc(f.id.toLowerCase())}">
<h2><code>${esc(signature)}</code></h2>
<p>${esc(f.description ?? "")}</p>${spills}
${rows ? `<table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>` : ""}
${renderExamples(p, f.id)}
</section>`;
}

function renderSources(p: Page): string {
  const { c, text } = p;
  const all = Object.values(c.dataset.sources);
  const tables = all.filter((s) => !s.grade);
  const quoted = all.filter((s) => s.grade);
  const row = (s: { publisher: string; dataset: string; licence: string }): string =>
    `<tr><td>${esc(s.publisher)}</td><td>${esc(s.dataset)}</td><td>${esc(s.licence)}</td></tr>`;
  const head = `<th>${esc(text.publisher)}</th><th>${esc(text.dataset)}</th><th>${esc(text.licence)}</th>`;
  const table =
    `<div class="wide" role="region" aria-label="${esc(text.sources)}" tabindex="0">` +
    `<table><thead><tr>${head}</tr></thead><tbody>${tables.map(row).join("")}</tbody></table></div>`;
  return text.data(quoted.length, table);
}

function inOrderOfUse(functions: Fn[]): Fn[] {
  const rank = (f: Fn): number => {
    const i = FUNCTION_ORDER.indexOf(f.id);
    return i < 0 ? FUNCTION_ORDER.length : i;
  };
  return [...functions].sort((a, b) => rank(a) - rank(b) || a.id.localeCompare(b.id));
}

const contentsItem = (f: Fn): string => `<li><a href="#${esc(f.id.toLowerCase())}">ASEAN.${esc(f.id)}</a></li>`;

/** The help page in English (help.html) or Chinese (help-zh-CN.html), from the metadata of that language. */
export function renderHelpPage(metadata: { functions: Fn[] }, language: Language = "en"): string {
  const c = new AseanCore(bundledDataset());
  const text = HELP_TEXT[language];
  const page: Page = { c, text, language };
  const functions = inOrderOfUse(metadata.functions);
  const [introFirst, introSecond] = text.intro(c.edition()).split("\n");
  const other = text.otherLanguage;
  const otherLink = `<a href="${other.href}" lang="${other.lang}" hreflang="${other.lang}">${esc(other.label)}</a>`;
  const sections =
    `<li><a href="#errors">${esc(text.errorsLink)}</a></li><li><a href="#data">${esc(text.dataLink)}</a></li>` +
    `<li><a href="#coverage">${esc(text.coverageLink)}</a></li>`;
  return `<!doctype html>
<html lang="${text.lang}">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'; img-src 'self'" />
<title>${esc(text.title)}</title>
<link rel="stylesheet" href="help.css" />
</head>
<body>
<header><h1>${esc(text.title)}</h1>
<p>${esc(introFirst)}
${esc(introSecond ?? "")} ${otherLink}</p>
<nav aria-label="${esc(text.contents)}"><ul>${functions.map(contentsItem).join("")}${sections}</ul></nav>
</header>
<main>
${functions.map((f) => renderFunction(page, f)).join("\n")}
${text.errors}
${renderSources(page)}
${renderCoverage(c, text)}
</main>
</body>
</html>
`;
}
