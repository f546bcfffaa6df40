/** A host with every requirement set the writer can use: ExcelApi 1.17 and the shared runtime. */
import type { Capabilities } from "../../src/excel/requirements";

export const ALL: Capabilities = {
  resize: true,
  suspendCalculation: true,
  activeCell: true,
  seriesApi: true,
  secondaryAxis: true,
  chartPoints: true,
  chartLabelFormats: true,
  rangeTables: true,
  workbookProtection: true,
  mergedAreas: true,
  nullObjects: true,
  settings: true,
  spills: true,
};
