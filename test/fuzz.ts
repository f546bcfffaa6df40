/*
 * Long run of the property tests: npx tsx test/fuzz.ts [ID...]
 * 100,000 runs per property of every catalog function, or of the ids given (FC_RUNS overrides the
 * count), seed from FC_SEED.
 * Prints how the results were distributed and every failure with its counterexample; exits 1 on a failure.
 */
import fc from "fast-check";
import { FUNCTIONS } from "../src/functions/catalog";
import { propertiesFor, RUNS, SEED } from "./support/arbitraries";

const runs = process.env.FC_RUNS ? RUNS : 100_000;
const only = process.argv.slice(2).map((a) => a.toUpperCase().replace(/^ASEAN\./, ""));
const unknown = only.filter((id) => !FUNCTIONS[id]);
if (unknown.length > 0) throw new Error(`Unknown function ids: ${unknown.join(", ")}`);
const chosen = Object.entries(FUNCTIONS).filter(([id]) => only.length === 0 || only.includes(id));
let failures = 0;

console.log(`Fuzzing ${chosen.length} functions, ${runs} runs per property, seed ${SEED}`);
for (const [id, entry] of chosen) {
  const tally = new Map<string, number>();
  const props = propertiesFor(id, entry, (label) => tally.set(label, (tally.get(label) ?? 0) + 1));
  console.log(`\nASEAN.${id}`);
  for (const { name, property } of props) {
    const start = performance.now();
    const out = fc.check(property, { seed: SEED, numRuns: runs });
    const secs = ((performance.now() - start) / 1000).toFixed(1);
    if (!out.failed) {
      console.log(`  ok    ${name}: ${out.numRuns} runs in ${secs} s`);
      continue;
    }
    failures++;
    const cause = out.errorInstance instanceof Error ? out.errorInstance.message : String(out.errorInstance);
    console.log(`  FAIL  ${name}: after ${out.numRuns} runs (${secs} s)`);
    console.log(`        counterexample: ${JSON.stringify(out.counterexample)}`);
    console.log(`        ${cause.split("\n")[0]}`);
  }
  const total = [...tally.values()].reduce((a, b) => a + b, 0);
  const shares = [...tally].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${((100 * n) / total).toFixed(1)}%`);
  console.log(`  outcomes over ${total} calls: ${shares.join(", ")}`);
}

console.log(`\n${failures === 0 ? "All properties held." : `${failures} properties failed.`}`);
process.exit(failures === 0 ? 0 : 1);
