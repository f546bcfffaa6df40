/**
 * Builds the bundled dataset (src/core/data/dataset.json) from the public sources in ../shared/data/raw.
 *
 *   npm run data:build                    rebuild from ../shared/data/raw
 *   npm run data:build -- --raw DIR       rebuild from another folder with the same layout (newer files)
 *   npm run data:build -- --check         exit 1 if the committed file differs from a fresh build, showing how
 *   npm run data:build -- --readable FILE also write the readable form (one record per line) to FILE
 *
 * The file holds the small parts as JSON and the two large tables encoded (src/core/dataset-codec.ts), with
 * a content hash; the add-in checks both when it loads, and so does this build before it writes.
 * The output is a pure function of the raw files: same inputs, byte-identical output.
 */
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import { encodeDataset } from "../src/core/dataset-codec";
import { loadDataset } from "../src/core/dataset-load";
import type { Dataset } from "../src/core/dataset";
import type { DatasetFile, EncodedDataset } from "../src/core/dataset-types";
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
    if (m && lm && lm[1] === m[1] && Number(lm[3] ?? lm[2]) + 1 === Number(m[2]))
      runs[runs.length - 1] = `${lm[1]} ${lm[2]}–${m[2]}`;
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

/**
 * `log` receives what the rules decided (precedence where it mattered, FDI zeros kept and dropped), for the build's
 * output.
 */
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
  const quoted = Object.fromEntries(
    Object.entries({ ...press.sources, ...chosen.sources }).filter(([id]) => used.has(id)),
  );
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

const lines = (items: unknown[]): string => items.map((x) => "    " + JSON.stringify(x)).join(",\n");
const byKey = (o: Record<string, unknown>): string =>
  Object.keys(o)
    .map((k) => `    ${JSON.stringify(k)}: ${JSON.stringify(o[k])}`)
    .join(",\n");

/** The readable form: one series, country or source per line, so that two editions diff line by line. */
export function serializeDataset(ds: DatasetFile): string {
  return [
    "{",
    `  "edition": ${JSON.stringify(ds.edition)},`,
    `  "sources": {\n${byKey(
      Object.fromEntries(
        Object.keys(ds.sources)
          .sort()
          .map((k) => [k, ds.sources[k]]),
      ),
    )}\n  },`,
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

/** Non-ASCII characters as JSON escapes: an ASCII file is read and parsed into one-byte strings. */
const ascii = (json: string): string =>
  json.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

/** The bundled form as committed, keys in the object's own order (the order its hash was taken in): the
 *  head one record per line, each table's parts on lines of their own. */
export function serializeEncoded(e: EncodedDataset): string {
  const oneLineEach: Record<string, (v: never) => string> = {
    sources: (v: Record<string, unknown>) => `{\n${byKey(v)}\n  }`,
    countries: (v: unknown[]) => `[\n${lines(v)}\n  ]`,
    fx: (v: unknown[]) => `[\n${lines(v)}\n  ]`,
    gaps: (v: unknown[]) => `[\n${lines(v)}\n  ]`,
    fdiGaps: (v: unknown[]) => `[\n${lines(v)}\n  ]`,
    notes: (v: unknown[]) => `[\n${lines(v)}\n  ]`,
    tables: (v: Record<string, Record<string, unknown>>) =>
      `{\n${Object.entries(v)
        .map(
          ([name, t]) =>
            `    ${JSON.stringify(name)}: {\n${Object.entries(t)
              .map(([k, x]) => `      ${JSON.stringify(k)}: ${JSON.stringify(x)}`)
              .join(",\n")}\n    }`,
        )
        .join(",\n")}\n  }`,
  };
  const body = Object.entries(e).map(
    ([k, v]) => `  ${JSON.stringify(k)}: ${oneLineEach[k] ? oneLineEach[k](v as never) : JSON.stringify(v)}`,
  );
  return ascii(`{\n${body.join(",\n")}\n}\n`);
}

/**
 * The file as it would be committed, and the dataset loaded back from it as the add-in loads it, with every
 * value read (which the add-in does lazily): the build refuses data that fails the add-in's own checks.
 */
export function buildDatasetText(rawDir: string, log?: (line: string) => void): { text: string; loaded: Dataset } {
  const text = serializeEncoded(encodeDataset(buildDataset(rawDir, log)));
  const loaded = loadDataset(JSON.parse(text));
  void loaded.file.series;
  void loaded.file.fdi;
  return { text, loaded };
}

/** Where two texts first differ, by line, with up to `max` differing lines of each: for messages. */
export function differingLines(a: string, b: string, max = 10): { line: number; committed: string; rebuilt: string }[] {
  const [x, y] = [a.split("\n"), b.split("\n")];
  const out: { line: number; committed: string; rebuilt: string }[] = [];
  const clip = (s: string | undefined): string =>
    s === undefined ? "(no line)" : s.length > 200 ? `${s.slice(0, 200)}…` : s;
  for (let i = 0; i < Math.max(x.length, y.length) && out.length < max; i++) {
    if (x[i] !== y[i]) out.push({ line: i + 1, committed: clip(x[i]), rebuilt: clip(y[i]) });
  }
  return out;
}

function main(argv: string[]): number {
  const rawIdx = argv.indexOf("--raw");
  const rawDir = rawIdx >= 0 ? path.resolve(argv[rawIdx + 1] ?? "") : DEFAULT_RAW_DIR;
  if (!existsSync(rawDir)) {
    console.error(`Raw source folder not found: ${rawDir}`);
    return 2;
  }
  const { text, loaded } = buildDatasetText(rawDir, (line) => console.log(line));
  const readableIdx = argv.indexOf("--readable");
  if (readableIdx >= 0)
    writeFileSync(path.resolve(argv[readableIdx + 1] ?? "dataset.readable.json"), serializeDataset(loaded.file));
  if (argv.includes("--check")) {
    const committed = existsSync(DATASET_PATH) ? readFileSync(DATASET_PATH, "utf8") : "";
    if (committed === text) {
      console.log("dataset.json is up to date");
      return 0;
    }
    console.log(
      "dataset.json differs from a fresh build: run npm run data:build. First differences in the readable form:",
    );
    let readable = "";
    try {
      readable = serializeDataset(loadDataset(JSON.parse(committed)).file);
    } catch (err) {
      console.log(`  the committed file does not load: ${err instanceof Error ? err.message : String(err)}`);
    }
    const diff = readable ? differingLines(readable, serializeDataset(loaded.file)) : [];
    for (const d of diff) console.log(`  line ${d.line}\n    committed: ${d.committed}\n    rebuilt:   ${d.rebuilt}`);
    if (readable && diff.length === 0)
      console.log("  none: the records agree, the encoding differs", differingLines(committed, text, 3));
    return 1;
  }
  writeFileSync(DATASET_PATH, text);
  console.log(
    `Wrote ${path.relative(REPO_ROOT, DATASET_PATH)} (${(text.length / 1024).toFixed(0)} KB, edition ${EDITION})`,
  );
  return 0;
}

if (require.main === module) process.exit(main(process.argv.slice(2)));
