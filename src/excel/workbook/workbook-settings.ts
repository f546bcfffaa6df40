/**
 * What the add-in remembers in the workbook itself (Workbook.settings, ExcelApi 1.4, saved with the
 * document): whether to repair its ASEAN formulas when it opens, and the dataset edition its ASEAN
 * cells were computed with.
 */
import { core } from "../../core/api";
import type { ExcelHost } from "../excel-host";

export const REPAIR_ON_OPEN = "ASEAN.RepairOnOpen";
export const COMPUTED_EDITION = "ASEAN.Edition";

/** The settings asked for that the workbook has; one round trip. */
export async function readSettings(host: ExcelHost, keys: readonly string[]): Promise<Map<string, unknown>> {
  return host.run(async (context) => {
    const items = keys.map((k) => [k, context.workbook.settings.getItemOrNullObject(k).load("value")] as const);
    await context.sync();
    return new Map(items.filter(([, s]) => !s.isNullObject).map(([k, s]) => [k, s.value as unknown]));
  });
}

export async function writeSetting(host: ExcelHost, key: string, value: string | boolean): Promise<void> {
  await host.run(async (context) => {
    context.workbook.settings.add(key, value);
    await context.sync();
  });
}

/** Queues recording the add-in's edition as the one the workbook's ASEAN cells were computed with. */
export function queueEditionRecord(context: Excel.RequestContext): void {
  context.workbook.settings.add(COMPUTED_EDITION, core().edition());
}
