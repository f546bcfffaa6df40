/**
 * One Excel fake installed as globalThis.Excel at a time, for tests of code that finds Excel there:
 * each call replaces the previous fake, and the last one is removed after each test.
 */
import { installExcelFake, type ExcelFake, type ExcelFakeOptions } from "./excel-fake";

export function fakeInstaller(defaults: ExcelFakeOptions = {}): (options?: ExcelFakeOptions) => ExcelFake {
  let installed: (ExcelFake & { uninstall(): void }) | undefined;
  afterEach(() => {
    installed?.uninstall();
    installed = undefined;
  });
  return (options = {}) => {
    installed?.uninstall();
    installed = installExcelFake(globalThis, { ...defaults, ...options });
    return installed;
  };
}
