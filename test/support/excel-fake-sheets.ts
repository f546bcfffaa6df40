/** Workbook, worksheet and worksheet-collection proxies of the Excel fake. */
import { FakeChartCollection } from "./excel-fake-charts";
import { FakeCollection, FakeObject, type FakeRequestContext } from "./excel-fake-context";
import { invalidArgument } from "./excel-fake-errors";
import type { SheetModel } from "./excel-fake-model";
import { provide, type Locate } from "./excel-fake-makers";
import { FakeRange } from "./excel-fake-range";
import { FakeNamedItemCollection, FakeTableCollection } from "./excel-fake-tables";
import { FakeSettingCollection } from "./excel-fake-settings";
import { FakeNoteCollection } from "./excel-fake-notes";
import { SHEET_COLUMNS, SHEET_ROWS, parseAddress } from "./excel-fake-address";

export class FakeWorksheet extends FakeObject {
  protected readonly entity = "Worksheet";
  protected readonly scalars = ["name", "position", "visibility"] as const;

  constructor(
    ctx: FakeRequestContext,
    private readonly locate: Locate<SheetModel>,
    private readonly missing?: () => boolean,
  ) {
    super(ctx);
  }

  resolve(): SheetModel {
    return this.locate();
  }

  describe(): string {
    return this.resolve().name;
  }

  protected override isMissing(): boolean {
    return this.missing?.() ?? false;
  }

  protected snapshot(property: string): unknown {
    const sheet = this.resolve();
    if (property === "name") return sheet.name;
    if (property === "position") return this.model.sheets.indexOf(sheet);
    if (property === "visibility") return sheet.visibility;
    throw new Error(`Worksheet.${property} is not emulated by the Excel fake`);
  }

  get visibility(): SheetModel["visibility"] {
    return this.read("visibility");
  }
  /** As in Excel, the last visible sheet cannot be hidden. */
  set visibility(v: SheetModel["visibility"]) {
    this.assign("visibility", v, () => {
      if (!["Visible", "Hidden", "VeryHidden"].includes(v))
        throw invalidArgument("Worksheet.visibility", `"${String(v)}" is not a visibility`);
      const sheet = this.resolve();
      const othersVisible = this.model.sheets.some((s) => s !== sheet && s.visibility === "Visible");
      if (v !== "Visible" && !othersVisible)
        throw invalidArgument("Worksheet.visibility", "a workbook must keep at least one visible sheet");
      sheet.visibility = v;
    });
  }

  get name(): string {
    return this.read("name");
  }
  get position(): number {
    return this.read("position");
  }

  /** An address on this sheet; a sheet-qualified address must name this sheet. */
  getRange(address?: string): FakeRange {
    this.navigate("getRange", address === undefined ? [] : [address]);
    return new FakeRange(this.ctx, () => {
      const sheet = this.resolve();
      if (address === undefined) return { sheet, rect: { top: 0, left: 0, height: SHEET_ROWS, width: SHEET_COLUMNS } };
      const parsed = parseAddress(address);
      if (!parsed || (parsed.sheet !== undefined && this.model.sheet(parsed.sheet) !== sheet)) {
        throw invalidArgument("Worksheet.getRange", `"${address}" is not a range on ${sheet.name}`);
      }
      return { sheet, rect: parsed.rect };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return this.getRange().getUsedRangeOrNullObject(valuesOnly);
  }

  getUsedRange(valuesOnly = false): FakeRange {
    return this.getRange().getUsedRange(valuesOnly);
  }

  /** Deletes the sheet with its tables and charts. */
  delete(): void {
    this.invoke("delete", [], () => this.model.deleteSheet(this.resolve(), "Worksheet.delete"));
  }

  get protection(): FakeWorksheetProtection {
    return this.child("protection", () => new FakeWorksheetProtection(this.ctx, this.locate));
  }

  activate(): void {
    this.invoke("activate", [], () => {
      this.model.activeSheet = this.resolve();
    });
  }

  get tables(): FakeTableCollection {
    return this.child("tables", () => new FakeTableCollection(this.ctx, () => this.resolve()));
  }

  get charts(): FakeChartCollection {
    return this.child("charts", () => new FakeChartCollection(this.ctx, () => this.resolve()));
  }

  /** ExcelApi 1.18. */
  get notes(): FakeNoteCollection {
    return this.child("notes", () => new FakeNoteCollection(this.ctx, "note", () => this.resolve()));
  }
}

/** Worksheet.protection (ExcelApi 1.2): whether the sheet is protected; protect/unprotect without a password. */
export class FakeWorksheetProtection extends FakeObject {
  protected readonly entity = "WorksheetProtection";
  protected readonly scalars = ["protected"] as const;
  protected override readonly newer = { protected: "1.2" };

  constructor(
    ctx: FakeRequestContext,
    private readonly sheet: Locate<SheetModel>,
  ) {
    super(ctx);
  }

  describe(): string {
    return `${this.sheet().name} protection`;
  }

  protected snapshot(property: string): unknown {
    if (property === "protected") return this.sheet().protected;
    throw new Error(`WorksheetProtection.${property} is not emulated by the Excel fake`);
  }

  get protected(): boolean {
    return this.read("protected");
  }

  protect(): void {
    this.invoke(
      "protect",
      [],
      () => {
        this.sheet().protected = true;
      },
      "1.2",
    );
  }

  unprotect(): void {
    this.invoke(
      "unprotect",
      [],
      () => {
        this.sheet().protected = false;
      },
      "1.2",
    );
  }
}

/** Workbook.protection (ExcelApi 1.7): whether the structure (adding, deleting, renaming sheets) is protected. */
export class FakeWorkbookProtection extends FakeObject {
  protected readonly entity = "WorkbookProtection";
  protected readonly scalars = ["protected"] as const;
  protected override readonly newer = { protected: "1.7" };

  describe(): string {
    return "workbook protection";
  }

  protected snapshot(property: string): unknown {
    if (property === "protected") return this.model.structureProtected;
    throw new Error(`WorkbookProtection.${property} is not emulated by the Excel fake`);
  }

  get protected(): boolean {
    return this.read("protected");
  }
}

export class FakeWorksheetCollection extends FakeCollection<FakeWorksheet> {
  protected readonly entity = "WorksheetCollection";

  describe(): string {
    return "worksheets";
  }

  protected currentItems(): FakeWorksheet[] {
    return this.model.sheets.map((s) => new FakeWorksheet(this.ctx, () => s));
  }

  add(name?: string): FakeWorksheet {
    let created: SheetModel | undefined;
    const proxy = new FakeWorksheet(this.ctx, () => {
      if (!created) throw invalidArgument("WorksheetCollection.add", "the new sheet was used before the add ran");
      return created;
    });
    this.invoke("add", name === undefined ? [] : [name], () => {
      created = this.model.addSheet(name);
    });
    return proxy;
  }

  getItem(key: string): FakeWorksheet {
    this.navigate("getItem", [key]);
    return new FakeWorksheet(this.ctx, () => this.model.sheetOrThrow(key, "WorksheetCollection.getItem"));
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    this.navigate("getItemOrNullObject", [key], "1.4");
    return new FakeWorksheet(
      this.ctx,
      () => this.model.sheetOrThrow(key, "WorksheetCollection.getItemOrNullObject"),
      () => !this.model.sheet(key),
    );
  }

  getActiveWorksheet(): FakeWorksheet {
    this.navigate("getActiveWorksheet", []);
    return new FakeWorksheet(this.ctx, () => this.model.activeSheet);
  }
}

export class FakeApplication extends FakeObject {
  protected readonly entity = "Application";
  protected readonly scalars = [] as const;

  describe(): string {
    return "application";
  }

  protected snapshot(property: string): unknown {
    throw new Error(`Application.${property} is not emulated by the Excel fake`);
  }

  suspendApiCalculationUntilNextSync(): void {
    this.invoke("suspendApiCalculationUntilNextSync", [], () => this.model.suspendCalculation(), "1.6");
  }
}

export class FakeWorkbook extends FakeObject {
  protected readonly entity = "Workbook";
  protected readonly scalars = [] as const;

  describe(): string {
    return "workbook";
  }

  protected snapshot(property: string): unknown {
    throw new Error(`Workbook.${property} is not emulated by the Excel fake`);
  }

  get worksheets(): FakeWorksheetCollection {
    return this.child("worksheets", () => new FakeWorksheetCollection(this.ctx));
  }

  get tables(): FakeTableCollection {
    return this.child("tables", () => new FakeTableCollection(this.ctx));
  }

  get names(): FakeNamedItemCollection {
    return this.child("names", () => new FakeNamedItemCollection(this.ctx));
  }

  get protection(): FakeWorkbookProtection {
    return this.child("protection", () => new FakeWorkbookProtection(this.ctx));
  }

  /** ExcelApi 1.10. */
  get comments(): FakeNoteCollection {
    return this.child("comments", () => new FakeNoteCollection(this.ctx, "comment"));
  }

  get settings(): FakeSettingCollection {
    this.ctx.checkRequirement("Workbook.settings", "1.4");
    return this.child("settings", () => new FakeSettingCollection(this.ctx));
  }

  get application(): FakeApplication {
    return this.child("application", () => new FakeApplication(this.ctx));
  }

  /** Where the cursor is when the operation runs, as in Excel. */
  getActiveCell(): FakeRange {
    this.navigate("getActiveCell", [], "1.7");
    return new FakeRange(this.ctx, () => {
      const sheet = this.model.activeSheet;
      return { sheet, rect: { top: sheet.activeCell.row, left: sheet.activeCell.col, height: 1, width: 1 } };
    });
  }

  /** The selected range (options.selection), or else the active cell alone. */
  getSelectedRange(): FakeRange {
    this.navigate("getSelectedRange", []);
    return new FakeRange(this.ctx, () => {
      const sheet = this.model.activeSheet;
      return {
        sheet,
        rect: sheet.selection ?? { top: sheet.activeCell.row, left: sheet.activeCell.col, height: 1, width: 1 },
      };
    });
  }
}

declare module "./excel-fake-makers" {
  interface FakeMakers {
    worksheet: (ctx: FakeRequestContext, locate: Locate<SheetModel>) => FakeWorksheet;
  }
}
provide("worksheet", (ctx, locate) => new FakeWorksheet(ctx, locate));
