import {
  sanitizeSheetName,
  sheetBaseName,
  tableBaseName,
  uniqueChartName,
  uniqueName,
  uniqueSheetName,
  uniqueTableName,
} from "../../src/excel/unique-names";
import { FIGURES } from "./writer-fixtures";

describe("unique names", () => {
  test("a name gets _2, _3 ... when taken, compared without case", () => {
    expect(uniqueName("ASEAN_Figure2", [])).toBe("ASEAN_Figure2");
    expect(uniqueName("ASEAN_Figure2", ["asean_figure2"])).toBe("ASEAN_Figure2_2");
    expect(uniqueName("ASEAN_Figure2", ["ASEAN_Figure2", "ASEAN_Figure2_2"])).toBe("ASEAN_Figure2_3");
  });

  test("table names from figure ids, unique among tables and defined names", () => {
    expect(tableBaseName({ id: "figure-2-asean-partner-shares" })).toBe("ASEAN_Figure2");
    expect(tableBaseName({ id: "headline-figures" })).toBe("ASEAN_HeadlineFigures");
    expect(tableBaseName({ id: "china-asean-trade-1991-2024" })).toBe("ASEAN_ChinaAseanTrade1991_2024");
    expect(uniqueTableName({ id: "figure-3-investment" }, ["ASEAN_Figure3"], ["ASEAN_Figure3_2"])).toBe(
      "ASEAN_Figure3_3",
    );
    for (const f of FIGURES) expect(tableBaseName(f)).toMatch(/^[A-Za-z_][A-Za-z0-9_.]*$/);
  });

  test("chart names follow the table name", () => {
    expect(uniqueChartName("ASEAN_Figure3_2", [])).toBe("ASEAN_Figure3_2_Chart");
    expect(uniqueChartName("ASEAN_Figure3", ["ASEAN_Figure3_Chart"])).toBe("ASEAN_Figure3_Chart_2");
  });

  test("sheet names obey Excel's rules and stay unique", () => {
    expect(sheetBaseName({ id: "figure-2-x", title: "Figure 2. ASEAN's main trade partners" })).toBe("Figure 2");
    expect(uniqueSheetName({ id: "figure-2-x", title: "Figure 2. X" }, ["figure 2", "Figure 2 (2)"])).toBe(
      "Figure 2 (3)",
    );
    expect(sanitizeSheetName("a/b\\c?d*e[f]g:h")).toBe("a b c d e f g h");
    expect(sanitizeSheetName("'quoted'")).toBe("quoted");
    expect(sanitizeSheetName("History")).toBe("ASEAN data");
    expect(sanitizeSheetName("  ")).toBe("ASEAN data");
    for (const f of FIGURES) {
      const name = uniqueSheetName(f, [sheetBaseName(f)]);
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[:\\/?*[\]]|^'|'$/);
      expect(name).toMatch(/ \(2\)$/);
    }
  });
});
