/**
 * Where the user is in the workbook: the active cell's address, for the pane to say where an insert
 * will go and to take a cell reference from, and a way back to what was inserted.
 */
import { errorText, excelHost } from "./excel-host";
import { detectCapabilities } from "./requirements";

/** "Sheet1!B2"; undefined outside Excel or when Excel cannot say (e.g. while a cell is being edited). */
export async function readActiveCell(): Promise<string | undefined> {
  const host = excelHost();
  if (!host) return undefined;
  const caps = detectCapabilities();
  try {
    return await host.run(async (context) => {
      const wb = context.workbook;
      // Before 1.7 there is no active cell to ask for: the selection's first cell is where inserts go.
      const cell = caps.activeCell ? wb.getActiveCell() : wb.getSelectedRange().getCell(0, 0);
      cell.load("address");
      await context.sync();
      return cell.address;
    });
  } catch {
    return undefined;
  }
}

/** Calls back whenever the user selects elsewhere, where Office reports it; returns how to stop listening. */
export function onSelectionChanged(callback: () => void): () => void {
  // Outside Office, or under a stand-in without documents, there is nothing to listen to.
  const office = (globalThis as { Office?: Partial<typeof Office> }).Office;
  const type = office?.EventType?.DocumentSelectionChanged;
  const doc: Partial<Office.Document> | undefined = office?.context?.document;
  if (!type || typeof doc?.addHandlerAsync !== "function" || typeof doc.removeHandlerAsync !== "function")
    return () => undefined;
  const events = doc as Office.Document;
  events.addHandlerAsync(type, callback);
  return () => events.removeHandlerAsync(type, { handler: callback });
}

/** Shows an inserted table: activates its sheet and selects it. Returns why not, or undefined when done. */
export async function goToTable(name: string): Promise<string | undefined> {
  const host = excelHost();
  if (!host) return "Excel is not available here.";
  try {
    await host.run(async (context) => {
      const table = context.workbook.tables.getItem(name);
      table.worksheet.activate();
      table.getRange().select();
      await context.sync();
    });
    return undefined;
  } catch (error) {
    return `Could not go to the table ${name}: ${errorText(error)}`;
  }
}
