/**
 * What a function declaration holds: everything Excel, the formula builder, the command-line tool and
 * the help page need to know about one =ASEAN.* function, and its implementation.
 */
import type { Codes } from "../codes";
import type { Dataset } from "../dataset";
import type { Qualifier } from "../dataset-types";
import type { DomainError } from "../errors";
import type { FdiTable } from "../fdi";
import type { FormulaArg } from "../formula-text";
import type { TradeQuery } from "../query";
import type { Status } from "../status";
import type { ArgsOf, Param } from "./params";

/** What implementations read: the dataset and the indexes built over it once per core. */
export interface CoreData {
  readonly dataset: Dataset;
  readonly codes: Codes;
  readonly trade: TradeQuery;
  readonly fdiTable: FdiTable;
}

/** Where a cell's value comes from: the dataset's status, or the report's own statement. */
export type CellStatus = Status | "stated";

/** A value with what a figure table says about it. */
export interface ValueDetail {
  readonly value: number;
  readonly status: CellStatus;
  readonly qualifier?: Qualifier;
}

/** A formula the help page shows, with its result computed when the page is built. */
export interface Example {
  readonly args: readonly FormulaArg[];
  /** What the example asks, e.g. "China's 2024 exports to ASEAN". */
  readonly what: string;
}

/**
 * Results remembered by their raw arguments: key bits per argument follow how many spellings a
 * position sees (countries most, flows and units few).
 */
export interface MemoSpec {
  readonly bits: readonly number[];
  readonly megabytes: number;
}

export interface FunctionDecl<P extends readonly Param[] = readonly Param[], R = unknown> {
  /** One line for the formula builder. */
  readonly summary: string;
  readonly params: P;
  /** Returns a table that spills into neighbouring cells. */
  readonly spills: boolean;
  /** Columns of the spilled table's body shown as they are in every language: codes, the names of one stated
   *  language, citations as published. */
  readonly keptColumns?: readonly number[];
  /** The result is a fraction, read as a percentage. */
  readonly fraction?: boolean;
  /** The status every value of this function carries, where it is the same for all. */
  readonly status?: CellStatus;
  readonly examples: readonly Example[];
  readonly memo?: MemoSpec;
  run(c: CoreData, a: ArgsOf<P>): R | DomainError;
  /** The value with its status, for functions whose values differ in status. */
  detail?(c: CoreData, a: ArgsOf<P>): ValueDetail | DomainError;
  /** A SOURCE-style citation of the result, where one is offered beside it. */
  cite?(c: CoreData, a: ArgsOf<P>): string | DomainError;
}

/** Declares a function; the parameter list is kept as a tuple so its arguments are typed by name. */
export function declare<const P extends readonly Param[], R>(decl: FunctionDecl<P, R>): FunctionDecl<P, R> {
  return decl;
}
