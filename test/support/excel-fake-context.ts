/**
 * The request/sync machinery of the Excel fake, following Office.js's rules:
 * - setting a property or calling a method only queues it; nothing reaches the workbook before sync();
 * - load() queues a read, and a loaded property is readable only after that sync; reading it earlier
 *   throws PropertyNotLoaded with office.js's own message. A property the code set itself reads back
 *   the value set (office.js keeps it locally);
 * - queued operations run in order, so a load after a write sees the write;
 * - if one fails, the sync rejects and the operations after it never run;
 * - calling an API of a requirement set the host lacks throws ApiNotFound at the call, as office.js
 *   does on its client-side check.
 */
import { apiNotFound, payloadTooLarge, propertyNotLoaded } from "./excel-fake-errors";
import type { WorkbookModel } from "./excel-fake-model";

export interface FakeCall {
  /** e.g. "Range.formulas" (a property set), "ChartCollection.add", "Range.load". */
  readonly api: string;
  /** JSON-friendly arguments; a Range argument is shown as its address once the call has run. */
  args: unknown[];
  /** What the call acted on (a range address, a sheet, table or chart name), filled in when it ran. */
  target?: string;
  /** The Excel.run it belongs to (1-based). */
  readonly run: number;
  /** The round trip of that run which carried it (1-based); absent for navigation and unsent calls. */
  sync?: number;
  /** Navigation (getRange, getCell, ...) builds an object path but sends nothing by itself. */
  readonly navigation?: boolean;
  error?: string;
}

export interface RunRecord {
  /** context.sync() calls made by the batch. */
  syncs: number;
  /** Syncs that carried operations, including Excel.run's closing one. */
  roundTrips: number;
}

export class FakeHost {
  readonly log: FakeCall[] = [];
  readonly runs: RunRecord[] = [];
  /** The size of every round trip's request, in bytes of the JSON of its calls. */
  readonly requestBytes: number[] = [];
  /** Excel on the web's request limit (5 MB); unset, requests of any size pass. */
  requestLimit: number | undefined;
  constructor(readonly model: WorkbookModel) {}
}

/** A proxy travels as its object path, not its contents: a short placeholder is enough for sizing. */
const sizeOf = (call: FakeCall): number =>
  new TextEncoder().encode(
    JSON.stringify([call.api, call.args], (_k, v: unknown) => (v instanceof FakeObject ? "<object>" : v)),
  ).length;

interface Action {
  readonly call: FakeCall;
  readonly owner?: FakeObject;
  readonly execute: () => void;
}

export class FakeRequestContext {
  private pending: Action[] = [];
  readonly runIndex: number;
  private readonly record: RunRecord;

  constructor(readonly host: FakeHost) {
    this.record = { syncs: 0, roundTrips: 0 };
    host.runs.push(this.record);
    this.runIndex = host.runs.length;
  }

  get model(): WorkbookModel {
    return this.host.model;
  }

  /** office.js checks requirement sets on the client, when the method is called or the property set. */
  checkRequirement(api: string, version: string | undefined): void {
    if (version && !this.model.supports(version)) throw apiNotFound(api, version);
  }

  queue(api: string, args: unknown[], owner: FakeObject | undefined, execute: () => void): FakeCall {
    const call: FakeCall = { api, args, run: this.runIndex };
    this.host.log.push(call);
    this.pending.push({ call, owner, execute });
    return call;
  }

  navigate(api: string, args: unknown[]): void {
    this.host.log.push({ api, args, run: this.runIndex, navigation: true });
  }

  async sync(): Promise<void> {
    this.record.syncs++;
    await this.flush();
  }

  /** Sends what is queued; with nothing queued there is no round trip (as in office.js). */
  async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return;
    const bytes = batch.reduce((n, a) => n + sizeOf(a.call), 0);
    this.host.requestBytes.push(bytes);
    if (this.host.requestLimit !== undefined && bytes > this.host.requestLimit)
      throw payloadTooLarge(bytes, this.host.requestLimit);
    this.record.roundTrips++;
    const round = this.record.roundTrips;
    await Promise.resolve();
    try {
      for (const action of batch) {
        action.call.sync = round;
        try {
          this.model.runOperation(action.call.api);
          action.execute();
          action.call.args = action.call.args.map(describeArg);
          if (action.owner) action.call.target = describeOwner(action.owner);
        } catch (error) {
          action.call.error = error instanceof Error ? error.message : String(error);
          throw error;
        }
      }
    } finally {
      this.model.resumeCalculation();
    }
  }
}

/** A null object (from an *OrNullObject method) has nothing to describe. */
function describeOwner(owner: FakeObject): string {
  try {
    return owner.describe();
  } catch {
    return "(null object)";
  }
}

function describeArg(arg: unknown): unknown {
  return arg instanceof FakeObject ? arg.describe() : arg;
}

export type LoadSpec = string | string[] | { select?: string };

export function loadNames(spec: LoadSpec | undefined): string[] | undefined {
  if (spec === undefined) return undefined;
  const text = typeof spec === "string" ? spec : Array.isArray(spec) ? spec.join(",") : (spec.select ?? "");
  return text
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A proxy for one Excel object: properties set and methods called are queued on the context. */
export abstract class FakeObject {
  protected abstract readonly entity: string;
  /** Properties load() without arguments brings back. */
  protected abstract readonly scalars: readonly string[];
  private readonly loadedValues = new Map<string, unknown>();
  private nullState: boolean | undefined;
  private readonly children = new Map<string, FakeObject>();

  constructor(protected readonly ctx: FakeRequestContext) {}

  /** The object's name or address, read from the workbook as it is now. */
  abstract describe(): string;

  /** A property's current value in the workbook, for load. */
  protected abstract snapshot(property: string): unknown;

  /** *OrNullObject proxies override this: true when the object does not exist. */
  protected isMissing(): boolean {
    return false;
  }

  /** Requirement sets of the properties newer than ExcelApi 1.1. */
  protected readonly newer: Readonly<Record<string, string>> = {};

  private since(property: string): string | undefined {
    return this.newer[property];
  }

  protected get model(): WorkbookModel {
    return this.ctx.model;
  }

  load(spec?: LoadSpec): this {
    const names = loadNames(spec) ?? [...this.scalars];
    for (const n of names) if (!n.includes("/")) this.ctx.checkRequirement(`${this.entity}.${n}`, this.since(n));
    this.ctx.queue(`${this.entity}.load`, [spec ?? null], this, () => this.applyLoad(names));
    return this;
  }

  /**
   * Runs inside a sync: copies the requested properties from the workbook into the proxy. A path such
   * as "protection/protected" loads through the navigation property, as office.js allows.
   */
  applyLoad(names?: readonly string[]): void {
    this.nullState = this.isMissing();
    if (this.nullState) return;
    for (const n of names ?? this.scalars) {
      const slash = n.indexOf("/");
      if (slash < 0) {
        this.loadedValues.set(n, this.snapshot(n));
        continue;
      }
      const child = (this as unknown as Record<string, unknown>)[n.slice(0, slash)];
      if (!(child instanceof FakeObject))
        throw new Error(`${this.entity}.${n.slice(0, slash)} is not a navigation property of the Excel fake`);
      child.applyLoad([n.slice(slash + 1)]);
    }
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw propertyNotLoaded(this.entity, "isNullObject");
    return this.nullState;
  }

  protected read<T>(property: string): T {
    if (this.nullState) return undefined as T;
    if (!this.loadedValues.has(property)) throw propertyNotLoaded(this.entity, property);
    return this.loadedValues.get(property) as T;
  }

  protected assign(property: string, value: unknown, execute: () => void): void {
    this.ctx.checkRequirement(`${this.entity}.${property}`, this.since(property));
    this.loadedValues.set(property, value);
    this.ctx.queue(`${this.entity}.${property}`, [value], this, execute);
  }

  protected invoke(method: string, args: unknown[], execute: () => void, version?: string): FakeCall {
    this.ctx.checkRequirement(`${this.entity}.${method}`, version);
    return this.ctx.queue(`${this.entity}.${method}`, args, this, execute);
  }

  protected navigate(method: string, args: unknown[], version?: string): void {
    this.ctx.checkRequirement(`${this.entity}.${method}`, version);
    this.ctx.navigate(`${this.entity}.${method}`, args);
  }

  /** Navigation properties (range.format, chart.title, ...) return the same proxy every time, as in office.js. */
  protected child<T extends FakeObject>(name: string, make: () => T): T {
    let c = this.children.get(name);
    if (!c) {
      c = make();
      this.children.set(name, c);
    }
    return c as T;
  }
}

/** A collection proxy: load("items/name") (or "name") brings back its items with those properties. */
export abstract class FakeCollection<T extends FakeObject> extends FakeObject {
  protected readonly scalars: readonly string[] = [];
  private loadedItems: T[] | undefined;

  /** Proxies for the items as they are in the workbook now. */
  protected abstract currentItems(): T[];

  protected snapshot(property: string): unknown {
    throw new Error(`${this.entity} has no property ${property} in this fake`);
  }

  override load(spec?: LoadSpec): this {
    const names = (loadNames(spec) ?? ["items"]).map((n) => n.replace(/^items\/?/, "")).filter(Boolean);
    this.ctx.queue(`${this.entity}.load`, [spec ?? null], this, () => {
      const items = this.currentItems();
      for (const item of items) item.applyLoad(names.length > 0 ? names : undefined);
      this.loadedItems = items;
    });
    return this;
  }

  get items(): T[] {
    if (!this.loadedItems) throw propertyNotLoaded(this.entity, "items");
    return this.loadedItems;
  }
}

/** What a method such as ChartSeries.getDimensionValues returns: its value is there once the batch is synced. */
export class FakeClientResult<T> {
  private result: { value: T } | undefined;

  constructor(private readonly api: string) {}

  set(value: T): void {
    this.result = { value };
  }

  get value(): T {
    if (!this.result) throw propertyNotLoaded(this.api, "value");
    return this.result.value;
  }
}
