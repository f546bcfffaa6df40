/**
 * Builds the bundled dataset (src/core/data/dataset.json) from the public sources in ../shared/data/raw.
 *
 *   npm run data:build               rebuild from ../shared/data/raw
 *   npm run data:build -- --raw DIR  rebuild from another folder with the same layout (newer files)
 *   npm run data:build -- --check    exit 1 if the committed file differs from a fresh build
 *
 * The output is a pure function of the raw files: same inputs, byte-identical output.
 */
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import type { DatasetFile } from "../src/core/dataset-types";
import { buildCountries, GROUPS } from "./dataset/countries";
import { readDots } from "./dataset/dots";
import { readGac2024 } from "./dataset/gac2024";
import { readPressFigures } from "./dataset/press";
import { readFx } from "./dataset/fx";
import { readFdi, type ZeroCounts } from "./dataset/fdi";
import { cellsToSeries } from "./dataset/cells";
import { chooseCells } from "./dataset/precedence";
import { SOURCES } from "./dataset/sources";
import { GAPS } from "./dataset/gaps";

export const EDITION = "2025.1";
export const REPO_ROOT = path.resolve(__dirname, "..");
export const DEFAULT_RAW_DIR = path.resolve(REPO_ROOT, "..", "shared", "data", "raw");
export const DATASET_PATH = path.join(REPO_ROOT, "src", "core", "data", "dataset.json");

/** "stock PH 2020", "stock PH 2021" -> "stock PH 2020–2021". */
function columnList(columns: string[]): string {
  const runs: string[] = [];
  for (const c of columns) {
    const m = /^(.*) (\d{4})$/.exec(c);
    const last = runs[runs.length - 1];
    const lm = last && /^(.*) (\d{4})(?:–(\d{4}))?$/.exec(last);
    if (m && lm && lm[1] === m[1] && Number(lm[3] ?? lm[2]) + 1 === Number(m[2])) runs[runs.length - 1] = `${lm[1]} ${lm[2]}–${m[2]}`;
    else runs.push(c);
  }
  return runs.join(", ");
}

function reportZeros(zeros: ZeroCounts, log: (line: string) => void): void {
  log(`FDI zeros kept: ${zeros.complete.zeros} (columns whose partners account for the total)`);
  for (const rule of ["no breakdown", "aggregate cut", "unallocated"] as const) {
    const z = zeros[rule];
    log(`FDI zeros dropped by rule "${rule}": ${z.zeros}${z.columns.length > 0 ? ` (${columnList(z.columns)})` : ""}`);
  }
}

/** `log` receives what the rules decided (precedence where it mattered, FDI zeros kept and dropped), for the build's output. */
export function buildDataset(rawDir: string, log: (line: string) => void = () => undefined): DatasetFile {
  const countries = buildCountries(rawDir);
  const known = new Map<string, string>([
    ...countries.map((c): [string, string] => [c[0], c[2]]),
    ...Object.entries(GROUPS).map(([code, g]): [string, string] => [code, g.en]),
  ]);
  const tables = [...readDots(rawDir), ...readGac2024(rawDir, known)];
  const press = readPressFigures(rawDir, known, tables);
  const chosen = chooseCells([...tables, ...press.cells], { ...SOURCES, ...press.sources });
  // Quoted figures that lost to a finer one leave no source record behind.
  const used = new Set(chosen.cells.map((c) => c.src));
  const quoted = Object.fromEntries(Object.entries({ ...press.sources, ...chosen.sources }).filter(([id]) => used.has(id)));
  for (const d of chosen.decisions) log(`Precedence ${d}`);
  const fdi = readFdi(rawDir, countries);
  reportZeros(fdi.zeros, log);
  return {
    edition: EDITION,
    sources: { ...SOURCES, ...quoted },
    countries,
    groups: GROUPS,
    fx: [readFx(rawDir)],
    series: cellsToSeries(chosen.cells),
    fdi: fdi.records,
    fdiGaps: fdi.gaps,
    gaps: GAPS,
  };
}

/** One series or country per line keeps diffs of a rebuilt edition readable. */
export function serializeDataset(ds: DatasetFile): string {
  const lines = (items: unknown[]): string => items.map((x) => "    " + JSON.stringify(x)).join(",\n");
  const sources = Object.keys(ds.sources)
    .sort()
    .map((k) => `    ${JSON.stringify(k)}: ${JSON.stringify(ds.sources[k])}`)
    .join(",\n");
  return [
    "{",
    `  "edition": ${JSON.stringify(ds.edition)},`,
    `  "sources": {\n${sources}\n  },`,
    `  "countries": [\n${lines(ds.countries)}\n  ],`,
    `  "groups": ${JSON.stringify(ds.groups)},`,
    `  "fx": [\n${lines(ds.fx)}\n  ],`,
    `  "gaps": [\n${lines(ds.gaps)}\n  ],`,
    `  "fdi": [\n${lines(ds.fdi)}\n  ],`,
    `  "fdiGaps": [\n${lines(ds.fdiGaps)}\n  ],`,
    `  "series": [\n${lines(ds.series)}\n  ]`,
    "}",
    "",
  ].join("\n");
}

function main(argv: string[]): number {
  const rawIdx = argv.indexOf("--raw");
  const rawDir = rawIdx >= 0 ? path.resolve(argv[rawIdx + 1] ?? "") : DEFAULT_RAW_DIR;
  if (!existsSync(rawDir)) {
    console.error(`Raw source folder not found: ${rawDir}`);
    return 2;
  }
  const text = serializeDataset(buildDataset(rawDir, (line) => console.log(line)));
  if (argv.includes("--check")) {
    const same = existsSync(DATASET_PATH) && readFileSync(DATASET_PATH, "utf8") === text;
    console.log(same ? "dataset.json is up to date" : "dataset.json differs from a fresh build: run npm run data:build");
    return same ? 0 : 1;
  }
  writeFileSync(DATASET_PATH, text);
  console.log(`Wrote ${path.relative(REPO_ROOT, DATASET_PATH)} (${(text.length / 1024).toFixed(0)} KB, edition ${EDITION})`);
  return 0;
}

if (require.main === module) process.exit(main(process.argv.slice(2)));
