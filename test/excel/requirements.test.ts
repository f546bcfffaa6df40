import { detectCapabilities, excelApiSupported } from "../../src/excel/requirements";
import { install, ALL, uninstall } from "./writer-fixtures";

afterEach(uninstall);

describe("requirement sets", () => {
  test("outside Office nothing is supported, and a throwing host counts as unsupported", () => {
    expect(excelApiSupported("1.1")).toBe(false);
    (globalThis as Record<string, unknown>).Office = {
      context: {
        requirements: {
          isSetSupported: () => {
            throw new Error("no host");
          },
        },
      },
    };
    try {
      expect(excelApiSupported("1.1")).toBe(false);
    } finally {
      delete (globalThis as Record<string, unknown>).Office;
    }
  });

  test("the fake's level decides each capability", () => {
    install({ excelApi: "1.7" });
    expect(detectCapabilities()).toEqual({
      ...ALL,
      secondaryAxis: false,
      chartLabelFormats: false,
      rangeTables: false,
      mergedAreas: false,
      spills: false,
    });
    install({ excelApi: "1.4" });
    expect(detectCapabilities()).toEqual({
      resize: true,
      suspendCalculation: false,
      activeCell: false,
      seriesApi: false,
      secondaryAxis: false,
      chartPoints: false,
      chartLabelFormats: false,
      rangeTables: false,
      workbookProtection: false,
      mergedAreas: false,
      nullObjects: true,
      settings: true,
      spills: false,
    });
    install({ excelApi: "1.12" });
    expect(detectCapabilities()).toEqual({ ...ALL, mergedAreas: false });
    install({ excelApi: "1.13" });
    expect(detectCapabilities()).toEqual(ALL);
  });
});
