/**
 * One builder per kind of task: each picks, with the exercise's seeded sequence, a partner, a flow and
 * years for which every value it needs exists in the dataset, and computes the right answer and the
 * typical wrong ones from those very values (the ones the sheet gives), so a correct solution in Excel
 * gets exactly the right answer.
 */
import type { AseanCore } from "../api";
import { flowArgument, MIRROR_FLOW, type Flow } from "../flows";
import { formulaText } from "../formula-text";
import type { GivenTable, Task, WrongAnswer } from "./exercise-types";
import type { Message, MessageKey, MessageParams } from "./messages";
import type { Random } from "./random";
import type { Subject } from "./subject";
import { taskType, type TaskKind } from "./task-types";

export interface BuildContext {
  readonly c: AseanCore;
  readonly s: Subject;
  readonly r: Random;
  readonly n: number;
}

type Built = Pick<Task, "instruction" | "expected" | "wrong"> & Partial<Pick<Task, "given" | "solution">>;
type Builder = (x: BuildContext) => Built | undefined;

type ValueFlow = "total" | "exports" | "imports";
const VALUE_FLOWS: readonly ValueFlow[] = ["total", "exports", "imports"];
const ref = (key: MessageKey): { key: MessageKey } => ({ key });

function value(c: AseanCore, reporter: string, partner: string, year: number, flow: Flow): number | undefined {
  const v = c.tradeNumber(reporter, partner, year, flowArgument(flow), null);
  return typeof v === "number" && Number.isFinite(v) ? v : undefined;
}

const nameOf = (c: AseanCore, code: string): string => c.codes.get(code)?.en ?? code;

function yearsOf(s: Subject): number[] {
  const out: number[] = [];
  for (let y = s.from; y <= s.to; y++) out.push(y);
  return out;
}

/** The first of the candidates, in the seeded order, for which `make` finds every value it needs. */
function first<T, R>(r: Random, candidates: readonly T[], make: (t: T) => R | undefined): R | undefined {
  for (const t of r.shuffled(candidates)) {
    const out = make(t);
    if (out !== undefined) return out;
  }
  return undefined;
}

const cross = <A, B>(as: readonly A[], bs: readonly B[]): [A, B][] => as.flatMap((a) => bs.map((b): [A, B] => [a, b]));

function pairParams(x: BuildContext, partner: string, flow: ValueFlow): MessageParams {
  return {
    n: x.n,
    reporter: nameOf(x.c, x.s.reporter),
    partner: nameOf(x.c, partner),
    flow: ref(`flow.${flow}`),
    toFrom: ref(`toFrom.${flow}`),
  };
}

function pairCaption(x: BuildContext, partner: string, flow: ValueFlow): Message {
  return { key: "given.caption", params: { ...pairParams(x, partner, flow), what: ref("given.pair") } };
}

function yearTable(x: BuildContext, partner: string, flow: ValueFlow, rows: [number, number][]): GivenTable {
  return {
    caption: pairCaption(x, partner, flow),
    header: [ref("given.year"), ref("given.usdbn")],
    rows,
    formats: ["0", "0.00"],
  };
}

const lookup: Builder = (x) => {
  const { c, s } = x;
  return first(x.r, cross(cross(s.partners, VALUE_FLOWS), yearsOf(s)), ([[p, flow], y]) => {
    const v = value(c, s.reporter, p, y, flow);
    if (v === undefined) return undefined;
    const wrong: WrongAnswer[] = [];
    const before = value(c, s.reporter, p, y - 1, flow);
    if (before !== undefined) wrong.push({ kind: "previousYear", value: before, params: { year: y - 1, asked: y } });
    const mirrored = c.codes.get(p)?.isGroup ? undefined : value(c, p, s.reporter, y, MIRROR_FLOW[flow] as Flow);
    if (mirrored !== undefined)
      wrong.push({
        kind: "partnerFigure",
        value: mirrored,
        params: { partner: nameOf(c, p), reporter: nameOf(c, s.reporter) },
      });
    return {
      instruction: { key: "task.lookup", params: { ...pairParams(x, p, flow), year: y } },
      expected: v,
      wrong,
      solution: { formula: formulaText("TRADE", [s.reporter, p, y, flowArgument(flow)]) },
    };
  });
};

const growth: Builder = (x) => {
  const { c, s } = x;
  return first(x.r, cross(cross(s.partners, VALUE_FLOWS), yearsOf(s).slice(2)), ([[p, flow], y]) => {
    const [v0, v1, v2] = [y - 2, y - 1, y].map((yy) => value(c, s.reporter, p, yy, flow));
    if (v0 === undefined || v1 === undefined || v2 === undefined || v0 <= 0 || v1 <= 0) return undefined;
    return {
      instruction: { key: "task.growth", params: { ...pairParams(x, p, flow), year: y } },
      given: yearTable(x, p, flow, [
        [y - 2, v0],
        [y - 1, v1],
        [y, v2],
      ]),
      expected: v2 / v1 - 1,
      wrong: [{ kind: "previousYear", value: v1 / v0 - 1, params: { year: y - 1, asked: y } }],
      solution: { formula: "={2,1}/{1,1}-1" },
    };
  });
};

const cagr: Builder = (x) => {
  const { c, s } = x;
  const spans = cross(yearsOf(s), [3, 4, 5, 6, 8, 10]).filter(([y0, n]) => y0 + n <= s.to);
  return first(x.r, cross(cross(s.partners, VALUE_FLOWS), spans), ([[p, flow], [y0, span]]) => {
    const y1 = y0 + span;
    const [v0, v1] = [y0, y1].map((yy) => value(c, s.reporter, p, yy, flow));
    if (v0 === undefined || v1 === undefined || v0 <= 0 || v1 <= 0) return undefined;
    return {
      instruction: { key: "task.cagr", params: { ...pairParams(x, p, flow), from: y0, to: y1 } },
      given: yearTable(x, p, flow, [
        [y0, v0],
        [y1, v1],
      ]),
      expected: (v1 / v0) ** (1 / span) - 1,
      wrong: [
        { kind: "wholePeriod", value: v1 / v0 - 1 },
        { kind: "periods", value: (v1 / v0) ** (1 / (span + 1)) - 1, params: { from: y0, to: y1 } },
      ],
      solution: { formula: "=({1,1}/{0,1})^(1/({1,0}-{0,0}))-1" },
    };
  });
};

const share: Builder = (x) => {
  const { c, s } = x;
  return first(x.r, cross(cross(s.partners, VALUE_FLOWS), yearsOf(s).slice(1)), ([[p, flow], y]) => {
    const [p0, p1] = [y - 1, y].map((yy) => value(c, s.reporter, p, yy, flow));
    const [w0, w1] = [y - 1, y].map((yy) => value(c, s.reporter, s.whole, yy, flow));
    if (p0 === undefined || p1 === undefined || w0 === undefined || w1 === undefined) return undefined;
    if (w0 <= 0 || w1 <= 0 || p1 <= 0 || p1 >= w1) return undefined;
    const params = { ...pairParams(x, p, flow), whole: nameOf(c, s.whole), year: y };
    return {
      instruction: { key: "task.share", params },
      given: {
        caption: { key: "given.caption", params: { ...params, what: ref("given.shareOf") } },
        header: [ref("given.partner"), y - 1, y],
        rows: [
          [nameOf(c, p), p0, p1],
          [nameOf(c, s.whole), w0, w1],
        ],
        formats: ["@", "0.00", "0.00"],
      },
      expected: p1 / w1,
      wrong: [
        { kind: "previousYear", value: p0 / w0, params: { year: y - 1, asked: y } },
        { kind: "inverted", value: w1 / p1 },
      ],
      solution: { formula: "={0,2}/{1,2}" },
    };
  });
};

const balance: Builder = (x) => {
  const { c, s } = x;
  return first(x.r, cross(s.partners, yearsOf(s).slice(1)), ([p, y]) => {
    const [x0, x1] = [y - 1, y].map((yy) => value(c, s.reporter, p, yy, "exports"));
    const [m0, m1] = [y - 1, y].map((yy) => value(c, s.reporter, p, yy, "imports"));
    if (x0 === undefined || x1 === undefined || m0 === undefined || m1 === undefined) return undefined;
    const params = { ...pairParams(x, p, "total"), year: y };
    return {
      instruction: { key: "task.balance", params },
      given: {
        caption: { key: "given.caption", params: { ...params, what: ref("given.pair") } },
        header: [ref("given.year"), ref("given.exports"), ref("given.imports")],
        rows: [
          [y - 1, x0, m0],
          [y, x1, m1],
        ],
        formats: ["0", "0.00", "0.00"],
      },
      expected: x1 - m1,
      wrong: [{ kind: "previousYear", value: x0 - m0, params: { year: y - 1, asked: y } }],
      solution: { formula: "={1,1}-{1,2}" },
    };
  });
};

/** The partners with a value in each of the years, by name, when there are at least four. */
function partnerRows(x: BuildContext, years: readonly number[]): { code: string; values: number[] }[] | undefined {
  const rows = x.s.partners
    .map((code) => ({ code, values: years.map((y) => value(x.c, x.s.reporter, code, y, "total")) }))
    .filter((row): row is { code: string; values: number[] } => row.values.every((v) => v !== undefined && v > 0))
    .sort((a, b) => nameOf(x.c, a.code).localeCompare(nameOf(x.c, b.code), "en"));
  return rows.length >= 4 ? rows : undefined;
}

function membersTable(x: BuildContext, years: readonly number[], rows: { code: string; values: number[] }[]) {
  return {
    caption: { key: "given.caption", params: { ...pairParams(x, x.s.whole, "total"), what: ref("given.members") } },
    header: [ref("given.partner"), ref("given.code"), ...years],
    rows: rows.map((row) => [nameOf(x.c, row.code), row.code, ...row.values]),
    formats: ["@", "@", ...years.map(() => "0.00")],
  } satisfies GivenTable;
}

const rank: Builder = (x) =>
  first(x.r, yearsOf(x.s), (y) => {
    const rows = partnerRows(x, [y]);
    if (!rows) return undefined;
    const i = x.r.below(rows.length);
    const mine = rows[i].values[0];
    const place = 1 + rows.filter((row) => row.values[0] > mine).length;
    const reversed = rows.length + 1 - place;
    return {
      instruction: {
        key: "task.rank",
        params: { ...pairParams(x, rows[i].code, "total"), year: y },
      },
      given: membersTable(x, [y], rows),
      expected: place,
      wrong: reversed !== place ? [{ kind: "reversed", value: reversed }] : [],
      solution: { formula: `=COUNTIF({col:2},">"&{${i},2})+1` },
    };
  });

/** The code of the row with the largest score, or undefined when two share it. */
function uniqueBest<T extends { code: string }>(rows: readonly T[], score: (t: T) => number): string | undefined {
  const sorted = [...rows].sort((a, b) => score(b) - score(a));
  return score(sorted[0]) > score(sorted[1]) ? sorted[0].code : undefined;
}

const fastest: Builder = (x) => {
  const spans = cross(yearsOf(x.s), [1, 2, 3, 5]).filter(([y0, n]) => y0 + n <= x.s.to);
  return first(x.r, spans, ([y0, span]) => {
    const y1 = y0 + span;
    const rows = partnerRows(x, [y0, y1]);
    if (!rows) return undefined;
    const best = uniqueBest(rows, (row) => row.values[1] / row.values[0]);
    if (!best) return undefined;
    const wrong: WrongAnswer[] = [];
    const most = uniqueBest(rows, (row) => row.values[1] - row.values[0]);
    if (most && most !== best) wrong.push({ kind: "largestIncrease", value: most });
    const largest = uniqueBest(rows, (row) => row.values[1]);
    if (largest && largest !== best && largest !== most)
      wrong.push({ kind: "largestValue", value: largest, params: { to: y1 } });
    return {
      instruction: {
        key: "task.fastest",
        params: { ...pairParams(x, x.s.whole, "total"), from: y0, to: y1 },
      },
      given: membersTable(x, [y0, y1], rows),
      expected: best,
      wrong,
      solution: { helper: "={row,3}/{row,2}-1", formula: "=INDEX({col:1},MATCH(MAX({help}),{help},0))" },
    };
  });
};

const chart: Builder = (x) => {
  const { c, s } = x;
  const spans = cross(yearsOf(s), [5, 7, 9]).filter(([y0, n]) => y0 + n <= s.to);
  return first(x.r, cross(s.partners, spans), ([p, [y0, span]]) => {
    const rows: [number, number][] = [];
    for (let y = y0; y <= y0 + span; y++) {
      const v = value(c, s.reporter, p, y, "total");
      if (v === undefined) return undefined;
      rows.push([y, v]);
    }
    return {
      instruction: { key: "task.chart", params: { ...pairParams(x, p, "total"), from: y0, to: y0 + span } },
      given: yearTable(x, p, "total", rows),
      expected: null,
      wrong: [],
    };
  });
};

const BUILDERS: Readonly<Record<TaskKind, Builder>> = {
  lookup,
  growth,
  cagr,
  share,
  balance,
  rank,
  fastest,
  chart,
};

/** A task of the kind asked, or undefined when the subject's data hold none. */
export function buildTask(kind: TaskKind, x: BuildContext): Task | undefined {
  const built = BUILDERS[kind](x);
  if (!built) return undefined;
  const type = taskType(kind);
  return { number: x.n, kind, answer: type.answer, tolerance: type.tolerance, ...built };
}
