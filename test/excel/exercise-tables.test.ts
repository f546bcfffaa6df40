/** An exercise made from a table inserted earlier: the table's name leads back to its catalogue item. */
import { core } from "../../src/core/api";
import { buildFigure } from "../../src/core/report/figures/build-figure";
import { CATALOGUE } from "../../src/core/report/figures/catalog";
import { itemOfTable, readInsertedTables } from "../../src/excel/exercise/inserted-tables";
import { insertFigure } from "../../src/excel/insert-figure";
import { tableBaseName } from "../../src/excel/unique-names";
import { fakeInstaller } from "../support/fake-installer";

const install = fakeInstaller();

describe("exercises from inserted tables", () => {
  test("every catalogue item's table name, and its later copies, lead back to the item; other tables to none", () => {
    for (const spec of CATALOGUE) {
      expect(itemOfTable(tableBaseName(spec))).toBe(spec.id);
      expect(itemOfTable(`${tableBaseName(spec)}_2`)).toBe(spec.id);
      expect(itemOfTable(tableBaseName(spec).toLowerCase())).toBe(spec.id);
    }
    expect(itemOfTable("Table1")).toBeUndefined();
    expect(itemOfTable("ASEAN_Figure99")).toBeUndefined();
  });

  test("the workbook's inserted tables are found in one round trip, the user's own tables left out", async () => {
    const fake = install({ tables: [{ name: "Budget", address: "Sheet1!H1:I3" }] });
    const spec = CATALOGUE.find((s) => s.id === "china-asean-members-2024") ?? CATALOGUE[0];
    const inserted = await insertFigure(buildFigure(core(), spec), {
      target: "newSheet",
      mode: "values",
      chart: false,
      sourceNote: false,
    });
    expect(inserted).toMatchObject({ ok: true });
    const runs = fake.runs.length;
    expect(await readInsertedTables()).toEqual([{ table: tableBaseName(spec), itemId: spec.id, title: spec.title }]);
    expect(fake.runs.slice(runs).map((r) => r.syncs)).toEqual([1]);
  });
});
