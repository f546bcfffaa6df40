/**
 * Range proxies of the Excel fake. A range is located lazily (when an operation runs), so ranges on a
 * sheet added earlier in the same batch, or relative to the active cell, resolve as in Excel.
 */
import { FakeObject, type FakeRequestContext } from "./excel-fake-context";
import { invalidArgument } from "./excel-fake-errors";
import type { RangeRef, Scalar } from "./excel-fake-model";
import { maker, type FakeMakers, type Locate } from "./excel-fake-makers";

export class FakeRange extends FakeObject {
  protected readonly entity = "Range";
  protected readonly scalars = [
    "address",
    "values",
    "valueTypes",
    "formulas",
    "numberFormat",
    "rowIndex",
    "columnIndex",
    "rowCount",
    "columnCount",
  ] as const;

  constructor(
    ctx: FakeRequestContext,
    private readonly locate: Locate<RangeRef>,
    private readonly missing?: () => boolean,
  ) {
    super(ctx);
  }

  resolve(): RangeRef {
    return this.locate();
  }

  describe(): string {
    return this.model.address(this.resolve());
  }

  protected override isMissing(): boolean {
    return this.missing?.() ?? false;
  }

  protected snapshot(property: string): unknown {
    const ref = this.resolve();
    switch (property) {
      case "address":
        return this.model.address(ref);
      case "values":
        return this.model.readValues(ref);
      case "valueTypes":
        return this.model.readValueTypes(ref);
      case "formulas":
        return this.model.readFormulas(ref);
      case "numberFormat":
        return this.model.readNumberFormats(ref);
      case "rowIndex":
        return ref.rect.top;
      case "columnIndex":
        return ref.rect.left;
      case "rowCount":
        return ref.rect.height;
      case "columnCount":
        return ref.rect.width;
      default:
        throw new Error(`Range.${property} is not emulated by the Excel fake`);
    }
  }

  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }

  get values(): Scalar[][] {
    return this.read("values");
  }
  get valueTypes(): string[][] {
    return this.read("valueTypes");
  }
  set values(v: (Scalar | null)[][]) {
    this.assign("values", v, () => this.model.write(this.resolve(), v, "Range.values"));
  }

  get formulas(): Scalar[][] {
    return this.read("formulas");
  }
  set formulas(v: (Scalar | null)[][]) {
    this.assign("formulas", v, () => this.model.write(this.resolve(), v, "Range.formulas"));
  }

  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  set numberFormat(v: (string | null)[][]) {
    this.assign("numberFormat", v, () => this.model.setNumberFormat(this.resolve(), v, "Range.numberFormat"));
  }

  get worksheet(): ReturnType<FakeMakers["worksheet"]> {
    return this.child("worksheet", () => maker("worksheet")(this.ctx, () => this.resolve().sheet));
  }

  get format(): FakeRangeFormat {
    return this.child("format", () => new FakeRangeFormat(this.ctx, () => this.resolve()));
  }

  /** A range relative to this one, checked against the sheet's edges when it is used. */
  private relative(
    method: string,
    args: unknown[],
    shift: (ref: RangeRef) => RangeRef["rect"],
    version?: string,
  ): FakeRange {
    this.navigate(method, args, version);
    return new FakeRange(this.ctx, () => {
      const ref = this.resolve();
      return { sheet: ref.sheet, rect: this.model.checkInside(shift(ref), `Range.${method}`) };
    });
  }

  getCell(row: number, column: number): FakeRange {
    return this.relative("getCell", [row, column], ({ rect }) => ({
      top: rect.top + row,
      left: rect.left + column,
      height: 1,
      width: 1,
    }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.relative("getOffsetRange", [rowOffset, columnOffset], ({ rect }) => ({
      ...rect,
      top: rect.top + rowOffset,
      left: rect.left + columnOffset,
    }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.relative(
      "getResizedRange",
      [deltaRows, deltaColumns],
      ({ rect }) => ({ ...rect, height: rect.height + deltaRows, width: rect.width + deltaColumns }),
      "1.2",
    );
  }

  getColumn(column: number): FakeRange {
    return this.relative("getColumn", [column], ({ rect }) => {
      if (column < 0 || column >= rect.width)
        throw invalidArgument("Range.getColumn", `column ${column} is outside the range`);
      return { ...rect, left: rect.left + column, width: 1 };
    });
  }

  getRow(row: number): FakeRange {
    return this.relative("getRow", [row], ({ rect }) => {
      if (row < 0 || row >= rect.height) throw invalidArgument("Range.getRow", `row ${row} is outside the range`);
      return { ...rect, top: rect.top + row, height: 1 };
    });
  }

  /**
   * Range.select (1.1): its sheet becomes active and, the fake's selection being one cell, its first cell the active
   * cell.
   */
  select(): void {
    this.invoke("select", [], () => {
      const ref = this.resolve();
      this.model.activeSheet = ref.sheet;
      ref.sheet.activeCell = { row: ref.rect.top, col: ref.rect.left };
    });
  }

  getTables(fullyContained = false): ReturnType<FakeMakers["tablesInRange"]> {
    this.navigate("getTables", [fullyContained], "1.9");
    return maker("tablesInRange")(this.ctx, () => this.resolve(), fullyContained);
  }

  clear(applyTo = "All"): void {
    this.invoke("clear", [applyTo], () => this.model.clear(this.resolve(), applyTo, "Range.clear"));
  }

  /** Merged areas whose top-left cell lies in this range (not those that only reach into it), as Excel answers. */
  getMergedAreasOrNullObject(): ReturnType<FakeMakers["rangeAreas"]> {
    this.navigate("getMergedAreasOrNullObject", [], "1.13");
    const areas = (): RangeRef[] => {
      const ref = this.resolve();
      return this.model.mergesAnchoredIn(ref).map((rect) => ({ sheet: ref.sheet, rect }));
    };
    return maker("rangeAreas")(this.ctx, areas, () => areas().length === 0);
  }

  /** Range.getSpillingToRangeOrNullObject: from a formula's cell, the range its result spills into. */
  getSpillingToRangeOrNullObject(): FakeRange {
    this.navigate("getSpillingToRangeOrNullObject", [], "1.12");
    const spill = (): RangeRef["rect"] | undefined => {
      const { sheet, rect } = this.resolve();
      return rect.height === 1 && rect.width === 1 ? this.model.spillFrom(sheet, rect.top, rect.left) : undefined;
    };
    return new FakeRange(
      this.ctx,
      () => ({ sheet: this.resolve().sheet, rect: spill() ?? this.resolve().rect }),
      () => spill() === undefined,
    );
  }

  /** Range.getUsedRange (ExcelApi 1.1): an empty range answers with its first cell, as Excel does. */
  getUsedRange(valuesOnly = false): FakeRange {
    this.navigate("getUsedRange", [valuesOnly]);
    const inner = this.usedWithin(valuesOnly);
    return new FakeRange(this.ctx, () => ({
      sheet: this.resolve().sheet,
      rect: inner() ?? { ...this.resolve().rect, height: 1, width: 1 },
    }));
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    this.navigate("getUsedRangeOrNullObject", [valuesOnly], "1.4");
    const used = this.usedWithin(valuesOnly);
    return new FakeRange(
      this.ctx,
      () => ({ sheet: this.resolve().sheet, rect: used() ?? this.resolve().rect }),
      () => used() === undefined,
    );
  }

  private usedWithin(valuesOnly: boolean): () => RangeRef["rect"] | undefined {
    return () => {
      const ref = this.resolve();
      const u = this.model.usedRect(ref.sheet, valuesOnly);
      if (!u) return undefined;
      const top = Math.max(u.top, ref.rect.top);
      const left = Math.max(u.left, ref.rect.left);
      const bottom = Math.min(u.top + u.height, ref.rect.top + ref.rect.height);
      const right = Math.min(u.left + u.width, ref.rect.left + ref.rect.width);
      return bottom > top && right > left ? { top, left, height: bottom - top, width: right - left } : undefined;
    };
  }
}

export class FakeRangeFormat extends FakeObject {
  protected readonly entity = "RangeFormat";
  protected readonly scalars = ["columnWidth", "rowHeight", "wrapText"] as const;

  constructor(
    ctx: FakeRequestContext,
    private readonly locate: Locate<RangeRef>,
  ) {
    super(ctx);
  }

  describe(): string {
    return this.model.address(this.locate());
  }

  protected override readonly newer = { columnWidth: "1.2", rowHeight: "1.2" };

  protected snapshot(property: string): unknown {
    const ref = this.locate();
    if (property === "columnWidth") return this.model.columnWidth(ref);
    if (property === "rowHeight") return this.model.rowHeight(ref);
    if (property === "wrapText") return this.model.style(ref, "wrapText", false);
    throw new Error(`RangeFormat.${property} is not emulated by the Excel fake`);
  }

  get columnWidth(): number {
    return this.read("columnWidth");
  }
  set columnWidth(points: number) {
    this.assign("columnWidth", points, () => {
      const { sheet, rect } = this.locate();
      this.model.checkEditable(sheet, "RangeFormat.columnWidth");
      for (let c = 0; c < rect.width; c++) sheet.columnWidths.set(rect.left + c, points);
    });
  }

  get rowHeight(): number {
    return this.read("rowHeight");
  }
  set rowHeight(points: number) {
    this.assign("rowHeight", points, () => {
      const { sheet, rect } = this.locate();
      this.model.checkEditable(sheet, "RangeFormat.rowHeight");
      for (let r = 0; r < rect.height; r++) sheet.rowHeights.set(rect.top + r, points);
    });
  }

  get wrapText(): boolean {
    return this.read("wrapText");
  }
  set wrapText(v: boolean) {
    this.assign("wrapText", v, () => this.model.setStyle(this.locate(), "wrapText", v, "RangeFormat.wrapText"));
  }

  autofitColumns(): void {
    this.invoke("autofitColumns", [], () => undefined, "1.2");
  }

  get font(): FakeStyleGroup {
    return this.child(
      "font",
      () =>
        new FakeStyleGroup(this.ctx, "RangeFont", this.locate, {
          bold: false,
          italic: false,
          size: 11,
          color: "#000000",
          name: "Aptos Narrow",
        }),
    );
  }

  get fill(): FakeStyleGroup {
    return this.child(
      "fill",
      () => new FakeStyleGroup(this.ctx, "RangeFill", this.locate, { color: "#FFFFFF" }, "fill."),
    );
  }
}

/** RangeFont and RangeFill: plain style properties stored per cell. */
export class FakeStyleGroup extends FakeObject {
  protected readonly scalars: readonly string[];

  constructor(
    ctx: FakeRequestContext,
    protected readonly entity: string,
    private readonly locate: Locate<RangeRef>,
    private readonly defaults: Record<string, Scalar>,
    private readonly prefix = "",
  ) {
    super(ctx);
    this.scalars = Object.keys(defaults);
    for (const name of this.scalars) {
      Object.defineProperty(this, name, {
        get: () => this.read(name),
        set: (v: Scalar) =>
          this.assign(name, v, () => this.model.setStyle(this.locate(), this.prefix + name, v, `${entity}.${name}`)),
        enumerable: true,
      });
    }
  }

  describe(): string {
    return this.model.address(this.locate());
  }

  protected snapshot(property: string): unknown {
    if (!(property in this.defaults)) throw new Error(`${this.entity}.${property} is not emulated by the Excel fake`);
    return this.model.style(this.locate(), this.prefix + property, this.defaults[property]);
  }
}
