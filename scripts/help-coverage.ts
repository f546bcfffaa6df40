/**
 * The help page's coverage view: for each reporter, a short table of its partners with the years that
 * have a total and each value's status. One reporter opens at a time (details/summary, no script), so it
 * reads at a task pane's width.
 */
import type { AseanCore } from "../src/core/api";
import { isDomainError } from "../src/core/errors";
import type { Status } from "../src/core/status";
import { UNITS } from "../src/core/units";
import { HELP_TEXT, type HelpText } from "./help-text";

export const esc = (s: unknown): string =>
  String(s).replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string,
  );

const LETTER: Record<Status, string> = { reported: "R", derived: "D", published: "P", estimated: "E" };
const MEMBERS = ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN"];
const OTHERS = ["JP", "KR", "AU", "NZ", "US", "EU", "HK"];
/** The partners each reporter's table lists, and the reporters, China and ASEAN first. */
const ECONOMIES = ["CN", ...MEMBERS, ...OTHERS, "WORLD"];
const REPORTERS = ["CN", "ASEAN", ...MEMBERS, ...OTHERS];

/** Years with a total for a reporter and partner, as runs of one status: "2000–20 R, 2024 P". */
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

export function renderCoverage(c: AseanCore, text: HelpText = HELP_TEXT.en): string {
  const nameOf = (e: { en: string; zh: string }): string => (text.lang === "en" ? e.en : e.zh);
  const reporters = REPORTERS.map((code, i) => {
    const r = c.codes.get(code);
    if (!r) return "";
    const rows = [...ECONOMIES, "ASEAN", "RCEP"]
      .filter((p) => p !== code)
      .map((p) => {
        const runs = coverageRuns(c, code, p);
        const e = c.codes.get(p);
        const name = e ? nameOf(e) : p;
        const years = runs ? esc(runs) : `<span class="none">${esc(text.noData)}</span>`;
        return `<tr><th scope="row">${esc(name)} <span class="code">${esc(p)}</span></th><td>${years}</td></tr>`;
      })
      .join("");
    const head = `<th scope="col">${esc(text.partner)}</th><th scope="col">${esc(text.yearsWithTotal)}</th>`;
    return (
      `<details${i === 0 ? " open" : ""}><summary>${esc(text.asReporter(nameOf(r), code))}</summary>\n` +
      `<table class="coverage"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></details>`
    );
  }).join("\n");
  return `<section id="coverage">
<h2>${esc(text.coverage)}</h2>
${text.coverageIntro}
${reporters}
</section>`;
}
