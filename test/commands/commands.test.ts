/**
 * The ribbon's Prepare for sharing: registered under the manifest's FunctionName in the shared
 * runtime, it converts the workbook, reports to the pane, opens it, and always completes the event.
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { COMMANDS, registerCommands } from "../../src/commands/commands";
import { subscribeOutcomes, type RuntimeOutcome } from "../../src/excel/workbook/outcomes";
import { SOURCES_SHEET } from "../../src/excel/workbook/sources-sheet";
import { installExcelFake } from "../support/excel-fake";

test("every ExecuteFunction of the manifest has a command, and each is associated with Office under that name", () => {
  const manifest = readFileSync(path.join(__dirname, "..", "..", "manifest.xml"), "utf8");
  const names = [...manifest.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1]);
  expect(names).toEqual(["prepareForSharing"]);
  expect(Object.keys(COMMANDS)).toEqual(names);
  const associated: string[] = [];
  const office = { actions: { associate: (name: string) => associated.push(name) } };
  (globalThis as Record<string, unknown>).Office = office;
  try {
    registerCommands();
  } finally {
    delete (globalThis as Record<string, unknown>).Office;
  }
  expect(associated).toEqual(names);
});

test(
  "Prepare for sharing from the ribbon converts the " + "workbook, shows the pane with the outcome, and completes",
  async () => {
    const fake = installExcelFake(globalThis, { cells: { "Sheet1!B2": '=ASEAN.TRADE("CN","MY",2024)' } });
    const shown: string[] = [];
    (globalThis.Office as unknown as Record<string, unknown>).addin = {
      showAsTaskpane: async () => {
        shown.push("pane");
      },
    };
    const outcomes: RuntimeOutcome[] = [];
    const stop = subscribeOutcomes((o) => outcomes.push(o));
    const completed = jest.fn();
    try {
      await COMMANDS.prepareForSharing({ completed });
      expect(fake.formulaAt("Sheet1!B2")).toBeUndefined();
      expect(fake.model.sheet(SOURCES_SHEET)).toBeDefined();
      expect(outcomes).toEqual([{ kind: "prepare", result: expect.objectContaining({ ok: true, formulas: 1 }) }]);
      expect(shown).toEqual(["pane"]);
      expect(completed).toHaveBeenCalledTimes(1);
    } finally {
      stop();
      fake.uninstall();
    }
  },
);
