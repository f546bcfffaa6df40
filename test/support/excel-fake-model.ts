/**
 * The "host" side of the Excel fake: the workbook as Excel would hold it. Cell contents live in a
 * HyperFormula workbook with the ASEAN.* functions registered, so formulas written through the fake
 * are really evaluated; everything else (formats, tables, charts, names) is plain data.
 */
import { DetailedCellError, type CellValue, type RawCellContent } from "hyperformula";
import { buildSheet, type HyperFormula } from "./hyperformula";
import { fullAddress, insideSheet, overlaps, parseAddress, type Rect } from "./excel-fake-address";
import {
  accessDenied,
  generalException,
  invalidArgument,
  invalidOperation,
  itemAlreadyExists,
  itemNotFound,
} from "./excel-fake-errors";

export type Scalar = string | number | boolean;
/** What Range.values reads: errors come back as their text ("#N/A"), empty cells as "". */
export type ReadValue = Scalar;

export class SheetModel {
  readonly numberFormats = new Map<string, string>();
  readonly styles = new Map<string, Record<string, Scalar>>();
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  /** Merged areas, each a rectangle whose top-left cell holds what the merge shows. */
  readonly merges: Rect[] = [];
  /** Review > Protect Sheet with every cell locked (Excel's default): no edit of cells, tables or charts. */
  protected = false;
  /** Worksheet.visibility: "Hidden" can be unhidden from Excel's menus, "VeryHidden" only by code. */
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  activeCell = { row: 0, col: 0 };
  /** The selected range when it is more than the active cell. */
  selection: Rect | undefined;
  /**
   * Formulas as a workbook file holds them before they are calculated again: the text as saved, the
   * value as last computed (non-volatile functions do not recalculate on open). The engine holds the
   * value; re-entering or clearing the cell ends this.
   */
  readonly saved = new Map<string, string>();
  /** Of those, the formulas whose result spilled: the range the file holds their last values in. */
  readonly savedSpills = new Map<string, Rect>();
  constructor(
    readonly hfId: number,
    public name: string,
  ) {}
}

export interface RangeRef {
  readonly sheet: SheetModel;
  readonly rect: Rect;
}

export interface TableModel {
  name: string;
  readonly sheet: SheetModel;
  readonly rect: Rect;
  style: string;
}

export interface SeriesModel {
  name: string;
  values?: RangeRef;
  xValues?: RangeRef;
  chartType?: string;
  axisGroup: "Primary" | "Secondary";
  fill?: string;
  lineColor?: string;
  /** Value labels on every point (ChartSeries.hasDataLabels). */
  hasDataLabels?: boolean;
  overlap?: number;
  /** Points formatted one by one, by index. */
  points?: Record<number, PointModel>;
}

export interface PointModel {
  border?: { color?: string; lineStyle?: string; weight?: number };
  hasDataLabel?: boolean;
  /** Number format of the point's data label. */
  labelFormat?: string;
}

export interface AxisModel {
  title?: string;
  numberFormat?: string;
  categoryType?: string;
  baseTimeUnit?: string;
}

export interface ChartModel {
  name: string;
  readonly sheet: SheetModel;
  type: string;
  readonly source: RangeRef;
  readonly seriesBy: string;
  readonly series: SeriesModel[];
  title?: string;
  readonly axes: { category: AxisModel; value: AxisModel; secondaryValue: AxisModel };
  readonly legend: { visible: boolean; position: string };
  position?: { start: string; end?: string };
  width: number;
  height: number;
}

export const DEFAULT_COLUMN_WIDTH = 48;
/** Excel's default row height in points (Aptos Narrow 11). */
export const DEFAULT_ROW_HEIGHT = 15;

/** An operation a test makes fail: the (after + 1)-th time `api` runs, it throws instead. */
export interface Fault {
  readonly api: string;
  readonly after?: number;
}

const key = (row: number, col: number): string => `${row},${col}`;
const upper = (s: string): string => s.toLocaleUpperCase("en-US");

/**
 * Excel's rule for a value written to a cell: text is parsed as if typed, so "=", "+" and "-" start formulas;
 * in a cell formatted as Text ("@") it stays text, as typed ("007" stays "007", a formula stays its text).
 */
function typedInput(v: unknown, location: string, numberFormat?: string): RawCellContent | undefined {
  if (v === null || v === undefined) return undefined; // null inside an update array leaves the cell alone
  if (v === "") return null;
  if (numberFormat === "@" && typeof v === "string") return `'${v}`;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw invalidArgument(location, `${v} is not a number Excel can store`);
    return v;
  }
  if (typeof v === "boolean") return v;
  if (typeof v !== "string") throw invalidArgument(location, `unsupported cell value ${JSON.stringify(v)}`);
  if (/^[+-]/.test(v) && !Number.isFinite(Number(v))) return `=${v}`;
  return v; // "'" keeps text, "=" is a formula, digits become numbers: HyperFormula parses these as Excel does
}

export interface WorkbookOptions {
  sheets: readonly string[];
  excelApi: string;
  names: readonly string[];
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** A comment or a note on one cell; a comment has an id Excel makes, a note is found by its cell. */
export interface NoteModel {
  readonly kind: "comment" | "note";
  readonly id: string;
  readonly sheet: SheetModel;
  readonly row: number;
  readonly col: number;
  content: string;
}

export class WorkbookModel {
  readonly hf: HyperFormula;
  readonly sheets: SheetModel[] = [];
  readonly tables: TableModel[] = [];
  readonly charts: ChartModel[] = [];
  readonly names: string[];
  activeSheet: SheetModel;
  excelApi: string;
  /** Requirement sets other than ExcelApi the host reports, by name. */
  readonly otherSets: Record<string, string> = {};
  /** Review > Protect Workbook: sheets cannot be added, deleted or renamed. */
  structureProtected = false;
  /** Workbook.settings: saved with the document. */
  readonly settings = new Map<string, unknown>();
  /** Threaded comments (Workbook.comments) and notes (Worksheet.notes), each on one cell. */
  readonly notes: NoteModel[] = [];
  faults: Fault[] = [];
  private readonly ran = new Map<string, number>();
  private suspended = false;

  constructor(options: WorkbookOptions) {
    this.hf = buildSheet([]);
    this.excelApi = options.excelApi;
    this.names = [...options.names];
    const [first, ...rest] = options.sheets.length > 0 ? options.sheets : ["Sheet1"];
    this.hf.renameSheet(0, first);
    this.sheets.push(new SheetModel(0, first));
    for (const name of rest) this.addSheet(name);
    this.activeSheet = this.sheets[0];
  }

  supports(version: string): boolean {
    return compareVersions(this.excelApi, version) >= 0;
  }

  /**
   * Runs before each queued operation: an injected fault throws as Excel would, and the rest of the batch never runs.
   */
  runOperation(api: string): void {
    const n = this.ran.get(api) ?? 0;
    this.ran.set(api, n + 1);
    if (this.faults.some((f) => f.api === api && (f.after ?? 0) === n))
      throw generalException(api, "injected by the test");
  }

  checkEditable(sheet: SheetModel, location: string): void {
    if (sheet.protected) throw accessDenied(location, `the sheet ${sheet.name} is protected`);
  }

  checkStructure(location: string): void {
    if (this.structureProtected) throw accessDenied(location, "the workbook's structure is protected");
  }

  sheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => upper(s.name) === upper(name));
  }

  sheetOrThrow(name: string, location: string): SheetModel {
    const s = this.sheet(name);
    if (!s) throw itemNotFound(location, `no worksheet named "${name}"`);
    return s;
  }

  addSheet(name?: string): SheetModel {
    const location = "WorksheetCollection.add";
    this.checkStructure(location);
    let chosen = name;
    if (chosen === undefined) {
      let n = this.sheets.length + 1;
      while (this.sheet(`Sheet${n}`)) n++;
      chosen = `Sheet${n}`;
    }
    if (
      chosen.length === 0 ||
      chosen.length > 31 ||
      /[:\\/?*[\]]/.test(chosen) ||
      /^'|'$/.test(chosen) ||
      upper(chosen) === "HISTORY"
    ) {
      throw invalidArgument(location, `"${chosen}" is not a valid sheet name`);
    }
    if (this.sheet(chosen)) throw itemAlreadyExists(location, `a sheet named "${chosen}" already exists`);
    this.hf.addSheet(chosen);
    const id = this.hf.getSheetId(chosen);
    if (id === undefined) throw new Error(`The formula engine did not create sheet ${chosen}`);
    const s = new SheetModel(id, chosen);
    this.sheets.push(s);
    return s;
  }

  /** Worksheet.delete: its tables, charts, comments and notes go with it; Excel keeps at least one visible sheet. */
  deleteSheet(sheet: SheetModel, location: string): void {
    this.checkStructure(location);
    if (this.sheets.length === 1)
      throw invalidOperation(location, "a workbook must contain at least one visible worksheet");
    this.hf.removeSheet(sheet.hfId);
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    for (const list of [this.tables, this.charts, this.notes] as { sheet: SheetModel }[][]) {
      for (let i = list.length - 1; i >= 0; i--) if (list[i].sheet === sheet) list.splice(i, 1);
    }
    if (this.activeSheet === sheet) this.activeSheet = this.sheets[0];
  }

  /** Resolves "Sheet1!B3" (or "B3" on the active sheet) for configuration and tests. */
  ref(address: string, defaultSheet: SheetModel = this.activeSheet): RangeRef {
    const parsed = parseAddress(address);
    if (!parsed) throw invalidArgument("Worksheet.getRange", `"${address}" is not a range address`);
    const sheet = parsed.sheet === undefined ? defaultSheet : this.sheetOrThrow(parsed.sheet, "Worksheet.getRange");
    return { sheet, rect: parsed.rect };
  }

  address(ref: RangeRef): string {
    return fullAddress(ref.sheet.name, ref.rect);
  }

  checkInside(rect: Rect, location: string): Rect {
    if (!insideSheet(rect)) throw invalidArgument(location, "the range would extend beyond the edge of the sheet");
    return rect;
  }

  /** Calculation suspended by the API stays suspended until the end of the current sync. */
  suspendCalculation(): void {
    if (!this.suspended) this.hf.suspendEvaluation();
    this.suspended = true;
  }

  resumeCalculation(): void {
    if (this.suspended) this.hf.resumeEvaluation();
    this.suspended = false;
  }

  private cells<T>(
    contents: unknown,
    rect: Rect,
    location: string,
    each: (v: unknown, row: number, col: number) => T,
  ): T[][] {
    const broadcast = !Array.isArray(contents);
    if (!broadcast) {
      const rows = contents as unknown[];
      if (rows.length !== rect.height || rows.some((r) => !Array.isArray(r) || r.length !== rect.width)) {
        throw invalidArgument(location, `the input array is not ${rect.height} x ${rect.width}, the size of the range`);
      }
    }
    return Array.from({ length: rect.height }, (_, r) =>
      Array.from({ length: rect.width }, (_, c) =>
        each(broadcast ? contents : (contents as unknown[][])[r][c], rect.top + r, rect.left + c),
      ),
    );
  }

  /** Range.values and Range.formulas take the same input rules. */
  write(ref: RangeRef, contents: unknown, location: string): void {
    this.checkEditable(ref.sheet, location);
    const raw = this.cells(contents, ref.rect, location, (v, row, col) =>
      typedInput(v, location, ref.sheet.numberFormats.get(key(row, col))),
    );
    // Excel computes after the whole write; the engine computes as each cell is set, and a cell set inside a
    // spill it has just computed breaks that spill. So constants (and emptied cells) go first, formulas last.
    const isFormula = (v: unknown): boolean => typeof v === "string" && v.startsWith("=");
    for (const formulas of [false, true])
      raw.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v === undefined || isFormula(v) !== formulas) return;
          this.forgetSaved(ref.sheet, ref.rect.top + r, ref.rect.left + c);
          this.hf.setCellContents({ sheet: ref.sheet.hfId, row: ref.rect.top + r, col: ref.rect.left + c }, v);
        }),
      );
  }

  /**
   * A formula as a saved workbook holds it: its text, and the value it last computed (a 2-D array for
   * a result that spilled, its cells holding the last values until the formula computes again).
   */
  writeSaved(ref: RangeRef, formula: string, value: Scalar | Scalar[][]): void {
    const values = Array.isArray(value) ? value : [[value]];
    values.forEach((row, r) =>
      row.forEach((v, c) => {
        this.hf.setCellContents(
          { sheet: ref.sheet.hfId, row: ref.rect.top + r, col: ref.rect.left + c },
          typedInput(v, "options.savedCells") ?? null,
        );
      }),
    );
    const at = key(ref.rect.top, ref.rect.left);
    ref.sheet.saved.set(at, formula);
    if (Array.isArray(value))
      ref.sheet.savedSpills.set(at, {
        top: ref.rect.top,
        left: ref.rect.left,
        height: values.length,
        width: values[0].length,
      });
  }

  /** A saved formula entered again computes anew: the last values it spilled are its own to replace. */
  private forgetSaved(sheet: SheetModel, row: number, col: number): void {
    const at = key(row, col);
    sheet.saved.delete(at);
    const spill = sheet.savedSpills.get(at);
    if (!spill) return;
    sheet.savedSpills.delete(at);
    for (let r = 0; r < spill.height; r++) {
      for (let c = 0; c < spill.width; c++)
        if (r > 0 || c > 0) this.hf.setCellContents({ sheet: sheet.hfId, row: row + r, col: col + c }, null);
    }
  }

  /** The formula of a cell as Range.formulas reads it; undefined for a constant or an empty cell. */
  formulaAt(sheet: SheetModel, row: number, col: number): string | undefined {
    this.resumeCalculation();
    return sheet.saved.get(key(row, col)) ?? this.hf.getCellFormula({ sheet: sheet.hfId, row, col });
  }

  setNumberFormat(ref: RangeRef, contents: unknown, location: string): void {
    this.checkEditable(ref.sheet, location);
    this.cells(contents, ref.rect, location, (v, row, col) => {
      if (v === null || v === undefined) return;
      if (typeof v !== "string") throw invalidArgument(location, "number formats are strings");
      ref.sheet.numberFormats.set(key(row, col), v);
    });
  }

  setStyle(ref: RangeRef, property: string, value: Scalar, location: string): void {
    this.checkEditable(ref.sheet, location);
    for (let r = 0; r < ref.rect.height; r++) {
      for (let c = 0; c < ref.rect.width; c++) {
        const k = key(ref.rect.top + r, ref.rect.left + c);
        ref.sheet.styles.set(k, { ...ref.sheet.styles.get(k), [property]: value });
      }
    }
  }

  /** The common value of a style property over the range, or null when cells differ (as Office.js reports). */
  style(ref: RangeRef, property: string, fallback: Scalar): Scalar | null {
    let seen: Scalar | undefined;
    for (let r = 0; r < ref.rect.height; r++) {
      for (let c = 0; c < ref.rect.width; c++) {
        const v = ref.sheet.styles.get(key(ref.rect.top + r, ref.rect.left + c))?.[property] ?? fallback;
        if (seen !== undefined && seen !== v) return null;
        seen = v;
      }
    }
    return seen ?? fallback;
  }

  /** Range.clear: "Contents", "Formats" or "All" (hyperlinks and the rest are not emulated). */
  clear(ref: RangeRef, applyTo: string, location: string): void {
    if (!["All", "Formats", "Contents"].includes(applyTo))
      throw invalidArgument(location, `"${applyTo}" is not emulated by the Excel fake`);
    this.checkEditable(ref.sheet, location);
    const { top, left, height, width } = ref.rect;
    if (applyTo !== "Formats") {
      const used = this.hf.getSheetDimensions(ref.sheet.hfId);
      for (let r = top; r < Math.min(top + height, used.height); r++) {
        for (let c = left; c < Math.min(left + width, used.width); c++) {
          this.forgetSaved(ref.sheet, r, c);
          this.hf.setCellContents({ sheet: ref.sheet.hfId, row: r, col: c }, null);
        }
      }
    }
    if (applyTo !== "Contents") {
      for (const map of [ref.sheet.numberFormats, ref.sheet.styles] as Map<string, unknown>[]) {
        for (const k of [...map.keys()]) {
          const [r, c] = k.split(",").map(Number);
          if (r >= top && r < top + height && c >= left && c < left + width) map.delete(k);
        }
      }
    }
  }

  rowHeight(ref: RangeRef): number | null {
    const heights = new Set<number>();
    for (let r = 0; r < ref.rect.height; r++)
      heights.add(ref.sheet.rowHeights.get(ref.rect.top + r) ?? DEFAULT_ROW_HEIGHT);
    return heights.size === 1 ? [...heights][0] : null;
  }

  /** The range a formula's result spills into, when the cell is the formula's (the spill's top-left) cell. */
  spillFrom(sheet: SheetModel, row: number, col: number): Rect | undefined {
    const saved = sheet.savedSpills.get(key(row, col));
    if (saved) return saved;
    this.resumeCalculation();
    const range = this.hf.arrayMapping.getArrayByCorner({ sheet: sheet.hfId, row, col })?.getRangeOrUndef();
    if (!range || range.width() * range.height() <= 1) return undefined;
    return { top: row, left: col, height: range.height(), width: range.width() };
  }

  /** Range.getMergedAreasOrNullObject: as Excel answers it, only merges whose top-left cell lies in the range. */
  mergesAnchoredIn(ref: RangeRef): Rect[] {
    const { top, left, height, width } = ref.rect;
    return ref.sheet.merges.filter(
      (m) => m.top >= top && m.top < top + height && m.left >= left && m.left < left + width,
    );
  }

  value(sheet: SheetModel, row: number, col: number): CellValue {
    this.resumeCalculation();
    return this.hf.getCellValue({ sheet: sheet.hfId, row, col });
  }

  readValues(ref: RangeRef): ReadValue[][] {
    return this.cells(undefined, ref.rect, "", (_, row, col) => asRead(this.value(ref.sheet, row, col)));
  }

  /** Range.valueTypes: what each cell holds, as Excel names it. */
  readValueTypes(ref: RangeRef): string[][] {
    return this.cells(undefined, ref.rect, "", (_, row, col) => valueType(this.value(ref.sheet, row, col)));
  }

  readFormulas(ref: RangeRef): ReadValue[][] {
    this.resumeCalculation();
    return this.cells(
      undefined,
      ref.rect,
      "",
      (_, row, col) => this.formulaAt(ref.sheet, row, col) ?? asRead(this.value(ref.sheet, row, col)),
    );
  }

  readNumberFormats(ref: RangeRef): string[][] {
    return this.cells(
      undefined,
      ref.rect,
      "",
      (_, row, col) => ref.sheet.numberFormats.get(key(row, col)) ?? "General",
    );
  }

  columnWidth(ref: RangeRef): number | null {
    const widths = new Set<number>();
    for (let c = 0; c < ref.rect.width; c++)
      widths.add(ref.sheet.columnWidths.get(ref.rect.left + c) ?? DEFAULT_COLUMN_WIDTH);
    return widths.size === 1 ? [...widths][0] : null;
  }

  /** The smallest rectangle holding every value (and, unless valuesOnly, every formatted cell). */
  usedRect(sheet: SheetModel, valuesOnly: boolean): Rect | undefined {
    const cells: { row: number; col: number }[] = [];
    this.resumeCalculation();
    const { height, width } = this.hf.getSheetDimensions(sheet.hfId);
    for (let row = 0; row < height; row++) {
      for (let col = 0; col < width; col++) {
        if (!this.hf.isCellEmpty({ sheet: sheet.hfId, row, col })) cells.push({ row, col });
      }
    }
    if (!valuesOnly) {
      for (const k of [...sheet.numberFormats.keys(), ...sheet.styles.keys()]) {
        const [row, col] = k.split(",").map(Number);
        cells.push({ row, col });
      }
    }
    if (cells.length === 0) return undefined;
    const top = Math.min(...cells.map((c) => c.row));
    const left = Math.min(...cells.map((c) => c.col));
    return {
      top,
      left,
      height: Math.max(...cells.map((c) => c.row)) - top + 1,
      width: Math.max(...cells.map((c) => c.col)) - left + 1,
    };
  }

  table(name: string): TableModel | undefined {
    return this.tables.find((t) => upper(t.name) === upper(name));
  }

  /** Table names: letters, digits, "_", "." and "\"; not a cell reference; unique among tables and defined names. */
  checkTableName(name: string, location: string, self?: TableModel): void {
    if (
      !/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name) ||
      name.length > 255 ||
      /^[A-Za-z]{1,3}[0-9]+$/.test(name) ||
      /^[RC]$/i.test(name) ||
      /^R[0-9]*C[0-9]*$/i.test(name)
    ) {
      throw invalidArgument(location, `"${name}" is not a valid table name`);
    }
    const clash =
      this.tables.find((t) => t !== self && upper(t.name) === upper(name)) ??
      this.names.find((n) => upper(n) === upper(name));
    if (clash) throw itemAlreadyExists(location, `the name "${name}" is already taken`);
  }

  addTable(ref: RangeRef, hasHeaders: boolean, location: string): TableModel {
    this.checkEditable(ref.sheet, location);
    if (!hasHeaders) throw invalidOperation(location, "tables without a header row are not emulated by this fake");
    if (ref.rect.height < 2)
      throw invalidArgument(location, "a table with headers needs a header row and at least one data row");
    const clash = this.tables.find((t) => t.sheet === ref.sheet && overlaps(t.rect, ref.rect));
    if (clash) throw invalidArgument(location, `a table can't overlap another table (${clash.name})`);
    this.normaliseHeaders({ sheet: ref.sheet, rect: { ...ref.rect, height: 1 } });
    let n = 1;
    while (this.table(`Table${n}`) || this.names.some((x) => upper(x) === upper(`Table${n}`))) n++;
    const table: TableModel = { name: `Table${n}`, sheet: ref.sheet, rect: ref.rect, style: "TableStyleMedium2" };
    this.tables.push(table);
    return table;
  }

  /** Excel turns a table's header cells into unique text: blanks become "Column1", repeats get a number. */
  private normaliseHeaders(ref: RangeRef): void {
    const seen = new Set<string>();
    const values = this.readValues(ref)[0];
    values.forEach((v, i) => {
      let text = v === "" ? `Column${i + 1}` : String(v);
      const base = text;
      for (let k = 2; seen.has(upper(text)); k++) text = `${base}${k}`;
      seen.add(upper(text));
      this.hf.setCellContents({ sheet: ref.sheet.hfId, row: ref.rect.top, col: ref.rect.left + i }, `'${text}`);
    });
  }

  addChart(
    sheet: SheetModel,
    type: string,
    source: RangeRef,
    seriesBy: string,
    location = "ChartCollection.add",
  ): ChartModel {
    this.checkEditable(sheet, location);
    const chart: ChartModel = {
      name: `Chart ${this.charts.length + 1}`,
      sheet,
      type,
      source,
      seriesBy,
      series: this.seriesFromSource(source, seriesBy),
      axes: { category: {}, value: {}, secondaryValue: {} },
      legend: { visible: true, position: "Right" },
      width: 360,
      height: 216,
    };
    this.charts.push(chart);
    return chart;
  }

  /**
   * A simplified version of how Excel lays out a chart's source range: a first row with text is the
   * series names; a first column of text (or any first column under an empty top-left cell) is the
   * categories; every other column (or row) is a series.
   */
  private seriesFromSource(source: RangeRef, seriesBy: string): SeriesModel[] {
    const values = this.readValues(source);
    const { top, left, height, width } = source.rect;
    const byColumns = seriesBy === "Columns" || (seriesBy !== "Rows" && height >= width);
    const at = (r: number, c: number): ReadValue => (byColumns ? values[r][c] : values[c][r]);
    const lines = byColumns ? width : height;
    const length = byColumns ? height : width;
    const isText = (v: ReadValue): boolean => typeof v === "string" && v !== "" && !v.startsWith("#");
    const named = length > 1 && Array.from({ length: lines }, (_, i) => at(0, i)).some(isText);
    const first = named ? 1 : 0;
    const labelled =
      lines > 1 &&
      (Array.from({ length: length - first }, (_, k) => at(first + k, 0)).every((v) => isText(v) || v === "") ||
        (named && at(0, 0) === ""));
    const rect = (line: number, from: number): Rect =>
      byColumns
        ? { top: top + from, left: left + line, height: length - from, width: 1 }
        : { top: top + line, left: left + from, height: 1, width: length - from };
    const series: SeriesModel[] = [];
    for (let line = labelled ? 1 : 0; line < lines; line++) {
      series.push({
        name: named ? String(at(0, line)) : `Series${series.length + 1}`,
        values: { sheet: source.sheet, rect: rect(line, first) },
        ...(labelled ? { xValues: { sheet: source.sheet, rect: rect(0, first) } } : {}),
        axisGroup: "Primary",
      });
    }
    return series;
  }

  /** For tests: a cell's computed value, with errors as { error: "#N/A" }. */
  readCell(address: string): FakeCellValue {
    const ref = this.ref(address);
    return asFakeCell(this.value(ref.sheet, ref.rect.top, ref.rect.left));
  }

  readSheet(name: string): FakeCellValue[][] {
    const sheet = this.sheetOrThrow(name, "readSheet");
    this.resumeCalculation();
    return this.hf.getSheetValues(sheet.hfId).map((row) => row.map(asFakeCell));
  }
}

/** A computed cell as tests see it: JSON-friendly, so it can also cross into a browser test page. */
export type FakeCellValue = number | string | boolean | null | { error: string; message: string };

function asFakeCell(v: CellValue): FakeCellValue {
  if (v instanceof DetailedCellError) return { error: v.value, message: v.message };
  return v;
}

function valueType(v: CellValue): string {
  if (v instanceof DetailedCellError) return "Error";
  if (v === null || v === undefined || v === "") return "Empty";
  return typeof v === "number" ? "Double" : typeof v === "boolean" ? "Boolean" : "String";
}

function asRead(v: CellValue): ReadValue {
  if (v instanceof DetailedCellError) return v.value;
  return v ?? "";
}
