/**
 * One start-up, timed inside a fresh process: node test-output/bench/startup-sample.js encoded|phases|json FILE,
 * after test/bench/webpack.startup.config.js has bundled this file as the add-in is bundled. Prints one
 * JSON line. Only what the measured path needs is loaded before the clock starts.
 */
import { readFileSync } from "node:fs";
import { Codes } from "../../src/core/codes";
import { Dataset } from "../../src/core/dataset";
import { checkContent } from "../../src/core/dataset-check";
import { decodeDataset } from "../../src/core/dataset-codec";
import { contentHash } from "../../src/core/dataset-hash";
import { loadDataset } from "../../src/core/dataset-load";
import type { DatasetFile, EncodedDataset } from "../../src/core/dataset-types";
import { indexAsBefore } from "./json-baseline";

export type StartupForm = "encoded" | "phases" | "json";

export interface StartupSample {
  form: StartupForm;
  /** Reading the file and JSON.parse. */
  parseMs: number;
  /** Encoded: decode, check, hash and index (loadDataset). JSON: the former index. */
  loadMs: number;
  codesMs: number;
  totalMs: number;
  /** Processor time of the whole start-up, all of the process's threads (compilers, collector) included. */
  cpuMs: number;
  /** The rest of AseanCore (query and FDI tables) on top, timed after the rest, so slightly warm. */
  coreExtraMs?: number;
  /** Phases: loadDataset's steps, in its order, each timed. */
  hashMs?: number;
  decodeMs?: number;
  checkMs?: number;
  indexMs?: number;
}

/** loadDataset's steps one by one (src/core/dataset-load.ts), each timed: where the bundled form's load goes. */
function loadByPhases(parsed: unknown): { dataset: Dataset; phases: Partial<StartupSample> } {
  const t0 = performance.now();
  const hashOk = contentHash(parsed as EncodedDataset) === (parsed as EncodedDataset).hash;
  const t1 = performance.now();
  const content = decodeDataset(parsed);
  const t2 = performance.now();
  const problems = checkContent(content);
  const t3 = performance.now();
  const dataset = new Dataset(content);
  const t4 = performance.now();
  if (!hashOk || problems.length > 0) throw new Error(`the bundled dataset fails its check: ${problems.join("; ")}`);
  return { dataset, phases: { hashMs: t1 - t0, decodeMs: t2 - t1, checkMs: t3 - t2, indexMs: t4 - t3 } };
}

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

async function main(form: StartupForm, file: string): Promise<StartupSample> {
  const c0 = cpuMs();
  const t0 = performance.now();
  const parsed: unknown = JSON.parse(readFileSync(file, "utf8"));
  const t1 = performance.now();
  let phases: Partial<StartupSample> = {};
  let dataset: Dataset | { file: DatasetFile; index: unknown };
  if (form === "encoded") dataset = loadDataset(parsed);
  else if (form === "phases") ({ dataset, phases } = loadByPhases(parsed));
  else dataset = { file: parsed as DatasetFile, index: indexAsBefore(parsed as DatasetFile) };
  const t2 = performance.now();
  new Codes(dataset);
  const t3 = performance.now();
  const sample: StartupSample = {
    form,
    parseMs: t1 - t0,
    loadMs: t2 - t1,
    codesMs: t3 - t2,
    totalMs: t3 - t0,
    cpuMs: cpuMs() - c0,
    ...phases,
  };
  if (form === "encoded" && "get" in dataset) {
    const { AseanCore } = await import("../../src/core/api");
    const t4 = performance.now();
    new AseanCore(dataset);
    sample.coreExtraMs = performance.now() - t4;
  }
  return sample;
}

const [form, file] = process.argv.slice(2);
main(form === "json" || form === "phases" ? form : "encoded", file)
  .then((s) => console.log(JSON.stringify(s)))
  .catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
