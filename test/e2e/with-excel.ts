/**
 * The pane against a workbook: the Excel stand-in of test/support (HyperFormula with the ASEAN
 * functions) is injected before the page loads, the pane's real insert code writes into it, and the
 * tests read the sheet back. A formula inserted by the pane must compute, in that engine, the number
 * the pane inserts as a value.
 */
import { readFileSync } from "fs";
import * as path from "path";
import type { Browser, Page } from "playwright-core";
import { core } from "../../src/core/api";
import { CATALOGUE } from "../../src/core/report/figures/catalog";
import { buildFigure } from "../../src/core/report/figures/build-figure";
import type { Figure } from "../../src/core/report/figures/figure-types";
import { CHART_TYPE } from "../../src/excel/chart-plan";
import { tableBaseName } from "../../src/excel/unique-names";
import type { ExcelFakeOptions } from "../support/excel-fake";
import { cellFormat } from "../../src/excel/cell-content";
import { mismatch, sameComputed } from "../support/excel-fake-figure-block";
import { OFFICE_JS_CDN, offOrigin, openPane, PANE_VIEWPORT, type OpenPane } from "./support/browser";
import { ensureExcelFakeBundle } from "./support/fresh-build";
import {
  chooseInsertOptions,
  formulaShown,
  insertAndWait,
  openFormulaBuilder,
  openItem,
  settled,
  textWhen,
  typeInPicker,
  type InsertChoice,
} from "./support/pane-driver";
import { axeViolations } from "./support/axe";
import { SCREENSHOTS } from "./support/paths";
import type { StaticServer } from "./support/static-server";
import {
  readActiveCellOf,
  readBlock,
  readCalls,
  readCell,
  readCharts,
  readRuns,
  readSheetVisibility,
  insertChartOfTask,
  setActiveCell,
  writeCell,
  type BlockRead,
} from "./support/workbook-reads";

export interface Env {
  server: StaticServer;
  browser: Browser;
}

const OFFICE_TELEMETRY = "https://telemetryservice.firstpartyapps.oaspapps.com/";

async function openWithWorkbook(env: Env, options: ExcelFakeOptions = {}): Promise<OpenPane> {
  const bundle = readFileSync(ensureExcelFakeBundle(), "utf8");
  return openPane(env.browser, env.server.origin, {
    initScripts: [bundle, `window.standInForExcel(${JSON.stringify(options)});`],
  });
}

/** The address the success message names, e.g. 'Figure 2'!A1:G22. */
function insertedAddress(text: string): string {
  const match = /at ('(?:[^']|'')+'|[^\s!]+)!([A-Z]+\d+:[A-Z]+\d+)/.exec(text);
  if (!match) throw new Error(`No address in: ${text}`);
  return `${match[1]}!${match[2]}`;
}

async function insertFigure(
  page: Page,
  figure: Figure,
  choice: InsertChoice,
): Promise<{ address: string; text: string }> {
  const article = await openItem(page, figure.id);
  await chooseInsertOptions(article, choice);
  const outcome = await insertAndWait(article);
  if (outcome.kind !== "ok")
    throw new Error(`Inserting ${figure.id} (${JSON.stringify(choice)}) did not succeed: ${outcome.text}`);
  return { address: insertedAddress(outcome.text), text: outcome.text };
}

/** Every cell of the values block holds the figure's value (#N/A where it has none). */
function valueMismatches(figure: Figure, block: BlockRead): string[] {
  const out: string[] = [];
  figure.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      const why = mismatch(block.body[r][c], cell.value);
      if (why) out.push(`${figure.id} values row ${r} col ${c}: ${why}`);
    }),
  );
  return out;
}

/** Each formula the figure carries is in its cell, and computes what the values block holds there. */
function formulaMismatches(figure: Figure, values: BlockRead, formulas: BlockRead): string[] {
  const out: string[] = [];
  figure.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      const where = `${figure.id} formulas row ${r} col ${c}`;
      if (cell.formula !== undefined && formulas.formulas[r][c] !== cell.formula)
        out.push(`${where}: formula ${String(formulas.formulas[r][c])}, expected ${cell.formula}`);
      if (!sameComputed(formulas.body[r][c], values.body[r][c]))
        out.push(
          `${where}: computes ` +
            `${JSON.stringify(formulas.body[r][c])}, ` +
            `the value inserted is ` +
            `${JSON.stringify(values.body[r][c])}`,
        );
    }),
  );
  return out;
}

export function describeWithExcel(env: () => Env): void {
  describe("with a workbook standing in for Excel", () => {
    let pane: OpenPane;

    beforeAll(async () => {
      pane = await openWithWorkbook(env());
    }, 5 * 60_000);
    afterAll(async () => {
      await pane?.close();
    });

    test("counts as in Excel: no preview notice, insert buttons enabled", async () => {
      const { page } = pane;
      expect(await page.getAttribute("html", "data-host")).toBe("excel");
      expect(await page.locator("[data-preview-mode]").count()).toBe(0);
      const article = await openItem(page, "figure-3-investment");
      expect(
        await article.getByRole("button", { name: "Insert", exact: true }).getAttribute("aria-disabled"),
      ).toBeNull();
      const unavailable = await openItem(page, "figure-5-msr-trade-index");
      expect(await unavailable.getByRole("button", { name: "Insert", exact: true }).getAttribute("aria-disabled")).toBe(
        "true",
      );
    });

    const insertable = CATALOGUE.filter((spec) => spec.query.kind !== "unavailable");

    test.each(insertable.map((spec) => [spec.id]))(
      "inserts %s as values and as live formulas, and the formulas compute the values",
      async (id) => {
        const { page } = pane;
        const spec = insertable.find((s) => s.id === id);
        if (!spec) throw new Error(id);
        const figure = buildFigure(core(), spec);
        const runsBefore = (await readRuns(page)).length;
        const chartAddsBefore = (await readCalls(page, "ChartCollection.add")).length;

        const asValues = await insertFigure(page, figure, {
          target: "newSheet",
          mode: "values",
          chart: true,
          sourceNote: true,
        });
        const asFormulas = await insertFigure(page, figure, {
          target: "newSheet",
          mode: "formulas",
          chart: true,
          sourceNote: true,
        });
        const values = await readBlock(page, asValues.address, figure);
        const formulas = await readBlock(page, asFormulas.address, figure);

        expect(values.title).toBe(figure.title);
        expect(values.header).toEqual(figure.columns.map((c) => c.header));
        expect(values.sourceNote).toBe(figure.sourceNote);
        expect(valueMismatches(figure, values)).toEqual([]);
        expect(values.formulas.flat().filter((f) => f !== undefined && f !== "=NA()")).toEqual([]);
        expect(formulaMismatches(figure, values, formulas)).toEqual([]);
        // Number formats follow the figure's columns wherever a number is shown; stated numbers keep their own
        // decimals.
        figure.columns.forEach((column, c) => {
          if (column.format === "@") return;
          figure.rows.forEach((row, r) => {
            if (typeof row[c].value === "number")
              expect({ at: `${r},${c}`, format: values.formats[r][c] }).toEqual({
                at: `${r},${c}`,
                format: cellFormat(row[c], column.format),
              });
          });
        });

        // Two round trips at most per insert: one to read the target, one to write.
        const runs = (await readRuns(page)).slice(runsBefore);
        expect(runs).toHaveLength(2);
        for (const run of runs) expect(run.syncs).toBeLessThanOrEqual(2);

        const charts = [...(await readCharts(page, values.sheet)), ...(await readCharts(page, formulas.sheet))];
        const chartAdds = (await readCalls(page, "ChartCollection.add")).slice(chartAddsBefore);
        if (!figure.chart) {
          expect(charts).toEqual([]);
          expect(chartAdds).toEqual([]);
          return;
        }
        const spec2 = figure.chart;
        expect(chartAdds.map((c) => c.args[0])).toEqual([CHART_TYPE[spec2.kind], CHART_TYPE[spec2.kind]]);
        expect(charts).toHaveLength(2);
        const headers = spec2.series.map((s) => figure.columns.find((c) => c.key === s.column)?.header);
        for (const chart of charts) {
          expect(chart.type).toBe(CHART_TYPE[spec2.kind]);
          expect(chart.title).toBe(figure.title);
          expect(chart.series.map((s) => s.name)).toEqual(headers);
          expect(chart.series.every((s) => s.points === figure.rows.length)).toBe(true);
          expect(chart.axes.category).toBe(spec2.xTitle);
          expect(chart.axes.value).toBe(spec2.yTitle);
          spec2.series.forEach((s, i) => {
            expect(chart.series[i].axisGroup).toBe(
              spec2.kind === "combo" && s.axis === "secondary" ? "Secondary" : "Primary",
            );
            if (spec2.kind === "combo" && s.as === "line") expect(chart.series[i].chartType).toBe("Line");
          });
          if (spec2.y2Title) expect(chart.axes.secondaryValue).toBe(spec2.y2Title);
        }
      },
    );

    test("leaves the chart and the source note out when asked to", async () => {
      const { page } = pane;
      const figure = buildFigure(core(), CATALOGUE.find((s) => s.id === "china-asean-members-2024") ?? CATALOGUE[0]);
      const { address } = await insertFigure(page, figure, {
        target: "newSheet",
        mode: "values",
        chart: false,
        sourceNote: false,
      });
      const block = await readBlock(page, address, figure);
      expect(await readCharts(page, block.sheet)).toEqual([]);
      expect(block.sourceNote).toBeNull();
      await page.screenshot({ path: path.join(SCREENSHOTS, "excel-after-insert.png"), fullPage: true });
    });

    test("the formula builder writes its formula into the active cell, where it computes the value shown", async () => {
      const { page } = pane;
      await openFormulaBuilder(page);
      await page.getByRole("combobox", { name: "Function" }).selectOption("TRADE");
      await expect(typeInPicker(page, "Reporter", "CN")).resolves.toMatchObject({ shown: "China (CN)" });
      await expect(typeInPicker(page, "Partner", "MY")).resolves.toMatchObject({ shown: "Malaysia (MY)" });
      await expect(typeInPicker(page, "Year", "2024")).resolves.toMatchObject({ shown: "2024" });
      await setActiveCell(page, "Sheet1!C3");
      await page.getByRole("button", { name: "Insert formula" }).click();
      await page.locator("[data-formula-insert]").waitFor();
      expect(await page.locator("[data-formula-insert]").getAttribute("data-formula-insert")).toBe("ok");
      expect(await readCell(page, "Sheet1!C3")).toEqual({ formula: '=ASEAN.TRADE("CN","MY",2024)', value: 212.03 });

      // The same cell again: it is no longer empty, so nothing is written.
      await page.getByRole("button", { name: "Insert formula" }).click();
      await page.locator("[data-formula-insert]").waitFor();
      expect(await page.locator("[data-formula-insert]").getAttribute("data-formula-insert")).toBe("refused");
      await expect(page.locator("[data-formula-insert]").innerText()).resolves.toMatch(/not empty/);
      await page.screenshot({ path: path.join(SCREENSHOTS, "excel-formula-inserted.png"), fullPage: true });
    });

    test("the builder takes the selected cell as an argument, and the inserted formula reads it", async () => {
      const { page } = pane;
      await writeCell(page, "Sheet1!B9", "MY");
      await setActiveCell(page, "Sheet1!B9");
      await page.evaluate(() => window.dispatchEvent(new Event("focus")));
      await openFormulaBuilder(page);
      await page.getByRole("combobox", { name: "Function" }).selectOption("TRADE");
      await expect(typeInPicker(page, "Reporter", "CN")).resolves.toMatchObject({ shown: "China (CN)" });
      await page.getByRole("button", { name: "Use the selected cell, Sheet1!B9, for Partner" }).focus();
      await page.keyboard.press("Enter");
      const partner = () => page.getByRole("combobox", { name: "Partner" }).inputValue();
      await expect(settled(partner, "Cell Sheet1!B9")).resolves.toBe("Cell Sheet1!B9");
      await expect(typeInPicker(page, "Year", "2024")).resolves.toMatchObject({ shown: "2024" });
      await expect(page.locator("[data-formula-text]").innerText()).resolves.toBe('=ASEAN.TRADE("CN",Sheet1!B9,2024)');
      // In Excel the pane reads the cell and computes what the formula will show.
      await page.locator("[data-formula-value]").waitFor();
      await expect(formulaShown(page)).resolves.toMatchObject({ value: "212.03" });
      await expect(page.locator("[data-formula-read-from]").innerText()).resolves.toMatch(
        /^Computed with Sheet1!B9 = "MY", as the workbook holds it now/,
      );
      // An empty cell has no one value (0 on the desktop, nothing on the web): the pane says so; once
      // the user fills it and moves on in the grid, the pane reads it again.
      await expect(typeInPicker(page, "Partner", "Sheet1!B10")).resolves.toMatchObject({ shown: "Cell Sheet1!B10" });
      const depends = page.locator('[data-formula-depends-state="cell"]');
      await depends.waitFor();
      await expect(depends.innerText()).resolves.toMatch(/Sheet1!B10 is empty/);
      await writeCell(page, "Sheet1!B10", "VN");
      await setActiveCell(page, "Sheet1!B11");
      await page.evaluate(() => window.dispatchEvent(new Event("focus")));
      await page.locator("[data-formula-value]").waitFor();
      await expect(formulaShown(page)).resolves.toMatchObject({
        value: String(core().tradeNumber("CN", "VN", 2024, null, null)),
      });
      await expect(typeInPicker(page, "Partner", "Sheet1!B9")).resolves.toMatchObject({ shown: "Cell Sheet1!B9" });
      await setActiveCell(page, "Sheet1!C9");
      await page.evaluate(() => window.dispatchEvent(new Event("focus")));
      await page.getByRole("button", { name: "Insert formula" }).click();
      await page.locator('[data-formula-insert="ok"]').waitFor();
      expect(await readCell(page, "Sheet1!C9")).toEqual({
        formula: '=ASEAN.TRADE("CN",Sheet1!B9,2024)',
        value: 212.03,
      });
    });

    test('"Make an exercise" from the keyboard: sheet, very hidden key, key shown with the passphrase', async () => {
      const { page } = pane;
      const article = await openItem(page, "china-asean-members-2024");
      const open = article.getByRole("button", { name: "Make an exercise" });
      await open.focus();
      await page.keyboard.press("Enter");
      expect(await open.getAttribute("aria-expanded")).toBe("true");
      const typeInto = async (name: string, text: string): Promise<void> => {
        await article.getByLabel(name, { exact: true }).focus();
        await page.keyboard.press("ControlOrMeta+A");
        await page.keyboard.type(text);
      };
      await typeInto("How many tasks", "3");
      await typeInto("Student number", "4711");
      await typeInto("Trainer passphrase", "harbour lights 9");
      await page.keyboard.press("Enter");
      const live = article.locator("[data-exercise-outcome]");
      await expect(textWhen(live, /Exercise written/)).resolves.toMatch(/on the sheet Exercise 4711/);
      expect(await readSheetVisibility(page, "Exercise 4711 key")).toBe("VeryHidden");
      expect(await readCell(page, "'Exercise 4711'!D6")).toEqual({
        formula: "=ASEAN.CHECK(C6,'Exercise 4711 key'!A6)",
        value: "",
      });
      await writeCell(page, "'Exercise 4711'!C6", 1e9);
      expect((await readCell(page, "'Exercise 4711'!D6")).value).toMatch(/^✗/);
      await article.getByRole("button", { name: "Show answer key" }).click();
      const key = article.getByRole("table", { name: "Answer key, variant 4711" });
      await key.waitFor();
      expect(await key.locator("tbody tr").count()).toBe(3);
      // The key for a class, typed as a list, opens as a workbook of its own: no sheet is added here.
      const sheetsBefore = await page.evaluate(
        () => (window as unknown as { excelFake: { model: { sheets: unknown[] } } }).excelFake.model.sheets.length,
      );
      await typeInto("Student numbers for an exported key", "4711, 4712 4713");
      await article.getByRole("button", { name: "Export answer key" }).click();
      await expect(textWhen(live, /Answer key for 3/)).resolves.toMatch(/opened as a new workbook/);
      const opened = await page.evaluate(() => {
        const fake = (window as unknown as { excelFake: { createdWorkbooks: string[]; model: { sheets: unknown[] } } })
          .excelFake;
        return { files: fake.createdWorkbooks.map((f) => f.slice(0, 4)), sheets: fake.model.sheets.length };
      });
      // "UEsD": the base64 of "PK\x03", the start of every .xlsx (a zip) file.
      expect(opened).toEqual({ files: ["UEsD"], sheets: sheetsBefore });
      // The open form, its outcome and the key table are as accessible as the rest of the pane.
      expect(await axeViolations(page)).toEqual([]);
    });

    test("an exercise's chart task is checked from the pane against the chart built on its sheet", async () => {
      const { page } = pane;
      const article = await openItem(page, "china-asean-trade-1991-2024");
      const open = article.getByRole("button", { name: "Make an exercise" });
      if ((await open.getAttribute("aria-expanded")) !== "true") await open.click();
      await article.getByRole("checkbox", { name: "Build a chart of a series" }).check();
      const typeInto = async (name: string, text: string): Promise<void> => {
        await article.getByLabel(name, { exact: true }).focus();
        await page.keyboard.press("ControlOrMeta+A");
        await page.keyboard.type(text);
      };
      // Four kinds ticked by default and the chart: task 5 is the chart.
      await typeInto("How many tasks", "5");
      await typeInto("Student number", "4712");
      await typeInto("Trainer passphrase", "harbour lights 9");
      await page.keyboard.press("Enter");
      const live = article.locator("[data-exercise-outcome]");
      await expect(textWhen(live, /Exercise written/)).resolves.toMatch(/on the sheet Exercise 4712/);
      const check = article.getByRole("button", { name: "Check chart tasks" });
      await check.click();
      const list = article.getByRole("list", { name: "Chart tasks" });
      await expect(textWhen(list, /Task 5/)).resolves.toBe("Task 5: ✗ No chart on this sheet yet.");
      await insertChartOfTask(page, "Exercise 4712", 5);
      await check.click();
      await expect(textWhen(list, /Task 5: ✓/)).resolves.toBe("Task 5: ✓");
    });

    test("the formula builder offers CHECK, with cells for the answers and the key, and computes it", async () => {
      const { page } = pane;
      await openFormulaBuilder(page);
      await page.getByRole("combobox", { name: "Function" }).selectOption("CHECK");
      const fill = async (name: string, text: string): Promise<void> => {
        await page.getByRole("textbox", { name }).click();
        await page.keyboard.press("ControlOrMeta+A");
        await page.keyboard.type(text);
      };
      // The exercise written above holds a wrong answer in its first answer cell.
      await fill("Answers", "'Exercise 4711'!C6");
      await fill("Answer key", "'Exercise 4711 key'!A6");
      await expect(page.locator("[data-formula-text]").innerText()).resolves.toBe(
        "=ASEAN.CHECK('Exercise 4711'!C6,'Exercise 4711 key'!A6)",
      );
      const wrong = page.getByRole("tabpanel", { name: "Formula builder" }).getByText(/^✗/);
      await expect(settled(() => wrong.count(), 1)).resolves.toBe(1);
    });

    test("an inserted table leads from the Workbook view to its item's exercise form, open", async () => {
      const { page } = pane;
      const spec = CATALOGUE.find((s) => s.id === "china-asean-members-2024") ?? CATALOGUE[0];
      await insertFigure(page, buildFigure(core(), spec), {
        target: "newSheet",
        mode: "values",
        chart: false,
        sourceNote: false,
      });
      await page.getByRole("tab", { name: "Workbook" }).click();
      await page.getByRole("button", { name: "Find inserted tables" }).click();
      const make = page.getByRole("button", { name: `Make an exercise from ${tableBaseName(spec)}`, exact: true });
      await make.click();
      const article = page.locator(`article[data-figure-id="${spec.id}"]`);
      await article.waitFor();
      const toggle = article.getByRole("button", { name: "Make an exercise" });
      await expect(settled(() => toggle.getAttribute("aria-expanded"), "true")).resolves.toBe("true");
      await expect(article.getByLabel("Trainer passphrase", { exact: true }).isVisible()).resolves.toBe(true);
    });

    test("choosing live formulas for Figure 1, which has none, says why its numbers go in as values", async () => {
      const { page } = pane;
      const article = await openItem(page, "figure-1-categories");
      await article.getByRole("radio", { name: "Values" }).focus();
      await page.keyboard.press("ArrowDown");
      expect(await article.getByRole("radio", { name: "Live =ASEAN formulas" }).isChecked()).toBe(true);
      await expect(article.getByText("This item has no live formulas").innerText()).resolves.toMatch(
        /as the report states them, not computed from the bundled data, so they are inserted as values/,
      );
    });

    test(
      "the insert bar stays in " +
        "view at 350 px, names the " +
        'selected cell, and "Go to ' +
        'table" shows what was inserted',
      async () => {
        const { page } = pane;
        await page.setViewportSize({ width: 350, height: 800 });
        await setActiveCell(page, "Sheet1!D4");
        // Back from the grid, the pane reads the selection again (in Excel, Office also reports each change).
        await page.evaluate(() => window.dispatchEvent(new Event("focus")));
        const article = await openItem(page, "headline-figures");
        const bar = article.locator("[data-insert-bar]");
        await expect(bar.locator("[data-insert-summary]").innerText()).resolves.toMatch(
          /^Insert at Sheet1!D4 · values · source note · Change$/,
        );
        const insert = bar.getByRole("button", { name: "Insert", exact: true });
        const inView = async (): Promise<boolean> => {
          const box = await insert.boundingBox();
          return box !== null && box.y >= 0 && box.y + box.height <= 800;
        };
        await expect(inView()).resolves.toBe(true);
        await page.mouse.wheel(0, 1500);
        await expect(inView()).resolves.toBe(true);
        await page.screenshot({ path: path.join(SCREENSHOTS, "excel-insert-bar-350.png") });

        // "Change" leads to the options; choosing a new sheet and formulas is said in the bar. All by keyboard.
        await bar.getByRole("button", { name: "Change" }).focus();
        await page.keyboard.press("Enter");
        await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe("Insert options");
        await article.getByRole("radio", { name: "On a new sheet" }).focus();
        await page.keyboard.press("Space");
        await article.getByRole("radio", { name: "Live =ASEAN formulas" }).focus();
        await page.keyboard.press("Space");
        await expect(bar.locator("[data-insert-summary]").innerText()).resolves.toMatch(
          /^Insert on a new sheet · live formulas · source note/,
        );
        await insert.focus();
        await page.keyboard.press("Enter");
        await bar.locator('[data-insert-result="ok"]').waitFor();
        const inserted = insertedAddress(await bar.locator("[data-insert-result]").innerText());
        await setActiveCell(page, "Sheet1!A1");
        await bar.getByRole("button", { name: "Go to table" }).focus();
        await page.keyboard.press("Enter");
        await page.waitForFunction(
          () =>
            (window as unknown as { excelFake: { model: { activeSheet: { name: string } } } }).excelFake.model
              .activeSheet.name !== "Sheet1",
        );
        const figure = buildFigure(core(), CATALOGUE.find((s) => s.id === "headline-figures") ?? CATALOGUE[0]);
        const block = await readBlock(page, inserted, figure);
        await expect(readActiveCellOf(page)).resolves.toBe(block.tableAddress.replace(/:[A-Z]+\d+$/, ""));
        await page.setViewportSize(PANE_VIEWPORT);
      },
    );

    test("the formula builder's insert bar names the cell the formula goes into", async () => {
      const { page } = pane;
      await setActiveCell(page, "Sheet1!F7");
      await page.evaluate(() => window.dispatchEvent(new Event("focus")));
      await openFormulaBuilder(page);
      await expect(page.locator("#panel-builder [data-insert-summary]").innerText()).resolves.toBe(
        "Into Sheet1!F7 (if empty)",
      );
    });

    test("stays on its own origin and logs no errors", () => {
      const origin = env().server.origin;
      expect(offOrigin(pane.requests, origin)).toEqual([]);
      expect(pane.requests.filter((u) => u.startsWith(OFFICE_JS_CDN))).toContain(`${OFFICE_JS_CDN}office.js`);
      expect(pane.blocked.every((u) => u.startsWith(OFFICE_TELEMETRY))).toBe(true);
      expect(pane.errors).toEqual([]);
    });
  });

  describe("with a workbook whose selected cell holds data", () => {
    let pane: OpenPane;

    beforeAll(async () => {
      pane = await openWithWorkbook(env(), { cells: { B2: "keep me" }, activeCell: "Sheet1!B2" });
    }, 5 * 60_000);
    afterAll(async () => {
      await pane?.close();
    });

    test("never overwrites: it says why, offers a new sheet, and that works", async () => {
      const { page } = pane;
      const article = await openItem(page, "figure-3-investment");
      const panel = article;
      await chooseInsertOptions(panel, { target: "selection", mode: "formulas", chart: true, sourceNote: true });
      const refused = await insertAndWait(panel);
      expect(refused.kind).toBe("refused");
      expect(refused.text).toMatch(/holds data/);
      await page.screenshot({ path: path.join(SCREENSHOTS, "excel-target-not-empty.png"), fullPage: true });

      await panel.getByRole("button", { name: "Insert on a new sheet instead" }).click();
      await panel.locator('[data-insert-result="ok"]').waitFor();
      expect((await readCell(page, "Sheet1!B2")).value).toBe("keep me");
    });
  });

  describe("with an Excel too old for the writer", () => {
    let pane: OpenPane;

    beforeAll(async () => {
      pane = await openWithWorkbook(env(), { excelApi: "1.1" });
    }, 5 * 60_000);
    afterAll(async () => {
      await pane?.close();
    });

    test("shows the writer's reason in a message bar instead of failing silently", async () => {
      const { page } = pane;
      const article = await openItem(page, "figure-2-asean-partner-shares");
      const outcome = await insertAndWait(article);
      expect(outcome.kind).toBe("refused");
      expect(outcome.text).toMatch(/needs Excel 2019 or later, or Microsoft 365/);
      expect(outcome.text).not.toMatch(/ExcelApi/);
      expect(await article.getByRole("button", { name: "Insert on a new sheet instead" }).count()).toBe(0);
    });
  });
}
