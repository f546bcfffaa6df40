/**
 * A recording fake of the part of the Excel JavaScript API the add-in uses, backed by a real formula
 * engine (HyperFormula with every =ASEAN.* function registered): what a writer puts into cells is
 * evaluated, so a test can check that inserted formulas compute the inserted values.
 *
 * No Node-only imports here or in the files it uses: it is meant to be bundled for a browser page too,
 * where installExcelFake(window, ...) stands in for Excel behind the task pane.
 */
import { FakeHost, FakeRequestContext, type FakeCall, type RunRecord } from "./excel-fake-context";
import {
  WorkbookModel,
  compareVersions,
  type ChartModel,
  type Fault,
  type FakeCellValue,
  type Scalar,
  type TableModel,
} from "./excel-fake-model";
import { parseAddress, type Rect } from "./excel-fake-address";
import { cellsUnder } from "./excel-fake-geometry";
import { apiNotFound, invalidArgument } from "./excel-fake-errors";
import { FakeWorkbook } from "./excel-fake-sheets";
// Registers the RangeAreas a range's getMergedAreasOrNullObject makes (nothing else imports it).
import "./excel-fake-areas";

export type { FakeCall, RunRecord } from "./excel-fake-context";
export type { ChartModel, FakeCellValue, SeriesModel, TableModel } from "./excel-fake-model";
export { FakeOfficeError } from "./excel-fake-errors";

export interface ExcelFakeOptions {
  /** Highest ExcelApi requirement set the fake host supports; default "1.17". */
  excelApi?: string;
  /** Sheet names in order; default ["Sheet1"]. */
  sheets?: string[];
  /** The active cell, e.g. "Sheet1!B3" (its sheet becomes the active sheet); default A1 of the first sheet. */
  activeCell?: string;
  /** Cells filled before the test: address (on the first sheet unless qualified) -> content as typed. */
  cells?: Record<string, Scalar>;
  /**
   * Cells as a workbook opened from a file holds them: the formula text as saved (e.g. with the
   * _xldudf_ prefix of a function whose add-in was not loaded) and the value as last computed; for a
   * result that spilled, all its last values, row by row.
   */
  savedCells?: Record<string, { formula: string; value: Scalar | Scalar[][] }>;
  /** Tables that already exist, e.g. { name: "ASEAN_Figure2", address: "Sheet1!H1:I3" }. */
  tables?: { name: string; address: string }[];
  /** Defined names that already exist (they share a namespace with table names). */
  names?: string[];
  /** Charts that already exist on a sheet. */
  charts?: { sheet: string; name: string }[];
  /** Merged areas, e.g. ["Sheet1!C4:D5"]. */
  merges?: string[];
  /** Sheets protected with Review > Protect Sheet (every cell locked, as by default). */
  protectedSheets?: string[];
  /** Review > Protect Workbook: no sheet can be added or deleted. */
  structureProtected?: boolean;
  /**
   * Operations that fail when they run, e.g. { api: "TableCollection.add" } or the second "Range.values" ({ after: 1
   * }).
   */
  faults?: Fault[];
  /** Refuse requests over this many bytes, as Excel on the web does over 5 MB. */
  requestLimitBytes?: number;
  /** The selected range, e.g. "Sheet1!B2:D9" (its sheet becomes the active sheet); default the active cell. */
  selection?: string;
  /** Workbook.settings already saved in the document. */
  settings?: Record<string, unknown>;
  /** Other requirement sets the host reports, e.g. { SharedRuntime: "1.1" }; none by default. */
  requirementSets?: Record<string, string>;
}

/** The context a batch receives: `workbook` and `sync()`, as Excel.RequestContext has. */
export interface FakeContext {
  readonly workbook: FakeWorkbook;
  sync(): Promise<void>;
}

export interface FakeExcelNamespace {
  run<T>(batch: (context: FakeContext) => Promise<T>): Promise<T>;
  /** ExcelApi 1.8: opens a new workbook, from a base64 .xlsx file when one is given. */
  createWorkbook(base64File?: string): Promise<void>;
}

export interface FakeRequirements {
  isSetSupported(name: string, minVersion?: string): boolean;
}

export interface ExcelFake {
  readonly Excel: FakeExcelNamespace;
  readonly Office: { context: { requirements: FakeRequirements } };
  /** Every call on the object model, in order. */
  readonly log: FakeCall[];
  /** One record per Excel.run: how many context.sync() calls and round trips it made. */
  readonly runs: RunRecord[];
  /** The size in bytes of each round trip's request, in order. */
  readonly requestBytes: number[];
  /** context.sync() calls over all runs. */
  readonly syncs: number;
  readonly model: WorkbookModel;
  /** The files of the workbooks Excel.createWorkbook opened, base64 as passed ("" for a blank workbook). */
  readonly createdWorkbooks: string[];
  /** Calls to one API, e.g. "ChartCollection.add" or "Range.formulas". */
  calls(api: string): FakeCall[];
  /** Computed values of a whole sheet, row by row, errors as { error: "#N/A", message }. */
  readSheet(sheet: string): FakeCellValue[][];
  readCell(address: string): FakeCellValue;
  /** The formula in a cell (e.g. '=ASEAN.TRADE("CN","MY",2024)'), or undefined for a constant or an empty cell. */
  formulaAt(address: string): string | undefined;
  numberFormatAt(address: string): string;
  tables(): TableModel[];
  charts(sheet?: string): ChartModel[];
  setActiveCell(address: string): void;
  setExcelApi(version: string): void;
  /**
   * The cells a chart covers, from its top-left cell, its size in points and the sheet's column widths and row heights.
   */
  cellsUnderChart(chart: ChartModel): Rect;
}

function requirementsFor(model: WorkbookModel): FakeRequirements {
  return {
    isSetSupported(name: string, minVersion?: string): boolean {
      const level = name === "ExcelApi" ? model.excelApi : model.otherSets[name];
      if (level === undefined) return false;
      return minVersion === undefined || compareVersions(level, minVersion) >= 0;
    },
  };
}

function makeContext(host: FakeHost): FakeContext & { flush(): Promise<void> } {
  const ctx = new FakeRequestContext(host);
  const workbook = new FakeWorkbook(ctx);
  return { workbook, sync: () => ctx.sync(), flush: () => ctx.flush() };
}

export function createExcelFake(options: ExcelFakeOptions = {}): ExcelFake {
  const model = new WorkbookModel({
    sheets: options.sheets ?? ["Sheet1"],
    excelApi: options.excelApi ?? "1.17",
    names: options.names ?? [],
  });
  for (const [address, content] of Object.entries(options.cells ?? {})) {
    model.write(model.ref(address, model.sheets[0]), [[content]], "options.cells");
  }
  for (const [address, { formula, value }] of Object.entries(options.savedCells ?? {})) {
    model.writeSaved(model.ref(address, model.sheets[0]), formula, value);
  }
  for (const t of options.tables ?? []) {
    const table = model.addTable(model.ref(t.address, model.sheets[0]), true, "options.tables");
    table.name = t.name;
  }
  for (const c of options.charts ?? []) {
    const sheet = model.sheetOrThrow(c.sheet, "options.charts");
    model.addChart(
      sheet,
      "ColumnClustered",
      { sheet, rect: { top: 0, left: 0, height: 1, width: 1 } },
      "Columns",
    ).name = c.name;
  }
  for (const address of options.merges ?? []) {
    const ref = model.ref(address, model.sheets[0]);
    ref.sheet.merges.push(ref.rect);
  }
  for (const name of options.protectedSheets ?? [])
    model.sheetOrThrow(name, "options.protectedSheets").protected = true;
  model.structureProtected = options.structureProtected ?? false;
  model.faults = options.faults ?? [];
  for (const [key, value] of Object.entries(options.settings ?? {})) model.settings.set(key, value);
  Object.assign(model.otherSets, options.requirementSets ?? {});
  const host = new FakeHost(model);
  host.requestLimit = options.requestLimitBytes;

  const setActiveCell = (address: string): void => {
    const ref = model.ref(address, model.sheets[0]);
    model.activeSheet = ref.sheet;
    ref.sheet.activeCell = { row: ref.rect.top, col: ref.rect.left };
    ref.sheet.selection = undefined;
  };
  if (options.activeCell) setActiveCell(options.activeCell);
  if (options.selection) {
    const ref = model.ref(options.selection, model.sheets[0]);
    model.activeSheet = ref.sheet;
    ref.sheet.activeCell = { row: ref.rect.top, col: ref.rect.left };
    ref.sheet.selection = ref.rect;
  }

  const createdWorkbooks: string[] = [];
  const Excel: FakeExcelNamespace = {
    async run<T>(batch: (context: FakeContext) => Promise<T>): Promise<T> {
      const context = makeContext(host);
      const result = await batch(context);
      // Excel.run syncs once more when the batch returns: anything still queued is sent then.
      await context.flush();
      return result;
    },
    async createWorkbook(base64File?: string): Promise<void> {
      // office.js defines the function on every host; a host below ExcelApi 1.8 refuses the call.
      if (!model.supports("1.8")) throw apiNotFound("Excel.createWorkbook", "1.8");
      model.runOperation("Excel.createWorkbook");
      if (base64File !== undefined && !/^[A-Za-z0-9+/]*={0,2}$/.test(base64File))
        throw invalidArgument("Excel.createWorkbook", "the file is not base64");
      createdWorkbooks.push(base64File ?? "");
      await Promise.resolve();
    },
  };

  const cellRef = (address: string) => {
    const ref = model.ref(address, model.sheets[0]);
    return { sheet: ref.sheet.hfId, row: ref.rect.top, col: ref.rect.left, ref };
  };

  return {
    Excel,
    Office: { context: { requirements: requirementsFor(model) } },
    log: host.log,
    runs: host.runs,
    createdWorkbooks,
    requestBytes: host.requestBytes,
    get syncs() {
      return host.runs.reduce((n, r) => n + r.syncs, 0);
    },
    model,
    calls: (api) => host.log.filter((c) => c.api === api),
    readSheet: (sheet) => model.readSheet(sheet),
    readCell: (address) => model.readCell(address),
    formulaAt: (address) => {
      const { ref } = cellRef(address);
      return model.formulaAt(ref.sheet, ref.rect.top, ref.rect.left);
    },
    numberFormatAt: (address) => model.readNumberFormats(cellRef(address).ref)[0][0],
    tables: () => [...model.tables],
    charts: (sheet) => model.charts.filter((c) => sheet === undefined || c.sheet.name === sheet),
    setActiveCell,
    setExcelApi: (version) => {
      model.excelApi = version;
    },
    cellsUnderChart: (chart) => cellsUnder(model, chart),
  };
}

type Globals = Record<string, unknown>;

/**
 * Installs the fake as globalThis.Excel and gives globalThis.Office a context.requirements answering
 * from the fake's ExcelApi level. If office.js already defined Office (outside Office its
 * context.requirements is undefined), the existing object is kept and only its requirements are set.
 */
export function installExcelFake(
  target: object = globalThis,
  options: ExcelFakeOptions = {},
): ExcelFake & { uninstall(): void } {
  const fake = createExcelFake(options);
  const g = target as Globals;
  const hadExcel = "Excel" in g;
  const previousExcel = g.Excel;
  const hadOffice = "Office" in g;
  const previousOffice = g.Office;
  g.Excel = fake.Excel;
  let office = g.Office as { context?: unknown } | undefined;
  if (typeof office !== "object" || office === null) {
    office = {};
    g.Office = office;
  }
  const previousContext = office.context;
  const context = (typeof office.context === "object" && office.context !== null ? office.context : {}) as Record<
    string,
    unknown
  >;
  const previousRequirements = context.requirements;
  Object.defineProperty(context, "requirements", {
    value: fake.Office.context.requirements,
    configurable: true,
    writable: true,
  });
  office.context = context;
  return {
    ...fake,
    get syncs() {
      return fake.syncs;
    },
    uninstall() {
      if (hadExcel) g.Excel = previousExcel;
      else delete g.Excel;
      if (hadOffice) {
        const o = g.Office as { context?: unknown };
        o.context = previousContext;
        if (typeof previousContext === "object" && previousContext !== null) {
          Object.defineProperty(previousContext, "requirements", {
            value: previousRequirements,
            configurable: true,
            writable: true,
          });
        }
        g.Office = previousOffice;
      } else {
        delete g.Office;
      }
    },
  };
}

/** Reads the address part of "Sheet1!B3" for assertions; undefined when it is not a range address. */
export function addressParts(
  address: string,
): { sheet?: string; row: number; col: number; rows: number; cols: number } | undefined {
  const parsed = parseAddress(address);
  if (!parsed) return undefined;
  const { top, left, height, width } = parsed.rect;
  return {
    ...(parsed.sheet !== undefined ? { sheet: parsed.sheet } : {}),
    row: top,
    col: left,
    rows: height,
    cols: width,
  };
}
