/**
 * The help page's coverage view: for each reporter, a short table of its partners with the years that
 * have a total and each value's status. One reporter opens at a time (details/summary, no script), so it
 * reads at a task pane's width.
 */
import type { AseanCore } from "../src/core/api";
import { isDomainError } from "../src/core/errors";
import type { Status } from "../src/core/status";
import { UNITS } from "../src/core/units";

export const esc = (s: unknown): string =>
  String(s).replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string,
  );

const LETTER: Record<Status, string> = { reported: "R", derived: "D", published: "P", estimated: "E" };
const ECONOMIES = [
  "CN",
  "BN",
  "KH",
  "ID",
  "LA",
  "MY",
  "MM",
  "PH",
  "SG",
  "TH",
  "VN",
  "JP",
  "KR",
  "AU",
  "NZ",
  "US",
  "EU",
  "HK",
  "WORLD",
];
const REPORTERS = [
  "CN",
  "ASEAN",
  "BN",
  "KH",
  "ID",
  "LA",
  "MY",
  "MM",
  "PH",
  "SG",
  "TH",
  "VN",
  "JP",
  "KR",
  "AU",
  "NZ",
  "US",
  "EU",
  "HK",
];

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

export function renderCoverage(c: AseanCore): string {
  const reporters = REPORTERS.map((code, i) => {
    const r = c.codes.get(code);
    if (!r) return "";
    const rows = [...ECONOMIES, "ASEAN", "RCEP"]
      .filter((p) => p !== code)
      .map((p) => {
        const runs = coverageRuns(c, code, p);
        const name = c.codes.get(p)?.en ?? p;
        return (
          `<tr><th scope="row">${esc(name)} <span class="code">${esc(p)}</span></th>` +
          `<td>${runs ? esc(runs) : '<span class="none">no data</span>'}</td></tr>`
        );
      })
      .join("");
    return (
      `<details${i === 0 ? " open" : ""}><summary>${esc(r.en)} (${esc(code)}) as reporter</summary>
<table class="coverage"><thead><tr><th scope="col">Partner</th><th scope="col">Years with a total (status)</th></tr>` +
      `</thead><tbody>${rows}</tbody></table></details>`
    );
  }).join("\n");
  return `<section id="coverage">
<h2>Coverage</h2>
<p>Years in which <code>ASEAN.TRADE(reporter, partner, year)</code> returns a total, for each reporter: open one to
see its partners. The letter after the years is the status of the values: R reported, P published, D derived,
E estimated. China also reports 2023 and 2024 values with about 240 more partners (GAC table), and groups (ASEAN,
RCEP) are summed from their members where the source has no figure for them.</p>
${reporters}
</section>`;
}
