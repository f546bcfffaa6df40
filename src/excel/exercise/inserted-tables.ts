/**
 * The catalogue items behind the tables an insert left in the workbook: an inserted table is named after
 * its item (tableBaseName), with "_2", "_3", ... for later copies, so its name leads back to the item an
 * exercise can be made from.
 */
import { CATALOGUE } from "../../core/report/figures/catalog";
import { errorText, excelHost } from "../excel-host";
import { tableBaseName } from "../unique-names";

const upper = (s: string): string => s.toLocaleUpperCase("en-US");

/** The id of the catalogue item a table was inserted from, or undefined for any other table. */
export function itemOfTable(name: string): string | undefined {
  const byBase = (n: string): string | undefined => CATALOGUE.find((s) => upper(tableBaseName(s)) === upper(n))?.id;
  return byBase(name) ?? byBase(name.replace(/_\d+$/, ""));
}

export interface InsertedTable {
  readonly table: string;
  readonly itemId: string;
  readonly title: string;
}

/** The workbook's tables that came from catalogue items, in one round trip. */
export async function readInsertedTables(): Promise<InsertedTable[] | { problem: string }> {
  const host = excelHost();
  if (!host) return { problem: "Excel is not available here." };
  try {
    return await host.run(async (context) => {
      const tables = context.workbook.tables.load("items/name");
      await context.sync();
      return tables.items.flatMap((t) => {
        const itemId = itemOfTable(t.name);
        const spec = CATALOGUE.find((s) => s.id === itemId);
        return itemId && spec ? [{ table: t.name, itemId, title: spec.title }] : [];
      });
    });
  } catch (error) {
    return { problem: `The workbook's tables could not be read: ${errorText(error)}` };
  }
}
