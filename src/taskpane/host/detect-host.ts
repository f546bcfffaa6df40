/**
 * Whether the pane can write to a workbook.
 *
 * The pane counts as "in Excel" when Office reports the Excel host, or when a page provides the Excel
 * object model itself (a `window.Excel` with `Excel.run`) while Office reports no host. Outside Office,
 * office.js resolves onReady with host null and leaves `Excel` undefined, so the second case arises only
 * where something stands in for the host on purpose (the browser tests inject a workbook engine that
 * way); treating it as Excel lets those tests drive the same insert code a real workbook would.
 */

import type { MessageKey } from "../i18n/i18n";

/** Why the pane is in preview mode, as a message of the pane's catalogue (with what Office said, if anything). */
export type PreviewReason = Extract<MessageKey, `host.${string}`>;

export type HostState =
  | { kind: "detecting" }
  | { kind: "excel"; via: "office" | "excel-object-model" }
  | { kind: "preview"; reason: PreviewReason; detail?: string };

const PREVIEW_REASON: PreviewReason = "host.outside";
const NO_OFFICE_REASON: PreviewReason = "host.noOffice";

/** office.js can be missing entirely (blocked or failed to load); never assume its globals exist. */
const officeGlobal = (): typeof Office | undefined => (globalThis as { Office?: typeof Office }).Office;

export function excelObjectModelPresent(): boolean {
  const excel = (globalThis as { Excel?: { run?: unknown } }).Excel;
  return typeof excel === "object" && excel !== null && typeof excel.run === "function";
}

export async function detectHost(): Promise<HostState> {
  const office = officeGlobal();
  if (!office || typeof office.onReady !== "function") {
    return excelObjectModelPresent()
      ? { kind: "excel", via: "excel-object-model" }
      : { kind: "preview", reason: NO_OFFICE_REASON };
  }
  const info = await office.onReady();
  if (info.host !== null && info.host !== undefined && info.host === office.HostType?.Excel)
    return { kind: "excel", via: "office" };
  return excelObjectModelPresent()
    ? { kind: "excel", via: "excel-object-model" }
    : { kind: "preview", reason: PREVIEW_REASON };
}
