/**
 * Browser entry of the Excel stand-in (test/support/excel-fake.ts), bundled by
 * webpack.excel-fake.config.js and injected into the pane's page before office.js loads.
 */
import { installExcelFake, type ExcelFake, type ExcelFakeOptions } from "../../support/excel-fake";
import { readFigureBlock } from "../../support/excel-fake-figure-block";

type InstalledFake = ExcelFake & { uninstall(): void };

interface StandInGlobals {
  standInForExcel?: (options: ExcelFakeOptions) => InstalledFake;
  excelFake?: InstalledFake;
  readFigureBlock?: typeof readFigureBlock;
}

const page = window as unknown as StandInGlobals & {
  Office?: { context?: Record<string, unknown>; onReady?: () => Promise<unknown> };
};

/**
 * office.js, loading after this script, builds its own Office.context; once it is ready the fake's
 * requirement sets are put back on that context, so the writer sees the ExcelApi level the test chose.
 */
function keepRequirements(fake: InstalledFake): void {
  const restore = (): void => {
    const context = page.Office?.context;
    if (context && context.requirements !== fake.Office.context.requirements) {
      Object.defineProperty(context, "requirements", {
        value: fake.Office.context.requirements,
        configurable: true,
        writable: true,
      });
    }
  };
  window.addEventListener("DOMContentLoaded", () => {
    restore();
    void page.Office?.onReady?.().then(restore);
  });
}

page.standInForExcel = (options) => {
  const fake = installExcelFake(window, options);
  keepRequirements(fake);
  page.excelFake = fake;
  return fake;
};
page.readFigureBlock = readFigureBlock;
