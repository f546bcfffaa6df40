/*
 * The custom-function catalog inside a real formula engine (HyperFormula), so tests see formula
 * semantics: argument evaluation, cell references, ranges, nesting and error propagation.
 * Registration is generic over the catalog: a new entry becomes =ASEAN.<ID> here with no extra code.
 */
import {
  ArraySize,
  CellError,
  DetailedCellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
} from "hyperformula";
import type { CellValue, FunctionArgument, FunctionMetadata, RawCellContent } from "hyperformula";
import { FUNCTIONS, type FunctionEntry } from "../../src/functions/catalog";
import { isCellError, type CellError as AseanCellError } from "../../src/functions/cell";

export type Catalog = Readonly<Record<string, FunctionEntry>>;

/** A formula argument after translation: what Excel hands a custom function. */
export type JsArg = string | number | boolean | null | JsArg[][];

/** The parts of HyperFormula's AST this file reads; the engine does not export its AST types. */
interface AstNode {
  readonly type: string;
  readonly value?: unknown;
  readonly args?: readonly AstNode[];
  readonly procedureName?: string;
}
interface CallAst extends AstNode {
  readonly args: readonly AstNode[];
}
/** HyperFormula's per-call state; opaque here, only handed back to the engine. */
type EngineState = unknown;

const ERROR_TYPE: Record<AseanCellError["code"], ErrorType> = { "#N/A": ErrorType.NA, "#VALUE!": ErrorType.VALUE };

/** HyperFormula refuses every formula without a key; GPL is fine for tests (never shipped). */
const CONFIG = {
  licenseKey: "gpl-v3",
  // Excel keeps the full double a function returns; HyperFormula would round exported numbers.
  smartRounding: false,
} as const;

/** Marks an argument that already is an engine error; the call then returns it unchanged. */
class Propagate {
  constructor(readonly error: CellError) {}
}

/**
 * Error arguments: Excel hands an error to a custom function only for a parameter typed `any`, and the
 * ASEAN parameters are typed, so the cell shows the error and the function is not called. The same
 * here: the first error found (an argument, or a cell of a range read row by row) is the result.
 */
function translateScalar(v: unknown): JsArg | Propagate {
  if (v === undefined || v === EmptyValue) return null;
  if (v instanceof CellError) return new Propagate(v);
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  // Dates, percentages and currency values are numbers with a display type: Excel passes the number.
  if (typeof v === "object" && v !== null && typeof (v as { val?: unknown }).val === "number")
    return (v as { val: number }).val;
  throw new Error(`Unexpected engine value: ${String(v)}`);
}

/**
 * The one place where engine values become the JavaScript values Excel passes to custom functions. Excel
 * hands a custom function no error value unless its metadata allows errors for parameters typed `any`
 * (allowErrorForDataTypeAny, which the metadata generator does not write): the first error found in a range
 * is the result of the whole call, as for an argument that is an error.
 */
export function translateArg(v: unknown): JsArg | Propagate {
  if (!(v instanceof SimpleRangeValue)) return translateScalar(v);
  const rows: JsArg[][] = [];
  for (const row of v.data) {
    const out: JsArg[] = [];
    for (const cell of row) {
      const t = translateScalar(cell);
      if (t instanceof Propagate) return t;
      out.push(t);
    }
    rows.push(out);
  }
  return rows;
}

type EngineScalar = number | string | boolean | CellError;

function translateScalarResult(id: string, r: unknown): EngineScalar {
  if (typeof r === "number" || typeof r === "string" || typeof r === "boolean" || r instanceof CellError) return r;
  if (isCellError(r)) return new CellError(ERROR_TYPE[r.code] ?? ErrorType.VALUE, r.message);
  // Anything else is a defect of the function; show it in the cell rather than guess a value.
  return new CellError(ErrorType.VALUE, `${id} returned an unsupported value: ${String(r)}`);
}

/** Function results as the engine stores them: 2-D arrays become ranges (spills). */
export function translateResult(id: string, r: unknown): EngineScalar | SimpleRangeValue {
  if (!Array.isArray(r)) return translateScalarResult(id, r);
  // Excel shows a one-cell array as a plain value.
  if (r.length === 1 && Array.isArray(r[0]) && r[0].length === 1) return translateScalarResult(id, r[0][0]);
  return SimpleRangeValue.onlyValues(
    r.map((row: unknown) => (Array.isArray(row) ? row : [row]).map((c) => translateScalarResult(id, c))),
  );
}

function callEntry(entry: FunctionEntry, args: unknown[]): unknown {
  const js: JsArg[] = [];
  for (const a of args) {
    const t = translateArg(a);
    if (t instanceof Propagate) return t.error;
    js.push(t);
  }
  return callWith(entry, js);
}

function callWith(entry: FunctionEntry, js: JsArg[]): unknown {
  // Excel passes null for every omitted optional argument, up to the declared count.
  while (js.length < entry.maxArgs) js.push(null);
  return (entry.fn as (...a: JsArg[]) => unknown)(...js);
}

/** The value of an argument written as a literal, or undefined when the formula must be evaluated. */
function literal(node: AstNode): { value: JsArg } | undefined {
  switch (node.type) {
    case "NUMBER":
    case "STRING":
      return { value: node.value as number | string };
    case "EMPTY":
      return { value: null };
    case "PLUS_UNARY_OP":
    case "MINUS_UNARY_OP": {
      const inner = node.value as AstNode;
      if (inner.type !== "NUMBER") return undefined;
      const n = inner.value as number;
      return { value: node.type === "MINUS_UNARY_OP" ? -n : n };
    }
    case "FUNCTION_CALL":
      if ((node.procedureName === "TRUE" || node.procedureName === "FALSE") && node.args?.length === 0) {
        return { value: node.procedureName === "TRUE" };
      }
      return undefined;
    default:
      return undefined;
  }
}

/** A range of the given size with every cell empty: what stands in for a whole-range argument when sizing. */
const emptyGrid = (s: ArraySize): JsArg[][] =>
  Array.from({ length: s.height }, () => Array.from({ length: s.width }, (): JsArg => null));

/**
 * The arguments a spill is sized from: the literals as they are and, for a parameter taken as a whole range
 * (wholeRanges), an empty range of the size the formula gives it; undefined when another argument must be
 * evaluated. Sizing from empty ranges assumes the result's size follows the ranges' sizes, not their values,
 * as for CHECK (one result per answer cell, or one score).
 */
export function sizingArgs(
  entry: FunctionEntry,
  args: readonly AstNode[],
  sizeOf?: (arg: AstNode) => ArraySize,
): JsArg[] | undefined {
  const values: JsArg[] = [];
  for (const [i, a] of args.entries()) {
    const lit = literal(a);
    if (lit) values.push(lit.value);
    else if (sizeOf && entry.wholeRanges?.[i]) values.push(emptyGrid(sizeOf(a)));
    else return undefined;
  }
  return values;
}

/**
 * The spill size the engine must reserve before evaluating. HyperFormula fixes it from the formula
 * text alone, so the function runs on the literal arguments (and empty ranges for whole-range ones, see
 * sizingArgs). With a reference or a nested formula as another argument the size is unknown: such a cell
 * shows #VALUE! (see call) rather than a wrongly sized spill.
 */
export function spillSize(
  entry: FunctionEntry,
  args: readonly AstNode[],
  sizeOf?: (arg: AstNode) => ArraySize,
): ArraySize {
  const values = sizingArgs(entry, args, sizeOf);
  if (!values) return ArraySize.error();
  if (values.length < entry.minArgs || values.length > entry.maxArgs) return ArraySize.scalar();
  const r = callWith(entry, values);
  if (!Array.isArray(r) || r.length === 0 || !Array.isArray(r[0])) return ArraySize.scalar();
  return new ArraySize((r[0] as unknown[]).length || 1, r.length);
}

/**
 * The size of a result that has one value per cell of its arguments' ranges (src/core/broadcast.ts): as
 * many rows as the tallest argument and columns as the widest, read from the formula as Excel reads them.
 */
export function broadcastSize(args: readonly AstNode[], sizeOf: (arg: AstNode) => ArraySize): ArraySize {
  let width = 1;
  let height = 1;
  for (const a of args) {
    if (a.type === "EMPTY") continue;
    const s = sizeOf(a);
    width = Math.max(width, s.width);
    height = Math.max(height, s.height);
  }
  return new ArraySize(width, height);
}

function parametersOf(entry: FunctionEntry): FunctionArgument[] {
  // ANY keeps ranges whole (no implicit intersection or lifting), so the core sees the 2-D array.
  return Array.from({ length: entry.maxArgs }, (_, i) =>
    i < entry.minArgs
      ? { argumentType: FunctionArgumentType.ANY }
      : { argumentType: FunctionArgumentType.ANY, optionalArg: true },
  );
}

const registered = new Set<string>();

/** Registers every entry of a catalog as <namespace>.<ID>; registering a namespace twice is a no-op. */
export function registerCatalog(namespace: string, catalog: Catalog): void {
  if (registered.has(namespace)) return;
  const implemented: Record<string, FunctionMetadata> = {};
  const byName = new Map<string, FunctionEntry>();
  for (const [id, entry] of Object.entries(catalog)) {
    const name = `${namespace}.${id}`;
    byName.set(name, entry);
    implemented[name] = {
      method: "call",
      parameters: parametersOf(entry),
      ...(entry.spills || entry.broadcasts ? { sizeOfResultArrayMethod: "size", vectorizationForbidden: true } : {}),
    };
  }

  class CatalogPlugin extends FunctionPlugin {
    static override implementedFunctions = implemented;

    // One method serves every function: the AST names the function being called.
    call(ast: CallAst, state: EngineState): unknown {
      const name = ast.procedureName as string;
      const entry = byName.get(name) as FunctionEntry;
      const sized = !entry.spills || sizingArgs(entry, ast.args, () => ArraySize.scalar()) !== undefined;
      return this.runFunction(ast.args as never, state as never, this.metadata(name), (...args: unknown[]) => {
        const r = translateResult(name, callEntry(entry, args));
        // A limit of this engine, not of Excel: say so instead of the engine's "Cell range not allowed".
        if (!sized && r instanceof SimpleRangeValue && (r.width() > 1 || r.height() > 1)) {
          return new CellError(
            ErrorType.VALUE,
            `${name} spills here only with literal arguments or whole ranges ` +
              `(HyperFormula sizes spills from the formula text).`,
          );
        }
        return r;
      });
    }

    size(ast: CallAst, state: EngineState): ArraySize {
      const entry = byName.get(ast.procedureName as string) as FunctionEntry;
      // Most cells pass one literal per argument: one value, with no range to measure.
      if (entry.broadcasts && ast.args.every((a) => literal(a) !== undefined)) return ArraySize.scalar();
      const { formulaAddress } = state as { formulaAddress: unknown };
      const sizeOf = (a: AstNode): ArraySize =>
        this.arraySizeForAst(a as never, { formulaAddress, arraysFlag: true } as never);
      return entry.broadcasts ? broadcastSize(ast.args, sizeOf) : spillSize(entry, ast.args, sizeOf);
    }
  }

  const names = Object.fromEntries([...byName.keys()].map((n) => [n, n]));
  HyperFormula.registerFunctionPlugin(CatalogPlugin, { enGB: names });
  registered.add(namespace);
}

export type SheetContent = (string | number | boolean | null)[][];

/** A one-sheet workbook with the ASEAN.* functions (and any extra catalogs registered before). */
export function buildSheet(formulas: SheetContent, extra: Record<string, Catalog> = {}): HyperFormula {
  registerCatalog("ASEAN", FUNCTIONS);
  for (const [ns, catalog] of Object.entries(extra)) registerCatalog(ns, catalog);
  return HyperFormula.buildFromArray(formulas as RawCellContent[][], CONFIG);
}

/** The computed values of a sheet, row by row. */
export function valuesOf(hf: HyperFormula, sheet = 0): CellValue[][] {
  return hf.getSheetValues(sheet);
}

/** An error cell as Excel shows it (code) with the message a user sees on hovering; undefined otherwise. */
export function errorOf(v: CellValue): { code: string; message: string } | undefined {
  return v instanceof DetailedCellError ? { code: v.value, message: v.message } : undefined;
}

export { HyperFormula };
