/**
 * Which ExcelApi requirement sets the host supports. Outside Office (a plain browser, tests without a
 * fake) `Office` or `Office.context.requirements` is undefined, so every question answers "no".
 */

interface RequirementsApi {
  isSetSupported(name: string, minVersion?: string): boolean;
}

function requirementsApi(): RequirementsApi | undefined {
  const office = (globalThis as { Office?: { context?: { requirements?: Partial<RequirementsApi> } } }).Office;
  const requirements = office?.context?.requirements;
  return typeof requirements?.isSetSupported === "function" ? (requirements as RequirementsApi) : undefined;
}

/** Whether the host supports a requirement set (ExcelApi, SharedRuntime, ...) at a version. */
export function setSupported(name: string, version: string): boolean {
  const api = requirementsApi();
  if (!api) return false;
  try {
    return api.isSetSupported(name, version);
  } catch {
    return false;
  }
}

export const excelApiSupported = (version: string): boolean => setSupported("ExcelApi", version);

/** The features the writer uses beyond ExcelApi 1.1, each with the set that brings it. */
export interface Capabilities {
  /** 1.2: Range.getResizedRange and format.columnWidth; the writer needs these to insert at all. */
  readonly resize: boolean;
  /** 1.6: Application.suspendApiCalculationUntilNextSync. */
  readonly suspendCalculation: boolean;
  /** 1.7: Workbook.getActiveCell (before it: the first cell of the selection). */
  readonly activeCell: boolean;
  /** 1.7: series.add, setValues, setXAxisValues, per-series chartType, axes.getItem. */
  readonly seriesApi: boolean;
  /** 1.8: series.axisGroup (secondary axis) and axis numberFormat. */
  readonly secondaryAxis: boolean;
  /** 1.7: a chart point's border and data label, and series.hasDataLabels. */
  readonly chartPoints: boolean;
  /** 1.8: a data label's numberFormat and series.overlap. */
  readonly chartLabelFormats: boolean;
  /** 1.9: Range.getTables, to see an existing table reaching into the target block before writing. */
  readonly rangeTables: boolean;
  /** 1.7: Workbook.protection, to see before adding a sheet that the structure is protected. */
  readonly workbookProtection: boolean;
  /** 1.13: Range.getMergedAreasOrNullObject, to see merged cells in the target before writing. */
  readonly mergedAreas: boolean;
  /** 1.4: the *OrNullObject methods (a used range that may be empty, a sheet or setting that may be missing). */
  readonly nullObjects: boolean;
  /** 1.4: Workbook.settings, saved with the document. */
  readonly settings: boolean;
  /** 1.12: Range.getSpillingToRangeOrNullObject, the cells a formula's result spills into. */
  readonly spills: boolean;
}

export const MINIMUM_EXCEL_API = "1.2";

export function detectCapabilities(): Capabilities {
  return {
    resize: excelApiSupported("1.2"),
    suspendCalculation: excelApiSupported("1.6"),
    activeCell: excelApiSupported("1.7"),
    seriesApi: excelApiSupported("1.7"),
    secondaryAxis: excelApiSupported("1.8"),
    chartPoints: excelApiSupported("1.7"),
    chartLabelFormats: excelApiSupported("1.8"),
    rangeTables: excelApiSupported("1.9"),
    workbookProtection: excelApiSupported("1.7"),
    mergedAreas: excelApiSupported("1.13"),
    nullObjects: excelApiSupported("1.4"),
    settings: excelApiSupported("1.4"),
    spills: excelApiSupported("1.12"),
  };
}

/**
 * The Excel versions that bring a requirement set, in the words users know their Excel by (Microsoft's
 * table of requirement sets: Excel 2016 has 1.1 only, Excel 2019 up to 1.8, Excel 2021 up to 1.14,
 * Excel 2024 up to 1.17; Microsoft 365 on Windows, Mac and the web has them all).
 */
export function excelVersionsWith(version: string): string {
  const minor = Number(version.split(".")[1] ?? "0");
  if (minor <= 1) return "Excel 2016 or later, or Microsoft 365";
  if (minor <= 8) return "Excel 2019 or later, or Microsoft 365";
  if (minor <= 14) return "Excel 2021 or later, or Microsoft 365";
  if (minor <= 17) return "Excel 2024 or Microsoft 365";
  return "an up-to-date Microsoft 365";
}
