/** Table and defined-name proxies of the Excel fake. */
import { FakeCollection, FakeObject, type FakeRequestContext } from "./excel-fake-context";
import { invalidArgument, itemNotFound } from "./excel-fake-errors";
import { overlaps } from "./excel-fake-address";
import type { RangeRef, SheetModel, TableModel } from "./excel-fake-model";
import { maker, provide, type FakeMakers, type Locate } from "./excel-fake-makers";
import { FakeRange } from "./excel-fake-range";

export class FakeTable extends FakeObject {
  protected readonly entity = "Table";
  protected readonly scalars = ["name", "style", "id"] as const;

  constructor(
    ctx: FakeRequestContext,
    private readonly locate: Locate<TableModel>,
  ) {
    super(ctx);
  }

  resolve(): TableModel {
    return this.locate();
  }

  describe(): string {
    return this.resolve().name;
  }

  protected snapshot(property: string): unknown {
    const t = this.resolve();
    if (property === "name" || property === "id") return t.name;
    if (property === "style") return t.style;
    throw new Error(`Table.${property} is not emulated by the Excel fake`);
  }

  get name(): string {
    return this.read("name");
  }
  set name(v: string) {
    this.assign("name", v, () => {
      const t = this.resolve();
      this.model.checkTableName(v, "Table.name", t);
      t.name = v;
    });
  }

  get style(): string {
    return this.read("style");
  }
  set style(v: string) {
    this.assign("style", v, () => {
      if (!/^TableStyle(Light|Medium|Dark)\d{1,2}$/.test(v))
        throw invalidArgument("Table.style", `"${v}" is not a built-in table style`);
      this.resolve().style = v;
    });
  }

  private part(method: string, pick: (t: TableModel) => RangeRef): FakeRange {
    this.navigate(method, []);
    return new FakeRange(this.ctx, () => pick(this.resolve()));
  }

  getRange(): FakeRange {
    return this.part("getRange", (t) => ({ sheet: t.sheet, rect: t.rect }));
  }

  getHeaderRowRange(): FakeRange {
    return this.part("getHeaderRowRange", (t) => ({ sheet: t.sheet, rect: { ...t.rect, height: 1 } }));
  }

  getDataBodyRange(): FakeRange {
    return this.part("getDataBodyRange", (t) => ({
      sheet: t.sheet,
      rect: { ...t.rect, top: t.rect.top + 1, height: t.rect.height - 1 },
    }));
  }

  get worksheet(): ReturnType<FakeMakers["worksheet"]> {
    return this.child("worksheet", () => maker("worksheet")(this.ctx, () => this.resolve().sheet));
  }

  /** Removes the table with what its cells hold (Table.convertToRange is the call that keeps the data). */
  delete(): void {
    this.invoke("delete", [], () => {
      const t = this.resolve();
      this.model.clear({ sheet: t.sheet, rect: t.rect }, "All", "Table.delete");
      this.model.tables.splice(this.model.tables.indexOf(t), 1);
    });
  }
}

/** workbook.tables (every table) or worksheet.tables (that sheet's). */
export class FakeTableCollection extends FakeCollection<FakeTable> {
  protected readonly entity = "TableCollection";

  constructor(
    ctx: FakeRequestContext,
    private readonly scope?: Locate<SheetModel>,
  ) {
    super(ctx);
  }

  describe(): string {
    return this.scope ? `${this.scope().name} tables` : "tables";
  }

  protected currentItems(): FakeTable[] {
    const sheet = this.scope?.();
    return this.model.tables.filter((t) => !sheet || t.sheet === sheet).map((t) => new FakeTable(this.ctx, () => t));
  }

  /** An address without a sheet name means this collection's sheet, or for workbook.tables the active one. */
  add(address: string | FakeRange, hasHeaders: boolean): FakeTable {
    let created: TableModel | undefined;
    this.invoke("add", [address, hasHeaders], () => {
      const ref =
        typeof address === "string"
          ? this.model.ref(address, this.scope?.() ?? this.model.activeSheet)
          : address.resolve();
      if (this.scope && ref.sheet !== this.scope())
        throw invalidArgument("TableCollection.add", "the range is on another sheet");
      created = this.model.addTable(ref, hasHeaders, "TableCollection.add");
    });
    return new FakeTable(this.ctx, () => {
      if (!created) throw invalidArgument("TableCollection.add", "the new table was used before the add ran");
      return created;
    });
  }

  getItem(key: string): FakeTable {
    this.navigate("getItem", [key]);
    return new FakeTable(this.ctx, () => {
      const t = this.model.table(key);
      if (!t) throw itemNotFound("TableCollection.getItem", `no table named "${key}"`);
      return t;
    });
  }
}

/** Range.getTables: the tables that overlap (or, with fullyContained, lie inside) a range. */
export class FakeTableScopedCollection extends FakeCollection<FakeTable> {
  protected readonly entity = "TableScopedCollection";

  constructor(
    ctx: FakeRequestContext,
    private readonly range: Locate<RangeRef>,
    private readonly fullyContained: boolean,
  ) {
    super(ctx);
  }

  describe(): string {
    return `tables in ${this.model.address(this.range())}`;
  }

  protected currentItems(): FakeTable[] {
    const { sheet, rect } = this.range();
    const inside = (t: TableModel): boolean =>
      t.rect.top >= rect.top &&
      t.rect.left >= rect.left &&
      t.rect.top + t.rect.height <= rect.top + rect.height &&
      t.rect.left + t.rect.width <= rect.left + rect.width;
    return this.model.tables
      .filter((t) => t.sheet === sheet && (this.fullyContained ? inside(t) : overlaps(t.rect, rect)))
      .map((t) => new FakeTable(this.ctx, () => t));
  }
}

export class FakeNamedItem extends FakeObject {
  protected readonly entity = "NamedItem";
  protected readonly scalars = ["name"] as const;

  constructor(
    ctx: FakeRequestContext,
    private readonly itemName: string,
  ) {
    super(ctx);
  }

  describe(): string {
    return this.itemName;
  }

  protected snapshot(property: string): unknown {
    if (property === "name") return this.itemName;
    throw new Error(`NamedItem.${property} is not emulated by the Excel fake`);
  }

  get name(): string {
    return this.read("name");
  }
}

export class FakeNamedItemCollection extends FakeCollection<FakeNamedItem> {
  protected readonly entity = "NamedItemCollection";

  describe(): string {
    return "names";
  }

  protected currentItems(): FakeNamedItem[] {
    return this.model.names.map((n) => new FakeNamedItem(this.ctx, n));
  }
}

declare module "./excel-fake-makers" {
  interface FakeMakers {
    tablesInRange: (
      ctx: FakeRequestContext,
      range: Locate<RangeRef>,
      fullyContained: boolean,
    ) => FakeTableScopedCollection;
  }
}
provide("tablesInRange", (ctx, range, fullyContained) => new FakeTableScopedCollection(ctx, range, fullyContained));
