/**
 * "Repair ASEAN formulas when this workbook opens": an opt-in kept in the workbook (a setting), with
 * the shared runtime asked to load when the document opens (Office.addin.setStartupBehavior,
 * SharedRuntime 1.1), so the repair runs before anyone opens the pane. Both are feature-detected.
 */
import { errorText, excelHost } from "../excel-host";
import { detectCapabilities, excelVersionsWith, setSupported } from "../requirements";
import type { OperationOptions } from "./operation-types";
import { repairAseanFormulas, type ReenterResult } from "./reenter-formulas";
import { readSettings, REPAIR_ON_OPEN, writeSetting } from "./workbook-settings";

interface AddinApi {
  setStartupBehavior(behavior: string): Promise<void>;
}

function addinApi(): AddinApi | undefined {
  const office = (globalThis as { Office?: { addin?: Partial<AddinApi> } }).Office;
  const api = office?.addin;
  return typeof api?.setStartupBehavior === "function" && setSupported("SharedRuntime", "1.1")
    ? (api as AddinApi)
    : undefined;
}

/** Office.StartupBehavior's values: "Load" starts the runtime with the document, "None" waits for the user. */
const startupValue = (on: boolean): string => {
  const names = (globalThis as { Office?: { StartupBehavior?: { load?: string; none?: string } } }).Office
    ?.StartupBehavior;
  return on ? (names?.load ?? "Load") : (names?.none ?? "None");
};

/** Why the option cannot be offered here, or undefined when it can. */
export function repairOnOpenBlocker(): string | undefined {
  if (!excelHost()) return "Excel is not available here.";
  if (!detectCapabilities().settings)
    return `This version of Excel cannot keep settings in a workbook (that needs ${excelVersionsWith("1.4")}).`;
  if (!addinApi())
    return (
      "This version of Excel cannot start the add-in when a workbook opens " +
      "(that needs Excel 2021 or later, or Microsoft 365)."
    );
  return undefined;
}

export async function repairOnOpenEnabled(): Promise<boolean> {
  const host = excelHost();
  if (!host || !detectCapabilities().settings) return false;
  return (await readSettings(host, [REPAIR_ON_OPEN])).get(REPAIR_ON_OPEN) === true;
}

/** Turns the option on or off in this workbook; the message says what was done, or why not. */
export async function setRepairOnOpen(on: boolean): Promise<{ ok: boolean; message: string }> {
  const blocked = repairOnOpenBlocker();
  const host = excelHost();
  const api = addinApi();
  if (blocked || !host || !api) return { ok: false, message: blocked ?? "Not available here." };
  try {
    await writeSetting(host, REPAIR_ON_OPEN, on);
    await api.setStartupBehavior(startupValue(on));
    return {
      ok: true,
      message: on
        ? "When this workbook opens, the add-in starts and repairs its ASEAN formulas. Save the workbook to keep this."
        : "The add-in no longer starts when this workbook opens.",
    };
  } catch (error) {
    return { ok: false, message: `The option could not be changed: ${errorText(error)}` };
  }
}

/** Run when the shared runtime starts: repairs if this workbook asks for it; undefined when it does not. */
export async function repairIfAsked(options: OperationOptions = {}): Promise<ReenterResult | undefined> {
  try {
    if (!(await repairOnOpenEnabled())) return undefined;
  } catch {
    return undefined;
  }
  return repairAseanFormulas(options);
}
